"""uaintl.toml: a value of the wrong type is one clear error naming the file, the line and the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import snapshot

BAD_SETTINGS = [
    ('[project]\nsources = 5\n', 2, "[project] sources must be a folder name, not 5"),
    ('[project]\nlocales_dir = []\n', 2, "[project] locales_dir must be a folder name, not []"),
    ('[project]\nlocales = "be"\n', 2, "[project] locales must be a list of locale codes"),
    ('[project]\nlocales = ["be_/../../../evil"]\n', 2, "[project] locales must be a list of locale codes"),
    ('[update]\nfuzzy_threshold = "x"\n', 2, "[update] fuzzy_threshold must be a number from 1 to 100"),
    ('[mt]\nmemory_threshold = "x"\n', 2, "[mt] memory_threshold must be a number from 1 to 100, not 'x'"),
    ('[mt]\npivots = "x"\n', 2, "[mt] pivots must be a table of target → pivot language, not 'x'"),
    ('[mt]\nbeam_size = true\n', 2, "[mt] beam_size must be a whole number ≥ 1, not True"),
    ('# who writes\n[sender]\nname = 5\n', 3, "[sender] name must be text, not 5"),
    ('[sender]\naddress = "12 Example Street"\n', 2, "[sender] address must be a list of lines"),
    ('mt = 5\n', 1, "mt must be a table"),
    # locales uaintl has no profile for (src/uaintl/lang/) would get catalogues and English letters
    ('[project]\nsource_language = "en"\nlocales = ["be", "ru", "uk"]\n', 3,
     "unknown locale 'uk' in [project] locales (locales: be, ru; be-Latn is rendered from be)"),
    ('[project]\nlocales = ["be-Latn", "ru"]\n', 2, "'be-Latn' is rendered from be, not catalogued in [project] locales"),
    ('[project]\nlocales = ["en"]\n', 2, "'en' is the source language in [project] locales"),
    ('[project]\nsource_language = "de"\n', 2, "unknown source language 'de' in [project] source_language"),
    ('[sender]\nname = "Hanna"\nemail = "bad"\n', 3, "[sender] email must be an e-mail address (or \"\"), not 'bad'"),
]


@pytest.mark.parametrize("toml, line, message", BAD_SETTINGS, ids=[case[2].split(" must")[0] for case in BAD_SETTINGS])
def test_wrong_type_is_one_line_naming_the_setting(cli, project: Path, toml: str, line: int, message: str) -> None:
    (project / "uaintl.toml").write_text(toml, encoding="utf-8")
    before = snapshot(project)
    result = cli("extract", expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"uaintl: error: {project / 'uaintl.toml'}:{line}: {message}")
    assert lines[0].endswith(")")  # … and what to write instead
    assert snapshot(project) == before


@pytest.mark.parametrize("args, message", [
    (["extract", "sources/..md"], "'.' cannot name a document"),
    (["update", "--locale", "be_/../../../evil"], "no such locale: be_/../../../evil"),
    (["update", "--locale", "be_x"], "no such locale: be_x"),
    (["update", "../../x"], "no such document: x"),
])
def test_hostile_names_write_nothing_anywhere(cli, project: Path, args: list[str], message: str) -> None:
    """Nothing may be written outside locales/<doc>/, and no catalogue invented for an unknown name."""
    (project / "sources" / "..md").write_bytes((project / "sources" / "ua-85-21.md").read_bytes())
    cli("extract", "ua-85-21")
    before, around = snapshot(project), sorted(project.parent.iterdir())
    result = cli(*args, expect=2)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert snapshot(project) == before and sorted(project.parent.iterdir()) == around
