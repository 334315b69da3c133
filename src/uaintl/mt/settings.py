"""The ``[mt]`` table of ``uaintl.toml``, read in one place."""

from __future__ import annotations

from pathlib import Path

from uaintl.config import Project
from uaintl.errors import UaintlError

DEFAULT_PACKAGES_DIR = Path("~/.local/share/argos-translate/packages")


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


def memory_threshold(project: Project) -> float:
    return float(mt_settings(project).get("memory_threshold", 75))


def jobs(project: Project) -> int:
    """Concurrent requests an MT server engine may have in flight (``--jobs`` or ``[mt] jobs``)."""
    value = mt_settings(project).get("jobs", 4)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise UaintlError("[mt] jobs must be a whole number ≥ 1", project.root / "uaintl.toml")
    return value


def use_boilerplate(project: Project) -> bool:
    """Whether translation memory includes the bundled UA boilerplate (``[mt] boilerplate``, default on)."""
    value = mt_settings(project).get("boilerplate", True)
    if not isinstance(value, bool):
        raise UaintlError("[mt] boilerplate must be true or false", project.root / "uaintl.toml")
    return value
