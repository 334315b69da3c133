"""Shared test helpers: fixture paths, a throw-away project, the CLI runner, system tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from uaintl.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


def require_tool(name: str) -> str:
    """Path of a system tool; skip without it, but fail when UAINTL_REQUIRE_TOOLS=1 (CI)."""
    path = shutil.which(name)
    if path:
        return path
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
