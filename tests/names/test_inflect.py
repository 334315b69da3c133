"""Case forms: Belarusian by our rules, Russian by pytrovich, checked on real forms."""

from __future__ import annotations

import pytest

from uaintl.names.inflect import inflect_name


@pytest.mark.parametrize("name, gender, case, form", [
    ("Алесь Бяляцкі", "m", "gen", "Алеся Бяляцкага"),
    ("Валянцін Стэфановіч", "m", "gen", "Валянціна Стэфановіча"),
    ("Уладзімір Лабковіч", "m", "gen", "Уладзіміра Лабковіча"),
    ("Леанід Судаленка", "m", "gen", "Леаніда Судаленкі"),
    ("Марфа Рабкова", "f", "gen", "Марфы Рабковай"),
    ("Наталля Пінчук", "f", "gen", "Наталлі Пінчук"),
    ("Алесь Бяляцкі", "m", "dat", "Алесю Бяляцкаму"),
    ("Алесь Бяляцкі", "m", "ins", "Алесем Бяляцкім"),
    ("Марфа Рабкова", "f", "acc", "Марфу Рабкову"),
    ("Святлана Ціханоўская", "f", "acc", "Святлану Ціханоўскую"),
    ("Зміцер Салаўёў", "m", "ins", "Зміцерам Салаўёвым"),
    ("Ніна Лабковіч", "f", "dat", "Ніне Лабковіч"),
])
def test_belarusian_case_forms(name: str, gender: str, case: str, form: str) -> None:
    assert inflect_name(name, "be", gender)[case] == form


@pytest.mark.parametrize("name, gender, case, form", [
    ("Алесь Беляцкий", "m", "gen", "Алеся Беляцкого"),
    ("Владимир Лабкович", "m", "gen", "Владимира Лабковича"),
    ("Нина Лабкович", "f", "gen", "Нины Лабкович"),
    ("Наталья Пинчук", "f", "ins", "Натальей Пинчук"),
    ("Леонид Судаленко", "m", "gen", "Леонида Судаленко"),
    ("Марфа Рабкова", "f", "gen", "Марфы Рабковой"),
])
def test_russian_case_forms(name: str, gender: str, case: str, form: str) -> None:
    assert inflect_name(name, "ru", gender)[case] == form
