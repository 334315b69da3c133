"""Case forms of full person names, word by word with the locale profile's rules."""

from __future__ import annotations

from uaintl import lang
from uaintl.lang import CASES


def inflect_name(full_name: str, locale: str, gender: str) -> dict[str, str]:
    """Case forms of a full name ("Алесь Бяляцкі" → gen "Алеся Бяляцкага", …); the name itself in
    every case for a locale without inflection rules."""
    words = full_name.split()
    profile = lang.find(locale)
    if profile is None or profile.inflect is None or not words:
        return {case: full_name for case in CASES}
    parts = ["first"] * (len(words) - 1) + ["last"]
    tables = [profile.inflect(word, part, gender) for word, part in zip(words, parts, strict=True)]
    return {case: " ".join(table[case] for table in tables) for case in CASES}
