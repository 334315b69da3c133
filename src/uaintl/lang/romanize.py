"""The machinery every romanisation scheme shares, and ISO 9, which Belarusian and Russian share.

A scheme is a small function over one Cyrillic word, built from a letter table plus the two rules
every scheme has: how е ё ю я are written after a consonant and elsewhere, and what ь does.
Sources: pravo.by 2007-159 (Belarusian national system), MVD 288/2008 and 200/2010 passport rules
with ICAO 9303, the BGN/PCGN 1979 tables, ISO 9:1995 / GOST 7.79 A.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

VOWELS = set("аеёіиоуыэюяАЕЁІИОУЫЭЮЯ")
IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
APOSTROPHES = "'’ʼ"

COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "і": "i", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ы": "y", "э": "e",
}


def case_like(source: str, latin: str) -> str:
    """Give ``latin`` the capitalisation of the Cyrillic letter it replaces."""
    if not source.isupper() or not latin:
        return latin
    return latin.upper() if len(latin) == 1 else latin[0].upper() + latin[1:]


def after_consonant(word: str, index: int) -> bool:
    """Whether the letter at ``index`` follows a consonant (not a vowel, ў, ь, ъ or apostrophe)."""
    if index == 0:
        return False
    previous = word[index - 1].lower()
    return previous.isalpha() and previous not in VOWELS and previous not in "ўьъй"


def scheme(letters: dict[str, str], iotated_after_consonant: dict[str, str],
           iotated_elsewhere: dict[str, str], soft_sign: Callable[[str, str], str] | None = None,
           ) -> Callable[[str], str]:
    """A word transliterator from a letter table, the two iotation tables and the soft sign rule."""

    def convert(word: str) -> str:
        out: list[str] = []
        for index, char in enumerate(word):
            lower = char.lower()
            if lower in IOTATED:
                table = iotated_after_consonant if after_consonant(word, index) else iotated_elsewhere
                latin = table[lower]
            elif lower == "ь":
                latin = soft_sign(word, "".join(out)) if soft_sign else ""
                if soft_sign and latin == "\u0301":  # combining acute goes onto the consonant
                    out.append(latin)
                    continue
            elif lower in APOSTROPHES:
                latin = ""
            else:
                latin = letters.get(lower, char)
            out.append(case_like(char, latin))
        return unicodedata.normalize("NFC", "".join(out))

    return convert


def acute_after(consonants: str) -> Callable[[str, str], str]:
    """A soft sign rule: ь becomes an acute on the consonants given, and disappears elsewhere."""
    def soft(word: str, done: str) -> str:
        return "\u0301" if done and done[-1].lower() in consonants else ""
    return soft


_ISO9 = {**COMMON, "г": "g", "ґ": "g̀", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š",
         "щ": "ŝ", "ъ": "ʺ", "э": "è", "і": "ì", "ў": "ǔ"}
ISO9 = scheme(_ISO9, {"е": "e", "ё": "ë", "ю": "û", "я": "â"}, {"е": "e", "ё": "ë", "ю": "û", "я": "â"},
              lambda word, done: "ʹ")
