"""Regions and countries as placeables: an official's title that differs from a memory entry only
in its region or country gets the old translation with the new place, in the case and form the old
translation had it — never with the old place left in it."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import ROOT, require_tool
from uaintl.mt.boilerplate import add_boilerplate, memory_names
from uaintl.mt.memory import TranslationMemory
from uaintl.mt.places import gazetteer, place_forms
from uaintl.names.registry import load_registry

NAMES = load_registry(ROOT / "locales" / "names.toml")


def memory(locale: str, *entries: tuple[str, str]) -> TranslationMemory:
    result = TranslationMemory(locale, memory_names(NAMES))
    for source, translation in entries:
        result.add(source, translation, "locales/old/po", "target-title")
    return result


def suggested(memory: TranslationMemory, source: str) -> str | None:
    match = memory.lookup(source, 75, "target-title")
    return match.text if match is not None else None


@pytest.fixture(scope="module")
def boilerplate() -> dict[str, TranslationMemory]:
    memories = {}
    for locale in ("be", "ru"):
        memories[locale] = TranslationMemory(locale, memory_names(NAMES))
        add_boilerplate(memories[locale], "en", locale)
    return memories


@pytest.mark.parametrize(("source", "be", "ru"), [
    ("Prosecutor of Kaliningrad Region", "Пракурор Калінінградскай вобласці", "Прокурор Калининградской области"),
    ("Prosecutor of the Kostroma Oblast", "Пракурор Кастрамскай вобласці", "Прокурор Костромской области"),
    ("Prosecutor of the Grodno region", "Пракурор Гродзенскай вобласці", "Прокурор Гродненской области"),
    ("Prosecutor General of the Republic of Kazakhstan", "Генеральны пракурор Рэспублікі Казахстан",
     "Генеральный прокурор Республики Казахстан"),
    ("PROSECUTOR GENERAL OF THE REPUBLIC OF ARMENIA", "ГЕНЕРАЛЬНЫ ПРАКУРОР РЭСПУБЛІКІ АРМЕНІЯ",
     "ГЕНЕРАЛЬНЫЙ ПРОКУРОР РЕСПУБЛИКИ АРМЕНИЯ"),
    # the region as an adjective of a compound title, in the genitive masculine
    ("Chairman of the Gomel Regional Executive Committee", "Старшыня Гомельскага абласнога выканаўчага камітэта",
     "Председатель Гомельского областного исполнительного комитета"),
    ("Vitebsk Regional Court", "Віцебскі абласны суд", "Витебский областной суд"),
    # the boilerplate's Russian officials' shapes, for any region
    ("Governor of Kostroma Region", "Губернатар Кастрамскай вобласці", "Губернатор Костромской области"),
    ("Prosecutor's Office of Kostroma Region", "Пракуратура Кастрамскай вобласці", "Прокуратура Костромской области"),
    ("Commissioner for Human Rights in Penza Region", "Упаўнаважаны па правах чалавека ў Пензенскай вобласці",
     "Уполномоченный по правам человека в Пензенской области"),
    ("Commissioner for Children's Rights in Ivanovo Region", "Упаўнаважаны па правах дзіцяці ў Іванаўскай вобласці",
     "Уполномоченный по правам ребёнка в Ивановской области"),
    ("Chairwoman of the Homel Regional Court", "Старшыня Гомельскага абласнога суда",
     "Председатель Гомельского областного суда"),
])
def test_the_boilerplates_titles_take_another_region_or_country(boilerplate, source: str, be: str, ru: str) -> None:
    assert suggested(boilerplate["be"], source) == be
    assert suggested(boilerplate["ru"], source) == ru


@pytest.mark.parametrize(("old", "be_old", "ru_old", "new", "be", "ru"), [
    ("Governor of the Moscow Region", "Губернатар Маскоўскай вобласці", "Губернатор Московской области",
     "Governor of Kostroma Region", "Губернатар Кастрамскай вобласці", "Губернатор Костромской области"),
    ("Prosecutor's Office of the Moscow Region", "Пракуратура Маскоўскай вобласці", "Прокуратура Московской области",
     "Prosecutor's Office of Kostroma Region", "Пракуратура Кастрамскай вобласці", "Прокуратура Костромской области"),
    ("Commissioner for Human Rights in the Sverdlovsk Region", "Упаўнаважаны па правах чалавека ў Свярдлоўскай вобласці",
     "Уполномоченный по правам человека в Свердловской области",
     "Commissioner for Human Rights in Penza Region", "Упаўнаважаны па правах чалавека ў Пензенскай вобласці",
     "Уполномоченный по правам человека в Пензенской области"),
    ("Commissioner for Children's Rights in the Tula Region", "Упаўнаважаны па правах дзіцяці ў Тульскай вобласці",
     "Уполномоченный по правам ребёнка в Тульской области",
     "Commissioner for Children's Rights in Ivanovo Region", "Упаўнаважаны па правах дзіцяці ў Іванаўскай вобласці",
     "Уполномоченный по правам ребёнка в Ивановской области"),
    ("Chairwoman of the Hrodna Regional Court", "Старшыня Гродзенскага абласнога суда",
     "Председатель Гродненского областного суда",
     "Chairwoman of the Homel Regional Court", "Старшыня Гомельскага абласнога суда",
     "Председатель Гомельского областного суда"),
    ("Head of the Chechen Republic", "Кіраўнік Чачэнскай Рэспублікі", "Глава Чеченской Республики",
     "Head of the Udmurt Republic", "Кіраўнік Удмурцкай Рэспублікі", "Глава Удмуртской Республики"),
    ("Head of the Republic of Dagestan", "Кіраўнік Рэспублікі Дагестан", "Глава Республики Дагестан",
     "Head of the Republic of Ingushetia", "Кіраўнік Рэспублікі Інгушэція", "Глава Республики Ингушетия"),
])
def test_a_title_in_the_genitive_or_after_a_preposition_keeps_its_case(old, be_old, ru_old, new, be, ru) -> None:
    assert suggested(memory("be", (old, be_old)), new) == be
    assert suggested(memory("ru", (old, ru_old)), new) == ru


def test_an_oblast_does_not_take_the_place_of_a_krai() -> None:
    """«Прокурор Краснодарской области» would be wrong: the noun comes with the region."""
    ru = memory("ru", ("Prosecutor of the Moscow Region", "Прокурор Московской области"))
    assert suggested(ru, "Prosecutor of Krasnodar Krai") is None
    krai = memory("ru", ("Prosecutor of Krasnodar Krai", "Прокурор Краснодарского края"))
    assert suggested(krai, "Prosecutor of Stavropol Krai") == "Прокурор Ставропольского края"


def test_an_old_place_the_translation_does_not_show_in_a_known_form_gives_no_suggestion() -> None:
    # the translation names the region by its city: the adjective is not there to swap
    ru = memory("ru", ("Governor of the Moscow Region", "Губернатор Подмосковья"))
    assert suggested(ru, "Governor of Kostroma Region") is None
    # the old place stands in a form the rule does not know (abbreviated): it would stay stale
    short = memory("ru", ("Prosecutor of the Brest Region", "Прокурор Брестск. обл."))
    assert suggested(short, "Prosecutor of the Hrodna Region") is None


def test_a_region_the_gazetteer_lacks_changes_nothing() -> None:
    ru = memory("ru", ("Prosecutor of the Moscow Region", "Прокурор Московской области"))
    assert suggested(ru, "Prosecutor of the Neverland Region") is None
    assert suggested(ru, "Prosecutor of the Moscow Region") == "Прокурор Московской области"
    # a country outside the gazetteer after "Republic of" is not a placeable either
    assert suggested(memory("ru", ("Prosecutor General of the Republic of Belarus",
                                   "Генеральный прокурор Республики Беларусь")),
                     "Prosecutor General of the Republic of Moldova") is None


def test_a_city_court_is_not_a_region() -> None:
    ru = memory("ru", ("Chairwoman of the Minsk City Court", "Председатель Минского городского суда"))
    assert suggested(ru, "Chairwoman of the Brest Regional Court") is None


@pytest.mark.parametrize(("locale", "dictionary"), [("be", "be_BY"), ("ru", "ru_RU")])
def test_every_form_written_is_spelled_right_where_the_dictionary_knows_the_place(locale: str,
                                                                                  dictionary: str) -> None:
    """The ending rule, checked by hunspell on every place whose nominative the dictionary knows
    (the Belarusian dictionary lacks many Russian regions)."""
    require_tool("hunspell")
    places = {place for place in gazetteer()[0].values()}

    def unknown(words: list[str]) -> set[str]:
        run = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(words), capture_output=True,
                             text=True, check=True)
        return set(run.stdout.split())

    known = [place for place in places if not unknown([place.written(locale)])]
    assert len(known) >= (6 if locale == "be" else 60)
    forms = [form for place in known for form in place_forms(place, locale)]
    # hunspell-be has «Уладзімірская», «Уладзімірскі» but not the neuter, which is regular («Віцебскае»)
    assert unknown(forms) <= {"Уладзімірскае"}


def test_a_russian_adjective_stressed_on_its_ending_takes_its_own_masculine() -> None:
    ru = memory("ru", ("Hrodna Regional Court", "Гродненский областной суд"))
    assert suggested(ru, "Kostroma Regional Court") == "Костромской областной суд"
    # «Костромской» may be masculine or feminine: which ending «Московск-» needs is not known
    back = memory("ru", ("Kostroma Regional Court", "Костромской областной суд"))
    assert suggested(back, "Moscow Regional Court") is None
