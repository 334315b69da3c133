"""Latin surnames back to Cyrillic, with the scheme that explains them; be ↔ ru correspondences."""

from __future__ import annotations

import pytest

from uaintl.names.reverse import be_to_ru, readings, ru_to_be


@pytest.mark.parametrize("latin, language, cyrillic", [
    ("Kalesnikava", "be", "Калеснікава"), ("Tsapkala", "be", "Цапкала"), ("Lobau", "be", "Лобаў"),
    ("Lukashenka", "be", "Лукашэнка"), ("Bialiatski", "be", "Бяляцкі"), ("Kavaliova", "be", "Кавалёва"),
    ("Tsikhanouskaya", "be", "Ціханоўская"), ("Cichanoŭskaja", "be", "Ціханоўская"), ("Loika", "be", "Лойка"),
    ("Łabkovič", "be", "Лабковіч"), ("Krasnov", "ru", "Краснов"), ("Navalny", "ru", "Навальный"),
    ("Volkova", "ru", "Волкова"), ("Melnik", "ru", "Мельник"), ("Kara-Murza", "ru", "Кара-Мурза"), ("Vasilyeva", "ru", "Васильева"),
    ("Shidlovsky", "ru", "Шидловский"), ("Yashin", "ru", "Яшин"),
])
def test_best_reading(latin: str, language: str, cyrillic: str) -> None:
    assert readings(latin, language)[0].cyrillic == cyrillic


def test_soft_l_before_a_consonant_is_an_alternative() -> None:
    assert "Москалькова" in [reading.cyrillic for reading in readings("Moskalkova", "ru")[:2]]


def test_reading_names_the_scheme_that_gives_the_spelling_back() -> None:
    best = readings("Cichanoŭskaja", "be")[0]
    assert "lacinka" in best.systems and "lacinka" in best.reason
    assert "passport" in readings("Kavaliova", "be")[0].systems
    assert len(readings("Tsapkala", "be")) > 1  # alternatives are kept for the reviewer


@pytest.mark.parametrize("be, ru, gender", [
    ("Лукашэнка", "Лукашенко", "m"), ("Бяляцкі", "Беляцкий", "m"), ("Ціханоўская", "Тихановская", "f"),
    ("Лобаў", "Лобов", "m"), ("Бялоў", "Белов", "m"), ("Шыдлоўскі", "Шидловский", "m"), ("Дашкевіч", "Дашкевич", "m"),
])
def test_be_to_ru(be: str, ru: str, gender: str) -> None:
    assert be_to_ru(be, gender) == ru


@pytest.mark.parametrize("ru, be", [
    ("Протасевич", "Пратасевіч"), ("Шидловский", "Шыдлоўскі"), ("Навальный", "Навальны"),
    ("Тихановская", "Ціханоўская"), ("Краснов", "Красноў"), ("Москалькова", "Маскалькова"),
])
def test_ru_to_be(ru: str, be: str) -> None:
    assert ru_to_be(ru) == be
