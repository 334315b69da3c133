"""Name consistency over sources and catalogues: one spelling per person and language."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from uaintl.catalog.model import Catalog, Entry
from uaintl.errors import line_at
from uaintl import lang
from uaintl.lang import CASES
from uaintl.lang.be import PASSPORT as BE_PASSPORT
from uaintl.lang.be_latn import from_lacinka, lacinka
from uaintl.names.match import Mention, NameIndex, find_mentions
from uaintl.names.translit import is_cyrillic

_SURNAME_ENDING = re.compile(
    r"(?:ski|skaya|skaja|ckaja|cki|ich|ič|vich|vič|ava|ova|eva|enka|enko|uk|čuk|chuk|ka|ko|eu|ou|oŭ|aŭ|"
    r"in|yn|ets|ec|ik|ski|скі|ская|ич|іч|ава|ова|енка|енко|ук|оў|аў|ін|ын|ец)$", re.I)
_PAIR = re.compile(r"(?<![\w.])([A-ZА-ЯЁІЎŁŚĆŹŽČŠ][^\W\d_]{2,14}) ([A-ZА-ЯЁІЎŁŚĆŹŽČŠ][^\W\d_’'ʼ]{2,20})(?![\w-])")
_NOT_GIVEN = frozenset({
    "the", "human", "rights", "belarus", "belarusian", "international", "committee", "center",
    "centre", "house", "front", "union", "court", "ministry", "prosecutor", "general", "embassy",
    "republic", "viasna", "amnesty", "nobel", "peace", "prize", "penal", "colony", "investigative",
    "criminal", "code", "state", "security", "association", "helsinki", "pravavaja", "lawtrend",
    "memorial", "article", "in", "on", "at", "and", "for", "of", "urgent", "action", "politics",
    "society", "economy", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "dear", "ambassador", "vice", "chair",
})


@dataclass
class Finding:
    kind: str  # inconsistent | wrong-form | possible-variant | missing-in-translation | unknown-person
    path: str
    line: int
    message: str
    person: str | None = None
    forms: dict[str, list[int]] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def _spelling(mention: Mention) -> str:
    """The system a mention is written in, without its grammatical case ("be:gen" → "be")."""
    system, _, note = mention.system.partition(" ")
    base, _, suffix = system.partition(":")
    return f"{base if suffix in CASES else system} {note}".strip()


def check_text(path: str, text: str, index: NameIndex) -> list[Finding]:
    """Each person written one way in one document; variants and unknown names reported."""
    mentions = find_mentions(text, index)
    findings: list[Finding] = []
    by_person: dict[str, dict[str, list[int]]] = {}
    words: dict[str, dict[str, list[int]]] = {}
    for mention in mentions:
        if mention.person is None:
            continue
        line = line_at(text, mention.start)
        by_person.setdefault(mention.person, {}).setdefault(_spelling(mention), []).append(line)
        surname = mention.mention.split()[-1]
        words.setdefault(mention.person, {}).setdefault(surname, []).append(line)
        if mention.system.startswith("variant"):
            person = index.registry.get(mention.person)
            findings.append(Finding("possible-variant", path, line,
                                    f"{mention.mention!r} looks like {person.name('en') if person else mention.person}"
                                    f" (score {mention.score:.2f})", mention.person))
    for person_id, spellings in by_person.items():
        if len(spellings) < 2:
            continue
        person = index.registry.get(person_id)
        forms = {word: lines for word, lines in words[person_id].items()}
        minority = min(spellings.items(), key=lambda item: len(item[1]))
        described = ", ".join(f"{word!r} (line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))})"
                              for word, lines in forms.items())
        findings.append(Finding("inconsistent", path, minority[1][0],
                                f"{person.name('en') if person else person_id} is written "
                                f"{len(forms)} ways: {described}", person_id, forms))
    findings += _unknown_people(path, text, mentions, index)
    return sorted(findings, key=lambda finding: (finding.line, finding.kind))


def _unknown_people(path: str, text: str, mentions: list[Mention], index: NameIndex) -> list[Finding]:
    """Given-name + surname pairs that no registry person explains: suggest adding them."""
    covered = [(mention.start, mention.end) for mention in mentions]
    findings, seen = [], set()
    for match in _PAIR.finditer(text):
        given, surname = match.groups()
        if given.isupper() or surname.isupper():
            continue
        if given.lower() in _NOT_GIVEN or surname.lower() in _NOT_GIVEN or not _SURNAME_ENDING.search(surname):
            continue
        if any(start < match.end() and match.start() < end for start, end in covered):
            continue
        name = match.group(0)
        if name in seen:
            continue
        seen.add(name)
        suggestion = _suggest_forms(name)
        findings.append(Finding("unknown-person", path, line_at(text, match.start()),
                                f"{name!r} is not in the registry; suggested entry: "
                                + ", ".join(f"{key} = {value!r}" for key, value in suggestion.items())))
    return findings


def _suggest_forms(name: str) -> dict[str, str]:
    if is_cyrillic(name):
        return {"be": name, "en": " ".join(BE_PASSPORT(word) for word in name.split()),
                "be-Latn": " ".join(lacinka(word) for word in name.split())}
    if re.search(r"[ŭłśćźńžčš]", name, re.I):
        return {"be-Latn": name, "be": " ".join(from_lacinka(word) for word in name.split())}
    return {"en": name}


def check_entry(entry: Entry, locale: str, index: NameIndex, path: str = "") -> list[Finding]:
    """Names in one translation must be the registry form for the locale, in any case, and every
    person named in the source must be named in the translation."""
    if not entry.msgstr or entry.read_only:
        return []
    findings = []
    found = find_mentions(entry.msgstr, index, include_near=False)
    for mention in found:
        person = index.registry.get(mention.person or "")
        if person is not None and _is_registry_form(mention.mention, person, locale):
            continue
        expected = person.name(locale) if person else "?"
        findings.append(Finding("wrong-form", path, entry.line,
                                f"{mention.mention!r} is not the registry form {expected!r} ({locale}) in any case",
                                mention.person))
    present = {mention.person for mention in found}
    for mention in find_mentions(entry.msgid, index, include_near=False):
        if mention.person not in present:
            person = index.registry.get(mention.person or "")
            findings.append(Finding("missing-in-translation", path, entry.line,
                                    f"{mention.mention!r} is in the source but "
                                    f"{person.name(locale) if person else '?'!r} is not in the translation",
                                    mention.person))
            present.add(mention.person)
    return findings


def check_catalog(path: str, catalog: Catalog, locale: str, index: NameIndex) -> list[Finding]:
    """``check_entry`` over a catalogue, each message naming its entry."""
    return [replace(finding, message=f"[{entry.msgctxt}] {finding.message}")
            for entry in catalog.messages for finding in check_entry(entry, locale, index, path)]


def _is_registry_form(mention: str, person, locale: str) -> bool:
    """The mention is the locale's registry name (or its surname alone) in some case; a locale
    written from another (be-Latn from be) takes that one's case forms, transformed."""
    forms = set(person.case_forms.get(locale, {}).values()) or {person.name(locale)}
    profile = lang.find(locale)
    if profile and profile.base in person.case_forms:
        forms = {" ".join(profile.transform(word) for word in form.split())
                 for form in person.case_forms[profile.base].values()}
        forms.add(person.name(locale))
    return any(form == mention or form.endswith(" " + mention) for form in forms)
