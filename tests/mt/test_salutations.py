"""A salutation naming its official ("Dear Prosecutor General Zhumabekov,"): the memory's salutation
of the title and the person's name in the nominative, the greeting agreeing with the person."""

from __future__ import annotations

import pytest

from uaintl.mt.boilerplate import ORIGIN, add_boilerplate
from uaintl.mt.memory import TranslationMemory
from uaintl.names.unknown import appeal_people


def boilerplate(locale: str) -> TranslationMemory:
    memory = TranslationMemory(locale)
    add_boilerplate(memory, "en", locale)
    return memory


@pytest.mark.parametrize("source, be, ru", [
    ("Dear Prosecutor General Zhumabekov,", "Паважаны спадар Генеральны пракурор Жумабекаў!",
     "Уважаемый господин Генеральный прокурор Жумабеков!"),
    ("Dear Governor Petrov,", "Паважаны спадар Губернатар Пятроў!", "Уважаемый господин Губернатор Петров!"),
    # a woman: the greeting agrees with her, whatever the memory's salutation of the title was written for
    ("Dear Minister Ivanova,", "Паважаная спадарыня Міністр Іванова!", "Уважаемая госпожа Министр Иванова!"),
    ("Dear Chairperson Smirnova,", "Паважаная спадарыня Старшыня Смірнова!", "Уважаемая госпожа Председатель Смирнова!"),
    # a given name with the surname, markup around the line
    ("<1>Dear Minister Ivan Ivanov,</1>", "<1>Паважаны спадар Міністр Іван Іваноў!</1>",
     "<1>Уважаемый господин Министр Иван Иванов!</1>"),
])
def test_a_salutation_with_a_title_and_a_name_is_composed(source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        match = boilerplate(locale).lookup(source, 75, "salutation")
        assert match is not None and match.text == expected
        assert match.kind == "assembled" and match.origin == ORIGIN and not match.reviewed
        assert "name proposed, not in the registry" in match.describe()  # the translator checks the form


def test_the_appeals_fuller_mention_tells_a_gender_the_surname_does_not() -> None:
    """"Dzmitryenka" is a man's or a woman's surname; the appeal's "Judge Katsiaryna Dzmitryenka" tells."""
    appeal_text = "Judge Katsiaryna Dzmitryenka\nMinsk City Court\nDear Judge Dzmitryenka,"
    for locale, expected in (("be", "Паважаная спадарыня Суддзя Дзмітр'енка!"),
                             ("ru", "Уважаемая госпожа Судья Дзмитрьенко!")):
        memory = boilerplate(locale)
        appeal = appeal_people(appeal_text, memory.names)
        match = memory.lookup("Dear Judge Dzmitryenka,", 75, "salutation", appeal)
        assert match is not None and match.text == expected
        assert memory.lookup("Dear Judge Dzmitryenka,", 75, "salutation") is None  # alone, nothing tells


@pytest.mark.parametrize("source", [
    "Dear Madam Minister Ivanov,",  # the title's words say a woman, the surname a man: which is wrong is unknown
    "Dear Judge Kim,",  # nothing tells the gender
    "Dear Vice-Rector Petrov,",  # the memory has no salutation for the title
])
def test_no_salutation_is_composed_when_its_parts_are_not_certain(source: str) -> None:
    for locale in ("be", "ru"):
        assert boilerplate(locale).lookup(source, 75, "salutation") is None


def test_a_salutations_words_are_not_taken_for_a_name() -> None:
    """"Dear Head of the Department of Corrections," is the memory's own line, not a "Corrections"."""
    match = boilerplate("ru").lookup("Dear Head of the Department of Corrections,", 75, "salutation")
    assert match is not None and match.kind == "exact"


@pytest.mark.parametrize("source, be, ru", [
    # a courtesy word before a title the memory has a salutation for: the greeting agrees with it
    ("Dear Madam Ombudsperson,", "Паважаная спадарыня Ўпаўнаважаны!", "Уважаемая госпожа Уполномоченный!"),
    ("Dear Madam Director,", "Паважаная спадарыня Дырэктар!", "Уважаемая госпожа Директор!"),
    # a title the memory has only as a title: the locale's greeting before it, composed with its place too
    ("Dear Mayor,", "Паважаны спадар Мэр!", "Уважаемый господин Мэр!"),
    ("Dear Governor of Krasnodar Region,", "Паважаны спадар Губернатар Краснадарскага краю!",
     "Уважаемый господин Губернатор Краснодарского края!"),
    ("Dear Madam Deputy Prosecutor General,", "Паважаная спадарыня Намеснік Генеральнага пракурора!",
     "Уважаемая госпожа Заместитель Генерального прокурора!"),
    # and with a name after it
    ("Dear Deputy Prosecutor General Ivanova,", "Паважаная спадарыня Намеснік Генеральнага пракурора Іванова!",
     "Уважаемая госпожа Заместитель Генерального прокурора Иванова!"),
])
def test_a_salutation_of_a_title_is_composed_from_the_memorys_title(source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        match = boilerplate(locale).lookup(source, 75, "salutation")
        assert match is not None and match.text == expected and match.kind == "assembled"
        assert "assembled from the translation of the title" in match.describe()


def test_a_near_salutation_never_changes_the_addressees_gender() -> None:
    """"Madam President" was an 83% match for "Dear Mr President," («Уважаемый господин Президент!»)."""
    memory = TranslationMemory("ru")
    memory.add("Dear Mr President,", "Уважаемый господин Президент!", "locales/old/ru.po", "salutation")
    assert memory.lookup("Madam President", 75, "salutation") is None
    assert memory.lookup("Mr President", 75, "salutation") is not None  # the same gender stays a near match
