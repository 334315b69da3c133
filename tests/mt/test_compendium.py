"""`uaintl memory export` and `memory import`: the reviewed memory as TMX for other tools, and a TMX
from another tool as a compendium that pre-translation uses."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from translate.storage import tmx as tt_tmx

from tests.conftest import ROOT, require_tool, snapshot
from uaintl.catalog.pofile import read_po

DOC = "ua-85-21"


def reviewed(project: Path, cli) -> None:
    cli("extract")
    for name in ("be.po", "ru.po"):
        shutil.copy(ROOT / "locales" / DOC / name, project / "locales" / DOC / name)


def test_exported_memory_is_what_translate_toolkit_reads(cli, project: Path) -> None:
    reviewed(project, cli)
    result = cli("memory", "export", "--locale", "be", "-o", str(project / "be.tmx"))
    catalog = read_po(project / "locales" / DOC / "be.po")
    expected = {(entry.msgid, entry.msgstr) for entry in catalog.messages if entry.translated and not entry.read_only}
    store = tt_tmx.tmxfile.parsefile(str(project / "be.tmx"))
    assert {(unit.source, unit.target) for unit in store.units} == expected
    assert len(store.units) == len(expected) and f"{len(expected)} translation unit(s)" in result.output
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {tuple(node.get(lang) for node in unit.getlanguageNodes()) for unit in store.units} == {("en", "be")}


def test_exported_memory_has_every_locale_of_a_unit_in_one_tu(cli, project: Path) -> None:
    reviewed(project, cli)
    cli("memory", "export")
    text = (project / "out" / "memory.tmx").read_text(encoding="utf-8")
    title = text[text.index("<seg>URGENT ACTION</seg>") - 200:text.index("<seg>URGENT ACTION</seg>") + 300]
    assert 'xml:lang="be"' in title and 'xml:lang="ru"' in title and "x-uaintl-role" in title


def test_an_imported_memory_is_a_compendium_that_pre_translation_uses(cli, project: Path, tmp_path: Path) -> None:
    cli("extract")
    cli("update", "--locale", "be")
    memory = tt_tmx.tmxfile(sourcelanguage="en", targetlanguage="be")
    memory.addtranslation("HUMAN RIGHTS DEFENDERS REMAIN IN DETENTION", "en", "ПРАВААБАРОНЦЫ ЗАСТАЮЦЦА ЗА КРАТАМІ", "be")
    memory.addtranslation("HUMAN RIGHTS DEFENDERS REMAIN IN DETENTION", "en", "ІНШЫ ПЕРАКЛАД", "be")
    memory.addtranslation("Only in Russian.", "en", "Только по-русски.", "ru")
    memory.savefile(str(tmp_path / "partner.tmx"))
    result = cli("memory", "import", str(tmp_path / "partner.tmx"), "--locale", "be,ru")
    assert "locales/memory/partner.be.po: 1 entries, 1 other translation(s) of a repeated source left out" in result.output
    assert "locales/memory/partner.ru.po: 1 entries" in result.output
    again = json.loads(cli("memory", "import", str(tmp_path / "partner.tmx"), "--format", "json").output)
    assert again["compendia"][0] == {"path": "locales/memory/partner.be.po", "locale": "be", "entries": 1,
                                     "duplicates": 1}
    compendium = project / "locales" / "memory" / "partner.be.po"
    subprocess.run([require_tool("msgfmt"), "--check", "-o", "/dev/null", str(compendium)], check=True)
    cli("translate", "--locale", "be")
    title = next(entry for entry in read_po(project / "locales" / DOC / "be.po").messages
                 if entry.msgctxt == "header/title-2")
    assert title.msgstr == "ПРАВААБАРОНЦЫ ЗАСТАЮЦЦА ЗА КРАТАМІ"
    assert any("locales/memory/partner.be.po" in comment for comment in title.translator_comments)


def test_a_memory_without_the_project_languages_is_refused_and_nothing_written(cli, project: Path,
                                                                               tmp_path: Path) -> None:
    memory = tt_tmx.tmxfile(sourcelanguage="de", targetlanguage="be")
    memory.addtranslation("Lasst sie frei.", "de", "Вызваліце іх.", "be")
    memory.savefile(str(tmp_path / "german.tmx"))
    before = snapshot(project)
    result = cli("memory", "import", str(tmp_path / "german.tmx"), expect=2)
    assert "german.tmx: no unit has a en segment" in result.stderr
    assert snapshot(project) == before


def test_the_bundled_boilerplate_exports_separately(cli, project: Path) -> None:
    from uaintl.mt.boilerplate import boilerplate_units

    result = cli("memory", "export", "--boilerplate", "--locale", "ru")
    store = tt_tmx.tmxfile.parsefile(str(project / "out" / "boilerplate.tmx"))
    bundled = [(unit.text("en"), unit.text("ru")) for unit in boilerplate_units() if unit.text("ru")]
    assert [(unit.source, unit.target) for unit in store.units] == bundled
    assert f"out/boilerplate.tmx: {len(bundled)} translation unit(s)" in result.output and len(bundled) > 100
