"""Quality commands: check."""

from __future__ import annotations

import click

from uaintl import cli
from uaintl.config import Project


@click.command("check")
@click.argument("documents", nargs=-1)
@cli.locale_option
@cli.format_option
@click.option("--only", help="Comma-separated check ids to run (default: all).")
@cli.pass_project
def check_command(project: Project, documents: tuple[str, ...], locales: str | None, output_format: str,
                  only: str | None) -> None:
    """Check translations: placeholders, numbers, names, spelling, …; exit 1 on errors."""
    from uaintl.qa.checks import CHECKS
    from uaintl.qa.run import check_project

    chosen = {item.strip() for item in only.split(",")} if only else None
    unknown = sorted((chosen or set()) - set(CHECKS))
    if unknown:
        raise click.BadParameter(f"unknown check {unknown[0]!r}; checks: {', '.join(CHECKS)}", param_hint="--only")
    run = check_project(project, cli.documents(project, documents), cli.locales(project, locales), chosen,
                        cli.progress)
    if output_format == "json":
        cli.emit_json(findings=[finding.as_dict() for finding in run.findings], notes=run.notes)
    else:
        for note in run.notes:
            cli.echo(note, fg="yellow", err=True)
        for finding in run.findings:
            color = "red" if finding.severity == "error" else None
            cli.echo(f"{finding.path}:{finding.line}: {finding.severity}: {finding.check}: "
                     f"[{finding.msgctxt}] {finding.message}", fg=color)
        cli.echo(f"{run.errors} error(s), {len(run.findings) - run.errors} warning(s)", bold=True)
    cli.exit_findings(run.errors > 0)
