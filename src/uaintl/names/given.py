"""Belarusian and Russian given names as English sources write them.

The table (``data/given_names.tsv``) holds each name's Belarusian and Russian form, its gender and
the English spellings the romanisation schemes do not produce themselves (Alexander, Dmitry); the
schemes of :mod:`uaintl.names.translit` add their own spellings of both columns, so "Ihar", "Igor",
"Siarhei", "Sergey" and "Sergei" all find one row. A short form (Nasta, Zmitser, Sasha) names the
full name it stands for.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files

from rapidfuzz import process
from rapidfuzz.distance import OSA

from uaintl.names.translit import schemes


@dataclass(frozen=True)
class GivenName:
    gender: str  # "m", "f", or "x" when the name is given to both (Sasha)
    be: str
    ru: str
    short_of: str = ""  # the be name this one is a short form of (Наста → Анастасія)


@dataclass(frozen=True)
class GivenMatch:
    name: GivenName
    spelling: str  # how the table knows this spelling: "be:passport", "ru:bgn-pcgn", "listed", …
    origin: str  # "be" when only Belarusian romanisation gives it, "ru" when only Russian, else "both"
    typo: bool = False


def fold(word: str) -> str:
    """Lower case, no diacritics, no apostrophes or hyphens (Aleś → ales, Ales' → ales)."""
    word = word.lower().replace("ł", "l")
    word = "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))
    return "".join(char for char in word if char.isalpha() and char not in "ʼʹʺ")


def _rows() -> list[tuple[GivenName, list[str]]]:
    text = files("uaintl.names").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gender, be, ru, listed, short_of = (line.split("\t") + [""] * 5)[:5]
        rows.append((GivenName(gender, be, ru, short_of), [item for item in listed.split(",") if item]))
    return rows


@dataclass
class GivenTable:
    by_spelling: dict[str, list[GivenMatch]]

    @cached_property
    def spellings(self) -> list[str]:
        return list(self.by_spelling)

    def lookup(self, word: str) -> GivenMatch | None:
        """The table row for an English, Łacinka or Cyrillic given name; one-letter typos of
        names of five letters or more are found too (Zmister → Zmitser), not in the first letter: a
        name that differs there is another name (Serik is not Erik, Arman not Raman)."""
        key = fold(word)
        found = self.by_spelling.get(key)
        if found:
            return found[0]
        if len(key) < 5:
            return None
        close = {match.name: match
                 for spelling, _, _ in process.extract(key, self.spellings, scorer=OSA.distance, score_cutoff=1,
                                                       limit=None) if spelling[:1] == key[:1]
                 for match in self.by_spelling[spelling]}
        if len(close) != 1:
            return None
        match = next(iter(close.values()))
        return GivenMatch(match.name, match.spelling, match.origin, typo=True)


def _origin(spelling: str, be_keys: set[str], ru_keys: set[str]) -> str:
    in_be, in_ru = spelling in be_keys, spelling in ru_keys
    return "both" if in_be == in_ru else "be" if in_be else "ru"


@lru_cache(maxsize=1)
def given_table() -> GivenTable:
    from uaintl.names.match import skeletons
    from uaintl.names.reverse import english_spelling

    by_spelling: dict[str, list[GivenMatch]] = {}
    for name, listed in _rows():
        # ISO 9 is for libraries, not for the press; folded it would blur Наста and Настя.
        be_spellings = {fold(convert(name.be)): f"be:{scheme}" for scheme, convert in schemes("be").items()
                        if scheme != "iso9"}
        ru_spellings = {fold(convert(name.ru)): f"ru:{scheme}" for scheme, convert in schemes("ru").items()
                        if scheme != "iso9"}
        be_spellings.setdefault(fold(english_spelling(name.be, "be")), "be:english")
        be_keys = set(be_spellings) | {fold(name.be)}
        ru_keys = set(ru_spellings) | {fold(name.ru)}
        be_skeletons, ru_skeletons = set(skeletons(name.be)), set(skeletons(name.ru))
        spellings = {fold(name.be): "be", fold(name.ru): "ru", **ru_spellings, **be_spellings}
        listed_keys = {fold(item) for item in listed}
        for spelling, how in spellings.items():
            matches = by_spelling.setdefault(spelling, [])
            if all(match.name != name for match in matches):
                matches.append(GivenMatch(name, "listed" if spelling in listed_keys else how,
                                          _origin(spelling, be_keys, ru_keys)))
        for item in listed:
            key = fold(item)
            shapes = set(skeletons(item))
            origin = "both" if bool(shapes & be_skeletons) == bool(shapes & ru_skeletons) else (
                "be" if shapes & be_skeletons else "ru")
            matches = by_spelling.setdefault(key, [])
            if all(match.name != name for match in matches):
                matches.append(GivenMatch(name, "listed", origin if key not in spellings else
                                          _origin(key, be_keys, ru_keys)))
    for matches in by_spelling.values():  # a spelling listed for a name beats a scheme's (Arsen: Арсен, not Арсень)
        matches.sort(key=lambda match: (match.spelling != "listed", match.origin != "both"))
    return GivenTable(by_spelling)


@lru_cache(maxsize=65536)
def lookup_given(word: str) -> GivenMatch | None:
    return given_table().lookup(word)
