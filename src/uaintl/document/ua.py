"""Urgent Action structure: which block is a title, an action step, a target, the letter…

Works on Blocks from any reader, so Markdown and HTML appeals get the same roles and ids.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from uaintl import lang
from uaintl.document.blocks import Block
from uaintl.document.inline import plain_text, to_placeholders, tokenize
from uaintl.document.model import UNTRANSLATABLE_ROLES, Unit, sentence_id
from uaintl.document.segment import citations, sentence_spans

SPLIT_ROLES = frozenset({"summary", "letter", "background"})
_LABELS = (
    (re.compile(r"^PREFERRED LANGUAGE", re.I), "language-note"),
    (re.compile(r"^(?:PLEASE )?TAKE ACTION\b.*\bUNTIL\b|^DEADLINE\b", re.I), "deadline"),
    (re.compile(r"^NAME(?:S)? AND PRONOUNS?\b", re.I), "pronoun-note"),
    (re.compile(r"^LINK TO PREVIOUS", re.I), "link"),
)
_CONTACT = re.compile(
    r"^(?:E-?mail|Phone|Tel(?:ephone)?|Fax|Twitter|X|Facebook|Instagram|Telegram|Website|Web|"
    r"Mastodon|Bluesky|VK|WhatsApp|Viber)\s*:", re.I)
_SALUTATION_LABEL = re.compile(r"^(Salutation:[ \t]*)(?=\S)", re.I)
_SOURCE = lang.get("en")  # the language appeals are written in
_ACTION_HEADING = re.compile(r"^TAKE ACTION\b", re.I)
_BACKGROUND_HEADING = re.compile(r"^(?:ADDITIONAL INFORMATION|BACKGROUND)\b", re.I)
_HONORIFICS = frozenset({"ambassador", "mr", "mrs", "ms", "dr", "prof", "minister", "president",
                         "judge", "general", "colonel", "his", "her", "excellency", "h.e."})


@dataclass
class _State:
    section: str = "header"
    target: str | None = None
    target_has_address: bool = False
    target_has_contact: bool = False
    after_closing: bool = False
    seen_summary: bool = False
    started: bool = False  # a block has been read: only the very first may be an untagged title


def _is_heading(block: Block, plain: str) -> bool:
    if block.kind == "heading":
        return True
    letters = [char for char in plain if char.isalpha()]
    return len(letters) >= 2 and len(plain) <= 100 and all(char.isupper() for char in letters)


def _looks_like_title(plain: str) -> bool:
    return len(plain) <= 120 and not re.search(r"[.!?,;:]$", plain) and "\n" not in plain


def target_slug(name: str) -> str:
    """A stable id for an official: their name without honorifics, as ASCII words."""
    words = [word for word in re.split(r"\s+", name.strip())
             if word.lower().strip(".,") not in _HONORIFICS]
    ascii_name = unicodedata.normalize("NFKD", " ".join(words) or name)
    ascii_name = "".join(char for char in ascii_name if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "target"


def classify(blocks: list[Block], plains: list[str]) -> list[tuple[str, str, str | None]]:
    """(section, role, target id) for each block, reading the appeal top to bottom."""
    state = _State()
    titles: dict[str, str] = {}
    result = []
    for block, plain in zip(blocks, plains, strict=True):
        section, role, target = _classify_one(block, plain.strip(), state, titles)
        result.append((section, role, target))
    return result


def _classify_one(block: Block, plain: str, state: _State, titles: dict[str, str]
                  ) -> tuple[str, str, str | None]:
    for pattern, role in _LABELS:
        if pattern.search(plain):
            state.section = "notes"
            return "notes", role, None
    heading = _is_heading(block, plain)
    if heading and _ACTION_HEADING.search(plain):
        state.section = "action"
        return "action", "title", None
    if heading and _BACKGROUND_HEADING.search(plain):
        state.section, state.after_closing = "background", False
        return "background", "title", None
    if state.section == "letter" and state.after_closing:
        if heading and block.kind == "heading":
            state.section = "notes"
            return "notes", "title", None
        return "letter", "signature", None
    if heading or (not state.started and _looks_like_title(plain)):
        state.started = True
        return state.section, "title", None
    state.started = True
    if state.section in ("action", "targets") and _SOURCE.letter_opening.search(plain):
        state.section = "letter"
        addressed = re.sub(rf"^(?:{_SOURCE.greeting})\s+|[,!:.\s]+$", "", plain, flags=re.I).lower()
        target = next((tid for tid, title in titles.items() if addressed and addressed in title), None)
        return "letter", "salutation", target
    if state.section == "letter":
        if _SOURCE.letter_closing.search(plain):
            state.after_closing = True
            return "letter", "closing", None
        return "letter", "letter", None
    if state.section == "action":
        if block.kind == "item":
            return "action", "action-step", None
        state.section = "targets"
    if state.section == "targets":
        return "targets", _target_role(block, plain, state, titles), state.target
    if state.section == "header":
        if block.kind == "item":
            return "header", "other", None
        role = "background" if state.seen_summary else "summary"
        state.seen_summary = True
        return "header", role, None
    if state.section == "background" and block.kind != "item":
        return "background", "background", None
    return state.section, "other", None


def _target_role(block: Block, plain: str, state: _State, titles: dict[str, str]) -> str:
    if _SALUTATION_LABEL.search(plain):
        return "salutation"
    if _CONTACT.search(plain):
        state.target_has_contact = True
        return "contact"
    if state.target is None or state.target_has_contact:
        state.target = target_slug(plain)
        state.target_has_address = state.target_has_contact = False
        titles[state.target] = plain.lower()
        return "target-name"
    if not state.target_has_address and not any(char.isdigit() for char in plain):
        titles[state.target] += " " + plain.lower()
        return "target-title"
    state.target_has_address = True
    return "address"


def build_units(blocks: list[Block], dialect: str) -> list[Unit]:
    """Classify blocks, split prose into sentences, and give every unit a stable id."""
    texts = [to_placeholders(block.raw, dialect) for block in blocks]
    roles = classify(blocks, [plain_text(text) for text, _ in texts])
    counters: dict[tuple[str, str], int] = {}
    units: list[Unit] = []
    for block, (section, role, target) in zip(blocks, roles, strict=True):
        if role == "salutation" and section == "targets":
            label = _SALUTATION_LABEL.match(block.raw)
            if label:
                block.prefix += label.group(1)
                block.raw = block.raw[label.end():]
        scope = f"targets/{target}" if section == "targets" and target else section
        counters[(scope, role)] = counters.get((scope, role), 0) + 1
        base_id = f"{scope}/{role}-{counters[(scope, role)]}"
        units += _block_units(block, dialect, base_id, role, target, split=role in SPLIT_ROLES)
    return units


def _block_units(block: Block, dialect: str, base_id: str, role: str, target: str | None,
                 split: bool) -> list[Unit]:
    raw = block.raw
    spans = sentence_spans(raw, tokenize(raw, dialect)) if split else [(0, len(raw))]
    units = []
    for index, (start, end) in enumerate(spans):
        text, placeholders = to_placeholders(raw[start:end], dialect)
        layout = dict(block.layout) if index == 0 else {}
        if index == 0 and block.prefix:
            layout["prefix"] = block.prefix
        if index == len(spans) - 1:
            if block.suffix:
                layout["suffix"] = block.suffix
        else:
            separator = raw[end:spans[index + 1][0]]
            if "\n" in separator:
                head, _, _ = separator.partition("\n")
                if head:
                    layout["suffix"] = head
            elif separator != " ":
                layout["after"] = separator
        next_layout_prefix = ""
        if index > 0:
            separator = raw[spans[index - 1][1]:start]
            if "\n" in separator:
                next_layout_prefix = separator.rpartition("\n")[2]
        if next_layout_prefix:
            layout["prefix"] = next_layout_prefix
        translatable = (block.translatable and role not in UNTRANSLATABLE_ROLES
                        and any(char.isalpha() for char in plain_text(text)))
        units.append(Unit(
            id=sentence_id(base_id, index + 1) if split else base_id,
            role=role,
            text=text,
            line=block.line + (block.prefix + raw[:start]).count("\n"),
            placeholders=placeholders,
            translatable=translatable,
            target=target,
            citations=tuple(raw[start:end][a:b] for a, b in citations(raw[start:end])),
            layout=layout,
        ))
    return units
