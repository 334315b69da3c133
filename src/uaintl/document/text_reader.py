"""UA plain text / Markdown: blank-line paragraphs, ``#`` or capitalised headings, list items."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from uaintl.document.blocks import BULLETS, Block, Extracted, WriteContext, official_line_blocks, read_source_text
from uaintl.document.inline import MARKDOWN, protected_ranges, restore, tokenize
from uaintl.document.model import Unit
from uaintl.document.targets import (NOTE_LABELS, ends_mid_phrase, is_form_row, is_postal_line, is_street, label_parts,
                                     line_kind)
from uaintl.document.ua import is_section_heading, page_lines
from uaintl.document.wrap import WRAP_WIDTH, unwrap_lines, wraps_note_label

_BULLET = f"[{re.escape(BULLETS)}]"
# A Markdown blockquote's markers ("> Chair of the … Committee"): structure, kept in the block's prefix.
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_PREFIX = re.compile(rf"^(?P<indent>[ \t]*(?:>[ \t]?)*[ \t]*)"
                     rf"(?P<marker>#{{1,6}}[ \t]+|\d{{1,3}}[.)][ \t]+|{_BULLET}[ \t]+|\[\^?\d{{1,3}}\]:?[ \t]+)?")
_LIST_LINE = re.compile(rf"^[ \t]*(?:\d{{1,3}}[.)]|{_BULLET}|\[\^?\d{{1,3}}\]:?)[ \t]+\S")  # footnotes too
_CONTACT_LINE = re.compile(r"^[ \t]*[A-Za-z][\w -]{1,20}:[ \t]*\S")
_DASH_LINE = re.compile(r"^[ \t]*–[ \t]")  # an en dash starts a bullet point only after a clause ends
_CLAUSE_END = re.compile(r"[.!?:;]\W*$")
_SENTENCE_END = re.compile(r"[.!?,;:]\W*$")
_SHORT_LINE_END = re.compile(r"[.!?,;]\W*$")  # a line ending so is prose; "Write to:" may head short lines
_PARAGRAPH_END = re.compile(r"[.!?…:][\"'”’»)*_]*$")
_PARAGRAPH_START = re.compile(r"^[\"'“‘«(*_\[]*[A-Z0-9\u0400-\u042F]")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-{3,})[ \t]*$")
# A line ending in a web address, which a PDF may wrap ("Online form: https://…/gprf/⏎internet-reception").
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
_PARTICIPLE = re.compile(r"^[a-z]+ing\b")  # an old UA's point in lower case: "calling for …", "urging …"
_POINT_END = re.compile(r";(?:[ \t]+(?:and|or))?[ \t]*$")  # "…;" or "…; and" ends a point that another follows
_FLAT_POINT = re.compile(r"^(?:[a-z]|[A-Z][a-z]+ing\b)")  # "ensure that …", "expressing concern …", "Urging …"
_LETTER_OPENING = re.compile(r"^(?:Dear|To whom it may concern)\b[^.!?:;]{0,60},$", re.I)  # "Dear Deputy Prosecutor General,"
_TARGET_KINDS = frozenset({"person", "title", "organisation", "address", "label"})
# A line that goes on in the next one: prose carried over ("… accredited to your⏎country."), not a
# line of an address ("ul. Karla Marksa 38" starts in lower case too).
_CONTINUATION = re.compile(r"^[a-z][a-z'’-]+(?:[,;:]?[ \t]|[.,;:]?$|\.[ \t])")  # not "www.…", "info@…"


def read(path: Path) -> Extracted:
    text = read_source_text(path)
    return Extracted(read_text_blocks(text), text)


def read_text_blocks(text: str) -> list[Block]:
    """Blocks of a UA text or Markdown document, each with its first line number."""
    blocks: list[Block] = []
    group: list[str] = []
    start = 0
    lines = text.split("\n")
    furniture = page_lines(lines)
    for number, line in enumerate(lines + [""], start=1):
        if _QUOTE.sub("", line).strip():
            if not group:
                start = number
            group.append(line)
        elif group:
            grouped = [piece for block in _group_blocks(group, start, {index + 1 - start for index in furniture})
                       for piece in official_line_blocks(block, MARKDOWN)]
            grouped[0].after_blank = bool(blocks)
            blocks += grouped
            group = []
    return blocks


def _group_blocks(lines: list[str], start: int, furniture: set[int] = frozenset()) -> list[Block]:
    """Blocks of one blank-line group: a Markdown paragraph, or several when lines stand alone.

    Plain-text appeals often put one paragraph per line, a title line above them, or an address
    one line per field; a soft-wrapped Markdown paragraph stays one block. A blockquote's lines are
    read without their "> " markers. A PDF's page number or running footer (``furniture``: offsets in
    ``lines``) is a block of its own wherever the page break put it.
    """
    bare = [_QUOTE.sub("", line) for line in lines]
    intro = _intro_end(bare)
    if intro is not None and not {intro, intro + 1} & furniture:
        return (_group_blocks(lines[:intro + 1], start, furniture)
                + _group_blocks(lines[intro + 1:], start + intro + 1, {index - intro - 1 for index in furniture}))
    joined = "\n".join(lines)
    crossing = [(a, b) for a, b in protected_ranges(tokenize(joined, MARKDOWN)) if "\n" in joined[a:b]]
    offsets = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    flat = _flat_points(bare)
    items = _item_starts(bare) | flat
    all_short = _all_short(bare)
    blocks: list[Block] = []
    first = 0
    for index in range(len(lines) - 1):
        newline = offsets[index + 1] - 1
        line, following = bare[index], bare[index + 1]
        if {index, index + 1} & furniture:
            blocks.append(_block("\n".join(lines[first:index + 1]), start + first, item=first in items))
            first = index + 1
            continue
        if any(a <= newline < b for a, b in crossing):
            continue
        if _URL_END.search(line.rstrip()) and following.strip() and len(following.split()) == 1 \
                and following.strip()[:1].islower():
            continue  # a web address wrapped at the line end: its rest is on the next line
        if _SETEXT_UNDERLINE.match(following) and index + 1 > first:
            continue  # "Title" over "=====": one heading block
        if _wrapped_heading(line, following) or wraps_note_label(line, following):
            continue  # "TAKE ACTION: … USE THIS MODEL" over "LETTER": one heading, wrapped; a note's label too
        if first in items and index + 1 not in items and (
                _continues_item(bare[first], line, following) and not _target_lines(line, following)
                or first in flat and not _PARAGRAPH_END.search(line.strip())):
            continue  # a bullet point wrapped over several lines (PDF copies) is one point
        if index + 1 not in items and index not in items and (
                ends_mid_phrase(line.strip()) or _wrapped_label(line, following)):
            continue  # "Presidential Council for … Civil Society and⏎Human Rights": one title, wrapped
        if all_short or index in items or index + 1 in items or _breaks_after(line, following) \
                or _SETEXT_UNDERLINE.match(line):
            blocks.append(_block("\n".join(lines[first:index + 1]), start + first, item=first in items))
            first = index + 1
    blocks.append(_block("\n".join(lines[first:]), start + first, item=first in items))
    return blocks


def _target_lines(line: str, following: str) -> bool:
    """Whether a line (a bullet's or not) names an official, their title or organisation, and the next
    line goes on with their block: "■ Ms Svetlana … Melnikova" over "  High Commissioner for …" and the
    address, each line of its own, not one wrapped point."""
    return (line_kind(_PREFIX.sub("", line)) in ("person", "title", "organisation")
            and line_kind(following) in _TARGET_KINDS)


def _all_short(lines: list[str]) -> bool:
    """Whether a group's lines are short lines, each a block of its own (an address, a title over a
    paragraph per line), not wrapped prose."""
    return all(len(line.strip()) <= 100 and not _SHORT_LINE_END.search(line.strip())
               or _CONTACT_LINE.match(line) for line in lines) and not _runs_on(lines)


def _intro_end(lines: list[str]) -> int | None:
    """The line ending in ":" that ends a wrapped intro over short lines of its own ("Also send copies to
    diplomatic representatives accredited to your⏎country:" over an official's name and address lines):
    the lines under it are read on their own, so the intro's wrap does not join them into prose."""
    if _all_short(lines):
        return None
    for index, line in enumerate(lines[:-1]):
        rest = lines[index + 1:]
        if line.rstrip().endswith(":") and rest[0].strip()[:1].isupper() and _all_short(rest):
            return index
    return None


def _item_starts(lines: list[str]) -> set[int]:
    """The lines that start a list item: a bullet or a number, or, in a PDF copy that lost the bullet
    glyph, an indented line starting with a capital that hangs: its continuation lines are indented
    deeper, or it follows an intro line ending in ":" or a sibling item at its indentation."""
    starts = {index for index, line in enumerate(lines) if _LIST_LINE.match(line) and not (
        index and _DASH_LINE.match(line) and not _LIST_LINE.match(lines[index - 1])
        and not _CLAUSE_END.search(lines[index - 1].strip()))}  # "held⏎– without charge –": a wrapped sentence
    base = min(_indent(line) for line in lines)
    hanging: set[int] = set()
    for index, line in enumerate(lines):
        indent = _indent(line)
        if index in starts or indent <= base or not (line.strip()[:1].isupper() or _PARTICIPLE.match(line.strip())):
            continue  # a point starts with a capital or a verb in -ing: "Calling on …", "urging …"
        if index + 1 < len(lines) and _target_lines(line, lines[index + 1]):
            continue  # an official's name over their title and address, indented: a target block, not a point
        before = lines[index - 1] if index else ""
        if (index + 1 < len(lines) and _indent(lines[index + 1]) > indent and index + 1 not in starts) or (
                before and _indent(before) < indent and before.rstrip().endswith(":")) or (
                indent in hanging and _indent(before) >= indent and _CLAUSE_END.search(before.strip())):
            starts.add(index)
            hanging.add(indent)
    return starts


def _flat_points(lines: list[str]) -> set[int]:
    """The points of a list copied from a PDF that lost both the bullet glyphs and their indentation:
    under an intro line ending in ":" ("I therefore call on you to:"), each point ends in ";" and the
    next starts in lower case or with a verb in -ing ("ensure that …;⏎pending her release, …"); at least
    two such points, so a quotation after a colon is no list."""
    found: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        if not line.rstrip().endswith(":") or not _FLAT_POINT.match(lines[index + 1].strip()):
            continue
        chain = [index + 1]
        for later in range(index + 2, len(lines)):
            before = lines[later - 1].rstrip()
            if before.endswith(":") or _PARAGRAPH_END.search(before):
                break  # a new intro, or the last point's full stop
            if _POINT_END.search(before) and _FLAT_POINT.match(lines[later].strip()):
                chain.append(later)
        if len(chain) >= 2:
            found.update(chain)
    return found


def _runs_on(lines: list[str]) -> bool:
    """Whether a group's short lines are wrapped prose: a long line without a final stop carries on in
    lower case ("Also send copies to … accredited to your⏎country. Please check …"); a line of an
    address starts in lower case too ("ul. Ilyinka 8"), after a short line."""
    return any(len(line.strip()) >= WRAP_WIDTH and not _SENTENCE_END.search(line.strip())
               and not _URL_END.search(line.rstrip())
               and _CONTINUATION.match(following.strip()) and not is_street(following.strip())
               for line, following in zip(lines, lines[1:]))


def _wrapped_label(line: str, following: str) -> bool:
    """Whether a long note line's list runs on into the next line, which is no label and no line of an
    address ("Name: Mikalai Statkevich-Hurski, Artsiom Lyavonchyk, Dzianis⏎Matsukevich and one other man")."""
    parts = label_parts(line)
    return (parts is not None and bool(NOTE_LABELS.match(parts[0])) and "," in parts[1]
            and len(line.strip()) >= WRAP_WIDTH and label_parts(following) is None
            and not is_postal_line(following))


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
    if _capitals(text) and len(text.split()) >= 2 and not _capitals(next_text) and next_text[:1].isupper() \
            and not _SENTENCE_END.search(text):
        return True  # a capitals headline over the first sentence ("FOUR PROTESTERS FACE … PRISON⏎Four men who …")
    if _capitals(text) and is_section_heading(next_text):
        return True  # a page's repeated headline over "ADDITIONAL INFORMATION"
    if is_form_row(line) or is_form_row(following):
        return True  # a form's header row ("Name Address 1 … Salutation") is a block of its own
    if text.endswith(",") and len(text) <= 30 or _LETTER_OPENING.match(text):
        return True  # "Dear Minister," or "Yours faithfully," on a line of its own
    if _PARAGRAPH_END.search(text) and _PARAGRAPH_START.match(next_text):
        return True
    return not _SENTENCE_END.search(text) and len(text) <= 100 and len(next_text) >= 1.5 * len(text)


def _block(text: str, line: int, item: bool = False) -> Block:
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
    elif marker or item:
        kind = "item"  # a bullet or number, or a hanging indent whose bullet glyph was lost
    prefix = match.group(0)
    body = text[len(prefix):]
    stripped = body.rstrip()
    return Block(raw=stripped, line=line, kind=kind, prefix=prefix, suffix=body[len(stripped):])


def _full_text(unit: Unit) -> str:
    text = unit.text
    if "wrapped" in unit.layout:
        text = unwrap_lines(text, unit.layout["wrapped"]) or text  # the source's own lines, untranslated
    return unit.layout.get("prefix", "") + restore(text, unit.placeholders, MARKDOWN) + unit.layout.get("suffix", "")


def _source_offset(unit: Unit) -> Callable[[int], int]:
    """Where the unit's n-th line goes, counted from its first: further down by the lines of a page's
    footer and header for the lines after a page break inside it (``layout["gap"]``: "k+n")."""
    after, _, skipped = unit.layout.get("gap", "").partition("+")
    if not skipped:
        return lambda offset: offset
    return lambda offset: offset + (int(skipped) if offset >= int(after) else 0)


def write(units: list[Unit], context: WriteContext) -> str:
    """The text with each unit back on its source lines (the translation in place of the source)."""
    lines: list[str] = [""] * max(context.line_count, 1)
    joined: set[int] = set()  # source lines a translation of wrapped lines left empty: not blank lines
    ends: dict[int, str] = {}  # a line a unit ended on → what goes after it before the next unit on that line
    for unit in units:
        pieces = _full_text(unit).split("\n")
        index = unit.line - 1
        place = _source_offset(unit)
        if "wrapped" in unit.layout:
            source_lines = unit.layout["wrapped"].count(",") + 2
            joined.update(index + place(offset) for offset in range(len(pieces), source_lines))
        while len(lines) <= index + place(len(pieces) - 1):
            lines.append("")
        for offset, piece in enumerate(pieces):
            at = index + place(offset)
            if not offset and at in ends and lines[at]:
                lines[at] += ends[at]
            lines[at] += piece
        ends[index + place(len(pieces) - 1)] = unit.layout.get("after", " ")
    lines = [line for number, line in enumerate(lines) if line or number not in joined]
    text = "\n".join(lines) + ("\n" if context.final_newline else "")
    return f"{context.banner}\n\n{text}" if context.banner else text
