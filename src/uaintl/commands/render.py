"""Output commands: render letters, the review report, and the main job ``run``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from uaintl import cli
from uaintl.config import Project

LISTED = 10  # units listed per incomplete document; the report has the rest

def _finding_line(finding) -> str:
    return f"{finding.path}:{finding.line}: {finding.severity}: {finding.check}: [{finding.msgctxt}] {finding.message}"


@click.command()
@click.argument("documents", nargs=-1)
@cli.locale_option
@cli.date_option
@click.option("--allow-fuzzy", is_flag=True, help="Render drafts from fuzzy/missing units, with a DRAFT banner.")
@click.option("--force", is_flag=True, help="Render letters even when their catalogue has QA errors.")
@click.option("--sender-name", help="Sender's name (default: [sender] name).")
@click.option("--sender-email", help="Sender's e-mail (default: [sender] email).")
@cli.out_option
@cli.format_option
@cli.pass_project
def render(project: Project, documents: tuple[str, ...], locales: str | None, day: dt.datetime | None,
           allow_fuzzy: bool, force: bool, sender_name: str | None, sender_email: str | None,
           out_dir: Path | None, output_format: str) -> None:
    """Write out/<doc>/<locale>/: the localised document and one letter per official (txt, md, html, eml).

    A document and locale with missing or fuzzy units, or with QA errors, is listed and not written
    (exit 1); the others are written. Letters without the sender's name or e-mail are written, with exit 1.
    """
    from uaintl.render.run import render_locales, render_project, sender_from

    plan = render_project(project, cli.documents(project, documents),
                          cli.locales(project, locales, render_locales(project)),
                          day.date() if day else dt.date.today(), allow_fuzzy, force,
                          sender_from(project, sender_name, sender_email, None), out_dir or project.root / "out",
                          cli.progress)
    folders = sorted({path.parent for path in plan.files})
    blocked = plan.refused or (plan.incomplete and not allow_fuzzy)
    needs_review = bool(blocked or plan.unsigned)
    if output_format == "json":
        cli.emit_json(
            rendered=[{"folder": project.display(folder), "files": sorted(project.display(path) for path in plan.files
                                                                          if path.parent == folder)}
                      for folder in folders],
            incomplete=[{"key": key, "missing": item.missing, "fuzzy": item.fuzzy, "written": allow_fuzzy}
                        for key, item in plan.incomplete.items()],
            refused=[{"key": key, "findings": [finding.as_dict() for finding in found]}
                     for key, found in plan.refused.items()],
            unsigned=plan.unsigned)
        cli.exit_findings(needs_review)
        return
    for key, localized in plan.incomplete.items():
        state = "draft, source used for missing units" if allow_fuzzy else "not rendered"
        cli.echo(f"{key}: {len(localized.missing)} missing, {len(localized.fuzzy)} fuzzy ({state})",
                 fg="yellow", err=not allow_fuzzy)
        listed = [("missing", unit_id) for unit_id in localized.missing] + [("fuzzy", unit_id) for unit_id in localized.fuzzy]
        for kind, unit_id in listed[:LISTED]:
            cli.echo(f"  {kind}: {unit_id}", err=not allow_fuzzy)
        if len(listed) > LISTED:
            cli.echo(f"  … and {len(listed) - LISTED} more (uaintl report shows them all)", err=not allow_fuzzy)
    for key, found in plan.refused.items():
        cli.echo(f"{key}: {len(found)} QA error(s) (not rendered)", fg="red", err=True)
        for finding in found:
            cli.echo(f"  {_finding_line(finding)}", err=True)
    for folder in folders:
        count = sum(1 for path in plan.files if path.parent == folder)
        cli.echo(f"{project.display(folder)}/: {count} files")
    if blocked:
        cli.echo("not rendered: " + ", ".join(sorted([*plan.refused, *([] if allow_fuzzy else plan.incomplete)]))
                 + " (review them; --allow-fuzzy writes drafts, --force ignores QA errors)", err=True)
    if plan.unsigned:
        cli.echo(plan.unsigned_warning, fg="yellow", err=True)
    cli.exit_findings(needs_review)


@click.command()
@click.argument("documents", nargs=-1)
@cli.out_option
@cli.format_option
@cli.pass_project
def report(project: Project, documents: tuple[str, ...], out_dir: Path | None, output_format: str) -> None:
    """Write the review report: out/report/index.html and one page per document (counts, findings, filters)."""
    from uaintl.workflow import report_project

    path = report_project(project, cli.documents(project, documents), out_dir or project.root / "out", cli.progress)
    if output_format == "json":
        cli.emit_json(outputs=[project.display(path)])
    else:
        cli.echo(project.display(path))


@click.command("run")
@cli.date_option
@click.option("--engine", "engine_choice", help="Comma-separated MT engines (default: [mt] engines).")
@cli.format_option
@cli.pass_project
def run_command(project: Project, day: dt.datetime | None, engine_choice: str | None, output_format: str) -> None:
    """The main job: extract, update, translate, check, names check, render, report.

    Exits 1 when checks report errors, names are inconsistent, or a document is left unrendered.
    """
    from uaintl.workflow import run_all

    summary = run_all(project, day.date() if day else dt.date.today(), engine_choice, cli.progress)
    if output_format == "json":
        cli.emit_json(stages=[{"stage": stage, "summary": message} for stage, message in summary.stages],
                      outputs=[project.display(path) for path in summary.outputs],
                      unrendered=summary.unrendered, problems=summary.problems)
    else:
        for stage, message in summary.stages:
            cli.echo(f"{stage}: {message}")
        cli.echo("outputs:", bold=True)
        for path in summary.outputs:
            cli.echo(f"  {project.display(path)}")
        if summary.problems:
            cli.echo(f"needs review: {'; '.join(summary.problems)} (see {project.display(summary.outputs[-1])})",
                     fg="yellow", bold=True)
    cli.exit_findings(bool(summary.problems))
