"""A list of languages in a note is a placeable: the old translation's languages are replaced by the
new ones, in the form the old translation gave them, joined as the new English joins them; a
language adjective in a sentence is not a language's name."""

from __future__ import annotations

import pytest

from uaintl.mt.languages import find_language_lists
from uaintl.mt.memory import TranslationMemory


def memory(locale: str, source: str, translation: str) -> TranslationMemory:
    result = TranslationMemory(locale)
    result.add(source, translation, "locales/old/po", "language-note")
    return result


NOTE = "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian or Russian."
NOTES = {"be": "ПАЖАДАНАЯ МОВА ЗВАРОТУ: беларуская або руская.",
         "ru": "ПРЕДПОЧТИТЕЛЬНЫЙ ЯЗЫК ОБРАЩЕНИЯ: белорусский или русский."}
WRITE = "Please write immediately in Belarusian, Russian or your own language:"
WRITES = {"be": "Калі ласка, неадкладна напішыце па-беларуску, па-руску або на сваёй мове:",
          "ru": "Пожалуйста, немедленно напишите по-белорусски, по-русски или на своём языке:"}


@pytest.mark.parametrize(("locale", "old", "translation", "new", "expected"), [
    ("ru", NOTE, NOTES["ru"], "<1>PREFERRED LANGUAGE TO ADDRESS TARGET:</1> Russian, Turkmen, English",
     "<1>ПРЕДПОЧТИТЕЛЬНЫЙ ЯЗЫК ОБРАЩЕНИЯ:</1> русский, туркменский, английский"),
    ("be", NOTE, NOTES["be"], "PREFERRED LANGUAGE TO ADDRESS TARGET: Kazakh, Russian or English.",
     "ПАЖАДАНАЯ МОВА ЗВАРОТУ: казахская, руская або англійская."),
    # one language after the note's colon
    ("ru", NOTE, NOTES["ru"], "PREFERRED LANGUAGE TO ADDRESS TARGET: Uzbek.", "ПРЕДПОЧТИТЕЛЬНЫЙ ЯЗЫК ОБРАЩЕНИЯ: узбекский."),
    # the adverb form the old translation used
    ("be", WRITE, WRITES["be"], "Please write immediately in Ukrainian, Russian or your own language:",
     "Калі ласка, неадкладна напішыце па-ўкраінску, па-руску або на сваёй мове:"),
    ("ru", WRITE, WRITES["ru"], "Please write immediately in Kyrgyz and Russian or your own language:",
     "Пожалуйста, немедленно напишите по-киргизски и по-русски или на своём языке:"),
    # the locative after «на»
    ("ru", "Write in English or Russian.", "Пишите на английском или русском языке.", "Write in Kazakh, Russian or English.",
     "Пишите на казахском, русском или английском языке."),
])
def test_a_list_of_languages_takes_the_new_languages_in_the_old_form(locale, old, translation, new, expected) -> None:
    match = memory(locale, old, translation).lookup(new, 75, "language-note")
    assert match is not None and match.text == expected
    assert match.kind in ("adapted", "normalised") and match.substitutions


def test_a_list_whose_old_languages_are_not_found_in_one_form_gives_nothing() -> None:
    mixed = memory("ru", "Write in Belarusian or Russian.", "Пишите по-белорусски или на русском.")
    assert mixed.lookup("Write in Kazakh or Russian.", 75, "language-note") is None
    free = memory("ru", NOTE, "ПРЕДПОЧТИТЕЛЬНЫЙ ЯЗЫК ОБРАЩЕНИЯ: государственные языки Беларуси.")
    assert free.lookup("PREFERRED LANGUAGE TO ADDRESS TARGET: Kazakh or Russian.", 75, "language-note") is None


@pytest.mark.parametrize("text", [
    "The Belarusian authorities must release him.",  # an adjective, not a language's name
    "Russian Federation",
    "He spoke to Russian journalists.",
])
def test_a_language_adjective_in_a_sentence_is_not_a_placeable(text: str) -> None:
    assert find_language_lists(text) == []


def test_an_adjective_pair_does_not_become_other_languages() -> None:
    # "Belarusian and Russian authorities" is a list, but «белорусские и российские» are no language forms
    tm = memory("ru", "The Belarusian and Russian authorities must act.", "Белорусские и российские власти должны действовать.")
    assert tm.lookup("The Kazakh and Russian authorities must act.", 75, "background") is None
