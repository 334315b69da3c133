"""The gazetteer: regions and countries that officials' titles name ("Prosecutor of Kaliningrad
Region", "Hrodna Regional Court", "Prosecutor General of the Republic of Kazakhstan"), read from
``data/places.toml``, with the forms their Belarusian and Russian names take. Translation memory
treats them as placeables (``mt.placeables``); the names check does not take them for people.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

@dataclass(frozen=True)
class Place:
    """A region or country of the gazetteer (``data/places.toml``): a region is written with an
    adjective (``head`` tells its noun: oblast, krai, republic), a country after "Republic of" with
    its name, which stays in the nominative («Рэспублікі Казахстан»)."""

    id: str
    head: str | None  # None for a name after "Republic of"
    be: str
    ru: str
    stressed: bool = False  # the Russian adjective is stressed on its ending: masculine «Костромской», not -ий

    def written(self, locale: str) -> str:
        return self.ru if locale.split("-")[0] == "ru" else self.be


# Adjective endings after a hard -к- stem («Гродзенск|ая», «Брестск|ого»), every gender, case and number.
ADJECTIVE_ENDINGS = {
    "be": ("імі", "ага", "аму", "ая", "ай", "аю", "ую", "ае", "ія", "іх", "ім", "і"),
    "ru": ("ими", "ого", "ому", "ая", "ой", "ою", "ую", "ое", "ие", "их", "им", "ий", "ом"),
}
REPUBLIC_WORD = {"be": "Рэспублік", "ru": "Республик"}
_PLACE_HEADS = r"(?:Region|Oblast|Krai|Kray|Territory|Republic)"


@cache
def gazetteer() -> tuple[dict[str, Place], re.Pattern[str]]:
    """The places by English spelling, and the pattern that finds them in a segment: a region's
    word before Region/Oblast/Krai/Territory/Republic (with the head and an optional "the") or
    before "Regional" (without it), a country's name after "Republic of"."""
    data = tomllib.loads((resources.files("uaintl.mt") / "data" / "places.toml").read_text(encoding="utf-8"))
    by_spelling: dict[str, Place] = {}
    regions, named = [], []
    for table, spellings in (("region", regions), ("named", named)):
        for place_id, entry in data.get(table, {}).items():
            place = Place(place_id, entry.get("head"), entry["be"], entry["ru"], entry.get("stressed", False))
            for spelling in entry["en"]:
                by_spelling[spelling.casefold()] = place
                spellings.append(re.escape(spelling))
    alternatives = lambda names: "|".join(sorted(names, key=len, reverse=True))  # noqa: E731
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<region>(?:the\s+)?(?P<adjective>{alternatives(regions)})\s+{_PLACE_HEADS}(?!\w))"
        rf"|(?P<compound>{alternatives(regions)})(?=\s+Regional\b)"
        rf"|(?<=Republic of )(?:the\s+)?(?P<named>{alternatives(named)})(?![\w-]))", re.IGNORECASE)
    return by_spelling, pattern


def find_places(text: str) -> list[tuple[int, int, Place]]:
    """The regions and countries of the gazetteer in an English segment, as (start, end, place)."""
    by_spelling, pattern = gazetteer()
    found = []
    for match in pattern.finditer(text):
        word = match.group("adjective") or match.group("compound") or match.group("named")
        place = by_spelling[word.casefold()]
        if match.group("named") and place.head is not None or not match.group("named") and place.head is None:
            continue
        found.append((match.start(), match.end(), place))
    return found


def stem(adjective: str) -> str:
    """«Гродзенская» → «Гродзенск»: the nominative feminine without its ending."""
    return adjective[:-2] if adjective.endswith("ая") else adjective


def place_forms(place: Place, locale: str) -> list[str]:
    """Every form of a place that a translation may contain and this module writes: the adjective
    in each gender, case and number, or the name after «Рэспублікі»."""
    base = locale.split("-")[0]
    if place.head is None:
        return [place.written(base)]
    base_stem = stem(place.written(base))
    return [base_stem + ("ой" if base == "ru" and ending == "ий" and place.stressed else ending)
            for ending in ADJECTIVE_ENDINGS[base]]


@cache
def _all_forms() -> frozenset[str]:
    return frozenset(form.casefold() for place in set(gazetteer()[0].values()) for locale in ("be", "ru")
                     for form in place_forms(place, locale))


def is_place_form(word: str) -> bool:
    """A Belarusian or Russian form of a place of the gazetteer («Ивановской», «Гродзенскага»)."""
    return word.casefold() in _all_forms()
