"""The source-format table: PDF and Word intake, saved web pages, rebuild, and the sources folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import FIXTURES
from tests.corpus import CORPUS, build_docx, materialise
from uaintl.catalog.extract import build_template
from uaintl.catalog.pofile import dump_po, parse_po
from uaintl.catalog.rebuild import rebuild
from uaintl.config import Project
from uaintl.document.formats import FORMATS, format_for
from uaintl.document.inline import plain_text, readable
from uaintl.document.load import load_document
from uaintl.errors import UaintlError


def test_every_suffix_belongs_to_one_format() -> None:
    suffixes = [suffix for source_format in FORMATS for suffix in source_format.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert {source_format.name for source_format in FORMATS} == {"ua-text", "html", "pdf", "docx"}
    assert format_for(Path("x.PDF")).output_suffix(".PDF") == ".txt"
    assert format_for(Path("x.html")).output_suffix(".html") == ".html"


def test_unknown_suffix_is_one_clear_error() -> None:
    with pytest.raises(UaintlError, match="cannot read .odt files") as caught:
        format_for(Path("sources/appeal.odt"))
    assert ".docx" in caught.value.hint


def _texts(document) -> list[str]:
    return [plain_text(unit.text) for unit in document.units]


def test_pdf_keeps_the_target_blocks_lines(tmp_path: Path) -> None:
    document = load_document(materialise("2019-russia-prison.pdf", tmp_path))
    assert document.format == "pdf"
    lines = [(unit.role, plain_text(unit.text)) for unit in document.units if unit.id.startswith("targets/")]
    assert ("target-name", "Dmitry Morozov") in lines
    assert ("address", "ul. Zhitnaya, 14") in lines
    assert ("target-title", "Head of the Investigative Department for the Khanty-Mansiysk Region") in lines
    # a hard-wrapped paragraph is one block again, split into its sentences
    assert any(" ".join(text.split()).startswith("I am writing to express my grave concern about Yevgeny Fedin, a Jehovah's Witness")
               for text in _texts(document))


def test_pdf_without_text_or_broken_is_reported(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(UaintlError, match="no text layer"):
        load_document(tmp_path / "scan.pdf")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really\n")
    with pytest.raises(UaintlError, match="cannot read the PDF"):
        load_document(tmp_path / "broken.pdf")


def test_docx_headings_lists_and_line_breaks(tmp_path: Path) -> None:
    document = load_document(materialise("2022-belarus-section.docx", tmp_path))
    by_text = {plain_text(unit.text): unit for unit in document.units}
    assert by_text["Journalist sentenced to eight years"].role == "title"
    assert by_text["Post your letter or send it by e-mail; you can also send a copy to the embassy."].layout == {
        "prefix": "- "}
    assert by_text["Mr Uladzimir Bialou"].role == "target-name"  # a line of a paragraph with line breaks


def test_docx_that_is_not_a_word_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "appeal.docx").write_bytes(b"plain text, renamed")
    with pytest.raises(UaintlError, match="cannot read the Word document"):
        load_document(tmp_path / "appeal.docx")
    build_docx("", tmp_path / "empty.docx")
    with pytest.raises(UaintlError, match="has no text"):
        load_document(tmp_path / "empty.docx")


def _template(path: Path):
    return parse_po(dump_po(build_template(load_document(path, path.name), "2026-01-01 00:00+0000")))


def test_html_rebuild_keeps_everything_it_did_not_extract(tmp_path: Path) -> None:
    page = materialise("2023-russia-page.html", tmp_path)
    template = _template(page)
    translations = {entry.msgctxt: "ПЕРЕВОД" for entry in template.messages
                    if entry.msgctxt.startswith("header/summary")}
    rebuilt = rebuild(template, translations, page, banner="ЧЕРНОВИК")
    tree = lxml_html.document_fromstring(rebuilt)
    original = lxml_html.document_fromstring(page.read_text(encoding="utf-8"))
    assert rebuilt.startswith("<!DOCTYPE html>")
    # the chrome and the <time> elements with their attributes are still there
    for chrome in ("cookie-banner", "primary-nav", "breadcrumbs", "share-buttons", "related", "site-footer"):
        find = f"//*[@id='{chrome}' or contains(concat(' ', @class, ' '), ' {chrome} ')]"
        assert tree.xpath(find)[0].text_content() == original.xpath(find)[0].text_content(), chrome
    assert [time.get("datetime") for time in tree.iter("time")] == ["2023-03-14", "2023-04-25"]
    assert tree.xpath("//p[@class='lead']")[0].text_content().startswith("ПЕРЕВОД")
    # the DRAFT banner is the first thing inside <body>, never before <!DOCTYPE>
    first = next(iter(tree.find("body")))
    assert (first.get("role"), first.text) == ("alert", "ЧЕРНОВИК")
    # the target block keeps its <br> lines
    block = tree.xpath("//h3[text()='Write to']/following-sibling::p[1]")[0]
    assert len(block.findall("br")) == 6


def test_html_rebuild_from_template_alone_puts_the_banner_in_body() -> None:
    template = _template(FIXTURES / "sources" / "appeal.html")
    rebuilt = rebuild(template, banner="DRAFT")
    assert rebuilt.startswith("<!DOCTYPE html>")
    assert lxml_html.document_fromstring(rebuilt).find("body")[0].text == "DRAFT"


def test_html_rebuild_refuses_a_source_changed_since_extraction(tmp_path: Path) -> None:
    page = materialise("2024-belarus-page.html", tmp_path)
    template = _template(page)
    page.write_text(page.read_text(encoding="utf-8").replace("<p>She is a prisoner", "<p>New.</p>\n<p>She is a prisoner"),
                    encoding="utf-8")
    with pytest.raises(UaintlError, match="changed since its template was extracted"):
        rebuild(template, None, page)


def test_br_separates_lines_and_translate_no_is_honoured(tmp_path: Path) -> None:
    document = load_document(materialise("2024-belarus-page.html", tmp_path))
    units = {readable(unit.text, unit.placeholders): unit for unit in document.units}
    assert units["Minister of Justice"].role == "target-title"
    assert units["Ms Volha Karpovich"].role == "target-name"
    address = units["vul. Kalektarnaia, 10\n220004 Minsk\nBelarus"]
    assert not address.translatable  # <span translate="no">
    assert not units["pr. Niezalezhnasci, 17, 220030 Minsk, Belarus"].translatable  # class="notranslate"


def _project(tmp_path: Path, *names: str) -> Project:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("# Appeal\n\nText.\n", encoding="utf-8")
    return Project(root=tmp_path)


def test_a_file_uaintl_cannot_read_is_reported_by_name(tmp_path: Path) -> None:
    project = _project(tmp_path, "a.md", "notes.odt", "scan.jpg", ".hidden", "a.toml")
    with pytest.raises(UaintlError, match="cannot read notes.odt, scan.jpg"):
        project.sources()


def test_two_sources_with_the_same_stem_are_an_error(tmp_path: Path) -> None:
    project = _project(tmp_path, "ua-1.md", "ua-1.html")
    with pytest.raises(UaintlError, match="two sources named 'ua-1': ua-1.html and ua-1.md"):
        project.sources()


def test_pdf_and_docx_sources_are_found(tmp_path: Path) -> None:
    project = _project(tmp_path, "a.md")
    materialise("2019-russia-prison.pdf", tmp_path / "sources")
    materialise("2022-belarus-section.docx", tmp_path / "sources")
    assert [path.name for path in project.sources()] == ["2019-russia-prison.pdf", "2022-belarus-section.docx", "a.md"]
    assert (CORPUS / "build").is_dir()
