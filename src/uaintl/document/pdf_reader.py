"""PDF through pypdf's layout mode: the lines and the blank lines between blocks as laid out.

Measured against poppler's ``pdftotext -layout`` and pdfplumber on UA PDFs (notes/issue-8.md): the
layout modes keep every target block's lines and the blank lines between blocks (plain modes lose
the blank lines, so blocks run together); pypdf does so without a system tool.
"""

from __future__ import annotations

import re
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
    lines = [line.rstrip() for page in pages for line in page.split("\n") + [""]]
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    margin = min(indents, default=0)
    text = "\n".join(line[margin:] for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if not text.strip():
        raise UaintlError("the PDF has no text layer (a scan?)", path, hint="run OCR on it first")
    return text


def read(path: Path) -> Extracted:
    text = pdf_text(path)
    return Extracted(text_reader.read_text_blocks(text), text)
