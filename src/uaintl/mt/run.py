"""``uaintl translate``: pre-translate the catalogues of a project, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from uaintl import lang
from uaintl.catalog.pofile import check_can_hold, dump_po, parse_po
from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.fileio import PlannedWrite, commit, directory_locks, plan_from_disk, read_tracked
from uaintl.mt.pipeline import Protector, Route, TranslateReport, find_route, pretranslate
from uaintl.mt.settings import memory_threshold, mt_settings, pivots
from uaintl.mt.setup import build_memory, usable_engines


@dataclass
class TranslateResult:
    document: str
    locale: str
    path: Path
    route: str
    report: TranslateReport
    written: bool = False


def name_protector(project: Project, locale: str) -> Protector | None:
    """Lock person names before MT and bring them back in the locale's registry form."""
    from uaintl.names.project import name_index
    from uaintl.names.protect import lock_names, unlock_names

    index = name_index(project)
    if index is None:
        return None

    def protect(text: str):
        locked = lock_names(text, index)
        return locked.text, lambda output: unlock_names(output, locked, index, locale)

    return protect


def translate_project(project: Project, documents: list[str], locales: tuple[str, ...],
                      engine_choice: str | None, progress: Callable[[int], None] | None = None,
                      jobs: int | None = None) -> tuple[list[TranslateResult], dict[str, Route | None]]:
    """Pre-translate every catalogue; read them all before the first write.

    Every engine is built (and every model loaded) once; per locale, the sentences of all the
    documents go to the engines together. ``jobs`` overrides ``[mt] jobs`` for the server engines.
    Only catalogues that got a suggestion are written. One that a translator saved during the run
    is read again and pre-translated from their version, so their save is never reverted.
    """
    if jobs is not None:
        project = replace(project, settings={**project.settings, "mt": {**mt_settings(project), "jobs": jobs}})
    engines, _ = usable_engines(project, engine_choice)
    routes = {locale: find_route(engines, project.source_language, locale, pivots(project))
              for locale in locales}
    planned: list[tuple[TranslateResult, PlannedWrite, Callable[[], PlannedWrite]]] = []
    cache: dict = {}
    with directory_locks(project.catalog_dir(document) for document in documents):
        for locale in locales:
            present = [(document, project.po_path(document, locale)) for document in documents
                       if project.po_path(document, locale).exists()]
            read = {path: read_tracked(path) for _, path in present}
            catalogs = {path: parse_po(data, path) for path, (data, _) in read.items()}
            profile = lang.find(locale)
            for path, catalog in catalogs.items():
                check_can_hold(catalog, profile.letters if profile else "", path)
            memory = build_memory(project, locale, catalogs)
            route, protect = routes[locale], name_protector(project, locale)

            def rebuild(result: TranslateResult, data: bytes | None, memory=memory, route=route,
                        protect=protect) -> bytes:
                """This catalogue's work again, on the version saved during the run."""
                if data is None:
                    raise UaintlError("the catalogue was deleted during the run", result.path)
                catalog = parse_po(data, result.path)
                [result.report] = pretranslate([catalog], memory, route, memory_threshold(project), protect, cache)
                return dump_po(catalog, result.path)

            reports = pretranslate([catalogs[path] for _, path in present], memory, route,
                                   memory_threshold(project), protect, cache)
            for (document, path), report in zip(present, reports, strict=True):
                result = TranslateResult(document, locale, path, route.describe() if route else "none", report)
                data, state = read[path]
                plan = PlannedWrite(path, dump_po(catalogs[path], path), data, state)
                planned.append((result, plan, partial(plan_from_disk, path, partial(rebuild, result))))
                if progress:
                    progress(1)
        for result, plan, replan in planned:
            result.written = commit(plan, replan)
    return [result for result, _, _ in planned], routes
