"""Benchmark: how much of an unseen appeal translation memory pre-fills, and whether it is safe.

Memory = this repository's project (`uaintl.toml`): the reviewed be/ru catalogues of the bundled
sample documents, plus whatever `build_memory` adds by default (the bundled UA boilerplate). The
appeals measured are NOT in that memory: `tests/fixtures/ua-corpus/` (written by the intake
engineer, never read while the boilerplate was written) and `benchmarks/appeals/` (written by the
memory engineer), or the folders given.

For every translatable unit of every appeal and locale, `pretranslate` (memory only, no MT engine)
fills a suggestion, classified as
- exact: an exact match (reviewed, or from the bundled boilerplate);
- adapted: 100% but for placeables (dates, numbers, names, …) that were substituted, or an official's
  line assembled from the memory's translation of the title and the person's name;
- ≥90: a match scoring at least 90 (letter case or punctuation adapted, or fuzzy);
- <90: a weaker fuzzy match;
and judged *stale* when QA's numbers, dates or names check finds a number, a date or a registered
person of the source not carried over into it (or one the source does not have), when a person the
source names — registered or not — has no form of theirs in it (a word whose romanisation skeleton
has the English surname's stem, or that starts like the surname the names package proposes), or when it still names a person of the registry or of the
boilerplate's examples whom the source does not name: such a suggestion misleads. "useful" = exact
+ adapted + ≥90 with nothing stale.

`--before COMMIT` also measures the memory of an older commit (its `src/` from `git archive`, run in
a subprocess) on the same units — segmented by this checkout, so that only the memory differs —
judged by the same checks, and prints both.

Lookup time per unit is compared with a reference measured in the same run: a brute-force rapidfuzz
scan of every memory entry per unit. With `../shared/realworld-po` present, it is measured again with
those 12 real catalogues (≈10,000 entries) added to the memory, to show that lookups stay indexed.

Fragment hints (``# uaintl-tm: fragment: …`` comments on units left empty) are not suggestions and
count in no column above; the share of case-prose units (background, letter, summary, appeal points)
that get at least one is printed on its own, as are the useful units per role and how many suggestions
were composed clause by clause from memory entries (they count in the columns as what they are).

Run: .venv/bin/python benchmarks/bench_memory.py [FOLDER…] [--before COMMIT] [--json]

`benchmarks/heldout/`, `benchmarks/heldout2/` and `benchmarks/heldout3/` hold appeals measured once
each, blind (see `benchmarks/heldout.md`); they are not in the default folders.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = (ROOT / "tests" / "fixtures" / "ua-corpus", ROOT / "benchmarks" / "appeals")
REALWORLD = ROOT.parent / "shared" / "realworld-po"
LOCALES = ("be", "ru")
COLUMNS = ("exact", "adapted", "≥90", "<90", "stale", "useful")
PROSE_ROLES = ("background", "letter", "summary", "appeal-point")
FRAGMENT_COMMENT = "uaintl-tm: fragment:"
COMPOSED_COMMENT = "composed clause by clause"


def appeals(folders: list[Path]) -> list[Path]:
    try:
        from uaintl.document.formats import SOURCE_SUFFIXES
    except ImportError:  # code from before the source-format table
        from uaintl.document.load import SOURCE_SUFFIXES  # type: ignore[no-redef]

    return sorted(path for folder in folders if folder.is_dir() for path in folder.iterdir()
                  if path.suffix.lower() in SOURCE_SUFFIXES)


def segment(paths: list[Path]) -> dict[str, list[dict]]:
    """Each appeal's translatable units (as this checkout segments them), in a form any version reads."""
    from uaintl.catalog.extract import build_template
    from uaintl.document.load import load_document

    return {path.name: [{"msgid": entry.msgid, "msgctxt": entry.msgctxt, "comments": entry.extracted_comments}
                        for entry in build_template(load_document(path), "2026-01-01 00:00+0000").messages
                        if not entry.read_only]
            for path in paths}


def suggest(documents: dict[str, list[dict]], extra_memory: list[Path] = ()) -> dict:
    """Run memory-only pre-translation on every appeal's units; only APIs that older code has too."""
    from rapidfuzz import fuzz, process

    from uaintl.catalog.model import Catalog, Entry
    from uaintl.catalog.pofile import read_po
    from uaintl.config import load_project
    from uaintl.errors import UaintlError
    from uaintl.mt.memory import add_catalog
    from uaintl.mt.pipeline import pretranslate
    from uaintl.mt.setup import build_memory
    try:
        from uaintl.mt.settings import memory_threshold
    except ImportError:  # code from before the [mt] settings module
        from uaintl.mt.setup import memory_threshold  # type: ignore[no-redef]

    project = load_project(ROOT)
    result: dict = {"units": [], "lookup_seconds": 0.0, "scan_seconds": 0.0, "memory_size": {}}
    for locale in LOCALES:
        memory = build_memory(project, locale)
        for path in extra_memory:
            if path.name.endswith(f"__{locale}.po"):
                try:
                    add_catalog(memory, read_po(path), path.name)
                except UaintlError:  # the one catalogue that is invalid upstream
                    continue
        sources = [item if isinstance(item, str) else item[0] for item in memory.sources]
        result["memory_size"][locale] = len(sources)
        for name, rows in documents.items():
            units = [Entry(msgid=row["msgid"], msgctxt=row["msgctxt"], extracted_comments=list(row["comments"]))
                     for row in rows]
            catalog = Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"),
                              entries=units)
            start = time.perf_counter()
            if "catalogs" in inspect.signature(pretranslate).parameters:  # one locale's catalogues at once
                pretranslate([catalog], memory, None, memory_threshold(project))
            else:
                pretranslate(catalog, "en", locale, memory, None, memory_threshold(project))
            result["lookup_seconds"] += time.perf_counter() - start
            start = time.perf_counter()
            for entry in units:
                process.extractOne(entry.msgid, sources, scorer=fuzz.ratio)
            result["scan_seconds"] += time.perf_counter() - start
            for entry in units:
                comment = next((line for line in entry.translator_comments
                                if "-tm:" in line and not line.startswith(FRAGMENT_COMMENT)), "")
                role = next((line[6:] for line in entry.extracted_comments if line.startswith("role: ")), None)
                result["units"].append({"document": name, "locale": locale, "id": entry.msgctxt,
                                        "msgid": entry.msgid, "msgstr": entry.msgstr, "fuzzy": entry.fuzzy,
                                        "comment": comment, "role": role,
                                        "hints": sum(line.startswith(FRAGMENT_COMMENT)
                                                     for line in entry.translator_comments)})
    return result


def classify(unit: dict) -> str:
    import re

    if not unit["msgstr"]:
        return "none"
    comment = unit["comment"]
    if not unit["fuzzy"] or "exact match" in comment:
        return "exact"
    score = re.search(r"(\d+)% match", comment)
    if score and int(score.group(1)) == 100 and "substituted" in comment or "assembled from" in comment:
        return "adapted"
    return "≥90" if score and int(score.group(1)) >= 90 else "<90"


def _surname_present(surname: str, translation: str) -> bool:
    """A word of the translation is a form of this English surname: its skeleton (what romanisations
    disagree on set aside) starts like the surname's stem, case endings and -ou/-ov aside, with at
    most about a third of the stem's letters different (Stsiapanau ~ Степанова, Pavlova ~ Паўлову)."""
    import re

    from rapidfuzz.distance import Levenshtein

    from uaintl.names.match import skeletons

    words = [skeleton for word in re.findall(r"[^\W\d_]{2,}", translation) for skeleton in skeletons(word)]
    for key in skeletons(surname):
        stem = key[:-2] if len(key) >= 7 else key[:-1] if len(key) >= 5 else key
        if any(Levenshtein.distance(stem, word[:len(stem)]) <= (len(stem) + 2) // 3 for word in words):
            return True
    return False


def _proposed_present(name: str, translation: str, locale: str) -> bool:
    """A word of the translation starts like the surname the names package proposes for this person in
    this locale: a Belarusian spelling's Russian form can share no skeleton with it (Tsitsiankou →
    «Титенков»), and is still the person."""
    import re

    from uaintl.names.people import describe_person

    proposed = describe_person(name).forms.name(locale) or ""
    surname = proposed.split()[-1] if proposed else ""
    stem = surname[:max(3, len(surname) - 2)]
    return bool(surname) and re.search(rf"(?<!\w){re.escape(stem)}", translation) is not None


def name_findings(source: str, translation: str, locale: str, names) -> list[str]:
    """People named in the source (registered or not) with no form of theirs in the translation, and
    registered or example people in the translation whom the source does not name."""
    import re

    from uaintl.names.detect import find_people
    from uaintl.names.match import find_mentions

    mentions = [mention for mention in find_mentions(source, names, include_near=False) if mention.person]
    named = {mention.person for mention in mentions}
    people = find_people(source)
    findings = [f"{span.text!r} has no form in the translation" for span in people
                if not any(mention.start < span.end and span.start < mention.end for mention in mentions)
                and not _surname_present(span.surname, translation)
                and not _proposed_present(span.text, translation, locale)]
    for person in names.registry.people:
        surnames = {form.split()[-1] for form in person.case_forms.get(locale, {}).values()}
        # a word that is also a form of a person the source names is theirs: «Евгения Морозова» (Yauhen
        # Marozau, genitive) is not «Елена Морозова» of the boilerplate's examples
        if person.id not in named and any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", translation)
                                          and not any(_surname_present(span.surname, word) for span in people)
                                          for word in surnames):
            findings.append(f"still names {person.name(locale)!r}, whom the source does not name")
    return findings


def judge(suggested: dict) -> dict:
    """Per document and locale: units, counts of each class, stale suggestions (with reasons)."""
    from uaintl.catalog.model import Entry
    from uaintl.config import load_project
    from uaintl.mt.boilerplate import memory_names
    from uaintl.names.project import name_index
    from uaintl.qa.checks import CHECKS, Context

    project_names = name_index(load_project(ROOT))
    names = memory_names(project_names.registry if project_names else None)  # the examples' people too
    table: dict = {}
    for unit in suggested["units"]:
        row = table.setdefault(f"{unit['document']} [{unit['locale']}]", {"units": 0, "stale_examples": []})
        row["units"] += 1
        kind = classify(unit)
        row[kind] = row.get(kind, 0) + 1
        if not unit["msgstr"]:
            continue
        entry = Entry(msgid=unit["msgid"], msgstr=unit["msgstr"])
        context = Context(unit["locale"], names, None)
        reasons = [message for check in ("numbers", "dates", "names") for message in CHECKS[check].run(entry, context)]
        reasons += name_findings(unit["msgid"], unit["msgstr"], unit["locale"], names)
        if reasons:
            row["stale"] = row.get("stale", 0) + 1
            row["stale_examples"].append(f"{unit['id']}: {'; '.join(reasons)}")
        elif kind in ("exact", "adapted", "≥90"):
            row["useful"] = row.get("useful", 0) + 1
            unit["useful"] = True
    return table


def before_run(commit: str, documents: dict[str, list[dict]]) -> dict:
    """The suggestions of an older commit's code for the same units, run in a subprocess on its own ``src``."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], check=True,
                                 capture_output=True).stdout
        tar_path = Path(folder) / "src.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(folder, filter="data")
        units_path = Path(folder) / "units.json"
        units_path.write_text(json.dumps(documents), encoding="utf-8")
        output = subprocess.run(
            [sys.executable, __file__, "--suggest-json", str(units_path)], check=True, capture_output=True,
            text=True, env={**os.environ, "PYTHONPATH": str(Path(folder) / "src")}).stdout
    return json.loads(output)


def share(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "–"


def summary(table: dict) -> dict:
    totals: Counter = Counter()
    shares = []
    for row in table.values():
        totals.update({key: value for key, value in row.items() if isinstance(value, int)})
        shares.append(row.get("useful", 0) / row["units"])
    return {"totals": totals, "median_useful": sorted(shares)[len(shares) // 2],
            "half_useful": sum(value >= 0.5 for value in shares), "documents": len(shares)}


def print_table(title: str, table: dict) -> None:
    print(f"\n{title}\n{'document [locale]':40} units " + " ".join(f"{name:>7}" for name in COLUMNS))
    for name, row in table.items():
        print(f"{name:40} {row['units']:5} " + " ".join(f"{share(row.get(c, 0), row['units']):>7}" for c in COLUMNS))
    result = summary(table)
    totals = result["totals"]
    print(f"{'all units':40} {totals['units']:5} " + " ".join(f"{share(totals.get(c, 0), totals['units']):>7}"
                                                            for c in COLUMNS))
    print(f"median share of useful units per document: {100 * result['median_useful']:.0f}%; "
          f"documents with at least half useful: {result['half_useful']}/{result['documents']}")


def print_speed(label: str, suggested: dict) -> None:
    count = len(suggested["units"])
    lookup = suggested["lookup_seconds"] / count * 1e3
    scan = suggested["scan_seconds"] / count * 1e3
    print(f"{label}: memory {suggested['memory_size']} entries; lookup {lookup:.3f} ms/unit (memory-only "
          f"pretranslate), brute-force scan {scan:.3f} ms/unit, ratio {lookup / scan:.2f}")


def print_hints(label: str, suggested: dict) -> None:
    """How many case-prose units get a fragment hint (they are never counted as suggestions)."""
    prose = [unit for unit in suggested["units"] if unit.get("role") in PROSE_ROLES]
    hinted = [unit for unit in prose if unit.get("hints")]
    empty = [unit for unit in prose if not unit["msgstr"]]
    print(f"{label}: fragment hints on {len(hinted)} of {len(prose)} case-prose units ({share(len(hinted), len(prose))}; "
          f"{share(len(hinted), len(empty))} of the {len(empty)} left empty), "
          f"{sum(unit['hints'] for unit in hinted)} hints; by role: "
          + ", ".join(f"{role} {sum(u['role'] == role for u in hinted)}/{sum(u['role'] == role for u in prose)}"
                      for role in PROSE_ROLES))


def print_roles(label: str, suggested: dict) -> None:
    """Useful units per role (the first locale: be and ru give the same shares), and how many of the
    suggestions were composed clause by clause (``# uaintl-tm: composed clause by clause …``)."""
    units = [unit for unit in suggested["units"] if unit["locale"] == LOCALES[0]]
    roles = Counter(unit.get("role") for unit in units)
    composed = [unit for unit in suggested["units"] if COMPOSED_COMMENT in unit["comment"]]
    print(f"{label}: useful by role ({LOCALES[0]}): " + ", ".join(
        f"{role} {sum(bool(u.get('useful')) for u in units if u.get('role') == role)}/{count}"
        for role, count in roles.most_common()))
    print(f"{label}: composed clause by clause: {len(composed)} suggestions (be+ru), "
          f"{sum(bool(u.get('useful')) for u in composed)} of them useful")


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--suggest-json":
        print(json.dumps(suggest(json.loads(Path(argv[1]).read_text(encoding="utf-8")))))
        return 0
    as_json = "--json" in argv
    before = argv[argv.index("--before") + 1] if "--before" in argv else None
    skip = {before}
    folders = [Path(arg) for arg in argv if not arg.startswith("--") and arg not in skip] or list(DEFAULT_FOLDERS)
    paths = appeals(folders)
    if not paths:
        print("no appeals found in " + ", ".join(map(str, folders)), file=sys.stderr)
        return 2
    documents = segment(paths)
    runs = {"after": suggest(documents)}
    if before:
        runs["before"] = before_run(before, documents)
    tables = {name: judge(run) for name, run in runs.items()}
    scale = suggest(documents, sorted(REALWORLD.glob("*.po"))) if REALWORLD.is_dir() else None
    if as_json:
        print(json.dumps({name: {"table": tables[name], "summary": summary(tables[name]),
                                 "lookup_seconds": run["lookup_seconds"], "scan_seconds": run["scan_seconds"]}
                          for name, run in runs.items()}, ensure_ascii=False, indent=1, default=dict))
        return 0
    print(f"{len(paths)} appeals, {len(LOCALES)} locales")
    for name in ("before", "after"):
        if name in tables:
            print_table(f"{name.upper()} ({before if name == 'before' else 'this checkout'})", tables[name])
    for name in ("before", "after"):
        if name in runs:
            print_speed(name, runs[name])
    if scale:
        print_speed("after, with ../shared/realworld-po in the memory", scale)
    for name in ("before", "after"):
        if name in runs:
            print_hints(name, runs[name])
            print_roles(name, runs[name])
    for row_name, row in tables["after"].items():
        for example in row["stale_examples"][:3]:
            print(f"  stale (after) in {row_name}: {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
