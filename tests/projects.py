"""Large projects for the report test and the benchmarks: N appeals with reviewed catalogues and known problems.

Each document is the bundled appeal with its own number, so its catalogues are the bundled reviewed ones
merged onto its own template; then every third document loses a translation, every fifth has a fuzzy
one and every seventh a wrong number (a QA error), so the report has something to show.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "ua-85-21"


def uaintl(project: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--project", str(project), *args], catch_exceptions=False)
    if result.exit_code not in (0, 1):
        raise RuntimeError(f"uaintl {' '.join(args)}: exit {result.exit_code}\n{result.output}")
    return result.output


def document_names(count: int) -> list[str]:
    return [f"ua-{number:03d}" for number in range(1, count + 1)]


def many_documents(project: Path, count: int, problems: bool = True) -> list[str]:
    """Create (or fill) ``project`` with ``count`` documents; returns their names."""
    (project / "sources").mkdir(parents=True, exist_ok=True)
    (project / "locales").mkdir(exist_ok=True)
    shutil.copy(ROOT / "locales" / "names.toml", project / "locales" / "names.toml")
    shutil.copytree(ROOT / "locales" / "spelling", project / "locales" / "spelling", dirs_exist_ok=True)
    (project / "uaintl.toml").write_text(
        '[project]\nlocales = ["be", "ru"]\n[sender]\nname = "Hanna Example"\nemail = "hanna@example.org"\n',
        encoding="utf-8")
    text = (ROOT / "sources" / f"{SAMPLE}.md").read_text(encoding="utf-8")
    names = document_names(count)
    for name in names:
        (project / "sources" / f"{name}.md").write_text(text, encoding="utf-8")
    uaintl(project, "extract")
    for name in names:
        for locale in ("be", "ru"):
            shutil.copy(ROOT / "locales" / SAMPLE / f"{locale}.po", project / "locales" / name / f"{locale}.po")
    uaintl(project, "update")
    if problems:
        for number, name in enumerate(names, start=1):
            spoil(project / "locales" / name / "be.po", missing=number % 3 == 0, fuzzy=number % 5 == 0,
                  wrong_number=number % 7 == 0)
    return names


def spoil(path: Path, missing: bool, fuzzy: bool, wrong_number: bool) -> None:
    """Give a reviewed catalogue the problems a reviewer must find."""
    catalog = read_po(path)
    translatable = [entry for entry in catalog.messages if not entry.read_only]
    if missing:
        translatable[-1].msgstr = ""
    if fuzzy:
        translatable[2].set_fuzzy(True)
    if wrong_number:
        entry = next(entry for entry in translatable if "2021" in entry.msgstr)
        entry.msgstr = entry.msgstr.replace("2021", "2012", 1)
    path.write_bytes(dump_po(catalog))
