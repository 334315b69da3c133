"""Rebuild a source document from its template alone: proof that segmentation loses nothing.

With a translated catalogue instead of the template, the same code writes the localised document.
"""

from __future__ import annotations


from uaintl.catalog.extract import FINAL_NEWLINE_FIELD, FORMAT_FIELD, LINES_FIELD
from uaintl.catalog.model import Catalog
from uaintl.catalog.units import entry_to_unit
from uaintl.document.inline import HTML, MARKDOWN, restore
from uaintl.document.model import Unit, split_sentence_id
from uaintl.errors import UaintlError


def rebuild(template: Catalog, translations: dict[str, str] | None = None) -> str:
    """The document text; ``translations`` maps unit ids to text that replaces the source."""
    fmt = template.header_field(FORMAT_FIELD)
    units = [entry_to_unit(entry) for entry in template.messages]
    if translations:
        for unit in units:
            unit.text = translations.get(unit.id, unit.text)
    if fmt == "ua-text":
        lines = int(template.header_field(LINES_FIELD) or 0)
        final_newline = template.header_field(FINAL_NEWLINE_FIELD) != "no"
        return _rebuild_text(units, lines, final_newline)
    if fmt == "html":
        return _rebuild_html(units)
    raise UaintlError(f"the template has no known source format ({FORMAT_FIELD}: {fmt})",
                      hint="re-extract it with `uaintl extract`")


def _full_text(unit: Unit, dialect: str) -> str:
    return (unit.layout.get("prefix", "") + restore(unit.text, unit.placeholders, dialect)
            + unit.layout.get("suffix", ""))


def _rebuild_text(units: list[Unit], line_count: int, final_newline: bool) -> str:
    lines: list[str] = [""] * max(line_count, 1)
    end_line = 0
    after = " "
    for unit in units:
        pieces = _full_text(unit, MARKDOWN).split("\n")
        index = unit.line - 1
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
    text = "\n".join(lines)
    return text + "\n" if final_newline else text


def _rebuild_html(units: list[Unit]) -> str:
    body: list[str] = []
    open_list: str | None = None
    for unit in units:
        sentence = split_sentence_id(unit.id)[1]
        continues = sentence is not None and sentence > 1
        inner = restore(unit.text, unit.placeholders, HTML)
        if continues and body:
            closing = body[-1].rindex("</")
            body[-1] = body[-1][:closing] + " " + inner + body[-1][closing:]
            continue
        element = unit.layout.get("element", "p")
        wanted_list = unit.layout.get("list") if element == "li" else None
        if open_list and wanted_list != open_list:
            body.append(f"</{open_list}>")
            open_list = None
        if wanted_list and not open_list:
            body.append(f"<{wanted_list}>")
            open_list = wanted_list
        attributes = "" if unit.translatable else ' translate="no"'
        body.append(f"<{element}{attributes}>{inner}</{element}>")
    if open_list:
        body.append(f"</{open_list}>")
    title = next((restore(unit.text, unit.placeholders, HTML) for unit in units
                  if unit.layout.get("element") == "title"), "")
    head = f"<head><meta charset=\"utf-8\"><title>{title}</title></head>" if title else (
        "<head><meta charset=\"utf-8\"></head>")
    body = [line for line in body if not line.startswith("<title")]
    return "<!DOCTYPE html>\n<html>" + head + "<body>\n" + "\n".join(body) + "\n</body></html>\n"

