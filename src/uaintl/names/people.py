"""A person's name as English sources write it: its parts, the person's gender, and Belarusian,
Russian and Łacinka forms to propose for the registry.

:func:`describe_person` is the entry point for one name string ("Ms Tatsiana Kavaliova",
"Krasnov Igor Viktorovich", "Ambassador Dmitry Basik"); letters use its gender for the salutation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from uaintl.names.given import GivenMatch, lookup_given
from uaintl.names.reverse import Reading, be_to_ru, known_surname, readings, ru_to_be, ru_to_be_forms
from uaintl.lang.be import FLEETING_STEMS
from uaintl.lang.be_latn import lacinka
from uaintl.names.translit import is_cyrillic

# Titles that tell the gender, and titles that only stand in front of a name.
GENDERED_TITLES = {
    "mr": "m", "mister": "m", "sir": "m", "his excellency": "m", "lord": "m", "gospodin": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mme": "f", "her excellency": "f",
    "lady": "f", "dame": "f",
}
NEUTRAL_TITLES = (
    "dr", "prof", "professor", "ambassador", "president", "judge", "general", "colonel", "major",
    "minister", "chairman", "chairwoman", "chairperson", "chair", "head", "deputy", "prosecutor general",
    "prosecutor", "governor", "mayor", "commissioner", "director", "rev", "hon", "honourable",
    "the honourable", "excellency", "your excellency", "h.e", "he", "speaker", "senator", "ombudsman",
    "ombudsperson", "ombudswoman",
)
_TITLE = re.compile(
    r"^\s*(?:(" + "|".join(sorted((re.escape(t) for t in [*GENDERED_TITLES, *NEUTRAL_TITLES]), key=len,
                                   reverse=True)) + r")\.?\s+)", re.I)
PATRONYMIC = re.compile(r"(?:ovich|evich|ievich|yevich|ich|ovič|evič|ič|ovna|evna|ievna|yevna|ichna|ična|auna|euna|ouna|oŭna|"
                        r"aŭna|eŭna|авіч|евіч|ович|евич|ич|іч|аўна|еўна|овна|евна|ична|ічна)$", re.I)
_FEMININE_PATRONYMIC = re.compile(r"(?:na|на|q[iı]z[iı]|kizi|kyzy|gyzy|qyzy)$", re.I)
# The particles of Turkic patronymics, a word of their own after the father's name: "Sevinj Rauf qizi
# Mammadova" (Azerbaijani), "Aigerim Bolat kyzy Seitkali", "Dauren Aidos uly Mukhamedov" (Kazakh),
# "Kamran Hasan oglu Aliyev"; "qizi", "kyzy", "gyzy" are a daughter's.
# How Russian (and Belarusian) write each particle: кызы, оглы, улы, угли.
PATRONYMIC_PARTICLES = {
    **dict.fromkeys(("qizi", "qızı", "kizi", "kyzy", "gyzy", "qyzy", "kyzi", "gizi"), "кызы"),
    **dict.fromkeys(("oglu", "oğlu", "ogly", "oghlu"), "оглы"),
    **dict.fromkeys(("ugli", "o'g'li", "o‘g‘li", "ogli"), "угли"),
    **dict.fromkeys(("uly", "ulu"), "улы"),
}
# Surname endings that tell the gender (Belarusian and Russian, Latin and Cyrillic).
_FEMININE_SURNAME = re.compile(
    r"(?:ava|ova|eva|iova|yova|ina|yna|skaya|skaja|skaia|ckaja|tskaya|aya|aja|ая|ава|ова|ева|ёва|іна|ына|"
    r"ина|ская|цкая)$", re.I)
_MASCULINE_SURNAME = re.compile(
    r"(?:au|ou|eu|aŭ|oŭ|eŭ|ov|ev|yov|in|yn|ski|sky|skiy|skii|cki|tski|tsky|yi|iy|yy|ny|аў|оў|еў|ёў|ов|ев|"
    r"ёв|ін|ын|ин|скі|цкі|ский|цкий|ый|ий|ны)$", re.I)


@dataclass(frozen=True)
class NameParts:
    title: str = ""
    given: str = ""
    patronymic: str = ""
    surname: str = ""
    surname_first: bool = False


@dataclass(frozen=True)
class ProposedForms:
    """Proposed registry forms, with the reasoning a reviewer needs."""

    be: str
    ru: str
    be_latn: str
    primary: str  # "be" or "ru": the language whose romanisation the English spelling follows
    check: tuple[str, ...] = ()  # locales whose form comes from be ↔ ru correspondences
    reasons: tuple[str, ...] = ()
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def name(self, locale: str) -> str | None:
        """The proposed form for a locale ("be", "ru", "be-Latn"), None for another."""
        return {"be": self.be, "ru": self.ru, "be-Latn": self.be_latn}.get(locale)

    def as_dict(self) -> dict:
        return {"be": self.be, "ru": self.ru, "be-Latn": self.be_latn, "primary": self.primary,
                "check": list(self.check), "reasons": list(self.reasons),
                "alternatives": {key: list(value) for key, value in self.alternatives.items()}}


@dataclass(frozen=True)
class PersonInfo:
    name: str  # the name without its title, as written
    parts: NameParts
    gender: str | None  # "m", "f" or None when nothing tells
    gender_source: str  # "title 'Ms'", "given name 'Tatsiana' (Таццяна)", "registry", …
    forms: ProposedForms
    person_id: str | None = None  # the registry id when the index knows this person

    def as_dict(self) -> dict:
        return {"name": self.name, "title": self.parts.title, "given": self.parts.given,
                "patronymic": self.parts.patronymic, "surname": self.parts.surname,
                "gender": self.gender, "gender_source": self.gender_source,
                "person": self.person_id, "forms": self.forms.as_dict()}


def split_name(text: str) -> NameParts:
    """Title, given name, patronymic and surname, in either order ("Krasnov Igor Viktorovich")."""
    text = re.sub(r"(?:['’]s|['’])$", "", " ".join(text.replace(",", " ").split()))
    titles = []
    while (match := _TITLE.match(text)) and len(text) > match.end():
        titles.append(match.group(1))
        text = text[match.end():]
    title = " ".join(titles)
    words = text.split()
    if not words:
        return NameParts(title)
    if len(words) == 1:
        return NameParts(title, surname=words[0])
    particle = next((index for index, word in enumerate(words) if index >= 1 and word.lower() in PATRONYMIC_PARTICLES),
                    None)
    if particle is not None:  # "Sevinj Rauf qizi Mammadova"; surname first: "Aliyev Kamran Hasan oglu"
        patronymic = " ".join(words[particle - 1:particle + 1])
        if particle == len(words) - 1 and particle >= 3:
            return NameParts(title, " ".join(words[1:particle - 1]), patronymic, words[0], surname_first=True)
        return NameParts(title, " ".join(words[:particle - 1]), patronymic, " ".join(words[particle + 1:]))
    if len(words) >= 3 and PATRONYMIC.search(words[-1]) and _is_given(words[-2]) and not _is_given(words[0]):
        return NameParts(title, words[-2], words[-1], " ".join(words[:-2]), surname_first=True)
    if len(words) >= 3 and PATRONYMIC.search(words[1]):
        return NameParts(title, words[0], words[1], " ".join(words[2:]))
    if len(words) == 2 and _is_given(words[1]) and not _is_given(words[0]) and not _is_initial(words[0]):
        return NameParts(title, words[1], surname=words[0], surname_first=True)
    return NameParts(title, " ".join(words[:-1]), surname=words[-1])


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-ZА-ЯЁІЎ][a-zа-яё]?\.-?)+", word))


def _is_given(word: str) -> bool:
    return not _is_initial(word) and lookup_given(word) is not None


def infer_gender(parts: NameParts) -> tuple[str | None, str]:
    """Gender and what told it: title, patronymic, given name, then surname ending."""
    for title in parts.title.lower().split(" "):
        if title.rstrip(".") in GENDERED_TITLES:
            return GENDERED_TITLES[title.rstrip(".")], f"title {title!r}"
    if parts.title.lower() in GENDERED_TITLES:
        return GENDERED_TITLES[parts.title.lower()], f"title {parts.title!r}"
    if parts.patronymic:
        feminine = bool(_FEMININE_PATRONYMIC.search(parts.patronymic))
        return ("f" if feminine else "m"), f"patronymic {parts.patronymic!r}"
    given = lookup_given(parts.given.split()[0]) if parts.given and not _is_initial(parts.given.split()[0]) else None
    if given is not None and given.name.gender in ("m", "f"):
        return given.name.gender, f"given name {parts.given.split()[0]!r} ({given.name.be} / {given.name.ru})"
    surname = parts.surname.split("-")[-1]
    if _FEMININE_SURNAME.search(surname):
        return "f", f"surname ending of {parts.surname!r}"
    if _MASCULINE_SURNAME.search(surname):
        return "m", f"surname ending of {parts.surname!r}"
    return None, "unknown: no title, known given name or telling surname ending"


_BE_MARKS = re.compile(r"(?:au|ou|eu|aŭ|oŭ)$|[ŭłćśźń]|dz(?!h)|(?<=[bcdfghklmnprstvz])i[aou]|enka$|ava$|^h|"
                       r"(?<=[aeiou])h", re.I)
_RU_MARKS = re.compile(r"(?:ov|ev|sky|skiy|skii|iy|yy|enko|ova|in|eeva|eyeva)$|(?<=[bcdfghklmnprstvz])o$|(?<=[bcdfghklmnprstvz])y[aeou]|^g|(?<=[aeiou])g",
                       re.I)


def spelling_origin(parts: NameParts, hint: str | None = None) -> tuple[str, str]:
    """Whether the English spelling follows Belarusian or Russian romanisation, and why."""
    score, why = 0, []
    given = lookup_given(parts.given.split()[0]) if parts.given and not _is_initial(parts.given.split()[0]) else None
    if given is not None and given.origin != "both":
        score += 2 if given.origin == "be" else -2
        why.append(f"given name {parts.given.split()[0]!r} is a {given.origin} romanisation")
    if parts.patronymic:
        belarusian = bool(re.search(r"(?:avich|aviĉ|avič|auna|euna|ouna|aŭna|eŭna|oŭna)$", parts.patronymic, re.I))
        score += 3 if belarusian else -3
        why.append(f"a {'Belarusian' if belarusian else 'Russian'} patronymic")
    for word in parts.surname.split("-"):
        be_marks, ru_marks = len(_BE_MARKS.findall(word)), len(_RU_MARKS.findall(word))
        if be_marks != ru_marks:
            score += 1 if be_marks > ru_marks else -1
            why.append(f"surname {word!r} looks {'be' if be_marks > ru_marks else 'ru'}")
    if score == 0 and hint in ("be", "ru"):
        return hint, f"the appeal is about {'Belarus' if hint == 'be' else 'Russia'}"
    origin = "ru" if score < 0 else "be"
    return origin, "; ".join(why) or "Belarusian by default"


_PATRONYMIC_SUFFIX = re.compile(r"(?:ovich|evich|avich|ievich|yevich|ovna|evna|auna|euna|ievna|yevna|ouna|aŭna|eŭna|oŭna|"
                                r"ovič|evič|avič|ich|ič)$", re.I)
_RU_FATHER_STEMS = {"Пётр": "Петр", "Павел": "Павл", "Лев": "Льв"}


# Patronymics not made by the rules: (man's, woman's), Russian and Belarusian.
_RU_IRREGULAR = {"Яков": ("Яковлевич", "Яковлевна"), "Илья": ("Ильич", "Ильинична"),
                 "Кузьма": ("Кузьмич", "Кузьминична"), "Лука": ("Лукич", "Лукинична"), "Фома": ("Фомич", "Фоминична")}
_BE_IRREGULAR = {"Якаў": ("Якаўлевіч", "Якаўлеўна"), "Ілья": ("Ільіч", "Ільінічна"),
                 "Кузьма": ("Кузьміч", "Кузьмінічна"), "Лука": ("Лукіч", "Лукінічна"), "Фама": ("Фаміч", "Фамінічна")}


def _be_patronymic(father: str, feminine: bool) -> str:
    """Аляксандр → Аляксандравіч / Аляксандраўна; Сяргей → Сяргеевіч; Васіль → Васілевіч; a stem that
    drops its vowel keeps the stress of its instrumental: Пётр → Пятровіч (Пятром), Павел → Паўлавіч
    (Паўлам)."""
    if father in _BE_IRREGULAR:
        return _BE_IRREGULAR[father][feminine]
    if father in FLEETING_STEMS:
        stem, instrumental = FLEETING_STEMS[father]
        vowel = "о" if instrumental == "ом" else "а"
        return stem + vowel + ("ўна" if feminine else "віч")
    if father.endswith(("й", "ь")):
        return father[:-1] + ("еўна" if feminine else "евіч")
    return father + ("аўна" if feminine else "авіч")


def _ru_patronymic(father: str, feminine: bool) -> str:
    """Александр → Александрович; Сергей → Сергеевич; Юрий → Юрьевич; Дмитрий → Дмитриевич."""
    if father in _RU_IRREGULAR:
        return _RU_IRREGULAR[father][feminine]
    if father in _RU_FATHER_STEMS:
        return _RU_FATHER_STEMS[father] + ("овна" if feminine else "ович")
    if father.endswith("ий"):
        stem = father[:-2] + ("и" if re.search(r"[бвгдзклмнпрстфх]{2}ий$", father) else "ь")
        return stem + ("евна" if feminine else "евич")
    if father.endswith(("й", "ь")):
        return father[:-1] + ("евна" if feminine else "евич")
    return father + ("овна" if feminine else "ович")


def _patronymic_forms(patronymic: str, gender: str | None) -> tuple[str, str]:
    """be and ru patronymics, built from the father's given name through the table when it is there."""
    if is_cyrillic(patronymic):
        return readings(patronymic, "be")[0].cyrillic, readings(patronymic, "ru")[0].cyrillic
    father, _, particle = patronymic.rpartition(" ")
    if father and particle.lower() in PATRONYMIC_PARTICLES:  # "Rauf qizi": the father's name, then the particle
        be_father, ru_father, _, _ = _given_forms(father)
        cyrillic = PATRONYMIC_PARTICLES[particle.lower()]
        return f"{be_father} {cyrillic}", f"{ru_father} {cyrillic}"
    feminine = gender == "f" or bool(_FEMININE_PATRONYMIC.search(patronymic))
    stem = _PATRONYMIC_SUFFIX.sub("", patronymic)
    for candidate in (stem, stem + "y", stem + "iy", stem + "i", stem[:-1] + "y" if stem.endswith("e") else stem,
                      stem[:-1] + "e" + stem[-1:]):  # a vowel the patronymic drops: Pavlovna → Pavel
        father = lookup_given(candidate)
        if father is not None and father.name.gender == "m" and not father.name.short_of:
            return _be_patronymic(father.name.be, feminine), _ru_patronymic(father.name.ru, feminine)
    ru = readings(patronymic, "ru")[0].cyrillic
    return ru_to_be(ru), ru


def _initial(initial: str, language: str) -> str:
    """A Latin initial in Cyrillic (A. → А., Ya. → Я., Zh. → Ж.)."""
    return re.sub(r"[A-Za-z]+", lambda match: readings(match.group(0), language)[0].cyrillic, initial)


def _given_forms(given: str) -> tuple[str, str, str, GivenMatch | None]:
    """be, ru forms of a given name and the reason (initials stay as they are)."""
    if not given:
        return "", "", "", None
    words = given.split()
    be_words, ru_words, why = [], [], []
    found = None
    for word in words:
        if _is_initial(word):
            be_words.append(_initial(word, "be"))
            ru_words.append(_initial(word, "ru"))
            continue
        match = lookup_given(word)
        if match is not None:
            found = found or match
            be_words.append(match.name.be)
            ru_words.append(match.name.ru)
            typo = " (a typo of it)" if match.typo else ""
            why.append(f"given name {word!r}{typo}: table {match.name.be} / {match.name.ru}")
        else:
            be_words.append(readings(word, "be")[0].cyrillic)
            ru_words.append(readings(word, "ru")[0].cyrillic)
            why.append(f"given name {word!r} is not in the table: read letter by letter")
    return " ".join(be_words), " ".join(ru_words), "; ".join(why), found


def _surname_forms(surname: str, origin: str, gender: str | None) -> tuple[str, str, list[str], dict, tuple]:
    if is_cyrillic(surname):
        be, ru = readings(surname, "be")[0].cyrillic, readings(surname, "ru")[0].cyrillic
        return be, ru, ["written in Cyrillic" + (f", in Russian letters {ru}" if ru != surname else "")], {}, ()
    sex = gender or "m"
    be_readings = readings(surname, "be")
    ru_readings = readings(surname, "ru")
    if origin == "be":
        best = be_readings[0]
        be = best.cyrillic
        ru = "-".join(be_to_ru(part, sex) for part in be.split("-"))
        reasons = [f"surname {surname!r}: {best.reason} → {be}", f"ru {ru} by be → ru correspondences (check)"]
        alternatives = {"be": tuple(reading.cyrillic for reading in be_readings[1:] if reading.cyrillic != be)}
        return be, ru, reasons, alternatives, ("ru",)
    best = ru_readings[0]
    ru = "-".join((known_surname(part) or (part,))[0] for part in best.cyrillic.split("-"))
    be_parts = [ru_to_be_forms(part, sex) for part in ru.split("-")]
    be = "-".join(forms[0] for forms in be_parts)
    stress = "stress from the table of frequent surnames" if known_surname(ru.split("-")[-1]) else (
        "stress guessed from the suffix" if len(be_parts[-1]) == 1 else "stress uncertain, see alternatives")
    reasons = [f"surname {surname!r}: {best.reason} → {ru}", f"be {be} by ru → be correspondences, {stress} (check)"]
    others = ["-".join([*[forms[0] for forms in be_parts[:-1]], form]) for form in be_parts[-1][1:]]
    alternatives = {"ru": tuple(reading.cyrillic for reading in ru_readings[1:] if reading.cyrillic != ru),
                    "be": tuple(others)}
    return be, ru, reasons, alternatives, ("be",)


def propose_forms(parts: NameParts, gender: str | None, hint: str | None = None) -> ProposedForms:
    """be, ru and be-Latn forms in registry order (given, patronymic, surname)."""
    origin, origin_why = spelling_origin(parts, hint)
    be_given, ru_given, given_why, _ = _given_forms(parts.given)
    be_surname, ru_surname, reasons, alternatives, check = _surname_forms(parts.surname, origin, gender)
    be_patronymic = ru_patronymic = ""
    if parts.patronymic:
        be_patronymic, ru_patronymic = _patronymic_forms(parts.patronymic, gender)
    be = " ".join(word for word in (be_given, be_patronymic, be_surname) if word)
    ru = " ".join(word for word in (ru_given, ru_patronymic, ru_surname) if word)
    be_latn = " ".join(lacinka(word) if is_cyrillic(word) else word for word in be.split())
    all_reasons = (f"spelling follows {origin}: {origin_why}", *([given_why] if given_why else []), *reasons)
    return ProposedForms(be, ru, be_latn, origin, check, tuple(all_reasons),
                     {key: value for key, value in alternatives.items() if value})


def from_each_spelling(infos: list[PersonInfo]) -> PersonInfo:
    """One person written in both romanisations ("Ivan Kubrakou", "Ivan Kubrakov"): the Belarusian
    spelling tells the Belarusian form (its vowels show the stress), the Russian spelling the Russian
    form, so each form comes from its own spelling rather than through be ↔ ru correspondences. The
    first description gives everything else."""
    first = infos[0]
    be_info = next((info for info in infos if info.forms.primary == "be"), None)
    ru_info = next((info for info in infos if info.forms.primary == "ru"), None)
    if be_info is None or ru_info is None:
        return first
    alternatives = {key: value for key, value in (("be", be_info.forms.alternatives.get("be", ())),
                                                  ("ru", ru_info.forms.alternatives.get("ru", ()))) if value}
    reasons = (*first.forms.reasons,
               f"be from the Belarusian spelling {be_info.name!r}, ru from the Russian spelling {ru_info.name!r}")
    forms = ProposedForms(be_info.forms.be, ru_info.forms.ru, be_info.forms.be_latn, first.forms.primary, (),
                          reasons, alternatives)
    return PersonInfo(first.name, first.parts, first.gender, first.gender_source, forms, first.person_id)


def as_written(parts: NameParts) -> str:
    """The name without its title, in the order it was written."""
    order = (parts.surname, parts.given, parts.patronymic) if parts.surname_first else (
        parts.given, parts.patronymic, parts.surname)
    return " ".join(word for word in order if word)


def describe_person(name: str, index=None, hint: str | None = None) -> PersonInfo:
    """Gender (and where it came from) and be/ru/be-Latn forms for one person's name as written.

    ``index`` (a :class:`uaintl.names.match.NameIndex`) makes a registered person's own gender and
    forms win; ``hint`` ("be" or "ru") is the country of the appeal, used when the spelling does not
    tell whether the name is Belarusian or Russian.
    """
    parts = split_name(name)
    plain = as_written(parts)
    if index is not None:
        person = _registered(plain, parts, index)
        if person is not None:
            forms = ProposedForms(person.name("be"), person.name("ru"), person.name("be-Latn"), "registry",
                              reasons=(f"registry entry {person.id!r}",))
            return PersonInfo(plain, parts, person.gender, "registry", forms, person.id)
    return _described(name, hint)


@lru_cache(maxsize=16384)
def _described(name: str, hint: str | None) -> PersonInfo:
    """A name the registry does not know, described from its spelling alone (cached: appeals repeat names)."""
    parts = split_name(name)
    plain = as_written(parts)
    gender, source = infer_gender(parts)
    return PersonInfo(plain, parts, gender, source, propose_forms(parts, gender, hint))


def _registered(plain: str, parts: NameParts, index):
    from uaintl.names.match import find_mentions

    ordered = " ".join(word for word in (parts.given, parts.surname) if word)
    for text in (ordered, plain):
        people = {mention.person for mention in find_mentions(text, index, include_near=False) if mention.person}
        if len(people) == 1:
            return index.registry.get(people.pop())
    return None


def person_id(info: PersonInfo) -> str:
    """A registry id from the English surname (kavaliova, kara-murza)."""
    from uaintl.names.given import fold

    words = [fold(part) for part in info.parts.surname.split("-")]
    return "-".join(word for word in words if word) or "person"


def proposed_entry(info: PersonInfo) -> dict:
    """The registry entry a reviewer would add for this person, with the reasoning behind it."""
    parts = info.parts
    english = " ".join(word for word in (parts.given, parts.patronymic, parts.surname) if word)
    if parts.surname.isupper():
        english = english.replace(parts.surname, parts.surname.title())
    entry = {"id": person_id(info), "gender": info.gender or "", "en": english, "be": info.forms.be,
             "ru": info.forms.ru, "be-Latn": info.forms.be_latn}
    return {**entry, "gender_source": info.gender_source, "primary": info.forms.primary,
            "check": list(info.forms.check), "reasons": list(info.forms.reasons),
            "alternatives": {key: list(value) for key, value in info.forms.alternatives.items()}}
