"""Which translation each unit gets for a locale, and how a unit's text is written in each format."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from uaintl.catalog.model import Catalog
from uaintl.catalog.units import entry_to_unit
from uaintl.document.inline import MARKDOWN, TAG, atom_text, restore
from uaintl.document.model import Placeholder, Unit
from uaintl.xmlfile import append_text

_LINK_TARGET = re.compile(r"^\]\((\S*)")


@dataclass
class Localized:
    """A document's units with the locale's text for each, and what is not reviewed yet."""

    locale: str
    units: list[Unit]
    texts: dict[str, str]
    missing: list[str] = field(default_factory=list)  # no translation: the source is used
    fuzzy: list[str] = field(default_factory=list)  # a draft translation is used

    @property
    def complete(self) -> bool:
        return not self.missing and not self.fuzzy

    def text(self, unit: Unit) -> str:
        return self.texts.get(unit.id, unit.text)


def localize(template: Catalog, catalog: Catalog | None, locale: str, allow_fuzzy: bool) -> Localized:
    """Reviewed translations for every translatable unit; drafts only when ``allow_fuzzy``."""
    units = [entry_to_unit(entry) for entry in template.messages]
    entries = {entry.msgctxt: entry for entry in catalog.messages} if catalog else {}
    result = Localized(locale, units, {})
    for unit in units:
        if not unit.translatable:
            continue
        entry = entries.get(unit.id)
        if entry is not None and entry.translated:
            result.texts[unit.id] = entry.msgstr
        elif entry is not None and entry.msgstr and entry.fuzzy:
            result.fuzzy.append(unit.id)
            if allow_fuzzy:
                result.texts[unit.id] = entry.msgstr
        else:
            result.missing.append(unit.id)
    return result


def as_markdown(text: str, placeholders: tuple[Placeholder, ...]) -> str:
    return restore(text, placeholders, MARKDOWN)


def as_plain(text: str, placeholders: tuple[Placeholder, ...]) -> str:
    """Markup dropped, atoms (e-mails, URLs, protected HTML spans) written out as a reader sees them."""
    by_number = {placeholder.number: placeholder for placeholder in placeholders}

    def replace(match: re.Match[str]) -> str:
        atom = match.group(1)
        if atom and int(atom) in by_number:
            return atom_text(by_number[int(atom)]).strip("`")
        return ""

    return TAG.sub(replace, text)


def append_html(parent: etree._Element, text: str, placeholders: tuple[Placeholder, ...]) -> None:
    """Append ``text`` to an lxml element, turning pairs into <strong>/<em>/<a> and atoms into text."""
    by_number = {placeholder.number: placeholder for placeholder in placeholders}
    stack = [parent]
    position = 0

    def add_text(value: str) -> None:
        append_text(stack[-1], value)

    for match in TAG.finditer(text):
        add_text(text[position:match.start()])
        position = match.end()
        atom, opening, closing = match.groups()
        if atom:
            add_text(as_plain(match.group(0), placeholders))
        elif opening and int(opening) in by_number:
            placeholder = by_number[int(opening)]
            element = etree.SubElement(stack[-1], _html_tag(placeholder.opening))
            target = _LINK_TARGET.match(placeholder.closing or "")
            if element.tag == "a" and target:
                element.set("href", target.group(1))
            stack.append(element)
        elif closing and len(stack) > 1:
            stack.pop()
    add_text(text[position:])


def _html_tag(opening: str) -> str:
    """The HTML element for a pair's source markup: ** → strong, _ → em, [ → a, <b> → b."""
    if opening in ("**", "__"):
        return "strong"
    if opening in ("*", "_"):
        return "em"
    if opening == "[":
        return "a"
    match = re.match(r"<([a-zA-Z][\w-]*)", opening)
    return match.group(1).lower() if match else "span"
