"""Every written form of one name: its romanisations and its case forms (``uaintl names variants``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from uaintl.names.inflect import inflect_name
from uaintl.names.translit import from_lacinka, is_cyrillic, variants

_RUSSIAN_ONLY = "иъщ"  # letters Belarusian does not use


@dataclass
class NameForms:
    name: str  # the Cyrillic form the others derive from
    language: str
    schemes: dict[str, str]
    cases: dict[str, str]

    def as_dict(self) -> dict:
        return asdict(self)


def guess_language(cyrillic: str) -> str:
    """``ru`` when the name has a letter Belarusian lacks, otherwise ``be``."""
    return "ru" if any(char in cyrillic.lower() for char in _RUSSIAN_ONLY) else "be"


def name_forms(name: str, language: str | None, gender: str) -> NameForms:
    """Forms of ``name`` (Cyrillic, or Łacinka read back to Cyrillic) in ``language`` (default: guessed)."""
    cyrillic = name if is_cyrillic(name) else " ".join(from_lacinka(word) for word in name.split())
    language = language or guess_language(cyrillic)
    return NameForms(cyrillic, language, variants(cyrillic, language), inflect_name(cyrillic, language, gender))
