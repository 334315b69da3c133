"""UA plain text / Markdown: blank-line paragraphs, ``#`` or capitalised headings, list items."""

from __future__ import annotations

import re
from pathlib import Path

from uaintl.document.blocks import BULLETS, Block, Extracted, WriteContext, read_source_text
from uaintl.document.inline import MARKDOWN, protected_ranges, restore, tokenize
from uaintl.document.model import Unit
from uaintl.document.targets import is_form_row
from uaintl.document.wrap import unwrap_lines

_BULLET = f"[{re.escape(BULLETS)}]"
_PREFIX = re.compile(rf"^(?P<indent>[ \t]*)(?P<marker>#{{1,6}}[ \t]+|\d{{1,3}}[.)][ \t]+|{_BULLET}[ \t]+|\[\^?\d{{1,3}}\]:?[ \t]+)?")
_LIST_LINE = re.compile(rf"^[ \t]*(?:\d{{1,3}}[.)]|{_BULLET}|\[\^?\d{{1,3}}\]:?)[ \t]+\S")  # footnotes too
_CONTACT_LINE = re.compile(r"^[ \t]*[A-Za-z][\w -]{1,20}:[ \t]*\S")
_DASH_LINE = re.compile(r"^[ \t]*–[ \t]")  # an en dash starts a bullet point only after a clause ends
_CLAUSE_END = re.compile(r"[.!?:;]\W*$")
_SENTENCE_END = re.compile(r"[.!?,;:]\W*$")
_SHORT_LINE_END = re.compile(r"[.!?,;]\W*$")  # a line ending so is prose; "Write to:" may head short lines
_PARAGRAPH_END = re.compile(r"[.!?…:][\"'”’»)*_]*$")
_PARAGRAPH_START = re.compile(r"^[\"'“‘«(*_\[]*[A-Z0-9\u0400-\u042F]")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-{3,})[ \t]*$")


def read(path: Path) -> Extracted:
    text = read_source_text(path)
    return Extracted(read_text_blocks(text), text)


def read_text_blocks(text: str) -> list[Block]:
    """Blocks of a UA text or Markdown document, each with its first line number."""
    blocks: list[Block] = []
    group: list[str] = []
    start = 0
    lines = text.split("\n")
    for number, line in enumerate(lines + [""], start=1):
        if line.strip():
            if not group:
                start = number
            group.append(line)
        elif group:
            grouped = _group_blocks(group, start)
            grouped[0].after_blank = bool(blocks)
            blocks += grouped
            group = []
    return blocks


def _group_blocks(lines: list[str], start: int) -> list[Block]:
    """Blocks of one blank-line group: a Markdown paragraph, or several when lines stand alone.

    Plain-text appeals often put one paragraph per line, a title line above them, or an address
    one line per field; a soft-wrapped Markdown paragraph stays one block.
    """
    joined = "\n".join(lines)
    crossing = [(a, b) for a, b in protected_ranges(tokenize(joined, MARKDOWN)) if "\n" in joined[a:b]]
    offsets = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    all_short = all(len(line.strip()) <= 100 and not _SHORT_LINE_END.search(line.strip())
                    or _CONTACT_LINE.match(line) for line in lines)
    blocks: list[Block] = []
    first = 0
    for index in range(len(lines) - 1):
        newline = offsets[index + 1] - 1
        if any(a <= newline < b for a, b in crossing):
            continue
        if _SETEXT_UNDERLINE.match(lines[index + 1]) and index + 1 > first:
            continue  # "Title" over "=====": one heading block
        if _wrapped_heading(lines[index], lines[index + 1]):
            continue  # "TAKE ACTION: … USE THIS MODEL" over "LETTER": one heading, wrapped
        if _LIST_LINE.match(lines[first]) and _continues_item(lines[first], lines[index], lines[index + 1]):
            continue  # a bullet point wrapped over several lines (PDF copies) is one point
        if all_short or _breaks_after(lines[index], lines[index + 1]) or _SETEXT_UNDERLINE.match(lines[index]):
            blocks.append(_block("\n".join(lines[first:index + 1]), start + first))
            first = index + 1
    blocks.append(_block("\n".join(lines[first:]), start + first))
    return blocks


def _capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _wrapped_heading(line: str, following: str) -> bool:
    """Whether an all-capital line runs on into the next: a long one over a short rest (PDF copies)."""
    text, next_text = line.strip(), following.strip()
    return (len(text) >= 50 and len(next_text) <= 40 and not _SENTENCE_END.search(text)
            and _capitals(text) and _capitals(next_text) and not _LIST_LINE.match(following))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues_item(item: str, line: str, following: str) -> bool:
    """Whether ``following`` carries on the list item that started at ``item``: indented under its
    text (Markdown, PDF layout), or a lower-case word after a line that ends mid-sentence (a PDF copy)."""
    if _LIST_LINE.match(following):
        return False
    text, next_text = line.strip(), following.strip()
    return _indent(following) > _indent(item) or (not _SENTENCE_END.search(text) and next_text[:1].islower())


def _breaks_after(line: str, following: str) -> bool:
    """Whether ``following`` starts a new block rather than continuing ``line``'s paragraph."""
    text, next_text = line.strip(), following.strip()
    if _DASH_LINE.match(following) and not _LIST_LINE.match(line) and not _CLAUSE_END.search(text):
        return False  # "he was held⏎– without charge – for …": a dash in a wrapped sentence, not a bullet
    if _LIST_LINE.match(line) or _LIST_LINE.match(following) or is_form_row(line) or is_form_row(following):
        return True  # a form's header row ("Name Address 1 … Salutation") is a block of its own
    if text.endswith(",") and len(text) <= 30:
        return True  # "Dear Minister," or "Yours faithfully," on a line of its own
    if _PARAGRAPH_END.search(text) and _PARAGRAPH_START.match(next_text):
        return True
    return not _SENTENCE_END.search(text) and len(text) <= 100 and len(next_text) >= 1.5 * len(text)


def _block(text: str, line: int) -> Block:
    head, _, underline = text.rpartition("\n")
    if head and "\n" not in head and _SETEXT_UNDERLINE.match(underline):
        return Block(raw=head.strip(), line=line, kind="heading", prefix=head[:len(head) - len(head.lstrip())],
                     suffix=head[len(head.rstrip()):] + "\n" + underline)
    match = _PREFIX.match(text)
    marker = match.group("marker") or ""
    kind = "paragraph"
    if marker.startswith("#"):
        kind = "heading"
    elif marker.startswith("["):
        kind = "paragraph"  # a footnote: its marker stays in the prefix
    elif marker:
        kind = "item"
    prefix = match.group(0)
    body = text[len(prefix):]
    stripped = body.rstrip()
    return Block(raw=stripped, line=line, kind=kind, prefix=prefix, suffix=body[len(stripped):])


def _full_text(unit: Unit) -> str:
    text = unit.text
    if "wrapped" in unit.layout:
        text = unwrap_lines(text, unit.layout["wrapped"]) or text  # the source's own lines, untranslated
    return unit.layout.get("prefix", "") + restore(text, unit.placeholders, MARKDOWN) + unit.layout.get("suffix", "")


def write(units: list[Unit], context: WriteContext) -> str:
    """The text with each unit back on its source lines (the translation in place of the source)."""
    lines: list[str] = [""] * max(context.line_count, 1)
    joined: set[int] = set()  # source lines a translation of wrapped lines left empty: not blank lines
    end_line = 0
    after = " "
    for unit in units:
        pieces = _full_text(unit).split("\n")
        index = unit.line - 1
        if "wrapped" in unit.layout:
            source_lines = unit.layout["wrapped"].count(",") + 2
            joined.update(range(index + len(pieces), index + source_lines))
        while len(lines) < index + len(pieces):
            lines.append("")
        if unit.line == end_line and lines[index]:
            lines[index] += after + pieces[0]
        else:
            lines[index] += pieces[0]
        for offset, piece in enumerate(pieces[1:], start=1):
            lines[index + offset] += piece
        end_line = unit.line + len(pieces) - 1
        after = unit.layout.get("after", " ")
    lines = [line for number, line in enumerate(lines) if line or number not in joined]
    text = "\n".join(lines) + ("\n" if context.final_newline else "")
    return f"{context.banner}\n\n{text}" if context.banner else text
