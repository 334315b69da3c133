"""One person's name as written: parts, gender (and what told it), proposed be/ru/be-Latn forms."""

from __future__ import annotations

import pytest

from uaintl.names.match import NameIndex
from uaintl.names.people import describe_person, split_name
from uaintl.names.registry import load_registry
from tests.conftest import ROOT


@pytest.mark.parametrize("text, title, given, patronymic, surname, surname_first", [
    ("Krasnov Igor Viktorovich", "", "Igor", "Viktorovich", "Krasnov", True),
    ("Ms Tatsiana Kavaliova", "Ms", "Tatsiana", "", "Kavaliova", False),
    ("Ambassador Dmitry Basik", "Ambassador", "Dmitry", "", "Basik", False),
    ("Igor Viktorovich Krasnov", "", "Igor", "Viktorovich", "Krasnov", False),
    ("SHVED Andrei", "", "Andrei", "", "SHVED", True),
    ("A. Shved", "", "A.", "", "Shved", False),
    ("Prosecutor General Andrei Shved", "Prosecutor General", "Andrei", "", "Shved", False),
    ("Bantsar's", "", "", "", "Bantsar", False),
    # Turkic patronymics: the father's name and a particle of their own
    ("Ms Sevinj Rauf qizi Mammadova", "Ms", "Sevinj", "Rauf qizi", "Mammadova", False),
    ("Dauren Aidos uly Mukhamedov", "", "Dauren", "Aidos uly", "Mukhamedov", False),
    ("Aliyev Kamran Hasan oglu", "", "Kamran", "Hasan oglu", "Aliyev", True),
])
def test_split_name(text, title, given, patronymic, surname, surname_first) -> None:
    parts = split_name(text)
    assert (parts.title, parts.given, parts.patronymic, parts.surname, parts.surname_first) == (
        title, given, patronymic, surname, surname_first)


@pytest.mark.parametrize("text, gender, told_by", [
    ("Ms Tatsiana Kavaliova", "f", "title"),
    ("Mr Ivan Ivanov", "m", "title"),
    ("Krasnov Igor Viktorovich", "m", "patronymic"),
    ("Moskalkova Tatyana Nikolayevna", "f", "patronymic"),
    ("Volha Harbunova", "f", "given name"),
    ("Ihar Bantsar", "m", "given name"),
    ("Zmister Dashkevich", "m", "given name"),  # a typo of Zmitser is still Зміцер
    ("Sasha Skochilenko", None, "unknown"),  # Sasha is given to both: nothing tells
    ("Sasha Kalesnikava", "f", "surname ending"),
    ("Judge Lukashevich", None, "unknown"),  # -ich is both men's and women's
    ("Kalesnikava", "f", "surname ending"),
    ("Tsikhanouski", "m", "surname ending"),
    ("Aigerim Bolat kyzy Seitkali", "f", "patronymic"),  # a daughter's particle
    ("Aliyev Kamran Hasan oglu", "m", "patronymic"),
    ("Her Excellency Kovalenko", "f", "title"),
])
def test_gender_and_what_told_it(text: str, gender: str | None, told_by: str) -> None:
    info = describe_person(text)
    assert info.gender == gender and info.gender_source.startswith(told_by), info.gender_source


@pytest.mark.parametrize("text, be, ru, be_latn", [
    ("Maryia Kalesnikava", "Марыя Калеснікава", "Мария Колесникова", "Maryja Kaleśnikava"),
    ("Ihar Bantsar", "Ігар Банцар", "Игорь Банцар", "Ihar Bancar"),
    ("Ms Tatsiana Kavaliova", "Таццяна Кавалёва", "Татьяна Ковалёва", "Taćciana Kavalova"),
    ("Krasnov Igor Viktorovich", "Ігар Віктаравіч Красноў", "Игорь Викторович Краснов",
     "Ihar Viktaravič Krasnoŭ"),
    ("Roman Protasevich", "Раман Пратасевіч", "Роман Протасевич", "Raman Pratasievič"),
    ("Maksim Znak", "Максім Знак", "Максим Знак", "Maksim Znak"),
    ("Nasta Loika", "Наста Лойка", "Настя Лойко", "Nasta Łojka"),
    ("Tatyana Moskalkova", "Таццяна Маскалькова", "Татьяна Москалькова", "Taćciana Maskalkova"),
    ("Boris Nemtsov", "Барыс Нямцоў", "Борис Немцов", "Barys Niamcoŭ"),
])
def test_proposed_forms(text: str, be: str, ru: str, be_latn: str) -> None:
    forms = describe_person(text).forms
    assert (forms.be, forms.ru, forms.be_latn) == (be, ru, be_latn)


@pytest.mark.parametrize("text, ru", [
    # a Turkic patronymic is the father's name and the particle as Russian writes it
    ("Makhabat Tazhibek kyzy", "Махабат Тажибек кызы"),
    ("Aigerim Bolat kyzy Seitkali", "Айгерим Болат кызы Сейткали"),
    ("Dauren Aidos uly Mukhamedov", "Даурен Айдос улы Мухамедов"),
    # an initial E is Е in a surname made from a given name in Е- (Ефрем, Егор), else Э stays likelier
    ("Ms Natalya Borisovna Efremova", "Наталья Борисовна Ефремова"),
    ("Igor Egorov", "Игорь Егоров"),
    ("Alexander Etkind", "Александр Эткинд"),
    ("Natalia Estemirova", "Наталья Эстемирова"),
])
def test_proposed_russian_forms(text: str, ru: str) -> None:
    assert describe_person(text, hint="ru").forms.ru == ru


@pytest.mark.parametrize("text, gender, given", [
    ("Leyla Yunus", "f", "Лейла"), ("Ilgar Mammadov", "m", "Ильгар"), ("Talgat Ayan", "m", "Талгат"),
    ("Khadija Ismayilova", "f", "Хадиджа"),
])
def test_central_asian_and_caucasian_given_names_tell_the_gender(text: str, gender: str, given: str) -> None:
    info = describe_person(text, hint="ru")
    assert info.gender == gender and info.forms.ru.split()[0] == given


@pytest.mark.parametrize("text, be, ru", [
    # Kazakh letters are written as Russian writes them; і stays і in Belarusian
    ("Нұрсұлтан Әбішұлы Назарбаев", "Нурсултан Абішулы Назарбаев", "Нурсултан Абишулы Назарбаев"),
    ("Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
    ("Алесь Бяляцкі", "Алесь Бяляцкі", "Алесь Бяляцкі"),  # Belarusian letters stay as written
    # patronymics the rules do not make
    ("Yuri Yakovlevich Chaikovsky", "Юрый Якаўлевіч Чайкоўскі", "Юрий Яковлевич Чайковский"),
    ("Anna Kuzminichna Orlova", "Ганна Кузьмінічна Арлова", "Анна Кузьминична Орлова"),
    # a stem that drops its vowel keeps its stress: Пятровіч (Пятром), Паўлаўна (Паўлам), Львовіч
    ("Svetlana Pavlovna Morozova", "Святлана Паўлаўна Марозава", "Светлана Павловна Морозова"),
    ("Anatoly Petrovich Gorelov", "Анатоль Пятровіч Гарэлаў", "Анатолий Петрович Горелов"),
    ("Lev Lvovich Orlov", "Леў Львовіч Арлоў", "Лев Львович Орлов"),
])
def test_proposed_be_and_ru_forms(text: str, be: str, ru: str) -> None:
    forms = describe_person(text).forms
    assert (forms.be, forms.ru) == (be, ru)


def test_a_turkic_particle_is_written_in_every_form() -> None:
    forms = describe_person("Ms Sevinj Rauf qizi Mammadova").forms
    assert " Рауф кызы " in forms.ru and " Раўф кызы " in forms.be
    assert "кызй" not in forms.ru and "оглы" in describe_person("Aliyev Kamran Hasan oglu").forms.ru


def test_forms_show_the_reasoning_and_what_to_check() -> None:
    forms = describe_person("Maryia Kalesnikava").forms
    assert forms.primary == "be" and forms.check == ("ru",)
    assert any("table Марыя / Мария" in reason for reason in forms.reasons)
    assert any("passport" in reason or "lacinka" in reason or "english" in reason for reason in forms.reasons)
    russian = describe_person("Krasnov Igor Viktorovich").forms
    assert russian.primary == "ru" and russian.check == ("be",)
    assert "patronymic" in russian.reasons[0]


def test_appeal_country_decides_when_the_spelling_does_not() -> None:
    assert describe_person("Alexei Navalny", hint="ru").forms.primary == "ru"
    assert describe_person("Alexei Navalny", hint="be").forms.primary == "be"
    assert describe_person("Alexei Navalny", hint="ru").forms.ru == "Алексей Навальный"


def test_registered_official_takes_the_registry_gender_and_forms() -> None:
    index = NameIndex(load_registry(ROOT / "locales" / "names.toml"))
    info = describe_person("Ambassador Dmitry Basik", index)
    assert (info.person_id, info.gender, info.gender_source) == ("basik", "m", "registry")
    assert info.forms.be == "Дзмітрый Басік" and info.forms.ru == "Дмитрий Басик"
    assert describe_person("Ms Tatsiana Kavaliova", index).person_id is None


def test_initials_become_cyrillic() -> None:
    assert describe_person("A. Shved").forms.ru == "А. Швед"
