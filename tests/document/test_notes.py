"""The notes of an appeal (preferred language, deadline, pronouns) keep their roles whatever their
layout, the deadline is found in every wording UAs use, and an update that asks for no more action is
no appeal without a letter. One fixture per shape in ``tests/fixtures/layouts/``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from uaintl.cli import main
from uaintl.document.appeal import recognise
from uaintl.document.inline import readable
from uaintl.document.load import load_document

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "layouts"


def _notes(document) -> list[tuple[str, str]]:
    return [(unit.role, readable(unit.text, unit.placeholders)) for unit in document.units
            if unit.id.startswith("notes/")]


def test_notes_as_a_definition_list_keep_their_label_roles_and_give_the_deadline() -> None:
    """<dt>PLEASE TAKE ACTION BEFORE</dt><dd>May 5, 2025</dd>: label and date in separate elements."""
    document = load_document(LAYOUTS / "notes-definition-list.html")
    assert _notes(document) == [
        ("language-note", "PREFERRED LANGUAGE TO ADDRESS TARGET"), ("language-note", "Belarusian, Russian"),
        ("deadline", "PLEASE TAKE ACTION BEFORE"), ("deadline", "May 5, 2025"),
        ("pronoun-note", "NAME AND PRONOUN"), ("pronoun-note", "Yana Ivanova (she/her)")]
    assert recognise(document.units).deadline == date(2025, 5, 5)


@pytest.mark.parametrize("text, role", [
    ("**Deadline:**\n\n12 June 2024\n", "deadline"),  # Markdown: label and value in two paragraphs
    ("PREFERRED LANGUAGE TO ADDRESS TARGET:\n\nRussian, English\n", "language-note"),
])
def test_a_label_alone_gives_its_role_to_the_value_under_it(text: str, role: str, tmp_path: Path) -> None:
    path = tmp_path / "ua.md"
    path.write_text("# Urgent Action\n\nActivist Ivan Petrov was detained in Moscow on 2 May 2024.\n\n" + text,
                    encoding="utf-8")
    notes = _notes(load_document(path))
    assert [found for found, _ in notes] == [role, role]


def test_a_label_with_its_value_does_not_take_the_next_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "ua.md"
    path.write_text("# Urgent Action\n\nActivist Ivan Petrov was detained in Moscow on 2 May 2024.\n\n"
                    "PLEASE TAKE ACTION BEFORE: 12 June 2024\n\nThank you for your support.\n", encoding="utf-8")
    assert [role for role, _ in _notes(load_document(path))] == ["deadline", "other"]


def test_send_appeals_immediately_and_check_before_sending_after_a_date_is_the_deadline() -> None:
    document = load_document(LAYOUTS / "send-appeals-immediately.txt")
    assert _notes(document) == [
        ("deadline", "PLEASE SEND APPEALS IMMEDIATELY."),
        ("deadline", "Check with the International Secretariat, or your section office, if sending appeals after "
                     "23 April 2008.")]
    assert recognise(document.units).deadline == date(2008, 4, 23)


def test_a_sentence_asking_to_check_before_sending_appeals_after_a_date_gives_the_deadline(tmp_path: Path) -> None:
    path = tmp_path / "ua.txt"
    path.write_text("URGENT ACTION\n\nActivist Ivan Petrov was detained in Moscow on 2 May 2024.\n\n"
                    "Please check with your section office if sending appeals after 9 June 2024.\n", encoding="utf-8")
    assert recognise(load_document(path).units).deadline == date(2024, 6, 9)


def _inspect(tmp_path: Path, name: str, edit=lambda text: text):
    (tmp_path / "sources").mkdir()
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["be", "ru"]\n', encoding="utf-8")
    (tmp_path / "sources" / name).write_text(edit((LAYOUTS / name).read_text(encoding="utf-8")), encoding="utf-8")
    return CliRunner().invoke(main, ["--project", str(tmp_path), "inspect", f"sources/{name}"], catch_exceptions=False)


def test_a_release_update_asking_for_no_more_action_is_no_finding(tmp_path: Path) -> None:
    """"No further action is requested … Many thanks to all who sent appeals": no officials and no letter
    are expected, so inspect says so and exits 0."""
    result = _inspect(tmp_path, "release-update.txt")
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.split("\n")
    assert lines[:2] == [
        "sources/release-update.txt (ua-text): 0 official(s), letter: none, deadline: none",
        "no further action requested (line 9): an update, no letter expected"]
    assert "warning" not in result.stdout


def test_an_appeal_without_officials_or_letter_is_still_a_finding(tmp_path: Path) -> None:
    result = _inspect(tmp_path, "release-update.txt", lambda text: text.replace(
        "No further action is requested from the UA network. ", ""))
    assert result.exit_code == 1
    assert "warning: no officials found" in result.stdout and "no further action requested" not in result.stdout


@pytest.mark.parametrize("sentence, no_action", [
    ("No further action is requested from the UA network.", True),
    ("No further appeals are needed at this time.", True),
    ("Please stop sending appeals on his behalf.", True),
    ("The prosecutor said no further action was taken against the officers.", False),
    ("No further action is requested, but please keep writing to the governor.", False),
])
def test_what_says_no_more_action_is_requested(sentence: str, no_action: bool, tmp_path: Path) -> None:
    path = tmp_path / "ua.txt"
    path.write_text(f"URGENT ACTION\n\nActivist Ivan Petrov was released on 2 May 2024.\n\n{sentence}\n",
                    encoding="utf-8")
    appeal = recognise(load_document(path).units)
    assert (appeal.no_action_line == 5) is no_action
    assert ("no officials found" in [warning.message for warning in appeal.warnings]) is not no_action
