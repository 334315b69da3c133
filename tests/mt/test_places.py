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
    ("Prosecutor of the Kostroma Oblast", "Пракурор Кастрамской вобласці", "Прокурор Костромской области"),
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
    ("Governor of Kostroma Region", "Губернатар Кастрамской вобласці", "Губернатор Костромской области"),
    ("Prosecutor's Office of Kostroma Region", "Пракуратура Кастрамской вобласці", "Прокуратура Костромской области"),
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
     "Governor of Kostroma Region", "Губернатар Кастрамской вобласці", "Губернатор Костромской области"),
    ("Prosecutor's Office of the Moscow Region", "Пракуратура Маскоўскай вобласці", "Прокуратура Московской области",
     "Prosecutor's Office of Kostroma Region", "Пракуратура Кастрамской вобласці", "Прокуратура Костромской области"),
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


def test_an_oblast_gives_way_to_a_krai_with_its_noun() -> None:
    """«Прокурор Краснодарской области» would be wrong: the noun comes with the region, in the same case."""
    ru = memory("ru", ("Prosecutor of the Moscow Region", "Прокурор Московской области"))
    assert suggested(ru, "Prosecutor of Krasnodar Krai") == "Прокурор Краснодарского края"
    krai = memory("ru", ("Prosecutor of Krasnodar Krai", "Прокурор Краснодарского края"))
    assert suggested(krai, "Prosecutor of Stavropol Krai") == "Прокурор Ставропольского края"
    assert suggested(krai, "Prosecutor of the Chechen Republic") == "Прокурор Чеченской Республики"


@pytest.mark.parametrize(("new", "be", "ru"), [
    ("Head of the Federal Penitentiary Service for Krasnodar Krai",
     "Начальнік Упраўлення Федэральнай службы выканання пакаранняў па Краснадарскім краі",
     "Начальник Управления Федеральной службы исполнения наказаний по Краснодарскому краю"),
    ("Head of the Investigative Committee for the Chechen Republic",
     "Кіраўнік следчага ўпраўлення Следчага камітэта Расійскай Федэрацыі па Чачэнскай Рэспубліцы",
     "Руководитель следственного управления Следственного комитета Российской Федерации по Чеченской Республике"),
    ("Commissioner for Human Rights in Krasnodar Krai", "Упаўнаважаны па правах чалавека ў Краснадарскім краі",
     "Уполномоченный по правам человека в Краснодарском крае"),
    ("Prosecutor's Office of the Chechen Republic", "Пракуратура Чачэнскай Рэспублікі", "Прокуратура Чеченской Республики"),
])
def test_a_regional_title_takes_a_region_of_another_kind_in_the_same_case(boilerplate, new, be, ru) -> None:
    assert suggested(boilerplate["be"], new) == be
    assert suggested(boilerplate["ru"], new) == ru


def test_a_compound_regional_adjective_does_not_take_a_krai() -> None:
    # «Брестского областного суда» → a krai would need «краевого»: not guessed
    ru = memory("ru", ("Chairman of the Brest Regional Court", "Председатель Брестского областного суда"))
    assert suggested(ru, "Chairman of the Krasnodar Regional Court") is None


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
                     "Prosecutor General of the Republic of Fiji") is None


def test_a_city_court_is_not_a_region() -> None:
    ru = memory("ru", ("Chairwoman of the Minsk City Court", "Председатель Минского городского суда"))
    assert suggested(ru, "Chairwoman of the Brest Regional Court") is None


@pytest.mark.parametrize(("new", "be", "ru"), [
    ("Chairwoman of the Hrodna City Court", "Старшыня Гродзенскага гарадскога суда", "Председатель Гродненского городского суда"),
    ("Chairwoman of the Tver City Court", "Старшыня Цвярскога гарадскога суда", "Председатель Тверского городского суда"),
])
def test_a_city_court_takes_another_city(new: str, be: str, ru: str) -> None:
    assert suggested(memory("be", ("Chairwoman of the Minsk City Court", "Старшыня Мінскага гарадскога суда")), new) == be
    assert suggested(memory("ru", ("Chairwoman of the Minsk City Court", "Председатель Минского городского суда")), new) == ru


@pytest.mark.parametrize(("locale", "dictionary"), [("be", "be_BY"), ("ru", "ru_RU")])
def test_every_form_written_is_spelled_right_where_the_dictionary_knows_the_place(locale: str,
                                                                                  dictionary: str) -> None:
    """The ending rule, checked by hunspell on every place whose nominative the dictionary knows
    (the Belarusian dictionary lacks many Russian regions)."""
    require_tool("hunspell")
    places = {place for table in gazetteer()[0].values() for place in table.values()}

    def unknown(words: list[str]) -> set[str]:
        run = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(words), capture_output=True,
                             text=True, check=True)
        return set(run.stdout.split())

    known = [place for place in places if not unknown([place.written(locale)])]
    assert len(known) >= (18 if locale == "be" else 70)
    forms = [form for place in known for form in place_forms(place, locale)]
    # hunspell-be has «Уладзімірская», «Уладзімірскі» but not the neuter, which is regular («Віцебскае»);
    # hunspell-ru has «Беларусь» but only the oblique forms of «Белоруссия»
    assert unknown(forms) <= {"Уладзімірскае", "Беларуси", "Беларусью"}


def test_a_belarusian_adjective_stressed_on_its_ending_keeps_its_o() -> None:
    be = memory("be", ("Prosecutor of the Hrodna Region", "Пракурор Гродзенскай вобласці"),
                ("Hrodna Regional Court", "Гродзенскі абласны суд"),
                ("Chairman of the Hrodna Regional Court", "Старшыня Гродзенскага абласнога суда"))
    assert suggested(be, "Prosecutor of the Tver Region") == "Пракурор Цвярской вобласці"
    assert suggested(be, "Tver Regional Court") == "Цвярскі абласны суд"
    assert suggested(be, "Chairman of the Tver Regional Court") == "Старшыня Цвярскога абласнога суда"
    back = memory("be", ("Prosecutor of the Tver Region", "Пракурор Цвярской вобласці"))
    assert suggested(back, "Prosecutor of the Homiel Region") == "Пракурор Гомельскай вобласці"


def test_a_russian_adjective_stressed_on_its_ending_takes_its_own_masculine() -> None:
    ru = memory("ru", ("Hrodna Regional Court", "Гродненский областной суд"))
    assert suggested(ru, "Kostroma Regional Court") == "Костромской областной суд"
    # «Костромской» may be masculine or feminine: which ending «Московск-» needs is not known
    back = memory("ru", ("Kostroma Regional Court", "Костромской областной суд"))
    assert suggested(back, "Moscow Regional Court") is None


# --- countries named alone ----------------------------------------------------------------------

@pytest.mark.parametrize(("old", "be_old", "ru_old", "new", "be", "ru"), [
    # "of": the genitive, whatever the old country's form could also be
    ("Prosecutor General of the Russian Federation", "Генеральны пракурор Расійскай Федэрацыі",
     "Генеральный прокурор Российской Федерации",
     "Prosecutor General of Turkmenistan", "Генеральны пракурор Туркменістана", "Генеральный прокурор Туркменистана"),
    ("Also send copies to diplomatic representatives of Belarus accredited to your country.",
     "Дашліце таксама копіі дыпламатычным прадстаўнікам Беларусі, акрэдытаваным у вашай краіне.",
     "Отправьте также копии дипломатическим представителям Беларуси, аккредитованным в вашей стране.",
     "Also send copies to diplomatic representatives of Kazakhstan accredited to your country.",
     "Дашліце таксама копіі дыпламатычным прадстаўнікам Казахстана, акрэдытаваным у вашай краіне.",
     "Отправьте также копии дипломатическим представителям Казахстана, аккредитованным в вашей стране."),
    # the translation's preposition tells the case («у Беларусі»: locative)
    ("Peaceful protesters in Belarus face prison.", "Мірным пратэстоўцам у Беларусі пагражае турма.",
     "Мирным протестующим в Беларуси грозит тюрьма.",
     "Peaceful protesters in Turkmenistan face prison.", "Мірным пратэстоўцам у Туркменістане пагражае турма.",
     "Мирным протестующим в Туркменистане грозит тюрьма."),
    # a country the translation calls a republic takes another republic, in the nominative
    ("Prosecutor General of Belarus", "Генеральны пракурор Рэспублікі Беларусь", "Генеральный прокурор Республики Беларусь",
     "Prosecutor General of Tajikistan", "Генеральны пракурор Рэспублікі Таджыкістан",
     "Генеральный прокурор Республики Таджикистан"),
])
def test_a_country_takes_the_case_the_old_one_had(old, be_old, ru_old, new, be, ru) -> None:
    assert suggested(memory("be", (old, be_old)), new) == be
    assert suggested(memory("ru", (old, ru_old)), new) == ru


def test_in_is_written_for_the_new_place() -> None:
    be = memory("be", ("Commissioner for Human Rights in the Moscow Region",
                       "Упаўнаважаны па правах чалавека ў Маскоўскай вобласці"))
    ru = memory("ru", ("Commissioner for Human Rights in the Moscow Region",
                       "Уполномоченный по правам человека в Московской области"))
    assert suggested(be, "Commissioner for Human Rights in the Vladimir Region") == \
        "Упаўнаважаны па правах чалавека ва Уладзімірскай вобласці"
    assert suggested(ru, "Commissioner for Human Rights in the Vladimir Region") == \
        "Уполномоченный по правам человека во Владимирской области"
    assert suggested(ru, "Commissioner for Human Rights in the Vologda Region") == \
        "Уполномоченный по правам человека в Вологодской области"


def test_a_country_that_is_not_a_republic_is_never_put_after_the_republic_word() -> None:
    ru = memory("ru", ("Prosecutor General of Belarus", "Генеральный прокурор Республики Беларусь"))
    assert suggested(ru, "Prosecutor General of Turkmenistan") is None  # not «Республики Туркменистан»


def test_a_country_whose_case_nothing_tells_gives_no_suggestion() -> None:
    # «Беларуси» is genitive, dative or locative; Turkmenistan's three forms differ, and neither the
    # English "say" nor the translation's «что» tells which
    ru = memory("ru", ("Friends say Belarus must act.", "Друзья считают, что Беларуси нужно действовать."))
    assert suggested(ru, "Friends say Turkmenistan must act.") is None


# --- officials' titles assembled from a title and a place --------------------------------------

@pytest.mark.parametrize(("source", "be", "ru"), [
    ("Governor of Krasnodar Region", "Губернатар Краснадарскага краю", "Губернатор Краснодарского края"),
    ("Prosecutor of the Krasnoyarsk Krai", "Пракурор Краснаярскага краю", "Прокурор Красноярского края"),
    ("Minister of Internal Affairs of the Chechen Republic", "Міністр унутраных спраў Чачэнскай Рэспублікі",
     "Министр внутренних дел Чеченской Республики"),
    ("Human Rights Ombudsperson of the Udmurt Republic", "Упаўнаважаны па правах чалавека Удмурцкай Рэспублікі",
     "Уполномоченный по правам человека Удмуртской Республики"),
    ("<1>Prosecutor General of Kyrgyzstan</1>", "<1>Генеральны пракурор Кыргызстана</1>",
     "<1>Генеральный прокурор Кыргызстана</1>"),
    ("Commissioner for Human Rights of the Republic of Kazakhstan",
     "Упаўнаважаны па правах чалавека Рэспублікі Казахстан", "Уполномоченный по правам человека Республики Казахстан"),
    # "in" → «ў»/«у», «в»/«во» + locative
    ("Commissioner for Children's Rights in Krasnodar Region", "Упаўнаважаны па правах дзіцяці ў Краснадарскім краі",
     "Уполномоченный по правам ребёнка в Краснодарском крае"),
    ("Commissioner for Children's Rights in the Vladimir Region", "Упаўнаважаны па правах дзіцяці ва Уладзімірскай вобласці",
     "Уполномоченный по правам ребёнка во Владимирской области"),
    ("GOVERNOR OF THE STAVROPOL REGION", "ГУБЕРНАТАР СТАЎРАПОЛЬСКАГА КРАЮ", "ГУБЕРНАТОР СТАВРОПОЛЬСКОГО КРАЯ"),
])
def test_a_title_with_a_jurisdiction_is_assembled_in_the_right_case(boilerplate, source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        match = boilerplate[locale].lookup(source, 75, "target-title")
        assert match is not None and match.text == expected, (locale, match)
        assert match.kind in ("assembled", "adapted")


def test_an_assembled_title_says_what_it_is_made_of(boilerplate) -> None:
    match = boilerplate["ru"].lookup("Human Rights Ombudsperson of the Chechen Republic", 75, "target-title")
    assert match.text == "Уполномоченный по правам человека Чеченской Республики"
    assert match.describe() == ("assembled from the translation of the title 'Human Rights Ombudsperson' in uaintl UA "
                                "boilerplate (bundled) and the place")
    assert not match.reviewed


def test_a_title_is_assembled_only_where_every_part_is_known(boilerplate) -> None:
    ru = boilerplate["ru"]
    assert ru.lookup("Chief Gardener of Krasnodar Region", 75, "target-title") is None  # the title is unknown
    assert ru.lookup("Governor of Neverland Region", 75, "target-title") is None  # the place is unknown
    assert ru.lookup("Governor of Krasnodar Region and Adygea", 75, "target-title") is None  # more than a place
    # "for" names a regional branch, not the federal title: not assembled
    assert ru.lookup("Director of the Federal Security Service for Krasnodar Krai", 75, "target-title") is None
    # a sentence is not a title line
    assert ru.lookup("Human Rights Ombudsperson of the Chechen Republic", 75, "background") is None


def test_an_officials_line_takes_a_composed_title_and_the_name(boilerplate) -> None:
    match = boilerplate["ru"].lookup("Governor of Krasnodar Region Ivan Petrov", 75, "target-name")
    assert match is not None and match.text == "Губернатор Краснодарского края Иван Петров"
