"""Rebuild a source document from its template alone: proof that segmentation loses nothing.

With a translated catalogue instead of the template, the same code writes the localised document.
The writer comes from the source-format table (``uaintl.document.formats``).
"""

from __future__ import annotations

from pathlib import Path

from uaintl.catalog.extract import FINAL_NEWLINE_FIELD, FORMAT_FIELD, LINES_FIELD
from uaintl.catalog.model import Catalog
from uaintl.catalog.units import entry_to_unit
from uaintl.document.blocks import WriteContext
from uaintl.document.formats import format_named


def rebuild(template: Catalog, translations: dict[str, str] | None = None, source: Path | None = None,
            banner: str | None = None) -> str:
    """The document text; ``translations`` maps unit ids to text that replaces the source.

    ``source`` is the original file (an HTML page is rebuilt around its text); ``banner`` a DRAFT
    notice the writer puts at the top of the document's content.
    """
    units = [entry_to_unit(entry) for entry in template.messages]
    units = [unit for unit in units if "synthetic" not in unit.layout]  # added by recognition, not in the source
    if translations:
        for unit in units:
            unit.text = translations.get(unit.id, unit.text)
    context = WriteContext(line_count=int(template.header_field(LINES_FIELD) or 0),
                           final_newline=template.header_field(FINAL_NEWLINE_FIELD) != "no",
                           source=source, banner=banner)
    return format_named(template.header_field(FORMAT_FIELD)).write(units, context)
