"""`uaintl stats` counts what translators' other tools count: pocount's words, msgfmt's messages."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from translate.tools.pocount import calcstats

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.catalog.stats import catalog_stats, word_count
from tests.conftest import FIXTURES, ROOT, require_tool

CATALOGUES = sorted((ROOT / "locales").glob("*/*.po")) + [
    FIXTURES / "po" / name for name in ("plurals.po", "msgctxt.po", "obsolete.po", "previous.po", "wrapped.po")]


@pytest.mark.parametrize("text, words", [
    ("human-rights defenders", 3),  # UAX #29: a hyphen separates words
    ("Email: <1/>", 1),  # placeholders are not words
    ("Write to <1>the Prosecutor General</1> before 22.07.2021.", 7),  # a date is one word
    ("can’t stop", 2),
    ("Minsk.The", 2),  # a dot between letters is a space, as in pocount
    ("", 0),
])
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: "/".join(path.parts[-2:]))
def test_words_agree_with_pocount(path: Path) -> None:
    stats = catalog_stats("doc", "xx", read_po(path))
    expected = calcstats(str(path))
    assert stats.translated_words + stats.read_only_words == expected["translatedsourcewords"]
    assert stats.fuzzy_words == expected["fuzzysourcewords"]
    assert stats.untranslated_words == expected["untranslatedsourcewords"]
    assert stats.words + stats.read_only_words == expected["totalsourcewords"]
    assert (stats.translated + stats.read_only, stats.fuzzy, stats.untranslated) == (
        expected["translated"], expected["fuzzy"], expected["untranslated"])


def _msgfmt_statistics(path: Path) -> dict[str, int]:
    result = subprocess.run([require_tool("msgfmt"), "--statistics", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True, env={"LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated) (?:message|translation)", result.stderr):
        counts[kind] = int(number)
    return counts


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: "/".join(path.parts[-2:]))
def test_totals_agree_with_msgfmt_statistics(path: Path) -> None:
    stats = catalog_stats("doc", "xx", read_po(path))
    counts = _msgfmt_statistics(path)
    read_only_translated = sum(entry.read_only and entry.translated for entry in read_po(path).messages)
    assert stats.translated + read_only_translated == counts["translated"]
    assert stats.fuzzy == counts["fuzzy"]
    assert stats.total + stats.read_only == sum(counts.values())


def test_read_only_units_are_shown_apart(cli, project: Path) -> None:
    cli("extract")
    cli("update", "--locale", "be")
    shutil.copy(ROOT / "locales" / "ua-85-21" / "be.po", project / "locales" / "ua-85-21" / "be.po")
    row = json.loads(cli("stats", "--format", "json").output)["catalogues"][0]
    catalog = read_po(project / "locales" / "ua-85-21" / "be.po")
    assert row["read_only"] == sum(entry.read_only for entry in catalog.messages) > 0
    assert row["total"] + row["read_only"] == len(catalog.messages)
    header, line = cli("stats").output.splitlines()[:2]
    assert header.split()[-1] == "read-only" and line.split()[-1] == str(row["read_only"])
