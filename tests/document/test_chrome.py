"""What is not the appeal never becomes a unit: a saved page's cookie notice, share bar, download and
related links, sidebar and <title>; a PDF copy's page numbers and running footers, wherever the page
break put them. One fixture per shape in ``tests/fixtures/layouts/`` (invented people and addresses)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from uaintl.catalog.extract import build_template
from uaintl.catalog.pofile import dump_po, parse_po
from uaintl.catalog.rebuild import rebuild
from uaintl.document.appeal import headline, recognise
from uaintl.document.inline import readable
from uaintl.document.load import load_document

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "layouts"


def _load(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text((LAYOUTS / name).read_text(encoding="utf-8"), encoding="utf-8")
    document = load_document(path)
    return path, document, recognise(document.units)


def _texts(document) -> list[str]:
    return [readable(unit.text, unit.placeholders) for unit in document.units]


def _roles(document) -> dict[str, str]:
    return {readable(unit.text, unit.placeholders): unit.role for unit in document.units}


def test_cookie_notice_share_bar_downloads_and_related_links_are_no_units(tmp_path: Path) -> None:
    """Amnesty Canada-style page: trafilatura keeps the share line, the "Downloads" and "Related" lists
    and the cookie notice inside the article; none of them is the appeal."""
    _, document, appeal = _load(tmp_path, "saved-page-furniture.html")
    texts = " ".join(_texts(document))
    for chrome in ("Share this page", "Downloads", "Download the Urgent Action (PDF)", "Download the sample letter",
                   "Related", "Crackdown on journalists continues", "Join the Urgent Action Network", "cookie",
                   "Amnesty International Canada"):
        assert chrome not in texts, chrome
    assert _texts(document)[:2] == ["Belarus: Journalist jailed for reporting", "UA 41/25"]
    assert _roles(document)["Journalist Katsiaryna Andreyeva was sentenced to eight years in prison on 14 July 2022 "
                            "on trumped-up treason charges."] == "summary"  # no longer pushed to background
    assert (appeal.letter.kind, str(appeal.deadline)) == ("sample", "2025-05-05")


def test_a_sidebar_link_repeating_an_address_line_is_no_unit_and_the_headline_is_kept_once(tmp_path: Path) -> None:
    """amnesty.org-style document page: the category link "Russian Federation" in the sidebar has the
    text of the official's last address line, so a filter by text alone took it for content."""
    _, document, appeal = _load(tmp_path, "saved-page-sidebar.html")
    texts = _texts(document)
    assert texts.count("Russian Federation") == 1 and _roles(document)["Russian Federation"] == "address"
    assert not any("Amnesty International" in text or "EUR 46/7311/2023" in text for text in texts)
    assert texts[:3] == ["URGENT ACTION", "POET JAILED FOR READING ANTI-WAR VERSE",
                         "On 28 October 2023 a Moscow court sentenced poet Artyom Sorokin to seven years in prison "
                         "for reading his poems against the war in Ukraine at a public reading."]
    assert _roles(document)[texts[2]] == "summary"
    assert headline(document.units) == "Poet jailed for reading anti-war verse"
    assert [official.name for official in appeal.officials] == ["Igor Krasnov"]


def test_the_pages_own_headline_replaces_the_title_that_repeats_it(tmp_path: Path) -> None:
    """AIUSA-style page: trafilatura drops the <h1> because the <title> repeats it; the headline is the
    <h1> (once, without the site's name), and the "Share on …" links are no unit."""
    _, document, _ = _load(tmp_path, "saved-page-headline.html")
    titles = [unit for unit in document.units if unit.role == "title"]
    assert [(unit.layout["element"], readable(unit.text, unit.placeholders)) for unit in titles] == [
        ("h1", "Urgent Action: Student Activist Faces Prison for Leaflets (Belarus: UA 41.25)")]
    assert not any("Share" in text or "Amnesty International USA" in text for text in _texts(document))
    assert not any("handing out leaflets." in text and "19" not in text for text in _texts(document))  # meta description


def test_a_title_that_no_heading_repeats_stays_a_unit(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><head><title>Urgent Action: Free Viasna</title></head><body>"
                    "<h1>URGENT ACTION</h1><p>Human rights defender Ales Bialiatski remains in detention in Minsk "
                    "and must be released immediately.</p></body></html>", encoding="utf-8")
    document = load_document(page)
    assert [(unit.role, unit.layout["element"]) for unit in document.units][0] == ("title", "title")
    assert _texts(document)[0] == "Urgent Action: Free Viasna"


def test_a_page_rebuilt_keeps_the_chrome_it_did_not_extract(tmp_path: Path) -> None:
    path, document, _ = _load(tmp_path, "saved-page-furniture.html")
    template = parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000")))
    page = rebuild(template, {"header/title-1": "Беларусь: журналістка асуджана"}, source=path)
    tree = lxml_html.document_fromstring(page)
    assert tree.find(".//h1").text_content() == "Беларусь: журналістка асуджана"
    # the <title> is no unit of its own: it follows the headline it repeats, with the site's name
    assert tree.find(".//title").text_content() == "Беларусь: журналістка асуджана | Amnesty International Canada"
    assert "Download the Urgent Action (PDF)" in page and "This website uses cookies" in page
    untranslated = lxml_html.document_fromstring(rebuild(template, None, source=path))
    assert untranslated.find(".//title").text_content() == (
        "Urgent Action: Belarus - Journalist jailed for reporting | Amnesty International Canada")


def test_page_number_and_running_footer_inside_a_pdf_copy_are_page_chrome(tmp_path: Path) -> None:
    """A page break under the letter's closing: the page number and the footer are not the letter's
    signature, and "ADDITIONAL INFORMATION" glued under the footer starts the background."""
    _, document, appeal = _load(tmp_path, "pdf-letter-page-break.txt")
    chrome = [(unit.line, readable(unit.text, unit.placeholders), unit.translatable)
              for unit in document.units if unit.role == "page-chrome"]
    footer = "Amnesty International UA 19/25 Index: EUR 49/9120/2025 Belarus Date: 21 February 2025"
    assert chrome == [(25, "1", False), (26, footer, False), (40, "2", False), (41, footer, False)]
    assert [unit.role for unit in document.units if unit.id.startswith("letter/")][-3:] == [
        "closing", "page-chrome", "page-chrome"]
    assert (appeal.letter.first_line, appeal.letter.last_line) == (17, 24)
    roles = _roles(document)
    assert roles["ADDITIONAL INFORMATION"] == "title"
    assert roles["Alena Maslava has worked for independent media in Homiel since 2015."] == "background"
    assert "signature" not in roles.values()


def test_a_url_broken_at_a_line_end_is_one_address(tmp_path: Path) -> None:
    path, document, appeal = _load(tmp_path, "pdf-letter-page-break.txt")
    url = "https://www.prokuratura.gov.by/ru/obrashcheniya-grazhdan/elektronnye-obrashcheniya/"
    assert appeal.officials[0].contacts == {"Complaint form online": url}
    assert "obrashcheniya/" not in [text.strip() for text in _texts(document)]
    # rebuilt untranslated, the source keeps its two lines
    rebuilt = rebuild(parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000"))), None)
    assert rebuilt == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text, url", [
    ("See https://www.amnesty.org/en/documents/\neur46/1544/2015/en/ for more.",
     "https://www.amnesty.org/en/documents/eur46/1544/2015/en/"),
    ("Form: https://example.org/reception?id=\n42&lang=en", "https://example.org/reception?id=42&lang=en"),
    ("Read it at https://www.amnesty.org/\ncountry. Then write.", "https://www.amnesty.org/"),  # a sentence goes on
    ("Read it at https://www.amnesty.org/en\nand write.", "https://www.amnesty.org/en"),
])
def test_only_a_url_that_goes_on_is_joined_across_a_line_end(text: str, url: str) -> None:
    from uaintl.document.inline import MARKDOWN, to_placeholders

    _, placeholders = to_placeholders(text, MARKDOWN)
    assert [readable(f"<{p.number}/>", placeholders) for p in placeholders if p.kind == "url"] == [url]


def test_wrapped_prose_of_a_pdf_copy_is_joined_though_no_line_ends_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("URGENT ACTION\n\nAlso send copies to diplomatic representatives accredited to your\n"
                    "country. Please check with your section office if sending appeals\n"
                    "after the above date. This is the first update of UA 88/15. Further\n"
                    "information: www.amnesty.org/en/documents/eur46/1544/2015/en/\n\n"
                    "Prosecutor General of the Republic of Belarus\nvul. Internatsyianalnaia 22\n", encoding="utf-8")
    texts = _texts(load_document(path))
    assert texts[1:5] == ["Also send copies to diplomatic representatives accredited to your country.",
                          "Please check with your section office if sending appeals after the above date.",
                          "This is the first update of UA 88/15.",
                          "Further information: www.amnesty.org/en/documents/eur46/1544/2015/en/"]
    assert texts[5:7] == ["Prosecutor General of the Republic of Belarus", "vul. Internatsyianalnaia 22"]


def test_a_heading_in_capitals_over_its_first_line_is_a_title(tmp_path: Path) -> None:
    path = tmp_path / "ua.txt"
    path.write_text("URGENT ACTION\nFOUR PROTESTERS FACE PRISON\nFour men who took part in the demonstration in "
                    "Minsk\nare still in custody.\n", encoding="utf-8")
    document = load_document(path)
    assert [(unit.role, readable(unit.text, unit.placeholders)) for unit in document.units] == [
        ("title", "URGENT ACTION"), ("title", "FOUR PROTESTERS FACE PRISON"),
        ("summary", "Four men who took part in the demonstration in Minsk are still in custody.")]


def test_a_links_heading_over_prose_and_a_publication_date_stay_units(tmp_path: Path) -> None:
    """"More about the case" over a paragraph is the appeal's heading; links under "Related" are not;
    the page's "Published 12 March 2025" is the appeal's record (meta), not its summary."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Belarus: Blogger jailed | Rights Now</title></head><body><main><article>"
        "<h1>Belarus: Blogger jailed</h1><p>Published 12 March 2025</p>"
        "<p>Blogger Ihar Losik was sentenced to 15 years in a penal colony on 14 December 2021 for his posts "
        "about the peaceful protests in Belarus. He must be released immediately and unconditionally.</p>"
        "<h2>More about the case</h2><p>Ihar Losik, a consultant for Radio Liberty, was arrested on 25 June 2020 "
        "and has been held in solitary confinement since February.</p>"
        "<h2>Related</h2><ul><li><a href='/belarus'>Belarus: one year since the crackdown</a></li>"
        "<li><a href='/ua'>All our urgent actions</a></li></ul></article></main></body></html>", encoding="utf-8")
    roles = _roles(load_document(page))
    assert roles["More about the case"] == "title" and roles["Published 12 March 2025"] == "meta"
    assert "Related" not in roles and "All our urgent actions" not in roles
    assert roles["Blogger Ihar Losik was sentenced to 15 years in a penal colony on 14 December 2021 for his posts "
                 "about the peaceful protests in Belarus."] == "summary"


def test_a_consent_managers_banner_inside_the_article_is_no_unit(tmp_path: Path) -> None:
    """OneTrust or Cookiebot write their names run together and their text need not say "cookies"."""
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Belarus: Blogger jailed</title></head><body><main><article>"
        "<h1>Belarus: Blogger jailed</h1>"
        "<p>Blogger Ihar Losik was sentenced to 15 years in a penal colony on 14 December 2021 for his posts "
        "about the peaceful protests in Belarus. He must be released immediately and unconditionally.</p>"
        "<div id='onetrust-banner-sdk'><p>We and our partners store and access information on your device, "
        "such as unique identifiers, to measure how this site is used.</p></div>"
        "<div id='CybotCookiebotDialog'><p>This site uses tracking technologies you can refuse.</p></div>"
        "<p>Please take action before 5 May 2022.</p></article></main></body></html>", encoding="utf-8")
    texts = " ".join(_texts(load_document(page)))
    assert "partners" not in texts and "tracking" not in texts
    assert "Please take action before 5 May 2022." in texts
