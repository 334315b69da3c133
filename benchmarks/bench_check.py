"""Benchmark: `uaintl check`, `report` and `run` on the bundled sample and on N generated appeals, and the
spelling back-ends (the hunspell program against spylls, loaded from files or from a pickle).

Commands run as a user runs them (a new process each, median of --repeat runs); the reference is
`uaintl --version` in the same run, so the ratios say how much work each command adds to start-up.
Each command is run once more in this process to count its catalogue parses (one per file is the aim).
Run: make bench   (or: .venv/bin/python benchmarks/bench_check.py [--documents 40] [--repeat 3])
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.projects import many_documents  # noqa: E402
from uaintl.catalog.pofile import read_po  # noqa: E402
from uaintl.qa.spelling import Speller, dictionary_path  # noqa: E402

UAINTL = str(Path(sys.executable).with_name("uaintl"))


def seconds(args: list[str], project: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([UAINTL, "--project", str(project), *args], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise SystemExit(f"uaintl {' '.join(args)} failed:\n{done.stderr}")
    return statistics.median(times)


def sample_project(folder: Path) -> Path:
    for name in ("sources", "locales"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "uaintl.toml", folder / "uaintl.toml")
    return folder


def parses(args: list[str], project: Path) -> int:
    """How many times the command parses a catalogue (in this process, as the CLI runs it)."""
    from click.testing import CliRunner

    import uaintl.catalog.pofile as pofile
    from uaintl.cli import main as cli

    count = 0
    parse = pofile._parse_po

    def counted(*args, **kwargs):
        nonlocal count
        count += 1
        return parse(*args, **kwargs)

    pofile._parse_po = counted
    try:
        CliRunner().invoke(cli, ["--project", str(project), *args], catch_exceptions=False)
    finally:
        pofile._parse_po = parse
    return count


def commands(project: Path, label: str, repeat: int, reference: float) -> None:
    files = len(list(project.glob("locales/*/*.po*")))
    for args in (["check"], ["report"], ["run", "--date", "2021-07-14"]):
        took = seconds(args, project, repeat)
        print(f"{label:<16} {args[0]:<7} {took:6.2f} s   {took / reference:5.1f}× start-up   "
              f"{parses(args, project)} parses of {files} catalogue files")


def words_of(projects: list[Path], locale: str) -> list[str]:
    speller = Speller(Path("/nonexistent"))
    found: set[str] = set()
    for project in projects:
        for path in sorted(project.glob(f"locales/*/{locale}.po")):
            for entry in read_po(path).messages:
                found.update(speller.words(entry.msgstr))
    return sorted(found)


def spelling(projects: list[Path]) -> None:
    """Load time of each back-end per locale, and whether they agree on every word of the catalogues."""
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        print("spylls is not installed: pip install spylls to compare it")
        Dictionary = None
    for locale in ("be", "ru"):
        path = dictionary_path(locale)
        if path is None or shutil.which("hunspell") is None:
            print(f"{locale}: hunspell or its dictionary is missing")
            continue
        words = words_of(projects, locale)
        start = time.perf_counter()
        speller = Speller(path, program=shutil.which("hunspell"))
        speller.prepare(words)
        piped = time.perf_counter() - start
        line = f"spelling {locale}: {len(words)} words; hunspell program {piped:.2f} s"
        if Dictionary is not None:
            start = time.perf_counter()
            dictionary = Dictionary.from_files(str(path))
            loaded = time.perf_counter() - start
            known = {word: bool(dictionary.lookup(word) or dictionary.lookup(word.replace("’", "'")))
                     for word in words}
            looked = time.perf_counter() - start - loaded
            data = pickle.dumps(dictionary, protocol=pickle.HIGHEST_PROTOCOL)
            start = time.perf_counter()
            pickle.loads(data)
            unpickled = time.perf_counter() - start
            differ = [word for word in words if known[word] != speller.known(word) and not speller.exempt(word)]
            line += (f"; spylls load {loaded:.2f} s + lookups {looked:.2f} s; spylls from a pickle "
                     f"({len(data) / 1e6:.0f} MB) {unpickled:.2f} s; verdicts differ on {len(differ)} "
                     f"{differ[:8]}")
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sample = sample_project(Path(folder) / "sample")
        many = Path(folder) / "many"
        many_documents(many, options.documents)
        start_up = seconds(["--version"], sample, options.repeat)
        print(f"reference: uaintl --version {start_up:.2f} s")
        commands(sample, "sample", options.repeat, start_up)
        commands(many, f"{options.documents} documents", options.repeat, start_up)
        spelling([sample, many])


if __name__ == "__main__":
    main()
