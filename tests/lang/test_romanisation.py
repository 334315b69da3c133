"""Romanisation schemes, letter by letter against the published tables and their examples."""

from __future__ import annotations

import pytest

from uaintl.lang.be import BGN as BE_BGN, NATIONAL as BE_NATIONAL, PASSPORT as BE_PASSPORT
from uaintl.lang.be_latn import from_lacinka, lacinka
from uaintl.lang.romanize import ISO9
from uaintl.lang.ru import BGN as RU_BGN, PASSPORT as RU_ICAO
from uaintl.names.translit import variants

# Place names from the national system's own examples (pravo.by 2007-159 / UNGEGN tests).
NATIONAL_EXAMPLES = {
    "Віцебск": "Viciebsk", "Гомель": "Homieĺ", "Ельск": "Jeĺsk", "Бабаедава": "Babajedava",
    "Вераб'ёвічы": "Vierabjovičy", "Мёры": "Miory", "Зэльва": "Zeĺva", "Іўе": "Iŭje",
    "Лагойск": "Lahojsk", "Любань": "Liubań", "Магілёў": "Mahilioŭ", "Нясвіж": "Niasviž",
    "Цёмны": "Ciomny", "Хоцімск": "Chocimsk", "Шаркаўшчына": "Šarkaŭščyna", "Фаніпаль": "Fanipaĺ",
    "Смаргонь": "Smarhoń", "Талачын": "Talačyn", "Рагачоў": "Rahačoŭ",
}
# BGN/PCGN 1979 table examples.
BGN_EXAMPLES = {
    "Вілейка": "Vilyeyka", "Віцебск": "Vitsyebsk", "Гомель": "Homyelʼ", "Беліца": "Byelitsa",
    "Нёман": "Nyoman", "Жлобін": "Zhlobin", "Койданава": "Koydanava", "Магілёў": "Mahilyow",
}


@pytest.mark.parametrize("cyrillic, latin", NATIONAL_EXAMPLES.items())
def test_national_2007(cyrillic: str, latin: str) -> None:
    assert BE_NATIONAL(cyrillic) == latin


@pytest.mark.parametrize("cyrillic, latin", BGN_EXAMPLES.items())
def test_bgn_pcgn_belarusian(cyrillic: str, latin: str) -> None:
    assert BE_BGN(cyrillic) == latin


@pytest.mark.parametrize("letter, national, lacinka_form, bgn, passport", [
    # One row per letter class, against the schemes' published tables.
    ("ля", "lia", "la", "lya", "lia"), ("бя", "bia", "bia", "bya", "bia"), ("жа", "ža", "ža", "zha", "zha"),
    ("ча", "ča", "ča", "cha", "cha"), ("ша", "ša", "ša", "sha", "sha"), ("ха", "cha", "cha", "kha", "kha"),
    ("ца", "ca", "ca", "tsa", "tsa"), ("аў", "aŭ", "aŭ", "aw", "au"), ("ай", "aj", "aj", "ay", "ai"),
    ("сь", "ś", "ś", "sʼ", "s"), ("ла", "la", "ła", "la", "la"),
])
def test_belarusian_letter_table(letter, national, lacinka_form, bgn, passport) -> None:
    assert (BE_NATIONAL(letter), lacinka(letter), BE_BGN(letter), BE_PASSPORT(letter)) == (
        national, lacinka_form, bgn, passport)


def test_bialiatski_in_every_scheme() -> None:
    assert variants("Алесь Бяляцкі", "be") == {
        "national": "Alieś Bialiacki", "passport": "Alies Bialiatski", "bgn-pcgn": "Alyesʼ Byalyatski",
        "lacinka": "Aleś Bialacki", "iso9": "Alesʹ Bâlâckì"}


def test_russian_schemes() -> None:
    assert RU_ICAO("Беляцкий") == "Beliatskii"
    assert RU_BGN("Беляцкий") == "Belyatskiy"
    assert ISO9("Беляцкий") == "Belâckij"
    assert RU_ICAO("Щукин") == "Shchukin" and RU_BGN("Ерёменко") == "Yerëmenko"
    assert ISO9("Щукинъ") == "Ŝukinʺ"


@pytest.mark.parametrize("latin, cyrillic", [
    ("Aleś", "Алесь"), ("Bialacki", "Бяляцкі"), ("Valancin", "Валянцін"), ("Stefanovič", "Стэфановіч"),
    ("Uładzimir", "Уладзімір"), ("Łabkovič", "Лабковіч"), ("Sałaŭjoŭ", "Салаўёў"), ("Čapiuk", "Чапюк"),
    ("Cichanoŭskaja", "Ціханоўская"), ("Natalla", "Наталля"), ("Pinčuk", "Пінчук"), ("Rabkova", "Рабкова"),
])
def test_lacinka_to_cyrillic_and_back(latin: str, cyrillic: str) -> None:
    assert from_lacinka(latin) == cyrillic
    assert lacinka(cyrillic) == latin


@pytest.mark.parametrize("cyrillic, latin", [
    ("ТЭРМІНОВАЯ АКЦЫЯ", "TERMINOVAJA AKCYJA"),  # all caps stay all caps (was "TERMINOVAJa AKCYJa")
    ("ЖЫВЕ БЕЛАРУСЬ", "ŽYVIE BIEŁARUŚ"),
    ("Зміцер", "Źmicier"),  # softness before a soft consonant, as the registry writes it
    ("дзейнасць", "dziejnaść"), ("Ёсць", "Jość"), ("пасля", "paśla"),
    ("сям’я, сям'я, сямʼя", "siamja, siamja, siamja"),  # any apostrophe becomes j
    ("Лявон і Ўладзімір", "Lavon i Ŭładzimir"),
    ("Вясна-96: 23 ліпеня, https://spring96.org", "Viasna-96: 23 lipienia, https://spring96.org"),
])
def test_lacinka_running_text(cyrillic: str, latin: str) -> None:
    assert lacinka(cyrillic) == latin


def test_registry_forms_win_for_names_in_running_text() -> None:
    from uaintl.names.registry import parse_registry
    from uaintl import lang
    from uaintl.lang.be_latn import lacinka_text
    from uaintl.names.translit import registry_words

    registry = parse_registry('[[person]]\nid = "sudalenka"\ngender = "m"\nen = "Leanid Sudalenka"\n'
                              'be = "Леанід Судаленка"\nbe-Latn = "Leanid Sudalienka"\n')
    names = registry_words(registry, lang.get("be-Latn"))
    text = "ВЫЗВАЛІЦЕ СУДАЛЕНКА! Леанід Судаленка — сябар «Вясны»."
    assert lacinka_text(text, names) == "VYZVALICIE SUDALIENKA! Leanid Sudalienka — siabar «Viasny»."
    assert lacinka_text(text) == "VYZVALICIE SUDALENKA! Leanid Sudalenka — siabar «Viasny»."
