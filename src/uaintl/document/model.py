"""Plain document model: a Document is an ordered list of Units, each one translatable segment."""

from __future__ import annotations

from dataclasses import dataclass, field

# Every role recognition gives a unit (corrections files may set these; the README lists them).
ROLES = (
    "title", "summary", "action-step", "appeal-point", "targets-intro", "copies-intro", "target-name",
    "target-title", "address", "contact", "cc", "salutation", "letter", "closing", "signature", "background",
    "deadline", "language-note", "pronoun-note", "link", "meta", "page-chrome", "other",
)
UNTRANSLATABLE_ROLES = frozenset({"address", "contact", "cc", "page-chrome"})


@dataclass(frozen=True)
class Placeholder:
    """Source markup replaced by a numbered tag in the translatable text.

    A pair (bold, link, …) is written ``<n>…</n>``; an atom (e-mail, URL, phone, handle, code)
    is written ``<n/>``. ``opening``/``closing`` hold the exact source text they stand for.
    """

    number: int
    kind: str
    opening: str
    closing: str | None = None

    @property
    def is_pair(self) -> bool:
        return self.closing is not None


def sentence_id(block_id: str, number: int) -> str:
    """The id of the ``number``-th sentence (from 1) of a block split into sentences: "letter/letter-2.3"."""
    return f"{block_id}.{number}"


def split_sentence_id(unit_id: str) -> tuple[str, int | None]:
    """A unit id's block id and sentence number (None for a block that is not split)."""
    block_id, dot, number = unit_id.rpartition(".")
    return (block_id, int(number)) if dot and number.isascii() and number.isdigit() else (unit_id, None)


@dataclass
class Unit:
    """One segment: what a translator sees as one PO entry."""

    id: str
    role: str
    text: str
    line: int
    placeholders: tuple[Placeholder, ...] = ()
    translatable: bool = True
    target: str | None = None
    citations: tuple[str, ...] = ()
    layout: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    """A source document as segmented units, plus what is needed to rebuild it."""

    name: str
    path: str
    format: str
    units: list[Unit]
    line_count: int = 0
    final_newline: bool = True
