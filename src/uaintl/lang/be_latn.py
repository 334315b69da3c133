"""Belarusian in Łacinka (be-Latn): written from the Belarusian catalogues and names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from uaintl.lang.profile import EAST_SLAVIC_PLURALS, LocaleProfile

_APOSTROPHE = re.compile("[’ʼ]")
_BELARUSIAN_WORD = re.compile("[\u0400-\u04FF'’ʼ]+")


def lacinka(text: str) -> str:
    """Classical Łacinka of Belarusian Cyrillic text, by latynkatar (the Łatynkatar group's converter):
    hard л is ł, soft л is l; ь and the softness of a consonant before a soft one (Зміцер → Źmicier,
    дзейнасць → dziejnaść) are acutes; ALL-CAPS words stay all caps (АКЦЫЯ → AKCYJA); the apostrophe
    becomes j (сям’я → siamja). Everything else passes through unchanged."""
    return lacinka_text(text)


def lacinka_text(text: str, names: Mapping[str, str] | None = None) -> str:
    """Belarusian text in Łacinka; a word that is a registered person's name (nominative) takes the
    registry's be-Latn form (``names``: lower-case Cyrillic word → Łacinka), every other word latynkatar's."""
    def convert(match: re.Match) -> str:
        word = match.group(0)
        form = names.get(word.lower()) if names else None
        if form is None:
            return _lacinka_word(_APOSTROPHE.sub("'", word))
        return form.upper() if word.isupper() and len(word) > 1 else form

    return _BELARUSIAN_WORD.sub(convert, text)


@lru_cache(maxsize=1 << 16)
def _lacinka_word(word: str) -> str:
    """One word at a time, cached: latynkatar's softness and caps rules look within a word (over the
    sample's Belarusian catalogues, word by word and whole texts give the same result), a catalogue has a
    few thousand distinct words, and latynkatar takes about a millisecond a call."""
    from latynkatar import CyrLatConverter

    return CyrLatConverter(word).convert(palatalization=True)


_FROM_LACINKA = [
    ("dž", "дж"), ("dz", "дз"), ("ch", "х"), ("šč", "шч"), ("ž", "ж"), ("č", "ч"), ("š", "ш"),
    ("ŭ", "ў"), ("ł", "л"), ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"), ("g", "ґ"), ("d", "д"),
    ("e", "э"), ("z", "з"), ("i", "і"), ("j", "й"), ("k", "к"), ("l", "ль"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("c", "ц"),
    ("y", "ы"), ("ź", "зь"), ("ś", "сь"), ("ć", "ць"), ("ń", "нь"),
]
_IOTATED_BACK = {"e": "е", "o": "ё", "u": "ю", "a": "я"}


def from_lacinka(word: str) -> str:
    """Łacinka → Belarusian Cyrillic (Aleś Bialacki → Алесь Бяляцкі)."""
    lower = unicodedata.normalize("NFC", word.lower())
    out: list[str] = []
    index = 0
    while index < len(lower):
        char = lower[index]
        nxt = lower[index + 1] if index + 1 < len(lower) else ""
        if char == "l" and nxt in _IOTATED_BACK:
            out.append("л" + _IOTATED_BACK[nxt])
            index += 2
            continue
        if char == "l" and nxt == "l":
            out.append("л")  # the first of a double soft l (Natalla → Наталля)
            index += 1
            continue
        if char == "l" and nxt == "i":
            out.append("лі")
            index += 2
            continue
        if char in "iIj" and nxt in _IOTATED_BACK and (char == "j" or (out and out[-1][-1:] not in "аэіоуыеёюяў")):
            vowel = _IOTATED_BACK[nxt]
            if char == "j" and out and out[-1][-1:] not in "аэіоуыеёюяўь":
                vowel = "’" + vowel  # j after a consonant: an apostrophe (bj → б’)
            out.append(vowel)
            index += 2
            continue
        if char in "źśćń" and nxt == "i":
            out.append({"ź": "з", "ś": "с", "ć": "ц", "ń": "н"}[char])
            index += 1
            continue
        for latin, cyrillic in _FROM_LACINKA:
            if lower.startswith(latin, index):
                out.append(cyrillic)
                index += len(latin)
                break
        else:
            out.append(char)
            index += 1
    text = "".join(out)
    if word[:1].isupper():
        text = text[:1].upper() + text[1:]
    return text


PROFILE = LocaleProfile(
    code="be-Latn",
    plural_forms=EAST_SLAVIC_PLURALS,
    script="Latn",
    letters="abcćčdefghijklłmnńoprsśštuŭvyzźž",
    draft_banner="ČARNAVIK — pierakład nie pravierany",
    base="be",
    transform=lacinka_text,
)
