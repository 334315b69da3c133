"""Load a source document through the source-format table."""

from __future__ import annotations

from pathlib import Path

from uaintl.document.appeal import complete_units
from uaintl.document.formats import format_for
from uaintl.document.model import Document
from uaintl.document.sidecar import apply_roles, check_ids, load_sidecar
from uaintl.document.ua import build_units
from uaintl.errors import UaintlError


def document_name(path: Path) -> str:
    return path.stem


def load_document(path: Path, display_path: str | None = None) -> Document:
    """Read and segment one source document."""
    source_format = format_for(path)
    extracted = source_format.read(path)
    units = build_units(extracted.blocks, source_format.dialect)
    corrections = load_sidecar(path)
    if corrections:
        check_ids(corrections, units)
        apply_roles(units, corrections)
    units = complete_units(units, corrections)
    if not any(unit.translatable for unit in units):
        raise UaintlError("no translatable text found", path, 1,
                          "check the file holds the appeal's text")
    text = extracted.text
    final_newline = text.endswith("\n")
    lines = text.split("\n")
    return Document(
        name=document_name(path),
        path=display_path or str(path),
        format=source_format.name,
        units=units,
        line_count=len(lines) - 1 if final_newline else len(lines),
        final_newline=final_newline,
    )
