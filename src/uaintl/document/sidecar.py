"""Corrections without editing the source: ``sources/<doc>.toml`` beside ``sources/<doc>.md``.

What recognition found can be fixed per official (by the id ``uaintl inspect`` shows) and per unit::

    [officials.andrey-shved]
    name = "Andrei Shved"            # name without honorific
    title = "Prosecutor General"
    gender = "m"                     # "m", "f", or "" for unknown
    emails = ["info@prokuratura.gov.by"]
    cc = ["press@prokuratura.gov.by"]
    salutation = "Dear Prosecutor General"

    [copies.embassy-of-belarus]      # copy recipients: name, title, emails
    emails = ["uk@mfa.gov.by"]

    [roles]                          # unit id = role (see the README's list of roles)
    "header/summary-2.1" = "background"
    "notes/other-1" = "deadline"     # a block's id: all its sentences (notes/other-1.1, -1.2 …)

    [document]
    appeal = false                   # an article to translate, not an appeal: no letters expected

Corrections win over recognition. A bad file gives one error with its file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from uaintl.document.model import ROLES, Unit, split_sentence_id
from uaintl.errors import UaintlError
from uaintl.tomlfile import parse_toml

SIDECAR_SUFFIX = ".toml"
_TEXT_FIELDS = ("name", "title", "organisation", "salutation")
_LIST_FIELDS = ("emails", "cc", "address")
_FIELDS = {"officials": _TEXT_FIELDS + _LIST_FIELDS + ("gender",), "copies": ("name", "title", "emails")}
_EMAIL = re.compile(r"^[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def sidecar_path(source: Path) -> Path:
    return source.with_suffix(SIDECAR_SUFFIX)


def _line(text: str, table: str | None, key: str | None = None) -> int | None:
    """The line of ``[table]`` (or of ``key`` inside it) in the file, for error messages."""
    lines = text.split("\n")
    start = 0
    if table is not None:
        header = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(re.escape(part).replace(r"\"", '"?')
                                                          for part in table.split(".")) + r"\s*\]")
        found = next((number for number, line in enumerate(lines) if header.match(line.replace('"', ""))), None)
        if found is None:
            return None
        start = found
        if key is None:
            return found + 1
    for number in range(start, len(lines)):
        stripped = lines[number].strip()
        if number > start and stripped.startswith("[") and table is not None:
            break
        if re.match(r'^"?' + re.escape(key or "") + r'"?\s*=', stripped):
            return number + 1
    return start + 1 if table is not None else None


def load_sidecar(source: Path) -> dict | None:
    """The corrections for ``source``, validated; None when it has no sidecar."""
    path = sidecar_path(source)
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UaintlError("the corrections file is not UTF-8", path, 1, "re-save it as UTF-8") from None
    data = parse_toml(text, path, "fix the syntax of the corrections file")

    def fail(message: str, table: str | None, key: str | None = None, hint: str | None = None) -> UaintlError:
        return UaintlError(message, path, _line(text, table, key), hint)

    for section in data:
        if section not in ("officials", "copies", "roles", "document"):
            raise fail(f"unknown table [{section}]", section,
                       hint="use [officials.<id>], [copies.<id>], [roles] or [document]")
    for key, value in data.get("document", {}).items():
        if key != "appeal" or not isinstance(value, bool):
            raise fail(f"[document] takes only appeal = true or false, not {key} = {value!r}", "document", key)
    for section in ("officials", "copies"):
        for target, fields in data.get(section, {}).items():
            table = f"{section}.{target}"
            if not isinstance(fields, dict):
                raise fail(f"{section}.{target} must be a table", None, section, f"write [{table}]")
            for key, value in fields.items():
                if key not in _FIELDS[section]:
                    raise fail(f"unknown field {key!r} for {table}", table, key,
                               "fields: " + ", ".join(_FIELDS[section]))
                if key in _LIST_FIELDS and not (isinstance(value, list) and all(isinstance(item, str) for item in value)):
                    raise fail(f"{key} must be a list of strings", table, key, f'e.g. {key} = ["…"]')
                if key in ("emails", "cc") and (bad := [item for item in value if not _EMAIL.match(item)]):
                    raise fail(f"not an e-mail address: {bad[0]!r}", table, key)
                if key == "gender" and value not in ("m", "f", ""):
                    raise fail(f"gender must be \"m\", \"f\" or \"\" (unknown), not {value!r}", table, key)
                if key in _TEXT_FIELDS and not isinstance(value, str):
                    raise fail(f"{key} must be a string", table, key)
                if key == "salutation" and not value.strip():
                    raise fail("salutation must not be empty", table, key, "remove the line to keep the recognised one")
    for unit_id, role in data.get("roles", {}).items():
        if role not in ROLES:
            raise fail(f"unknown role {role!r} for {unit_id}", "roles", unit_id, "roles: " + ", ".join(ROLES))
    return {"path": path, "text": text, **data}


def check_ids(corrections: dict, units: list[Unit]) -> None:
    """Every official, copy and unit the corrections name must exist in the document."""
    path, text = corrections["path"], corrections["text"]
    known = {(unit.id.split("/", 1)[0], unit.target) for unit in units if unit.target}
    for section, scope in (("officials", "targets"), ("copies", "copies")):
        for target in corrections.get(section, {}):
            if (scope, target) not in known:
                names = sorted(name for kind, name in known if kind == scope)
                raise UaintlError(f"no {section[:-1] if section == 'officials' else 'copy recipient'} {target!r} "
                                  "in the document", path, _line(text, f"{section}.{target}"),
                                  "ids found: " + (", ".join(names) or "none") + " (see `uaintl inspect`)")
    ids = {unit.id for unit in units} | {split_sentence_id(unit.id)[0] for unit in units}
    for unit_id in corrections.get("roles", {}):
        if unit_id not in ids:
            raise UaintlError(f"no unit {unit_id!r} in the document", path, _line(text, "roles", unit_id),
                              "unit ids are the msgctxt of the template's entries")


def apply_roles(units: list[Unit], corrections: dict | None) -> list[Unit]:
    """Roles corrected by unit id, or by block id for every sentence of the block (an id written
    before its block was split into sentences, "notes/other-1", still names it); a sentence's own
    correction wins over its block's."""
    roles = corrections.get("roles", {}) if corrections else {}
    for unit in units:
        role = roles.get(unit.id) or roles.get(split_sentence_id(unit.id)[0])
        if role:
            unit.role = role
    return units
