"""A salutation suggested by memory or an engine agrees with the gender of the official it addresses."""

from __future__ import annotations

import pytest

from uaintl.catalog.model import Catalog, Entry
from uaintl.mt.engine import Engine, Translation
from uaintl.mt.memory import TranslationMemory
from uaintl.mt.pipeline import AGREED_NOTE, Route, pretranslate


def unit(msgid: str, role: str, target: str | None = None) -> Entry:
    comments = [f"role: {role}"] + ([f"target: {target}"] if target else [])
    return Entry(msgid=msgid, msgctxt=f"{role}-{msgid[:8]}", extracted_comments=comments)


def catalog(*entries: Entry) -> Catalog:
    return Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"), entries=list(entries))


def reviewed(locale: str, source: str, translation: str) -> TranslationMemory:
    memory = TranslationMemory(locale)
    memory.add(source, translation, "locales/ua-85-21/be.po", "salutation")
    return memory


def test_a_womans_salutation_is_rebuilt_from_a_reviewed_mans() -> None:
    salutation = unit("Dear Prosecutor General,", "salutation", "olga-kuzmina")
    pretranslate([catalog(unit("Kuzmina Olga Sergeyevna", "target-name", "olga-kuzmina"), salutation)],
                 reviewed("be", "Dear Prosecutor General", "Паважаны спадар Генеральны пракурор!"), None)
    assert salutation.msgstr == "Паважаная спадарыня Генеральны пракурор!"
    assert salutation.fuzzy  # no longer the reviewed text: a person checks it
    assert any(AGREED_NOTE in comment for comment in salutation.translator_comments)


def test_a_mans_salutation_stays_the_reviewed_translation() -> None:
    salutation = unit("Dear Prosecutor General", "salutation", "andrei-shved")
    pretranslate([catalog(unit("Mr Andrei Shved", "target-name", "andrei-shved"), salutation)],
                 reviewed("be", "Dear Prosecutor General", "Паважаны спадар Генеральны пракурор!"), None)
    assert (salutation.msgstr, salutation.fuzzy) == ("Паважаны спадар Генеральны пракурор!", False)


@pytest.mark.parametrize("name, title, salutation_text, expected", [
    ("Marina Kuzovkina", "Chairwoman of the Moscow City Court", "Dear Chair,", "Уважаемая госпожа Председатель!"),
    ("K. Dzmitryenka", "Judge of the Minsk City Court", "Dear Chairwoman", "Уважаемая госпожа Председатель!"),
    # the person of a name line followed by their title: "Chief Physician" is no patronymic
    ("<1>Dr Natallia Zhdanovich</1>, Chief Physician, Hrodna Regional Children's Hospital",
     "Hrodna Regional Children's Hospital", "Dear Chair", "Уважаемая госпожа Председатель!"),
    # nothing tells the judge's gender (an initial, a surname without a telling ending): left as it is
    ("K. Dzmitryenka", "Judge of the Minsk City Court", "Dear Chair", "Уважаемый господин Председатель!"),
])
def test_the_gender_comes_from_the_title_the_name_or_the_salutation(name: str, title: str, salutation_text: str,
                                                                    expected: str) -> None:
    memory = TranslationMemory("ru")
    memory.add("Dear Chair", "Уважаемый господин Председатель!", "boilerplate", "salutation", rank=0)
    memory.add("Dear Chairwoman", "Уважаемый господин Председатель!", "boilerplate", "salutation", rank=0)
    salutation = unit(salutation_text, "salutation", "official")
    pretranslate([catalog(unit(name, "target-name", "official"), unit(title, "target-title", "official"),
                          salutation)], memory, None)
    assert salutation.msgstr == expected


class Literal(Engine):
    """An engine that always answers with the masculine greeting, as small models do."""

    name = "literal"

    @classmethod
    def from_project(cls, project) -> Literal:
        return cls()

    def unavailable(self) -> str:
        return ""

    def pairs(self) -> set[tuple[str, str]]:
        return {("en", "ru")}

    def describe(self, source: str, target: str) -> str:
        return "literal"

    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        return [Translation("Уважаемый господин Губернатор!") for _ in texts]


def test_machine_translation_of_a_salutation_agrees_too() -> None:
    salutation = unit("Dear Governor,", "salutation", "yelena-pavlova")
    pretranslate([catalog(unit("Ms Yelena Pavlova", "target-name", "yelena-pavlova"), salutation)],
                 TranslationMemory("ru"), Route([(Literal(), "en", "ru")]))
    assert (salutation.msgstr, salutation.fuzzy) == ("Уважаемая госпожа Губернатор!", True)
    assert any(AGREED_NOTE in comment for comment in salutation.translator_comments)
