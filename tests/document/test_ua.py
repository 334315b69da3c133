"""Segmentation defects that made units needlessly unique: prose of every role split into sentences,
an empty form's header row, the old UAs' action line, footer fields, update lines and datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from uaintl.catalog.extract import build_template
from uaintl.catalog.rebuild import rebuild
from uaintl.document.inline import readable
from uaintl.document.load import load_document
from uaintl.document.targets import is_form_row

CASES = FIXTURES / "segmentation"


def units(name: str) -> dict[str, tuple[str, str, bool]]:
    """Unit id → (role, text, translatable) of one fixture."""
    return {unit.id: (unit.role, unit.text, unit.translatable) for unit in load_document(CASES / name).units}


def test_a_note_of_two_sentences_is_two_units() -> None:
    found = units("old-note-two-sentences.txt")
    assert found["notes/other-1.1"] == (
        "other", "Please check with your section office if sending appeals after the above date.", True)
    assert found["notes/other-1.2"] == ("other", "This is the first update of UA 44/15.", True)


def test_action_steps_and_copies_intros_are_split_like_summaries() -> None:
    steps = units("title-case-headline.md")
    assert steps["action/action-step-1.1"][1] == "Write a letter in your own words or use the sample below."
    assert steps["action/action-step-1.2"][1] == "You can also email the official."
    assert steps["action/action-step-2.1"][1] == "Tell us about the actions you took."
    copies = units("old-copies-form.txt")
    assert copies["copies/copies-intro-1.1"][1] == "Also send copies to diplomatic representatives accredited to your country."
    assert copies["copies/copies-intro-1.2"][1] == "Please insert local diplomatic addresses below:"


def test_titles_names_and_salutations_stay_whole() -> None:
    found = units("old-copies-form.txt")
    assert found["header/title-2"][1] == "LAWYER STRIPPED OF LICENCE"
    assert found["targets/aleh-slizhevski/target-name-1"][1] == "Aleh Slizhevski"
    assert found["targets/aleh-slizhevski/salutation-1"][1] == "Dear Minister"


@pytest.mark.parametrize("name, form_id", [("old-copies-form.txt", "copies/page-chrome-1"),
                                           ("old-copies-form-table.md", "header/page-chrome-1")])
def test_an_empty_forms_header_row_is_read_only_and_the_next_sentence_its_own_unit(name: str, form_id: str) -> None:
    found = units(name)
    role, text, translatable = found[form_id]
    assert role == "page-chrome" and not translatable and text.strip("| ").startswith("Name ")
    following = [unit_id for unit_id, (_, text, _) in found.items()
                 if text == "Please check with your section office if sending appeals after 20 July 2015."]
    assert len(following) == 1 and found[following[0]][2]


@pytest.mark.parametrize("line, form", [
    ("Name Address 1 Address 2 Address 3 Fax Fax number Email Email address Salutation Salutation", True),
    ("Name Address 1 Address 2 Fax number Email address Salutation", True),
    ("| Name | Address | Email | Salutation |", True),
    ("Name: Pavel Drozdov", False),
    ("Fax number Email", False),  # too short to be a form
    ("Salutation Salutation", True),  # the form's last field, wrapped onto a line of its own
    ("Email Email address", True),
    ("Salutation", False),
    ("Dear Salutation", False),
    ("Phone: 202 986 9420 | Fax: 202 986 1805", False),  # numbers repeated, an official's contact line
    ("Email address", False),
    ("Address the letter to the Minister", False),
    ("Name the officials", False),
])
def test_what_is_a_forms_header_row(line: str, form: bool) -> None:
    assert is_form_row(line) is form


def test_the_old_please_write_line_is_an_action_step() -> None:
    found = units("old-copies-form.txt")
    assert found["header/action-step-1.1"] == (
        "action-step", "Please write immediately in Russian, English or your own language:", True)
    assert not any(role == "summary" and "Please write" in text for role, text, _ in found.values())


def test_an_old_uas_footer_is_its_record_and_stays_translatable() -> None:
    found = units("old-footer.txt")
    assert found["background/meta-1"] == ("meta", "Name: Alena Marozava", True)
    assert found["background/meta-2"] == ("meta", "Gender m/f: f", True)
    assert found["background/meta-3"] == ("meta", "UA: 91/16 Index: EUR 49/004/2016 Issue Date: 12 May 2016", True)
    assert [role for role, _, _ in found.values()].count("background") == 1


def test_an_update_line_under_the_officials_is_the_record_not_a_note() -> None:
    found = units("update-line.txt")
    assert found["notes/meta-1"] == ("meta", "Third update of UA 19/16", True)
    assert found["notes/other-1.1"][0] == "other"


def test_a_dateline_is_the_record_and_the_paragraph_after_it_the_summary() -> None:
    found = units("dateline.txt")
    assert found["header/meta-1"] == ("meta", "Russia, 12 May 2019", True)
    assert found["header/summary-1.1"][1].startswith("Blogger Artur Lebedev was charged")
    assert found["header/background-1.1"][1] == "He wrote about corruption in the city administration."


def test_a_title_case_headline_and_background_heading_are_titles() -> None:
    found = units("title-case-headline.md")
    assert found["header/title-2"] == ("title", "Blogger Held In Pretrial Detention For Six Months", True)
    assert found["header/summary-1.1"][1].startswith("Ihar Losik, a blogger")
    assert found["background/title-1"] == ("title", "Additional Information", True)
    assert found["background/background-1.2"] == ("background", "His wife has not been allowed to visit him.", True)


@pytest.mark.parametrize("path", sorted(CASES.iterdir()), ids=lambda path: path.name)
def test_split_units_rebuild_the_source_exactly(path: Path) -> None:
    template = build_template(load_document(path), "2026-01-01 00:00+0000")
    assert rebuild(template) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, record", [
    ("dateline-month-first.md", "November 6, 2020"),  # a US page's date alone, in italics
    ("dateline-dashes.md", "Belarus — UA 62/17 — 24 March 2017"),  # country, number and date in bold
])
def test_a_web_pages_dateline_is_the_record_and_the_paragraph_after_it_the_summary(name: str, record: str) -> None:
    document = load_document(CASES / name)
    roles = [(unit.role, readable(unit.text, unit.placeholders)) for unit in document.units if unit.role != "title"]
    assert roles[0] == ("meta", record)
    assert [role for role, _ in roles[1:]] == ["summary", "summary"]


def test_a_language_note_without_preferred_is_the_language_note() -> None:
    """"LANGUAGE TO ADDRESS TARGET: Russian, English" over "You can also write …": the notes, not background."""
    document = load_document(CASES / "language-label-short.txt")
    assert [(unit.role, unit.text) for unit in document.units[-2:]] == [
        ("language-note", "LANGUAGE TO ADDRESS TARGET: Russian, English"),
        ("language-note", "You can also write in your own language.")]


def test_a_headline_in_sentence_case_set_in_bold_is_the_title_and_the_paragraph_under_it_the_summary() -> None:
    """A Markdown UA's "**Teenager held in psychiatric hospital for online posts**" under "URGENT ACTION" is
    the appeal's headline (a letter's subject); a bold sentence further down is no title."""
    from uaintl.document.appeal import headline

    document = load_document(CASES / "bold-headline.md")
    roles = [(unit.role, readable(unit.text, unit.placeholders)) for unit in document.units]
    assert roles[:3] == [("title", "URGENT ACTION"), ("title", "Teenager held in psychiatric hospital for online posts"),
                         ("summary", "Sixteen-year-old Kirill Antonov from Kaliningrad was sent to a psychiatric "
                                     "hospital on 2 October 2018 after he posted drawings that mocked the police.")]
    assert roles[-1][1] == "Please write to the Prosecutor General." and roles[-1][0] != "title"
    assert headline(document.units) == "Teenager held in psychiatric hospital for online posts"
