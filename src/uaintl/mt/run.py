"""``uaintl translate``: pre-translate the catalogues of a project, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.config import Project
from uaintl.fileio import directory_locks, write_if_changed
from uaintl.mt.engine import EngineStatus
from uaintl.mt.pipeline import Protector, Route, TranslateReport, find_route, pretranslate
from uaintl.mt.settings import memory_threshold, pivots
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
                      engine_choice: str | None, progress: Callable[[int], None] | None = None
                      ) -> tuple[list[TranslateResult], list[EngineStatus], dict[str, Route | None]]:
    engines, statuses = usable_engines(project, engine_choice)
    routes = {locale: find_route(engines, project.source_language, locale, pivots(project))
              for locale in locales}
    results: list[tuple[TranslateResult, bytes]] = []
    cache: dict = {}
    with directory_locks(project.catalog_dir(document) for document in documents):
        for locale in locales:
            catalogs = {project.po_path(document, locale): read_po(project.po_path(document, locale))
                        for document in documents if project.po_path(document, locale).exists()}
            memory = build_memory(project, locale, catalogs)
            protect = name_protector(project, locale)
            for document in documents:
                path = project.po_path(document, locale)
                if path not in catalogs:
                    continue
                catalog = catalogs[path]
                report = pretranslate(catalog, project.source_language, locale, memory, routes[locale],
                                      memory_threshold(project), protect, cache)
                if progress:
                    progress(1)
                route = routes[locale].describe() if routes[locale] else "none"
                results.append((TranslateResult(document, locale, path, route, report), dump_po(catalog)))
        for result, data in results:
            result.written = write_if_changed(result.path, data)
    return [result for result, _ in results], statuses, routes
