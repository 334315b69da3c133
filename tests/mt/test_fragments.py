"""Fragment hints: the parts of a new sentence the memory has, shown to the translator, never suggested."""

from __future__ import annotations

from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.pofile import dump_po, parse_po
from uaintl.mt.boilerplate import add_boilerplate, memory_names
from uaintl.mt.memory import TranslationMemory
from uaintl.mt.pipeline import pretranslate

from tests.mt.test_memory import NAMES

# A new appeal's letter sentence: a recurring formula fused with the case's facts.
SENTENCE = ("I am writing to express my grave concern for the health and well-being of Ihar Losik, "
            "who is serving a six-year sentence in a penal colony in Navapolatsk.")
FORMULA = "I am writing to express my grave concern for the health and well-being of Ihar Losik"


def bundled(locale: str) -> TranslationMemory:
    memory = TranslationMemory(locale, memory_names(NAMES))
    add_boilerplate(memory, "en", locale)
    return memory


def letter_catalog(*msgids: str) -> Catalog:
    entries = [Entry(msgid=msgid, msgctxt=f"letter-{index}", extracted_comments=["role: letter"])
               for index, msgid in enumerate(msgids)]
    return Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"), entries=entries)


def po_text(catalog: Catalog) -> str:
    return dump_po(catalog).decode("utf-8")


def test_a_new_letter_sentence_shows_the_memorys_formula_with_the_name_in_the_genitive() -> None:
    catalog = letter_catalog(SENTENCE)
    report, = pretranslate([catalog], bundled("be"), None)
    text = po_text(catalog)
    assert (f'# uaintl-tm: fragment: "{FORMULA}" → «Выказваю сур\'ёзную занепакоенасць станам здароўя і '
            f'дабрабытам Ігара Лосіка.» (uaintl UA boilerplate (bundled))') in text.splitlines()
    entry = catalog.messages[0]
    assert (entry.msgstr, entry.fuzzy) == ("", False)  # a hint, not a suggestion: nothing to accept
    assert (report.memory_exact, report.memory_fuzzy, report.fragment_hints) == (0, 0, 1)
    assert report.failed == [entry.msgctxt]  # still untranslated for the run's summary


def test_the_russian_hint_names_the_person_in_the_genitive_too() -> None:
    hints = bundled("ru").fragments(SENTENCE)
    assert [(hint.source, hint.text) for hint in hints] == [
        (FORMULA, "Выражаю серьёзную обеспокоенность состоянием здоровья и благополучием Игоря Лосика.")]


def test_no_hint_for_a_unit_that_has_a_suggestion() -> None:
    sentence = "I am writing to express my grave concern for the health and well-being of Ihar Losik."
    catalog = letter_catalog(sentence)
    pretranslate([catalog], bundled("be"), None)
    entry = catalog.messages[0]
    assert entry.msgstr and entry.fuzzy
    assert not [line for line in entry.translator_comments if "fragment" in line]


def test_a_second_run_writes_the_hints_afresh_without_duplicating_them() -> None:
    catalog = letter_catalog(SENTENCE)
    pretranslate([catalog], bundled("be"), None)
    first = po_text(catalog)
    again = parse_po(first.encode("utf-8"))
    pretranslate([again], bundled("be"), None)
    assert po_text(again) == first
    assert sum("fragment:" in line for line in first.splitlines()) == 1


def test_a_hint_goes_once_the_memory_has_a_suggestion_or_the_translator_fills_the_entry() -> None:
    catalog = letter_catalog(SENTENCE)
    pretranslate([catalog], bundled("be"), None)
    filled = catalog.messages[0]
    filled.msgstr = "Выказваю сур'ёзную занепакоенасць станам здароўя Ігара Лосіка."
    report, = pretranslate([catalog], bundled("be"), None)
    assert report.skipped_human == 1 and filled.msgstr.startswith("Выказваю")  # the translator's work stays
    memory = bundled("be")
    memory.add(SENTENCE, "Выказваю сур'ёзную занепакоенасць … Ігара Лосіка, які адбывае шасцігадовы тэрмін.",
               "locales/old/be.po", "letter")
    catalog = letter_catalog(SENTENCE)
    pretranslate([catalog], bundled("be"), None)
    pretranslate([catalog], memory, None)
    assert catalog.messages[0].msgstr.endswith("шасцігадовы тэрмін.")  # the reviewed exact match
    assert not [line for line in catalog.messages[0].translator_comments if "fragment" in line]


def test_at_most_three_of_the_longest_fragments_that_do_not_overlap_in_the_units_order() -> None:
    memory = TranslationMemory("ru")
    for source, translation in [
            ("call on the authorities to release him", "призываем власти освободить его."),  # 7 words, overlaps
            ("the authorities to release him immediately and unconditionally",  # 8 words: the longer wins
             "власти освободить его немедленно и безоговорочно."),
            ("he was detained on his way home", "Он был задержан по дороге домой."),
            ("and his family was not told", "и его семье не сообщили.")]:
        memory.add(source, translation, "locales/old/ru.po", "background")
    hints = memory.fragments("Police said he was detained on his way home and his family was not told; we call on "
                             "the authorities to release him immediately and unconditionally.")
    assert [hint.source for hint in hints] == ["he was detained on his way home", "and his family was not told",
                                              "the authorities to release him immediately and unconditionally"]


def test_an_entry_shorter_than_five_words_or_as_long_as_the_unit_is_no_fragment() -> None:
    memory = TranslationMemory("ru")
    memory.add("he was detained again", "Его снова задержали.", "locales/old/ru.po", "background")
    memory.add("She was arrested on 22 May 2023.", "Её задержали 22 мая 2023 г.", "locales/old/ru.po", "background")
    memory.add("He was detained on his way home.", "Он был задержан по дороге домой.", "locales/old/ru.po",
               "background")
    assert memory.fragments("Police said he was detained again on Monday.") == []
    assert memory.fragments("He was detained on his way home") == []  # the whole unit: lookup's business
    # four words and a date make five: the date carried over
    assert [(hint.source, hint.text) for hint in memory.fragments("She was arrested on 3 June 2024 at her home.")] \
        == [("She was arrested on 3 June 2024", "Её задержали 3 июня 2024 г.")]


def test_uaintl_translate_writes_the_hint_into_the_po_file_and_says_how_many(cli, project) -> None:
    (project / "sources" / "ua-7-25.md").write_text(
        f"URGENT ACTION\n\nJOURNALIST IN PRISON\n\nDear Prosecutor General,\n\n{SENTENCE}\n\nYours sincerely,\n",
        encoding="utf-8")
    cli("extract")
    cli("update")
    result = cli("translate", "--locale", "ru")
    assert "left empty (1 with fragment hints)" in result.output
    text = (project / "locales" / "ua-7-25" / "ru.po").read_text(encoding="utf-8")
    assert (f'# uaintl-tm: fragment: "{FORMULA}" → «Выражаю серьёзную обеспокоенность состоянием здоровья и '
            f'благополучием Игоря Лосика.» (uaintl UA boilerplate (bundled))') in text.splitlines()
    cli("translate", "--locale", "ru")  # a second run: the same file, the hint once
    assert (project / "locales" / "ua-7-25" / "ru.po").read_text(encoding="utf-8") == text
