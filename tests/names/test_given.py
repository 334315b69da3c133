"""The given-name table: every scheme's spelling, listed English spellings, short forms, typos."""

from __future__ import annotations

import pytest

from uaintl.names.given import lookup_given


@pytest.mark.parametrize("spelling, be, ru, gender, origin", [
    ("Ihar", "Ігар", "Игорь", "m", "be"), ("Igor", "Ігар", "Игорь", "m", "ru"),
    ("Siarhei", "Сяргей", "Сергей", "m", "be"), ("Sergey", "Сяргей", "Сергей", "m", "ru"),
    ("Maryia", "Марыя", "Мария", "f", "be"), ("Volha", "Вольга", "Ольга", "f", "be"),
    ("Uładzimir", "Уладзімір", "Владимир", "m", "be"), ("Алесь", "Алесь", "Алесь", "m", "both"),
    ("Nasta", "Наста", "Настя", "f", "be"), ("Zmitser", "Зміцер", "Дмитрий", "m", "be"),
])
def test_spellings_find_their_row(spelling, be, ru, gender, origin) -> None:
    match = lookup_given(spelling)
    assert (match.name.be, match.name.ru, match.name.gender, match.origin) == (be, ru, gender, origin)


def test_short_forms_name_the_full_name() -> None:
    assert lookup_given("Nasta").name.short_of == "Анастасія"
    assert lookup_given("Zmitser").name.short_of == "Дзмітрый"


def test_one_letter_typos_of_long_names_only() -> None:
    assert lookup_given("Zmister").typo and lookup_given("Zmister").name.be == "Зміцер"
    assert lookup_given("Siarhai").name.be == "Сяргей"
    assert lookup_given("Ivin") is None  # four letters: too short to guess
    assert lookup_given("Minsk") is None and lookup_given("Belarus") is None


def test_a_name_that_differs_in_its_first_letter_is_another_name() -> None:
    assert lookup_given("Orman") is None  # not a typo of Roman
    assert lookup_given("Serik").name.ru == "Серик" and lookup_given("Arman").name.ru == "Арман"
    assert lookup_given("Aigul").name.gender == "f" and lookup_given("Aigul").name.ru == "Айгуль"


def test_each_name_has_one_row() -> None:
    from uaintl.names.given import _rows

    names = [(name.gender, name.be) for name, _ in _rows()]
    assert len(names) == len(set(names)) and len(names) >= 150
