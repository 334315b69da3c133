"""Benchmark: `uaintl update` against Babel's Catalog.update and GNU msgmerge, same input, same run.

A 5,000-entry translated catalogue; the new template has 5% of messages edited, 2% removed and
2% added. Prints seconds, ratios and how many fuzzy matches each tool found.
Run: make bench   (or: .venv/bin/python benchmarks/bench_update.py [--entries N])
"""

from __future__ import annotations

import argparse
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from babel.messages import pofile as babel_pofile

from uaintl.catalog.merge import merge
from uaintl.catalog.model import Catalog, Entry, format_header
from uaintl.catalog.pofile import dump_po, read_po

ROOT = Path(__file__).resolve().parents[1]
HEADER = format_header([("Project-Id-Version", "bench"), ("POT-Creation-Date", "2026-01-01 00:00+0000"),
                        ("Language", "be"), ("MIME-Version", "1.0"),
                        ("Content-Type", "text/plain; charset=UTF-8"),
                        ("Content-Transfer-Encoding", "8bit"),
                        ("Plural-Forms", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                                         "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")])


def vocabulary() -> list[str]:
    text = (ROOT / "sources" / "ua-85-21.md").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"[A-Za-z]{3,}", text)))


def sentence(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(10, 24))).capitalize() + "."


def make_inputs(folder: Path, entries: int, seed: int = 85) -> dict[str, int]:
    rng = random.Random(seed)
    words = vocabulary()
    old = [(f"background/background-{index}.1", sentence(rng, words)) for index in range(entries)]
    po = Catalog(header=Entry(msgid="", msgstr=HEADER), entries=[
        Entry(msgid=msgid, msgctxt=ctxt, msgstr=msgid[::-1], reference_lines=[f"sources/bench.md:{n + 1}"])
        for n, (ctxt, msgid) in enumerate(old)])
    (folder / "be.po").write_bytes(dump_po(po))
    indices = list(range(entries))
    rng.shuffle(indices)
    changed = set(indices[: entries * 5 // 100])
    removed = set(indices[entries * 5 // 100: entries * 7 // 100])
    new = []
    for index, (ctxt, msgid) in enumerate(old):
        if index in removed:
            continue
        if index in changed:
            tokens = msgid.rstrip(".").split()
            tokens[rng.randrange(len(tokens))] = rng.choice(words)
            tokens.insert(rng.randrange(len(tokens)), rng.choice(words))
            msgid = " ".join(tokens) + "."
        new.append((ctxt, msgid))
    added = entries * 2 // 100
    for extra in range(added):
        new.insert(rng.randrange(len(new)), (f"letter/letter-{extra}.1", sentence(rng, words)))
    pot = Catalog(header=Entry(msgid="", msgstr=HEADER.replace("Language: be\n", "")), entries=[
        Entry(msgid=msgid, msgctxt=ctxt, reference_lines=[f"sources/bench.md:{n + 1}"])
        for n, (ctxt, msgid) in enumerate(new)])
    (folder / "bench.pot").write_bytes(dump_po(pot))
    return {"changed": len(changed), "removed": len(removed), "added": added}


def best_of(runs: int, action) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def run_uaintl(folder: Path) -> int:
    catalog, report = merge(read_po(folder / "bench.pot"), read_po(folder / "be.po"))
    (folder / "uaintl.po").write_bytes(dump_po(catalog))
    return report.fuzzy


def run_uaintl_cli(folder: Path) -> int:
    project = folder / "cli"
    (project / "locales" / "bench").mkdir(parents=True, exist_ok=True)
    shutil.copy(folder / "bench.pot", project / "locales" / "bench" / "bench.pot")
    shutil.copy(folder / "be.po", project / "locales" / "bench" / "be.po")
    (project / "uaintl.toml").write_text('[project]\nlocales = ["be"]\n', encoding="utf-8")
    output = subprocess.run([str(Path(sys.executable).parent / "uaintl"), "--project", str(project), "update"],
                            check=True, capture_output=True, text=True).stdout
    return int(re.search(r"(\d+) fuzzy", output).group(1))


def run_babel(folder: Path) -> int:
    with open(folder / "bench.pot", "rb") as handle:
        template = babel_pofile.read_po(handle)
    with open(folder / "be.po", "rb") as handle:
        catalog = babel_pofile.read_po(handle, locale="be")
    catalog.update(template)
    buffer = io.BytesIO()
    babel_pofile.write_po(buffer, catalog)
    (folder / "babel.po").write_bytes(buffer.getvalue())
    return sum(1 for message in catalog if message.id and message.fuzzy)


def run_msgmerge(folder: Path) -> int:
    subprocess.run(["msgmerge", "--quiet", "-o", str(folder / "msgmerge.po"),
                    str(folder / "be.po"), str(folder / "bench.pot")], check=True)
    return sum(1 for entry in read_po(folder / "msgmerge.po").messages if entry.fuzzy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        edits = make_inputs(folder, args.entries)
        print(f"catalogue: {args.entries} entries; template: {edits['changed']} edited, "
              f"{edits['removed']} removed, {edits['added']} added")
        results = {"uaintl update (in process)": best_of(args.runs, lambda: run_uaintl(folder)),
                   "uaintl update (command)": best_of(args.runs, lambda: run_uaintl_cli(folder))}
        if shutil.which("msgmerge"):
            results["GNU msgmerge"] = best_of(args.runs, lambda: run_msgmerge(folder))
        results["Babel Catalog.update"] = best_of(1, lambda: run_babel(folder))
        reference = results["uaintl update (command)"][0]
        print(f"{'tool':<28} {'seconds':>8} {'÷ uaintl cmd':>13} {'fuzzy found':>12}")
        for tool, (seconds, fuzzy) in results.items():
            print(f"{tool:<28} {seconds:>8.3f} {seconds / reference:>12.2f}× {fuzzy:>12}")
        if "GNU msgmerge" in results:
            print(f"uaintl command vs msgmerge: {reference / results['GNU msgmerge'][0]:.2f}× msgmerge's time "
                  "(target ≤ 2×)")
        print(f"Babel vs uaintl command: uaintl is {results['Babel Catalog.update'][0] / reference:.1f}× faster "
              "(target ≥ 10×)")


if __name__ == "__main__":
    main()
