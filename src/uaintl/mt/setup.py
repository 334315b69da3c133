"""Engines from ``uaintl.toml`` ([mt]), what ``uaintl engines`` reports about each, and the memory."""

from __future__ import annotations

from pathlib import Path

from uaintl.catalog.model import Catalog
from uaintl.catalog.pofile import read_po
from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.mt.compendium import compendium_paths
from uaintl.mt.engine import Engine, EngineStatus
from uaintl.mt.memory import COMPENDIUM, TranslationMemory, add_catalog, add_tmx
from uaintl.mt.registry import ENGINES
from uaintl.mt.settings import mt_settings, use_boilerplate


def make_engine(project: Project, name: str) -> Engine:
    if name not in ENGINES:
        raise UaintlError(f"unknown engine {name!r}", hint=f"engines: {', '.join(ENGINES)}")
    return ENGINES[name].from_project(project)


def engine_order(project: Project, chosen: str | None) -> list[str]:
    """Engine names from ``--engine`` or ``[mt] engines``; an unknown name is an error, not a skip."""
    names = ([name.strip() for name in chosen.split(",") if name.strip()] if chosen
             else list(mt_settings(project).get("engines", ENGINES)))
    for name in names:
        if name not in ENGINES:
            raise UaintlError(f"unknown engine {name!r}", None if chosen else project.root / "uaintl.toml",
                              hint=f"engines: {', '.join(ENGINES)}")
    return names


def usable_engines(project: Project, chosen: str | None) -> tuple[list[Engine], list[EngineStatus]]:
    """Engines that work here, in order, and the status of every engine asked for."""
    engines, statuses = [], []
    for name in engine_order(project, chosen):
        engine, status = _built(project, name)
        statuses.append(status)
        if engine is not None and status.available:
            engines.append(engine)
    return engines, statuses


def engine_statuses(project: Project) -> list[EngineStatus]:
    """Every registered engine, usable here or not."""
    return [_built(project, name)[1] for name in ENGINES]


def _built(project: Project, name: str) -> tuple[Engine | None, EngineStatus]:
    try:
        engine = make_engine(project, name)
        return engine, engine.status()
    except UaintlError as error:
        return None, EngineStatus(name, False, [], str(error))


def build_memory(project: Project, target: str, catalogs: dict[Path, Catalog] | None = None
                 ) -> TranslationMemory:
    """Reviewed translations of every catalogue of this locale in the project, then compendia
    (``[mt] compendia`` and those in ``locales/memory/``), then the bundled UA boilerplate (unless
    ``[mt] boilerplate = false``).

    ``catalogs`` are catalogues already read by the caller, so that none is parsed twice.
    """
    from uaintl.mt.boilerplate import add_boilerplate, memory_names
    from uaintl.names.project import name_index

    index = name_index(project)
    memory = TranslationMemory(target, memory_names(index.registry if index else None))
    catalogs = catalogs or {}
    for document in project.documents():
        path = project.po_path(document, target)
        if path in catalogs:
            add_catalog(memory, catalogs[path], project.display(path))
        elif path.exists():
            add_catalog(memory, read_po(path), project.display(path))
    for compendium in mt_settings(project).get("compendia", []):
        path = project.root / Path(compendium).expanduser()
        if path.suffix.lower() == ".tmx":
            add_tmx(memory, path, project.source_language, target)
        else:
            add_catalog(memory, read_po(path), project.display(path), COMPENDIUM)
    for path in compendium_paths(project, target):  # imported with `uaintl memory import`
        add_catalog(memory, read_po(path), project.display(path), COMPENDIUM)
    if use_boilerplate(project):
        add_boilerplate(memory, project.source_language, target)
    return memory
