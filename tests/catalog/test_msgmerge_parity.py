"""`uaintl update` against GNU `msgmerge --previous` on every real catalogue in ../shared/realworld-po.

Each catalogue gets a next-version template made from its own messages: some removed, some edited
a little (fuzzy matches, including messages that were already fuzzy), some replaced, some obsolete
ones brought back. Both tools merge it; every entry must come out the same: translation, flags,
previous msgctxt/msgid, and the set of obsolete entries.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.pofile import dump_po, read_po
from uaintl.cli import main
from tests.catalog.test_realworld import VALID
from tests.conftest import require_tool

pytestmark = pytest.mark.skipif(not VALID, reason="../shared/realworld-po is not beside this clone")


def _edited(msgid: str, position: int) -> str:
    """A small edit in the middle of the text, the kind a source author makes."""
    middle = len(msgid) // 2
    cut = msgid.rfind(" ", 0, middle) + 1
    return f"{msgid[:cut]}really {msgid[cut:]}" if position % 2 else f"{msgid.rstrip('.')}, now."


def next_template(catalog: Catalog) -> Catalog:
    """The catalogue's next version as a POT, decided by each message's position (reproducible)."""
    entries: list[Entry] = []
    seen: set[tuple[str | None, str]] = set()
    for position, old in enumerate(catalog.messages):
        if position % 11 == 3:
            continue  # removed from the program
        msgid = old.msgid
        if position % 7 == 2 or (old.fuzzy and position % 2 == 0):
            msgid = _edited(old.msgid, position)
        elif position % 13 == 5:
            msgid = f"An entirely different message, number {position}"
        entry = Entry(msgid=msgid, msgctxt=old.msgctxt, msgid_plural=old.msgid_plural,
                      flags=[flag for flag in old.flags if flag.endswith("-format") or flag == "no-wrap"],
                      extracted_comments=list(old.extracted_comments), reference_lines=list(old.reference_lines))
        if old.msgid_plural is not None:
            entry.msgstr_plural = {0: "", 1: ""}
        if entry.key not in seen:
            seen.add(entry.key)
            entries.append(entry)
    for position, old in enumerate(catalog.obsolete):
        if position % 3 == 0 and old.key not in seen:  # a removed message comes back
            seen.add(old.key)
            entries.append(Entry(msgid=old.msgid, msgctxt=old.msgctxt, msgid_plural=old.msgid_plural,
                                 msgstr_plural={0: "", 1: ""} if old.msgid_plural is not None else {}))
    header = Entry(msgid="", flags=["fuzzy"], msgstr=(
        "Project-Id-Version: next\nPOT-Creation-Date: 2026-11-22 10:00+0000\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"))
    return Catalog(header=header, entries=entries)


def _view(entry: Entry) -> tuple:
    return (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())), sorted(entry.flags),
            entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural)


def differences(gnu: Catalog, ours: Catalog) -> list[str]:
    """Entry-by-entry differences between GNU's and uaintl's merge results."""
    found = []
    mine = {entry.key: entry for entry in ours.messages}
    for entry in gnu.messages:
        other = mine.pop(entry.key, None)
        if other is None:
            found.append(f"missing {entry.key}")
        elif _view(other) != _view(entry):
            found.append(f"{entry.key}: GNU {_view(entry)} ≠ uaintl {_view(other)}")
    found += [f"extra {key}" for key in mine]
    gnu_obsolete = {entry.key: _view(entry) for entry in gnu.obsolete}
    our_obsolete = {entry.key: _view(entry) for entry in ours.obsolete}
    found += [f"obsolete {key}: GNU {gnu_obsolete.get(key)} ≠ uaintl {our_obsolete.get(key)}"
              for key in gnu_obsolete.keys() | our_obsolete.keys() if gnu_obsolete.get(key) != our_obsolete.get(key)]
    return found


def merge_both(path: Path, folder: Path) -> tuple[Catalog, Catalog]:
    """Run GNU msgmerge --previous and `uaintl update` on the same catalogue and template."""
    msgmerge = require_tool("msgmerge")
    locale = path.stem.rsplit("__", 1)[-1]
    catalogs = folder / "locales" / "next"
    catalogs.mkdir(parents=True)
    template = catalogs / "next.pot"
    template.write_bytes(dump_po(next_template(read_po(path))))
    gnu = folder / "gnu.po"
    subprocess.run([msgmerge, "--previous", "--force-po", "--quiet", "-o", str(gnu), str(path), str(template)], check=True)
    ours = catalogs / f"{locale}.po"
    ours.write_bytes(path.read_bytes())
    (folder / "uaintl.toml").write_text(f'[project]\nlocales = ["{locale}"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--project", str(folder), "update"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return read_po(gnu), read_po(ours)


@pytest.mark.tools
@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_update_merges_every_entry_as_msgmerge_does(path: Path, tmp_path: Path) -> None:
    gnu, ours = merge_both(path, tmp_path)
    assert sum(entry.fuzzy for entry in gnu.messages) or not read_po(path).messages  # the test has teeth
    assert differences(gnu, ours) == []
