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
from dataclasses import replace
from typing import TYPE_CHECKING

from uaintl import lang
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
_COURTEOUS = re.compile(r"(Dear\s+)(Madam|Madame|Mr\.?|Sir)\s+(.+)", re.I)


def saluted(memory: TranslationMemory, source: str, appeal: AppealPeople | None) -> MemoryMatch | None:
    """"Dear <title> <name>," from the memory's "Dear <title>," (exact, or but for letter case and
    punctuation, as a salutation) and the person's name in the nominative; "Dear Madam <title>,"
    from its "Dear <title>," with the greeting made a woman's. None when the memory has no
    salutation for the title, the name's gender is not told, or the title's words tell another."""
    from uaintl.mt.memory import _unwrap

    opening, body, closing = _unwrap(source)
    end = _END.search(body).group(0)
    text = body[:len(body) - len(end)]
    if not _DEAR.match(text) or "\n" in text or "<" in text:
        return None
    alone = _greeting(memory, text, end.strip(), appeal)  # "Dear Madam Ombudsperson,": no name
    if alone is not None:
        return _wrapped(alone, alone.text, opening, closing)
    words = list(re.finditer(r"\S+", text))
    for count in range(1, min(_NAME_WORDS, len(words) - 2) + 1):
        named = words[-count:]
        if not all(_NAME_WORD.fullmatch(word.group(0)) for word in named):
            return None
        head = text[:named[0].start()].rstrip()
        title = _DEAR.sub("", head, count=1)
        if not _office(title):
            return None  # "Dear Mr Zaitsev": no office before the name
        found = _greeting(memory, head, end.strip(), appeal)
        if found is None:
            continue
        person = _person(memory, body, named[0].start(), len(text), appeal)
        cases = name_cases(person, memory.locale, memory.names)
        told = told_by_words(title)
        if cases is None or told not in (None, cases.gender):
            return None
        greeting = _agreeing(found.text, cases.gender, memory.locale)
        if greeting is None:
            return None
        name = cases.tables[0]["nom"]
        greeting_end = _END.search(greeting).group(0)
        match = _wrapped(found, f"{greeting[:len(greeting) - len(greeting_end)]} {name}{greeting_end}", opening,
                         closing)
        return replace(match, proposed=(name,) if cases.proposed else ())
    return None


def _office(title: str) -> bool:
    """Whether a title has a word of an office, not only of courtesy ("Madam", "Mr")."""
    return bool({word.lower().rstrip(".") for word in title.split()} - _COURTESY)


def _salutation(memory: TranslationMemory, text: str, appeal: AppealPeople | None) -> MemoryMatch | None:
    """The memory's translation of a salutation line: the same text, or but for case and punctuation."""
    found = memory._lookup_one(text, 100, "salutation", appeal)
    if found is None or found.kind not in ("exact", "normalised") or found.substitutions:
        return None
    return found


def _greeting(memory: TranslationMemory, text: str, end: str, appeal: AppealPeople | None) -> MemoryMatch | None:
    """"Dear <title>" with no name: the memory's salutation line; else, for "Dear Madam Ombudsperson"
    ("Dear Mr Governor"), its "Dear Ombudsperson" with the greeting agreeing with the courtesy word
    («Уважаемая госпожа Уполномоченный!»); else the locale's greeting before the memory's translation
    of the title ("Dear Mayor" from "Mayor": «Уважаемый господин Мэр!»), a man's unless a courtesy
    word tells a woman, as the memory's own salutations of a title are (letters and the pipeline
    make it agree with the official's gender)."""
    found = _salutation(memory, text + end, appeal)
    if found is not None:
        return found
    match = _COURTEOUS.fullmatch(text)
    courtesy = match.group(2) if match and _office(match.group(3)) else None
    rest = match.group(1) + match.group(3) if courtesy else text
    found = (_salutation(memory, rest + end, appeal) if courtesy else None) or _titled(memory, rest, appeal)
    if found is None or courtesy is None:
        return found
    greeting = _agreeing(found.text, told_by_words(courtesy), memory.locale)
    return replace(found, text=greeting, kind="assembled", reviewed=False,
                   part=f"courtesy word {courtesy!r}") if greeting else None


def _titled(memory: TranslationMemory, text: str, appeal: AppealPeople | None) -> MemoryMatch | None:
    """"Dear <title>" from the memory's translation of the title (target-title, exact or composed
    with its place) after the locale's greeting for a man."""
    profile = lang.find(memory.locale)
    translated = memory._title(_DEAR.sub("", text, count=1), appeal)
    if translated is None or profile is None or "m" not in profile.salutations:
        return None
    title = translated.text[:1].upper() + translated.text[1:]
    return replace(translated, text=profile.salutation_format.format(greeting=profile.salutations["m"], title=title),
                   kind="assembled", reviewed=False, part="locale's greeting")


def _agreeing(greeting: str, gender: str | None, locale: str) -> str | None:
    """The greeting written for ``gender``; None when it is a greeting the locale does not recognise,
    which may be a man's, and the addressee is a woman."""
    written_for = greeting_gender(greeting, locale)
    if written_for is None:
        return greeting if gender != "f" else None
    return greeting if written_for == gender else agreeing_salutation(greeting, gender, locale)


def _wrapped(found: MemoryMatch, text: str, opening: str, closing: str) -> MemoryMatch:
    return replace(found, text=f"{opening}{text}{closing}", score=100.0, kind="assembled", reviewed=False)


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
