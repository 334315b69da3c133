"""Name consistency over sources and catalogues: one spelling per person and language."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from uaintl.catalog.model import Catalog, Entry
from uaintl.errors import line_at
from uaintl import lang
from uaintl.lang import CASES
from uaintl.names.match import Mention, NameIndex, find_mentions
from uaintl.names.people import describe_person, proposed_entry
from uaintl.names.unknown import same_person, unknown_people


@dataclass
class Finding:
    kind: str  # inconsistent | wrong-form | possible-variant | missing-in-translation | unknown-person
    path: str
    line: int
    message: str
    person: str | None = None
    # inconsistent: each spelling → its lines; unknown-person: the proposed registry entry
    # (id, gender, en, be, ru, be-Latn, with the reasoning, what to check and the alternatives)
    forms: dict = field(default_factory=dict)
    spellings: dict[str, list[int]] = field(default_factory=dict)  # unknown-person: spelling → lines
    elsewhere: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # other file → spelling → lines

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
    findings += _unknown_people(path, text, mentions)
    return sorted(findings, key=lambda finding: (finding.line, finding.kind))


def _lines(lines: list[int]) -> str:
    return f"line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}"


def _unknown_people(path: str, text: str, mentions: list[Mention]) -> list[Finding]:
    """People the registry does not know: one finding each, with every spelling and line and the
    forms to add (``uaintl names add``)."""
    findings = []
    for person in unknown_people(text, mentions):
        info = person.info
        spellings = ", ".join(f"{spelling!r} ({_lines(lines)})" for spelling, lines in person.spellings.items())
        variants = person.variants()
        if variants:
            head = f"one person written {len(variants)} ways, not in the registry: {spellings}"
        else:
            name = max(person.spellings, key=len)
            head = f"{name!r} is not in the registry ({spellings if len(person.spellings) > 1 else _lines(person.lines)})"
        check = f" (check {', '.join(info.forms.check)})" if info.forms.check else ""
        gender = f"gender {info.gender} from the {info.gender_source}" if info.gender else "gender unknown"
        message = (f"{head}; suggested: be {info.forms.be!r}, ru {info.forms.ru!r}, be-Latn "
                   f"{info.forms.be_latn!r}{check}; {gender}")
        entry = proposed_entry(info)
        aliases = [spelling for spelling in variants if spelling != entry["en"]]
        findings.append(Finding("unknown-person", path, person.lines[0], message, None,
                                {**entry, **({"aliases": aliases} if aliases else {})}, dict(person.spellings)))
    return findings


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


def _each_form_from_its_spelling(entries: list[dict]) -> dict:
    """The first proposed entry, with the be forms from a Belarusian-spelled one and the ru form from a
    Russian-spelled one when the documents write the person both ways (as ``from_each_spelling``)."""
    first = entries[0]
    be = next((entry for entry in entries if entry.get("primary") == "be"), None)
    ru = next((entry for entry in entries if entry.get("primary") == "ru"), None)
    if be is None or ru is None:
        return first
    return {**first, "be": be["be"], "be-Latn": be["be-Latn"], "ru": ru["ru"], "check": [],
            "reasons": [*first["reasons"], f"be from the Belarusian spelling {be['en']!r}, "
                                            f"ru from the Russian spelling {ru['en']!r}"]}


def link_documents(findings: list[Finding]) -> None:
    """One unknown person in several documents of a project: every finding names the other files'
    spellings and lines, and all carry the first one's proposed entry (with every spelling as an alias),
    so that ``names add --from`` adds the person once."""
    groups: list[list[Finding]] = []
    for finding in (finding for finding in findings if finding.kind == "unknown-person"):
        info = describe_person(finding.forms["en"])
        group = next((group for group in groups if group[0].path != finding.path and
                      all(other.path != finding.path for other in group) and
                      same_person(describe_person(group[0].forms["en"]), info)), None)
        if group is None:
            groups.append([finding])
        else:
            group.append(finding)
    for group in (group for group in groups if len(group) > 1):
        first = _each_form_from_its_spelling([finding.forms for finding in group])
        spellings = {spelling for finding in group for spelling in finding.spellings if " " in spelling}
        aliases = sorted(spellings - {first["en"]})
        for finding in group:
            finding.elsewhere = {other.path: dict(other.spellings) for other in group if other is not finding}
            finding.forms = {**first, **({"aliases": aliases} if aliases else {})}
            finding.message += "; also in " + ", ".join(
                f"{path} as " + ", ".join(f"{spelling!r} ({_lines(lines)})" for spelling, lines in spellings.items())
                for path, spellings in finding.elsewhere.items())
