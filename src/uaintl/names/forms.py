"""Every written form of one name: its romanisations and its case forms (``uaintl names variants``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

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
