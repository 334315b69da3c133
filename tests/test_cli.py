"""Command-line conventions: --help everywhere, exit codes, configuration errors, NO_COLOR."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from uaintl.cli import main

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output and main.commands[command].help.split(".")[0] in result.output


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
