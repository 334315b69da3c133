"""Source formats: one table from a file's suffix to its reader, its writer and the rendered suffix.

As translate-toolkit's storage factory maps extensions to classes, ``FORMATS`` is the only place that
knows which file types uaintl reads. Adding a format is one entry here plus one reader module that
provides ``read(path) -> Extracted`` (and a writer, or the text writer for formats read as text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from uaintl.document import docx_reader, html_reader, pdf_reader, text_reader
from uaintl.document.blocks import Extracted, WriteContext
from uaintl.document.inline import HTML, MARKDOWN
from uaintl.document.model import Unit
from uaintl.errors import UaintlError


@dataclass(frozen=True)
class SourceFormat:
    """How one kind of source file is read into blocks and written back with translations."""

    name: str  # stored in templates as X-Uaintl-Format
    suffixes: tuple[str, ...]
    dialect: str  # inline markup of the blocks: MARKDOWN or HTML
    read: Callable[[Path], Extracted]
    write: Callable[[list[Unit], WriteContext], str]
    rendered_suffix: str | None = None  # suffix of the localised document; None: the source's own

    def output_suffix(self, source_suffix: str) -> str:
        return self.rendered_suffix or source_suffix or ".txt"


FORMATS: tuple[SourceFormat, ...] = (
    SourceFormat("ua-text", (".md", ".markdown", ".txt", ".text"), MARKDOWN, text_reader.read, text_reader.write),
    SourceFormat("html", (".html", ".htm", ".xhtml"), HTML, html_reader.read, html_reader.write),
    # Read as text; the localised document is that text (a PDF or Word file cannot be rebuilt faithfully).
    SourceFormat("pdf", (".pdf",), MARKDOWN, pdf_reader.read, text_reader.write, ".txt"),
    SourceFormat("docx", (".docx",), MARKDOWN, docx_reader.read, text_reader.write, ".md"),
)
SOURCE_SUFFIXES = frozenset(suffix for source_format in FORMATS for suffix in source_format.suffixes)


def format_for(path: Path) -> SourceFormat:
    """The format of a source file, by its suffix."""
    suffix = path.suffix.lower()
    for source_format in FORMATS:
        if suffix in source_format.suffixes:
            return source_format
    raise UaintlError(f"uaintl cannot read {suffix or 'files without a suffix'} files", path,
                      hint="sources may be " + ", ".join(sorted(SOURCE_SUFFIXES))
                      + "; move other files out of the sources folder")


def format_named(name: str | None) -> SourceFormat:
    """The format a template was extracted from (its X-Uaintl-Format header)."""
    for source_format in FORMATS:
        if source_format.name == name:
            return source_format
    raise UaintlError(f"the template has no known source format ({name or 'none'})",
                      hint="re-extract it with `uaintl extract`")
