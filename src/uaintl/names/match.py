"""Find person mentions in running text, in any script or romanisation, inflected or misspelt.

Every name form the registry knows (the locales' forms, aliases, each romanisation scheme, and the
be/ru case forms) is indexed twice: by its exact spelling, and by a *skeleton* that forgets what
schemes disagree on (ia/ya/ja/a, ts/c, kh/h, ž/zh/z, diacritics, doubled letters). A mention is a
capitalised word whose skeleton is within a small edit distance of a known surname; a given name in
front of it decides between people who share a surname.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz import process

from uaintl import lang
from uaintl.mt.places import is_place_form
from uaintl.names.given import lookup_given
from uaintl.names.people import PATRONYMIC
from uaintl.names.registry import Person, Registry
from uaintl.names.translit import is_cyrillic

_WORD = re.compile(r"[^\W\d_][\w’'ʼ-]*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_CYRILLIC_KEY = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "ie", "ё": "io", "ж": "ž",
    "з": "z", "і": "i", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "w", "ф": "f", "х": "x", "ц": "c",
    "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
_LATIN_STEPS = (
    (re.compile(r"shch|šč"), "s"), (re.compile(r"sh"), "s"), (re.compile(r"zh"), "z"),
    (re.compile(r"kh"), "h"), (re.compile(r"t[sc]"), "c"), (re.compile(r"x"), "h"),
    (re.compile(r"g"), "h"), (re.compile(r"w"), "u"), (re.compile(r"q"), "k"),
)
_IOTATION = re.compile(r"[iyj]+(?=[aeou])")


def _fold(word: str) -> str:
    """Lower case, no diacritics, no apostrophes (ł → l)."""
    word = word.lower().replace("ł", "l")
    word = "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))
    return re.sub(r"['’ʼʹʺ`-]", "", word)


@lru_cache(maxsize=65536)
def skeletons(word: str) -> tuple[str, ...]:
    """Spellings of ``word`` with what romanisation schemes disagree on removed.

    A Latin "ch" may be ч (English) or х (Łacinka), so Latin words can have two skeletons.
    """
    if is_cyrillic(word):
        word = "".join(_CYRILLIC_KEY.get(char, char) for char in word.lower())
        readings = [_fold(word)]
    else:
        folded = _fold(word)
        readings = [folded.replace("ch", "c"), folded.replace("ch", "h")] if "ch" in folded else [folded]
    result = []
    for reading in readings:
        for pattern, replacement in _LATIN_STEPS:
            reading = pattern.sub(replacement, reading)
        reading = _IOTATION.sub("", reading).replace("y", "i").replace("j", "i")
        reading = re.sub(r"(.)\1+", r"\1", reading)
        if reading not in result:
            result.append(reading)
    return tuple(result)


@dataclass(frozen=True)
class Form:
    person: str
    system: str  # "en", "be", "be:gen", "be-Latn", "be:passport", "ru:bgn-pcgn", "alias", …
    given: tuple[str, ...]
    surname: str


@dataclass
class Mention:
    person: str | None
    mention: str
    start: int
    end: int
    system: str
    score: float
    near: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = {"person": self.person, "mention": self.mention, "start": self.start, "end": self.end,
                "system": self.system, "score": round(self.score, 3)}
        if self.near:
            data["near"] = self.near
        return data


def person_forms(person: Person) -> list[Form]:
    """Every written form of a person that matching should recognise."""
    named: list[tuple[str, str]] = [(locale, name) for locale, name in person.names.items()]
    named += [("alias", alias) for alias in person.aliases]
    profiles = lang.profiles()
    for profile in profiles:
        language = profile.code
        if language not in person.names:
            continue
        for scheme, convert in profile.romanisations.items():
            named.append((f"{language}:{scheme}", " ".join(convert(word) for word in person.names[language].split())))
        written_from = [other for other in profiles if other.base == language]
        for case, form in person.case_forms.get(language, {}).items():
            if case != "nom":
                named.append((f"{language}:{case}", form))
                named += [(f"{other.code}:{case}", " ".join(other.transform(word) for word in form.split()))
                          for other in written_from]
    forms = []
    for system, name in named:
        words = name.split()
        if words:
            forms.append(Form(person.id, system, tuple(words[:-1]), words[-1]))
    return forms


class NameIndex:
    """Lookup tables over a registry; build once, match many texts."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.exact: dict[str, list[Form]] = {}
        self.folded: dict[str, list[Form]] = {}
        self._systems: dict[tuple[str, str], str] = {}
        self.by_skeleton: dict[str, set[str]] = {}
        self.given: dict[str, set[str]] = {}
        for person in registry.people:
            for form in person_forms(person):
                self.exact.setdefault(form.surname.lower(), []).append(form)
                self.folded.setdefault(_fold(form.surname), []).append(form)
                for key in skeletons(form.surname):
                    self.by_skeleton.setdefault(key, set()).add(person.id)
                for given in form.given:
                    self.given.setdefault(person.id, set()).update(skeletons(given))
        self.skeleton_list = list(self.by_skeleton)
        self._cache: dict[str, tuple[set[str], int]] = {}

    def surname_candidates(self, word: str) -> tuple[set[str], int]:
        """People whose surname this word may be, and the edit distance of the best match."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        keys = skeletons(word)
        people: set[str] = set()
        for key in keys:
            people |= self.by_skeleton.get(key, set())
        distance = 0
        if not people:
            distance = 99
            for key in keys:
                if len(key) < 5:
                    continue
                limit = 1 if len(key) < 9 else 2
                for found, score, _ in process.extract(key, self.skeleton_list, scorer=Levenshtein.distance,
                                                       score_cutoff=limit, limit=8):
                    if score < distance:
                        distance, people = int(score), set(self.by_skeleton[found])
                    elif score == distance:
                        people |= self.by_skeleton[found]
            if not people:
                distance = 99
        result = (people, distance)
        self._cache[word] = result
        return result

    def given_matches(self, person_id: str, word: str) -> bool:
        known = self.given.get(person_id, set())
        return any(key in known or any(Levenshtein.distance(key, other, score_cutoff=1) <= 1
                                       for other in known if len(key) >= 4)
                   for key in skeletons(word))

    def system_of(self, person_id: str, surname: str) -> str:
        """How a correctly matched surname is written: "en", "be:gen", "be-Latn (no diacritics)", …"""
        key = (person_id, surname)
        if key not in self._systems:
            self._systems[key] = self._system_of(person_id, surname)
        return self._systems[key]

    def _system_of(self, person_id: str, surname: str) -> str:
        for form in self.exact.get(surname.lower(), []):
            if form.person == person_id:
                return form.system
        for form in self.folded.get(_fold(surname), []):
            if form.person == person_id:
                return f"{form.system} (no diacritics)"
        return "variant"


def find_mentions(text: str, index: NameIndex, include_near: bool = True) -> list[Mention]:
    """Person mentions in ``text``, attributed where the registry allows one answer."""
    # Only capitalised words can be names; a given name must stand right before its surname.
    words = [(match.start(), match.end(), match.group(0)) for match in _WORD.finditer(text)
             if match.group(0)[0].isupper()]
    mentions: list[Mention] = []
    previous_end = -10
    for position, (start, _, word) in enumerate(words):
        if start < previous_end:
            continue
        bare = _POSSESSIVE.sub("", word)
        people, distance = index.surname_candidates(bare)
        if not people or distance and is_place_form(bare):
            continue  # «Ивановской (области)» is a region, not a misspelt «Тихановской»
        given_start = None
        if position > 0:
            g_start, g_end, g_word = words[position - 1]
            if text[g_end:start] == " " and g_start >= previous_end:
                matching = {person for person in people if index.given_matches(person, g_word)}
                if matching:
                    people, given_start = matching, g_start
                elif distance and (lookup_given(g_word) is not None or PATRONYMIC.search(g_word)):
                    continue  # "Valiantsina Ramanauna Sidarenka" is not a misspelt "Leanid Sudalenka"
        score = 1.0 if distance == 0 else max(0.5, 0.9 - 0.1 * distance)
        mention_start = given_start if given_start is not None else start
        mention_text = text[mention_start:start + len(bare)]
        if len(people) == 1:
            person = next(iter(people))
            mentions.append(_attributed(index, person, mention_text, mention_start, start + len(bare),
                                        bare, distance, given_start is not None))
            previous_end = start + len(bare)
        else:
            mentions.append(Mention(None, mention_text, mention_start, start + len(bare), "ambiguous",
                                    score, sorted(people)))
    return _resolve_by_context(mentions, index, include_near)


def _attributed(index: NameIndex, person: str, text: str, start: int, end: int, surname: str,
                distance: int, with_given: bool) -> Mention:
    if distance:
        return Mention(person, text, start, end, "variant (typo)", max(0.5, 0.85 - 0.1 * distance))
    system = index.system_of(person, surname)
    score = 1.0 if " " not in system and system != "variant" else 0.95 if system != "variant" else 0.9
    return Mention(person, text, start, end, system, score if with_given or score < 1 else 0.98)


def _resolve_by_context(mentions: list[Mention], index: NameIndex, include_near: bool) -> list[Mention]:
    """A surname shared by several people means the one named in full elsewhere in the same text."""
    named = {mention.person for mention in mentions if mention.person and " " in mention.mention}
    resolved = []
    for mention in mentions:
        if mention.person is None:
            candidates = [person for person in mention.near if person in named]
            if len(candidates) == 1:
                surname = mention.mention.split()[-1]
                mention = _attributed(index, candidates[0], mention.mention, mention.start, mention.end,
                                      surname, 0, False)
                mention.score = min(mention.score, 0.9)
            elif not include_near:
                continue
        resolved.append(mention)
    return resolved
