"""Every command as a user runs it: in a real pseudo-terminal and through a pipe.

The CliRunner tests never see a terminal; these start the installed ``uaintl`` as a process, so a
progress bar used outside its ``with`` block, colour under NO_COLOR, or a traceback shows up here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import click
import pexpect
import pytest

from uaintl.cli import main
from tests.conftest import FIXTURES, ROOT

SCRIPT = Path(sys.executable).parent / "uaintl"
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "uaintl"]
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour and bold; a progress bar's cursor codes are not colour


@dataclass
class Case:
    args: tuple[str, ...]
    exit_code: int
    progress: str | None = None  # the progress bar's label, shown on a terminal only

    @property
    def id(self) -> str:
        return " ".join(self.args)


CASES = [
    Case(("--help",), 0),
    Case(("--version",), 0),
    Case(("init", "new-project"), 0),
    Case(("inspect", "ua-85-21"), 0),
    Case(("inspect", "sources/ua-85-21.md", "--format", "json"), 0),
    Case(("inspect", "nosuchdoc"), 2),
    Case(("extract",), 0, "Reading"),  # two sources: the bar that raised RuntimeError in a terminal
    Case(("update",), 0),
    Case(("stats",), 0),
    Case(("stats", "--format", "json"), 0),
    Case(("rebuild", "ua-85-21"), 0),
    Case(("translate",), 0, "Translating"),
    Case(("check",), 0, "Checking"),
    Case(("names", "variants", "Алесь Бяляцкі"), 0),
    Case(("names", "match", "sources/ua-85-21.md"), 0),
    Case(("names", "check"), 1),  # the sample spells Labkovich two ways
    Case(("names", "add", "Ms Tatsiana Kavaliova", "--dry-run"), 0),
    Case(("names", "add", "Ihar Losik", "--role", "prisoner"), 0),
    Case(("names", "add", "Ales Bialiatski"), 2),  # already registered
    Case(("names", "export", "--tbx", "names.tbx"), 0),
    Case(("names", "import", "--tbx", str(FIXTURES / "names" / "bad_id.tbx")), 2),
    Case(("export", "ua-85-21", "--locale", "be"), 0),
    Case(("import", str(FIXTURES / "names" / "bad_id.tbx")), 2),  # not XLIFF
    Case(("memory", "export"), 0),
    Case(("memory", "import", "nofile.tmx"), 2),
    Case(("engines",), 0),
    Case(("models", "list"), 0),
    Case(("models", "install", "--download", "en", "ru"), 2),  # no network here
    Case(("models", "remove", "en-ru"), 2),
    Case(("render", "--date", "2021-07-14"), 1, "Checking"),  # pozirk-2024-03-03 is not translated
    Case(("report",), 0, "Checking"),
    Case(("run", "--date", "2021-07-14"), 1, "Translating"),
    Case(("stats", "nosuchdoc"), 2),
    Case(("check", "--locale", "xx"), 2),
    Case(("translate", "--engine", "googl"), 2),
    Case(("export", "ua-85-21", "--locale", "be"), 0),
    Case(("export", "ua-85-21", "--locale", "ru", "--format", "xliff20", "-o", "ua.ru.xlf"), 0),
    Case(("import", "locales/ua-85-21/be.po"), 2),  # a PO file is not XLIFF
    Case(("memory", "export"), 0),
    Case(("memory", "export", "--boilerplate", "--locale", "be"), 0),
    Case(("memory", "import", "sources/ua-85-21.md"), 2),  # not TMX
]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The bundled sample project (two sources, reviewed catalogues of one), in a home of its own."""
    project = tmp_path / "sample"
    project.mkdir()
    for item in ("uaintl.toml", "sources", "locales"):
        source = ROOT / item
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / item)
    return project


def environment(project: Path, **extra: str) -> dict[str, str]:
    home = project.parent / "home"
    env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "COLUMNS", "LINES")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_CONFIG_HOME=str(home / "config"), TERM="xterm-256color",
               ARGOS_PACKAGE_INDEX="http://127.0.0.1:9/",  # the discard port: refused at once
               **extra)
    return env


def in_terminal(project: Path, args: tuple[str, ...], **extra: str) -> tuple[int, str]:
    """Run in a pseudo-terminal (stdin, stdout and stderr all a TTY); returns (exit code, screen output)."""
    child = pexpect.spawn(COMMAND[0], [*COMMAND[1:], *args], cwd=str(project), env=environment(project, **extra),
                          encoding="utf-8", dimensions=(40, 120), timeout=120)
    child.expect(pexpect.EOF)
    output = child.before
    child.close()
    return child.exitstatus, output


def through_pipe(project: Path, args: tuple[str, ...], **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], cwd=project, env=environment(project, **extra), capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_in_a_terminal(sample: Path, case: Case) -> None:
    code, output = in_terminal(sample, case.args, NO_COLOR="1")
    assert "Traceback" not in output, output
    assert code == case.exit_code, output
    assert not SGR.search(output), f"colour despite NO_COLOR: {output!r}"
    if case.progress:
        assert case.progress in output, f"no {case.progress} progress bar: {output!r}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_through_a_pipe(sample: Path, case: Case) -> None:
    result = through_pipe(sample, case.args)
    both = result.stdout + result.stderr
    assert "Traceback" not in both, both
    assert result.returncode == case.exit_code, both
    assert "\x1b[" not in both  # no colour, no progress bar
    if case.progress:
        assert case.progress not in both
    if case.exit_code == 2:
        assert result.stderr.count("\n") <= 4 and "error" in result.stderr.lower(), result.stderr  # click usage: 4 lines


def test_a_terminal_gets_colour_unless_no_color(sample: Path) -> None:
    code, output = in_terminal(sample, ("check", "--locale", "xx"))
    assert code == 2 and SGR.search(output), output  # the error line is red on a terminal


def test_json_output_is_one_document_on_a_terminal_too(sample: Path) -> None:
    """Progress bars go to stderr: ``--format json`` on stdout stays parseable in a terminal."""
    import json

    result = through_pipe(sample, ("run", "--date", "2021-07-14", "--format", "json"))
    assert json.loads(result.stdout)["schema"] == 1


def _leaf_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    context = click.Context(group)
    found: set[tuple[str, ...]] = set()
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        found |= _leaf_commands(command, prefix + (name,)) if isinstance(command, click.Group) else {prefix + (name,)}
    return found


def test_every_command_is_run_here() -> None:
    """A new command joins CASES, so it too is run in a terminal and through a pipe."""
    covered = {case.args[:2] if case.args[0] in ("names", "models", "memory") else case.args[:1] for case in CASES}
    assert _leaf_commands(main) <= covered, sorted(_leaf_commands(main) - covered)


BROKEN = "a second msgstr for the same message (join the two translations into one msgstr)"


@pytest.fixture
def broken(sample: Path) -> Path:
    """The sample with a Belarusian catalogue GNU msgfmt refuses (a second msgstr at line 8)."""
    (sample / "locales" / "ua-85-21" / "be.po").write_bytes((FIXTURES / "bad_po" / "duplicate_msgstr.po").read_bytes())
    return sample


@pytest.mark.parametrize("command", ["update", "translate", "check", "stats", "report", "run", "export"])
def test_an_error_names_the_file_as_the_user_would_type_it_with_its_line(broken: Path, command: str) -> None:
    result = through_pipe(broken, (command,))
    assert (result.returncode, result.stderr) == (2, f"uaintl: error: locales/ua-85-21/be.po:8: {BROKEN}\n")
    code, output = in_terminal(broken, (command,), NO_COLOR="1")
    assert code == 2 and f"uaintl: error: locales/ua-85-21/be.po:8: {BROKEN}" in output.splitlines(), output


@pytest.mark.parametrize(("where", "args", "shown"), [
    ("locales", ("stats",), "ua-85-21/be.po"),  # from a folder of the project
    ("..", ("--project", "sample", "stats"), "sample/locales/ua-85-21/be.po"),  # as --project named it
    ("/", ("--project", "{sample}", "stats"), "{sample}/locales/ua-85-21/be.po"),  # from /: absolute
])
def test_an_error_names_the_file_relative_to_the_current_folder(broken: Path, where: str, args: tuple[str, ...],
                                                                shown: str) -> None:
    args = tuple(arg.format(sample=broken) for arg in args)
    result = subprocess.run([*COMMAND, *args], cwd=broken / where, env=environment(broken), capture_output=True,
                            text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert result.stderr == f"uaintl: error: {shown.format(sample=broken)}:8: {BROKEN}\n"
