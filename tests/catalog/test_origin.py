"""The ``# uaintl-…`` comments go once a person has taken the text over; a translator's own stay."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.mt.test_fragments import SENTENCE

APPEAL = f"URGENT ACTION\n\nJOURNALIST IN PRISON\n\nDear Prosecutor General,\n\n{SENTENCE}\n\nYours sincerely,\n"
MINE = "Выражаю серьёзную обеспокоенность состоянием здоровья Игоря Лосика."


def pretranslated(cli, project: Path) -> Path:
    (project / "sources" / "ua-85-21.md").unlink()
    (project / "sources" / "ua-7-25.md").write_text(APPEAL, encoding="utf-8")
    cli("extract")
    cli("update", "--locale", "ru")
    cli("translate", "--locale", "ru")
    return project / "locales" / "ua-7-25" / "ru.po"


def entry_block(text: str, msgctxt: str) -> str:
    """The lines of one entry of a PO text, from its first comment to its msgstr."""
    return next(block for block in text.split("\n\n") if f'msgctxt "{msgctxt}"' in block)


def work_of_a_translator(po: Path) -> None:
    """Fill the entry that had fragment hints, accept the salutation with a note of their own, and
    edit the closing but leave it fuzzy (as Weblate's "needs editing" does)."""
    text = po.read_text(encoding="utf-8")
    assert "# uaintl-tm: fragment:" in entry_block(text, "letter/letter-1.1")
    assert "#, fuzzy" in entry_block(text, "letter/salutation-1")
    text = text.replace('"Navapolatsk."\nmsgstr ""', f'"Navapolatsk."\nmsgstr "{MINE}"')
    text = text.replace('#, fuzzy\nmsgctxt "letter/salutation-1"', '# checked with Hanna\nmsgctxt "letter/salutation-1"')
    text = text.replace('msgstr "С уважением,"', 'msgstr "С глубоким уважением,"')
    po.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("command", ["update", "translate"])
def test_accepted_and_edited_entries_lose_uaintls_comments_and_keep_the_translators(cli, project, command) -> None:
    po = pretranslated(cli, project)
    work_of_a_translator(po)
    cli(command, "--locale", "ru")
    text = po.read_text(encoding="utf-8")
    filled = entry_block(text, "letter/letter-1.1")
    assert "uaintl-" not in filled and f'msgstr "{MINE}"' in filled
    accepted = entry_block(text, "letter/salutation-1")
    assert accepted.splitlines() == ["# checked with Hanna", "#. role: salutation", "#: sources/ua-7-25.md:5",
                                     'msgctxt "letter/salutation-1"', 'msgid "Dear Prosecutor General,"',
                                     'msgstr "Уважаемый господин Генеральный прокурор!"']
    edited = entry_block(text, "letter/closing-1")
    assert "uaintl-" not in edited and "#, fuzzy" in edited and 'msgstr "С глубоким уважением,"' in edited
    pending = entry_block(text, "header/title-1")  # a suggestion nobody has looked at yet keeps its origin
    assert pending.startswith("# uaintl-tm: exact match from uaintl UA boilerplate (bundled) src=")
    assert "#, fuzzy" in pending
    subprocess.run([require_tool("msgfmt"), "--check", "-o", "/dev/null", str(po)], check=True)


def test_the_translators_text_is_never_taken_for_a_suggestion_again(cli, project) -> None:
    po = pretranslated(cli, project)
    work_of_a_translator(po)
    cli("update", "--locale", "ru")
    settled = po.read_text(encoding="utf-8")
    result = cli("translate", "--locale", "ru")
    assert "0 fuzzy from memory" in result.output and "3 human" in result.output
    assert po.read_text(encoding="utf-8") == settled  # nothing more to settle: the file is left alone
    # Marking the accepted greeting fuzzy again (to look at it later) does not make it machine output.
    po.write_text(settled.replace('# checked with Hanna\n', '# checked with Hanna\n#, fuzzy\n'), encoding="utf-8")
    cli("translate", "--locale", "ru")
    assert 'msgstr "Уважаемый господин Генеральный прокурор!"' in entry_block(po.read_text(encoding="utf-8"),
                                                                             "letter/salutation-1")
    assert "1 unchanged, 3 human" in cli("translate", "--locale", "ru").output  # the title: still a suggestion


def test_a_suggestion_accepted_in_a_cat_tool_comes_back_without_uaintls_comments(cli, project) -> None:
    from tests.catalog.test_xliff import edit_targets

    po = pretranslated(cli, project)
    xliff = project / "ua-7-25.ru.xlf"
    cli("export", "ua-7-25", "--locale", "ru", "-o", str(xliff))
    edit_targets(xliff, {"letter/salutation-1": "Уважаемый господин Генеральный прокурор!",
                         "letter/closing-1": "С глубоким уважением,"}, "xliff12")
    cli("import", str(xliff))
    text = po.read_text(encoding="utf-8")
    for msgctxt in ("letter/salutation-1", "letter/closing-1"):
        assert "uaintl-" not in entry_block(text, msgctxt) and "#, fuzzy" not in entry_block(text, msgctxt)
    assert entry_block(text, "header/title-1").startswith("# uaintl-tm: ")  # not reviewed in the CAT tool
    subprocess.run([require_tool("msgfmt"), "--check", "-o", "/dev/null", str(po)], check=True)
