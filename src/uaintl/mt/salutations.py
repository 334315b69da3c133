"""A salutation that names its official: "Dear Prosecutor General Zhumabekov," "Dear Minister
Ivanova," "Dear Governor Petrov,".

The memory knows the salutation of the title ("Dear Prosecutor General," → «Уважаемый господин
Генеральный прокурор!»); the person is written after the title in the nominative, as a be/ru
salutation names its addressee («Уважаемый господин Генеральный прокурор Жумабеков!»), in the
registry's form or the one the names package proposes, and the greeting agrees with the person's
gender («Уважаемая госпожа Министр Иванова!»). Only when the surname (or the appeal's fuller
mention of the person) tells the gender, and the English words of the title do not say otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from uaintl.lang.greeting import agreeing_salutation, greeting_gender
from uaintl.mt.agreement import told_by_words
from uaintl.mt.placeables import Placeable, Proposal, name_cases
from uaintl.names.people import describe_person
from uaintl.names.unknown import AppealPeople

if TYPE_CHECKING:
    from uaintl.mt.memory import MemoryMatch, TranslationMemory

_DEAR = re.compile(r"Dear\s+", re.I)
_NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_END = re.compile(r"[\s,!.:;]*$")
# Words of courtesy that are no office: "Dear Mr Zaitsev" is a name line of the memory's own.
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam", "madame", "sir", "his", "her", "excellency"})
_NAME_WORDS = 3  # a surname, or a given name (and patronymic) with it


def saluted(memory: TranslationMemory, source: str, appeal: AppealPeople | None) -> MemoryMatch | None:
    """"Dear <title> <name>," from the memory's "Dear <title>," (exact, or but for letter case and
    punctuation, as a salutation) and the person's name in the nominative; None when the memory has
    no salutation for the title, the name's gender is not told, or the title's words tell another."""
    from uaintl.mt.memory import MemoryMatch, _unwrap

    opening, body, closing = _unwrap(source)
    end = _END.search(body).group(0)
    text = body[:len(body) - len(end)]
    if not _DEAR.match(text) or "\n" in text or "<" in text:
        return None
    words = list(re.finditer(r"\S+", text))
    for count in range(1, min(_NAME_WORDS, len(words) - 2) + 1):
        named = words[-count:]
        if not all(_NAME_WORD.fullmatch(word.group(0)) for word in named):
            return None
        head = text[:named[0].start()].rstrip()
        title = _DEAR.sub("", head, count=1)
        if not {word.lower().rstrip(".") for word in title.split()} - _COURTESY:
            return None  # "Dear Mr Zaitsev": no office before the name
        found = memory._lookup_one(head + end.strip(), 100, "salutation", appeal)
        if found is None or found.kind not in ("exact", "normalised") or found.substitutions:
            continue
        person = _person(memory, body, named[0].start(), len(text), appeal)
        cases = name_cases(person, memory.locale, memory.names)
        told = told_by_words(title)
        if cases is None or told not in (None, cases.gender):
            return None
        greeting = found.text
        if greeting_gender(greeting, memory.locale) not in (cases.gender, None):
            greeting = agreeing_salutation(greeting, cases.gender, memory.locale)
        elif greeting_gender(greeting, memory.locale) is None and cases.gender == "f" and told is None:
            return None  # a greeting not recognised may be a man's
        name = cases.tables[0]["nom"]
        greeting_end = _END.search(greeting).group(0)
        text = f"{opening}{greeting[:len(greeting) - len(greeting_end)]} {name}{greeting_end}{closing}"
        return MemoryMatch(text, 100.0,
                           found.origin, found.source, "assembled", reviewed=False,
                           proposed=(name,) if cases.proposed else ())
    return None


def _person(memory: TranslationMemory, body: str, start: int, end: int, appeal: AppealPeople | None) -> Placeable:
    """The person the name words are: a registered person as the memory's parser found them, or as
    the names package describes the words alone (not the title: "Madam" must not make "Ivanov" a
    woman), with the appeal's fuller mention of them."""
    for placeable in memory._parse(body, appeal).placeables:
        if placeable.kind == "name" and placeable.end == end and placeable.start >= start \
                and not isinstance(placeable.value, Proposal):
            return placeable
    written = body[start:end]
    hint = appeal.hint if appeal is not None else None
    registered = describe_person(written, memory.names, hint).person_id
    if registered is not None:
        return Placeable("name", start, end, written, registered)
    known = appeal.person(describe_person(written, hint=hint)) if appeal is not None else None
    return Placeable("name", start, end, written, Proposal(written, hint, known))
