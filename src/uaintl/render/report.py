"""``uaintl report``: the review report — an index of every document and one page per document.

Built for a reviewer's first minute: the counts that matter (done, fuzzy, missing, QA errors, name
findings) at the top, each a link to the first unit concerned; a row per unit with its id and source
line; filters that leave only the problems. The pages are jinja2 templates in ``templates/report``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import quote

from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.stats import Stats, catalog_stats
from uaintl.catalog.units import entry_to_unit, unit_comment
from uaintl.document.appeal import headline
from uaintl.document.inline import TAG, atom_text
from uaintl.document.model import Placeholder

# Problem kinds, in the order a reviewer deals with them; each is a row class and a filter.
KINDS = ("error", "missing", "fuzzy", "name", "warning")
KIND_LABELS = {"done": "done", "error": "QA errors", "missing": "missing", "fuzzy": "fuzzy",
               "name": "name findings", "warning": "QA warnings"}
_STATE_CHECKS = ("untranslated", "fuzzy")  # shown as the cell's state rather than as findings
_REFERENCE_LINE = re.compile(r":(\d+)$")


@dataclass
class Cell:
    locale: str
    text: str
    state: str  # done | fuzzy | missing | source (read-only units: addresses, e-mails stay as written)
    qa: list = field(default_factory=list)  # qa.checks.Finding, other than fuzzy/untranslated
    names: list = field(default_factory=list)  # names.check.Finding

    @property
    def kinds(self) -> set[str]:
        kinds = {finding.severity for finding in self.qa}
        if self.state in ("fuzzy", "missing"):
            kinds.add(self.state)
        if self.names:
            kinds.add("name")
        return kinds


@dataclass
class Row:
    id: str
    reference: str  # "sources/ua-85-21.md:12"
    source: str
    role: str
    read_only: bool
    cells: list[Cell]
    names: list = field(default_factory=list)  # name findings in the source text of this unit
    placeholders: tuple[Placeholder, ...] = ()  # what the unit's tags stand for, in source and translations

    @property
    def section(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def kinds(self) -> set[str]:
        kinds = {kind for cell in self.cells for kind in cell.kinds}
        return kinds | ({"name"} if self.names else set())


@dataclass
class Summary:
    """One document in one locale: the counts of ``uaintl stats`` and ``check``, and where each starts."""

    locale: str
    stats: Stats
    errors: int
    warnings: int
    names: int
    first: dict[str, str]  # kind (done, missing, fuzzy, error, warning, name) → first unit id

    def count(self, kind: str) -> int:
        return {"done": self.stats.translated, "missing": self.stats.untranslated, "fuzzy": self.stats.fuzzy,
                "error": self.errors, "warning": self.warnings, "name": self.names}[kind]


@dataclass
class Section:
    name: str
    first: str
    units: int
    problems: int


@dataclass
class DocumentPage:
    name: str
    title: str
    locales: list[str]
    rows: list[Row]
    summaries: list[Summary]
    source_names: int  # name findings in the English source
    other_names: list = field(default_factory=list)  # name findings no unit could be found for

    @property
    def file(self) -> str:
        return f"docs/{self.name}.html"

    @property
    def href(self) -> str:
        """The page as a link from the index (a document name may hold spaces or #)."""
        return quote(self.file)

    @property
    def sections(self) -> list[Section]:
        found: dict[str, Section] = {}
        for row in self.rows:
            section = found.setdefault(row.section, Section(row.section, row.id, 0, 0))
            section.units += 1
            section.problems += bool(row.kinds)
        return list(found.values())

    @property
    def problems(self) -> int:
        return sum(bool(row.kinds) for row in self.rows)

    @property
    def kinds(self) -> set[str]:
        return {kind for row in self.rows for kind in row.kinds}

    @property
    def counts(self) -> dict[str, int]:
        """Units with problems, and units with each kind of problem (the filters' numbers)."""
        rows = [row.kinds for row in self.rows]
        return {"problems": sum(bool(kinds) for kinds in rows), **{kind: sum(kind in kinds for kinds in rows)
                                                                   for kind in KINDS}}

    @property
    def first_source_name(self) -> str | None:
        return next((row.id for row in self.rows if row.names), None)


def _text(entry: Entry | None) -> str:
    if entry is None:
        return ""
    if entry.msgid_plural is not None:
        return " | ".join(text for _, text in sorted(entry.msgstr_plural.items()))
    return entry.msgstr


def _state(entry: Entry | None, read_only: bool) -> str:
    if read_only:
        return "source"
    if entry is not None and entry.translated:
        return "done"
    if entry is not None and entry.fuzzy and entry.has_translation:
        return "fuzzy"
    return "missing"


def _role(entry: Entry) -> str:
    return unit_comment(entry.extracted_comments, "role") or ""


def _line(reference: str) -> int:
    match = _REFERENCE_LINE.search(reference)
    return int(match.group(1)) if match else 0




def document_page(name: str, template: Catalog, catalogs: dict[str, Catalog], qa: list, names: list,
                  paths: dict[str, str]) -> DocumentPage:
    """One document's page. ``paths``: the display path of its source ("en") and of each catalogue (locale),
    as findings name them."""
    locale_of = {path: locale for locale, path in paths.items()}
    by_unit: dict[tuple[str, str | None], list] = {}
    for finding in qa:
        if locale_of.get(finding.path) and finding.check not in _STATE_CHECKS:
            by_unit.setdefault((locale_of[finding.path], finding.msgctxt), []).append(finding)
    entries = {locale: {entry.msgctxt: entry for entry in catalog.messages} for locale, catalog in catalogs.items()}
    lines = {locale: {entry.line: entry.msgctxt for entry in catalog.messages} for locale, catalog in catalogs.items()}
    rows = []
    for unit in template.messages:
        cells = [Cell(locale, _text(entries[locale].get(unit.msgctxt)),
                      _state(entries[locale].get(unit.msgctxt), unit.read_only),
                      by_unit.get((locale, unit.msgctxt), [])) for locale in catalogs]
        rows.append(Row(unit.msgctxt or "", (unit.references or [""])[0], unit.msgid, _role(unit), unit.read_only,
                        cells, placeholders=entry_to_unit(unit).placeholders))
    by_id = {row.id: row for row in rows}
    starts = [(_line(row.reference), row.id) for row in rows if _line(row.reference)]
    start_lines = [line for line, _ in starts]
    other: list = []
    source_names = 0
    for finding in names:
        locale = locale_of.get(finding.path)
        if locale is None:
            continue
        if locale == "en":
            source_names += 1
            position = bisect.bisect_right(start_lines, finding.line) - 1
            (by_id[starts[position][1]].names if position >= 0 else other).append(finding)
            continue
        row = by_id.get(lines.get(locale, {}).get(finding.line) or "")
        if row is None:
            other.append(finding)
        else:
            next(cell for cell in row.cells if cell.locale == locale).names.append(finding)
    summaries = []
    for locale, catalog in catalogs.items():
        cells = [(row, next(cell for cell in row.cells if cell.locale == locale)) for row in rows]
        first: dict[str, str] = {}
        for row, cell in cells:
            for kind in cell.kinds | ({"done"} if cell.state == "done" else set()):
                first.setdefault(kind, row.id)
        qa_found = [finding for _, cell in cells for finding in cell.qa]
        summaries.append(Summary(
            locale, catalog_stats(name, locale, catalog),
            errors=sum(finding.severity == "error" for finding in qa_found),
            warnings=sum(finding.severity != "error" for finding in qa_found),
            names=sum(len(cell.names) for _, cell in cells)
            + sum(finding.path == paths.get(locale) for finding in other), first=first))
    return DocumentPage(name, headline([entry_to_unit(entry) for entry in template.messages]) or name, list(catalogs), rows, summaries, source_names, other)


def inline_html(text: str, placeholders: tuple[Placeholder, ...]):
    """A unit's text as a reviewer reads it, as escaped HTML: an atom (e-mail, URL, phone) as its text,
    a line break as a line break, a pair (bold, link) as a highlighted span, each with the source's
    markup as its tooltip. A tag that stands for nothing in the source, or a pair a translation opens
    and never closes (or closes across another), stays visible as written, marked as broken."""
    from markupsafe import Markup, escape

    by_number = {placeholder.number: placeholder for placeholder in placeholders}
    tags = list(TAG.finditer(text))
    paired: set[int] = set()  # positions in ``tags`` of the opening and closing tags that match
    open_tags: list[int] = []
    for position, tag in enumerate(tags):
        placeholder = by_number.get(int(tag.group(2) or tag.group(3) or 0))
        if placeholder is None or not placeholder.is_pair:
            continue
        if tag.group(2):
            open_tags.append(position)
        elif open_tags and tags[open_tags[-1]].group(2) == tag.group(3):
            paired |= {open_tags.pop(), position}
    out = [Markup()]
    start = 0
    for position, tag in enumerate(tags):
        out.append(escape(text[start:tag.start()]))
        start = tag.end()
        atom = by_number.get(int(tag.group(1) or 0))
        if atom is not None and not atom.is_pair:
            out.append(Markup('<span class="tag atom" title="{}">{}</span>').format(atom.opening, _atom_html(atom)))
        elif position in paired and tag.group(2):
            pair = by_number[int(tag.group(2))]
            out.append(Markup('<span class="tag pair" title="{}…{}">').format(pair.opening, pair.closing))
        elif position in paired:
            out.append(Markup("</span>"))
        else:
            out.append(Markup('<span class="tag broken" title="no such tag in the source: compare with it">{}</span>')
                       .format(tag.group(0)))
    out.append(escape(text[start:]))
    return Markup().join(out)


def _atom_html(atom: Placeholder):
    """What an atom reads as; a line break also shows as ⏎, an element without text (an image) as its markup."""
    from markupsafe import Markup, escape

    shown = atom_text(atom)
    if shown.strip():
        return Markup("<br>").join(shown.split("\n"))
    return Markup("⏎<br>") if "\n" in shown else escape(atom.opening)


def _total(locale: str, summaries: list[Summary]) -> Summary:
    """All documents of one locale added up (no links: each count is in many documents)."""
    stats = Stats("all documents", locale)
    for field_name in ("total", "translated", "fuzzy", "untranslated"):
        setattr(stats, field_name, sum(getattr(summary.stats, field_name) for summary in summaries))
    return Summary(locale, stats, sum(summary.errors for summary in summaries),
                   sum(summary.warnings for summary in summaries), sum(summary.names for summary in summaries), {})


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    environment = Environment(loader=PackageLoader("uaintl.render", "templates/report"),
                              autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals.update(KINDS=KINDS, KIND_LABELS=KIND_LABELS)
    environment.filters["inline"] = inline_html
    return environment


def render_pages(pages: list[DocumentPage], title: str = "uaintl review report") -> dict[str, bytes]:
    """Relative path → HTML: ``index.html`` and ``docs/<document>.html``."""
    environment = _environment()
    locales = list(dict.fromkeys(locale for page in pages for locale in page.locales))
    totals = [_total(locale, [summary for page in pages for summary in page.summaries if summary.locale == locale])
              for locale in locales]
    counts = {"problems": sum(bool(page.problems) for page in pages),
              **{kind: sum(kind in page.kinds for page in pages) for kind in KINDS}}
    files = {"index.html": environment.get_template("index.html").render(title=title, pages=pages, locales=locales,
                                                                         counts=counts, totals=totals)}
    document = environment.get_template("document.html")
    for page in pages:
        files[page.file] = document.render(title=title, page=page)
    return {path: html.encode("utf-8") for path, html in files.items()}
