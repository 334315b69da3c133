"""Russian (ru): catalogue header, romanisations, name inflection (pytrovich), spelling, letters."""

from __future__ import annotations

from functools import lru_cache

from uaintl.lang.profile import EAST_SLAVIC_PLURALS, LocaleProfile
from uaintl.lang.romanize import COMMON, ISO9, scheme

PASSPORT = scheme(  # ICAO 9303, as in Russian passports since 2013
    {**COMMON, "г": "g", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ъ": "ie"},
    {"е": "e", "ё": "e", "ю": "iu", "я": "ia"},
    {"е": "e", "ё": "e", "ю": "iu", "я": "ia"},
)
BGN = scheme(
    {**COMMON, "г": "g", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ъ": "ʺ"},
    {"е": "e", "ё": "ë", "ю": "yu", "я": "ya"},
    {"е": "ye", "ё": "yë", "ю": "yu", "я": "ya"},
    lambda word, done: "ʼ",
)


@lru_cache(maxsize=1)
def _petrovich():
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def inflect(word: str, part: str, gender: str) -> dict[str, str]:
    """Case forms of one Russian name word, by pytrovich's rules; ``part`` is "first" or "last"."""
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


PROFILE = LocaleProfile(
    code="ru",
    plural_forms=EAST_SLAVIC_PLURALS,
    script="Cyrl",
    letters="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    draft_banner="ЧЕРНОВИК — перевод не проверен",
    salutations={"m": "Уважаемый господин", "f": "Уважаемая госпожа", "n": "Уважаемый(-ая)"},
    greeting=r"Уважаем(?:ый|ая)\s+(?:господин|госпожа)?",
    month_locative=("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                    "ноябре", "декабре"),
    year_words=r"г\.|года|году|год",
    hunspell="ru_RU",
    romanisations={"passport": PASSPORT, "bgn-pcgn": BGN, "iso9": ISO9},
    inflect=inflect,
)
