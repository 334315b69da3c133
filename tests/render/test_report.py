"""The review report, checked in real headless Chromium.

A probe script is added to a copy of each page; it records what Chromium computed (whether each element is
shown, its text colour and the background behind it, the page height) as data attributes, and
``--dump-dom`` hands the DOM back. The counts must equal `uaintl stats`, `check` and `names check`.
Screenshots are kept in the test's folder (``pytest --basetemp``) for a person to look at.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import FIXTURES, require_tool
from tests.projects import many_documents, spoil

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                  "--virtual-time-budget=5000"]
PROBE = """<script>
addEventListener("load", () => {
  const behind = (element) => {
    for (; element; element = element.parentElement) {
      const colour = getComputedStyle(element).backgroundColor;
      if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
    }
    return "rgb(255, 255, 255)";
  };
  for (const element of document.querySelectorAll("body *")) {
    const style = getComputedStyle(element);
    element.dataset.shown = element.getClientRects().length && style.visibility !== "hidden" ? "1" : "0";
    if ([...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim())) {
      element.dataset.fg = style.color;
      element.dataset.bg = behind(element);
    }
    if (element.matches("td.cell")) element.dataset.border = style.borderLeftWidth + " " + style.borderLeftColor;
  }
  document.body.dataset.height = document.documentElement.scrollHeight;
});
</script>"""
DOC = "ua-85-21"


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    binary = require_tool("chromium")
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def probe(page: Path, tmp_path: Path, fragment: str = "") -> lxml_html.HtmlElement:
    """The page as Chromium laid it out (with ``#fragment`` as the URL's target)."""
    copy = page.with_name(f"probe-{page.name}")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dumped = chromium("--dump-dom", copy.as_uri() + fragment, profile=tmp_path / "profile")
    copy.unlink()
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    return lxml_html.fromstring(dumped.stdout)


def screenshot(page: Path, tmp_path: Path, name: str, fragment: str = "") -> Path:
    shot = tmp_path / f"{name}.png"
    taken = chromium(f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri() + fragment,
                     profile=tmp_path / "profile-shots")
    assert taken.returncode == 0 and shot.stat().st_size > 20_000, taken.stderr[-2000:]
    return shot


def rgb(colour: str) -> tuple[float, ...]:
    return tuple(float(part) for part in re.findall(r"[\d.]+", colour)[:3])


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two opaque sRGB colours."""
    def luminance(colour: str) -> float:
        channels = [value / 255 for value in rgb(colour)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def json_of(cli, *args: str, expect: int | None = None) -> dict:
    return json.loads(cli(*args, "--format", "json", expect=expect).output)


@pytest.fixture
def spoiled(cli, reviewed: Path) -> Path:
    """The reviewed sample with one problem of each kind: missing, fuzzy, a wrong number, a wrong name."""
    cli("update")
    spoil(reviewed / "locales" / DOC / "be.po", missing=True, fuzzy=True, wrong_number=True)
    ru = reviewed / "locales" / DOC / "ru.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace("Беляцкий", "Беляцкого", 1), encoding="utf-8")
    cli("report")
    return reviewed


def test_counts_equal_stats_check_and_names_and_each_links_to_its_first_unit(cli, spoiled: Path,
                                                                             tmp_path: Path) -> None:
    report = spoiled / "out" / "report"
    index, page = probe(report / "index.html", tmp_path), probe(report / "docs" / f"{DOC}.html", tmp_path)
    stats = json_of(cli, "stats", expect=0)["catalogues"]
    qa = json_of(cli, "check", expect=1)["findings"]
    names = json_of(cli, "names", "check", expect=1)["findings"]
    errors = Counter(finding["path"] for finding in qa if finding["severity"] == "error")
    warnings = Counter(finding["path"] for finding in qa
                       if finding["severity"] == "warning" and finding["check"] not in ("fuzzy", "untranslated"))
    by_path = Counter(finding["path"] for finding in names)
    assert len(stats) == 2 and all(errors.values()) and all(by_path.values())
    for row in stats:
        path = f"locales/{DOC}/{row['locale']}.po"
        expected = {"done": row["translated"], "fuzzy": row["fuzzy"], "missing": row["untranslated"],
                    "error": errors[path], "warning": warnings[path], "name": by_path[path]}
        for tree in (index, page):
            shown = tree.xpath(f"//*[contains(@class,'stats')][@data-document='{DOC}'][@data-locale='{row['locale']}']")
            assert len(shown) == 1
            assert (int(shown[0].get("data-translated")), int(shown[0].get("data-fuzzy")),
                    int(shown[0].get("data-untranslated")), int(shown[0].get("data-total"))) == (
                row["translated"], row["fuzzy"], row["untranslated"], row["total"])
        summary = page.xpath(f"//tr[contains(@class,'stats')][@data-locale='{row['locale']}']")[0]
        for kind, count in expected.items():
            cell = summary.xpath(f"td[@data-kind='{kind}']")[0]
            assert int(cell.get("data-count")) == count, (row["locale"], kind)
            links = cell.xpath("a/@href")
            assert bool(links) == bool(count)
            if links:  # the first unit of that kind, in this locale's column
                target = page.get_element_by_id(links[0].lstrip("#"))
                column = target.xpath(f"td[@lang='{row['locale']}']")[0]
                assert (column.get("data-state") == "done" if kind == "done"
                        else f"k-{kind}" in target.get("class"))
    assert int(page.xpath("//tr[contains(@class,'stats')][@data-locale='be']/td[@data-kind='missing']")[0]
               .get("data-count")) == 1
    source_names = by_path[f"sources/{DOC}.md"]
    assert int(index.xpath(f"//tr[@data-document='{DOC}']/td[@data-kind='source-names']")[0].get("data-count")) == (
        source_names) > 0
    units = page.xpath("//table[contains(@class,'units')]//tr[@data-id]")
    template_units = [line for line in (spoiled / "locales" / DOC / f"{DOC}.pot").read_text(encoding="utf-8")
                      .splitlines() if line.startswith("msgctxt ")]
    assert len(units) == len(template_units)
    closing = page.get_element_by_id("letter/closing-1")
    assert closing.xpath("td[@lang='be']//span[@class='text']")[0].text_content() == "З павагай,"
    assert re.fullmatch(rf"sources/{DOC}\.md:\d+", closing.find_class("ref")[0].text_content())
    screenshot(report / "index.html", tmp_path, "index")
    screenshot(report / "docs" / f"{DOC}.html", tmp_path, "document")


@pytest.mark.parametrize("fragment, kind", [
    ("", None), ("#filter-problems", "problem"), ("#filter-error", "k-error"), ("#filter-missing", "k-missing"),
    ("#filter-fuzzy", "k-fuzzy"), ("#filter-name", "k-name"),
])
def test_filters_leave_only_the_units_with_that_problem(spoiled: Path, tmp_path: Path, fragment: str,
                                                        kind: str | None) -> None:
    page = probe(spoiled / "out" / "report" / "docs" / f"{DOC}.html", tmp_path, fragment)
    rows = page.xpath("//table[contains(@class,'units')]//tr[@data-id]")
    shown = [row.get("data-id") for row in rows if row.get("data-shown") == "1"]
    wanted = [row.get("data-id") for row in rows if kind is None or kind in row.get("class").split()]
    assert shown == wanted and 0 < len(wanted) <= len(rows)
    if kind:
        assert len(wanted) < len(rows)
        screenshot(spoiled / "out" / "report" / "docs" / f"{DOC}.html", tmp_path, f"filter-{kind}", fragment)


def test_colours_are_readable_and_errors_unmistakable(spoiled: Path, tmp_path: Path) -> None:
    report = spoiled / "out" / "report"
    for tree in (probe(report / "index.html", tmp_path), probe(report / "docs" / f"{DOC}.html", tmp_path)):
        texts = tree.xpath("//body//*[@data-fg][@data-shown='1']")
        assert len(texts) > 50
        poor = [(node.tag, node.get("class"), node.text_content()[:30], round(contrast(node.get("data-fg"),
                                                                                      node.get("data-bg")), 2))
                for node in texts if contrast(node.get("data-fg"), node.get("data-bg")) < 4.5]
        assert poor == []
    page = probe(report / "docs" / f"{DOC}.html", tmp_path)
    done = page.xpath("//td[@data-state='done'][not(contains(@class,'has-error'))]//span[@class='text'][@data-fg]")
    assert done and {node.get("data-bg") for node in done} == {"rgb(255, 255, 255)"}  # not a green block
    tags = page.xpath("//span[@class='tag pair'][@data-fg]")  # bold or a link: a light tint, readable
    assert tags and {node.get("data-bg") for node in tags} == {"rgb(221, 244, 255)"}
    failing = page.xpath("//td[contains(@class,'has-error')]")
    assert failing
    for cell in failing:
        width, colour = cell.get("data-border").split(" ", 1)
        assert float(width.removesuffix("px")) >= 5 and rgb(colour)[0] > 150 > rgb(colour)[1]  # a thick red edge
        assert cell.xpath(".//span[contains(@class,'badge') and contains(@class,'error')]")[0].text_content() == (
            "error")
        assert cell.xpath(".//li[contains(@class,'finding') and contains(@class,'error')]")


def test_fifty_documents_get_an_index_and_a_page_each(cli, project: Path, tmp_path: Path) -> None:
    (project / "sources" / f"{DOC}.md").unlink()
    names = many_documents(project, 50)
    cli("report")
    report = project / "out" / "report"
    index = probe(report / "index.html", tmp_path)
    rows = index.xpath("//tr[contains(@class,'document')]")
    assert [row.get("data-document") for row in rows] == names
    for row in rows:
        assert (report / row.xpath(".//a/@href")[0]).exists()
    assert int(index.body.get("data-height")) < 4000  # one row per document, not every unit
    stats = json_of(cli, "stats", expect=0)["catalogues"]
    assert len(stats) == 100
    for entry in stats:
        node = index.xpath(f"//td[@data-document='{entry['document']}'][@data-locale='{entry['locale']}']")[0]
        assert (int(node.get("data-translated")), int(node.get("data-fuzzy")),
                int(node.get("data-untranslated"))) == (entry["translated"], entry["fuzzy"], entry["untranslated"])
    failing = {finding["path"].split("/")[1] for finding in json_of(cli, "check", expect=1)["findings"]
               if finding["severity"] == "error"}
    assert failing == {name for number, name in enumerate(names, start=1) if number % 7 == 0}
    filtered = probe(report / "index.html", tmp_path, "#filter-error")
    assert {row.get("data-document") for row in filtered.xpath("//tr[contains(@class,'document')]")
            if row.get("data-shown") == "1"} == failing
    screenshot(report / "index.html", tmp_path, "index-50")
    page = probe(report / "docs" / "ua-007.html", tmp_path)
    assert page.xpath("//a[@href='../index.html']")


def test_run_is_the_main_job_and_tolerates_missing_engines(cli, reviewed: Path) -> None:
    result = cli("run", "--date", "2021-07-14", expect=1)  # the sample spells Labkovich two ways
    assert "names: 1 finding(s)" in result.output
    assert "needs review: 1 name finding(s)" in result.output
    assert "no MT engine for be, ru (memory only)" in result.output
    assert "render: ua-85-21/be, ua-85-21/be-Latn, ua-85-21/ru" in result.output
    assert "report: out/report/index.html" in result.output
    assert (reviewed / "out" / "ua-85-21" / "be-Latn" / "letter-dmitry-basik.eml").exists()
    assert (reviewed / "out" / "report" / "docs" / "ua-85-21.html").exists()


def test_stale_document_pages_are_removed(cli, reviewed: Path) -> None:
    cli("report")
    stale = reviewed / "out" / "report" / "docs" / "gone.html"
    stale.write_text("old", encoding="utf-8")
    cli("report")
    assert not stale.exists() and (reviewed / "out" / "report" / "docs" / f"{DOC}.html").exists()


def test_a_document_name_with_a_space_or_hash_links_to_its_page(cli, project: Path, tmp_path: Path) -> None:
    source = project / "sources" / f"{DOC}.md"
    source.rename(source.with_name("UA 85#21.md"))
    cli("extract")
    cli("update")
    cli("report")
    report = project / "out" / "report"
    index = probe(report / "index.html", tmp_path)
    link = index.xpath("//tr[@data-document='UA 85#21']//a/@href")[0]
    assert link == "docs/UA%2085%2321.html" and (report / "docs" / "UA 85#21.html").exists()


def test_inline_tags_read_as_the_source_does_and_stay_escaped(cli, project: Path) -> None:
    """A reviewer sees 'the Prosecutor' highlighted with its link as the tooltip, the e-mail and phone number
    as written, never <1>…</1>; a tag the translation made up stays visible, marked; nothing becomes markup."""
    (project / "sources" / f"{DOC}.md").unlink()
    shutil.copy(FIXTURES / "report" / "inline-tags.md", project / "sources" / "ua-1-26.md")
    cli("extract")
    cli("update", "--locale", "ru")
    po = project / "locales" / "ua-1-26" / "ru.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace('<4/>."\nmsgstr ""', '<4/>."\nmsgstr "Напишите <1><2>прокурору</2></1> на <3/> или позвоните <4/>."')
    text = text.replace('them\\"."\nmsgstr ""', 'them\\"."\nmsgstr "Скажите <script> & <2>«освободите их»<5/>."')
    po.write_text(text, encoding="utf-8")
    cli("report")
    page = lxml_html.parse(str(project / "out" / "report" / "docs" / "ua-1-26.html")).getroot()
    source = page.xpath("//tr[@data-id='header/summary-1.1']/td[@class='source']")[0]
    translation = page.xpath("//tr[@data-id='header/summary-1.1']//td[@lang='ru']//span[@class='text']")[0]
    assert source.text_content().strip() == "Write to the Prosecutor at info@example.org or call +375 17 123 45 67."
    assert translation.text_content() == "Напишите прокурору на info@example.org или позвоните +375 17 123 45 67."
    for cell in (source, translation):
        bold, link = cell.xpath(".//span[@class='tag pair']")
        assert (bold.get("title"), link.get("title")) == (
            "**…**", '[…](https://example.org/?a=1&b=2 "Prosecutor\'s <office>")')  # the attribute, unescaped
        assert link.getparent() is bold
        assert [atom.get("title") for atom in cell.xpath(".//span[@class='tag atom']")] == [
            "<info@example.org>", "+375 17 123 45 67"]
    made_up = page.xpath("//tr[@data-id='header/summary-1.2']//td[@lang='ru']//span[@class='text']")[0]
    assert made_up.text_content() == "Скажите <script> & <2>«освободите их»<5/>."  # text, not markup
    assert [node.text_content() for node in made_up.xpath(".//span[@class='tag broken']")] == ["<2>", "<5/>"]
    assert not page.xpath("//script")
    raw = (project / "out" / "report" / "docs" / "ua-1-26.html").read_text(encoding="utf-8")
    assert "&lt;1&gt;" not in raw and "Скажите &lt;script&gt; &amp; " in raw


def test_a_catalogue_saved_in_the_middle_of_run_reaches_the_letters_and_the_report(cli, reviewed: Path,
                                                                                  monkeypatch) -> None:
    """``run`` parses each catalogue once and reuses it while its bytes stay the same: a translator's save
    between two stages is read by the stages after it."""
    import uaintl.qa.run

    check_project = uaintl.qa.run.check_project

    def save_then_check(*args, **kwargs):
        po = reviewed / "locales" / DOC / "be.po"
        po.write_text(po.read_text(encoding="utf-8").replace('msgstr "З павагай,"', 'msgstr "З глыбокай павагай,"'),
                      encoding="utf-8")
        return check_project(*args, **kwargs)

    monkeypatch.setattr(uaintl.qa.run, "check_project", save_then_check)
    cli("run", "--date", "2021-07-14", expect=1)
    letters = sorted((reviewed / "out" / DOC / "be").glob("letter-*.txt"))
    assert letters and all("З глыбокай павагай," in path.read_text(encoding="utf-8") for path in letters)
    assert "З глыбокай павагай," in (reviewed / "out" / "report" / "docs" / f"{DOC}.html").read_text(encoding="utf-8")
    assert 'msgstr "З глыбокай павагай,"' in (reviewed / "locales" / DOC / "be.po").read_text(encoding="utf-8")
