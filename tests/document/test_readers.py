"""Readers and UA structure on the bundled appeal and small edge-case files."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from uaintl.document.load import load_document
from uaintl.document.text_reader import read_text_blocks
from uaintl.errors import UaintlError
from tests.conftest import FIXTURES, ROOT

UA = ROOT / "sources" / "ua-85-21.md"


@pytest.fixture(scope="module")
def ua():
    return load_document(UA, "sources/ua-85-21.md")


def roles(document) -> dict[str, str]:
    return {unit.id: unit.role for unit in document.units}


def test_ua_sections_and_roles(ua) -> None:
    by_id = {unit.id: unit for unit in ua.units}
    assert by_id["header/title-1"].text == "URGENT ACTION"
    assert by_id["header/summary-1.1"].text.startswith("Belarusian human rights defenders")
    assert by_id["action/action-step-1.1"].layout == {"prefix": "1. "}
    assert by_id["action/action-step-1.2"].text == "You can also email, fax, call or Tweet them."
    assert by_id["targets/dmitry-basik/salutation-1"].text == "Dear Ambassador"
    assert by_id["letter/salutation-1"].text == "Dear Prosecutor General,"
    assert by_id["letter/closing-1"].text == "Sincerely,"
    assert by_id["letter/signature-1"].text == "<1>AMNESTY\nINTERNATIONAL</1>"
    assert by_id["notes/deadline-1.1"].text.endswith("UNTIL: September 28, 2021")
    assert by_id["notes/language-note-1.1"].role == "language-note"
    assert by_id["notes/pronoun-note-1.1"].role == "pronoun-note"
    assert by_id["notes/link-1.1"].text == "LINK TO PREVIOUS UA: <1/>"
    assert sum(unit.role == "background" for unit in ua.units) == 15


def test_ua_targets_with_their_blocks(ua) -> None:
    officials = [(unit.target, unit.role, unit.text) for unit in ua.units
                 if unit.id.startswith("targets/") and unit.role in ("target-name", "target-title")]
    assert officials == [
        ("andrey-shved", "target-name", "Andrey Shved"),
        ("andrey-shved", "target-title", "Prosecutor General of the Republic of Belarus"),
        ("dmitry-basik", "target-name", "Ambassador Dmitry Basik"),
        ("dmitry-basik", "target-title", "Embassy of Belarus")]
    from uaintl.document.appeal import recognise

    appeal = recognise(ua.units)
    assert [(official.id, official.name, official.title, official.organisation) for official in appeal.officials] == [
        ("andrey-shved", "Andrey Shved", "Prosecutor General of the Republic of Belarus", ""),
        ("dmitry-basik", "Dmitry Basik", "Ambassador", "Embassy of Belarus")]
    basik = [unit.role for unit in ua.units if unit.target == "dmitry-basik"]
    assert basik == ["target-name", "target-title", "address", "address", "contact", "contact",
                     "contact", "salutation"]
    letter_salutation = next(unit for unit in ua.units if unit.id == "letter/salutation-1")
    assert letter_salutation.target == "andrey-shved"


def test_addresses_and_contacts_are_not_translatable(ua) -> None:
    untranslatable = {unit.role for unit in ua.units if not unit.translatable}
    assert untranslatable == {"address", "contact"}


def test_letter_is_split_into_sentences_with_citations(ua) -> None:
    letter = [unit for unit in ua.units if unit.role == "letter"]
    assert len(letter) == 6
    assert letter[1].text.startswith("They are human rights defenders")
    assert letter[3].citations == ("Article 342",)
    assert all(unit.line == 46 for unit in letter[2:5])


def test_one_paragraph_per_line_text_and_title_line() -> None:
    article = load_document(ROOT / "sources" / "pozirk-2024-03-03.md")
    first, second = article.units[:2]
    assert (first.role, first.text) == ("title", "Dozens of rights groups demand freedom for Bialacki, Stefanovič, Łabkovič")
    assert second.role == "summary" and second.line == 3
    assert article.units[-1].layout == {"prefix": "- "}


def test_soft_wrapped_markdown_paragraph_is_one_block() -> None:
    blocks = read_text_blocks("# Title\n\nThis paragraph is wrapped\nover two lines.\n")
    assert [(block.kind, block.raw) for block in blocks] == [
        ("heading", "Title"), ("paragraph", "This paragraph is wrapped\nover two lines.")]


def test_html_appeal_gets_the_same_structure() -> None:
    document = load_document(FIXTURES / "sources" / "appeal.html")
    by_id = {unit.id: unit for unit in document.units}
    assert "var tracking" not in " ".join(unit.text for unit in document.units)
    assert by_id["header/title-1"].text == "Urgent Action: Free Viasna"
    assert by_id["header/summary-1.1"].text == (
        "Belarusian human rights defenders <1>Ales Bialiatski</1> and <2>Valyantsin Stefanovich</2> "
        "remain in detention.")
    assert by_id["action/action-step-2.1"].layout == {"element": "li", "list": "ol"}
    assert not by_id["targets/andrey-shved/address-1"].translatable
    assert by_id["letter/letter-1.3"].text == "Call <1/> & ask."
    assert not by_id["letter/signature-1"].translatable  # translate="no"


@pytest.mark.parametrize("name, line, message", [
    ("empty.md", 1, "the source document is empty"),
    ("binary.md", 3, "binary data"),
    ("latin1.md", 3, "not valid UTF-8"),
    ("broken.html", 5, "</p> closes <b> opened at line 5"),
])
def test_bad_sources_give_one_clear_error(name: str, line: int, message: str) -> None:
    with pytest.raises(UaintlError) as caught:
        load_document(FIXTURES / "sources" / name)
    assert caught.value.line == line and message in caught.value.message


def test_unclosed_html_element_is_reported_where_it_opens(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>\n<div>\n<p>Text</p>\n</body></html>\n", encoding="utf-8")
    with pytest.raises(UaintlError, match=r"page.html:4: </body> closes <div> opened at line 2"):
        load_document(page)


def test_every_role_is_a_documented_role(ua) -> None:
    """Every role recognition gives is in model.ROLES, and the README documents each of them."""
    from tests.corpus import corpus_documents, materialise
    from uaintl.document.model import ROLES

    html = load_document(FIXTURES / "sources" / "appeal.html")
    found = {unit.role for unit in ua.units + html.units}
    for name in corpus_documents():
        found |= {unit.role for unit in load_document(materialise(name, Path(tempfile.mkdtemp()))).units}
    assert found <= set(ROLES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [role for role in ROLES if f"`{role}`" not in readme] == []


def test_html_nested_deeper_than_the_parser_reads_is_an_error_naming_the_line(tmp_path: Path) -> None:
    """libxml2 silently drops text below 256 levels: say so instead of losing the appeal's text."""
    page = tmp_path / "page.html"
    page.write_text("<html><body>\n" + "<div>\n" * 300 + "<p>Free them.</p>\n" + "</div>\n" * 300
                    + "</body></html>\n", encoding="utf-8")
    with pytest.raises(UaintlError, match=r"page.html:250: elements nested more than 250 deep"):
        load_document(page)


def test_html_nested_as_deep_as_the_parser_reads_keeps_its_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>\n" + "<div>\n" * 240 + "<h1>Urgent action</h1><p>Free them. Write today.</p>\n"
                    + "</div>\n" * 240 + "</body></html>\n", encoding="utf-8")
    assert "Free them." in [unit.text for unit in load_document(page).units]
