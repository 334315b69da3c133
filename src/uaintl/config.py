"""Project configuration from ``uaintl.toml``, with defaults that work without one."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from uaintl.errors import UaintlError
from uaintl.tomlfile import parse_toml

CONFIG_NAME = "uaintl.toml"
DEFAULT_LOCALES = ("be", "ru")
# A locale code as uaintl writes it (be, ru, be-Latn, pt_BR): it names a file, so nothing else.
LOCALE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*(?:@[A-Za-z]+)?")
# A document name (a source file's stem) names a folder and a file in locales/: no hidden name,
# no path separator, so that nothing is ever written outside locales/<doc>/.
DOCUMENT_NAME = re.compile(r"[^./\\\x00][^/\\\x00]*")


# ---------------------------------------------------------------- value types in uaintl.toml

def _text(value: Any) -> bool:
    return isinstance(value, str)


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _locales(value: Any) -> bool:
    return _texts(value) and all(LOCALE_CODE.fullmatch(item) for item in value)


def _folder(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


# An e-mail address a mail program accepts in From: (one @, a dotted domain, no spaces or brackets).
EMAIL_ADDRESS = re.compile(r"[^\s@<>(),;:\"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _email(value: Any) -> bool:
    return isinstance(value, str) and (not value or bool(EMAIL_ADDRESS.fullmatch(value)))


def _percent(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 100


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _table(value: Any) -> bool:
    return isinstance(value, dict)


def _text_table(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(item, str) for item in value.values())


# (table, key) → (check, what the value must be): every setting uaintl.toml may hold.
SETTING_TYPES: dict[tuple[str, str], tuple[Callable[[Any], bool], str]] = {
    ("project", "source_language"): (_text, 'a language code, e.g. source_language = "en"'),
    ("project", "locales"): (_locales, 'a list of locale codes, e.g. locales = ["be", "ru"]'),
    ("project", "sources"): (_folder, 'a folder name, e.g. sources = "sources"'),
    ("project", "locales_dir"): (_folder, 'a folder name, e.g. locales_dir = "locales"'),
    ("update", "fuzzy_threshold"): (_percent, "a number from 1 to 100, e.g. fuzzy_threshold = 60"),
    ("mt", "engines"): (_texts, 'a list of engine names, e.g. engines = ["argos", "apertium"]'),
    ("mt", "pivots"): (_text_table, 'a table of target → pivot language, e.g. pivots = { be = "ru" }'),
    ("mt", "argos_packages"): (_folder, 'a folder, e.g. argos_packages = "~/argos-packages"'),
    ("mt", "models"): (_texts, 'a list of model folders, e.g. models = ["models/nllb"]'),
    ("mt", "beam_size"): (_whole, "a whole number ≥ 1, e.g. beam_size = 2"),
    ("mt", "compendia"): (_texts, 'a list of PO or TMX files, e.g. compendia = ["tm/viasna.tmx"]'),
    ("mt", "memory_threshold"): (_percent, "a number from 1 to 100, e.g. memory_threshold = 75"),
    ("mt", "boilerplate"): (_flag, "true or false, e.g. boilerplate = false"),
    ("mt", "jobs"): (_whole, "a whole number ≥ 1, e.g. jobs = 4"),
    ("mt", "libretranslate"): (_table, 'a table, e.g. [mt.libretranslate] servers = ["http://localhost:5000"]'),
    ("mt", "apy"): (_table, 'a table, e.g. [mt.apy] servers = ["http://localhost:2737"]'),
    ("sender", "name"): (_text, 'text, e.g. name = "Hanna Example"'),
    ("sender", "address"): (_texts, 'a list of lines, e.g. address = ["12 Example Street", "London"]'),
    ("sender", "email"): (_email, 'an e-mail address (or ""), e.g. email = "hanna@example.org"'),
}


def check_types(data: dict, path: Path) -> None:
    """Every known setting has the right type, or one clear error naming its line."""
    for (table, key), (check, expected) in SETTING_TYPES.items():
        value = data.get(table, {}).get(key)
        if value is not None and not check(value):
            what, example = expected.split(", e.g. ")
            raise UaintlError(f"[{table}] {key} must be {what}, not {value!r}", path,
                              _key_line(path, table, key), f"e.g. {example}")


# Every table of uaintl.toml and the keys it may hold (those of SETTING_TYPES); a key not listed is
# a typo to report. A new setting is one more line in SETTING_TYPES.
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    table: tuple(key for known_table, key in SETTING_TYPES if known_table == table)
    for table, _ in SETTING_TYPES
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
        if not DOCUMENT_NAME.fullmatch(document):
            raise UaintlError(f"{document!r} cannot name a document", self.root / self.sources_dir,
                              hint="rename the source file: its name must not start with a dot")
        return self.root / self.locales_dir / document

    def pot_path(self, document: str) -> Path:
        return self.catalog_dir(document) / f"{document}.pot"

    def po_path(self, document: str, locale: str) -> Path:
        if not LOCALE_CODE.fullmatch(locale):
            raise UaintlError(f"{locale!r} is not a locale code", hint="e.g. be, ru, be-Latn")
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
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UaintlError("uaintl.toml is not UTF-8", path, 1) from None
    except OSError as error:
        raise UaintlError(f"cannot read: {error.strerror}", path) from None
    data = parse_toml(text, path, "fix the syntax in uaintl.toml")
    check_known_keys(data, path)
    check_types(data, path)
    check_locales(data, path)
    project_table = data.get("project", {})
    return Project(
        root=path.parent,
        source_language=project_table.get("source_language", "en"),
        locales=tuple(project_table.get("locales", DEFAULT_LOCALES)),
        sources_dir=project_table.get("sources", "sources"),
        locales_dir=project_table.get("locales_dir", "locales"),
        fuzzy_threshold=float(data.get("update", {}).get("fuzzy_threshold", 60)),
        settings=data,
    )


def check_locales(data: dict, path: Path) -> None:
    """Every locale in [project] has a profile in ``uaintl.lang``: an unknown one (a typo, a language
    uaintl has no plural forms, salutations or dates for) would get catalogues and English letters.
    A locale written from another (be-Latn from be) is rendered, never catalogued."""
    from uaintl import lang

    project_table = data.get("project", {})
    catalogued = [profile.code for profile in lang.profiles() if profile.base is None]
    derived = "; ".join(f"{profile.code} is rendered from {profile.base}" for profile in lang.profiles()
                        if profile.base)
    source = project_table.get("source_language", "en")
    if lang.find(source) is None or lang.get(source).base:
        raise UaintlError(f"unknown source language {source!r} in [project] source_language", path,
                          _key_line(path, "project", "source_language"),
                          f"source languages: {', '.join(sorted(catalogued))}")
    targets = sorted(code for code in catalogued if code != lang.get(source).code)
    for locale in project_table.get("locales", DEFAULT_LOCALES):
        profile = lang.find(locale)
        problem = (f"unknown locale {locale!r}" if profile is None else
                   f"{locale!r} is rendered from {profile.base}, not catalogued" if profile.base else
                   f"{locale!r} is the source language" if profile.code == lang.get(source).code else "")
        if problem:
            raise UaintlError(f"{problem} in [project] locales", path,
                              _key_line(path, "project", "locales"),
                              f"locales: {', '.join(targets)}" + (f"; {derived}" if derived else ""))


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
