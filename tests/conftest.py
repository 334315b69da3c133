"""Shared test helpers: fixture paths, a throw-away project, the CLI runner, system tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from uaintl.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


_ON_PATH = object()


def require_tool(name: str, found: object = _ON_PATH) -> Any:
    """What a test needs from the system: the program ``name`` on PATH, or, when ``found`` is given,
    that value (a dictionary path, an Apertium pair, …; falsy means not installed). Returns it; skips
    the test without it, but fails it when UAINTL_REQUIRE_TOOLS=1 (CI, see .ci/run).

    The one place that decides "skip or fail": every test that needs a tool calls it.
    """
    if found is _ON_PATH:
        found = shutil.which(name)
    if found:
        return found
    if os.environ.get("UAINTL_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{name} is required (UAINTL_REQUIRE_TOOLS=1) but is not installed")
    pytest.skip(f"{name} is not installed")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the bundled UA as its only source."""
    (tmp_path / "sources").mkdir()
    shutil.copy(ROOT / "sources" / "ua-85-21.md", tmp_path / "sources" / "ua-85-21.md")
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["be", "ru"]\n', encoding="utf-8")
    return tmp_path


@pytest.fixture
def cli(project: Path):
    """Run ``uaintl`` inside the project; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, expect: int | None = 0):
        result = runner.invoke(main, ["--project", str(project), *args], catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, result.output + result.stderr
        return result

    return invoke


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove a failed run changed nothing."""
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}
