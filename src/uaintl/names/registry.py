"""The person registry ``locales/names.toml``: each person's one right form per locale."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from uaintl import lang
from uaintl.errors import UaintlError, line_at
from uaintl.names.inflect import inflect_name
from uaintl.tomlfile import parse_toml

_PERSON_HEADER = re.compile(r"^\s*\[\[\s*person\s*\]\]\s*(?:#.*)?$")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def name_locales() -> tuple[str, ...]:
    """The keys a person's names may have: every registered locale, English first."""
    return tuple(profile.code for profile in lang.profiles())


@dataclass
class Person:
    id: str
    gender: str
    names: dict[str, str]  # locale → full name in its one right form
    aliases: list[str] = field(default_factory=list)
    role: str = ""

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names.get("en") or self.id

    @cached_property
    def case_forms(self) -> dict[str, dict[str, str]]:
        """locale → case → full name, for the locales whose profile inflects names (be, ru)."""
        return {profile.code: inflect_name(self.names[profile.code], profile.code, self.gender)
                for profile in lang.profiles() if profile.inflect and profile.code in self.names}


@dataclass
class Registry:
    people: list[Person]
    path: Path | None = None

    def get(self, person_id: str) -> Person | None:
        return next((person for person in self.people if person.id == person_id), None)


def _person_lines(text: str) -> list[int]:
    return [number for number, line in enumerate(text.split("\n"), start=1) if _PERSON_HEADER.match(line)]


def person_from_table(entry: dict, fail: Callable[..., UaintlError]) -> Person:
    """The single entry path for a person, from names.toml or an imported glossary: validated here.

    ``fail(message, hint)`` makes the error that says where the entry came from.
    """
    locales = name_locales()
    allowed = {"id", "gender", "aliases", "role", *locales}
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} in [[person]]", f"keys: {', '.join(sorted(allowed))}")
    person_id = entry.get("id")
    if not isinstance(person_id, str) or not _ID.fullmatch(person_id):
        raise fail(f"person id {person_id!r} is not lower-case letters, digits and hyphens"
                   if isinstance(person_id, str) else "[[person]] needs an id of lower-case letters, digits and hyphens",
                   'e.g. id = "bialiatski"')
    gender = entry.get("gender")
    if gender not in ("m", "f"):
        raise fail(f"person {person_id!r}: gender must be \"m\" or \"f\"", "it chooses the case endings")
    names = {locale: entry[locale] for locale in locales if locale in entry}
    for locale, value in names.items():
        if not isinstance(value, str) or not value.strip():
            raise fail(f"person {person_id!r}: {locale} must be a non-empty string")
    if "en" not in names:
        raise fail(f"person {person_id!r} has no en name", "add en = \"…\" as written in English sources")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        raise fail(f"person {person_id!r}: aliases must be a list of strings")
    return Person(person_id, gender, names, list(aliases), str(entry.get("role", "")))


def parse_registry(text: str, path: Path | str = "names.toml") -> Registry:
    data = parse_toml(text, path, "fix the syntax of the registry")
    lines = _person_lines(text)
    entries = data.get("person", [])
    if not isinstance(entries, list):
        raise UaintlError("`person` must be an array of tables", path, 1, "write each person as [[person]]")
    people: list[Person] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        line = lines[index] if index < len(lines) else None

        def fail(message: str, hint: str | None = None, line: int | None = line) -> UaintlError:
            return UaintlError(message, path, line, hint)

        person = person_from_table(entry, fail)
        if person.id in seen:
            raise fail(f"duplicate id {person.id!r}", f"first used at line {seen[person.id]}")
        seen[person.id] = line or 0
        people.append(person)
    return Registry(people, Path(path) if not isinstance(path, Path) else path)


def merge_registries(current: Registry, incoming: Registry) -> Registry:
    """``current`` with ``incoming``'s people added; a person with the same id is replaced in place."""
    by_id = {person.id: person for person in current.people}
    by_id.update((person.id, person) for person in incoming.people)
    return Registry(list(by_id.values()), current.path)


def load_registry(path: Path) -> Registry:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UaintlError("no names registry", path, hint="create locales/names.toml") from None
    except UnicodeDecodeError as error:
        raise UaintlError("the registry is not UTF-8", path, line_at(path.read_bytes(), error.start)) from None
    return parse_registry(text, path)


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dump_registry(registry: Registry) -> str:
    """TOML text of a registry, in the layout people write by hand."""
    blocks = []
    for person in registry.people:
        lines = ["[[person]]", f"id = {_quote(person.id)}", f"gender = {_quote(person.gender)}"]
        lines += [f"{locale} = {_quote(person.names[locale])}" for locale in name_locales()
                  if locale in person.names]
        if person.aliases:
            lines.append("aliases = [" + ", ".join(_quote(alias) for alias in person.aliases) + "]")
        if person.role:
            lines.append(f"role = {_quote(person.role)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
