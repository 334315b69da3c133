"""Clause by clause: a new sentence made of formulas the memory has, each whole, joined as be/ru join clauses."""

from __future__ import annotations

import pytest

from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.pofile import dump_po
from uaintl.mt.boilerplate import add_boilerplate, memory_names
from uaintl.mt.clauses import clause_cuts
from uaintl.mt.memory import TranslationMemory
from uaintl.mt.pipeline import pretranslate
from uaintl.mt.placeables import parse

from tests.mt.test_memory import NAMES

OLD = "locales/old/ru.po"


def bundled(locale: str) -> TranslationMemory:
    memory = TranslationMemory(locale, memory_names(NAMES))
    add_boilerplate(memory, "en", locale)
    return memory


def small(locale: str, *pairs: tuple[str, str]) -> TranslationMemory:
    memory = TranslationMemory(locale, memory_names(NAMES))
    for source, translation in pairs:
        memory.add(source, translation, OLD, "letter")
    return memory


RELEASE = ("I call on you to release Marfa Rabkova immediately and unconditionally.",
           "Призываю Вас немедленно и безоговорочно освободить Марфу Рабкову.")
DROP = ("to drop all charges against her", "снять с неё все обвинения")


@pytest.mark.parametrize(("locale", "expected"), [
    ("be", "Заклікаю Вас неадкладна і безумоўна вызваліць Ганну Савіцкую і зняць з яе ўсе абвінавачванні, паколькі "
           "яна з'яўляецца вязнем сумлення і ўтрымліваецца пад вартай выключна за мірнае ажыццяўленне свайго права на "
           "свабоду мірных сходаў."),
    ("ru", "Призываю Вас немедленно и безоговорочно освободить Анну Савицкую и снять с неё все обвинения, поскольку "
           "она является узницей совести и содержится под стражей исключительно за мирное осуществление своего права "
           "на свободу мирных собраний."),
])
def test_a_new_letter_sentence_is_composed_from_the_boilerplates_clauses(locale: str, expected: str) -> None:
    sentence = ("I call on you to release Hanna Savitskaya immediately and unconditionally, and to drop all charges "
                "against her, as she is a prisoner of conscience, detained solely for peacefully exercising her right "
                "to freedom of peaceful assembly.")
    catalog = Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"),
                      entries=[Entry(msgid=sentence, msgctxt="letter-1", extracted_comments=["role: letter"])])
    report, = pretranslate([catalog], bundled(locale), None)
    entry = catalog.messages[0]
    assert (entry.msgstr, entry.fuzzy, report.memory_fuzzy) == (expected, True, 1)
    comment = next(line for line in entry.translator_comments if line.startswith("uaintl-tm:"))
    assert comment.startswith(
        'uaintl-tm: composed clause by clause from uaintl UA boilerplate (bundled), each clause a 100% match: '
        '"I call on you to release Marfa Rabkova immediately and unconditionally." + "to drop all charges against '
        'her" + "as she is a prisoner of conscience, detained solely for peacefully exercising her right to freedom of '
        'peaceful assembly", substituted: ')
    assert "Rabkov" not in dump_po(catalog).decode("utf-8").split("msgstr")[-1]  # nothing stale


def test_and_joins_without_the_serial_comma_and_the_clause_goes_on_in_lower_case() -> None:
    memory = small("ru", RELEASE, ("To drop all charges against her.", "Снять с неё все обвинения."))
    match = memory.lookup("I call on you to release Hanna Savitskaya immediately and unconditionally, and to drop all "
                          "charges against her.", 75, "letter")
    assert match.text == "Призываю Вас немедленно и безоговорочно освободить Анну Савицкую и снять с неё все обвинения."
    assert match.kind == "clauses" and not match.reviewed


def test_a_semicolon_stays_and_the_units_own_ending_closes_the_sentence() -> None:
    memory = small("ru", RELEASE, ("that her conviction is quashed", "чтобы её приговор был отменён"),
                   ("Calling on them to ensure that she is not tortured", "Призывайте их обеспечить, чтобы её не пытали"))
    match = memory.lookup("Calling on them to ensure that she is not tortured; that her conviction is quashed;", 75,
                          "appeal-point")
    assert match.text == "Призывайте их обеспечить, чтобы её не пытали; чтобы её приговор был отменён;"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pending her release, ensure that she receives adequate medical care.",
     "До её освобождения обеспечьте, чтобы она получала надлежащую медицинскую помощь."),
    # a parenthetical word keeps its commas
    ("Pending her release, please ensure that she receives adequate medical care.",
     "До её освобождения, пожалуйста, обеспечьте, чтобы она получала надлежащую медицинскую помощь."),
])
def test_no_comma_after_a_fronted_pending_unless_a_parenthetical_word_follows(sentence: str, expected: str) -> None:
    memory = small("ru", ("Pending her release", "До её освобождения"),
                   ("Ensure that she receives adequate medical care.",
                    "Обеспечьте, чтобы она получала надлежащую медицинскую помощь."),
                   ("Please ensure that she receives adequate medical care.",
                    "Пожалуйста, обеспечьте, чтобы она получала надлежащую медицинскую помощь."))
    assert memory.lookup(sentence, 75, "letter").text == expected


def test_a_polite_capital_stays_after_a_comma() -> None:
    memory = small("ru", ("Pending her release", "До её освобождения"),
                   ("you must ensure that she receives adequate medical care",
                    "Вы должны обеспечить, чтобы она получала надлежащую медицинскую помощь."),
                   ("I hope that you will reply", "Надеюсь, что Вы ответите."))  # «Вы» capitalised mid-sentence
    match = memory.lookup("Pending her release, you must ensure that she receives adequate medical care.", 75, "letter")
    assert match.text == "До её освобождения Вы должны обеспечить, чтобы она получала надлежащую медицинскую помощь."


def test_belarusian_u_after_a_vowel_across_the_join_is_nonsyllabic() -> None:
    memory = small("be", ("Pending her release", "Да яе вызвалення"),
                   ("ensure that she is protected", "усяляк забяспечце яе абарону"))
    assert memory.lookup("Pending her release, ensure that she is protected.", 75, "letter").text == \
        "Да яе вызвалення ўсяляк забяспечце яе абарону."


def test_one_clause_the_memory_lacks_and_nothing_is_composed_the_fragment_hint_stays() -> None:
    memory = small("ru", RELEASE, DROP)
    sentence = ("I call on you to release Hanna Savitskaya immediately and unconditionally, and to return her camera, "
                "her laptop and her memory cards to her.")
    assert memory.lookup(sentence, 75, "letter") is None
    assert [(hint.source, hint.text) for hint in memory.fragments(sentence)] == [
        ("I call on you to release Hanna Savitskaya immediately and unconditionally",
         "Призываю Вас немедленно и безоговорочно освободить Анну Савицкую.")]


def test_no_cut_before_who_or_a_participle_whose_translation_agrees_with_the_noun_before() -> None:
    """«…Анну Савицкую, которая…» or «…, который…»: the English does not tell; such a clause is only
    ever matched with what it refers to."""
    memory = small("ru", ("I am writing to you about Marfa Rabkova.", "Обращаюсь к Вам в связи с делом Марфы Рабковой."),
                   ("who has been held in pre-trial detention since 3 March 2022",
                    "который содержится в СИЗО с 3 марта 2022 г."),
                   ("detained solely for her peaceful activism", "задержанный исключительно за мирный активизм"))
    assert memory.lookup("I am writing to you about Hanna Savitskaya, who has been held in pre-trial detention since "
                         "3 March 2022.", 75, "letter") is None
    assert memory.lookup("I am writing to you about Hanna Savitskaya, detained solely for her peaceful activism.", 75,
                         "letter") is None


@pytest.mark.parametrize(("sentence", "clauses"), [
    ("I call on you to release Marfa Rabkova, Ales Bialiatski, and Hanna Savitskaya immediately, and to drop all "
     "charges against them.",
     ["I call on you to release Marfa Rabkova, Ales Bialiatski, and Hanna Savitskaya immediately",
      "to drop all charges against them."]),
    ("She was arrested on July 14, 2021, as she is a journalist.", ["She was arrested on July 14, 2021", "as she is a journalist."]),
    ("Pending their release, I urge you to ensure that, pending trial, they are not tortured; and that they are released.",
     ["Pending their release", "I urge you to ensure that", "pending trial", "they are not tortured", "that they are released."]),
    ("I urge you to ensure that they are released and that, pending their release, they are safe.",
     ["I urge you to ensure that they are released", "that", "pending their release", "they are safe."]),
    ("I urge you to release her and, pending her release, to ensure that she is safe.",
     ["I urge you to release her", "pending her release", "to ensure that she is safe."]),
    ("<1>Release her, and</1> drop the charges.", ["<1>Release her, and</1> drop the charges."]),  # inside markup
    ("Marfa Rabkova, who is 27, was detained, which is unlawful, held solely for her work.",
     ["Marfa Rabkova, who is 27, was detained, which is unlawful, held solely for her work."]),
])
def test_clauses_are_cut_before_openers_never_inside_a_placeable_or_markup(sentence: str, clauses: list[str]) -> None:
    parsed = parse(sentence, memory_names(NAMES))
    bounds = [0] + [position for cut in clause_cuts(parsed) for position in (cut.start, cut.end)] + [len(sentence)]
    assert [sentence[start:end] for start, end in zip(bounds[::2], bounds[1::2])] == clauses


def test_a_clause_parallel_to_a_nominalised_one_is_not_joined() -> None:
    """«обеспечить освобождение … и чтобы …» mixes a noun and a clause: a "that" clause goes on only
    after a translation that has its subordinator, an infinitive only after an infinitive."""
    nominal = ("I urge you to ensure that Marfa Rabkova is released immediately and unconditionally.",
               "Призываю Вас обеспечить немедленное и безоговорочное освобождение Марфы Рабковой.")
    memory = small("ru", nominal, ("that her conviction is quashed", "чтобы её приговор был отменён"),
                   ("Pending her release", "До её освобождения"),
                   ("ensure that she receives adequate medical care", "обеспечьте, чтобы она получала помощь"), DROP)
    assert memory.lookup("I urge you to ensure that Hanna Savitskaya is released immediately and unconditionally and "
                         "that her conviction is quashed.", 75, "letter") is None
    assert memory.lookup("Pending her release, ensure that she receives adequate medical care, and to drop all charges "
                         "against her.", 75, "letter") is None  # imperative, then an infinitive
    clause = small("ru", ("I urge you to ensure that she is not tortured.", "Призываю Вас обеспечить, чтобы её не пытали."),
                   ("that her conviction is quashed", "чтобы её приговор был отменён"))
    assert clause.lookup("I urge you to ensure that she is not tortured and that her conviction is quashed.", 75,
                         "letter").text == "Призываю Вас обеспечить, чтобы её не пытали и чтобы её приговор был отменён."


def test_a_clause_of_fewer_than_three_words_or_a_fuzzy_clause_is_not_used() -> None:
    memory = small("ru", RELEASE, ("to drop all charges against them", "снять с них все обвинения"),
                   ("as such", "как таковую"))
    assert memory.lookup("I call on you to release Hanna Savitskaya immediately and unconditionally, and to drop all "
                         "charges against her.", 75, "letter") is None  # "them" is not "her"
    assert memory.lookup("I call on you to release Hanna Savitskaya immediately and unconditionally, as such.", 75,
                         "letter").kind == "fuzzy"  # the near sentence, nothing composed


def test_a_composed_suggestion_beats_a_fuzzy_match_that_differs_in_words() -> None:
    memory = small("ru", RELEASE, DROP, ("I call on you to release Marfa Rabkova immediately and unconditionally and "
                                         "to quash her conviction.",
                                         "Призываю Вас немедленно и безоговорочно освободить Марфу Рабкову и отменить "
                                         "её приговор."))
    match = memory.lookup("I call on you to release Hanna Savitskaya immediately and unconditionally, and to drop all "
                          "charges against her.", 75, "letter")
    assert match.text == "Призываю Вас немедленно и безоговорочно освободить Анну Савицкую и снять с неё все обвинения."


def test_a_clause_kept_for_composing_is_no_near_match_for_a_sentence() -> None:
    memory = small("ru", ("to ensure that they have regular access to their families and lawyers of their choice",
                          "обеспечить им регулярный доступ к семьям и адвокатам по их выбору"))
    assert memory.lookup("Ensure that they have regular access to their families and lawyers of their choice.", 75,
                         "letter") is None
    assert memory.lookup("to ensure that they have regular access to their family and lawyers of their choice", 75,
                         "letter").text == "обеспечить им регулярный доступ к семьям и адвокатам по их выбору"


THAT_CLAUSE = ("I urge you to ensure that Hanna Savitskaya is released immediately and unconditionally and that, "
               "pending her release, she has regular access to her family and lawyers of her choice.")
AND_PENDING = ("I urge you to release her immediately and unconditionally and, pending her release, to ensure that she "
               "is not tortured or otherwise ill-treated.")


@pytest.mark.parametrize(("locale", "sentence", "expected"), [
    # the bundled release call goes on with a "that" clause
    ("be", THAT_CLAUSE, "Заклікаю Вас забяспечыць, каб Ганну Савіцкую неадкладна і безумоўна вызвалілі і каб да "
                        "вызвалення яна мела рэгулярны доступ да сям'і і адвакатаў па яе выбары."),
    ("ru", THAT_CLAUSE, "Призываю Вас обеспечить, чтобы Анну Савицкую немедленно и безоговорочно освободили и чтобы до "
                        "освобождения она имела регулярный доступ к семье и адвокатам по её выбору."),
    # "and" before a fronted "pending" joins the clause after it
    ("be", AND_PENDING, "Заклікаю Вас неадкладна і безумоўна вызваліць яе і да яе вызвалення забяспечыць, каб яна не "
                        "падвяргалася катаванню і іншым відам жорсткага абыходжання."),
    ("ru", AND_PENDING, "Призываю Вас немедленно и безоговорочно освободить её и до её освобождения обеспечить, чтобы она "
                        "не подвергалась пыткам и другим видам жестокого обращения."),
])
def test_bundled_release_calls_go_on_with_parallel_clauses(locale: str, sentence: str, expected: str) -> None:
    match = bundled(locale).lookup(sentence, 75, "letter")
    assert (match.kind, match.text) == ("clauses", expected)
