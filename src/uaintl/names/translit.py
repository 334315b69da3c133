"""Romanisation schemes for Belarusian and Russian names, and Łacinka back to Cyrillic.

Sources: DESIGN.md section 5 (pravo.by 2007-159 national system, MVD 288/2008 and 200/2010
passport rules with ICAO 9303, BGN/PCGN 1979 tables, Łacinka conventions) and ISO 9:1995 / GOST 7.79 A.
Each scheme is a small function over a word; ``transliterate`` applies it to running text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

VOWELS = set("аеёіиоуыэюяАЕЁІИОУЫЭЮЯ")
IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
APOSTROPHES = "'’ʼ"
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF'’ʼ]+")

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "і": "i", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ы": "y", "э": "e",
}


def _case_like(source: str, latin: str) -> str:
    """Give ``latin`` the capitalisation of the Cyrillic letter it replaces."""
    if not source.isupper() or not latin:
        return latin
    return latin.upper() if len(latin) == 1 else latin[0].upper() + latin[1:]


def _after_consonant(word: str, index: int) -> bool:
    """Whether the letter at ``index`` follows a consonant (not a vowel, ў, ь, ъ or apostrophe)."""
    if index == 0:
        return False
    previous = word[index - 1].lower()
    return previous.isalpha() and previous not in VOWELS and previous not in "ўьъй"


def _scheme(letters: dict[str, str], iotated_after_consonant: dict[str, str],
            iotated_elsewhere: dict[str, str], soft_sign: Callable[[str, str], str] | None = None,
            ) -> Callable[[str], str]:
    """Build a word transliterator from a letter table plus the two rules every scheme has:
    how е/ё/ю/я are written after a consonant and elsewhere, and what ь does."""

    def convert(word: str) -> str:
        out: list[str] = []
        for index, char in enumerate(word):
            lower = char.lower()
            if lower in IOTATED:
                table = iotated_after_consonant if _after_consonant(word, index) else iotated_elsewhere
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
            out.append(_case_like(char, latin))
        return unicodedata.normalize("NFC", "".join(out))

    return convert


def _acute_after(consonants: str) -> Callable[[str, str], str]:
    def soft(word: str, done: str) -> str:
        return "\u0301" if done and done[-1].lower() in consonants else ""
    return soft


BE_NATIONAL = _scheme(
    {**_COMMON, "г": "h", "ґ": "g", "ж": "ž", "й": "j", "ў": "ŭ", "х": "ch", "ц": "c", "ч": "č", "ш": "š"},
    {"е": "ie", "ё": "io", "ю": "iu", "я": "ia"},
    {"е": "je", "ё": "jo", "ю": "ju", "я": "ja"},
    _acute_after("zlnsc"),
)
BE_PASSPORT = _scheme(
    {**_COMMON, "г": "h", "ґ": "g", "ж": "zh", "й": "i", "ў": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"},
    {"е": "ie", "ё": "io", "ю": "iu", "я": "ia"},
    {"е": "ie", "ё": "io", "ю": "iu", "я": "ia"},
)
BE_BGN = _scheme(
    {**_COMMON, "г": "h", "ґ": "g", "ж": "zh", "й": "y", "ў": "w", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"},
    {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"},
    {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"},
    lambda word, done: "ʼ",
)
_ISO9 = {**_COMMON, "г": "g", "ґ": "g̀", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š",
         "щ": "ŝ", "ъ": "ʺ", "э": "è", "і": "ì", "ў": "ǔ"}
ISO9 = _scheme(_ISO9, {"е": "e", "ё": "ë", "ю": "û", "я": "â"}, {"е": "e", "ё": "ë", "ю": "û", "я": "â"},
               lambda word, done: "ʹ")
RU_ICAO = _scheme(
    {**_COMMON, "г": "g", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ъ": "ie"},
    {"е": "e", "ё": "e", "ю": "iu", "я": "ia"},
    {"е": "e", "ё": "e", "ю": "iu", "я": "ia"},
)
RU_BGN = _scheme(
    {**_COMMON, "г": "g", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ъ": "ʺ"},
    {"е": "e", "ё": "ë", "ю": "yu", "я": "ya"},
    {"е": "ye", "ё": "yë", "ю": "yu", "я": "ya"},
    lambda word, done: "ʼ",
)


_APOSTROPHE = re.compile("[’ʼ]")


def lacinka(text: str) -> str:
    """Classical Łacinka of Belarusian Cyrillic text, by latynkatar (the Łatynkatar group's converter):
    hard л is ł, soft л is l; ь and the softness of a consonant before a soft one (Зміцер → Źmicier,
    дзейнасць → dziejnaść) are acutes; ALL-CAPS words stay all caps (АКЦЫЯ → AKCYJA); the apostrophe
    becomes j (сям’я → siamja). Non-Belarusian characters pass through unchanged."""
    from latynkatar import CyrLatConverter

    if not is_cyrillic(text):
        return text
    return CyrLatConverter(_APOSTROPHE.sub("'", text)).convert(palatalization=True)


def registry_lacinka(registry) -> dict[str, str]:
    """Word → Łacinka word from each registered person's be and be-Latn names (when they have as many words)."""
    words: dict[str, str] = {}
    for person in registry.people:
        cyrillic, latin = person.names.get("be", ""), person.names.get("be-Latn", "")
        if cyrillic and latin and len(cyrillic.split()) == len(latin.split()):
            words.update({word.lower(): form for word, form in zip(cyrillic.split(), latin.split(), strict=True)})
    return words


def lacinka_text(text: str, names: dict[str, str] | None = None) -> str:
    """Belarusian text in Łacinka; a word that is a registered person's name (nominative) takes the
    registry's be-Latn form, every other word latynkatar's."""
    if not names:
        return lacinka(text)
    parts = re.split(r"([\u0400-\u04FF'’ʼ]+)", text)
    out = []
    for index, part in enumerate(parts):
        form = names.get(part.lower()) if index % 2 else None
        out.append(form.upper() if form and part.isupper() and len(part) > 1 else form or part)
    # Converted in one call so that softness across words and punctuation behaves as in running text.
    marked = "".join(out)
    return lacinka(marked)


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


SCHEMES: dict[str, dict[str, Callable[[str], str]]] = {
    "be": {"national": BE_NATIONAL, "passport": BE_PASSPORT, "bgn-pcgn": BE_BGN, "lacinka": lacinka,
           "iso9": ISO9},
    "ru": {"passport": RU_ICAO, "bgn-pcgn": RU_BGN, "iso9": ISO9},
}


def transliterate(text: str, language: str, scheme: str) -> str:
    """Apply a scheme to every Cyrillic word of ``text``."""
    try:
        convert = SCHEMES[language][scheme]
    except KeyError:
        raise ValueError(f"no scheme {scheme!r} for {language!r}") from None
    return _CYRILLIC_WORD.sub(lambda match: convert(match.group(0)), text)


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04FF" for char in text)


def variants(text: str, language: str) -> dict[str, str]:
    """Every scheme's romanisation of a Cyrillic name."""
    return {scheme: transliterate(text, language, scheme) for scheme in SCHEMES[language]}
