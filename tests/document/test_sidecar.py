"""Corrections in sources/<doc>.toml: they win over recognition; a bad file is one error with file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.corpus import CORPUS
from uaintl.document.inspect import inspect_document
from uaintl.errors import UaintlError


@pytest.fixture
def appeal(tmp_path: Path) -> Path:
    path = tmp_path / "ua-2016.txt"
    shutil.copy(CORPUS / "2016-belarus-oneline.txt", path)
    return path


def _corrections(appeal: Path, text: str) -> Path:
    path = appeal.with_suffix(".toml")
    path.write_text(text, encoding="utf-8")
    return path


def test_corrections_win_over_recognition(appeal: Path) -> None:
    _corrections(appeal, """\
[officials.andrei-ravkou]
title = "Minister of Defence of the Republic of Belarus"
gender = "f"
emails = ["minister@mod.mil.by"]
cc = ["press@mod.mil.by"]
salutation = "Dear Madam Minister"

[roles]
"header/summary-1.1" = "other"
""")
    inspection = inspect_document(appeal)
    ravkou = next(official for official in inspection.appeal.officials if official.id == "andrei-ravkou")
    assert (ravkou.title, ravkou.gender, ravkou.gender_source, ravkou.emails, ravkou.cc) == (
        "Minister of Defence of the Republic of Belarus", "f", "correction", ["minister@mod.mil.by"],
        ["press@mod.mil.by"])
    assert (ravkou.salutation, ravkou.salutation_source) == ("Dear Madam Minister", "correction")
    # the corrected salutation is a unit, so it gets translated; the recognised ones are untouched
    units = {unit.id: unit for unit in inspection.document.units}
    assert units["targets/andrei-ravkou/salutation-corrected"].text == "Dear Madam Minister"
    assert ravkou.salutation_unit == "targets/andrei-ravkou/salutation-corrected"
    assert units["header/summary-1.1"].role == "other"
    assert not any(warning.official == "andrei-ravkou" for warning in inspection.appeal.warnings)


def test_a_role_corrected_by_a_blocks_id_applies_to_each_of_its_sentences(tmp_path: Path) -> None:
    """A corrections file written before notes were split into sentences names the block, "notes/other-1"."""
    appeal = tmp_path / "ua.txt"
    appeal.write_text((FIXTURES / "segmentation" / "old-note-two-sentences.txt").read_text(encoding="utf-8"),
                      encoding="utf-8")
    _corrections(appeal, '[roles]\n"notes/other-1" = "deadline"\n"notes/other-1.2" = "link"\n')
    units = {unit.id: unit.role for unit in inspect_document(appeal).document.units}
    assert (units["notes/other-1.1"], units["notes/other-1.2"]) == ("deadline", "link")


def test_a_document_that_is_not_an_appeal_has_no_warnings(tmp_path: Path) -> None:
    article = tmp_path / "news.md"
    article.write_text("# News\n\nSomething happened in Minsk on 3 May 2024.\n", encoding="utf-8")
    assert [warning.message for warning in inspect_document(article).appeal.warnings] == [
        "no officials found", "no letter found"]
    _corrections(article, "[document]\nappeal = false\n")
    assert inspect_document(article).appeal.warnings == []


@pytest.mark.parametrize("text, line, message", [
    ("[officials.andrei-ravkou]\nmail = \"x@y.by\"\n", 2, "unknown field 'mail' for officials.andrei-ravkou"),
    ("[officials.andrei-ravkou]\n\ngender = \"female\"\n", 3, "gender must be \"m\", \"f\" or \"\""),
    ("[officials.andrei-ravkou]\nemails = \"mod@mod.mil.by\"\n", 2, "emails must be a list of strings"),
    ("[officials.andrei-ravkou]\ncc = [\"not an address\"]\n", 2, "not an e-mail address: 'not an address'"),
    ("[officials.andrei-ravkou]\nsalutation = \" \"\n", 2, "salutation must not be empty"),
    ("# fixes\n\n[officials.ivan-ivanov]\nname = \"Ivan Ivanov\"\n", 3, "no official 'ivan-ivanov' in the document"),
    ("[roles]\n\"header/summary-1.1\" = \"summary\"\n\"letter/letter-1.1\" = \"poem\"\n", 3, "unknown role 'poem'"),
    ("[roles]\n\"header/nothing-9\" = \"other\"\n", 2, "no unit 'header/nothing-9'"),
    ("[people]\nx = 1\n", 1, "unknown table [people]"),
    ("[document]\nappeal = \"no\"\n", 2, "[document] takes only appeal = true or false"),
    ("[officials.andrei-ravkou\n", 1, "invalid TOML"),
])
def test_a_bad_corrections_file_is_one_error_with_its_line(appeal: Path, text: str, line: int, message: str) -> None:
    path = _corrections(appeal, text)
    with pytest.raises(UaintlError) as caught:
        inspect_document(appeal)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert message in caught.value.message


def test_unknown_official_error_lists_the_ids(appeal: Path) -> None:
    _corrections(appeal, "[officials.zhuk]\ngender = \"m\"\n")
    with pytest.raises(UaintlError) as caught:
        inspect_document(appeal)
    assert caught.value.hint == ("ids found: aliaksei-zhuk, andrei-ravkou, uladzimir-siamionau "
                                 "(see `uaintl inspect`)")
