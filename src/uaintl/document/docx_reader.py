"""Word documents through python-docx, as Markdown-like text: headings "# ", list items "- ",
line breaks inside a paragraph kept as lines (sections paste addresses that way)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from uaintl.document import text_reader
from uaintl.document.blocks import Extracted
from uaintl.errors import UaintlError


def _paragraph_text(paragraph) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    text = paragraph.text.replace("\r", "\n").strip()
    if not text:
        return ""
    if style.startswith("Heading") or style == "Title":
        level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
        return "#" * min(level, 6) + " " + " ".join(text.split())
    if style.startswith("List") or _numbered(paragraph):
        return "- " + text
    return text


def _numbered(paragraph) -> bool:
    """Whether Word's numbering makes the paragraph a list item though its style is Normal: the bullets
    or numbers a section applies with the toolbar button (a ``w:numPr`` of the paragraph's own)."""
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None and properties.numPr.numId is not None


def docx_text(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UaintlError(f"cannot read the Word document: {error}", path,
                          hint="save it again as .docx (Word 2007 or later)") from None
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [paragraph for row in table.rows for cell in row.cells for paragraph in cell.paragraphs]
    chunks: list[str] = []
    for paragraph in paragraphs:
        text = _paragraph_text(paragraph)
        if not text:
            continue
        # consecutive list items stay one group, as in Markdown
        if chunks and text.startswith("- ") and chunks[-1].startswith("- "):
            chunks[-1] += "\n" + text
        else:
            chunks.append(text)
    text = "\n\n".join(chunks) + "\n"
    if not text.strip():
        raise UaintlError("the Word document has no text", path, 1, "add the appeal's text")
    return text


def read(path: Path) -> Extracted:
    text = docx_text(path)
    return Extracted(text_reader.read_text_blocks(text), text)
