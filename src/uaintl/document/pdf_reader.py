"""PDF through pypdf's layout mode: the lines and the blank lines between blocks as laid out.

Measured against poppler's ``pdftotext -layout`` and pdfplumber on UA PDFs (notes/issue-8.md): the
layout modes keep every target block's lines and the blank lines between blocks (plain modes lose
the blank lines, so blocks run together); pypdf does so without a system tool.

Two columns (a narrow column of the UA's record beside the text, or two columns of text): layout mode
prints each row of the page across both, so their lines interleave. No library's option reads them
column by column here (notes/readers.md: pypdf has none, its plain mode follows the content stream
and loses the blank lines; pdfminer.six's ``boxes_flow`` and poppler's reading order both interleave
the paragraphs of two text columns), so :func:`read_columns` cuts the laid-out rows at the gutter.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from uaintl.document import text_reader
from uaintl.document.blocks import Extracted
from uaintl.errors import UaintlError


def pdf_text(path: Path) -> str:
    """The PDF's text, one line per laid-out line, common indentation and trailing spaces removed."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted:
            raise UaintlError("the PDF is encrypted", path, hint="save an unprotected copy")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as error:
        raise UaintlError(f"cannot read the PDF: {error}", path,
                          hint="check the file opens in a PDF viewer") from None
    lines = [line for page in pages for line in read_columns(page.split("\n")) + [""]]
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    margin = min(indents, default=0)
    text = "\n".join(line[margin:] for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if not text.strip():
        raise UaintlError("the PDF has no text layer (a scan?)", path, hint="run OCR on it first")
    return text


_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # spaces between two columns' text on one laid-out row
_MIN_ROWS = 3  # rows with text on both sides of a gutter that make a two-column run
_LETTERS = re.compile(r"[^\W\d_]")


def read_columns(lines: list[str]) -> list[str]:
    """A page's laid-out lines (trailing spaces removed), each run of two columns read column by column:
    the left column's lines, a blank line, the right column's, each without the other's indentation.

    The gutter is the column where text starts after a wide gap on at least three rows; a run is the
    rows from the first to the last such row in which nothing crosses the gutter, with the lines of
    either column that go on under it. Label columns ("Fax:      +375 …", "Salutation:   Dear …") are
    no columns of text: their left parts end in ":".
    """
    lines = [line.rstrip() for line in lines]
    starts = Counter(match.end() for line in lines for match in _GAP.finditer(line))
    for gutter, count in starts.most_common(3):
        if count < _MIN_ROWS:
            break
        run = _column_run(lines, gutter)
        if run is not None:
            first, last = run
            left = _dedent([line[:gutter].rstrip() for line in lines[first:last]])
            right = _dedent([line[gutter:] for line in lines[first:last]])
            return lines[:first] + _trim(left) + [""] + _trim(right) + read_columns(lines[last:])
    return lines


def _column_run(lines: list[str], gutter: int) -> tuple[int, int] | None:
    """The rows [first, last) of the first run of two columns split at ``gutter``, or None."""
    def fits(line: str) -> bool:
        return len(line[:gutter].rstrip()) <= gutter - 3 or not line[:gutter].strip()

    def both(line: str) -> bool:  # words on both sides: not a bullet or number hanging before its point
        return fits(line) and len(_LETTERS.findall(line[:gutter])) >= 2 and bool(line[gutter:].strip())

    index = 0
    while index < len(lines):
        if not both(lines[index]):
            index += 1
            continue
        first = last = index
        rows = []
        while index < len(lines) and fits(lines[index]):
            if both(lines[index]):
                rows.append(lines[index])
                last = index + 1
            index += 1
        while last < len(lines) and lines[last].strip() and not lines[last][gutter:].strip() and fits(lines[last]):
            last += 1  # the left column goes on under the right one's end (to a blank line: then the page's
        after = last  # text may be full width again)
        while after < len(lines) and not lines[after][:gutter].strip():
            after += 1  # the right column goes on under the left one's end (a narrow column of the record)
            if lines[after - 1].strip():
                last = after
        labels = sum(1 for row in rows if row[:gutter].rstrip().endswith(":"))
        if len(rows) >= _MIN_ROWS and labels * 2 < len(rows):
            return first, last
    return None


def _dedent(lines: list[str]) -> list[str]:
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return [line[margin:] for line in lines]


def _trim(lines: list[str]) -> list[str]:
    """A column's lines without blank lines at its top and bottom."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def read(path: Path) -> Extracted:
    text = pdf_text(path)
    return Extracted(text_reader.read_text_blocks(text), text)
