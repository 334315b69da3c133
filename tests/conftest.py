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


MOUNTED_RUN = r"""
set -e
project="$1"; shift; size="$1"; shift; mode="$1"; shift; manifest="$1"; shift
copy="$(mktemp -d)"; cp -a "$project/." "$copy/"
mount -t tmpfs -o "size=$size" tmpfs "$project"
cp -a "$copy/." "$project/"
[ "$mode" = ro ] && mount -o remount,ro "$project"
set +e
"$@" 2>"$manifest.stderr"; echo $? > "$manifest.rc"
cd "$project" && find . -type f -exec sha256sum {} + | sort -k2 > "$manifest"
"""


def run_on_own_disk(project: Path, args: list[str], *, full: bool = False, read_only: bool = False
                    ) -> tuple[int, str, dict[str, str]]:
    """Run ``uaintl ARGS`` on ``project`` mounted on a tmpfs of its own (a private mount namespace).

    ``full``: the disk holds the project and not a byte more; ``read_only``: mounted read-only.
    Returns the exit code, stderr and {file: sha256} of the project as the run left it.
    """
    import subprocess
    import sys

    unshare = require_tool("unshare")
    pages = sum(-(-path.stat().st_size // 4096) or 1 for path in project.rglob("*") if path.is_file())
    size = f"{pages * 4}k" if full else "64m"
    manifest = project.parent / f"{project.name}.manifest"
    probe = subprocess.run([unshare, "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs in a private mount namespace here: {probe.stderr.decode().strip()}")
    subprocess.run([unshare, "-m", "sh", "-c", MOUNTED_RUN, "sh", str(project), size,
                    "ro" if read_only else "rw", str(manifest),
                    sys.executable, "-m", "uaintl", "--project", str(project), *args], check=True)
    files = dict(reversed(line.split(maxsplit=1)) for line in manifest.read_text().splitlines())
    return int(Path(f"{manifest}.rc").read_text()), Path(f"{manifest}.stderr").read_text(), files


def sha256_files(folder: Path) -> dict[str, str]:
    """{./relative/path: sha256} of every file, the shape run_on_own_disk returns."""
    import hashlib

    return {f"./{path.relative_to(folder)}": hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}
