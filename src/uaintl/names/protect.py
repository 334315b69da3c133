"""Names through machine translation: lock them before MT, re-insert the target locale's form after.

The pre-translation pipeline calls ``lock_names`` on the source text and ``unlock_names`` on the
engine's output. A name becomes ``<nN/>`` (an atom MT keeps, like the ``<N/>`` placeholders) and
comes back as the registry form in the case the English context asks for; where that cannot be
decided, the nominative is used and a reviewer note says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uaintl.names.match import NameIndex, find_mentions

# The English word before a name → the case Belarusian and Russian need after it.
_CASE_AFTER = {
    "of": "gen", "against": "gen", "for": "gen", "from": "gen", "without": "gen", "near": "gen",
    "to": "dat", "towards": "dat", "with": "ins", "by": "ins", "about": "loc", "on": "loc",
    "release": "acc", "free": "acc", "freed": "acc", "detained": "acc", "arrested": "acc",
    "sentenced": "acc", "charged": "acc", "transferred": "acc", "support": "acc", "visit": "acc",
}
_TOKEN = re.compile(r"<n(\d+)/>")
_SUBJECT_START = re.compile(r"(?:^|[.!?:;]\s+|,\s+|\band\s+|\bthat\s+|\bwhen\s+)$")


@dataclass
class LockedName:
    token: str
    person: str
    case: str | None  # None: undecided, nominative used


@dataclass
class LockedText:
    text: str
    names: list[LockedName] = field(default_factory=list)


def case_for(before: str) -> str | None:
    """The case the English words before a name ask for in be/ru; None when undecided."""
    if _SUBJECT_START.search(before):
        return "nom"
    words = re.findall(r"[A-Za-z]+", before[-40:])
    return _CASE_AFTER.get(words[-1].lower()) if words else None


def lock_names(text: str, index: NameIndex) -> LockedText:
    """Replace every attributed person mention with ``<nN/>``, remembering the case it needs."""
    out, names, position = [], [], 0
    for mention in find_mentions(text, index, include_near=False):
        token = f"<n{len(names) + 1}/>"
        names.append(LockedName(token, mention.person or "", case_for(text[:mention.start])))
        out += [text[position:mention.start], token]
        position = mention.end
    out.append(text[position:])
    return LockedText("".join(out), names)


def unlock_names(translated: str, locked: LockedText, index: NameIndex, locale: str
                 ) -> tuple[str, list[str]]:
    """Put each name back in the locale's registry form; notes for the reviewer where unsure."""
    notes: list[str] = []
    by_token = {name.token: name for name in locked.names}

    def replace(match: re.Match[str]) -> str:
        name = by_token.get(match.group(0))
        person = index.registry.get(name.person) if name else None
        if name is None or person is None:
            return match.group(0)
        forms = person.case_forms.get(locale)
        if forms is None:
            return person.name(locale)
        if name.case is None:
            notes.append(f"check the case of {forms['nom']} (nominative used)")
            return forms["nom"]
        return forms[name.case]

    result = _TOKEN.sub(replace, translated)
    missing = [name.token for name in locked.names if name.token not in translated]
    for token in missing:
        person = index.registry.get(by_token[token].person)
        notes.append(f"machine translation dropped {person.name(locale) if person else token}")
    return result, notes
