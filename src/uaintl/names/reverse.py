"""Latin spellings of Belarusian and Russian surnames back to Cyrillic, and be ↔ ru surname forms.

A Latin word is read letter group by letter group with every Cyrillic value the romanisation schemes
of :mod:`uaintl.names.translit` (and English habits such as -sky, -y, e for е) give it; each choice has
a cost, the cheapest readings win, and each reading names the schemes whose forward spelling gives the
word back (``passport``, ``bgn-pcgn``, ``lacinka``, …) so a reviewer sees why it was chosen.

Belarusian and Russian forms of one surname differ as words (Калеснікава / Колесникова, Лукашэнка /
Лукашенко); :func:`be_to_ru` and :func:`ru_to_be` apply the usual correspondences. Stress decides some
of them (аканне), so those forms are suggestions to check.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from uaintl.names.given import fold
from uaintl.names.translit import schemes

LATIN_VOWELS = set("aeiouyáéíóúýàèìòùëöüäâêîôû")
_GROUPS = ("sh", "zh", "kh", "ch", "ts", "dz", "ia", "ie", "io", "iu", "ya", "ye", "yo", "yu", "ja", "je",
           "jo", "ju")
_LACINKA_LETTERS = re.compile(r"[ŭłćśźń]")


@dataclass(frozen=True)
class Reading:
    cyrillic: str
    language: str  # "be" | "ru"
    systems: tuple[str, ...]  # schemes whose romanisation gives the Latin word back; () = none exactly
    cost: float

    @property
    def reason(self) -> str:
        if self.systems:
            return f"{self.language} {', '.join(self.systems)} romanisation"
        return f"{self.language} reading (no scheme gives this spelling exactly)"


def _is_vowel(char: str) -> bool:
    return char in LATIN_VOWELS


def _options(word: str, index: int, language: str) -> list[tuple[int, str, float]]:
    """(letters consumed, Cyrillic, cost) for the letter group starting at ``index``."""
    be = language == "be"
    rest = word[index:]
    previous = word[index - 1] if index else ""
    after_vowel = index == 0 or _is_vowel(previous) or previous in "'’ʼ"
    lacinka = bool(_LACINKA_LETTERS.search(word))
    out: list[tuple[int, str, float]] = []

    def add(latin: str, cyrillic: str, cost: float = 0.0, end: bool = False) -> None:
        if rest.startswith(latin) and (not end or len(rest) == len(latin)):
            out.append((len(latin), cyrillic, cost))

    # surname endings: English -sky/-ski/-skiy and -y for the adjectival endings
    for ending, be_form, ru_form in (("skiy", "скі", "ский"), ("skii", "скі", "ский"), ("skij", "скі", "ский"),
                                     ("sky", "скі", "ский"), ("ski", "скі", "ский"), ("skyi", "скі", "ский"),
                                     ("yy", "ы", "ый"), ("yi", "ы", "ый"), ("iy", "і", "ий"), ("ii", "і", "ий"),
                                     ("ij", "і", "ий"), ("yj", "ы", "ый"), ("aya", "ая", "ая"),
                                     ("aja", "ая", "ая"), ("aia", "ая", "ая"), ("aya", "ая", "ая")):
        add(ending, be_form if be else ru_form, 0.0, end=True)
    if not after_vowel and len(rest) == 1 and rest == "y":
        soft = previous in "kgh"
        add("y", ("і" if soft else "ы") if be else ("ий" if soft else "ый"), 0.0, end=True)
    # consonant groups
    add("shch", "шч" if be else "щ")
    add("šč", "шч" if be else "щ")
    add("sch", "шч" if be else "щ", 1.0)
    add("dzh", "дж")
    add("dž", "дж")
    add("zh", "ж")
    add("kh", "х")
    add("ch", "х" if lacinka else "ч")
    add("ch", "ч" if lacinka else "х", 2.0)
    add("sh", "ш")
    add("ts", "ц")
    add("ts", "тс", 2.5)
    add("tz", "ц", 0.5)
    add("dz", "дз" if be else "дз", 0.0 if be else 1.0)
    if not be and not lacinka and rest[0] == "j" and _is_vowel(rest[1:2]):
        # no Russian romanisation writes j before a vowel: English spellings of Caucasian and Central
        # Asian names do, for дж (Jafarov, Khadija) or, in Kazakh and Kyrgyz names, ж (Japarov)
        vowel = {"a": "а", "e": "е", "i": "и", "o": "о", "u": "у", "y": "ы"}.get(rest[1], "")
        if vowel:
            add(rest[:2], "дж" + vowel, 0.2)
            add(rest[:2], "ж" + vowel, 0.4)
    add("ck", "цк", 0.5)
    add("ck", "к", 1.0)
    # iotated vowels: ia/ya/ja → я …
    for vowel, cyrillic in (("a", "я"), ("e", "е"), ("o", "ё"), ("u", "ю")):
        for glide in "iyj":
            cost = 0.0 if glide == "i" or glide == "y" or be else 0.5
            if glide == "i" and after_vowel and index > 0 and not _is_vowel(previous):
                cost = 0.5
            if be and (previous == "r" or word[max(0, index - 2):index] in ("zh", "sh", "ch")):
                cost += 1.0  # р ж ш ч are hard in Belarusian: ры-е, not рье
            if cyrillic == "ё" and not be:
                add(glide + vowel, "ё", cost + 0.3)
                add(glide + vowel, "ьо" if not after_vowel else "йо", cost + 1.0)
            else:
                add(glide + vowel, cyrillic, cost)
            if glide == "i" and not after_vowel:
                add(glide + vowel, ("і" if be else "и") + cyrillic, 1.0)
    # ŭ, w and u after a vowel: Belarusian ў
    if be:
        add("ŭ", "ў")
        add("w", "ў")
        if after_vowel and index > 0:
            add("u", "ў", 0.0 if len(rest) == 1 or not _is_vowel(rest[1:2]) else 1.5)

            add("v", "ў", 0.8 if len(rest) == 1 or not _is_vowel(rest[1:2]) else 9.0)
    else:
        add("w", "в", 0.5)
        add("ŭ", "в")
    # single letters
    single = {
        "a": [("а", 0.0)] if not (be and after_vowel and index > 0 and previous in "ui") else [("а", 0.5)], "b": [("б", 0.0)], "c": [("ц", 0.5), ("к", 1.5)], "d": [("д", 0.0)],
        "f": [("ф", 0.0)], "g": [("г", 0.3 if be else 0.0)], "k": [("к", 0.0)], "l": [("л", 0.0)],
        "m": [("м", 0.0)], "n": [("н", 0.0)], "o": [("о", 0.0)], "p": [("п", 0.0)], "q": [("к", 0.5)],
        "r": [("р", 0.0)], "s": [("с", 0.0)], "t": [("т", 0.0)], "v": [("в", 0.0)],
        "u": [("у", 1.0 if be and after_vowel and index > 0 and not _is_vowel(rest[1:2]) else 0.0)],
        "x": [("кс", 0.0)], "z": [("з", 0.0)], "j": [("й", 0.0)], "ł": [("л", 0.0)], "ž": [("ж", 0.0)],
        "č": [("ч", 0.0)], "š": [("ш", 0.0)], "ć": [("ць", 0.0)], "ś": [("сь", 0.0)], "ź": [("зь", 0.0)],
        "ń": [("нь", 0.0)], "ë": [("ё", 0.0)], "'": [("ь", 0.5)] if not be else [("’", 0.5)],
        "’": [("ь", 0.5)] if not be else [("’", 0.5)],
        "h": [("г", 0.0)] if be else [("х", 0.8), ("г", 1.5)] if index or not rest[1:2].isalpha() or _is_vowel(
            rest[1:2]) else [("г", 0.0), ("х", 1.5)],  # Russian romanisations write х as kh: Hl-, Hr- is a г
        "i": [("і", 0.0), ("ы", 1.5)] if be else [("и", 0.0), ("ы", 1.5)],
    }
    if rest[0] == "e":
        if be:
            hard = previous in "rž" or word[max(0, index - 2):index] in ("zh", "sh", "ch", "ts")
            if index == 0:
                single["e"] = [("э", 0.0), ("е", 1.0)]
            elif after_vowel:
                single["e"] = [("е", 0.0), ("э", 0.7)]
            elif hard:
                single["e"] = [("э", 0.0)]
            else:
                single["e"] = [("е", 0.0), ("э", 0.7)]
        elif index == 0 and word.startswith(_russian_e_stems()):
            single["e"] = [("е", 0.0), ("э", 0.5)]  # a surname made from a given name in Е- (Ефремов, Егоров)
        else:
            single["e"] = [("э", 0.3), ("е", 0.5)] if index == 0 else [("е", 0.0), ("э", 1.5)]
    if rest[0] == "y":
        if after_vowel:
            single["y"] = [("й", 0.0), ("ы", 2.0)]
        else:
            single["y"] = [("ы", 0.0), ("й", 1.0)] if be else [("ы", 1.0 if len(rest) == 1 else 0.0), ("и", 0.7),
                                                               ("й", 1.0)]
    if rest == "l" and previous == "e":  # -ель is the common ending (Тертель, Афнагель), -ел a rare one
        single["l"] = [("ль", 0.0), ("л", 0.3)]
    if rest[0] == "l" and len(rest) > 2 and rest[1] not in LATIN_VOWELS and rest[1] not in "l'’":
        single["l"] = [("ль", 0.3), ("л", 0.5)] if _soft_l(word, index) else [("л", 0.3), ("ль", 0.5)]
    if lacinka:
        single["c"] = [("ц", 0.0)]
    if rest[0] == "i" and index > 0 and after_vowel and not _is_vowel(rest[1:2]):
        single["i"] = [("й", 0.0), ("і" if be else "и", 0.8)]
    if rest[0] in "y" and index > 0 and not after_vowel and rest[1:2] in ("a", "e", "o", "u"):
        soft = {"a": "я", "e": "е", "o": "ё", "u": "ю"}[rest[1]]
        # yo after a consonant: ьё after a labial (Соловьёв, Воробьёв), ё elsewhere (Королёв, Ковалёв)
        cost = 0.3 if not be else 0.8
        if soft == "ё" and not be:  # ьё in the suffix after a labial (Соловьёв), ё elsewhere (Фёдоров, Королёв)
            cost = 0.1 if previous in "bpmfv" and re.fullmatch(r"yova?", rest) else 0.6
        add(rest[:2], "ь" + soft, cost)
    if rest.startswith("yi") and index > 0 and not after_vowel and len(rest) > 2:
        add("yi", "ьі" if be else "ьи", 0.0)  # BGN/PCGN ьи: Ilyin → Ильин, not Илыйн
    split = 2.0 if any(rest.startswith(group) for group in _GROUPS) else 0.0
    if rest[0] in "yj" and len(rest) > 1 and _is_vowel(rest[1]):
        hard = be and (previous == "r" or word[max(0, index - 2):index] in ("zh", "sh", "ch"))
        single[rest[0]] = [(cyrillic, cost + (2.0 if cyrillic == "й" else 0.0 if hard else 1.0) - split)
                           for cyrillic, cost in single.get(rest[0], [])]
    if previous and word[index - 1:index + 1] in _GROUPS:
        split = 2.0
    for cyrillic, cost in single.get(rest[0], []):
        out.append((1, cyrillic, cost + split))
    return out


@lru_cache(maxsize=1)
def _russian_e_stems() -> tuple[str, ...]:
    """Latin spellings (passport: E for Е) of the Russian given names in Е- of the table, without a final
    й/ь/ий: the surnames made from them (Ефремов, Егорова, Ефимов, Евдокимов) keep the Е, where an initial
    E of another name is as often Э (Эстемирова, Эткинд)."""
    from uaintl.names.given import given_table

    names = {match.name.ru for matches in given_table().by_spelling.values() for match in matches}
    stems = {fold(schemes("ru")["passport"](re.sub(r"(?:ий|й|ь)$", "", name))) for name in names if name[:1] == "Е"}
    return tuple(sorted(stem for stem in stems if len(stem) >= 3))


def _soft_l(word: str, index: int) -> bool:
    """Whether an l before a consonant is ль: before н and ц (Навальный, Мельник, Мальцев), in -льский
    (Вольский) and -льчук (Ковальчук), and in -альк-/-ельк- after a longer stem, from nouns in -аль
    (Москалькова, Ковальков); hard elsewhere (Волков, Малков, Молчанов)."""
    rest = word[index + 1:]
    if rest[:1] == "n" or rest[:2] in ("ts", "sk") or rest[:4] in ("chuk", "chyk", "chik"):
        return True
    return rest[:1] == "k" and word[index - 1:index] in ("a", "e") and any(
        _is_vowel(char) for char in word[:index - 1])


def be_soft_signs(cyrillic: str) -> str:
    """Belarusian has no soft р, ж, ш, ч and writes no ь after labials: рь before a vowel is р'
    (Грыгор'еў, Дар'я), ўь/вь is ў (Салаўёў), a labial's ь before a vowel is an apostrophe (Вараб'ёў);
    before a consonant or at the end that ь is dropped."""
    text = re.sub(r"(?<=[аеёіоуыэюя])вь(?=[еёюяі])", "ў", cyrillic)
    text = re.sub(r"(?<=[ўЎ])ь(?=[еёюяі])", "", text)
    text = re.sub(r"(?<=[рРбБпПмМфФвВ])ь(?=[еёюяі])", "'", text)
    return re.sub(r"(?<=[рРжЖшШчЧбБпПмМфФўЎ])ь", "", text)


def _fix_orthography(cyrillic: str, language: str) -> tuple[str, float]:
    """Spelling rules of the language: be writes ы, а, у, э after hard consonants; ru жи/ши."""
    penalty = 0.0
    if language == "be":
        fixed = re.sub(r"(?<=[жшчр])і", "ы", cyrillic)
        fixed = re.sub(r"(?<=[жшчр])е", "э", fixed)
        fixed = re.sub(r"(?<=[тд])е", "э", fixed)  # цеканне, дзеканне: т and д before е are тэ, дэ
        fixed = re.sub(r"(?<=[аеёіоуыэюя])ы", "і", fixed)
        fixed = be_soft_signs(fixed.replace("щ", "шч").replace("и", "і"))
    else:
        fixed = re.sub(r"(?<=[жшщ])ы", "и", cyrillic)
        fixed = re.sub(r"(?<=[аеёиоуыэюя])ы", "и", fixed)
        fixed = fixed.replace("і", "и").replace("ў", "в")
    if re.search(r"[йь]{2}|^[ьй]|[ьъ][аоуыэ]|ы[йиі](?=.)", fixed) or (language == "be" and re.search(r"[ржшч]ь", fixed)):
        penalty += 3.0
    return fixed, penalty


_DIACRITICS = re.compile(r"[^a-z'’ʼ-]")


def _plain(latin: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"['’ʼʹ-]", "", latin.lower()))


def romanisations(cyrillic: str, language: str, exact: bool = False) -> dict[str, str]:
    """Spellings of a Cyrillic word under each scheme, plus English habits (e for е, -sky); without
    diacritics unless ``exact``."""
    if exact:
        return {scheme: _plain(convert(cyrillic)) for scheme, convert in schemes(language).items()}
    out = {scheme: fold(convert(cyrillic)) for scheme, convert in schemes(language).items()}
    out["english"] = english_spelling(cyrillic, language)
    if language == "ru":  # passport letters with the press's -sky, -y (Chaikovsky, Zhuravsky)
        out["english-passport"] = re.sub(r"(ii|iy|yy|yi)$", "y", out["passport"])
    return out


def english_spelling(cyrillic: str, language: str) -> str:
    """How English-language media usually write a name: the passport spelling without the i of ie
    (Pavel, Niakliaeu) and with -aya; for Russian, BGN/PCGN without apostrophes and -y for -ий/-ый."""
    if language == "ru":
        bgn = re.sub(r"ʼ(?=[aeiou])", "y", schemes("ru")["bgn-pcgn"](cyrillic))  # Ильин → Ilyin
        return re.sub(r"(ii|iy|yy|yi)$", "y", fold(bgn))
    english = re.sub(r"(?<=[a-z])ie", "e", fold(schemes(language)["passport"](cyrillic)))
    return re.sub(r"aia$", "aya", english)


# Letters of the Kazakh, Kyrgyz and Tajik alphabets as Russian and Belarusian write those names
# (Нұрсұлтан → Нурсултан, Қасым-Жомарт → Касым-Жомарт, Ҷӯраев → Джураев); і is Kazakh's only in a
# word that has such letters, and stays і in Belarusian.
_OTHER_CYRILLIC = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "ҳ": "х",
                   "ҷ": "дж", "ӣ": "и", "ӯ": "у", "і": "и"}


def in_alphabet(word: str, language: str) -> str:
    """A Cyrillic name in the letters of ``language``: the letters its alphabet lacks (Kazakh ң, ұ, ә …)
    replaced as Russian writes them; a word whose letters are all Belarusian or Russian stays as written."""
    from uaintl import lang

    profile = lang.find(language)
    letters = set(profile.letters) if profile else set()
    foreign = {char for char in word.lower() if char.isalpha()} - letters - {"і", "ў", "и", "щ", "ъ", "ё"}
    if not foreign or not foreign <= set(_OTHER_CYRILLIC):
        return word
    table = {key: value for key, value in _OTHER_CYRILLIC.items() if key not in letters}
    if language == "be":
        table["и"] = "і"
    table.update({key.upper(): value[:1].upper() + value[1:] for key, value in list(table.items())})
    return "".join(table.get(char, char) for char in word)


@lru_cache(maxsize=8192)
def readings(word: str, language: str, limit: int = 5) -> tuple[Reading, ...]:
    """The ``limit`` most likely Cyrillic spellings of a Latin name word in ``language``."""
    latin = word.lower()
    if any("\u0400" <= char <= "\u04FF" for char in latin):
        return (Reading(in_alphabet(word, language), language, ("cyrillic",), 0.0),)
    parts = re.split(r"(-)", latin)
    if len(parts) > 1:  # Kara-Murza: each part on its own
        pieces = [readings(part, language, limit)[0] if part != "-" else None for part in parts if part]
        text = "".join(piece.cyrillic if piece else "-" for piece in pieces)
        systems = tuple(sorted(set.intersection(*[set(piece.systems) for piece in pieces if piece])))
        return (Reading(_capitalise(text, word), language, systems, sum(piece.cost for piece in pieces if piece)),)
    beam: list[list[tuple[float, str]]] = [[] for _ in range(len(latin) + 1)]
    beam[0] = [(0.0, "")]
    for index in range(len(latin)):
        if not beam[index]:
            continue
        states = heapq.nsmallest(24, beam[index])
        for length, cyrillic, cost in _options(latin, index, language):
            for total, text in states:
                beam[index + length].append((total + cost, text + cyrillic))
        if not _options(latin, index, language):
            for total, text in states:
                beam[index + 1].append((total + 3.0, text + latin[index]))
    scored: dict[str, float] = {}
    for total, text in beam[len(latin)]:
        fixed, penalty = _fix_orthography(_given_soft_sign(text, language), language)
        scored[fixed] = min(scored.get(fixed, 99.0), total + penalty)
    exact = bool(_DIACRITICS.search(latin))
    target = _plain(latin) if exact else fold(latin)
    results = []
    for text, cost in scored.items():
        systems = tuple(scheme for scheme, spelling in romanisations(text, language, exact).items()
                        if spelling == target)
        results.append(Reading(text, language, systems, cost + (0.0 if systems else 1.2)))
    results.sort(key=lambda reading: (reading.cost, reading.cyrillic))
    capitalised = [Reading(_capitalise(reading.cyrillic, word), language, reading.systems, round(reading.cost, 2))
                   for reading in results[:limit]]
    return tuple(capitalised)


@lru_cache(maxsize=2)
def _soft_sign_stems(language: str) -> tuple[tuple[str, str], ...]:
    """(stem as romanisation leaves it, stem with its ь) of given names with ь before a consonant:
    surnames made from them keep it (Кузьма → Кузьмин, which "Kuzmin" does not show)."""
    from uaintl.names.given import given_table

    stems = set()
    for matches in given_table().by_spelling.values():
        for match in matches:
            name = match.name.be if language == "be" else match.name.ru
            if found := re.match(r"(.+ь[^аеёиоуыэюяіь])", name.lower()):
                if len(found.group(1)) >= 5:
                    stems.add((found.group(1).replace("ь", ""), found.group(1)))
    return tuple(sorted(stems))


def _given_soft_sign(cyrillic: str, language: str) -> str:
    for plain, soft in _soft_sign_stems(language):
        if cyrillic.startswith(plain) and len(cyrillic) > len(plain) + 1:
            return soft + cyrillic[len(plain):]
    return cyrillic


def _capitalise(cyrillic: str, like: str) -> str:
    if like[:1].isupper():
        cyrillic = "-".join(part[:1].upper() + part[1:] for part in cyrillic.split("-"))
    return cyrillic


_BE_TO_RU_ENDINGS = (
    ("скі", "ский"), ("цкі", "цкий"), ("ская", "ская"), ("цкая", "цкая"), ("оўна", "овна"), ("еўна", "евна"),
    ("аўна", "овна"), ("авіч", "ович"), ("евіч", "евич"), ("ёнак", "ёнок"), ("енка", "енко"), ("ёўна", "ёвна"),
    ("чанка", "ченко"), ("чэнка", "ченко"),  # -енка after a hard ч (Галоўчанка, Ткачэнка): Головченко, Ткаченко
    ("аў", "ов"), ("оў", "ов"), ("еў", "ев"), ("ёў", "ёв"), ("ава", "ова"), ("ыка", "ико"), ("ка", "ко"),
    ("ны", "ный"), ("кі", "кий"), ("гі", "гий"), ("ы", "ый"), ("і", "ий"),
)
_RU_TO_BE_ENDINGS = (  # after аканне: the о of an unstressed suffix is already а
    ("ский", "скі"), ("цкий", "цкі"), ("ская", "ская"), ("цкая", "цкая"), ("енко", "енка"), ("ёнок", "ёнак"),
    ("ов", "оў"), ("ев", "еў"), ("ёв", "ёў"), ("ав", "аў"), ("ова", "ова"), ("ава", "ава"), ("ный", "ны"),
    ("кий", "кі"), ("гий", "гі"), ("ый", "ы"), ("ий", "і"), ("ко", "ка"), ("ло", "ла"), ("до", "да"),
)


# Common surname roots whose Russian о the Belarusian а hides (аканне): Калеснікава → Колесникова.
_AKANNE_ROOTS = (
    ("Калес", "Колес"), ("Кавал", "Ковал"), ("Маскал", "Москал"), ("Залат", "Золот"), ("Мароз", "Мороз"),
    ("Сакал", "Сокол"), ("Варан", "Ворон"), ("Пратас", "Протас"), ("Гарбун", "Горбун"), ("Харош", "Хорош"),
    ("Калас", "Колос"), ("Навік", "Новик"), ("Навас", "Новос"), ("Паляк", "Поляк"), ("Дарош", "Дорош"),
    ("Галаў", "Голов"), ("Галав", "Голов"), ("Сарок", "Сорок"), ("Бандар", "Бондар"), ("Пачоб", "Почоб"),
    ("Алін", "Олин"), ("Лабан", "Лобан"), ("Вараб", "Вороб"), ("Кароль", "Король"), ("Казл", "Козл"),
    ("Марозаў", "Морозов"), ("Гарадз", "Город"), ("Каваль", "Коваль"), ("Панамар", "Пономар"),
    ("Пагарэл", "Погорел"), ("Падаль", "Подоль"), ("Шапав", "Шапов"),
)


def be_to_ru(word: str, gender: str = "m") -> str:
    """Russian form of a Belarusian surname (Калеснікава → Колесникова is beyond rules: аканне
    hides the Russian о; Лукашэнка → Лукашенка → Лукашенко, Ціханоўская → Тихановская)."""
    stem, ending = word, ""
    for be_ending, ru_ending in _BE_TO_RU_ENDINGS:
        if word.lower().endswith(be_ending) and len(word) > len(be_ending) + 1:
            stem, ending = word[: -len(be_ending)], ru_ending
            break
    if ending:  # -чанк- of -чанкаў/-чанкава is -ченк- as in -чанка (Філатчанкава → Филатченкова)
        stem = re.sub(r"(?<=ч)анк$", "енк", stem)
    stem = re.sub(r"ц(?=[ьіеёюя])", "т", stem)
    stem = re.sub(r"Ц(?=[ьіеёюя])", "Т", stem)
    stem = re.sub(r"дз(?=[ьіеёюя])", "д", stem)
    stem = re.sub(r"Дз(?=[ьіеёюя])", "Д", stem)
    # яканне: я in the syllable before the stress is Russian е (Бяляцкі → Беляцкий, Бялоў → Белов)
    word_now = re.sub(r"(?<=[бвгдзклмнпрстфхцчшжБВГДЗКЛМНПРСТФХЦЧШЖ])я(?=[^аеёіоуыэюя]+[аеёіоуыэюя])", "е",
                      stem + ending, count=1)
    stem, ending = word_now[: len(stem)], word_now[len(stem):]
    stem = re.sub(r"(?<=[шжрчШЖРЧ])ы", "и", stem)  # Russian writes жи, ши, чи (Кузнечык → Кузнечик)
    if stem[-1:] in "цжшчЦЖШЧ" and ending in ("ов", "ова"):
        # after a hard consonant Belarusian writes the unstressed е as а (Зайцаў, Мальцава) and the stressed
        # ё as о (Кузняцоў, Гарбачоў): -аў, -ава are Russian -ев, -ева (Зайцев), -оў, -ова -ов, -ова
        ending = "ев" + ending[2:] if word.lower().endswith(("аў", "ава")) else ending
    for be_root, ru_root in _AKANNE_ROOTS:
        if stem.startswith(be_root):
            stem = ru_root + stem[len(be_root):]
            break
    table = str.maketrans({"э": "е", "Э": "Э", "і": "и", "І": "И", "ў": "в", "Ў": "В", "’": "ъ", "'": "ъ"})
    stem = stem.translate(table)
    stem = re.sub(r"(?<=[^аеёиоуыэюяАЕЁИОУЫЭЮЯ])ъ", "ь", stem)
    return stem + ending


_RU_VOWELS = "аеёиоуыэюя"


_ACUTE = "\u0301"


@lru_cache(maxsize=1)
def _stress_table() -> dict[str, tuple[str, int]]:
    """Frequent surnames the rules get wrong: key without ё or accent → (spelling with ё, stressed index)."""
    text = files("uaintl.names").joinpath("data/surname_stress.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        word = line.strip().lower()
        if not word or word.startswith("#"):
            continue
        index = word.index(_ACUTE) - 1 if _ACUTE in word else word.index("ё")
        spelling = word.replace(_ACUTE, "")
        table[spelling.replace("ё", "е")] = (spelling, index)
    return table


def known_surname(word: str) -> tuple[str, int] | None:
    """A frequent surname's spelling with ё (Ковалев → Ковалёв) and its stressed vowel, women's
    forms too (Павлова); None for a surname the table does not hold."""
    lower = word.lower().replace("ё", "е")
    for key, ending in ((lower, ""), (lower[:-1], lower[-1:])):
        if key in _stress_table() and (not ending or ending == "а"):
            spelling, index = _stress_table()[key]
            return _capitalise(spelling + ending, word), index
    return None


def stress_candidates(word: str) -> tuple[int, ...]:
    """Indices of the vowel that may carry the stress of a Russian surname, the likelier first; one
    index when a rule is reliable. Frequent surnames come from a table; then ё; the vowel before
    -вич/-вна and -ск-; the suffix of -чук; -ьев, -цев, -жев, -шев are never stressed (-ьёв, -цов …
    would be); -ов after ж ш ч щ ц and -ев after ч щ (Горбачев = Горбачёв) are; a vowel before -ев/-ов
    carries it (Андреев); -ин after ь is stressed (Ильин), else the stem (Зорин, Воронин); -ников
    stresses the vowel before it (Колесников, Мельников); -ков after a two-syllable stem the suffix
    (Рыбаков, Новиков, Москальков); a one-syllable stem + -ов the suffix (Петров, but Павлов is in the
    table); a longer stem its last vowel (Морозов, Горинов). The alternative is listed where the rule
    is only the likelier choice."""
    lower = word.lower()
    vowels = [index for index, char in enumerate(lower) if char in _RU_VOWELS]
    if not vowels:
        return ()
    if known := known_surname(word):
        return (known[1],)
    if "ё" in lower:
        return (lower.index("ё"),)
    if match := re.search(r"[аеиоуыэюя](?=[^аеёиоуыэюя]*(?:вич|вна|ск(?:ий|ая|и|ой)))", lower):
        if re.search(r"(?:вич|вна|ский|ская|цкий|цкая)$", lower):
            return (match.start(),)
    if re.search(r"(?:чук|щук|юк)$", lower):
        return (vowels[-1],)
    if match := re.search(r"(?:ов|ев|ин|ын)(?:а)?$", lower):
        suffix, before = match.start(), lower[match.start() - 1:match.start()]
        stem_vowels = [index for index in vowels if index < suffix]
        if not stem_vowels:
            return (suffix,)
        last = stem_vowels[-1]
        kind = lower[suffix]
        if before in _RU_VOWELS or (kind == "е" and before in "ьжшц"):
            return (last,)
        if (kind == "о" and before in "жшчщц") or (kind == "е" and before in "чщ"):
            return (suffix,)
        if kind == "е":
            return (last, suffix)  # Гусев; -ев may be an -ёв written with е
        if kind in "иы":
            return (suffix,) if before == "ь" else (last, suffix)
        if re.search(r"ник$", lower[:suffix]):
            return (stem_vowels[-2] if len(stem_vowels) > 1 else last, suffix)
        if len(stem_vowels) == 1 or (len(stem_vowels) == 2 and lower[suffix - 1] == "к"):
            return (suffix, last)
        return (last, suffix)
    o_vowels = [index for index in vowels if lower[index] == "о"]
    if len(o_vowels) == 1 and not lower.endswith("о"):
        return (o_vowels[0],)
    if lower.endswith(("ко", "ло", "до", "но")) and len(vowels) > 1:
        return (vowels[-2],)
    return (vowels[-1],)


def guess_stress(word: str) -> int | None:
    """The likelier stressed vowel of a Russian surname (:func:`stress_candidates`). A guess:
    Belarusian spelling (аканне, яканне) follows the stress."""
    return next(iter(stress_candidates(word)), None)


@lru_cache(maxsize=1)
def _given_stems() -> tuple[tuple[str, str], ...]:
    """(Russian, Belarusian) given-name stems, longest first (Дмитри → Дзмітры, Александр → Аляксандр)."""
    from uaintl.names.given import given_table

    stems = set()
    for matches in given_table().by_spelling.values():
        for match in matches:
            ru, be = match.name.ru, match.name.be
            ru_stem = ru[:-1] if ru.endswith(("й", "ь")) else ru
            be_stem = be[:-1] if be.endswith(("й", "ь")) else be
            if len(ru_stem) >= 4:
                stems.add((ru_stem, be_stem))
    return tuple(sorted(stems, key=lambda pair: (-len(pair[0]), pair)))


def _be_given_prefix(word: str) -> tuple[str, str] | None:
    """A surname made from a given name (Дмитриев, Александров): the Belarusian given-name stem for the
    Russian one (Дзмітры, Аляксандр)."""
    return next(((ru, be) for ru, be in _given_stems() if word.startswith(ru) and len(word) > len(ru) + 1), None)


def ru_to_be_forms(word: str, gender: str = "m") -> tuple[str, ...]:
    """Belarusian forms of a Russian surname, one per stress the rules find possible, likelier first
    (Зорин → Зорын, then Зарын; Краснов → Красноў, then Краснаў): the reviewer sees both."""
    forms = [ru_to_be(word, gender, stress) for stress in stress_candidates(word) or (None,)]
    return tuple(dict.fromkeys(forms))


def ru_to_be(word: str, gender: str = "m", stress: int | None = None) -> str:
    """Belarusian form of a Russian surname (Шидловский → Шыдлоўскі, Протасевич → Пратасевіч, Немцов →
    Нямцоў): unstressed о is а, е before the stress is я; the stress is guessed from the suffix
    (:func:`guess_stress`) unless given, so the result is a suggestion to check."""
    if known := known_surname(word):
        word = known[0]
    stress = guess_stress(word) if stress is None else stress
    letters = list(word)
    vowels = [index for index, char in enumerate(word.lower()) if char in _RU_VOWELS]
    for index in vowels:
        if word[index] in "оО" and index != stress:
            letters[index] = "а" if word[index] == "о" else "А"
        elif word[index] == "е" and index != stress and index > 0 and word[index - 1].lower() in "жшчщцр":
            letters[index] = "а"  # after a hard consonant unstressed е is а (Чанышева → Чанышава, Чернов → Чарноў)
    pretonic = [index for index in vowels if stress is not None and index < stress]
    if pretonic and re.search(r"(?:ов|ев|ёв|ин|ын)а?$|(?:чук|щук)$", word.lower()) and word[pretonic[-1]] in "еЕ" and (
            pretonic[-1] == 0 or word[pretonic[-1] - 1].lower() not in _RU_VOWELS + "жшчцр"):
        letters[pretonic[-1]] = "я" if word[pretonic[-1]] == "е" else "Я"  # Петров → Пятроў, Егоров → Ягораў
    spoken = "".join(letters)
    prefix = _be_given_prefix(word)
    if prefix and spoken[len(prefix[0]):]:
        spoken = prefix[1] + spoken[len(prefix[0]):]
    stem, ending = spoken, ""
    for ru_ending, be_ending in _RU_TO_BE_ENDINGS:
        if spoken.lower().endswith(ru_ending) and len(spoken) > len(ru_ending) + 1:
            stem, ending = spoken[: -len(ru_ending)], be_ending
            break
    stem = stem.replace("щ", "шч").replace("Щ", "Шч").replace("ъ", "’")
    stem = re.sub(r"(?<=[цЦ])и", "ы", stem)  # ц is hard in Belarusian: Ельцин → Ельцын (before цеканне makes ці)
    # цеканне, дзеканне, also before a soft в (Матвеев → Мацвееў, Медведев → Мядзведзеў)
    softened = re.sub(r"т(?=в?[ьиеёюя])", "ц", stem + ending[:1])
    softened = re.sub(r"Т(?=в?[ьиеёюя])", "Ц", softened)
    softened = re.sub(r"(?<!з)д(?=в?[ьиеёюя])", "дз", softened)
    softened = re.sub(r"Д(?=в?[ьиеёюя])", "Дз", softened)
    stem, ending = softened[:-1] if ending else softened, softened[-1:] + ending[1:] if ending else ending
    stem = re.sub(r"(?<=[аеёиоуыэюяіАЕЁИОУЫЭЮЯІ])в(?=[^аеёиоуыэюяі])", "ў", stem + ending[:1])[: len(stem)]
    result = be_soft_signs((stem + ending).replace("и", "і").replace("И", "І"))
    result = re.sub(r"(?<=[жшчрЖШЧР])і", "ы", result)
    result = re.sub(r"(?<=[жшчрцЖШЧРЦ])ё", "о", result)  # Пономарёв → Панамароў, Горбачёв → Гарбачоў
    return re.sub(r"(?<=[жшчрЖШЧР])е", "э", result)
