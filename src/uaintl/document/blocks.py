"""Readers turn a source file into Blocks: the paragraphs, headings and list items of a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from uaintl.document.inline import protected_ranges, tokenize
from uaintl.document.targets import official_line_parts
from uaintl.errors import UaintlError, line_at

# Characters that start a list item: Markdown's, and the squares, dots and dashes of UA PDFs and Word
# ("■ Calling on the authorities …", "• Urging them …", "▪", "–"); text copied from a PDF whose bullet
# font is not embedded brings the font's private-use code points (Symbol's U+F0B7, Wingdings' U+F0A7,
# U+F0D8, U+F076, U+F0FC) or the middle dot a viewer puts for them.
BULLETS = "-*+•‣■▪●◦–\uf0b7\uf0a7\uf0d8\uf076\uf0fc·"


@dataclass
class Block:
    """A paragraph-level piece of a source document, before roles are assigned."""

    raw: str  # source text of the block without its structural prefix (Markdown or inner HTML)
    line: int  # source line where the block (its prefix) starts
    kind: str = "paragraph"  # "heading" | "item" | "paragraph"
    prefix: str = ""  # structural markup before the text ("1. ", "## ", indentation)
    suffix: str = ""  # trailing whitespace on the block's last line
    translatable: bool = True  # False when the source marks it (translate="no", notranslate)
    layout: dict[str, str] = field(default_factory=dict)  # how to rebuild it (HTML element, list)
    after_blank: bool = False  # a blank line (not just a line break) separates it from the block before
    # A paragraph a page break cut: (offset in ``raw`` where its text goes on after the page's running
    # footer and header, how many source lines those take); joined by ``ua.join_page_breaks``.
    page_gap: tuple[int, int] | None = None


def read_source_text(path: Path) -> str:
    """Read a UTF-8 source document, refusing empty, binary and non-UTF-8 files with one clear error."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UaintlError(f"cannot read source: {error.strerror}", path=path) from None
    if not data.strip():
        raise UaintlError("the source document is empty", path, 1,
                          "add the appeal's text or remove the file")
    if b"\0" in data:
        raise UaintlError("binary data (NUL byte) in a source document", path, line_at(data, data.index(b"\0")),
                          "sources must be UTF-8 text, Markdown or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UaintlError(f"bytes that are not valid UTF-8 (0x{data[error.start]:02x})", path,
                          line_at(data, error.start),
                          "re-save the file as UTF-8, e.g. iconv -f cp1251 -t utf-8") from None
    return text[1:] if text.startswith("\ufeff") else text


@dataclass
class Extracted:
    """What a reader found: the blocks, and the text their line numbers refer to."""

    blocks: list[Block]
    text: str


@dataclass(frozen=True)
class WriteContext:
    """What a writer needs besides the units to rebuild a document."""

    line_count: int = 0
    final_newline: bool = True
    source: Path | None = None  # the original file, when at hand: HTML keeps everything around the text
    banner: str | None = None  # a DRAFT banner to show at the top


def official_line_blocks(block: Block, dialect: str, joined: dict[str, str] | None = None) -> list[Block]:
    """A line holding an official and their address ("Prosecutor General Andrei Shved, Internatsionalnaya
    St. 22, 220030 Minsk, Belarus") as the blocks of its parts on that line, each written back after the
    one before with the separator the source has (``layout["after"]``): the name to translate, the
    address lines read-only, as an official's block of lines reads. ``joined``: the layout of a part
    after the first (a web page's: its element, and that it goes on the line before)."""
    if "\n" in block.raw or block.kind == "heading":
        return [block]
    spans = official_line_parts(block.raw)
    if spans is None or any(a < end <= b for a, b in protected_ranges(tokenize(block.raw, dialect))
                            for _, end in spans[:-1]):
        return [block]  # not when a comma is inside markup or a link
    pieces = []
    for index, (start, end) in enumerate(spans):
        last = index == len(spans) - 1
        layout = dict(block.layout if not index else joined or {})
        if not last:
            layout["after"] = block.raw[end:spans[index + 1][0]]
        pieces.append(Block(raw=block.raw[start:end], line=block.line, kind=block.kind if not index else "paragraph",
                            prefix=block.prefix if not index else "", suffix=block.suffix if last else "",
                            translatable=block.translatable, layout=layout))
    pieces[0].after_blank = block.after_blank
    return pieces
