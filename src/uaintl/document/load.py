"""Load a source document by its file type."""

from __future__ import annotations

from pathlib import Path

from uaintl.document.blocks import read_source_text
from uaintl.document.html_reader import read_html_blocks
from uaintl.document.inline import HTML, MARKDOWN
from uaintl.document.model import Document
from uaintl.document.text_reader import read_text_blocks
from uaintl.document.ua import build_units
from uaintl.errors import UaintlError

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SOURCE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def document_name(path: Path) -> str:
    return path.stem


def load_document(path: Path, display_path: str | None = None) -> Document:
    """Read and segment one source document."""
    suffix = path.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise UaintlError(f"unsupported source type {suffix or '(none)'}", path,
                          hint="use .md, .txt or .html")
    text = read_source_text(path)
    if suffix in HTML_SUFFIXES:
        blocks, dialect, fmt = read_html_blocks(text, path), HTML, "html"
    else:
        blocks, dialect, fmt = read_text_blocks(text), MARKDOWN, "ua-text"
    units = build_units(blocks, dialect)
    if not any(unit.translatable for unit in units):
        raise UaintlError("no translatable text found", path, 1,
                          "check the file holds the appeal's text")
    lines = text.split("\n")
    final_newline = text.endswith("\n")
    return Document(
        name=document_name(path),
        path=display_path or str(path),
        format=fmt,
        units=units,
        line_count=len(lines) - 1 if final_newline else len(lines),
        final_newline=final_newline,
    )
