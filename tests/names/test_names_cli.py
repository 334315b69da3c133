"""`uaintl names …` from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import ROOT


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


def test_import_refuses_an_id_the_registry_would_reject(cli, project: Path) -> None:
    with_registry(project)
    registry = project / "locales" / "names.toml"
    before = registry.read_bytes()
    tbx = ROOT / "tests" / "fixtures" / "names" / "bad_id.tbx"
    result = cli("names", "import", "--tbx", str(tbx), expect=2)
    assert result.stderr.startswith(f"uaintl: error: {tbx}:3: person id 'Siarhei_Tsikhanouski' is not")
    assert registry.read_bytes() == before
    cli("names", "check", "--exit-zero")  # the registry still loads
