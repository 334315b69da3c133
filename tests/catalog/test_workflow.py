"""extract → update → stats → rebuild on a real appeal, through the command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from uaintl.catalog.pofile import dump_po, read_po
from tests.conftest import FIXTURES, ROOT, require_tool, snapshot

UA = "ua-85-21"


def po(project: Path, locale: str):
    return read_po(project / "locales" / UA / f"{locale}.po")


def translate_all(project: Path, locale: str, prefix: str) -> None:
    """Play the translator: fill every translatable entry in the catalogue."""
    path = project / "locales" / UA / f"{locale}.po"
    catalog = read_po(path)
    for entry in catalog.messages:
        if not entry.read_only:
            entry.msgstr = f"{prefix} {entry.msgid}"
            entry.translator_comments = ["reviewed by Hanna"]
    path.write_bytes(dump_po(catalog))


def edit_source(project: Path, old: str, new: str) -> None:
    source = project / "sources" / f"{UA}.md"
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new), encoding="utf-8")


def test_extract_is_deterministic(cli, project: Path) -> None:
    cli("extract")
    pot = project / "locales" / UA / f"{UA}.pot"
    first = pot.read_bytes()
    result = cli("extract")
    assert pot.read_bytes() == first
    assert "(unchanged)" in result.output


def test_template_carries_ids_roles_references_and_placeholders(cli, project: Path) -> None:
    cli("extract")
    template = read_po(project / "locales" / UA / f"{UA}.pot")
    step = next(entry for entry in template.messages if entry.msgctxt == "action/action-step-2.1")
    assert step.msgid.startswith("<1>Click here</1> to let us know")
    assert "<2>Urgent Action 85.21</2>" in step.msgid
    assert "role: action-step" in step.extracted_comments
    assert '<1>…</1> = "[" … "](#)"' in step.extracted_comments
    assert step.references == [f"sources/{UA}.md:12"]
    email = next(entry for entry in template.messages if entry.msgctxt == "targets/andrey-shved/contact-1")
    assert email.read_only and email.msgid == "Email: <1/>"
    assert '<1/> = "info@prokuratura.gov.by"' in email.extracted_comments


def test_new_catalogues_have_locale_headers(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    for locale in ("be", "ru"):
        catalog = po(project, locale)
        assert catalog.header_field("Language") == locale
        assert catalog.header_field("Content-Type") == "text/plain; charset=UTF-8"
        assert catalog.header_field("Plural-Forms") == (
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
            "(n%100<10 || n%100>=20) ? 1 : 2);")


def test_update_keeps_translations_and_marks_edits_fuzzy(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    translate_all(project, "be", "BE:")
    before = po(project, "be")
    edit_source(project, "They have committed no crime and should be immediately released.",
                "They have committed no crime and must be released immediately.")
    edit_source(project, "You can also write in your own language.\n\n", "")
    cli("extract")
    result = cli("update")
    assert "1 fuzzy" in result.output and "1 obsolete" in result.output
    after = po(project, "be")
    changed = next(entry for entry in after.messages if entry.msgctxt == "header/summary-1.4")
    assert changed.fuzzy
    assert changed.previous_msgid == "They have committed no crime and should be immediately released."
    assert changed.msgstr == "BE: They have committed no crime and should be immediately released."
    assert changed.translator_comments == ["reviewed by Hanna"]
    assert [entry.msgid for entry in after.obsolete] == ["You can also write in your own language."]
    removed = next(entry for entry in before.messages if entry.msgid == "You can also write in your own language.")
    assert after.obsolete[0].msgstr == removed.msgstr
    # Every other unit keeps its reviewed translation, also those whose id moved up (notes/other-2 → -1).
    untouched = {entry.msgid: entry.msgstr for entry in before.messages
                 if entry.msgctxt != "header/summary-1.4" and entry is not removed}
    kept = {entry.msgid: entry.msgstr for entry in after.messages if not entry.fuzzy}
    assert {msgid: kept.get(msgid) for msgid in untouched} == untouched


def test_update_without_changes_rewrites_nothing(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    translate_all(project, "ru", "RU:")
    before = snapshot(project / "locales")
    result = cli("update")
    assert "unchanged" in result.output
    assert snapshot(project / "locales") == before


def test_update_before_extract_is_a_usage_error(cli) -> None:
    result = cli("update", expect=2)
    assert "run `uaintl extract` first" in result.stderr


def test_stats_table_and_json_agree(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    path = project / "locales" / UA / "be.po"
    catalog = read_po(path)
    translatable = [entry for entry in catalog.messages if not entry.read_only]
    translatable[0].msgstr = "ТЭРМІНОВАЯ ДЗЕЯ"
    translatable[1].msgstr = "Чарнавік"
    translatable[1].flags = ["fuzzy"]
    path.write_bytes(dump_po(catalog))
    rows = json.loads(cli("stats", "--format", "json").output)["catalogues"]
    be = next(row for row in rows if row["locale"] == "be")
    assert (be["total"], be["translated"], be["fuzzy"]) == (len(translatable), 1, 1)
    assert be["untranslated"] == len(translatable) - 2
    assert be["translated_words"] == 2  # "URGENT ACTION"
    table = cli("stats").output
    assert f"ua-85-21                 be         {len(translatable)}     1     1" in table


def test_rebuild_from_template_reproduces_the_source(cli, project: Path) -> None:
    cli("extract")
    rebuilt = cli("rebuild", UA).output
    assert rebuilt == (project / "sources" / f"{UA}.md").read_text(encoding="utf-8")


def test_rebuild_with_a_locale_uses_reviewed_translations(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    translate_all(project, "be", "BE:")
    text = cli("rebuild", UA, "--locale", "be").output
    assert "BE: URGENT ACTION" in text
    assert "Email: info@prokuratura.gov.by" in text
    assert "1. BE: Write a letter" in text


@pytest.mark.tools
def test_msgfmt_accepts_every_written_catalogue(cli, project: Path) -> None:
    msgfmt = require_tool("msgfmt")
    cli("extract")
    cli("update")
    translate_all(project, "be", "BE:")
    edit_source(project, "Sincerely,", "Yours sincerely,")
    cli("extract")
    cli("update")
    files = sorted((project / "locales").rglob("*.po*"))
    assert len(files) == 3
    for path in files:
        checked = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("name", ["empty.md", "binary.md", "latin1.md", "broken.html"])
def test_bad_source_stops_extract_with_nothing_written(cli, project: Path, name: str) -> None:
    cli("extract")
    bad = project / "sources" / name
    bad.write_bytes((FIXTURES / "sources" / name).read_bytes())
    (project / "sources" / f"{UA}.md").write_text("URGENT ACTION\n\nChanged text.\n", encoding="utf-8")
    before = snapshot(project / "locales")
    result = cli("extract", expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"uaintl: error: {bad}:")
    assert snapshot(project / "locales") == before


def test_malformed_po_stops_update_with_nothing_written(cli, project: Path) -> None:
    cli("extract")
    cli("update")
    broken = project / "locales" / UA / "ru.po"
    broken.write_bytes((FIXTURES / "bad_po" / "unterminated.po").read_bytes())
    edit_source(project, "Sincerely,", "Yours sincerely,")
    cli("extract")
    before = snapshot(project / "locales")
    result = cli("update", expect=2)
    assert result.stderr.strip() == (
        f"uaintl: error: {broken}:5: string is not terminated by a closing quote "
        '(every string must be "…" on one line)')
    assert snapshot(project / "locales") == before


@pytest.mark.parametrize("bad", sorted((FIXTURES / "bad_po").glob("*.po")), ids=lambda path: path.name)
def test_every_malformed_catalogue_stops_update_with_file_line_and_nothing_written(cli, project: Path,
                                                                                  bad: Path) -> None:
    cli("extract")
    cli("update")
    broken = project / "locales" / UA / "ru.po"
    broken.write_bytes(bad.read_bytes())
    before = snapshot(project / "locales")
    result = cli("update", expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"uaintl: error: {broken}:"), result.stderr
    assert snapshot(project / "locales") == before


def test_sample_sources_round_trip_through_their_templates(tmp_path: Path) -> None:
    from uaintl.catalog.extract import build_template
    from uaintl.catalog.pofile import parse_po
    from uaintl.catalog.rebuild import rebuild
    from uaintl.document.load import load_document

    for source in sorted((ROOT / "sources").glob("*.md")):
        template = parse_po(dump_po(build_template(load_document(source, source.name), "2026-01-01 00:00+0000")))
        assert rebuild(template) == source.read_text(encoding="utf-8"), source.name


def test_html_rebuilt_from_template_segments_to_the_same_units(tmp_path: Path) -> None:
    """HTML may normalise white space and attributes, but the units must come back the same."""
    from uaintl.catalog.extract import build_template
    from uaintl.catalog.pofile import parse_po
    from uaintl.catalog.rebuild import rebuild
    from uaintl.document.load import load_document

    original = load_document(FIXTURES / "sources" / "appeal.html", "appeal.html")
    template = parse_po(dump_po(build_template(original, "2026-01-01 00:00+0000")))
    rebuilt_path = tmp_path / "appeal.html"
    rebuilt_path.write_text(rebuild(template), encoding="utf-8")
    rebuilt = load_document(rebuilt_path, "appeal.html")

    def shape(document):
        return [(unit.id, unit.role, unit.text, unit.translatable, unit.target,
                 [(p.opening, p.closing) for p in unit.placeholders]) for unit in document.units]

    assert shape(rebuilt) == shape(original)


def test_gettext_language_codes() -> None:
    from uaintl.catalog.update import gettext_language

    assert [gettext_language(code) for code in ("be", "pt-BR", "be-Latn")] == ["be", "pt_BR", "be@latin"]


def latin1(path: Path) -> None:
    """Re-encode a catalogue as ISO-8859-1, as an old editor configured for Western Europe would."""
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=ISO-8859-1")
    path.write_bytes(text.encode("iso-8859-1", errors="replace"))  # "…" and the like become "?"


@pytest.mark.parametrize("problem", ["malformed ru.po", "Latin-1 be.po"])
@pytest.mark.parametrize("command", [["run"], ["translate"]])
def test_a_bad_catalogue_stops_every_command_before_its_first_write(cli, project: Path, problem: str,
                                                                    command: list[str]) -> None:
    """`run` used to rewrite the template, then fail; a Latin-1 catalogue failed after other writes."""
    cli("extract")
    cli("update")
    if problem == "malformed ru.po":
        bad = project / "locales" / UA / "ru.po"
        bad.write_bytes((FIXTURES / "bad_po" / "duplicate_msgstr.po").read_bytes())
    else:
        bad = project / "locales" / UA / "be.po"
        latin1(bad)
    edit_source(project, "Sincerely,", "Yours sincerely,")  # the template would change
    before = snapshot(project)
    result = cli(*command, expect=2)
    assert result.stderr.startswith(f"uaintl: error: {bad}:") and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(project) == before
