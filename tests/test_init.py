"""`uaintl init`: a new project that works at once and documents every setting."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

from click.testing import CliRunner

from uaintl.cli import main
from uaintl.config import KNOWN_KEYS, load_project
from uaintl.names.registry import parse_registry
from uaintl.scaffold import CONFIG, NAMES
from tests.conftest import ROOT, snapshot


def init(*args: str, code: int = 0):
    result = CliRunner().invoke(main, ["init", *args])
    assert result.exit_code == code, result.output + result.stderr
    return result


def test_init_creates_a_project_the_other_commands_accept(tmp_path: Path) -> None:
    folder = tmp_path / "appeals"
    result = init(str(folder))
    assert sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*")) == [
        ".gitignore", "locales", "locales/names.toml", "sources", "uaintl.toml"]
    assert (folder / ".gitignore").read_text(encoding="utf-8") == "out/\n"
    assert f"created {folder / 'uaintl.toml'}" in result.output
    assert load_project(folder).locales == ("be", "ru")
    shutil.copy(ROOT / "sources" / "ua-85-21.md", folder / "sources")
    for command, code in ((["extract"], 0), (["update"], 0), (["names", "check"], 1)):
        outcome = CliRunner().invoke(main, ["--project", str(folder), *command])
        assert outcome.exit_code == code, outcome.output + outcome.stderr
    assert "unknown-person: 'Ales Bialiatski'" in outcome.output  # the empty registry loads


def test_init_refuses_to_overwrite_and_writes_nothing(tmp_path: Path) -> None:
    init(str(tmp_path))
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["ru"]\n', encoding="utf-8")
    before = snapshot(tmp_path)
    result = init(str(tmp_path), code=2)
    assert result.stderr == (f"uaintl: error: {tmp_path / 'uaintl.toml'}: already a uaintl project; "
                             "nothing written (edit it, or choose another folder)\n")
    assert snapshot(tmp_path) == before


def test_init_adds_out_to_an_existing_gitignore(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*.pyc\n", encoding="utf-8")
    init(str(tmp_path))
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "*.pyc\nout/\n"


def test_config_template_shows_every_setting_and_parses() -> None:
    uncommented = re.sub(r"^# (\w+ = )", r"\1", CONFIG, flags=re.MULTILINE)
    data = tomllib.loads(uncommented)
    assert {table: sorted(values) for table, values in data.items()} == {
        table: sorted(keys) for table, keys in KNOWN_KEYS.items()}


def test_names_template_has_one_example_that_is_valid_once_uncommented() -> None:
    assert parse_registry(NAMES).people == []
    example = parse_registry(re.sub(r"^# (\[\[person\]\]|[\w-]+ = )", r"\1", NAMES, flags=re.MULTILINE))
    assert [person.id for person in example.people] == ["bialiatski"]
