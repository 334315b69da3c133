"""Output commands: render letters, the review report, and the main job ``run``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from uaintl import cli
from uaintl.config import Project


@click.command()
@click.argument("documents", nargs=-1)
@cli.locale_option
@cli.date_option
@click.option("--allow-fuzzy", is_flag=True, help="Render drafts from fuzzy/missing units, with a DRAFT banner.")
@click.option("--sender-name", help="Sender's name (default: [sender] name).")
@click.option("--sender-email", help="Sender's e-mail (default: [sender] email).")
@cli.out_option
@cli.pass_project
def render(project: Project, documents: tuple[str, ...], locales: str | None, day: dt.datetime | None,
           allow_fuzzy: bool, sender_name: str | None, sender_email: str | None, out_dir: Path | None) -> None:
    """Write out/<doc>/<locale>/: the localised document and one letter per official (txt, md, html, eml)."""
    from uaintl.render.run import plan_render, render_locales, sender_from, write_plan

    chosen = cli.locales(project, locales, render_locales(project))
    plan = plan_render(project, cli.documents(project, documents), chosen, (day.date() if day else dt.date.today()),
                       allow_fuzzy, sender_from(project, sender_name, sender_email, None),
                       out_dir or project.root / "out")
    for key, localized in plan.incomplete.items():
        state = "draft, source used for missing units" if allow_fuzzy else "not rendered"
        cli.echo(f"{key}: {len(localized.missing)} missing, {len(localized.fuzzy)} fuzzy ({state})",
                 fg="yellow", err=not allow_fuzzy)
        for unit_id in localized.missing + localized.fuzzy:
            kind = "missing" if unit_id in localized.missing else "fuzzy"
            cli.echo(f"  {kind}: {unit_id}", err=not allow_fuzzy)
    if plan.incomplete and not allow_fuzzy:
        cli.echo("nothing written: review the units above, or use --allow-fuzzy for drafts", err=True)
        cli.exit_findings(True)
    write_plan(plan)
    for folder in sorted({path.parent for path in plan.files}):
        count = sum(1 for path in plan.files if path.parent == folder)
        cli.echo(f"{project.display(folder)}/: {count} files")


@click.command()
@click.argument("documents", nargs=-1)
@cli.out_option
@cli.pass_project
def report(project: Project, documents: tuple[str, ...], out_dir: Path | None) -> None:
    """Write one static HTML page: progress per locale, source beside translations, QA and name findings."""
    from uaintl.qa.run import check_project
    from uaintl.workflow import name_findings, write_report

    names = cli.documents(project, documents)
    qa = check_project(project, names, project.locales)
    path = write_report(project, names, qa.findings, name_findings(project, names), out_dir or project.root / "out")
    cli.echo(f"{project.display(path)}")


@click.command("run")
@cli.date_option
@click.option("--engine", "engine_choice", help="Comma-separated MT engines (default: [mt] engines).")
@cli.pass_project
def run_command(project: Project, day: dt.datetime | None, engine_choice: str | None) -> None:
    """The main job: extract, update, translate, check, names check, render, report."""
    from uaintl.workflow import run_all

    summary = run_all(project, day.date() if day else dt.date.today(), engine_choice)
    for line in summary.lines:
        cli.echo(line)
    cli.echo("outputs:", bold=True)
    for path in summary.outputs:
        cli.echo(f"  {project.display(path)}")
