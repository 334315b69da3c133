"""Command-line conventions: --help everywhere, exit codes, configuration errors, NO_COLOR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from uaintl.cli import JSON_SCHEMA, main
from tests.conftest import ROOT, snapshot

def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    context = click.Context(group)
    for name in group.list_commands(context):
        found.append(prefix + (name,))
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            found += _commands(command, prefix + (name,))
    return found


def _command(path: tuple[str, ...]) -> click.Command:
    command: click.Command = main
    for name in path:
        command = command.get_command(click.Context(command), name)  # type: ignore[attr-defined]
    return command


@pytest.mark.parametrize("path", _commands(main), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    command = _command(path)
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    first_sentence = " ".join(command.help.split(".")[0].split())
    assert "Usage: " in result.output and first_sentence in " ".join(result.output.split())


def test_unknown_option_is_a_usage_error() -> None:
    assert CliRunner().invoke(main, ["stats", "--bogus"]).exit_code == 2


def test_invalid_config_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["be",\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--project", str(tmp_path), "stats"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"uaintl: error: {tmp_path / 'uaintl.toml'}:2: ")
    assert "invalid TOML" in result.stderr


def test_config_sets_the_locales(cli, project: Path) -> None:
    (project / "uaintl.toml").write_text('[project]\nlocales = ["ru"]\n', encoding="utf-8")
    cli("extract")
    cli("update")
    assert sorted(path.name for path in (project / "locales" / "ua-85-21").iterdir()) == [
        "ru.po", "ua-85-21.pot"]


def test_locale_option_overrides_config(cli, project: Path) -> None:
    cli("extract")
    cli("update", "--locale", "be")
    assert not (project / "locales" / "ua-85-21" / "ru.po").exists()


def test_no_color_output_has_no_escape_codes(cli, project: Path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    cli("extract")
    cli("update")
    result = CliRunner().invoke(main, ["--project", str(project), "stats"], color=True)
    assert "\x1b[" not in result.output


def test_unknown_document_is_a_usage_error(cli) -> None:
    result = cli("extract", "no-such-appeal", expect=2)
    assert "no such document: no-such-appeal" in result.stderr


def test_unknown_config_key_names_the_key_its_line_and_the_valid_ones(tmp_path: Path) -> None:
    (tmp_path / "uaintl.toml").write_text('[project]\nsources = "sources"\nlocale = ["be"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--project", str(tmp_path), "stats"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"uaintl: error: {tmp_path / 'uaintl.toml'}:3: unknown key 'locale' in [project] "
        "(did you mean 'locales'? valid: source_language, locales, sources, locales_dir)\n")


def test_unknown_config_table_is_refused(tmp_path: Path) -> None:
    (tmp_path / "uaintl.toml").write_text('[mt]\nbeam_size = 2\n\n[senders]\nname = "A"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--project", str(tmp_path), "stats"])
    assert result.exit_code == 2
    assert f"uaintl.toml:4: unknown key 'senders' at the top level (did you mean '[sender]'?" in result.stderr


def test_missing_project_folder_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--project", str(tmp_path / "nonexistent"), "stats"])
    assert result.exit_code == 2
    assert f"Directory '{tmp_path / 'nonexistent'}' does not exist" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (("stats", "nosuchdoc"), "no such document: nosuchdoc (documents: ua-85-21)"),
    (("check", "--locale", "xx"), "no such locale: xx (locales: be, ru; others go in [project] locales)"),
    (("render", "--locale", "be-Latn,xx"), "no such locale: xx (locales: be, ru, be-Latn;"),
    (("translate", "--engine", "googl"), "unknown engine 'googl' (engines: "),
    (("translate", "nosuchdoc"), "no such document: nosuchdoc"),
    (("update", "nosuchdoc"), "no such document: nosuchdoc"),
])
def test_unknown_names_are_usage_errors_that_list_what_exists(cli, project: Path, args, message) -> None:
    cli("extract")
    cli("update")
    before = snapshot(project)
    result = cli(*args, expect=2)
    assert result.stderr.startswith("uaintl: error: ") and message in result.stderr
    assert snapshot(project) == before
    assert sorted(path.name for path in (project / "locales").iterdir()) == ["ua-85-21"]  # no nosuchdoc/ folder


def test_extract_without_sources_says_where_they_go(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    result = CliRunner().invoke(main, ["--project", str(tmp_path), "extract"])
    assert result.exit_code == 2
    assert result.stderr == f"uaintl: error: {tmp_path / 'sources'}: no source documents (put the appeals there)\n"


JSON_COMMANDS = [
    (("extract",), "templates"), (("update",), "catalogues"), (("stats",), "catalogues"),
    (("translate",), "catalogues"), (("check",), "findings"), (("engines",), "engines"),
    (("models", "list"), "packages"), (("names", "variants", "Алесь Бяляцкі"), "schemes"),
    (("names", "match", "sources/ua-85-21.md"), "mentions"), (("names", "check", "--exit-zero"), "findings"),
    (("render", "--allow-fuzzy"), "rendered"), (("report",), "outputs"), (("run",), "stages"),
    (("memory", "export"), "file"),
]


@pytest.mark.parametrize(("args", "key"), JSON_COMMANDS, ids=lambda item: " ".join(item) if isinstance(item, tuple) else item)
def test_every_json_output_is_one_object_with_the_schema(cli, project: Path, monkeypatch, args, key) -> None:
    (project / "locales").mkdir(exist_ok=True)
    shutil.copy(ROOT / "locales" / "names.toml", project / "locales" / "names.toml")
    monkeypatch.chdir(project)
    cli("extract")
    cli("update")
    result = cli(*args, "--format", "json", expect=None)
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.output)
    assert data["schema"] == JSON_SCHEMA and key in data


def test_every_command_that_prints_data_offers_json() -> None:
    """A new command that prints rows must offer --format json too (init, rebuild and export write files;
    export's --format is the XLIFF version)."""
    offered = {path for path in _commands(main) if any(
        param.name == "output_format" for param in _command(path).params)}
    data_commands = {args[:2] if args[0] in ("names", "models", "memory") else args[:1] for args, _ in JSON_COMMANDS}
    assert data_commands <= offered
    assert {path for path in _commands(main) if not isinstance(_command(path), click.Group)} - offered == {
        ("rebuild",), ("export",), ("names", "export"), ("names", "import"), ("models", "install"), ("models", "remove")}
