"""Case forms of person names: Belarusian rules of our own, Russian through pytrovich.

No offline library declines Belarusian names, so the rules below cover the endings found in
appeals (-скі → -скага, -ава → -авай, -ка → -кі, soft -ь → -я, …). Women's surnames that end in a
consonant (Пінчук, Лабковіч) do not decline, in either language.
"""

from __future__ import annotations

from functools import lru_cache

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
HUSHING = "жшчцрщ"
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


def _feminine_a(word: str) -> dict[str, str]:
    """Ніна → Ніны, Ніне, Ніну, Нінай; Наталля → Наталлі, Наталлі, Наталлю, Наталляй."""
    stem, ending = word[:-1], word[-1]
    if ending == "я":
        return {"gen": stem + "і", "dat": stem + "і", "acc": stem + "ю", "ins": stem + "яй", "loc": stem + "і"}
    last = stem[-1:]
    genitive = stem + ("і" if last in "кгх" else "ы")
    if last in HUSHING:
        dative = stem + "ы"
    else:
        for consonant, replacement in _DAT_ALTERNATION.items():
            if stem.endswith(consonant):
                dative = stem[: -len(consonant)] + replacement + "е"
                break
        else:
            dative = stem + "е"
    return {"gen": genitive, "dat": dative, "acc": stem + "у", "ins": stem + "ай", "loc": dative}


def inflect_be(word: str, part: str, gender: str) -> dict[str, str]:
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
        elif lower.endswith("а"):  # Судаленка → Судаленкі
            stem = word[:-1]
            genitive = stem + ("і" if stem[-1:] in "кгх" else "ы")
            forms.update(gen=genitive, dat=stem + "у", acc=stem + "у", ins=stem + "ам", loc=stem + "у")
        elif lower[-1:].isalpha() and lower[-1] not in "аеёіоуыэюя":
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
    for case in CASES:
        forms.setdefault(case, word)
    return forms


@lru_cache(maxsize=1)
def _petrovich():
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def inflect_ru(word: str, part: str, gender: str) -> dict[str, str]:
    from pytrovich.enums import Case, Gender, NamePart

    maker = _petrovich()
    name_part = NamePart.FIRSTNAME if part == "first" else NamePart.LASTNAME
    sex = Gender.MALE if gender == "m" else Gender.FEMALE
    cases = {"gen": Case.GENITIVE, "dat": Case.DATIVE, "acc": Case.ACCUSATIVE, "ins": Case.INSTRUMENTAL,
             "loc": Case.PREPOSITIONAL}
    forms = {"nom": word}
    for key, case in cases.items():
        try:
            forms[key] = maker.make(name_part, sex, case, word)
        except (KeyError, ValueError, IndexError):
            forms[key] = word
    return forms


def inflect_name(full_name: str, locale: str, gender: str) -> dict[str, str]:
    """Case forms of a full name ("Алесь Бяляцкі" → gen "Алеся Бяляцкага", …)."""
    words = full_name.split()
    inflect = inflect_be if locale == "be" else inflect_ru if locale == "ru" else None
    if inflect is None or not words:
        return {case: full_name for case in CASES}
    parts = ["first"] * (len(words) - 1) + ["last"]
    tables = [inflect(word, part, gender) for word, part in zip(words, parts, strict=True)]
    return {case: " ".join(table[case] for table in tables) for case in CASES}
