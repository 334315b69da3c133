"""Each registered check on a small case, the spelling check on the real dictionaries, and `uaintl check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from uaintl.catalog.model import Entry
from uaintl.catalog.pofile import dump_po, read_po
from uaintl.names.match import NameIndex
from uaintl.names.registry import load_registry
from uaintl.qa.checks import CHECKS, Check, Context, check_entry, register
from uaintl.qa.spelling import dictionary_path, speller_for
from tests.conftest import ROOT, require_tool


def problems(msgid: str, msgstr: str, locale: str = "be", comments: list[str] | None = None,
             names: NameIndex | None = None, fuzzy: bool = False) -> dict[str, list[str]]:
    entry = Entry(msgid=msgid, msgstr=msgstr, msgctxt="x", extracted_comments=comments or [],
                  flags=["fuzzy"] if fuzzy else [])
    found: dict[str, list[str]] = {}
    for finding in check_entry(entry, Context(locale, names), "be.po"):
        found.setdefault(finding.check, []).append(finding.message)
    return found


def test_registry_lists_every_check_with_a_severity() -> None:
    assert set(CHECKS) == {"placeholders", "numbers", "dates", "protected", "end-punctuation", "untranslated",
                           "fuzzy", "double-space", "mixed-script", "names", "spelling"}
    assert {check.severity for check in CHECKS.values()} == {"error", "warning"}
    assert all(check.description for check in CHECKS.values())


def test_only_the_untranslated_check_looks_at_empty_entries() -> None:
    assert [check.id for check in CHECKS.values() if check.on_empty] == ["untranslated"]
    assert problems("<1>Click</1> 2021", "") == {"untranslated": ["not translated"]}


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), [
    ("be", "UNTIL: September 28, 2021", "ДА: 28 верасня 2021 г."),
    ("ru", "Arrested on 14 July 2021 and released on 7 June.", "Задержан 14 июля 2021 г., освобождён 7 июня."),
    ("be", "Since August 2020 and in March 2021.", "З жніўня 2020 г. і ў сакавіку 2021 г."),
    ("ru", "PROTESTS OF AUGUST 2020", "ПРОТЕСТЫ АВГУСТА 2020 г."),
    ("be", "The trial began on 12 May 2022.", "Суд пачаўся 12 траўня 2022 г."),  # травень: Belarusian's other May
])
def test_dates_in_any_english_form_match_the_locales_words(locale: str, msgid: str, msgstr: str) -> None:
    assert "dates" not in problems(msgid, msgstr, locale)


def test_a_date_with_the_same_digits_but_another_month_or_year_is_an_error() -> None:
    assert problems("UNTIL: September 28, 2021", "ДА: 28 кастрычніка 2021 г.")["dates"] == [
        "date 28 September 2021 is missing or changed: expected «28 верасня 2021»",
        "date «28 кастрычніка 2021 г.» is not in the source"]
    assert problems("on July 14, 2021", "14 июля 2022 г.", "ru")["dates"][0].startswith(
        "date 14 July 2021 is missing or changed: expected «14 июля 2021»")
    assert problems("on July 14, 2021", "14 июля", "ru")["dates"][0].startswith("date 14 July 2021 is missing")
    assert "dates" not in problems("on July 14, 2021", "14 ліпеня 2021 г.", "be-Latn")  # no month table: skipped


@pytest.fixture
def toy_check():
    """A check registered for one test: flags every translation that contains "toy"."""
    def make(**declarations):
        class Toy(Check):
            """Toy check."""

            id = "toy"

            def run(self, entry: Entry, context: Context) -> list[str]:
                return ["toy"] if "toy" in entry.msgstr or not entry.msgstr else []

        for name, value in declarations.items():
            setattr(Toy, name, value)
        register(Toy)
        return Toy
    yield make
    CHECKS.pop("toy", None)


def test_declarations_decide_which_entries_a_check_sees(toy_check) -> None:
    toy_check(severity="warning")
    assert problems("Toy.", "toy.")["toy"] == ["toy"]
    assert "toy" in problems("Toy.", "toy.", fuzzy=True)
    assert "toy" not in problems("Toy.", "")
    toy_check(on_empty=True, on_fuzzy=False)
    assert "toy" in problems("Toy.", "")
    assert "toy" not in problems("Toy.", "toy.", fuzzy=True)


def test_a_check_off_by_default_runs_only_when_chosen(toy_check) -> None:
    toy_check(default=False)
    entry = Entry(msgid="Toy.", msgstr="toy.", msgctxt="x")
    assert [finding.check for finding in check_entry(entry, Context("be"), "be.po")] == []
    assert [finding.check for finding in check_entry(entry, Context("be"), "be.po", {"toy"})] == ["toy"]


def test_a_check_with_an_unknown_severity_is_refused() -> None:
    class Bad(Check):
        id = "bad"
        severity = "fatal"

    with pytest.raises(ValueError, match="severity"):
        register(Bad)
    assert "bad" not in CHECKS


def test_placeholders() -> None:
    assert problems("<1>Click</1> here <2/>", "<1>Націсніце</1> тут") == {"placeholders": ["missing <2/>"]}
    assert problems("<1>Click</1> here <2/>", "Тут <2/> <1>націсніце</1>") == {}


def test_numbers_and_protected_text() -> None:
    assert problems("On July 14, 2021", "14 ліпеня 2020 г.") == {
        "numbers": ["number 2021 is missing", "number 2020 is not in the source"],
        "dates": ["date 14 July 2021 is missing or changed: expected «14 ліпеня 2021»",
                  "date «14 ліпеня 2020 г.» is not in the source"]}
    assert problems("Write to info@x.org", "Пішыце на info@y.org") == {"protected": ["'info@y.org' is not in the source"]}


def test_a_number_grouped_in_thousands_is_the_same_number_however_it_is_grouped() -> None:
    assert problems("More than 35,000 people were detained.", "Затрымалі больш за 35 000 чалавек.") == {}
    assert problems("More than 35,000 people were detained.", "Задержали более 35\u00a0000 человек.") == {}
    assert problems("There are 1,187 political prisoners.", "Палітычных вязняў 1187.") == {}
    assert problems("There are 1,187 political prisoners.", "Палітычных вязняў 1178.") == {
        "numbers": ["number 1187 is missing", "number 1178 is not in the source"]}
    # a list of numbers is not one number: «2, 3 and 4» keeps its commas and spaces
    assert problems("Rooms 2, 345 and 6.", "Пакоі 2, 345 і 6.") == {}
    assert problems("In 2020 300 people were detained.", "У 2020 г. затрымалі 300 чалавек.") == {}


def test_end_punctuation_allows_exclamation_in_salutations() -> None:
    assert problems("They were released.", "Іх вызвалілі") == {"end-punctuation": ["ends with 'і', the source with '.'"]}
    assert problems("Dear Ambassador,", "Паважаны спадар Пасол!", comments=["role: salutation"]) == {}


def test_untranslated_fuzzy_and_double_space() -> None:
    assert problems("Text.", "") == {"untranslated": ["not translated"]}
    assert problems("Text.", "Тэкст.", fuzzy=True) == {"fuzzy": ["needs review (fuzzy)"]}
    assert problems("Text here.", "Тэкст  тут.") == {"double-space": ["doubled space"]}


def test_mixed_script_finds_a_latin_i_in_belarusian() -> None:
    assert problems("Belarus", "Беларусь, Бeларусь і Mінск") == {
        "mixed-script": ["'Бeларусь' mixes Latin and Cyrillic letters", "'Mінск' mixes Latin and Cyrillic letters"]}


def test_names_must_be_the_registry_form() -> None:
    index = NameIndex(load_registry(ROOT / "locales" / "names.toml"))
    assert problems("Free Ales Bialiatski.", "Вызваліце Алеся Бяляцкага.", names=index) == {}
    found = problems("Free Ales Bialiatski.", "Вызваліце Алеся Беляцкого.", names=index)
    assert list(found) == ["names"] and "'Алесь Бяляцкі'" in found["names"][0]


def real_speller(locale: str):
    require_tool("hunspell")
    require_tool(f"hunspell-{locale}", dictionary_path(locale))
    return speller_for(locale)[0]


def test_spelling_with_the_real_dictionary() -> None:
    speller = real_speller("be")
    index = NameIndex(load_registry(ROOT / "locales" / "names.toml"))
    assert speller.misspelled("Паважаны спадар пракурорр, вызваліце Алеся Бяляцкага 14 ліпеня 2021 г.", index) == [
        "пракурорр"]


def test_spelling_accepts_any_apostrophe_capitals_and_hyphens_but_not_a_wrong_half() -> None:
    be, ru = real_speller("be"), real_speller("ru")
    assert be.misspelled("Сям’я, сям'я і сямʼя. ТЭРМІНОВАЯ АКЦЫЯ") == []
    assert be.misspelled("Сям’ья") == ["Сям’ья"]
    assert ru.misspelled("северо-запад, северо-западд, ПРИВЕТ, Привет") == ["северо-западд"]


def test_a_project_word_list_is_accepted(tmp_path: Path) -> None:
    real_speller("ru")
    words = tmp_path / "ru.txt"
    words.write_text("# reviewed\nВясна\n", encoding="utf-8")
    speller, _ = speller_for("ru", words)
    assert speller.misspelled("Правозащитный центр «Вясна» и «Вяснаа»") == ["Вяснаа"]


def test_words_the_bundled_texts_use_that_debian_lacks_are_accepted_without_a_word_list() -> None:
    """The boilerplate memory's «правозащитница», «праваабарончы» must not send every project a spelling finding."""
    assert real_speller("ru").misspelled("Она — правозащитница, а не правозащитницаа.") == ["правозащитницаа"]
    assert real_speller("be").misspelled("Праваабарончы цэнтр «Вясна»") == []


def test_spelling_is_skipped_with_a_reason_without_a_dictionary() -> None:
    speller, why = speller_for("be-Latn")
    assert speller is None and "no hunspell dictionary" in why


def test_spelling_is_skipped_with_a_reason_without_the_hunspell_program(monkeypatch, tmp_path: Path) -> None:
    real_speller("be")
    monkeypatch.setenv("PATH", str(tmp_path))
    speller, why = speller_for("be")
    assert speller is None and "apt-get install hunspell" in why


def test_sample_catalogues_are_clean(cli, project: Path) -> None:
    """The bundled reviewed translations pass every check, spelling included."""
    real_speller("be")
    real_speller("ru")
    cli("extract")
    (project / "locales" / "ua-85-21").mkdir(parents=True, exist_ok=True)
    for item in ("be.po", "ru.po"):
        shutil.copy(ROOT / "locales" / "ua-85-21" / item, project / "locales" / "ua-85-21" / item)
    shutil.copy(ROOT / "locales" / "names.toml", project / "locales" / "names.toml")
    shutil.copytree(ROOT / "locales" / "spelling", project / "locales" / "spelling")
    result = cli("check", "--format", "json")
    data = json.loads(result.output)
    assert data["notes"] == [] and data["findings"] == []


def test_errors_exit_1_and_name_file_line_and_entry(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    path = project / "locales" / "ua-85-21" / "be.po"
    catalog = read_po(path)
    step = next(entry for entry in catalog.messages if entry.msgctxt == "action/action-step-2.1")
    step.msgstr = "Націсніце тут, каб паведаміць нам пра Тэрміновую акцыю 85.21."
    path.write_bytes(dump_po(catalog))
    line = read_po(path).messages[[e.msgctxt for e in read_po(path).messages].index("action/action-step-2.1")].line
    result = cli("check", "--locale", "be", "--only", "placeholders", expect=1)
    assert f"locales/ua-85-21/be.po:{line}: error: placeholders: [action/action-step-2.1] missing <1>" in result.output
    assert cli("check", "--only", "bogus", expect=2).exit_code == 2
