"""Command-line conventions: --help everywhere, exit codes, configuration errors, NO_COLOR."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from uaintl.cli import main

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
