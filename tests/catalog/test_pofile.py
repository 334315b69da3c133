"""The PO reader/writer keeps every entry, comment and flag, byte for byte when unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from uaintl.catalog.pofile import dump_po, parse_po, read_po
from uaintl.errors import UaintlError
from tests.conftest import FIXTURES, require_tool, snapshot

GOOD = sorted((FIXTURES / "po").glob("*.po"))


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.name)
def test_unchanged_catalogue_is_written_back_byte_for_byte(path: Path) -> None:
    assert dump_po(read_po(path)) == path.read_bytes()


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.name)
def test_reformatted_catalogue_reads_back_identical(path: Path) -> None:
    catalog = read_po(path)
    for entry in [catalog.header, *catalog.entries]:
        if entry is not None:
            entry.raw = None  # force the writer to format every entry itself
    again = parse_po(dump_po(catalog), path)
    assert [entry.state() for entry in again.entries] == [entry.state() for entry in catalog.entries]
    assert again.header.msgstr == catalog.header.msgstr


def test_plural_forms_are_read() -> None:
    entry = read_po(FIXTURES / "po" / "plurals.po").entries[0]
    assert entry.msgid_plural == "%d letters"
    assert entry.msgstr_plural == {0: "%d ліст", 1: "%d лісты", 2: "%d лістоў"}
    assert entry.flags == ["c-format"]


def test_same_msgid_in_two_contexts_is_two_messages() -> None:
    catalog = read_po(FIXTURES / "po" / "msgctxt.po")
    assert [entry.key for entry in catalog.entries] == [
        ("letter/closing-1", "Sincerely,"), ("notes/other-1", "Sincerely,")]


def test_obsolete_entries_keep_context_previous_and_comments() -> None:
    catalog = read_po(FIXTURES / "po" / "obsolete.po")
    assert [entry.msgid for entry in catalog.messages] == ["Kept"]
    removed, fuzzy = catalog.obsolete
    assert removed.msgctxt == "old/ctx"
    assert removed.translator_comments == ["translator note on an obsolete entry"]
    assert fuzzy.fuzzy and fuzzy.previous_msgid == "Old previous"


def test_previous_msgid_and_context() -> None:
    entry = read_po(FIXTURES / "po" / "previous.po").entries[0]
    assert entry.previous_msgctxt == "letter/letter-1.1"
    assert entry.previous_msgid == "They remain in detention."
    assert entry.translator_comments == ["checked by Hanna"]


def test_fuzzy_header_stays_fuzzy() -> None:
    catalog = read_po(FIXTURES / "po" / "fuzzy_header.po")
    assert catalog.header.fuzzy
    assert catalog.header_field("Project-Id-Version") == "PACKAGE VERSION"


def test_wrapped_strings_are_joined() -> None:
    entry = read_po(FIXTURES / "po" / "wrapped.po").entries[0]
    assert entry.msgid.startswith("I am writing to express my deep concern about the arrest on July 14, 2021 and")
    assert entry.references == ["sources/ua.md:44", "sources/ua.md:46"]


def test_escapes_are_decoded_and_encoded_again() -> None:
    catalog = read_po(FIXTURES / "po" / "escapes.po")
    entry = catalog.entries[0]
    assert entry.msgid == 'Quote "this"\tand a backslash \\ then\na new line'
    entry.raw = None
    assert b'"Quote \\"this\\"\\tand a backslash \\\\ then\\n"' in dump_po(catalog)


def test_empty_comment_lines_survive() -> None:
    entry = read_po(FIXTURES / "po" / "empty_comment_lines.po").entries[0]
    assert entry.translator_comments == [""]
    assert entry.extracted_comments == ["Translators: first line", "", "second paragraph"]


@pytest.mark.parametrize("name, encoding, newline", [("koi8r.po", "koi8-r", "\n"),
                                                      ("cp1251_crlf.po", "cp1251", "\r\n")])
def test_legacy_charsets_and_line_endings_are_kept(name: str, encoding: str, newline: str) -> None:
    catalog = read_po(FIXTURES / "po" / name)
    assert (catalog.encoding, catalog.newline) == (encoding, newline)
    assert catalog.entries[0].msgstr == "Письмо"
    catalog.entries[0].msgstr = "Письма"
    data = dump_po(catalog)
    assert "Письма".encode(encoding) in data and data.count(b"\n") == data.count(newline.encode())


def test_a_letter_the_charset_cannot_hold_names_the_message_and_the_fix(monkeypatch) -> None:
    catalog = read_po(FIXTURES / "po" / "cp1251_crlf.po")
    catalog.entries[0].msgstr = "Ліст для Łukasza"  # Ł: Polish, not in CP1251
    monkeypatch.chdir(FIXTURES)
    with pytest.raises(UaintlError) as caught:
        dump_po(catalog, FIXTURES / "po" / "cp1251_crlf.po")
    assert str(caught.value) == (f"po/cp1251_crlf.po: characters that cp1251 cannot hold: 'Ł' (in message "
                                 f"{catalog.entries[0].msgctxt or catalog.entries[0].msgid!r}) "
                                 "(convert the catalogue to UTF-8: msgconv -t UTF-8 -o cp1251_crlf.po cp1251_crlf.po)")


def test_changed_entry_is_wrapped_like_gettext() -> None:
    catalog = read_po(FIXTURES / "po" / "wrapped.po")
    catalog.entries[0].msgstr = "Кароткі."
    text = dump_po(catalog).decode()
    assert 'msgstr "Кароткі."' in text
    assert '"and subsequent transfer to pretrial detention on July 17, 2021 of the chair "' in text


@pytest.mark.parametrize("name, line, message", [
    ("missing_msgstr.po", 5, "missing 'msgstr' section"),
    ("unterminated.po", 5, "not terminated"),
    ("duplicate.po", 8, "duplicate message definition"),
    ("not_utf8.po", 6, "not valid utf-8"),
    ("binary.po", 2, "binary data"),
    ("cr_only.po", 1, "bare CR"),
    ("duplicate_msgstr.po", 8, "a second msgstr"),
    ("duplicate_msgctxt.po", 7, "msgctxt after msgctxt"),
    ("nplurals_mismatch.po", 6, "2 plural forms, but the header says nplurals=3"),
    ("missing_plural_form.po", 10, "msgstr[2] where msgstr[1] was expected"),
    ("plural_without_header.po", 5, "no nplurals"),
    ("bad_escape.po", 6, "invalid escape sequence \\q"),
    ("bad_hex_escape.po", 7, "invalid escape sequence \\x"),
    ("charset_mismatch.po", 6, "charset=koi8-r but the bytes are UTF-8"),
    ("obsolete_twin.po", 9, "duplicate message definition"),
    # msgfmt --check: "PO file header missing or invalid", a fatal error
    ("empty.po", 1, "the catalogue is empty"),
    ("comments_only.po", 1, "the catalogue is empty"),
    ("no_header.po", 1, "no header entry"),
    ("obsolete_only_no_header.po", 1, "no header entry"),  # not "empty": its obsolete entries are work to keep
    ("empty_header.po", 1, "the header entry is empty"),
])
def test_malformed_catalogue_names_file_and_line(name: str, line: int, message: str, monkeypatch) -> None:
    path = FIXTURES / "bad_po" / name
    with pytest.raises(UaintlError) as caught:
        read_po(path)
    assert caught.value.line == line
    assert message in caught.value.message
    monkeypatch.chdir(FIXTURES)
    assert str(caught.value).startswith(f"bad_po/{name}:{line}: ")  # as the user would type it here


# GNU accepts a mislabelled charset (every byte is valid KOI8-R) and garbles the letters; we do not.
GNU_REJECTS = sorted(path for path in (FIXTURES / "bad_po").glob("*.po") if path.name != "charset_mismatch.po")


@pytest.mark.parametrize("path", GNU_REJECTS, ids=lambda path: path.name)
def test_every_malformed_fixture_is_also_rejected_by_msgfmt_check(path: Path) -> None:
    """The bad fixtures are bad for GNU gettext too: we are exactly as strict, not stricter by taste."""
    import subprocess

    msgfmt = require_tool("msgfmt")
    result = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode != 0, result.stderr


def test_byte_order_mark_is_kept_when_an_entry_changes() -> None:
    catalog = read_po(FIXTURES / "po" / "bom.po")
    assert catalog.entries[0].msgstr == "Ліст"  # the BOM is not part of the first keyword
    catalog.entries[0].msgstr = "Лісты"
    assert dump_po(catalog).startswith(b"\xef\xbb\xbfmsgid \"\"\n")


def test_truncated_catalogue_stops_stats_and_update_with_one_line(cli, project: Path) -> None:
    """A 0-byte PO (an editor crash) is one error and exit 2, never "100% done" or a fresh catalogue."""
    cli("extract")
    cli("update")
    catalogue = project / "locales" / "ua-85-21" / "ru.po"
    catalogue.write_bytes(b"")
    before = snapshot(project)
    for command in ("stats", "update", "check"):
        result = cli(command, expect=2)
        assert result.stderr.strip().splitlines() == [
            f"uaintl: error: {catalogue}:1: the catalogue is empty (no msgid \"\" header entry) (restore it from "
            "version control, or delete it and run `uaintl update` to recreate it)"], command
    assert snapshot(project) == before


def test_within_one_command_the_same_bytes_are_parsed_once_and_each_caller_gets_its_own_catalogue() -> None:
    from uaintl.catalog.pofile import parse_each_version_once

    first = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Free them"\nmsgstr "Free"\n'
    saved = first.replace(b'msgstr "Free"', b'msgstr "Saved"')
    with parse_each_version_once():
        catalog = parse_po(first, "be.po")
        catalog.entries[0].msgstr = "changed by one stage"
        catalog.entries[0].flags.append("fuzzy")
        again = parse_po(first, "be.po")
        assert (again.entries[0].msgstr, again.entries[0].flags) == ("Free", [])
        assert parse_po(saved, "be.po").entries[0].msgstr == "Saved"  # the file was saved: read anew
        assert dump_po(parse_po(first, "be.po")) == first
