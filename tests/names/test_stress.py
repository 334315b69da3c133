"""Russian surnames in Belarusian: the stress decides аканне/яканне, so it is guessed by rules, a table
of frequent surnames, and the other form is shown when the rule is only the likelier choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from uaintl.names.people import describe_person
from uaintl.names.reverse import guess_stress, known_surname, ru_to_be, ru_to_be_forms

_LIST = Path(__file__).parent.parent / "fixtures" / "names" / "ru-surnames-be.tsv"
ROWS = [line.split("\t") for line in _LIST.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")]


def test_the_list_is_large_and_has_women() -> None:
    assert len(ROWS) >= 60 and sum(row[0] == "f" for row in ROWS) >= 20


@pytest.mark.parametrize("gender, english, ru, be", ROWS, ids=[row[1] for row in ROWS])
def test_belarusian_form_of_a_russian_surname(gender: str, english: str, ru: str, be: str) -> None:
    assert ru_to_be(ru, gender) == be
    assert describe_person(english, hint="ru").forms.be == be


@pytest.mark.parametrize("ru, stressed", [
    ("Кузнецов", "о"), ("Немцова", "о"),  # -ов after ц ж ш ч щ is written о only when stressed
    ("Зайцев", "а"), ("Григорьев", "о"),  # -цев, -ьев are never stressed
    ("Андреев", "е"), ("Колесников", "е"), ("Горинов", "и"), ("Морозова", "о"),
    ("Рыбаков", "о"), ("Ильин", "и"), ("Ковальчук", "у"), ("Шидловский", "о"),
])
def test_stress_rules(ru: str, stressed: str) -> None:
    index = guess_stress(ru)
    assert ru[index] == stressed


def test_ru_to_be_keeps_stressed_vowels_and_reduces_the_others() -> None:
    assert ru_to_be("Сорокин") == "Сарокін"  # Соро́кин: the first о is а, the stressed one stays
    assert ru_to_be("Чернов") == "Чарноў"  # unstressed е after a hard consonant is а
    assert ru_to_be("Егорова", "f") == "Ягорава"  # яканне at the start of the word too


def test_frequent_surnames_from_the_table_restore_yo() -> None:
    assert known_surname("Ковалев") == ("Ковалёв", 5)
    assert known_surname("Павлова") == ("Павлова", 1)
    info = describe_person("Mikhail Gorbachev", hint="ru")
    assert (info.forms.ru, info.forms.be) == ("Михаил Горбачёв", "Міхаіл Гарбачоў")


def test_uncertain_stress_lists_the_other_form_for_the_reviewer() -> None:
    assert ru_to_be_forms("Зорин") == ("Зорын", "Зарын")
    forms = describe_person("Ivan Krasnov", hint="ru").forms
    assert forms.be == "Іван Красноў" and forms.alternatives["be"] == ("Краснаў",)
    assert any("stress uncertain" in reason for reason in forms.reasons)
    assert "be" not in describe_person("Elena Pavlova", hint="ru").forms.alternatives  # the table knows it


@pytest.mark.parametrize("belarusian, russian", [("Ivan Kubrakou", "Ivan Kubrakov"),
                                                  ("Maryia Kalesnikava", "Maria Kolesnikova")])
def test_one_person_in_two_romanisations_gets_one_form(belarusian: str, russian: str) -> None:
    be_spelled, ru_spelled = describe_person(belarusian), describe_person(russian, hint="ru")
    assert be_spelled.forms.be == ru_spelled.forms.be
    assert be_spelled.forms.ru == ru_spelled.forms.ru
