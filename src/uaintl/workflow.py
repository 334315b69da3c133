"""The main job, ``uaintl run``: extract → update → translate → check → names check → render → report.

Each stage is the same function its own command calls; this module only chains them and collects a
summary. A missing optional engine never fails the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from uaintl import lang
from uaintl.catalog.extract import write_templates
from uaintl.catalog.pofile import check_can_hold, read_po
from uaintl.catalog.stats import catalog_stats
from uaintl.catalog.update import update_catalogs
from uaintl.config import Project
from uaintl.document.load import load_document
from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write
from uaintl.progress import Progress, no_progress
from uaintl.render.report import document_page, render_pages


@dataclass
class RunSummary:
    stages: list[tuple[str, str]] = field(default_factory=list)  # (stage, what it did), in order
    outputs: list[Path] = field(default_factory=list)
    qa_errors: int = 0
    name_findings: int = 0
    unrendered: list[str] = field(default_factory=list)  # "doc/locale" left out: unreviewed or QA errors
    without_letter: list[str] = field(default_factory=list)  # appeals that yield no letter
    unsigned: str = ""  # why the written letters are unsigned ("" when they are signed)

    def say(self, stage: str, message: str) -> None:
        self.stages.append((stage, message))

    @property
    def problems(self) -> list[str]:
        """Why the run needs a person's attention (exit 1); empty when everything was rendered clean."""
        return [reason for count, reason in (
            (self.qa_errors, f"{self.qa_errors} QA error(s)"),
            (self.name_findings, f"{self.name_findings} name finding(s)"),
            (len(self.unrendered), f"{len(self.unrendered)} document(s)/locale(s) not rendered"),
            (len(self.without_letter), f"no letter from {', '.join(self.without_letter)} (see uaintl inspect)"),
            (len(self.unsigned), self.unsigned),
        ) if count]


def name_findings(project: Project, documents: list[str]) -> list:
    from uaintl.names.project import name_index, project_findings

    index = name_index(project)
    if index is None:
        return []
    sources = {path.stem: path for path in project.sources()}
    return project_findings(project, {document: sources.get(document) for document in documents}, index)


def write_report(project: Project, documents: list[str], qa: list, names: list, out_dir: Path) -> Path:
    """``out/report/index.html`` and one page per document in ``out/report/docs/``; returns the index.
    Pages of documents no longer in the project are removed."""
    pages = []
    sources = {path.stem: path for path in project.sources()}
    for document in documents:
        catalogs = {locale: read_po(project.po_path(document, locale)) for locale in project.locales
                    if project.po_path(document, locale).exists()}
        paths = {locale: project.display(project.po_path(document, locale)) for locale in catalogs}
        if document in sources:
            paths["en"] = project.display(sources[document])
        pages.append(document_page(document, read_po(project.pot_path(document)), catalogs, qa, names, paths))
    folder = out_dir / "report"
    files = render_pages(pages)
    for path, data in files.items():
        atomic_write(folder / path, data, durable=False)
    for stale in (folder / "docs").glob("*.html"):
        if f"docs/{stale.name}" not in files:
            stale.unlink()
    return folder / "index.html"


def report_project(project: Project, documents: list[str], out_dir: Path, progress: Progress = no_progress) -> Path:
    """``uaintl report``: check the catalogues and the names, and write the review page."""
    from uaintl.qa.run import check_project

    qa = check_project(project, documents, project.locales, progress=progress)
    return write_report(project, documents, qa.findings, name_findings(project, documents), out_dir)


def check_inputs(project: Project, documents: list[str]) -> None:
    """Read and check every catalogue and the names registry before the run's first write, so that
    a bad file stops the run with nothing changed."""
    from uaintl.names.project import name_index

    for document in documents:
        if project.pot_path(document).exists():
            read_po(project.pot_path(document))
        for locale in project.locales:
            path = project.po_path(document, locale)
            if path.exists():
                profile = lang.find(locale)
                check_can_hold(read_po(path), profile.letters if profile else "", path)
    name_index(project)


def run_all(project: Project, day: date, engine_choice: str | None = None,
            progress: Progress = no_progress) -> RunSummary:
    from uaintl.mt.run import translate_project
    from uaintl.qa.run import check_project
    from uaintl.render.run import plan_render, render_locales, sender_from, write_plan

    from uaintl.document.inspect import inspection_of
    from uaintl.names.project import name_index

    summary = RunSummary()
    sources = project.sources()
    if not sources:
        raise UaintlError("no source documents", project.root / project.sources_dir,
                          hint="put the appeals there")
    with progress("Reading", len(sources)) as advance:
        documents = []
        for path in sources:
            documents.append(load_document(path, project.display(path)))
            advance(1)
    check_inputs(project, [document.name for document in documents])
    write_templates(documents, [project.pot_path(document.name) for document in documents])
    names = [document.name for document in documents]
    summary.say("extract", f"{len(names)} document(s), {sum(len(d.units) for d in documents)} units")
    index = name_index(project)
    for path, document in zip(sources, documents, strict=True):
        appeal = inspection_of(document, path, index).appeal
        if appeal.is_appeal and appeal.no_action_line is None and (not appeal.officials or appeal.letter.kind == "none"):
            summary.without_letter.append(document.name)
        summary.say("structure", f"{document.name}: {len(appeal.officials)} official(s), letter: "
                                 f"{appeal.letter.kind}, {len(appeal.warnings)} warning(s)")
    jobs = [(project.pot_path(name), {locale: project.po_path(name, locale) for locale in project.locales})
            for name in names]
    updated = update_catalogs(jobs, project.fuzzy_threshold)
    summary.say("update", f"{sum(r.written for r in updated)} of {len(updated)} catalogue(s) changed")
    with progress("Translating", len(names) * len(project.locales)) as advance:
        results, routes = translate_project(project, names, project.locales, engine_choice, advance)
    filled = sum(r.report.machine + r.report.memory_exact + r.report.memory_fuzzy for r in results)
    missing = [locale for locale, route in routes.items() if route is None]
    summary.say("translate", f"{filled} entr(ies) pre-filled" +
                (f"; no MT engine for {', '.join(missing)} (memory only)" if missing else ""))
    qa = check_project(project, names, project.locales, progress=progress)
    summary.qa_errors = qa.errors
    summary.say("check", f"{qa.errors} error(s), {len(qa.findings) - qa.errors} warning(s)"
                + "".join(f"; {note}" for note in qa.notes))
    names_found = name_findings(project, names)
    summary.name_findings = len(names_found)
    summary.say("names", f"{len(names_found)} finding(s)")
    out_dir = project.root / "out"
    plan = plan_render(project, names, render_locales(project), day, False, sender_from(project, None, None, None),
                       out_dir, qa.errors_by_path())
    write_plan(plan)
    summary.unrendered = sorted([*plan.incomplete, *plan.refused])
    summary.unsigned = plan.unsigned_warning
    rendered = sorted({str(path.parent.relative_to(out_dir)) for path in plan.files})
    summary.say("render", f"{', '.join(rendered) or 'nothing'}" +
                (f"; not reviewed yet: {', '.join(sorted(plan.incomplete))}" if plan.incomplete else "") +
                (f"; QA errors: {', '.join(sorted(plan.refused))}" if plan.refused else ""))
    summary.outputs = [out_dir / folder for folder in rendered]
    report = write_report(project, names, qa.findings, names_found, out_dir)
    summary.outputs.append(report)
    summary.say("report", project.display(report))
    return summary
