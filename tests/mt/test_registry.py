"""The engine registry: every engine listed once, each carrying its own name, set-up, reason and pairs;
a new engine is one class plus one registration, and its unknown-word counts reach the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uaintl.catalog.pofile import read_po
from uaintl.config import Project
from uaintl.mt import registry
from uaintl.mt.engine import Engine, Translation
from tests.conftest import snapshot

UA = "ua-85-21"


class MarkingEngine(Engine):
    """Serves one pair; prefixes each sentence with its pair and leaves one word unknown."""

    name = "marking"
    served = {("en", "ru"), ("ru", "be")}
    built: list[MarkingEngine] = []  # every instance made in a run, with the batches it was given

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[str, str], list[str]]] = []
        self.built.append(self)

    @classmethod
    def from_project(cls, project: Project) -> MarkingEngine:
        return cls()

    def pairs(self) -> set[tuple[str, str]]:
        return set(self.served)

    def unavailable(self) -> str:
        return "serves nothing in this test"

    def describe(self, source: str, target: str) -> str:
        return f"marking {source}-{target}"

    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        self.calls.append(((source, target), list(texts)))
        return [Translation(f"[{target}] {text}", unknown=1) for text in texts]


class IdleEngine(MarkingEngine):
    name = "idle"
    served: set[tuple[str, str]] = set()


@pytest.fixture
def registered(monkeypatch):
    """Register the test engines the way a new engine module is registered: one entry each."""
    monkeypatch.setitem(registry.ENGINES, MarkingEngine.name, MarkingEngine)
    monkeypatch.setitem(registry.ENGINES, IdleEngine.name, IdleEngine)
    MarkingEngine.built.clear()


def test_every_registered_engine_is_listed_once_with_pairs_or_a_reason(cli, mt_project: Path, registered) -> None:
    listed = json.loads(cli("engines", "--format", "json").output)["engines"]
    assert [item["engine"] for item in listed] == ["memory", "argos", "ct2", "apertium", "libretranslate", "apy",
                                                    "marking", "idle"]
    by_name = {item["engine"]: item for item in listed}
    assert by_name["marking"]["available"] and by_name["marking"]["pairs"] == ["en-ru", "ru-be"]
    assert by_name["marking"]["detail"] == "marking en-ru, marking ru-be"
    # an engine that is installed but serves no pair says why (this raised KeyError before the registry)
    assert by_name["idle"] == {"engine": "idle", "available": False, "pairs": [], "detail": "serves nothing in this test",
                               "servers": {}}
    assert by_name["argos"]["detail"].startswith("no packages in ") and not by_name["argos"]["available"]
    # server engines without configured servers are unavailable, and nothing is contacted
    assert by_name["libretranslate"]["detail"] == "no servers in [mt.libretranslate] servers (see README: Scaling out)"
    assert by_name["apy"]["detail"] == "no servers in [mt.apy] servers (see README: Scaling out)"


def test_a_registered_engine_translates_and_its_unknown_words_add_up_over_a_pivot(cli, mt_project: Path,
                                                                                registered) -> None:
    cli("extract")
    cli("update")
    result = cli("translate", "--engine", "marking")
    assert "machine (marking en-ru → marking ru-be (via ru))" in result.output
    be = {entry.msgctxt: entry for entry in read_po(mt_project / "locales" / UA / "be.po").messages}
    step = be["action/action-step-2.1"]
    assert step.fuzzy and step.msgstr == f"[be] [ru] {step.msgid}"
    assert "uaintl-note: 2 unknown word(s) left as in the source" in step.translator_comments
    ru = {entry.msgctxt: entry for entry in read_po(mt_project / "locales" / UA / "ru.po").messages}
    assert "uaintl-note: 1 unknown word(s) left as in the source" in ru["action/action-step-2.1"].translator_comments


def test_many_documents_share_one_engine_and_one_call_per_leg(cli, mt_project: Path, registered) -> None:
    from tests.conftest import ROOT

    for name in ("2017-russia-governor.md", "2020-belarus-cc.md"):
        (mt_project / "sources" / name).write_bytes((ROOT / "tests/fixtures/ua-corpus" / name).read_bytes())
    cli("extract")
    cli("update")
    cli("translate", "--engine", "marking", "--locale", "ru")
    [engine] = MarkingEngine.built  # built once for the run, not once per document
    [(pair, texts)] = engine.calls  # one batch holding the sentences of all three documents
    assert pair == ("en", "ru") and len(texts) == len(set(texts))  # a repeated sentence is sent once
    for document in (UA, "2017-russia-governor", "2020-belarus-cc"):
        machine = [entry.msgid for entry in read_po(mt_project / "locales" / document / "ru.po").messages
                   if entry.msgstr.startswith("[ru] ")]
        assert machine and set(machine) <= set(texts)


def test_an_unknown_engine_name_is_a_usage_error_naming_the_registered_ones(cli, mt_project: Path) -> None:
    cli("extract")
    cli("update")
    before = snapshot(mt_project)
    result = cli("translate", "--engine", "nosuch", "--locale", "ru", expect=2)
    assert result.stderr == ("uaintl: error: unknown engine 'nosuch' "
                             "(engines: argos, ct2, apertium, libretranslate, apy)\n")
    assert snapshot(mt_project) == before

