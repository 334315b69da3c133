"""Project configuration from ``uaintl.toml``, with defaults that work without one."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from uaintl.errors import UaintlError
from uaintl.tomlfile import parse_toml

CONFIG_NAME = "uaintl.toml"
DEFAULT_LOCALES = ("be", "ru")

# Every table of uaintl.toml and the keys it may hold; a key not listed here is a typo to report.
# A new setting is one more name here (and, if it must be checked, one small function below).
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "project": ("source_language", "locales", "sources", "locales_dir"),
    "update": ("fuzzy_threshold",),
    "mt": ("engines", "pivots", "argos_packages", "models", "beam_size", "compendia", "memory_threshold",
           "boilerplate", "jobs", "libretranslate", "apy"),
    "sender": ("name", "address", "email"),
}


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
        """Every source document in the sources folder; a file uaintl cannot read is an error, and so
        are two documents with the same name (``x.md`` and ``x.html`` would share ``locales/x/``)."""
        from uaintl.document.formats import SOURCE_SUFFIXES
        from uaintl.document.sidecar import SIDECAR_SUFFIX

        folder = self.root / self.sources_dir
        if not folder.is_dir():
            raise UaintlError("no sources folder", folder, hint="create it or set sources in uaintl.toml")
        files = sorted(path for path in folder.iterdir() if path.is_file() and not path.name.startswith("."))
        unreadable = [path.name for path in files
                      if path.suffix.lower() not in SOURCE_SUFFIXES and path.suffix.lower() != SIDECAR_SUFFIX]
        if unreadable:
            raise UaintlError("uaintl cannot read " + ", ".join(unreadable), folder,
                              hint="sources may be " + ", ".join(sorted(SOURCE_SUFFIXES))
                              + " (and .toml corrections); move other files out of the folder")
        documents = [path for path in files if path.suffix.lower() in SOURCE_SUFFIXES]
        seen: dict[str, Path] = {}
        for path in documents:
            if path.stem in seen:
                raise UaintlError(f"two sources named {path.stem!r}: {seen[path.stem].name} and {path.name}",
                                  folder, hint="rename one: each document's catalogues live in locales/<name>/")
            seen[path.stem] = path
        return documents

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
    check_known_keys(data, path)
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


def _key_line(path: Path, table: str | None, key: str) -> int | None:
    """Line of ``key`` (in ``[table]``, or at the top level) in the TOML file, for the error message."""
    current = None
    assignment = re.compile(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        header = re.match(r"\s*\[\s*([^\]\s]+)\s*\]", line)
        if header:
            current = header.group(1).strip("\"'")
            if table is None and current == key:
                return number
        elif current == table and assignment.match(line):
            return number
    return None


def _unknown(key: str, known: tuple[str, ...], where: str, path: Path, table: str | None) -> UaintlError:
    close = difflib.get_close_matches(key, known, n=1)
    hint = (f"did you mean {close[0]!r}? " if close else "") + f"valid: {', '.join(known)}"
    return UaintlError(f"unknown key {key!r} {where}", path, _key_line(path, table, key), hint)


def check_known_keys(data: dict, path: Path) -> None:
    """Refuse tables and keys uaintl does not know (a misspelt key would otherwise be silently ignored)."""
    for table, value in data.items():
        if table not in KNOWN_KEYS:
            raise _unknown(table, tuple(f"[{name}]" for name in KNOWN_KEYS), "at the top level", path, None)
        if not isinstance(value, dict):
            raise UaintlError(f"{table} must be a table", path, _key_line(path, None, table),
                              f"write it as [{table}]")
        for key in value:
            if key not in KNOWN_KEYS[table]:
                raise _unknown(key, KNOWN_KEYS[table], f"in [{table}]", path, table)
