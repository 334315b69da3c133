"""The gazetteer: regions and countries that officials' titles and appeals' headers name ("Prosecutor
of Kaliningrad Region", "Hrodna Regional Court", "Prosecutor General of the Republic of Kazakhstan",
"Prosecutor General of Turkmenistan", "Belarus — UA 62/17"), read from ``data/places.toml``, with
the forms their Belarusian and Russian names take. Translation memory treats them as placeables
(``mt.placeables``) and writes them in any case (``phrase``); the names check does not take them
for people.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from uaintl.lang import CASES

@dataclass(frozen=True)
class Place:
    """A region or country of the gazetteer (``data/places.toml``): a region is written with an
    adjective (``head`` tells its noun: oblast, krai, republic), a country after "Republic of" with
    its name, which stays in the nominative («Рэспублікі Казахстан»)."""

    id: str
    head: str | None  # None for a name after "Republic of", "country" for a country named alone
    be: str
    ru: str
    stressed: bool = False  # the adjective is stressed on its ending: «Костромской», «Цвярской», not -ий, -ай
    declined: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # a country's be and ru forms, by CASES
    republic: bool = False  # a country officially called a republic («Республика Казахстан»)

    def written(self, locale: str) -> str:
        return self.ru if locale.split("-")[0] == "ru" else self.be

    def cases(self, locale: str) -> dict[str, str]:
        """A country's name in each case («Туркменистана», «Туркменистане»)."""
        return dict(zip(CASES, self.declined[locale.split("-")[0] == "ru"], strict=True))


# Adjective endings after a hard -к- stem («Гродзенск|ая», «Брестск|ого»), every gender, case and number.
ADJECTIVE_ENDINGS = {
    "be": ("імі", "ага", "аму", "ая", "ай", "аю", "ую", "ае", "ія", "іх", "ім", "і"),
    "ru": ("ими", "ого", "ому", "ая", "ой", "ою", "ую", "ое", "ие", "их", "им", "ий", "ом"),
}
REPUBLIC_WORD = {"be": "Рэспублік", "ru": "Республик"}
# The noun a region's adjective goes with, by CASES; its gender tells the adjective's endings.
HEAD_NOUNS = {
    "be": {"oblast": ("вобласць", "вобласці", "вобласці", "вобласць", "вобласцю", "вобласці"),
           "krai": ("край", "краю", "краю", "край", "краем", "краі"),
           "republic": ("Рэспубліка", "Рэспублікі", "Рэспубліцы", "Рэспубліку", "Рэспублікай", "Рэспубліцы")},
    "ru": {"oblast": ("область", "области", "области", "область", "областью", "области"),
           "krai": ("край", "края", "краю", "край", "краем", "крае"),
           "republic": ("Республика", "Республики", "Республике", "Республику", "Республикой", "Республике")},
}
_MASCULINE_HEADS = frozenset({"krai"})
# A hard -ск- adjective's endings by CASES, feminine and masculine.
_REGION_ENDINGS = {
    "be": {"f": ("ая", "ай", "ай", "ую", "ай", "ай"), "m": ("і", "ага", "аму", "і", "ім", "ім")},
    "ru": {"f": ("ая", "ой", "ой", "ую", "ой", "ой"), "m": ("ий", "ого", "ому", "ий", "им", "ом")},
}
_PLACE_HEADS = r"(?:Region|Oblast|Krai|Kray|Territory|Republic)"


@cache
def gazetteer() -> tuple[dict[str, Place], re.Pattern[str]]:
    """The places by table ("region", "named", "country") and English spelling, and the pattern that
    finds them in a segment: a region's word before Region/Oblast/Krai/Territory/Republic (with the
    head and an optional "the") or before "Regional" or "City" (without it: the regional centre's
    adjective is the region's), a name after "Republic of", a country's name anywhere else."""
    data = tomllib.loads((resources.files("uaintl.mt") / "data" / "places.toml").read_text(encoding="utf-8"))
    by_spelling: dict[str, dict[str, Place]] = {}
    spellings: dict[str, list[str]] = {}
    for table in ("region", "named", "country"):
        for place_id, entry in data.get(table, {}).items():
            if table == "country":
                place = Place(place_id, "country", entry["be"][0], entry["ru"][0],
                              declined=(tuple(entry["be"]), tuple(entry["ru"])), republic=entry.get("republic", False))
            else:
                place = Place(place_id, entry.get("head"), entry["be"], entry["ru"], entry.get("stressed", False))
            for spelling in entry["en"]:
                by_spelling.setdefault(table, {})[spelling.casefold()] = place
                spellings.setdefault(table, []).append(re.escape(spelling))
    alternatives = lambda table: "|".join(sorted(spellings[table], key=len, reverse=True))  # noqa: E731
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<region>(?:the\s+)?(?P<adjective>{alternatives('region')})\s+{_PLACE_HEADS}(?!\w))"
        rf"|(?P<compound>{alternatives('region')})(?=\s+Regional\b)"
        rf"|(?P<city>{alternatives('region')})(?=\s+City\b)"
        rf"|(?<=Republic of )(?:the\s+)?(?P<named>{alternatives('named')})(?![\w-])"
        rf"|(?<!Republic of )(?P<country>{alternatives('country')})(?![\w-]))", re.IGNORECASE)
    return by_spelling, pattern


def find_places(text: str) -> list[tuple[int, int, Place]]:
    """The regions and countries of the gazetteer in an English segment, as (start, end, place)."""
    by_spelling, pattern = gazetteer()
    found = []
    for match in pattern.finditer(text):
        table = "named" if match.group("named") else "country" if match.group("country") else "region"
        word = match.group("adjective") or match.group("compound") or match.group("city") or match.group(table)
        place = by_spelling[table][word.casefold()]
        if table == "region" and place.head is None:
            continue
        if match.group("city"):
            place = replace(place, head="city")  # the city's adjective is its region's: «Гродзенскі гарадскі суд»
        found.append((match.start(), match.end(), place))
    return found


def phrase(place: Place, locale: str, case: str) -> str | None:
    """A place as a title names it, in a case: a region's adjective with its noun («Краснодарского
    края», «Чеченской Республике»), a country («Туркменистана»), a name after the republic word
    («Республики Казахстан»); None for a region whose noun is not known."""
    base = locale.split("-")[0]
    position = CASES.index(case)
    if place.head == "country":
        return place.cases(base)[case]
    if place.head is None:
        return f"{HEAD_NOUNS[base]['republic'][position]} {place.written(base)}"
    if place.head not in HEAD_NOUNS[base]:
        return None
    gender = "m" if place.head in _MASCULINE_HEADS else "f"
    ending = written_ending(_REGION_ENDINGS[base][gender][position], place, base)
    return f"{stem(place.written(base))}{ending} {HEAD_NOUNS[base][place.head][position]}"


# A stressed ending keeps its о: ru masculine «Костромской»; be «Цвярскога», «Цвярской» (akanne
# writes а only where the о is unstressed).
_STRESSED_ENDINGS = {"ru": {"ий": "ой"}, "be": {"ага": "ога", "аму": "ому", "ай": "ой", "аю": "ою", "ае": "ое"}}


def written_ending(ending: str, place: Place, locale: str) -> str:
    """A plain adjective ending as this place's adjective writes it."""
    return _STRESSED_ENDINGS[locale].get(ending, ending) if place.stressed else ending


def stem(adjective: str) -> str:
    """«Гродзенская» → «Гродзенск»: the nominative feminine without its ending."""
    return adjective[:-2] if adjective.endswith("ая") else adjective


def place_forms(place: Place, locale: str) -> list[str]:
    """Every form of a place that a translation may contain and this module writes: the adjective
    in each gender, case and number, or the name after «Рэспублікі»."""
    base = locale.split("-")[0]
    if place.head == "country":
        return list(dict.fromkeys(place.cases(base).values()))
    if place.head is None:
        return [place.written(base)]
    base_stem = stem(place.written(base))
    return [base_stem + written_ending(ending, place, base) for ending in ADJECTIVE_ENDINGS[base]]


@cache
def _all_forms() -> frozenset[str]:
    return frozenset(form.casefold() for table in gazetteer()[0].values() for place in set(table.values())
                     for locale in ("be", "ru") for form in place_forms(place, locale))


def is_place_form(word: str) -> bool:
    """A Belarusian or Russian form of a place of the gazetteer («Ивановской», «Гродзенскага»)."""
    return word.casefold() in _all_forms()
