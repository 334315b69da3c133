"""Belarusian (be): catalogue header, romanisations, name inflection, spelling, letters.

No offline library declines Belarusian names, so the rules below cover the endings found in
appeals (-скі → -скага, -ава → -авай, -ка → -кі, soft -ь → -я, …). Women's surnames that end in a
consonant (Пінчук, Лабковіч) do not decline.
"""

from __future__ import annotations

from uaintl.lang.be_latn import lacinka
from uaintl.lang.profile import CASES, EAST_SLAVIC_PLURALS, LocaleProfile
from uaintl.lang.romanize import COMMON, ISO9, acute_after, scheme

NATIONAL = scheme(  # pravo.by 2007-159
    {**COMMON, "г": "h", "ґ": "g", "ж": "ž", "й": "j", "ў": "ŭ", "х": "ch", "ц": "c", "ч": "č", "ш": "š"},
    {"е": "ie", "ё": "io", "ю": "iu", "я": "ia"},
    {"е": "je", "ё": "jo", "ю": "ju", "я": "ja"},
    acute_after("zlnsc"),
)
PASSPORT = scheme(  # MVD 288/2008, 200/2010 with ICAO 9303: what passports and English sources use
    {**COMMON, "г": "h", "ґ": "g", "ж": "zh", "й": "i", "ў": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"},
    {"е": "ie", "ё": "io", "ю": "iu", "я": "ia"},
    {"е": "ie", "ё": "io", "ю": "iu", "я": "ia"},
)
BGN = scheme(
    {**COMMON, "г": "h", "ґ": "g", "ж": "zh", "й": "y", "ў": "w", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh"},
    {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"},
    {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"},
    lambda word, done: "ʼ",
)


_HUSHING = "жшчцрщ"
# Given names whose vowel drops when they decline (Павел → Паўла), with the instrumental ending:
# stressed after the drop (Пятром, Львом) or not (Паўлам). Patronymics are built on the same stems.
FLEETING_STEMS = {"Павел": ("Паўл", "ам"), "Пётр": ("Пятр", "ом"), "Леў": ("Льв", "ом")}
# Men's given names in -а/-я stressed on the ending: the instrumental is -ом/-ём (Кузьмом, Іллём).
_END_STRESSED = frozenset({"кузьма", "фама", "лука", "ілья", "савва"})
_VOWELS = "аеёіоуыэюя"
_DAT_ALTERNATION = {"т": "ц", "д": "дз", "к": "ц", "г": "з", "х": "с"}


def _male_consonant(word: str, surname: bool) -> dict[str, str]:
    last = word[-1]
    if last == "ь":
        stem = word[:-1]
        return {"gen": stem + "я", "dat": stem + "ю", "acc": stem + "я", "ins": stem + "ем", "loc": stem + "ю"}
    if last == "й":
        stem = word[:-1]
        return {"gen": stem + "я", "dat": stem + "ю", "acc": stem + "я", "ins": stem + "ем", "loc": stem + "ю"}
    if last == "ў" and word[-2:-1] in "аоеёэ":  # Салаўёў → Салаўёва
        stem = word[:-1] + "в"
        return {"gen": stem + "а", "dat": stem + "у", "acc": stem + "а", "ins": stem + "ым", "loc": stem + "у"}
    instrumental = "ым" if surname and word.endswith(("ін", "ын")) else "ам"
    return {"gen": word + "а", "dat": word + "у", "acc": word + "а", "ins": word + instrumental, "loc": word + "у"}


def _masculine_a(word: str, stressed: bool) -> dict[str, str]:
    """Бацька-type men's names and surnames: the genitive of the 1st declension, the rest of the 2nd
    (Мікіта → Мікіты, Мікіту, Мікітам; Кузьма → Кузьмом; Ілья → Іллі, Іллю, Іллём: ль before я is
    a long л when the ending follows)."""
    stem, ending = word[:-1], word[-1]
    if ending == "я":
        if stem.endswith("ь") and len(stem) > 1 and stem[-2] not in _VOWELS:
            stem = stem[:-1] + stem[-2]
        soft = "ём" if stressed else "ем"
        return {"gen": stem + "і", "dat": stem + "ю", "acc": stem + "ю", "ins": stem + soft, "loc": stem + "ю"}
    genitive = stem + ("і" if stem[-1:] in "кгх" else "ы")
    return {"gen": genitive, "dat": stem + "у", "acc": stem + "у", "ins": stem + ("ом" if stressed else "ам"),
            "loc": stem + "у"}


def _feminine_consonant(word: str) -> dict[str, str]:
    """Women's given names of the 3rd declension: Любоў → Любові, Любоўю; Рахіль → Рахілі, Рахіллю."""
    stem = word[:-1] + "в" if word.endswith("ў") else word[:-1]
    instrumental = word + "ю" if word.endswith("ў") else stem + stem[-1:] + "ю"
    return {"gen": stem + "і", "dat": stem + "і", "acc": word, "ins": instrumental, "loc": stem + "і"}


def _feminine_a(word: str) -> dict[str, str]:
    """Ніна → Ніны, Ніне, Ніну, Нінай; Наталля → Наталлі, Наталлі, Наталлю, Наталляй; Марта → Марце
    (ц from т is soft), Лойка → Лойцы (ц from к is hard)."""
    stem, ending = word[:-1], word[-1]
    if ending == "я":
        return {"gen": stem + "і", "dat": stem + "і", "acc": stem + "ю", "ins": stem + "яй", "loc": stem + "і"}
    last = stem[-1:]
    genitive = stem + ("і" if last in "кгх" else "ы")
    if last in _HUSHING:
        dative = stem + "ы"
    else:
        for consonant, replacement in _DAT_ALTERNATION.items():
            if stem.endswith(consonant):
                # ц from к is hard: unstressed -цы, as names are (Лойка → Лойцы, not «Лойце»)
                dative = stem[: -len(consonant)] + replacement + ("ы" if consonant == "к" else "е")
                break
        else:
            dative = stem + "е"
    return {"gen": genitive, "dat": dative, "acc": stem + "у", "ins": stem + "ай", "loc": dative}


def inflect(word: str, part: str, gender: str) -> dict[str, str]:
    """Case forms of one Belarusian name word; ``part`` is "first" or "last"."""
    forms = {"nom": word}
    lower = word.lower()
    surname = part == "last"
    if gender == "m":
        if surname and lower.endswith(("скі", "цкі")):
            stem = word[:-1]
            forms.update(gen=stem + "ага", dat=stem + "аму", acc=stem + "ага", ins=stem + "ім", loc=stem + "ім")
        elif surname and lower.endswith(("ы", "і")) and len(word) > 3:
            stem = word[:-1]
            forms.update(gen=stem + "ага", dat=stem + "аму", acc=stem + "ага", ins=stem + "ым", loc=stem + "ым")
        elif surname and lower.endswith(("ых", "іх")) and len(word) > 4:  # Седых, Чарных: indeclinable
            pass
        elif lower.endswith("а") or (not surname and lower.endswith("я")):  # Судаленка → Судаленкі
            forms.update(_masculine_a(word, not surname and lower in _END_STRESSED))
        elif not surname and word in FLEETING_STEMS:  # Павел → Паўла
            stem, instrumental = FLEETING_STEMS[word]
            forms.update(gen=stem + "а", dat=stem + "у", acc=stem + "а", ins=stem + instrumental, loc=stem + "у")
        elif lower[-1:].isalpha() and lower[-1] not in _VOWELS:
            forms.update(_male_consonant(word, surname))
    else:
        if surname and lower.endswith(("ская", "цкая")):
            stem = word[:-2]
            forms.update(gen=stem + "ай", dat=stem + "ай", acc=stem + "ую", ins=stem + "ай", loc=stem + "ай")
        elif surname and lower.endswith(("ава", "ова", "ева", "іна", "ына", "ёва")):
            stem = word[:-1]
            forms.update(gen=stem + "ай", dat=stem + "ай", acc=stem + "у", ins=stem + "ай", loc=stem + "ай")
        elif lower.endswith(("а", "я")):
            forms.update(_feminine_a(word))
        elif not surname and lower.endswith(("ў", "ь")):
            forms.update(_feminine_consonant(word))
    for case in CASES:
        forms.setdefault(case, word)
    return forms


PROFILE = LocaleProfile(
    code="be",
    plural_forms=EAST_SLAVIC_PLURALS,
    script="Cyrl",
    letters="абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
    draft_banner="ЧАРНАВІК — пераклад не правераны",
    # The adjective agrees with the addressee's gender; the salutation ends with "!".
    salutations={"m": "Паважаны спадар", "f": "Паважаная спадарыня", "n": "Паважаны(-ая)"},
    greeting=r"Паважан(?:ы|ая)\s+(?:спадар(?:ыня)?)?",
    month_locative=("студзені", "лютым", "сакавіку", "красавіку", "маі", "чэрвені", "ліпені", "жніўні", "верасні",
                    "кастрычніку", "лістападзе", "снежні"),
    month_variants={"травень": (5, "nom"), "траўня": (5, "gen"), "траўні": (5, "loc")},  # CLDR writes май
    year_words=r"г\.|года|годзе|гады",
    hunspell="be_BY",
    romanisations={"national": NATIONAL, "passport": PASSPORT, "bgn-pcgn": BGN, "lacinka": lacinka, "iso9": ISO9},
    inflect=inflect,
)
