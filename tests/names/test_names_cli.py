"""`uaintl names …` from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import FIXTURES, ROOT


def with_registry(project: Path) -> None:
    (project / "locales").mkdir(exist_ok=True)
    shutil.copy(ROOT / "locales" / "names.toml", project / "locales" / "names.toml")


def test_variants_lists_every_scheme_and_case(cli) -> None:
    data = json.loads(cli("names", "variants", "Алесь Бяляцкі", "--format", "json").output)
    assert data["schemes"]["lacinka"] == "Aleś Bialacki"
    assert data["schemes"]["passport"] == "Alies Bialiatski"
    assert data["cases"]["gen"] == "Алеся Бяляцкага"
    text = cli("names", "variants", "Aleś Bialacki").output
    assert text.startswith("Алесь Бяляцкі (be)")


def test_match_reads_a_file_or_stdin(cli, project: Path) -> None:
    with_registry(project)
    rows = json.loads(cli("names", "match", str(project / "sources" / "ua-85-21.md"), "--format", "json").output)["mentions"]
    assert {"person", "mention", "start", "end", "system", "score"} <= set(rows[0])
    assert {row["person"] for row in rows} >= {"bialiatski", "stefanovich", "labkovich", "nina-labkovich", "pinchuk"}


def test_check_exits_1_with_both_lines_of_labkovic(cli, project: Path) -> None:
    with_registry(project)
    result = cli("names", "check", expect=1)
    assert "sources/ua-85-21.md:46: inconsistent: Uladzimir Labkovich is written 2 ways" in result.output
    assert "'Labkovic' (line 46)" in result.output
    assert cli("names", "check", "--exit-zero").exit_code == 0


def test_check_without_registry_is_a_usage_error(cli) -> None:
    result = cli("names", "check", expect=2)
    assert "no names registry" in result.stderr


def test_export_then_import_keeps_the_registry(cli, project: Path, tmp_path: Path) -> None:
    with_registry(project)
    registry = project / "locales" / "names.toml"
    tbx = tmp_path / "names.tbx"
    cli("names", "export", "--tbx", str(tbx))
    original = registry.read_text(encoding="utf-8")
    registry.unlink()
    cli("names", "import", "--tbx", str(tbx))
    from uaintl.names.registry import parse_registry

    assert [(p.id, p.names) for p in parse_registry(registry.read_text(encoding="utf-8")).people] == [
        (p.id, p.names) for p in parse_registry(original).people]


def test_import_refuses_an_id_the_registry_would_reject(cli, project: Path, monkeypatch) -> None:
    with_registry(project)
    registry = project / "locales" / "names.toml"
    before = registry.read_bytes()
    tbx = ROOT / "tests" / "fixtures" / "names" / "bad_id.tbx"
    monkeypatch.chdir(tbx.parent)
    result = cli("names", "import", "--tbx", "bad_id.tbx", expect=2)
    assert result.stderr.startswith("uaintl: error: bad_id.tbx:3: person id 'Siarhei_Tsikhanouski' is not")
    assert registry.read_bytes() == before
    cli("names", "check", "--exit-zero")  # the registry still loads


def with_appeal(project: Path, name: str = "belarus-2021-new-people.md") -> None:
    with_registry(project)
    shutil.copy(FIXTURES / "names" / "appeals" / name, project / "sources" / name)


def test_check_json_gives_unknown_people_their_forms(cli, project: Path) -> None:
    with_appeal(project)
    findings = json.loads(cli("names", "check", "--format", "json", expect=1).output)["findings"]
    bantsar = next(f for f in findings if f["kind"] == "unknown-person" and "Ihar Bantsar" in f["spellings"])
    assert bantsar["spellings"] == {"Ihar Bantsar": [5], "Bantsar": [6], "Ihar Banstar": [23]}
    forms = bantsar["forms"]
    assert (forms["id"], forms["gender"], forms["en"], forms["be"], forms["be-Latn"]) == (
        "bantsar", "m", "Ihar Bantsar", "Ігар Банцар", "Ihar Bancar")
    assert forms["ru"].startswith("Игорь ") and forms["check"] == ["ru"] and forms["aliases"] == ["Ihar Banstar"]
    assert any("passport" in reason for reason in forms["reasons"])


def test_add_writes_a_reviewed_entry_keeping_the_file(cli, project: Path) -> None:
    with_appeal(project)
    registry = project / "locales" / "names.toml"
    before = registry.read_text(encoding="utf-8")
    dry = cli("names", "add", "Ms Tatsiana Kavaliova", "--role", "official", "--dry-run").output
    assert 'be = "Таццяна Кавалёва"' in dry and registry.read_text(encoding="utf-8") == before
    cli("names", "add", "Ms Tatsiana Kavaliova", "--role", "official", "--ru", "Татьяна Ковалёва")
    after = registry.read_text(encoding="utf-8")
    assert after.startswith(before) and after[len(before):].startswith("\n[[person]]\nid = \"kavaliova\"\n")
    assert 'gender = "f"\nrole = "official"\nen = "Tatsiana Kavaliova"\n' in after
    from uaintl.names.registry import parse_registry

    person = parse_registry(after).get("kavaliova")
    assert person.names["ru"] == "Татьяна Ковалёва" and person.names["be-Latn"] == "Taćciana Kavalova"
    findings = json.loads(cli("names", "check", "--format", "json", expect=1).output)["findings"]
    assert not any("Tatsiana Kavaliova" in f["spellings"] for f in findings if f["kind"] == "unknown-person")
    assert any(f["kind"] == "unknown-person" and "Maksim Znak" in f["spellings"] for f in findings)


def test_add_from_reviewed_findings_links_the_typo(cli, project: Path, tmp_path: Path) -> None:
    with_appeal(project, "russia-2023-officials.txt")
    findings = tmp_path / "findings.json"
    findings.write_text(cli("names", "check", "--format", "json", expect=1).output, encoding="utf-8")
    added = json.loads(cli("names", "add", "--from", str(findings), "--format", "json").output)["added"]
    assert {"kara-murza", "nemtsov", "navalny", "gorinov", "krasnov", "moskalkova", "nemtsova"} == set(added)
    assert "unknown-person" not in cli("names", "check", "--exit-zero").output


def test_add_refuses_bad_input_and_writes_nothing(cli, project: Path, tmp_path: Path) -> None:
    with_registry(project)
    registry = project / "locales" / "names.toml"
    before = registry.read_bytes()
    assert "already in the registry as 'bialiatski'" in cli("names", "add", "Ales Bialiatski", expect=2).stderr
    assert "give a NAME or --from" in cli("names", "add", expect=2).stderr
    assert "has no gender" in cli("names", "add", "Judge K. Dzmitryenka", expect=2).stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"findings": [', encoding="utf-8")
    assert "names check --format json" in cli("names", "add", "--from", str(broken), expect=2).stderr
    assert registry.read_bytes() == before


def test_one_unknown_person_in_two_documents_is_linked_and_added_once(cli, project: Path, tmp_path: Path) -> None:
    with_registry(project)
    (project / "sources" / "a.md").write_text("# Appeal\n\nFree the journalist Raman Pratasevich.\n", encoding="utf-8")
    (project / "sources" / "b.md").write_text("# News\n\nRoman Protasevich was pardoned.\n", encoding="utf-8")
    output = cli("names", "check", "--format", "json", expect=1).output
    findings = [f for f in json.loads(output)["findings"] if f["kind"] == "unknown-person"]
    assert [(f["path"], f["elsewhere"]) for f in findings] == [
        ("sources/a.md", {"sources/b.md": {"Roman Protasevich": [3]}}),
        ("sources/b.md", {"sources/a.md": {"Raman Pratasevich": [3]}})]
    assert findings[0]["forms"] == findings[1]["forms"]
    assert findings[0]["forms"]["aliases"] == ["Roman Protasevich"]
    saved = tmp_path / "findings.json"
    saved.write_text(output, encoding="utf-8")
    assert json.loads(cli("names", "add", "--from", str(saved), "--format", "json").output)["added"] == [
        "pratasevich"]
