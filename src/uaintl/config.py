"""Project configuration from ``uaintl.toml``, with defaults that work without one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from uaintl.errors import UaintlError
from uaintl.tomlfile import parse_toml

CONFIG_NAME = "uaintl.toml"
DEFAULT_LOCALES = ("be", "ru")


@dataclass
class Project:
    """Where a project's sources and catalogues live, and which locales it targets."""

    root: Path
    source_language: str = "en"
    locales: tuple[str, ...] = DEFAULT_LOCALES
    sources_dir: str = "sources"
    locales_dir: str = "locales"
    fuzzy_threshold: float = 60.0
    settings: dict = field(default_factory=dict)

    def sources(self) -> list[Path]:
        from uaintl.document.load import SOURCE_SUFFIXES

        folder = self.root / self.sources_dir
        if not folder.is_dir():
            raise UaintlError("no sources folder", folder, hint="create it or set sources in uaintl.toml")
        return sorted(path for path in folder.iterdir()
                      if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES)

    def display(self, path: Path) -> str:
        """A path as written in catalogues: relative to the project root, with / separators."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def catalog_dir(self, document: str) -> Path:
        return self.root / self.locales_dir / document

    def pot_path(self, document: str) -> Path:
        return self.catalog_dir(document) / f"{document}.pot"

    def po_path(self, document: str, locale: str) -> Path:
        return self.catalog_dir(document) / f"{locale}.po"

    @property
    def names_path(self) -> Path:
        return self.root / self.locales_dir / "names.toml"

    def documents(self) -> list[str]:
        """Documents that have a template in ``locales/``."""
        folder = self.root / self.locales_dir
        if not folder.is_dir():
            return []
        return sorted(path.name for path in folder.iterdir()
                      if path.is_dir() and (path / f"{path.name}.pot").exists())


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_project(start: Path | None = None) -> Project:
    """The project around ``start`` (default: the current folder)."""
    start = (start or Path.cwd()).resolve()
    path = find_config(start)
    if path is None:
        return Project(root=start)
    try:
        data = parse_toml(path.read_text(encoding="utf-8"), path, "fix the syntax in uaintl.toml")
    except UnicodeDecodeError:
        raise UaintlError("uaintl.toml is not UTF-8", path, 1) from None
    project_table = data.get("project", {})
    update_table = data.get("update", {})
    locales = project_table.get("locales", list(DEFAULT_LOCALES))
    if not isinstance(locales, list) or not all(isinstance(item, str) for item in locales):
        raise UaintlError("project.locales must be a list of locale codes", path,
                          hint='e.g. locales = ["be", "ru"]')
    threshold = update_table.get("fuzzy_threshold", 60)
    if not isinstance(threshold, (int, float)) or not 0 < threshold <= 100:
        raise UaintlError("update.fuzzy_threshold must be a number from 1 to 100", path)
    return Project(
        root=path.parent,
        source_language=project_table.get("source_language", "en"),
        locales=tuple(locales),
        sources_dir=project_table.get("sources", "sources"),
        locales_dir=project_table.get("locales_dir", "locales"),
        fuzzy_threshold=float(threshold),
        settings=data,
    )
