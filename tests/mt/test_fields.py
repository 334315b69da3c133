"""Header lines made of fields (country, UA number, index, date, labels) are filled field by field
from what the memory has for each field alone, and a country from the gazetteer; one unknown field
and nothing is filled. What a translator sees: the suggestion, fuzzy, with a comment saying how."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from uaintl.catalog.model import Catalog, Entry
from uaintl.mt.boilerplate import add_boilerplate, memory_names
from uaintl.mt.memory import TranslationMemory
from uaintl.mt.pipeline import pretranslate
from uaintl.names.registry import load_registry

NAMES = load_registry(ROOT / "locales" / "names.toml")
FIELDS = {
    "ru": [("UA 85/21", "Срочная акция 85/21"), ("Index: EUR 49/4494/2021", "Индекс: EUR 49/4494/2021"),
           ("Issue date: 28 September 2021", "Дата выпуска: 28 сентября 2021 г."),
           ("Date: 28 September 2021", "Дата: 28 сентября 2021 г."), ("28 September 2021", "28 сентября 2021 г.")],
    "be": [("UA 85/21", "Тэрміновая акцыя 85/21"), ("Index: EUR 49/4494/2021", "Індэкс: EUR 49/4494/2021"),
           ("Date: 28 September 2021", "Дата: 28 верасня 2021 г."), ("28 September 2021", "28 верасня 2021 г.")],
}


def memory(locale: str) -> TranslationMemory:
    result = TranslationMemory(locale, memory_names(NAMES))
    for source, translation in FIELDS[locale]:
        result.add(source, translation, "locales/old/po", "meta")
    return result


@pytest.mark.parametrize(("locale", "source", "expected"), [
    ("ru", "Belarus — UA 62/17 — 24 March 2017", "Беларусь — Срочная акция 62/17 — 24 марта 2017 г."),
    ("be", "<1>Turkmenistan — UA 09/26 — February 3, 2026</1>",
     "<1>Туркменістан — Тэрміновая акцыя 09/26 — 3 лютага 2026 г.</1>"),
    ("ru", "UA 62/17, Index: EUR 49/6014/2017, Issue date: 24 March 2017",
     "Срочная акция 62/17, Индекс: EUR 49/6014/2017, Дата выпуска: 24 марта 2017 г."),
    ("ru", "Russian Federation · UA 58/23 · Index: EUR 46/6742/2023 · 12 May 2023",
     "Российская Федерация · Срочная акция 58/23 · Индекс: EUR 46/6742/2023 · 12 мая 2023 г."),
    ("be", "<1>UA: 201/13</1> | Index: EUR 49/011/2013 | Belarus | Date: 2 August 2013",
     "<1>Тэрміновая акцыя 201/13</1> | Індэкс: EUR 49/011/2013 | Беларусь | Дата: 2 жніўня 2013 г."),
    # labels without separators, and a country between them
    ("ru", "UA 31/11 Index: EUR 49/006/2011 Belarus   Date: 9 February 2011",
     "Срочная акция 31/11 Индекс: EUR 49/006/2011 Беларусь   Дата: 9 февраля 2011 г."),
    ("ru", "Kazakhstan, 4 March 2016", "Казахстан, 4 марта 2016 г."),
    # a country alone, in capitals as the heading has it
    ("be", "BELARUS", "БЕЛАРУСЬ"),
    ("ru", "Russian Federation", "Российская Федерация"),
])
def test_a_header_line_is_filled_field_by_field(locale: str, source: str, expected: str) -> None:
    match = memory(locale).lookup(source, 75, "summary")
    assert match is not None and match.text == expected
    assert match.kind == "fields" and not match.reviewed


@pytest.mark.parametrize("source", [
    "Belarus — UA 62/17 — Hrodna",  # a field the memory does not have
    "First UA: 031/11 Index: EUR 49/006/2011",  # a label it does not have
    "Belarus — UA 62/17 — 24 March 2017 — the trial resumes",
    "Atlantis, 4 March 2016",  # not a country of the gazetteer
    "Activists in Belarus, Kazakhstan and Russia were detained on 4 March 2016, 5 March 2016 and later.",
])
def test_a_line_with_any_field_unknown_is_not_filled(source: str) -> None:
    assert memory("ru").lookup(source, 75, "summary") is None


def test_the_translator_sees_a_fuzzy_header_with_its_sources() -> None:
    entry = Entry(msgid="<1>Belarus — UA 62/17 — 24 March 2017</1>", msgctxt="summary-1",
                  extracted_comments=["role: summary"])
    tm = TranslationMemory("ru", memory_names(NAMES))
    add_boilerplate(tm, "en", "ru")
    pretranslate([Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"), entries=[entry])],
                 tm, None)
    assert entry.msgstr == "<1>Беларусь — Срочная акция 62/17 — 24 марта 2017 г.</1>"
    assert entry.fuzzy
    comment = next(line for line in entry.translator_comments if "-tm:" in line)
    assert "field by field from the gazetteer, uaintl UA boilerplate (bundled)" in comment
    assert "85/21 → 62/17" in comment and "28 сентября 2021 г. → 24 марта 2017 г." in comment


@pytest.mark.parametrize(("locale", "role", "source", "expected"), [
    # an old UA's category line: the UA number, then its categories (a run of spaces, or one space, and " / ")
    ("ru", "summary", "UA 54/08          Prisoners of conscience / Fear of ill-treatment",
     "Срочная акция 54/08          Узники совести / Опасность жестокого обращения"),
    ("be", "summary", "UA 123/05 Fear of torture or ill-treatment / Unfair trial",
     "Тэрміновая акцыя 123/05 Небяспека катавання або жорсткага абыходжання / Несправядлівы суд"),
    ("ru", "summary", "UA 17/09 Death penalty", "Срочная акция 17/09 Смертная казнь"),
    # its first line: the document's status and "AI Index:"
    ("be", "meta", "PUBLIC                    AI Index: EUR 49/004/2008",
     "АДКРЫТЫ ДАКУМЕНТ                    Індэкс AI: EUR 49/004/2008"),
    # an old address block's court, then its chair by title and name: each part as the memory has it
    ("ru", "target-name", "Ivanovo Regional Court, Chairperson Ms Natalya Borisovna Petrova",
     "Ивановский областной суд, Председатель госпожа Наталья Борисовна Петрова"),
    ("be", "target-name", "Brest Regional Court, Chairperson Ivan Petrov", "Брэсцкі абласны суд, Старшыня Іван Пятроў"),
])
def test_an_old_uas_header_and_address_lines_are_filled_from_the_boilerplate(locale: str, role: str, source: str,
                                                                              expected: str) -> None:
    tm = TranslationMemory(locale, memory_names(NAMES))
    add_boilerplate(tm, "en", locale)
    match = tm.lookup(source, 75, role)
    assert match is not None and match.text == expected and match.kind == "fields"


def test_a_category_the_boilerplate_does_not_have_fills_nothing() -> None:
    tm = TranslationMemory("ru", memory_names(NAMES))
    add_boilerplate(tm, "en", "ru")
    assert tm.lookup("UA 54/08 Prisoners of conscience / Fear of rain", 75, "summary") is None

