"""Add reviewed people to ``locales/names.toml`` (``uaintl names add``), keeping the file as people
wrote it: comments, blank lines, key order and every other entry stay byte for byte (tomlkit)."""

from __future__ import annotations

import json
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError

from uaintl.errors import UaintlError
from uaintl.fileio import commit, plan_from_disk
from uaintl.names.people import describe_person, proposed_entry
from uaintl.names.registry import name_locales, parse_registry


def entry_keys() -> tuple[str, ...]:
    """The keys of a [[person]] table, in the order people write them."""
    return ("id", "gender", "role", *name_locales(), "aliases")


def entry_for(name: str, index=None, hint: str | None = None, **overrides: object) -> dict:
    """The registry entry proposed for ``name`` (as ``names check`` proposes it), with the
    reviewer's corrections in ``overrides`` (gender, be, ru, be-Latn, id, role, aliases)."""
    info = describe_person(name, index, hint)
    if info.person_id is not None:
        raise UaintlError(f"{name!r} is already in the registry as {info.person_id!r}",
                          hint="edit that entry, or add an alias to it")
    entry = {key: value for key, value in proposed_entry(info).items() if key in entry_keys()}
    entry.update({key: value for key, value in overrides.items() if value not in (None, "", ())})
    return entry


def entries_from_findings(path: Path) -> list[dict]:
    """Reviewed entries from ``names check --format json`` output: each unknown-person finding's forms."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise UaintlError(f"not the JSON that `uaintl names check --format json` writes: {error}", path, line,
                          "pass the file `uaintl names check --format json > file` wrote") from None
    findings = data.get("findings", []) if isinstance(data, dict) else None
    if not isinstance(findings, list):
        raise UaintlError("no findings list in the JSON", path, hint="pass `names check --format json` output")
    entries: list[dict] = []
    for finding in findings:
        if isinstance(finding, dict) and finding.get("kind") == "unknown-person":
            entry = {key: value for key, value in finding["forms"].items() if key in entry_keys()}
            if entry not in entries:  # one person found in several documents carries one entry
                entries.append(entry)
    return entries


def _table(entry: dict) -> tomlkit.items.Table:
    table = tomlkit.table()
    for key in entry_keys():
        value = entry.get(key)
        if value in (None, "", []):
            continue
        table.add(key, list(value) if key == "aliases" else str(value))
    table.trivia.indent = "\n"  # a blank line before [[person]], as the entries above have
    return table


def _unique_id(entry: dict, taken: set[str]) -> str:
    """The proposed id, or given-name-surname when another person has it (nina-labkovich)."""
    wanted = entry["id"]
    if wanted not in taken:
        return wanted
    given = entry.get("en", "").split()[0].lower() if entry.get("en", "").split()[:-1] else ""
    candidate = f"{given}-{wanted}" if given else wanted
    number = 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


def add_entries(text: str, entries: list[dict], path: Path) -> str:
    """``text`` (names.toml) with ``entries`` appended as [[person]] tables; every other byte kept."""
    try:
        document = tomlkit.parse(text)
    except TOMLKitError as error:
        raise UaintlError(f"cannot edit the registry: {error}", path, getattr(error, "line", None),
                          "fix the syntax of the registry") from None
    current = parse_registry(text, path)
    taken = {person.id for person in current.people}
    people = document.get("person")
    if people is None:
        people = tomlkit.aot()
        document.append("person", people)
    for entry in entries:
        if entry.get("gender") not in ("m", "f"):
            raise UaintlError(f"{entry.get('en', entry.get('id'))!r} has no gender", path,
                              hint="review the entry and give --gender m or f (it chooses the case endings)")
        entry = {**entry, "id": _unique_id(entry, taken)}
        taken.add(entry["id"])
        people.append(_table(entry))
    result = tomlkit.dumps(document)
    if not text.strip():
        result = result.lstrip("\n")
    parse_registry(result, path)  # the result must be a registry uaintl reads
    return result


def add_to_registry(path: Path, entries: list[dict]) -> list[str]:
    """Append ``entries`` to the registry file; returns their ids. Nothing is written on error, and a
    save made to the file meanwhile is read again rather than overwritten."""
    if not entries:
        return []
    added: list[str] = []

    def build(data: bytes | None) -> bytes:
        text = data.decode("utf-8") if data is not None else ""
        result = add_entries(text, entries, path)
        added[:] = [person.id for person in parse_registry(result, path).people][-len(entries):]
        return result.encode("utf-8")

    commit(plan_from_disk(path, build), lambda: plan_from_disk(path, build))
    return added


def preview(entries: list[dict]) -> str:
    """The [[person]] tables ``entries`` would become, as TOML."""
    document = tomlkit.document()
    people = tomlkit.aot()
    for entry in entries:
        people.append(_table(entry))
    document.append("person", people)
    return tomlkit.dumps(document).lstrip("\n")
