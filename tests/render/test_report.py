"""The review report, checked in real headless Chromium: it renders, and its counts equal `uaintl stats`."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from lxml import html as lxml_html

from tests.conftest import require_tool

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    binary = require_tool("chromium")
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def test_report_renders_in_chromium_with_the_stats_counts(cli, reviewed: Path, tmp_path: Path) -> None:
    cli("update")
    cli("report")
    report = reviewed / "out" / "report.html"
    dom = chromium("--dump-dom", report.as_uri(), profile=tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = lxml_html.fromstring(dom.stdout)
    shown = {(node.get("data-document"), node.get("data-locale")): node for node in page.find_class("stats")}
    stats = json.loads(cli("stats", "--format", "json").output)["catalogues"]
    assert len(shown) == len(stats) == 2
    for row in stats:
        node = shown[(row["document"], row["locale"])]
        counts = node.find_class("counts")[0].text_content()
        assert counts.startswith(f"{row['translated']} translated, {row['fuzzy']} fuzzy, "
                                 f"{row['untranslated']} untranslated of {row['total']}")
    rows = page.xpath("//table[@class='units']//tr[@data-id]")
    assert len(rows) == stats[0]["total"]
    assert page.xpath("//tr[@data-id='letter/closing-1']/td[@lang='be']")[0].text_content() == "З павагай,"
    findings = [node.text_content() for node in page.find_class("name-finding")]
    assert any("Labkovic" in text for text in findings)
    shot = tmp_path / "report.png"
    taken = chromium(f"--screenshot={shot}", "--window-size=1200,900", report.as_uri(), profile=tmp_path / "p2")
    assert taken.returncode == 0 and shot.stat().st_size > 10_000


def test_run_is_the_main_job_and_tolerates_missing_engines(cli, reviewed: Path) -> None:
    result = cli("run", "--date", "2021-07-14", expect=1)  # the sample spells Labkovich two ways
    assert "names: 1 finding(s)" in result.output
    assert "needs review: 1 name finding(s)" in result.output
    assert "no MT engine for be, ru (memory only)" in result.output
    assert "render: ua-85-21/be, ua-85-21/be-Latn, ua-85-21/ru" in result.output
    assert "report: out/report.html" in result.output
    assert (reviewed / "out" / "ua-85-21" / "be-Latn" / "letter-dmitry-basik.eml").exists()
