"""TBX (ISO 30042) export and import of the person registry, for OmegaT, Weblate and memoQ.

Export writes TBX-Basic either in the 2008 ``martif`` form (``termEntry/langSet/tig``, the default:
Weblate's translate-toolkit reader and OmegaT read only this form) or as TBX v3 / ISO 30042:2019 in
DCA style (``conceptEntry/langSec/termSec``). Import reads both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write
from uaintl.xmlfile import parse_xml
from uaintl.names.registry import (Registry, dump_registry, load_registry, merge_registries, name_locales,
                                   person_from_table)

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_PREFERRED = "preferredTerm-admn-sts"
_ADMITTED = "admittedTerm-admn-sts"
_GENDER = {"m": "masculine", "f": "feminine"}


@dataclass(frozen=True)
class Dialect:
    """Element names of one TBX version; the structure is the same."""

    namespace: str | None
    root: str
    header: str
    concept: str
    language: str
    term_group: str
    root_attributes: tuple[tuple[str, str], ...]

    def tag(self, name: str) -> str:
        return f"{{{self.namespace}}}{name}" if self.namespace else name


DIALECTS = {
    # TBX-Basic in the 2008 "martif" form: what Weblate (translate-toolkit) and OmegaT import.
    2: Dialect(None, "martif", "martifHeader", "termEntry", "langSet", "tig", (("type", "TBX-Basic"),)),
    # TBX v3 (ISO 30042:2019), TBX-Basic dialect in DCA style.
    3: Dialect(TBX_NS, "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec",
               (("type", "TBX-Basic"), ("style", "dca"))),
}


def _term(dialect: Dialect, parent: etree._Element, text: str, gender: str, status: str) -> None:
    group = etree.SubElement(parent, dialect.tag(dialect.term_group))
    etree.SubElement(group, dialect.tag("term")).text = text
    for kind, value in (("partOfSpeech", "properNoun"), ("grammaticalGender", _GENDER[gender]),
                        ("administrativeStatus", status)):
        note = etree.SubElement(group, dialect.tag("termNote"), type=kind)
        note.text = value


def export_tbx(registry: Registry, version: int = 2) -> bytes:
    dialect = DIALECTS[version]
    root = etree.Element(dialect.tag(dialect.root), nsmap={None: dialect.namespace} if dialect.namespace else None)
    for key, value in dialect.root_attributes:
        root.set(key, value)
    root.set(XML_LANG, "en")
    header = etree.SubElement(root, dialect.tag(dialect.header))
    file_desc = etree.SubElement(header, dialect.tag("fileDesc"))
    source = etree.SubElement(file_desc, dialect.tag("sourceDesc"))
    etree.SubElement(source, dialect.tag("p")).text = "uaintl person registry (locales/names.toml)"
    body = etree.SubElement(etree.SubElement(root, dialect.tag("text")), dialect.tag("body"))
    for person in registry.people:
        concept = etree.SubElement(body, dialect.tag(dialect.concept), id=person.id)
        if person.role:
            etree.SubElement(concept, dialect.tag("descrip"), type="subjectField").text = person.role
        for locale in name_locales():
            if locale not in person.names:
                continue
            lang = etree.SubElement(concept, dialect.tag(dialect.language))
            lang.set(XML_LANG, locale)
            _term(dialect, lang, person.names[locale], person.gender, _PREFERRED)
            if locale == "en":
                for alias in person.aliases:
                    _term(dialect, lang, alias, person.gender, _ADMITTED)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def import_tbx(path: Path) -> Registry:
    root = parse_xml(path)
    if _local(root) not in ("tbx", "martif"):
        raise UaintlError(f"not a TBX file (root element <{_local(root)}>)", path, root.sourceline)
    people = []
    for concept in root.iter():
        if _local(concept) not in ("conceptEntry", "termEntry"):
            continue
        person_id = concept.get("id")
        if not person_id:
            raise UaintlError("concept without an id", path, concept.sourceline, "give each entry id=\"…\"")
        names: dict[str, str] = {}
        aliases: list[str] = []
        gender, role = "m", ""
        for child in concept:
            if _local(child) == "descrip" and child.get("type") == "subjectField":
                role = child.text or ""
            if _local(child) not in ("langSec", "langSet"):
                continue
            locale = child.get(XML_LANG) or ""
            for term_sec in child:
                if _local(term_sec) not in ("termSec", "tig", "ntig"):
                    continue
                term = next((node.text for node in term_sec.iter() if _local(node) == "term"), None)
                notes = {node.get("type"): node.text for node in term_sec.iter() if _local(node) == "termNote"}
                if not term:
                    continue
                gender = "f" if notes.get("grammaticalGender") == "feminine" else gender
                if notes.get("grammaticalGender") == "masculine":
                    gender = "m"
                if locale in names or notes.get("administrativeStatus") == _ADMITTED:
                    aliases.append(term)
                elif locale in name_locales():
                    names[locale] = term
        if "en" not in names:
            raise UaintlError(f"concept {person_id!r} has no English term", path, concept.sourceline)

        def fail(message: str, hint: str | None = None, line: int | None = concept.sourceline) -> UaintlError:
            return UaintlError(message, path, line, hint)

        table = {"id": person_id, "gender": gender, **names, "aliases": aliases, "role": role}
        people.append(person_from_table(table, fail))
    return Registry(people, path)


def import_into(names_path: Path, tbx_path: Path) -> tuple[Registry, Registry]:
    """Merge a TBX glossary into the registry file; returns (imported, merged). Nothing is written
    unless every imported person passes the registry's own validation."""
    imported = import_tbx(tbx_path)
    current = load_registry(names_path) if names_path.exists() else Registry([], names_path)
    merged = merge_registries(current, imported)
    atomic_write(names_path, dump_registry(merged).encode("utf-8"))
    return imported, merged
