"""Consistency checks, name locking for MT, and TBX export/import."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from uaintl.catalog.model import Catalog, Entry
from uaintl.names.check import check_catalog, check_text
from uaintl.names.match import NameIndex
from uaintl.names.protect import lock_names, unlock_names
from uaintl.names.registry import load_registry
from uaintl.names.tbx import TBX_NS, export_tbx, import_tbx
from uaintl.errors import UaintlError
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(load_registry(ROOT / "locales" / "names.toml"))


def test_bundled_appeal_reports_labkovic_beside_labkovich(index: NameIndex) -> None:
    text = (ROOT / "sources" / "ua-85-21.md").read_text(encoding="utf-8")
    findings = [f for f in check_text("sources/ua-85-21.md", text, index) if f.kind == "inconsistent"]
    assert len(findings) == 1
    finding = findings[0]
    assert finding.person == "labkovich" and finding.line == 46
    assert finding.forms["Labkovic"] == [46]
    assert 44 in finding.forms["Labkovich"] and len(finding.forms["Labkovich"]) >= 6


def test_article_suggests_people_missing_from_the_registry(index: NameIndex) -> None:
    text = (ROOT / "sources" / "pozirk-2024-03-03.md").read_text(encoding="utf-8")
    unknown = [f for f in check_text("pozirk.md", text, index) if f.kind == "unknown-person"]
    assert [f.message.split("'")[1] for f in unknown] == ["Barys Zvozskaŭ"]
    assert unknown[0].forms["be"] == "Барыс Звозскаў" and unknown[0].forms["ru"] == "Борис Звозсков"
    assert "be 'Барыс Звозскаў'" in unknown[0].message and unknown[0].spellings == {"Barys Zvozskaŭ": [18]}


def test_catalogue_names_must_be_the_registry_form_in_any_case(index: NameIndex) -> None:
    catalog = Catalog(entries=[
        Entry(msgid="Free Ales Bialiatski.", msgstr="Вызваліце Алеся Бяляцкага.", msgctxt="a", line=10),
        Entry(msgid="Free Ales Bialiatski.", msgstr="Вызваліце Алеся Беляцкага.", msgctxt="b", line=20),
        Entry(msgid="Ales Bialiatski and Natalia Pinchuk.", msgstr="Алесь Бяляцкі.", msgctxt="c", line=30),
    ])
    findings = check_catalog("be.po", catalog, "be", index)
    assert [(f.kind, f.line, f.person) for f in findings] == [
        ("wrong-form", 20, "bialiatski"), ("missing-in-translation", 30, "pinchuk")]
    assert "'Алесь Бяляцкі'" in findings[0].message


def test_russian_form_in_belarusian_catalogue_is_wrong(index: NameIndex) -> None:
    catalog = Catalog(entries=[Entry(msgid="Ales Bialiatski", msgstr="Алесь Беляцкий", msgctxt="a", line=3)])
    assert [f.kind for f in check_catalog("be.po", catalog, "be", index)] == ["wrong-form"]
    assert check_catalog("ru.po", catalog, "ru", index) == []


def test_names_are_locked_and_come_back_in_the_case_context_needs(index: NameIndex) -> None:
    locked = lock_names("Ensure the release of Ales Bialiatski. Natalia Pinchuk wrote to Andrey Shved.", index)
    assert locked.text == "Ensure the release of <n1/>. <n2/> wrote to <n3/>."
    translated = "Забяспечце вызваленне <n1/>. <n2/> напісала <n3/>."
    text, notes = unlock_names(translated, locked, index, "be")
    assert text == "Забяспечце вызваленне Алеся Бяляцкага. Наталля Пінчук напісала Андрэю Шведу."
    assert notes == []
    text_ru, _ = unlock_names("Обеспечьте освобождение <n1/>.", locked, index, "ru")
    assert text_ru == "Обеспечьте освобождение Алеся Беляцкого."


def test_undecided_case_uses_nominative_with_a_note(index: NameIndex) -> None:
    locked = lock_names("We remember Ales Bialiatski", index)
    text, notes = unlock_names("Мы памятаем <n1/>", locked, index, "be")
    assert text == "Мы памятаем Алесь Бяляцкі"
    assert notes == ["check the case of Алесь Бяляцкі (nominative used)"]


def test_dropped_name_is_reported(index: NameIndex) -> None:
    locked = lock_names("Free Ales Bialiatski", index)
    _, notes = unlock_names("Вызваліце", locked, index, "be")
    assert notes[-1] == "machine translation dropped Алесь Бяляцкі"


@pytest.mark.parametrize("version, root_tag, concept_tag", [
    (2, "martif", "termEntry"), (3, f"{{{TBX_NS}}}tbx", f"{{{TBX_NS}}}conceptEntry")])
def test_tbx_round_trip_loses_nothing(tmp_path: Path, version: int, root_tag: str, concept_tag: str) -> None:
    registry = load_registry(ROOT / "locales" / "names.toml")
    path = tmp_path / "names.tbx"
    path.write_bytes(export_tbx(registry, version))
    root = etree.parse(str(path)).getroot()
    assert root.tag == root_tag and root.get("type") == "TBX-Basic"
    assert len(root.findall(f".//{concept_tag}")) == len(registry.people)
    again = import_tbx(path)
    assert [(p.id, p.gender, p.names, p.aliases, p.role) for p in again.people] == [
        (p.id, p.gender, p.names, p.aliases, p.role) for p in registry.people]


def test_tbx_v2_has_the_shape_translate_toolkit_reads(tmp_path: Path) -> None:
    """Weblate reads TBX through translate-toolkit: martif/text/body/termEntry/langSet/tig/term."""
    root = etree.fromstring(export_tbx(load_registry(ROOT / "locales" / "names.toml"), 2))
    terms = root.xpath("/martif/text/body/termEntry[@id='bialiatski']/langSet/tig/term")
    assert [(term.getparent().getparent().get("{http://www.w3.org/XML/1998/namespace}lang"), term.text)
            for term in terms][:2] == [("en", "Ales Bialiatski"), ("en", "Ales Byalyatski")]


def test_tbx_v2_martif_is_read(tmp_path: Path) -> None:
    path = tmp_path / "old.tbx"
    path.write_text("""<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="basik"><langSet xml:lang="en"><tig><term>Dmitry Basik</term></tig></langSet>
<langSet xml:lang="ru"><tig><term>Дмитрий Басик</term></tig></langSet></termEntry></body></text></martif>""",
                    encoding="utf-8")
    person = import_tbx(path).people[0]
    assert (person.id, person.names) == ("basik", {"en": "Dmitry Basik", "ru": "Дмитрий Басик"})


def test_broken_tbx_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tbx"
    path.write_text("<tbx>\n<text>\n</tbx>\n", encoding="utf-8")
    with pytest.raises(UaintlError, match="not well-formed XML") as caught:
        import_tbx(path)
    assert caught.value.line == 3
