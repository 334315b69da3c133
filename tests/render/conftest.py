"""A project with the bundled reviewed catalogues and the names registry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture
def reviewed(project: Path, cli) -> Path:
    cli("extract")
    folder = project / "locales" / "ua-85-21"
    for name in ("be.po", "ru.po"):
        shutil.copy(ROOT / "locales" / "ua-85-21" / name, folder / name)
    shutil.copy(ROOT / "locales" / "names.toml", project / "locales" / "names.toml")
    shutil.copytree(ROOT / "locales" / "spelling", project / "locales" / "spelling")
    (project / "uaintl.toml").write_text(
        '[project]\nlocales = ["be", "ru"]\n[sender]\nname = "Hanna Example"\nemail = "hanna@example.org"\n'
        'address = ["12 Example Street", "London"]\n', encoding="utf-8")
    return project
