"""Real Belarusian and Russian catalogues from public projects (../shared/realworld-po)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.errors import UaintlError
from tests.conftest import SHARED, require_tool

REALWORLD = SHARED / "realworld-po"
INVALID = "2024prizmo__Spice-Up-ru__ru.po"
FILES = sorted(REALWORLD.glob("*.po")) if REALWORLD.is_dir() else []
VALID = [path for path in FILES if path.name != INVALID]

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/realworld-po is not beside this clone")


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_realworld_catalogue_saves_byte_for_byte(path: Path) -> None:
    assert dump_po(read_po(path)) == path.read_bytes()


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_realworld_catalogue_rewritten_keeps_every_message(path: Path, tmp_path: Path) -> None:
    """Rewrite every entry ourselves; GNU msgcat must see exactly the same messages."""
    msgcat = require_tool("msgcat")
    catalog = read_po(path)
    for entry in [catalog.header, *catalog.entries]:
        if entry is not None:
            entry.raw = None
    rewritten = tmp_path / path.name
    rewritten.write_bytes(dump_po(catalog))

    def normalised(file: Path) -> bytes:
        return subprocess.run([msgcat, "--no-wrap", "-t", "UTF-8", str(file)],
                              capture_output=True, check=True).stdout

    assert normalised(rewritten) == normalised(path)


def test_realworld_invalid_catalogue_gives_one_clear_error() -> None:
    path = REALWORLD / INVALID
    with pytest.raises(UaintlError) as caught:
        read_po(path)
    assert str(caught.value).startswith(f"{path}:15: missing 'msgstr' section")
