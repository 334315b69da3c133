"""XLIFF 1.2 and 2.0 for CAT tools (OmegaT, memoQ, Trados, Phrase): one file per document and locale.

A unit's id is the catalogue's unit id (msgctxt); in XLIFF 2.0, whose ids are NMTOKENs, ``/`` is
written ``:`` and ``name`` keeps the id as it is. Placeholders become inline elements that carry the
original markup — ``<g>``/``<x/>`` in 1.2, ``<pc>``/``<ph/>`` with ``originalData`` in 2.0 — so a
CAT tool shows them as tags, not text. Read-only units are ``translate="no"``. The state follows
the catalogue: empty → new / initial, fuzzy → needs-review-translation / initial with a target,
translated → translated and approved / final.

Each unit also carries ``uaintl:base``, a digest of the catalogue's translation at export: on
import, a unit changed both in the catalogue and in the XLIFF since then is a conflict.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from uaintl import __version__
from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.origin import settle
from uaintl.catalog.units import entry_to_unit
from uaintl.document.inline import TAG, placeholder_tags
from uaintl.document.model import Placeholder
from uaintl.errors import UaintlError
from uaintl.xmlfile import append_text, indent, parse_xml

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
NS_UAINTL = "urn:uaintl:xliff"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
FORMATS = {"xliff12": "1.2", "xliff20": "2.0"}
_BASE = f"{{{NS_UAINTL}}}base"
_OPEN, _CLOSE = f"{{{NS_UAINTL}}}open", f"{{{NS_UAINTL}}}close"
_REVIEWED_12 = frozenset({"translated", "signed-off", "final"})
_REVIEWED_20 = frozenset({"translated", "reviewed", "final"})


def digest(text: str, fuzzy: bool) -> str:
    """What a unit's translation was: its text and whether it was a draft."""
    return hashlib.sha256(f"{int(fuzzy and bool(text))}\0{text}".encode()).hexdigest()[:16]


_CTYPES = {"**": "bold", "__": "bold", "*": "italic", "_": "italic", "[": "link", "b": "bold", "strong": "bold",
           "i": "italic", "em": "italic", "u": "underlined", "a": "link"}


def _ctype(placeholder: Placeholder) -> str:
    """XLIFF 1.2 ctype of a placeholder, from the markup it stands for."""
    opening = placeholder.opening
    if not placeholder.is_pair:
        return "x-url" if "://" in opening else "x-email" if "@" in opening else "x-code"
    tag = re.match(r"<([a-zA-Z][\w-]*)", opening)
    name = tag.group(1).lower() if tag else opening
    return _CTYPES.get(name, f"x-{name}" if tag else "x-markup")


# ---------------------------------------------------------------- export

def _fill(parent: etree._Element, text: str, placeholders: tuple[Placeholder, ...], version: str,
          data: dict[str, str]) -> None:
    """Write unit text into ``parent``, placeholders as inline elements (``data``: 2.0 originalData)."""
    by_number = {placeholder.number: placeholder for placeholder in placeholders}
    ns = NS12 if version == "1.2" else NS20
    stack = [parent]
    position = 0

    def add_text(value: str) -> None:
        append_text(stack[-1], value)

    open_numbers: list[int] = []
    for match in TAG.finditer(text):
        add_text(text[position:match.start()])
        position = match.end()
        atom, opening, closing = (int(group) if group else None for group in match.groups())
        number = atom or opening or closing
        placeholder = by_number.get(number)
        if placeholder is None or placeholder.is_pair != (atom is None):
            add_text(match.group(0))  # not one of the unit's placeholders: plain text, as in the PO
        elif atom is not None:
            if version == "1.2":
                etree.SubElement(stack[-1], f"{{{ns}}}x", {"id": str(number), "ctype": _ctype(placeholder),
                                                           "equiv-text": placeholder.opening})
            else:
                data[f"d{number}"] = placeholder.opening
                etree.SubElement(stack[-1], f"{{{ns}}}ph", {"id": str(number), "dataRef": f"d{number}",
                                                            "disp": placeholder.opening})
        elif opening is not None:
            if version == "1.2":
                element = etree.SubElement(stack[-1], f"{{{ns}}}g", {
                    "id": str(number), "ctype": _ctype(placeholder), _OPEN: placeholder.opening,
                    _CLOSE: placeholder.closing or ""})
            else:
                data[f"d{number}s"], data[f"d{number}e"] = placeholder.opening, placeholder.closing or ""
                element = etree.SubElement(stack[-1], f"{{{ns}}}pc", {
                    "id": str(number), "dataRefStart": f"d{number}s", "dataRefEnd": f"d{number}e",
                    "dispStart": placeholder.opening, "dispEnd": placeholder.closing or ""})
            stack.append(element)
            open_numbers.append(number)
        elif open_numbers and open_numbers[-1] == number:
            stack.pop()
            open_numbers.pop()
        else:
            add_text(match.group(0))
    add_text(text[position:])


def export_xliff(template: Catalog, catalog: Catalog | None, locale: str, version: str,
                 source_language: str = "en") -> bytes:
    """The XLIFF file of one document's catalogue for ``locale`` (``version`` "1.2" or "2.0")."""
    translations = {entry.msgctxt: entry for entry in catalog.messages} if catalog else {}
    original = template.header_field("X-Uaintl-Source") or template.header_field("Project-Id-Version") or ""
    if version == "1.2":
        root = etree.Element(f"{{{NS12}}}xliff", {"version": "1.2"}, nsmap={None: NS12, "uaintl": NS_UAINTL})
        file = etree.SubElement(root, f"{{{NS12}}}file", {
            "original": original, "source-language": source_language, "target-language": locale,
            "datatype": "plaintext"})
        header = etree.SubElement(file, f"{{{NS12}}}header")
        etree.SubElement(header, f"{{{NS12}}}tool", {"tool-id": "uaintl", "tool-name": "uaintl",
                                                      "tool-version": __version__})
        container = etree.SubElement(file, f"{{{NS12}}}body")
    else:
        root = etree.Element(f"{{{NS20}}}xliff", {"version": "2.0", "srcLang": source_language,
                                                  "trgLang": locale}, nsmap={None: NS20, "uaintl": NS_UAINTL})
        container = etree.SubElement(root, f"{{{NS20}}}file", {"id": "f1", "original": original})
    for source_entry in template.messages:
        entry = translations.get(source_entry.msgctxt)
        _export_unit(container, source_entry, entry, version)
    indent(root, frozenset({"source", "target", "note", "data"}))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _notes(source_entry: Entry, entry: Entry | None) -> list[tuple[str, str]]:
    """(category, text) of a unit's notes: role, target, citations, then the translator's comments."""
    unit = entry_to_unit(source_entry)
    notes = [("role", unit.role)]
    if unit.target:
        notes.append(("target", unit.target))
    notes += [("citation", citation) for citation in unit.citations]
    if entry is not None:
        notes += [("comment", comment) for comment in entry.translator_comments if comment.strip()]
    return notes


def _export_unit(container: etree._Element, source_entry: Entry, entry: Entry | None, version: str) -> None:
    unit = entry_to_unit(source_entry)
    text = entry.msgstr if entry is not None else ""
    fuzzy = bool(entry is not None and entry.fuzzy and text)
    translatable = unit.translatable  # read-only units keep their text: translate="no"
    data: dict[str, str] = {}
    if version == "1.2":
        element = etree.SubElement(container, f"{{{NS12}}}trans-unit", {"id": unit.id, "resname": unit.id})
        if not translatable:
            element.set("translate", "no")
        if text and not fuzzy:
            element.set("approved", "yes")
        element.set(_BASE, digest(text, fuzzy))
        source = etree.SubElement(element, f"{{{NS12}}}source", {XML_SPACE: "preserve"})
        _fill(source, unit.text, unit.placeholders, version, data)
        if translatable or text:
            state = ("new" if not text else "needs-review-translation" if fuzzy
                     else "translated" if translatable else "final")
            target = etree.SubElement(element, f"{{{NS12}}}target", {XML_SPACE: "preserve", "state": state})
            _fill(target, text, unit.placeholders, version, data)
        for category, note in _notes(source_entry, entry):
            etree.SubElement(element, f"{{{NS12}}}note", {"from": "uaintl"}).text = f"{category}: {note}"
        return
    element = etree.SubElement(container, f"{{{NS20}}}unit", {"id": unit.id.replace("/", ":"), "name": unit.id})
    if not translatable:
        element.set("translate", "no")
    element.set(_BASE, digest(text, fuzzy))
    notes = etree.SubElement(element, f"{{{NS20}}}notes")
    for category, note in _notes(source_entry, entry):
        etree.SubElement(notes, f"{{{NS20}}}note", {"category": category}).text = note
    original_data = etree.SubElement(element, f"{{{NS20}}}originalData")
    segment = etree.SubElement(element, f"{{{NS20}}}segment",
                               {"state": "final" if text and not fuzzy else "initial"})
    source = etree.SubElement(segment, f"{{{NS20}}}source", {XML_SPACE: "preserve"})
    _fill(source, unit.text, unit.placeholders, version, data)
    if text:
        target = etree.SubElement(segment, f"{{{NS20}}}target", {XML_SPACE: "preserve"})
        _fill(target, text, unit.placeholders, version, data)
    for key, value in data.items():
        etree.SubElement(original_data, f"{{{NS20}}}data", id=key).text = value
    if not len(original_data):
        element.remove(original_data)


# ---------------------------------------------------------------- import

@dataclass
class XliffUnit:
    id: str
    source: str  # uaintl text, placeholders as <n>…</n> and <n/>
    target: str | None
    fuzzy: bool
    translatable: bool
    base: str | None
    line: int


@dataclass
class XliffFile:
    path: Path
    version: str
    original: str
    locale: str
    units: list[XliffUnit] = field(default_factory=list)


def _text_of(element: etree._Element | None, version: str, path: Path) -> str | None:
    """Unit text from an XLIFF source or target: inline elements back to <n>…</n> and <n/>."""
    if element is None:
        return None
    ns = NS12 if version == "1.2" else NS20
    pairs = {f"{{{ns}}}g", f"{{{ns}}}pc"}
    atoms = {f"{{{ns}}}x", f"{{{ns}}}ph"}
    transparent = {f"{{{ns}}}mrk"}
    out = [element.text or ""]
    for child in element:
        number = child.get("id", "")
        if child.tag in pairs | atoms and not number.isdigit():
            raise UaintlError(f"inline element <{etree.QName(child).localname} id={number!r}> is not one of "
                              "uaintl's placeholders", path, child.sourceline,
                              "keep the tags as exported; their ids are numbers")
        if child.tag in pairs:
            out.append(f"<{number}>{_text_of(child, version, path)}</{number}>")
        elif child.tag in atoms:
            out.append(f"<{number}/>")
        elif child.tag in transparent:
            out.append(_text_of(child, version, path) or "")
        elif child.tag == f"{{{NS20}}}sc" and child.get("id", "").isdigit():
            out.append(f"<{child.get('id')}>")
        elif child.tag == f"{{{NS20}}}ec" and (child.get("startRef") or "").isdigit():
            out.append(f"</{child.get('startRef')}>")
        elif isinstance(child.tag, str):
            raise UaintlError(f"unexpected element <{etree.QName(child).localname}> in the text", path,
                              child.sourceline, "uaintl exports <g>/<x/> (1.2) and <pc>/<ph/> (2.0)")
        out.append(child.tail or "")
    return "".join(out)


@lru_cache(maxsize=1)
def xliff20_schema() -> etree.RelaxNG:
    """XLIFF 2.0 core as a RELAX NG grammar (``data/xliff-core-2.0.rng``)."""
    return etree.RelaxNG(etree.parse(str(Path(__file__).parent / "data" / "xliff-core-2.0.rng")))


def read_xliff(path: Path) -> XliffFile:
    """An XLIFF 1.2 or 2.0 file as uaintl units; anything that is not XLIFF is one clear error."""
    root = parse_xml(path, "XLIFF")
    namespace = etree.QName(root).namespace
    if etree.QName(root).localname != "xliff" or namespace not in (NS12, NS20):
        raise UaintlError(f"not an XLIFF 1.2 or 2.0 file (root element <{etree.QName(root).localname}> in "
                          f"{namespace or 'no namespace'})", path, root.sourceline)
    version = "1.2" if namespace == NS12 else "2.0"
    schema = xliff20_schema()
    if version == "2.0" and not schema.validate(root):
        error = schema.error_log[0]  # the innermost problem comes first
        raise UaintlError(f"not valid XLIFF 2.0: {error.message}", path, error.line,
                          "the file must follow the XLIFF 2.0 core schema")
    files = root.findall(f"{{{namespace}}}file")
    if len(files) != 1:
        raise UaintlError(f"expected one <file> (one document and locale), found {len(files)}", path,
                          root.sourceline, "export one file per document and locale")
    file = files[0]
    locale = file.get("target-language") if version == "1.2" else root.get("trgLang")
    if not locale:
        raise UaintlError("no target language", path, file.sourceline,
                          "set target-language (1.2) or trgLang (2.0)")
    result = XliffFile(path, version, file.get("original") or "", locale)
    if version == "1.2":
        for unit in file.iter(f"{{{NS12}}}trans-unit"):
            target = unit.find(f"{{{NS12}}}target")
            text = _text_of(target, version, path)
            state = target.get("state") if target is not None else None
            reviewed = unit.get("approved") == "yes" if state is None else state in _REVIEWED_12
            result.units.append(XliffUnit(
                unit.get("id") or "", _text_of(unit.find(f"{{{NS12}}}source"), version, path) or "", text,
                bool(text) and not reviewed, unit.get("translate", "yes") != "no", unit.get(_BASE),
                unit.sourceline or 0))
        return result
    for unit in file.iter(f"{{{NS20}}}unit"):
        segments = unit.findall(f"{{{NS20}}}segment")
        if len(segments) != 1:
            raise UaintlError(f"unit {unit.get('id')!r} has {len(segments)} segments; uaintl exports one",
                              path, unit.sourceline, "do not split or join segments of uaintl units")
        segment = segments[0]
        text = _text_of(segment.find(f"{{{NS20}}}target"), version, path)
        result.units.append(XliffUnit(
            unit.get("name") or (unit.get("id") or "").replace(":", "/"),
            _text_of(segment.find(f"{{{NS20}}}source"), version, path) or "", text,
            bool(text) and segment.get("state", "initial") not in _REVIEWED_20,
            unit.get("translate", "yes") != "no", unit.get(_BASE), unit.sourceline or 0))
    return result


@dataclass
class Conflict:
    path: str
    line: int
    unit: str
    message: str

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def check_units(xliff: XliffFile, catalog: Catalog) -> None:
    """Refuse the whole file when a unit is unknown, repeated, or its tags do not match its source."""
    entries = {entry.msgctxt: entry for entry in catalog.messages}
    seen: dict[str, int] = {}
    for unit in xliff.units:
        if unit.id in seen:
            raise UaintlError(f"unit {unit.id!r} appears twice (first at line {seen[unit.id]})", xliff.path, unit.line)
        seen[unit.id] = unit.line
        entry = entries.get(unit.id)
        if entry is None:
            raise UaintlError(f"unit {unit.id!r} is not in the catalogue", xliff.path, unit.line,
                              "export again from the current catalogue, or run `uaintl update` first")
        if unit.target and unit.translatable:
            source, target = Counter(placeholder_tags(entry.msgid)), Counter(placeholder_tags(unit.target))
            if source != target:
                missing = list((source - target).elements())
                extra = list((target - source).elements())
                problem = "; ".join(filter(None, [f"missing {' '.join(missing)}" if missing else "",
                                                  f"not in the source {' '.join(extra)}" if extra else ""]))
                raise UaintlError(f"unit {unit.id!r}: the target's tags do not match the source ({problem})",
                                  xliff.path, unit.line, "keep every tag of the source exactly once")
            if not _balanced(unit.target):
                raise UaintlError(f"unit {unit.id!r}: tags in the target are not properly nested", xliff.path,
                                  unit.line, "close each tag after the ones opened inside it")


def _balanced(text: str) -> bool:
    stack: list[str] = []
    for match in TAG.finditer(text):
        _, opening, closing = match.groups()
        if opening:
            stack.append(opening)
        elif closing:
            if not stack or stack.pop() != closing:
                return False
    return not stack


def apply_units(xliff: XliffFile, catalog: Catalog, display: str) -> tuple[list[str], list[Conflict]]:
    """Write the XLIFF's translations into ``catalog`` (checked by ``check_units`` first).

    A unit the translator changed is applied when the catalogue still has what was exported; when
    both changed it is a conflict and the catalogue keeps its text. Read-only units are never touched.
    Returns the ids applied and the conflicts.
    """
    entries = {entry.msgctxt: entry for entry in catalog.messages}
    applied, conflicts = [], []
    for unit in xliff.units:
        entry = entries[unit.id]
        if not unit.translatable or entry.read_only:
            continue
        theirs = digest(unit.target or "", unit.fuzzy)
        ours = digest(entry.msgstr, entry.fuzzy)
        if theirs == ours or theirs == unit.base:
            continue  # nothing new in the XLIFF for this unit
        if unit.source != entry.msgid:
            conflicts.append(Conflict(display, unit.line, unit.id, "the source text changed since the export; "
                                      "the catalogue's translation is kept (export again)"))
        elif unit.base is None and entry.msgstr:
            conflicts.append(Conflict(display, unit.line, unit.id, "not exported by uaintl (no uaintl:base) and "
                                      "the catalogue already has a translation; the catalogue's is kept"))
        elif unit.base is not None and ours != unit.base:
            conflicts.append(Conflict(display, unit.line, unit.id, "changed in the catalogue and in the XLIFF "
                                      "since the export; the catalogue's translation is kept"))
        else:
            entry.msgstr = unit.target or ""
            entry.set_fuzzy(unit.fuzzy)
            settle(entry)  # the translator's text now: uaintl's notes about a suggestion no longer apply
            applied.append(unit.id)
    return applied, conflicts
