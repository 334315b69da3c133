"""`uaintl inspect`, the warnings `extract` prints, and `run` on an appeal that yields no letter."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.corpus import CORPUS
from uaintl.cli import main


@pytest.fixture
def appeals(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["be", "ru"]\n', encoding="utf-8")
    shutil.copy(CORPUS / "2025-belarus-unregistered.md", tmp_path / "sources" / "ua-2025.md")
    return tmp_path


def uaintl(project: Path, *args: str):
    return CliRunner().invoke(main, ["--project", str(project), *args], catch_exceptions=False)


def test_inspect_shows_officials_sections_and_warnings(appeals: Path) -> None:
    result = uaintl(appeals, "inspect", "ua-2025")
    assert result.exit_code == 1  # warnings are findings
    lines = result.stdout.split("\n")
    assert lines[0] == "sources/ua-2025.md (ua-text): 3 official(s), letter: sample (lines 26–33), deadline: 2025-05-12"
    block = lines[lines.index("  shumskaya-volha-mikalaeuna (line 16)"):][:7]
    assert block == [
        "  shumskaya-volha-mikalaeuna (line 16)",
        "    name         Shumskaya Volha Mikalaeuna",
        "    title        Head of the Department of Corrections of the Ministry of Internal Affairs",
        "    address      vul. Haradski Val, 4, 220030 Minsk, Belarus",
        "    e-mail       din@mvd.example.by",
        "    gender       f (patronymic 'Mikalaeuna')",
        "    salutation   Dear Ms Shumskaya (from name)"]
    assert "  letter      lines 26–33: salutation, letter ×3, closing, signature" in lines
    assert lines[lines.index("warnings") + 1:-1] == [
        "  sources/ua-2025.md:11: warning: salutation guessed for Lazarenka Dzmitry Aliaksandravich: "
        "'Dear Mr Lazarenka' (from the name)",
        "  sources/ua-2025.md:16: warning: salutation guessed for Shumskaya Volha Mikalaeuna: "
        "'Dear Ms Shumskaya' (from the name)",
        "  sources/ua-2025.md:21: warning: gender unknown for K. Dzmitryenka: neutral salutation, check it"]


def test_inspect_json(appeals: Path) -> None:
    result = uaintl(appeals, "inspect", "sources/ua-2025.md", "--format", "json")
    report = json.loads(result.stdout)
    assert (report["schema"], report["document"], report["format"], report["deadline"]) == (
        1, "ua-2025", "ua-text", "2025-05-12")
    judge = report["officials"][2]
    assert {key: judge[key] for key in ("id", "name", "title", "organisation", "gender", "salutation",
                                        "salutation_source", "salutation_unit")} == {
        "id": "k-dzmitryenka", "name": "K. Dzmitryenka", "title": "Judge", "organisation": "Minsk City Court",
        "gender": None, "salutation": "Dear Judge", "salutation_source": "letter",
        "salutation_unit": "letter/salutation-1"}
    assert report["letter"] == {"kind": "sample", "first_line": 26, "last_line": 33,
                                "salutation_unit": "letter/salutation-1", "addressed": "k-dzmitryenka"}
    assert [warning["official"] for warning in report["warnings"]] == [
        "lazarenka-dzmitry-aliaksandravich", "shumskaya-volha-mikalaeuna", "k-dzmitryenka"]


def test_extract_prints_the_warnings(appeals: Path) -> None:
    result = uaintl(appeals, "extract")
    assert result.exit_code == 0
    assert "locales/ua-2025/ua-2025.pot: " in result.stdout
    assert result.stderr.count("sources/ua-2025.md:") == 3 and "warning: gender unknown for K. Dzmitryenka" in result.stderr


def test_run_exits_1_when_an_appeal_yields_no_letter(appeals: Path) -> None:
    (appeals / "sources" / "ua-2025.md").unlink()
    (appeals / "sources" / "ua-empty.md").write_text(
        "# URGENT ACTION\n\nA human rights defender was detained in Minsk on 3 May 2024.\n\nPlease act now.\n",
        encoding="utf-8")
    result = uaintl(appeals, "run", "--date", "2026-01-15")
    assert result.exit_code == 1
    assert "structure: ua-empty: 0 official(s), letter: none, 2 warning(s)" in result.stdout
    assert "no letter from ua-empty" in result.stdout + result.stderr
