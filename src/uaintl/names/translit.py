"""Romanisation of running text with a locale's schemes (the schemes live in the locale profiles)."""

from __future__ import annotations

import re

from uaintl import lang
from uaintl.lang import LocaleProfile

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF'’ʼ]+")


def schemes(language: str) -> dict:
    """scheme name → word function, for a locale that romanises (empty for one that does not)."""
    profile = lang.find(language)
    return dict(profile.romanisations) if profile else {}


def transliterate(text: str, language: str, scheme: str) -> str:
    """Apply a scheme to every Cyrillic word of ``text``."""
    convert = schemes(language).get(scheme)
    if convert is None:
        raise ValueError(f"no scheme {scheme!r} for {language!r}")
    return _CYRILLIC_WORD.sub(lambda match: convert(match.group(0)), text)


def registry_words(registry, profile: LocaleProfile) -> dict[str, str]:
    """Word → word from each registered person's name in the profile's base locale to its name in the
    profile's locale (be "Судаленка" → be-Latn "Sudalienka"), when the two have as many words."""
    words: dict[str, str] = {}
    for person in registry.people:
        base, written = person.names.get(profile.base or "", ""), person.names.get(profile.code, "")
        if base and written and len(base.split()) == len(written.split()):
            words.update({word.lower(): form for word, form in zip(base.split(), written.split(), strict=True)})
    return words


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04FF" for char in text)


def variants(text: str, language: str) -> dict[str, str]:
    """Every scheme's romanisation of a Cyrillic name."""
    return {scheme: transliterate(text, language, scheme) for scheme in schemes(language)}
