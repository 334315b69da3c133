"""Property: random cycles of source edits, extract, update, translate and human review never lose
a text a person wrote or accepted (it stays a msgstr of the catalogue, live or obsolete)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.cli import main
from tests.mt.conftest import argos_package

UA = "ua-85-21"
SENTENCES = [
    "They were arrested on July 14, 2021.", "They remain in pretrial detention.",
    "Please release them immediately.", "The lawyers were forced to sign non-disclosure agreements.",
    "Article 342 is used against civil society.", "Their families have not been allowed to visit them.",
    "Write to the Prosecutor General today.", "They have committed no crime.",
]
EDITS = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 9), st.sampled_from(SENTENCES)),
    st.tuples(st.just("delete"), st.integers(0, 9)),
    st.tuples(st.just("reword"), st.integers(0, 9)),  # a small edit: the translation becomes fuzzy
    st.tuples(st.just("swap"), st.integers(0, 9), st.integers(0, 9)),  # units move
)
HUMAN = st.one_of(
    st.tuples(st.just("review"), st.integers(0, 20), st.booleans()),  # a person writes a translation
    st.tuples(st.just("accept"), st.integers(0, 20)),  # a person accepts a suggestion as it is
)
# A round: the campaigner edits the appeal, uaintl extracts, updates and pre-translates, people review.
ROUNDS = st.lists(st.tuples(st.lists(EDITS, max_size=3), st.lists(HUMAN, max_size=3)), min_size=2, max_size=5)


@pytest.fixture(scope="session")
def packages(tiny, tmp_path_factory) -> Path:
    from uaintl.mt.argos import install_package

    folder = tmp_path_factory.mktemp("never-lose")
    install_package(argos_package(tiny, folder, to_code="be"), folder / "packages")
    return folder / "packages"


def write_source(project: Path, paragraph: list[str]) -> None:
    """A short appeal whose letter is ``paragraph``, one sentence per unit."""
    (project / "sources" / f"{UA}.md").write_text(
        "# URGENT ACTION\n\n## HUMAN RIGHTS DEFENDERS DETAINED\n\nDear Prosecutor General,\n\n"
        + (" ".join(paragraph) or "They have committed no crime.") + "\n\nSincerely,\n", encoding="utf-8")


def apply_edit(paragraph: list[str], step: tuple) -> None:
    kind, *args = step
    if kind == "insert":
        paragraph.insert(args[0] % (len(paragraph) + 1), args[1])
    elif paragraph and kind == "delete":
        paragraph.pop(args[0] % len(paragraph))
    elif paragraph and kind == "reword":
        index = args[0] % len(paragraph)
        paragraph[index] = paragraph[index].replace(".", " again.", 1)
    elif paragraph and kind == "swap":
        first, second = args[0] % len(paragraph), args[1] % len(paragraph)
        paragraph[first], paragraph[second] = paragraph[second], paragraph[first]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rounds=ROUNDS)
def test_no_human_translation_is_ever_lost(packages: Path, rounds: list[tuple[list, list]]) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "sources").mkdir()
        (project / "uaintl.toml").write_text(
            f'[project]\nlocales = ["be"]\n[mt]\nargos_packages = "{packages}"\nengines = ["argos"]\n'
            "beam_size = 1\nboilerplate = false\n", encoding="utf-8")
        paragraph = SENTENCES[:3]
        po = project / "locales" / UA / "be.po"
        human: set[str] = set()  # every text a person wrote or accepted and has not replaced since

        def uaintl(*args: str) -> None:
            result = runner.invoke(main, ["--project", str(project), *args], catch_exceptions=False)
            assert result.exit_code == 0, result.output

        for number, (edits, reviews) in enumerate(rounds):
            for edit in edits if number else []:
                apply_edit(paragraph, edit)
            write_source(project, paragraph)
            uaintl("extract")
            uaintl("update")
            uaintl("translate", "--engine", "argos")
            kept = {entry.msgstr for entry in read_po(po).entries}
            assert human <= kept, f"lost in round {number}: {sorted(human - kept)}"
            for review in reviews:
                review_once(po, review, f"{number}.{len(human)}", human)


def review_once(po: Path, review: tuple, tag: str, human: set[str]) -> None:
    """A person saves the catalogue with one entry translated anew, or a suggestion accepted."""
    catalog = read_po(po)
    candidates = [entry for entry in catalog.messages if not entry.read_only]
    entry = candidates[review[1] % len(candidates)]
    if review[0] == "review":
        human.discard(entry.msgstr)  # the person replaces their own earlier text
        entry.msgstr = f"Пераклад {tag} ({entry.msgctxt})"
        entry.set_fuzzy(review[2])
    elif entry.msgstr:
        entry.set_fuzzy(False)
    if entry.msgstr:
        human.add(entry.msgstr)
    po.write_bytes(dump_po(catalog))
