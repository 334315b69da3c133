"""``uaintl check``: run the registered checks over the catalogues of a project."""

from __future__ import annotations

from dataclasses import dataclass, field

from uaintl.catalog.pofile import read_po
from uaintl.config import Project
from uaintl.progress import Advance, Progress, no_progress
from uaintl.qa.checks import Context, Finding, check_entry
from uaintl.qa.spelling import speller_for


@dataclass
class CheckRun:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. why spelling was skipped

    @property
    def errors(self) -> int:
        return sum(finding.severity == "error" for finding in self.findings)

    def errors_by_path(self) -> dict[str, list[Finding]]:
        """Error findings per catalogue: what stops ``render`` from writing that catalogue's letters."""
        found: dict[str, list[Finding]] = {}
        for finding in self.findings:
            if finding.severity == "error":
                found.setdefault(finding.path, []).append(finding)
        return found


def check_project(project: Project, documents: list[str], locales: tuple[str, ...],
                  only: set[str] | None = None, progress: Progress = no_progress) -> CheckRun:
    with progress("Checking", len(documents) * len(locales)) as advance:
        return _check(project, documents, locales, only, advance)


def _check(project: Project, documents: list[str], locales: tuple[str, ...], only: set[str] | None,
           advance: Advance) -> CheckRun:
    run = CheckRun()
    from uaintl.names.project import name_index

    names = name_index(project)
    for locale in locales:
        word_list = project.root / project.locales_dir / "spelling" / f"{locale}.txt"
        speller, why = speller_for(locale, word_list) if not only or "spelling" in only else (None, "")
        if speller is None and why:
            run.notes.append(f"spelling skipped for {locale}: {why}")
        context = Context(locale, names, speller)
        catalogs = [(path, read_po(path)) for path in (project.po_path(document, locale) for document in documents)
                    if path.exists()]
        if speller is not None:
            speller.prepare(entry.msgstr for _, catalog in catalogs for entry in catalog.messages)
        for path, catalog in catalogs:
            shown = project.display(path)
            for entry in catalog.messages:
                if not entry.read_only:
                    run.findings += check_entry(entry, context, shown, only)
        advance(len(documents))
    return run
