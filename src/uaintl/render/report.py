"""``uaintl report``: one static HTML page for reviewers — progress, source beside translations, findings."""

from __future__ import annotations

from lxml import etree

from uaintl.catalog.model import Catalog
from uaintl.catalog.stats import Stats
from uaintl.qa.checks import Finding as QaFinding

STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2em;table-layout:fixed}td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}
.bar{display:flex;height:1em;width:30em;border:1px solid #999}.bar span{display:block;height:100%}
.translated{background:#2a7}.fuzzy{background:#fc3}.untranslated{background:#e55}
td.fuzzy{background:#fff4c2}td.untranslated{background:#fdd}td.qa-error{outline:2px solid #c00}
.ctx{font-family:monospace;font-size:.8em;color:#666}.finding{color:#900}
"""


def _bar(parent: etree._Element, stats: Stats) -> None:
    row = etree.SubElement(parent, "div", {
        "class": "stats", "data-document": stats.document, "data-locale": stats.locale,
        "data-total": str(stats.total), "data-translated": str(stats.translated),
        "data-fuzzy": str(stats.fuzzy), "data-untranslated": str(stats.untranslated)})
    etree.SubElement(row, "strong").text = f"{stats.locale}: "
    label = etree.SubElement(row, "span", {"class": "counts"})
    label.text = (f"{stats.translated} translated, {stats.fuzzy} fuzzy, {stats.untranslated} untranslated "
                  f"of {stats.total} ({stats.percent:.0f}%)")
    bar = etree.SubElement(row, "div", {"class": "bar", "role": "img",
                                        "aria-label": f"{stats.percent:.0f}% translated"})
    for kind, count in (("translated", stats.translated), ("fuzzy", stats.fuzzy),
                        ("untranslated", stats.untranslated)):
        if stats.total and count:
            etree.SubElement(bar, "span", {"class": kind, "style": f"width:{100 * count / stats.total:.2f}%"})


def build_report(documents: list[tuple[str, Catalog, dict[str, Catalog], list[Stats]]],
                 qa: list[QaFinding], name_findings: list, title: str = "uaintl review report") -> bytes:
    """``documents``: (name, template, locale → catalogue, stats per locale)."""
    html = etree.Element("html", lang="en")
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "title").text = title
    etree.SubElement(head, "style").text = STYLE
    body = etree.SubElement(html, "body")
    etree.SubElement(body, "h1").text = title
    by_entry: dict[tuple[str, str | None], list[QaFinding]] = {}
    for finding in qa:
        by_entry.setdefault((finding.path, finding.msgctxt), []).append(finding)
    for name, template, catalogs, stats in documents:
        section = etree.SubElement(body, "section", {"id": f"doc-{name}"})
        etree.SubElement(section, "h2").text = name
        for item in stats:
            _bar(section, item)
        table = etree.SubElement(section, "table", {"class": "units"})
        header = etree.SubElement(table, "tr")
        for label in ["source (en)", *catalogs]:
            etree.SubElement(header, "th").text = label
        entries = {locale: {entry.msgctxt: entry for entry in catalog.messages} for locale, catalog in catalogs.items()}
        for unit in template.messages:
            if unit.read_only:
                continue
            row = etree.SubElement(table, "tr", {"data-id": unit.msgctxt or ""})
            source = etree.SubElement(row, "td")
            etree.SubElement(source, "div", {"class": "ctx"}).text = unit.msgctxt
            etree.SubElement(source, "div").text = unit.msgid
            for locale in catalogs:
                entry = entries[locale].get(unit.msgctxt)
                state = "untranslated" if entry is None or not entry.msgstr else (
                    "fuzzy" if entry.fuzzy else "translated")
                problems = [finding for (path, ctxt), found in by_entry.items()
                            if ctxt == unit.msgctxt and path.endswith(f"/{name}/{locale}.po") for finding in found
                            if finding.check not in ("untranslated", "fuzzy")]
                classes = [state] + (["qa-error"] if any(f.severity == "error" for f in problems) else [])
                cell = etree.SubElement(row, "td", {"class": " ".join(classes), "lang": locale})
                cell.text = entry.msgstr if entry is not None else ""
                for finding in problems:
                    etree.SubElement(cell, "div", {"class": f"finding {finding.severity}"}).text = (
                        f"{finding.check}: {finding.message}")
    names = etree.SubElement(body, "section", {"id": "names"})
    etree.SubElement(names, "h2").text = f"Name findings ({len(name_findings)})"
    listing = etree.SubElement(names, "ul")
    for finding in name_findings:
        etree.SubElement(listing, "li", {"class": f"name-finding {finding.kind}"}).text = (
            f"{finding.path}:{finding.line}: {finding.kind}: {finding.message}")
    return b"<!DOCTYPE html>\n" + etree.tostring(html, encoding="utf-8", method="html", pretty_print=True)
