"""Every corpus appeal: `uaintl inspect --format json` reports exactly the expected structure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.corpus import corpus_documents, expected, materialise
from uaintl.cli import main

OFFICIAL_FIELDS = ("name", "title", "emails", "cc", "gender", "salutation")


def inspect_json(name: str, tmp_path: Path) -> dict:
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["be", "ru"]\n', encoding="utf-8")
    path = materialise(name, tmp_path / "sources")
    result = CliRunner().invoke(main, ["--project", str(tmp_path), "inspect", str(path), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _official(found: dict) -> dict:
    return {"name": found["name"], "title": found["title"], "emails": found["emails"], "cc": found["cc"],
            "gender": found["gender"] or "", "salutation": found["salutation"].rstrip(",")}


@pytest.mark.parametrize("name", corpus_documents())
def test_officials_as_expected(name: str, tmp_path: Path) -> None:
    want = expected(name)
    report = inspect_json(name, tmp_path)
    assert [_official(found) for found in report["officials"]] == [
        {field: official[field] for field in OFFICIAL_FIELDS} for official in want["official"]]
    for found, official in zip(report["officials"], want["official"], strict=True):
        if "address" in official:
            assert found["address"] == official["address"], official["name"]
        for label, value in official.get("contacts", {}).items():
            assert found["contacts"].get(label) == value, (official["name"], label)
    assert [{"name": copy["name"], "title": copy["title"], "emails": copy["emails"]}
            for copy in report["copies"]] == want.get("copy", [])


@pytest.mark.parametrize("name", corpus_documents())
def test_letter_and_deadline_as_expected(name: str, tmp_path: Path) -> None:
    want = expected(name)
    report = inspect_json(name, tmp_path)
    assert report["letter"]["kind"] == want["letter"]
    assert report["deadline"] == want["deadline"]


@pytest.mark.parametrize("name", [name for name in corpus_documents() if "chrome" in expected(name)])
def test_no_page_chrome_and_all_content(name: str, tmp_path: Path) -> None:
    from uaintl.document.inline import plain_text
    from uaintl.document.load import load_document

    document = load_document(materialise(name, tmp_path))
    texts = [plain_text(unit.text) for unit in document.units]
    want = expected(name)
    assert [chrome for chrome in want["chrome"] if any(chrome in text for text in texts)] == []
    assert [content for content in want["content"] if not any(content in text for text in texts)] == []
