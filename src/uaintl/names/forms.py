"""Every written form of one name: its romanisations and its case forms (``uaintl names variants``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache

from uaintl import lang
from uaintl.lang.be_latn import from_lacinka
from uaintl.names.inflect import inflect_name
from uaintl.names.translit import is_cyrillic, variants


@dataclass
class NameForms:
    name: str  # the Cyrillic form the others derive from
    language: str
    schemes: dict[str, str]
    cases: dict[str, str]

    def as_dict(self) -> dict:
        return asdict(self)


def guess_language(cyrillic: str) -> str:
    """The first romanising locale whose alphabet has every letter of the name (Бяляцкі → be,
    Беляцкий → ru: и is not Belarusian), or the one that lacks the fewest."""
    letters = {char for char in cyrillic.lower() if char.isalpha()}
    candidates = [profile for profile in lang.profiles() if profile.romanisations and profile.letters]
    return min(candidates, key=lambda profile: len(letters - set(profile.letters))).code


def name_forms(name: str, language: str | None, gender: str) -> NameForms:
    """Forms of ``name`` (Cyrillic, or Łacinka read back to Cyrillic) in ``language`` (default: guessed)."""
    cyrillic = name if is_cyrillic(name) else " ".join(from_lacinka(word) for word in name.split())
    language = language or guess_language(cyrillic)
    return NameForms(cyrillic, language, variants(cyrillic, language), inflect_name(cyrillic, language, gender))


@lru_cache(maxsize=4096)
def written_cases(name: str, locale: str, gender: str, surname_only: bool = False,
                  surname_first: bool = False) -> dict[str, str]:
    """Case forms of a name in registry order (given, patronymic, surname) as one mention writes it:
    the surname alone ("Dear Ms Pavlova" → «Паўлава») or the surname first, as Russian officials'
    names are written («Кузьмина Ольга Сергеевна»). Names inflect word by word, so the order is
    set after inflecting. Cached (appeals repeat names): do not change the table returned."""
    def arranged(form: str) -> str:
        words = form.split()
        if surname_only:
            return words[-1]
        return " ".join([words[-1], *words[:-1]]) if surname_first else form

    return {case: arranged(form) for case, form in inflect_name(name, locale, gender).items()}
