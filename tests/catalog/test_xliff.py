"""XLIFF 1.2 and 2.0 for CAT tools: what translate-toolkit reads from our exports, the XLIFF 2.0
structure, and the round trip export → edit → import (edits in, nothing else changed, conflicts)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import xliff as tt_xliff
from translate.storage import xliff2 as tt_xliff2

from tests.conftest import ROOT, snapshot
from uaintl.catalog.pofile import dump_po, parse_po, read_po
from uaintl.catalog.xliff import NS12, NS20, xliff20_schema

DOC = "ua-85-21"
FUZZY, EMPTY, READ_ONLY, TAGGED = ("header/summary-1.2", "header/summary-1.3", "targets/andrey-shved/contact-1",
                                   "action/action-step-2.1")


@pytest.fixture
def translated(project: Path, cli) -> Path:
    """The sample with its reviewed be and ru catalogues; in be one unit fuzzy and one empty."""
    cli("extract")
    folder = project / "locales" / DOC
    for name in ("be.po", "ru.po"):
        shutil.copy(ROOT / "locales" / DOC / name, folder / name)
    catalog = read_po(folder / "be.po")
    entries = {entry.msgctxt: entry for entry in catalog.messages}
    entries[FUZZY].set_fuzzy(True)
    entries[EMPTY].msgstr = ""
    (folder / "be.po").write_bytes(dump_po(catalog))
    return project


def export(cli, project: Path, version: str, locale: str = "be") -> Path:
    path = project / f"{DOC}.{locale}.{version}.xlf"
    cli("export", DOC, "--locale", locale, "--format", version, "-o", str(path))
    return path


def po(project: Path, locale: str = "be"):
    return {entry.msgctxt: entry for entry in read_po(project / "locales" / DOC / f"{locale}.po").messages}


def test_translate_toolkit_reads_xliff12_ids_targets_and_states(cli, translated: Path) -> None:
    store = tt_xliff.xlifffile.parsefile(str(export(cli, translated, "xliff12")))
    units = {unit.getid().split("\x04")[-1]: unit for unit in store.units}
    catalog = po(translated)
    assert list(units) == list(catalog)  # every unit, in catalogue order, with the catalogue's id
    assert store.getsourcelanguage() == "en" and store.gettargetlanguage() == "be"
    assert units["header/title-1"].target == catalog["header/title-1"].msgstr
    assert not units["header/title-1"].isfuzzy() and units["header/title-1"].isapproved()
    assert units[FUZZY].isfuzzy() and units[FUZZY].target == catalog[FUZZY].msgstr
    assert units[EMPTY].target == "" and not units[EMPTY].istranslated()
    assert not units[READ_ONLY].istranslatable() and units["header/title-1"].istranslatable()
    assert "role: summary" in units[FUZZY].getnotes()
    assert units[TAGGED].source.startswith("Click here to let us know")  # tags are markup, not text


def test_xliff12_inline_markup_keeps_the_original_in_attributes(cli, translated: Path) -> None:
    root = etree.parse(str(export(cli, translated, "xliff12"))).getroot()
    unit = root.find(f".//{{{NS12}}}trans-unit[@id='{TAGGED}']")
    link, bold = unit.find(f"{{{NS12}}}source").findall(f"{{{NS12}}}g")
    assert (link.get("ctype"), link.get("{urn:uaintl:xliff}open"), link.get("{urn:uaintl:xliff}close")) == (
        "link", "[", "](#)")
    assert (bold.get("ctype"), bold.text) == ("bold", "Urgent Action 85.21")
    email = root.find(f".//{{{NS12}}}trans-unit[@id='targets/andrey-shved/contact-1']//{{{NS12}}}x")
    assert email.get("equiv-text") == "info@prokuratura.gov.by"
    assert unit.find(f"{{{NS12}}}target").get("state") == "translated"
    assert root.find(f".//{{{NS12}}}trans-unit[@id='{FUZZY}']/{{{NS12}}}target").get("state") == (
        "needs-review-translation")
    assert root.find(f".//{{{NS12}}}trans-unit[@id='{EMPTY}']/{{{NS12}}}target").get("state") == "new"


def test_translate_toolkit_reads_xliff20_ids_targets_and_states(cli, translated: Path) -> None:
    path = export(cli, translated, "xliff20")
    store = tt_xliff2.Xliff2File.parsefile(str(path))
    units = {unit.getid(): unit for unit in store.units}
    catalog = po(translated)
    assert list(units) == [key.replace("/", ":") for key in catalog]
    names = [unit.get("name") for unit in etree.parse(str(path)).getroot().iter(f"{{{NS20}}}unit")]
    assert names == list(catalog)
    title = units["header:title-1"]
    assert title.target == catalog["header/title-1"].msgstr and title.isapproved() and not title.isfuzzy()
    assert units[FUZZY.replace("/", ":")].isfuzzy()
    assert units[EMPTY.replace("/", ":")].target is None
    assert not units[READ_ONLY.replace("/", ":")].istranslatable()
    # translate-toolkit 3.20 looks for notes inside <segment>; XLIFF 2.0 puts them in <unit>, as we do.
    notes = etree.parse(str(path)).getroot().find(f".//{{{NS20}}}unit[@name='{FUZZY}']/{{{NS20}}}notes")
    assert [(note.get("category"), note.text) for note in notes] == [("role", "summary")]


def xliff20_problems(root: etree._Element) -> list[str]:
    """XLIFF 2.0 constraints a grammar cannot state: unique ids, data references that resolve."""
    problems = []
    for file in root.iter(f"{{{NS20}}}file"):
        ids = [unit.get("id") for unit in file.iter(f"{{{NS20}}}unit")]
        problems += [f"unit id {item} repeated" for item in set(ids) if ids.count(item) > 1]
    for unit in root.iter(f"{{{NS20}}}unit"):
        data = {item.get("id") for item in unit.iter(f"{{{NS20}}}data")}
        for element in unit.iter(f"{{{NS20}}}ph", f"{{{NS20}}}pc"):
            for attribute in ("dataRef", "dataRefStart", "dataRefEnd"):
                if element.get(attribute) and element.get(attribute) not in data:
                    problems.append(f"{unit.get('id')}: {attribute}={element.get(attribute)} is not in originalData")
        for part in unit.iter(f"{{{NS20}}}source", f"{{{NS20}}}target"):
            inline = [element.get("id") for element in part.iter(f"{{{NS20}}}ph", f"{{{NS20}}}pc")]
            problems += [f"{unit.get('id')}: inline id {item} repeated" for item in set(inline)
                         if inline.count(item) > 1]
    return problems


def test_xliff20_export_is_valid_xliff_core(cli, translated: Path) -> None:
    schema = xliff20_schema()
    root = etree.parse(str(export(cli, translated, "xliff20"))).getroot()
    assert schema.validate(root), schema.error_log
    assert xliff20_problems(root) == []
    bad = etree.fromstring(etree.tostring(root).replace(b'state="final"', b'state="approved"', 1))
    assert not schema.validate(bad)  # the grammar does reject what the standard does not allow


def edit_targets(path: Path, edits: dict[str, str], version: str, reviewed: bool = True) -> None:
    """Change targets as a CAT tool would: the target text (with its inline elements) and the state."""
    tree = etree.parse(str(path))
    ns = NS12 if version == "xliff12" else NS20
    for unit_id, xml in edits.items():
        if version == "xliff12":
            unit = tree.getroot().find(f".//{{{ns}}}trans-unit[@id='{unit_id}']")
            target = unit.find(f"{{{ns}}}target")
            target.set("state", "translated" if reviewed else "needs-review-translation")
            unit.attrib.pop("approved", None)
        else:
            unit = tree.getroot().find(f".//{{{ns}}}unit[@name='{unit_id}']")
            segment = unit.find(f"{{{ns}}}segment")
            segment.set("state", "final" if reviewed else "initial")
            target = segment.find(f"{{{ns}}}target")
            if target is None:
                target = etree.SubElement(segment, f"{{{ns}}}target")
        replacement = etree.fromstring(f'<target xmlns="{ns}">{xml}</target>')
        target.text = replacement.text
        target[:] = list(replacement)
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)


@pytest.mark.parametrize("version", ["xliff12", "xliff20"])
def test_round_trip_reproduces_the_edits_and_changes_nothing_else(cli, translated: Path, version: str) -> None:
    path = export(cli, translated, version)
    before = (translated / "locales" / DOC / "be.po").read_bytes()
    ru_before = (translated / "locales" / DOC / "ru.po").read_bytes()
    ns = NS12 if version == "xliff12" else NS20
    pair = "g" if version == "xliff12" else "pc"
    unit = etree.parse(str(path)).getroot().find(
        f".//{{{ns}}}{'trans-unit' if version == 'xliff12' else 'unit'}[@{'id' if version == 'xliff12' else 'name'}"
        f"='{TAGGED}']")
    link, bold = (etree.tostring(element, with_tail=False, encoding="unicode")
                  for element in unit.findall(f".//{{{ns}}}target/{{{ns}}}{pair}"))
    edits = {EMPTY: "Іх пераслед — частка сістэмнага ціску з жніўня 2020 г.",
             FUZZY: "Ніна Лабковіч была вызваленая 23 ліпеня 2021 г.",
             TAGGED: f"{bold}: {link} сёння."}
    edit_targets(path, edits, version)
    result = cli("import", str(path))
    assert "3 unit(s) imported, 0 conflict(s)" in result.output
    after = po(translated)
    assert after[EMPTY].msgstr == edits[EMPTY] and not after[EMPTY].fuzzy
    assert after[FUZZY].msgstr == edits[FUZZY] and not after[FUZZY].fuzzy
    assert after[TAGGED].msgstr == "<2>Тэрміновай акцыі 85.21</2>: <1>Націсніце тут</1> сёння."
    # The same three edits made to the original catalogue give the very same bytes: nothing else moved.
    original = parse_po(before, "be.po")
    for entry in original.messages:
        if entry.msgctxt in (EMPTY, FUZZY):
            entry.msgstr = edits[entry.msgctxt]
            entry.set_fuzzy(False)
        elif entry.msgctxt == TAGGED:
            entry.msgstr = "<2>Тэрміновай акцыі 85.21</2>: <1>Націсніце тут</1> сёння."
    assert (translated / "locales" / DOC / "be.po").read_bytes() == dump_po(original)
    assert (translated / "locales" / DOC / "ru.po").read_bytes() == ru_before


def test_an_unedited_export_imports_without_touching_the_catalogues(cli, translated: Path) -> None:
    paths = [export(cli, translated, "xliff12"), export(cli, translated, "xliff20", "ru")]
    before = snapshot(translated / "locales")
    result = cli("import", *map(str, paths))
    assert "0 unit(s) imported" in result.output
    assert snapshot(translated / "locales") == before


def test_draft_state_comes_back_fuzzy_and_read_only_units_are_never_touched(cli, translated: Path) -> None:
    path = export(cli, translated, "xliff20")
    edit_targets(path, {EMPTY: "Чарнавік.", READ_ONLY: "Email: <ph id=\"1\" dataRef=\"d1\"/> (зменена)"},
                 "xliff20", reviewed=False)
    cli("import", str(path))
    after = po(translated)
    assert after[EMPTY].msgstr == "Чарнавік." and after[EMPTY].fuzzy
    assert after[READ_ONLY].msgstr == "Email: <1/>"


def test_a_unit_changed_on_both_sides_is_a_conflict_and_the_catalogue_wins(cli, translated: Path) -> None:
    path = export(cli, translated, "xliff12")
    catalog_path = translated / "locales" / DOC / "be.po"
    catalog = read_po(catalog_path)
    changed = next(entry for entry in catalog.messages if entry.msgctxt == "header/title-2")
    changed.msgstr = "ПРАВААБАРОНЦЫ ЎСЁ ЯШЧЭ ПАД ВАРТАЙ"  # a reviewer, in Poedit, after the export
    catalog_path.write_bytes(dump_po(catalog))
    edit_targets(path, {"header/title-2": "ПРАВААБАРОНЦЫ ЗАСТАЮЦЦА Ў ЗНЯВОЛЕННІ", EMPTY: "Новы сказ."}, "xliff12")
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if 'id="header/title-2"' in text)
    result = cli("import", str(path), expect=1)
    assert f"{path}:{line}: conflict: [header/title-2] changed in the catalogue and in the XLIFF" in result.output
    after = po(translated)
    assert after["header/title-2"].msgstr == "ПРАВААБАРОНЦЫ ЎСЁ ЯШЧЭ ПАД ВАРТАЙ"
    assert after[EMPTY].msgstr == "Новы сказ."  # the rest of the file is imported


@pytest.mark.parametrize("change, message", [
    (lambda text: text.replace(f'id="{EMPTY}"', 'id="header/summary-9.9"'),
     "unit 'header/summary-9.9' is not in the catalogue"),
    (lambda text: text.replace('<target xml:space="preserve" state="translated"><g id="1"',
                               '<target xml:space="preserve" state="translated"><g id="7"', 1),
     "the target's tags do not match the source (missing <1> </1>; not in the source <7> </7>)"),
    (lambda text: text.replace('<target xml:space="preserve" state="translated"><g id="1"',
                               '<target xml:space="preserve" state="translated"><bpt id="1">[</bpt><g id="1"', 1),
     "unexpected element <bpt> in the text"),
    (lambda text: text.replace("</body>", "<trans-unit id='x'><source>a</source></body>"), "not well-formed XLIFF"),
    (lambda text: text.replace("target-language=\"be\"", "target-language=\"de\""), "no de catalogue"),
])
def test_bad_files_are_refused_with_file_and_line_and_nothing_is_written(cli, translated: Path, change,
                                                                         message: str) -> None:
    good = export(cli, translated, "xliff20", "ru")
    edit_targets(good, {EMPTY: "Что-то новое."}, "xliff20")
    path = export(cli, translated, "xliff12")
    edit_targets(path, {EMPTY: "Нешта новае."}, "xliff12")
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = snapshot(translated / "locales")
    result = cli("import", str(good), str(path), expect=2)
    assert message in result.stderr and f"{path}:" in result.stderr
    assert snapshot(translated / "locales") == before


def test_import_through_a_pipe_reports_json(translated: Path, cli) -> None:
    path = export(cli, translated, "xliff12")
    edit_targets(path, {EMPTY: "Нешта новае."}, "xliff12")
    run = subprocess.run([sys.executable, "-m", "uaintl", "--project", str(translated), "import", str(path),
                          "--format", "json"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["catalogues"] == [{"path": f"locales/{DOC}/be.po", "applied": [EMPTY], "written": True}]
    assert data["conflicts"] == [] and "\x1b[" not in run.stdout


def test_split_codes_from_a_cat_tool_are_read_as_pairs_and_must_nest(cli, translated: Path) -> None:
    path = export(cli, translated, "xliff20")
    split = ('<sc id="1" dataRef="d1s"/>Націсніце<ec startRef="1" dataRef="d1e"/> '
             '<pc id="2" dataRefStart="d2s" dataRefEnd="d2e">тут</pc>.')
    edit_targets(path, {TAGGED: split}, "xliff20")
    cli("import", str(path))
    assert po(translated)[TAGGED].msgstr == "<1>Націсніце</1> <2>тут</2>."
    crossed = ('<sc id="1" dataRef="d1s"/>Націсніце <pc id="2" dataRefStart="d2s" dataRefEnd="d2e">тут'
               '<ec startRef="1" dataRef="d1e"/></pc>.')
    path = export(cli, translated, "xliff20")
    edit_targets(path, {TAGGED: crossed}, "xliff20")
    result = cli("import", str(path), expect=2)
    assert f"unit '{TAGGED}': tags in the target are not properly nested" in result.stderr


def test_a_unit_whose_source_changed_since_the_export_is_a_conflict(cli, translated: Path) -> None:
    path = export(cli, translated, "xliff12")
    source = translated / "sources" / f"{DOC}.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "HUMAN RIGHTS DEFENDERS REMAIN IN DETENTION", "HUMAN RIGHTS DEFENDERS STILL IN DETENTION"), encoding="utf-8")
    cli("extract")
    cli("update", "--locale", "be")
    kept = po(translated)["header/title-2"]
    edit_targets(path, {"header/title-2": "ПРАВААБАРОНЦЫ ЗАСТАЮЦЦА Ў ЗНЯВОЛЕННІ"}, "xliff12")
    result = cli("import", str(path), expect=1)
    assert "conflict: [header/title-2] the source text changed since the export" in result.output
    assert po(translated)["header/title-2"].msgstr == kept.msgstr and kept.fuzzy


def test_an_xliff20_file_outside_the_schema_is_refused_with_its_line(cli, translated: Path) -> None:
    path = export(cli, translated, "xliff20")
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(index for index, text in enumerate(lines) if 'state="final"' in text)
    lines[number] = lines[number].replace('state="final"', 'state="approved"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = snapshot(translated / "locales")
    result = cli("import", str(path), expect=2)
    assert f"{path}:{number + 1}: not valid XLIFF 2.0" in result.stderr
    assert snapshot(translated / "locales") == before
