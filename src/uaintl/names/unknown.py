"""People a document names who are not in the registry: each reported once, with every line and
every spelling (a typo, another romanisation, the Russian form beside the Belarusian one), and the
be/ru/be-Latn forms to add to the registry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA, Levenshtein

from uaintl.names.detect import PersonSpan, find_people, surname_key, surname_mentions
from uaintl.names.given import lookup_given
from uaintl.names.match import Mention, find_mentions, skeletons
from uaintl.names.people import PersonInfo, describe_person, from_each_spelling, split_name

_RUSSIA = re.compile(r"\b(?:Russia|Russian Federation|Moscow|Kremlin|Crimea)\b")
_BELARUS = re.compile(r"\b(?:Belarus|Minsk|Lukashenka|Lukashenko)\b")


def country_hint(text: str) -> str | None:
    """"ru" for an appeal about Russia, "be" for one about Belarus (which one it names more)."""
    russia, belarus = len(_RUSSIA.findall(text)), len(_BELARUS.findall(text))
    if russia == belarus:
        return None
    return "ru" if russia > belarus else "be"


@dataclass
class UnknownPerson:
    info: PersonInfo  # parts, gender and proposed forms, from the fullest spelling
    spellings: dict[str, list[int]] = field(default_factory=dict)  # spelling as written → lines
    spans: list[PersonSpan] = field(default_factory=list)

    @property
    def lines(self) -> list[int]:
        return sorted({line for lines in self.spellings.values() for line in lines})

    def variants(self) -> list[str]:
        """Full spellings that differ as words (not only by a title or a possessive)."""
        full = [spelling for spelling in self.spellings if " " in spelling or "." in spelling]
        return full if len(full) > 1 else []


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _given_compatible(left: str, right: str) -> bool:
    """Two given names (or initials) may be one person's: the same table row, an initial of the
    other, or one letter apart."""
    if not left or not right:
        return True
    left_word, right_word = left.split()[0], right.split()[0]
    if left_word.endswith(".") or right_word.endswith("."):
        return left_word[:1].lower() == right_word[:1].lower()
    first, second = lookup_given(left_word), lookup_given(right_word)
    if first and second:
        return first.name.be == second.name.be or first.name.ru == second.name.ru
    return bool(set(skeletons(left_word)) & set(skeletons(right_word))) or \
        OSA.distance(left_word.lower(), right_word.lower(), score_cutoff=1) <= 1


def _surnames_close(left: str, right: str) -> bool:
    """What the registry matcher would link (same skeleton, or a small edit distance on it), plus
    swapped letters (Banstar / Bantsar)."""
    left_key, right_key = surname_key(left), surname_key(right)
    if left_key == right_key:
        return True
    if len(left_key) >= 5 and OSA.distance(left_key, right_key, score_cutoff=1) <= 1:
        return True
    for one in skeletons(left):
        for other in skeletons(right):
            if one == other:
                return True
            limit = 1 if len(one) < 9 else 2
            if len(one) >= 5 and Levenshtein.distance(one, other, score_cutoff=limit) <= limit:
                return True
    return False


def same_person(known: PersonInfo, info: PersonInfo) -> bool:
    """Two descriptions the registry matcher would take for one person if either were registered."""
    if not _given_compatible(known.parts.given, info.parts.given):
        return False
    if known.gender and info.gender and known.gender != info.gender:
        return False
    if _surnames_close(known.parts.surname, info.parts.surname):
        return True
    # Russian and Belarusian spellings of one name propose the same Cyrillic (Roman Protasevich →
    # be Раман Пратасевіч, as Raman Pratasevich does)
    return bool(known.parts.given and info.parts.given) and (
        known.forms.be == info.forms.be or known.forms.ru == info.forms.ru)


def unknown_people(text: str, mentions: list[Mention], index=None, hint: str | None = None) -> list[UnknownPerson]:
    """People in ``text`` that no attributed registry mention covers, their spellings grouped."""
    hint = hint or country_hint(text)
    attributed = [(mention.start, mention.end) for mention in mentions if mention.person]
    people: list[UnknownPerson] = []
    for span in find_people(text):
        if any(start < span.end and span.start < end for start, end in attributed):
            continue
        info = describe_person(span.text, hint=hint)
        line = _line_of(text, span.start)
        same = [person for person in people if same_person(person.info, info)]
        if len(same) == 1 or (same and info.parts.given):
            person = same[0]
            if len(info.name.split()) > len(person.info.name.split()):
                person.info = _with_title_gender(info, person.info)
        elif same:
            continue  # a surname alone shared by several people: whose it is stays open
        else:
            person = UnknownPerson(info)
            people.append(person)
        lines = person.spellings.setdefault(span.text, [])
        if line not in lines:
            lines.append(line)
        person.spans.append(span)
    _add_surname_mentions(text, people, attributed)
    for person in people:
        person.info = _best_info(person, hint)
    return people


def _with_title_gender(info: PersonInfo, before: PersonInfo) -> PersonInfo:
    return info if info.gender or not before.gender else before


def _best_info(person: UnknownPerson, hint: str | None) -> PersonInfo:
    """Forms from the spelling written most often among the fullest ones; gender from any that tells."""
    full = max(len(split_name(spelling).given.split()) + len(split_name(spelling).patronymic.split())
               for spelling in person.spellings)
    candidates = [spelling for spelling in person.spellings
                  if len(split_name(spelling).given.split()) + len(split_name(spelling).patronymic.split()) == full]
    spelling = max(candidates, key=lambda item: len(person.spellings[item]))
    title = next((span.title for span in person.spans if span.title), "")

    def described(item: str) -> PersonInfo:
        return describe_person(f"{title} {item}".strip() if title and not split_name(item).title else item, hint=hint)

    info = from_each_spelling([described(item) for item in [spelling, *(c for c in candidates if c != spelling)]])
    if info.gender is None:
        for span in person.spans:
            other = describe_person(f"{span.title} {span.text}".strip(), hint=hint)
            if other.gender:
                return PersonInfo(info.name, info.parts, other.gender, other.gender_source, info.forms)
    return info


def _add_surname_mentions(text: str, people: list[UnknownPerson], covered: list[tuple[int, int]]) -> None:
    """A surname alone ("Bantsar's lawyer") belongs to the one unknown person with that surname."""
    owners: dict[str, list[UnknownPerson]] = {}
    for person in people:
        owners.setdefault(surname_key(person.info.parts.surname), []).append(person)
    taken = covered + [(span.start, span.end) for person in people for span in person.spans]
    for key, start, end in surname_mentions(text, set(owners)):
        if len(owners[key]) != 1 or any(left < end and start < right for left, right in taken):
            continue
        lines = owners[key][0].spellings.setdefault(text[start:end], [])
        if _line_of(text, start) not in lines:
            lines.append(_line_of(text, start))


@dataclass(eq=False)
class AppealPeople:
    """What a whole appeal tells about the people its units name, for one unit at a time: its
    country, and each person the registry does not know as all their mentions describe them (the
    fullest spelling, the gender from whichever mention tells it): the "Dear Dr Zhdanovich" of a
    letter is the "Dr Natallia Zhdanovich" of its contact list."""

    hint: str | None = None
    people: tuple[PersonInfo, ...] = ()

    def person(self, info: PersonInfo) -> PersonInfo | None:
        """The appeal's description of the one person a mention may be; None when none or several fit."""
        same = [person for person in self.people if same_person(person, info)]
        return same[0] if len(same) == 1 else None


def appeal_people(text: str, index=None) -> AppealPeople:
    """The people of an appeal's text (all its units) that the registry (``index``) does not know."""
    hint = country_hint(text)
    mentions = find_mentions(text, index) if index is not None else []
    return AppealPeople(hint, tuple(person.info for person in unknown_people(text, mentions, index, hint)))
