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
    # ц from к is hard (unstressed -цы), from т soft (-це): never «Лойце»
    ("Наста Лойка", "f", "dat", "Насце Лойцы"),
    ("Марта Лойка", "f", "loc", "Марце Лойцы"),
    # surnames in -ых/-іх do not decline (was «Аркадзя Седыха», review4)
    ("Аркадзь Седых", "m", "gen", "Аркадзя Седых"),
    ("Аркадзь Седых", "m", "ins", "Аркадзем Седых"),
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


@pytest.mark.parametrize("name, gender, case, form", [
    # given names decline like the surname beside them, in every case
    ("Ілья Яшын", "m", "gen", "Іллі Яшына"),
    ("Ілья Яшын", "m", "dat", "Іллю Яшыну"),
    ("Ілья Яшын", "m", "acc", "Іллю Яшына"),
    ("Ілья Яшын", "m", "ins", "Іллём Яшыным"),
    ("Павел Ільін", "m", "gen", "Паўла Ільіна"),
    ("Павел Ільін", "m", "ins", "Паўлам Ільіным"),
    ("Пётр Пятроў", "m", "gen", "Пятра Пятрова"),
    ("Пётр Пятроў", "m", "ins", "Пятром Пятровым"),
    ("Леў Шмялёў", "m", "acc", "Льва Шмялёва"),
    ("Кузьма Кузьмін", "m", "gen", "Кузьмы Кузьміна"),
    ("Кузьма Кузьмін", "m", "dat", "Кузьму Кузьміну"),
    ("Кузьма Кузьмін", "m", "ins", "Кузьмом Кузьміным"),
    ("Мікіта Мікіцін", "m", "gen", "Мікіты Мікіціна"),
    ("Мікіта Мікіцін", "m", "ins", "Мікітам Мікіціным"),
    ("Фама Фамін", "m", "acc", "Фаму Фаміна"),
    ("Фама Фамін", "m", "ins", "Фамом Фаміным"),
    ("Любоў Собаль", "f", "gen", "Любові Собаль"),
    ("Любоў Собаль", "f", "acc", "Любоў Собаль"),
    ("Любоў Собаль", "f", "ins", "Любоўю Собаль"),
    ("Вольга Кузьміна", "f", "dat", "Вользе Кузьмінай"),
    ("Вольга Кузьміна", "f", "ins", "Вольгай Кузьмінай"),
    ("Дар'я Грыгор'ева", "f", "gen", "Дар'і Грыгор'евай"),
    ("Дар'я Грыгор'ева", "f", "acc", "Дар'ю Грыгор'еву"),
    ("Наталля Пінчук", "f", "ins", "Наталляй Пінчук"),
    ("Павел Андрэевіч Сакалоў", "m", "gen", "Паўла Андрэевіча Сакалова"),
])
def test_belarusian_given_names_decline(name: str, gender: str, case: str, form: str) -> None:
    assert inflect_name(name, "be", gender)[case] == form


@pytest.mark.parametrize("name, gender, case, form", [
    ("Илья Яшин", "m", "gen", "Ильи Яшина"), ("Илья Яшин", "m", "ins", "Ильёй Яшиным"),
    ("Павел Ильин", "m", "gen", "Павла Ильина"), ("Любовь Соболь", "f", "ins", "Любовью Соболь"),
    ("Кузьма Кузьмин", "m", "ins", "Кузьмой Кузьминым"),
])
def test_russian_given_names_decline(name: str, gender: str, case: str, form: str) -> None:
    assert inflect_name(name, "ru", gender)[case] == form
