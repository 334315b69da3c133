"""`uaintl translate`: memory first, then MT; everything reviewable; translators' work untouched."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.mt.apertium import ApertiumEngine
from uaintl.mt.memory import TranslationMemory
from tests.conftest import ROOT, require_tool, snapshot
from tests.mt.conftest import argos_package

UA = "ua-85-21"


def prepare(cli, project: Path, tiny, tmp_path: Path) -> None:
    cli("extract")
    cli("update")
    cli("models", "install", str(argos_package(tiny, tmp_path)))


def catalog(project: Path, locale: str):
    return read_po(project / "locales" / UA / f"{locale}.po")


def entry(project: Path, locale: str, ctxt: str):
    return next(e for e in catalog(project, locale).messages if e.msgctxt == ctxt)


def test_machine_output_is_fuzzy_and_names_its_engine(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    prepare(cli, mt_project, tiny, tmp_path)
    result = cli("translate", "--locale", "ru", "--engine", "argos")
    assert "machine (argos translate-en_ru-1_0 v1.0)" in result.output
    step = entry(mt_project, "ru", "action/action-step-2.1")
    assert step.fuzzy and step.msgstr == step.msgid  # the copy model; placeholders intact
    assert step.translator_comments[0].startswith("uaintl-mt: argos translate-en_ru-1_0 v1.0 src=")
    address = entry(mt_project, "ru", "targets/andrey-shved/address-1")
    assert not address.fuzzy and address.translator_comments == []


def test_rerun_does_no_work_and_an_edit_retranslates_only_its_paragraph(cli, mt_project: Path, tiny,
                                                                        tmp_path: Path) -> None:
    from uaintl.config import load_project
    from uaintl.mt.run import translate_project

    prepare(cli, mt_project, tiny, tmp_path)
    project = load_project(mt_project)
    first, _ = translate_project(project, [UA], ("ru",), "argos")
    assert first[0].report.segments_translated == first[0].report.machine > 40
    again, _ = translate_project(project, [UA], ("ru",), "argos")
    assert again[0].report.segments_translated == 0 and again[0].report.engine_calls == 0
    source = mt_project / "sources" / f"{UA}.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "In the light of the above, I urge you", "In light of the above, I urge you"), encoding="utf-8")
    cli("extract")
    cli("update")
    edited, _ = translate_project(project, [UA], ("ru",), "argos")
    assert edited[0].report.segments_translated == 1
    assert entry(mt_project, "ru", "letter/letter-3.1").msgstr.startswith("In light of the above")


def test_human_translations_are_never_overwritten(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    prepare(cli, mt_project, tiny, tmp_path)
    cli("translate", "--locale", "ru", "--engine", "argos")
    path = mt_project / "locales" / UA / "ru.po"
    po = read_po(path)
    by_id = {e.msgctxt: e for e in po.messages}
    by_id["header/title-1"].msgstr = "СРОЧНАЯ АКЦИЯ"  # a translator edits machine output, keeps it fuzzy
    by_id["header/title-2"].msgstr = "ПРАВОЗАЩИТНИКИ ОСТАЮТСЯ ПОД СТРАЖЕЙ"
    by_id["header/title-2"].set_fuzzy(False)  # … and reviews another one
    path.write_bytes(dump_po(po))
    source = mt_project / "sources" / f"{UA}.md"
    source.write_text(source.read_text(encoding="utf-8").replace("URGENT ACTION", "URGENT  ACTION!"), encoding="utf-8")
    cli("extract")
    cli("update")
    cli("translate", "--locale", "ru", "--engine", "argos")
    assert entry(mt_project, "ru", "header/title-1").msgstr == "СРОЧНАЯ АКЦИЯ"
    assert entry(mt_project, "ru", "header/title-2").msgstr == "ПРАВОЗАЩИТНИКИ ОСТАЮТСЯ ПОД СТРАЖЕЙ"


def test_memory_exact_match_is_translated_and_fuzzy_match_is_fuzzy(cli, mt_project: Path) -> None:
    cli("extract")
    cli("update")
    other = mt_project / "locales" / "other"
    other.mkdir()
    shutil.copy(mt_project / "locales" / UA / f"{UA}.pot", other / "other.pot")
    po = read_po(mt_project / "locales" / UA / "be.po")
    for e in po.messages:
        if e.msgctxt == "letter/closing-1":
            e.msgstr = "З павагай,"
        if e.msgctxt == "notes/other-1.1":
            e.msgid, e.msgstr = "You can also write in your own language!", "Можна пісаць і на сваёй мове!"
    (other / "be.po").write_bytes(dump_po(po))
    cli("translate", "--locale", "be", "--engine", "argos")
    closing = entry(mt_project, "be", "letter/closing-1")
    assert closing.msgstr == "З павагай," and not closing.fuzzy
    assert closing.translator_comments == ["uaintl-tm: exact match from locales/other/be.po"]
    note = entry(mt_project, "be", "notes/other-1.1")  # differs only in its ending: adapted, for review
    assert note.fuzzy and note.msgstr == "Можна пісаць і на сваёй мове."
    assert note.translator_comments[0].startswith(
        "uaintl-tm: 100% match from locales/other/be.po (letter case or punctuation adapted)")


def test_memory_lookup_is_indexed() -> None:
    memory = TranslationMemory()
    for number in range(5000):
        memory.add(f"Segment number {number} about topic {number % 97}", f"Сегмент {number}", "tm")
    match = memory.lookup("Segment number 4321 about topic 53!", 75)  # the same segment but its ending
    assert match is not None and match.text == "Сегмент 4321!" and match.substitutions == ()
    assert memory.lookup("Completely unrelated words here", 75) is None


def test_names_are_written_in_the_registry_form(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    shutil.copy(ROOT / "locales" / "names.toml", mt_project / "locales" / "names.toml") if (
        mt_project / "locales").exists() else None
    prepare(cli, mt_project, tiny, tmp_path)
    shutil.copy(ROOT / "locales" / "names.toml", mt_project / "locales" / "names.toml")
    cli("translate", "--locale", "ru", "--engine", "argos")
    summary = entry(mt_project, "ru", "header/summary-1.2")
    assert summary.msgstr.startswith("Нина Лабкович who was detained")


def test_bad_model_exits_2_and_changes_nothing(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    cli("extract")
    cli("update")
    before = snapshot(mt_project / "locales")
    result = cli("models", "install", str(argos_package(tiny, tmp_path, metadata=False)), expect=2)
    assert "the package has no metadata.json" in result.stderr
    assert snapshot(mt_project / "locales") == before
    assert "missing" in cli("engines").output


def test_without_engines_translate_says_which_pairs_had_none(cli, mt_project: Path) -> None:
    cli("extract")
    cli("update")
    result = cli("translate", "--engine", "argos")
    assert "be: no machine translation engine for en→be here" in result.output
    assert "ru: no machine translation engine for en→ru here" in result.output


@pytest.mark.tools
def test_pivot_through_russian_with_real_apertium(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    require_tool("apertium-destxt")
    require_tool("cg-proc")
    prepare(cli, mt_project, tiny, tmp_path)
    result = cli("translate", "--locale", "be")
    assert "(via ru)" in result.output
    closing = entry(mt_project, "be", "letter/closing-1")
    assert closing.fuzzy and "via ru" in closing.translator_comments[0]


@pytest.mark.tools
def test_apertium_never_returns_silent_empty_output() -> None:
    require_tool("apertium-destxt")
    require_tool("cg-proc")
    engine = ApertiumEngine()
    require_tool("apertium-bel-rus", ("ru", "be") in engine.pairs())
    sentences = [
        "Уважаемый господин Генеральный прокурор!", "Я пишу, чтобы выразить глубокую обеспокоенность.",
        "Они являются правозащитниками и не совершали никакого преступления.",
        "Их преследуют за правозащитную деятельность.", "Прошу вас немедленно освободить их.",
        "Статья 342 Уголовного кодекса используется против гражданского общества.",
        "Адвокаты были вынуждены подписать соглашения о неразглашении.",
        "Правозащитный центр «Весна» продолжает свою работу.", "С уважением,",
        "Задержание произошло 14 июля 2021 года.", "Они должны быть освобождены.",
        "Пожалуйста, действуйте как можно скорее.", "Жена получила первое письмо.",
        "Всё проходит, и это пройдёт.", "Мы снова будем вместе.",
    ]
    results = engine.translate(sentences, "ru", "be")
    assert all(result.text for result in results)
    assert not any("*" in result.text for result in results)
    assert results[0].text == "Паважаны спадар Генеральны пракурор!"


def test_tmx_compendium_feeds_the_memory(tmp_path: Path) -> None:
    from uaintl.mt.memory import add_tmx

    tmx = tmp_path / "viasna.tmx"
    tmx.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="test" creationtoolversion="1" o-tmf="none"/><body>
<tu><tuv xml:lang="en"><seg>Sincerely,</seg></tuv><tuv xml:lang="be-BY"><seg>З павагай,</seg></tuv>
<tuv xml:lang="ru"><seg>С уважением,</seg></tuv></tu></body></tmx>""", encoding="utf-8")
    memory = TranslationMemory()
    add_tmx(memory, tmx, "en", "be")
    match = memory.lookup("Sincerely,", 75)
    assert match is not None and (match.text, match.score, match.origin) == ("З павагай,", 100.0, "viasna.tmx")


def test_translation_never_touches_the_network(cli, mt_project: Path, tiny, tmp_path: Path, monkeypatch) -> None:
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    prepare(cli, mt_project, tiny, tmp_path)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = cli("translate", "--engine", "argos,apertium")
    assert "machine (argos translate-en_ru-1_0 v1.0)" in result.output


def test_an_accepted_suggestion_is_never_machine_output_again(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    """A reviewer removes #, fuzzy from an MT suggestion unchanged; the English is then edited."""
    prepare(cli, mt_project, tiny, tmp_path)
    cli("translate", "--locale", "ru", "--engine", "argos")
    path = mt_project / "locales" / UA / "ru.po"
    po = read_po(path)
    accepted = next(e for e in po.messages if e.msgctxt == "letter/letter-3.1")
    reviewed = accepted.msgstr
    accepted.set_fuzzy(False)
    path.write_bytes(dump_po(po))
    source = mt_project / "sources" / f"{UA}.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "In the light of the above, I urge you", "In light of the above, I urge you"), encoding="utf-8")
    cli("extract")
    cli("update")
    result = cli("translate", "--locale", "ru", "--engine", "argos")
    assert "0 machine" in result.output
    after = entry(mt_project, "ru", "letter/letter-3.1")
    assert after.msgstr == reviewed and after.fuzzy
    assert after.previous_msgid == accepted.msgid  # Poedit shows what changed in the English
    assert not any(comment.startswith("uaintl-mt:") for comment in after.translator_comments)


def _locked(folder: Path) -> bool:
    """True while another process holds uaintl's lock on ``folder``."""
    import fcntl
    import os

    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


EDITOR = r"""
import re, sys
from pathlib import Path
path = Path(sys.argv[1])
text, count = re.subn(r'(msgctxt "letter/closing-1"\nmsgid "Sincerely,"\nmsgstr )".*"', r'\1"З павагай,"',
                      path.read_text(encoding="utf-8"))
assert count == 1
path.write_text(text, encoding="utf-8")  # one write, as an editor saves
"""


def run_with_an_editor_saving(project: Path, *args: str) -> tuple[subprocess.CompletedProcess, bool]:
    """Run `uaintl translate` in a process; a second process saves be.po once the run holds its lock.

    Returns the run's result and whether the save happened while the run still held the lock.
    """
    folder = project / "locales" / UA
    run = subprocess.Popen([sys.executable, "-m", "uaintl", "--project", str(project), "translate", *args],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _locked(folder) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.2)  # the run reads every catalogue right after taking the lock
    subprocess.run([sys.executable, "-c", EDITOR, str(folder / "be.po")], check=True)
    mid_run = _locked(folder)
    out, err = run.communicate(timeout=300)
    return subprocess.CompletedProcess(run.args, run.returncode, out, err), mid_run


@pytest.mark.tools
def test_an_editors_save_during_a_run_is_never_reverted(cli, mt_project: Path, tiny, tmp_path: Path) -> None:
    require_tool("apertium-destxt")
    prepare(cli, mt_project, tiny, tmp_path)
    result, mid_run = run_with_an_editor_saving(mt_project, "--engine", "argos,apertium")
    assert mid_run, "the editor saved after the run had finished: the race was not exercised"
    assert result.returncode == 0, result.stderr
    closing = entry(mt_project, "be", "letter/closing-1")
    assert closing.msgstr == "З павагай," and not closing.fuzzy  # the save survived …
    step = entry(mt_project, "be", "action/action-step-2.1")
    assert step.fuzzy and step.translator_comments[0].startswith("uaintl-mt:")  # … and the run's work too


@pytest.mark.tools
def test_a_catalogue_the_run_has_nothing_to_do_for_is_not_written(cli, mt_project: Path, tiny,
                                                                    tmp_path: Path) -> None:
    require_tool("apertium-destxt")
    prepare(cli, mt_project, tiny, tmp_path)
    cli("translate", "--locale", "be", "--engine", "argos,apertium")  # be is done; ru still has work
    result, mid_run = run_with_an_editor_saving(mt_project, "--engine", "argos,apertium")
    assert mid_run and result.returncode == 0, result.stderr
    assert entry(mt_project, "be", "letter/closing-1").msgstr == "З павагай,"


def test_an_engine_error_on_one_sentence_leaves_only_that_sentence_empty() -> None:
    from uaintl.catalog.model import Catalog, Entry
    from uaintl.mt.engine import Engine, Translation
    from uaintl.mt.pipeline import Route, pretranslate

    class Crashes(Engine):
        """An engine whose model crashes on one sentence (as a CTranslate2 model or a server may)."""

        name = "crashes"

        @classmethod
        def from_project(cls, project):
            return cls()

        def pairs(self):
            return {("en", "ru")}

        def unavailable(self):
            return ""

        def describe(self, source, target):
            return "crashes v1"

        def translate(self, texts, source, target):
            if "Free them." in texts:
                raise RuntimeError("CUDA error: illegal memory access")
            return [Translation(text.upper()) for text in texts]

    catalog = Catalog(entries=[Entry(msgid=text) for text in ("Write today.", "Free them.", "Sincerely,")])
    [report] = pretranslate([catalog], TranslationMemory(), Route([(Crashes(), "en", "ru")]))
    assert [entry.msgstr for entry in catalog.entries] == ["WRITE TODAY.", "", "SINCERELY,"]
    assert report.failed == ["Free them."] and report.machine == 2
    assert report.engine_errors == [("Free them.", "crashes v1: CUDA error: illegal memory access")]
