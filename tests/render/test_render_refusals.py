"""What render and run refuse: unreviewed documents and catalogues with QA errors (exit 1), never the rest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from uaintl.catalog.pofile import dump_po, read_po
from tests.conftest import ROOT

OUT = Path("out") / "ua-85-21"


def add_unreviewed_document(project: Path, cli) -> None:
    shutil.copy(ROOT / "sources" / "pozirk-2024-03-03.md", project / "sources")
    cli("extract")
    cli("update")


def break_a_number(project: Path, locale: str) -> str:
    """Give one reviewed unit a number its source does not have: a QA error."""
    path = project / "locales" / "ua-85-21" / f"{locale}.po"
    catalog = read_po(path)
    entry = next(entry for entry in catalog.messages if entry.msgctxt == "letter/letter-1.2")
    entry.msgstr += " 1999"
    path.write_bytes(dump_po(catalog))
    return entry.msgctxt


def test_an_unreviewed_document_no_longer_blocks_the_reviewed_one(cli, reviewed: Path) -> None:
    add_unreviewed_document(reviewed, cli)
    result = cli("render", "--date", "2021-07-14", expect=1)
    assert (reviewed / OUT / "be" / "letter-andrey-shved.txt").exists()
    assert (reviewed / OUT / "be-Latn" / "letter-andrey-shved.txt").exists()
    assert not (reviewed / "out" / "pozirk-2024-03-03").exists()
    assert "pozirk-2024-03-03/be: 45 missing, 0 fuzzy (not rendered)" in result.stderr
    assert "  … and 35 more" in result.stderr  # a whole untranslated document is not 45 lines
    assert result.stderr.rstrip().endswith("(review them; --allow-fuzzy writes drafts, --force ignores QA errors)")
    assert "out/ua-85-21/ru/: 9 files" in result.output


def test_qa_errors_stop_that_catalogues_letters_unless_forced(cli, reviewed: Path) -> None:
    unit = break_a_number(reviewed, "be")
    result = cli("render", "--date", "2021-07-14", expect=1)
    assert "ua-85-21/be: 1 QA error(s) (not rendered)" in result.stderr
    assert f"locales/ua-85-21/be.po:" in result.stderr and f"[{unit}] number 1999 is not in the source" in result.stderr
    assert not (reviewed / OUT / "be").exists() and not (reviewed / OUT / "be-Latn").exists()
    assert (reviewed / OUT / "ru" / "letter-andrey-shved.txt").exists()
    cli("render", "--date", "2021-07-14", "--force")
    assert "1999" in (reviewed / OUT / "be" / "letter-andrey-shved.txt").read_text(encoding="utf-8")


def test_render_json_lists_what_was_written_and_what_was_not(cli, reviewed: Path) -> None:
    break_a_number(reviewed, "ru")
    data = json.loads(cli("render", "--date", "2021-07-14", "--format", "json", expect=1).output)
    assert data["schema"] == 1
    assert [row["folder"] for row in data["rendered"]] == ["out/ua-85-21/be", "out/ua-85-21/be-Latn"]
    assert [row["key"] for row in data["refused"]] == ["ua-85-21/ru"]
    assert data["refused"][0]["findings"][0]["check"] == "numbers"


def test_run_exits_0_only_when_everything_is_rendered_clean(cli, reviewed: Path) -> None:
    (reviewed / "locales" / "names.toml").unlink()  # the sample's two spellings of Labkovich are a finding
    result = cli("run", "--date", "2021-07-14")
    assert "needs review" not in result.output


def test_run_exits_1_on_qa_errors(cli, reviewed: Path) -> None:
    (reviewed / "locales" / "names.toml").unlink()
    break_a_number(reviewed, "be")
    data = json.loads(cli("run", "--date", "2021-07-14", "--format", "json", expect=1).output)
    assert data["problems"] == ["1 QA error(s)", "2 document(s)/locale(s) not rendered"]
    assert data["unrendered"] == ["ua-85-21/be", "ua-85-21/be-Latn"]


def test_run_exits_1_on_an_unrendered_document(cli, reviewed: Path) -> None:
    (reviewed / "locales" / "names.toml").unlink()
    add_unreviewed_document(reviewed, cli)
    result = cli("run", "--date", "2021-07-14", expect=1)
    assert "not reviewed yet: pozirk-2024-03-03/be, pozirk-2024-03-03/be-Latn, pozirk-2024-03-03/ru" in result.output
    assert "needs review: 3 document(s)/locale(s) not rendered" in result.output
