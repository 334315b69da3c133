"""Units ⇄ PO entries. The comments carry everything needed to rebuild the source from the POT."""

from __future__ import annotations

import json
import re

from uaintl.catalog.model import NOT_TRANSLATABLE_NOTE, READ_ONLY, Entry
from uaintl.document.model import Placeholder, Unit

_PAIR_COMMENT = re.compile(r'^<(\d+)>…</\1> = (".*") … (".*")$')
_ATOM_COMMENT = re.compile(r'^<(\d+)/> = (".*")$')
_KEY_COMMENT = re.compile(r"^(role|target|layout|citation): (.*)$")


def unit_comment(extracted_comments: list[str], key: str) -> str | None:
    """The value of one of the ``#. key: value`` comments a unit's entry carries ("role", "target")."""
    return next((match.group(2).strip() for comment in extracted_comments
                 if (match := _KEY_COMMENT.match(comment)) and match.group(1) == key), None)


def unit_to_entry(unit: Unit, source_path: str) -> Entry:
    comments = [f"role: {unit.role}"]
    if unit.target:
        comments.append(f"target: {unit.target}")
    if not unit.translatable:
        comments.append(NOT_TRANSLATABLE_NOTE)
    comments += [f"citation: {citation}" for citation in unit.citations]
    for placeholder in unit.placeholders:
        if placeholder.is_pair:
            comments.append(f"<{placeholder.number}>…</{placeholder.number}> = "
                            f"{_quote(placeholder.opening)} … {_quote(placeholder.closing or '')}")
        else:
            comments.append(f"<{placeholder.number}/> = {_quote(placeholder.opening)}")
    if unit.layout:
        comments.append(f"layout: {json.dumps(unit.layout, ensure_ascii=False, sort_keys=True)}")
    return Entry(
        msgid=unit.text,
        msgctxt=unit.id,
        extracted_comments=comments,
        reference_lines=[f"{source_path}:{unit.line}"],
        flags=[] if unit.translatable else [READ_ONLY],
    )


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def entry_to_unit(entry: Entry) -> Unit:
    """Read a unit back from a POT/PO entry written by ``unit_to_entry``."""
    role, target, layout = "other", None, {}
    citations: list[str] = []
    placeholders: list[Placeholder] = []
    for comment in entry.extracted_comments:
        if match := _PAIR_COMMENT.match(comment):
            placeholders.append(Placeholder(int(match.group(1)), "pair", json.loads(match.group(2)),
                                            json.loads(match.group(3))))
        elif match := _ATOM_COMMENT.match(comment):
            placeholders.append(Placeholder(int(match.group(1)), "atom", json.loads(match.group(2))))
        elif match := _KEY_COMMENT.match(comment):
            key, value = match.groups()
            if key == "role":
                role = value
            elif key == "target":
                target = value
            elif key == "layout":
                layout = json.loads(value)
            else:
                citations.append(value)
    line = 0
    if entry.references:
        _, _, number = entry.references[0].rpartition(":")
        line = int(number) if number.isdigit() else 0
    return Unit(
        id=entry.msgctxt or "",
        role=role,
        text=entry.msgid,
        line=line,
        placeholders=tuple(placeholders),
        translatable=not entry.read_only,
        target=target,
        citations=tuple(citations),
        layout=layout,
    )
