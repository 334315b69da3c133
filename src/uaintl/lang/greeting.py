"""A salutation's greeting that agrees with the addressee's gender («Паважаны спадар» → «Паважаная
спадарыня»), from the locale profiles' greeting patterns: letters and translation memory both
rebuild a translated "Dear …" line for the official it addresses."""

from __future__ import annotations

import re
from functools import lru_cache

from uaintl import lang

# English courtesy titles that the locale's greeting replaces ("господин Mr Kaleda" → "господин Kaleda");
# ranks and offices (General, Minister) are words of the title and stay.
_COURTESY = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|H\.\s?E)\.?|(?:His|Her)\s+Excellency|Sir|Dame)\s+")


@lru_cache(maxsize=1)
def _greetings() -> re.Pattern[str]:
    """Any locale's greeting at the start of a line: a salutation left in English or written in
    another language is still recognised and replaced."""
    words = "|".join(profile.greeting for profile in lang.profiles() if profile.greeting)
    return re.compile(rf"^(?:{words})\s*", re.I)


def agreeing_salutation(translated: str, gender: str | None, locale: str) -> str:
    """Rebuild the greeting so that its adjective agrees with the official's gender ("n" or None:
    the locale's neutral form)."""
    title = _greetings().sub("", translated.strip()).rstrip(",!. ")
    while (without := _COURTESY.sub("", title)) != title and without:  # "Sir" alone is the addressee
        title = without
    profile = lang.find(locale)
    key = gender or "n"
    if profile is None or key not in profile.salutations or not title:
        return translated.strip()
    greeting = profile.salutations[key]
    if profile.code == "be":
        title = _short_u(greeting, title)
    return profile.salutation_format.format(greeting=greeting, title=title)


def _short_u(previous: str, word: str) -> str:
    """Belarusian у at the start of a word is ў after a word that ends in a vowel and у otherwise:
    «спадарыня Ўпаўнаважаная», «спадар Упаўнаважаны», «Паважаны(-ая) Упаўнаважаны»."""
    if not word or word[0] not in "УуЎў":
        return word
    if previous[-1:].lower() in "аеёіоуыэюя":
        return {"У": "Ў", "у": "ў"}.get(word[0], word[0]) + word[1:]
    return {"Ў": "У", "ў": "у"}.get(word[0], word[0]) + word[1:]


def greeting_gender(translated: str, locale: str) -> str | None:
    """The gender ("m", "f", "n") a translated salutation's greeting is written for, or None when
    the text does not start with one of the locale's greetings."""
    profile = lang.find(locale)
    if profile is None:
        return None
    text = translated.strip()
    for gender, greeting in sorted(profile.salutations.items(), key=lambda item: len(item[1]), reverse=True):
        if text.startswith(greeting):
            return gender
    return None
