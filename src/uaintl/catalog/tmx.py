"""TMX 1.4b, read and written in one place: the translation memory's compendia, the bundled
boilerplate, ``uaintl memory export`` and ``memory import`` all go through here.

Segments are plain text: uaintl's placeholder tags (``<1>…</1>``, ``<2/>``) are written as text, so
that a memory entry is exactly the ``msgid``/``msgstr`` it came from (translate-toolkit's po2tmx
does the same). Unit properties (``<prop type="…">``) carry what uaintl knows about a unit, such as
its role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from uaintl import __version__
from uaintl.errors import UaintlError
from uaintl.xmlfile import indent, parse_xml

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ROLE_PROP = "x-uaintl-role"
UNIT_PROP = "x-uaintl-unit"  # document/unit id the segment came from


@dataclass
class TmxUnit:
    """One ``<tu>``: its text per language (tags as written, e.g. "en", "be-Latn"), and properties."""

    segments: dict[str, str]
    props: dict[str, str] = field(default_factory=dict)
    line: int = 0

    def text(self, language: str) -> str | None:
        """The segment in ``language``; a tag matches its language alone too ("ru" finds "ru-RU")."""
        wanted = language.lower()
        for tag, text in self.segments.items():
            if tag.lower() == wanted:
                return text
        for tag, text in self.segments.items():
            if tag.lower().split("-")[0] == wanted and "-" not in wanted:
                return text
        return None


def read_tmx(path: Path) -> list[TmxUnit]:
    """Every translation unit of a TMX file; a file that is not TMX is one clear error."""
    root = parse_xml(path, "TMX")
    if root.tag != "tmx":
        raise UaintlError(f"not a TMX file (root element <{root.tag}>)", path, root.sourceline,
                          "export translation memories as TMX 1.4")
    if root.find("body") is None:
        raise UaintlError("TMX file without <body>", path, root.sourceline)
    units = []
    for unit in root.iter("tu"):
        segments: dict[str, str] = {}
        for variant in unit.iter("tuv"):
            language = variant.get(XML_LANG) or variant.get("lang")  # TMX 1.1 wrote lang=""
            seg = variant.find("seg")
            if not language:
                raise UaintlError("<tuv> without xml:lang", path, variant.sourceline,
                                  'give each variant its language, e.g. xml:lang="be"')
            if seg is not None:
                segments[language] = "".join(seg.itertext())
        props = {prop.get("type", ""): prop.text or "" for prop in unit.findall("prop")}
        units.append(TmxUnit(segments, props, unit.sourceline or 0))
    return units


def tmx_bytes(units: list[TmxUnit], source_language: str, note: str = "") -> bytes:
    """A TMX 1.4b document (the version OmegaT, translate-toolkit and Trados read) of ``units``."""
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(root, "header", {
        "creationtool": "uaintl", "creationtoolversion": __version__, "segtype": "sentence",
        "o-tmf": "uaintl", "adminlang": "en", "srclang": source_language, "datatype": "plaintext",
        "creationdate": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")})
    if note:
        etree.SubElement(header, "note").text = note
    body = etree.SubElement(root, "body")
    for unit in units:
        tu = etree.SubElement(body, "tu")
        for kind, value in unit.props.items():
            etree.SubElement(tu, "prop", type=kind).text = value
        for language, text in unit.segments.items():
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: language})
            etree.SubElement(tuv, "seg").text = text
    indent(root, frozenset({"seg", "note", "prop"}))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"
