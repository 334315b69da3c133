"""Engines from ``uaintl.toml`` ([mt]), and what ``uaintl engines`` reports about each."""

from __future__ import annotations

from pathlib import Path

from uaintl.catalog.model import Catalog
from uaintl.catalog.pofile import read_po
from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.mt.apertium import ApertiumEngine
from uaintl.mt.argos import DEFAULT_PACKAGES_DIR, ArgosEngine
from uaintl.mt.ct2_dir import CT2DirectoryEngine
from uaintl.mt.engine import Engine, EngineStatus
from uaintl.mt.memory import TranslationMemory, add_catalog, add_tmx

ENGINE_NAMES = ("argos", "ct2", "apertium")


def mt_settings(project: Project) -> dict:
    settings = project.settings.get("mt", {})
    if not isinstance(settings, dict):
        raise UaintlError("[mt] must be a table", project.root / "uaintl.toml")
    return settings


def packages_dir(project: Project) -> Path:
    configured = mt_settings(project).get("argos_packages")
    return Path(configured).expanduser() if configured else DEFAULT_PACKAGES_DIR.expanduser()


def pivots(project: Project) -> dict[str, str]:
    return dict(mt_settings(project).get("pivots", {"be": "ru"}))


def beam_size(project: Project) -> int:
    value = mt_settings(project).get("beam_size", 2)
    if not isinstance(value, int) or value < 1:
        raise UaintlError("[mt] beam_size must be a whole number ≥ 1", project.root / "uaintl.toml")
    return value


def make_engine(project: Project, name: str) -> Engine:
    if name == "argos":
        return ArgosEngine(packages_dir(project), beam_size(project))
    if name == "ct2":
        models = [project.root / Path(path).expanduser() for path in mt_settings(project).get("models", [])]
        return CT2DirectoryEngine(models, beam_size(project))
    if name == "apertium":
        return ApertiumEngine()
    raise UaintlError(f"unknown engine {name!r}", hint=f"engines: {', '.join(ENGINE_NAMES)}")


def engine_order(project: Project, chosen: str | None) -> list[str]:
    if chosen:
        return [name.strip() for name in chosen.split(",") if name.strip()]
    return list(mt_settings(project).get("engines", ENGINE_NAMES))


def usable_engines(project: Project, chosen: str | None) -> tuple[list[Engine], list[EngineStatus]]:
    """Engines that work here, in order, and the status of every engine asked for."""
    engines, statuses = [], []
    for name in engine_order(project, chosen):
        status = engine_status(project, name)
        statuses.append(status)
        if status.available:
            engines.append(make_engine(project, name))
    return engines, statuses


def engine_status(project: Project, name: str) -> EngineStatus:
    try:
        engine = make_engine(project, name)
        pairs = sorted(engine.pairs())
    except UaintlError as error:
        return EngineStatus(name, False, [], str(error))
    if pairs:
        return EngineStatus(name, True, pairs, ", ".join(engine.describe(*pair) for pair in pairs))
    reasons = {
        "argos": f"no packages in {packages_dir(project)} (uaintl models install FILE.argosmodel)",
        "ct2": "no model directories in [mt] models (see README: direct en→be)",
        "apertium": "not installed (apt-get install apertium apertium-bel-rus)",
    }
    return EngineStatus(name, False, [], reasons[name])


def build_memory(project: Project, target: str, catalogs: dict[Path, Catalog] | None = None
                 ) -> TranslationMemory:
    """Reviewed translations of every catalogue of this locale in the project, then compendia.

    ``catalogs`` are catalogues already read by the caller, so that none is parsed twice.
    """
    memory = TranslationMemory()
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
            add_catalog(memory, read_po(path), project.display(path))
    return memory


def memory_threshold(project: Project) -> float:
    return float(mt_settings(project).get("memory_threshold", 75))
