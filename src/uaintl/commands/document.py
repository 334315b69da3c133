"""Source document commands: inspect."""

from __future__ import annotations

import click

from uaintl import cli
from uaintl.config import Project


@click.command("inspect")
@click.argument("document")
@cli.format_option
@cli.pass_project
def inspect_command(project: Project, document: str, output_format: str) -> None:
    """Show what uaintl recognised in a source: officials (name, title, e-mails, Cc, gender,
    salutation), copy recipients, the letter, sections and roles, and warnings. Exit 1 on warnings."""
    from uaintl.document.inspect import format_inspection, inspect_document
    from uaintl.names.project import name_index

    path = cli.sources(project, (document,))[0]
    inspection = inspect_document(path, project.display(path), name_index(project))
    if output_format == "json":
        cli.emit_json(**inspection.as_dict())
    else:
        cli.echo(format_inspection(inspection))
    cli.exit_findings(bool(inspection.appeal.warnings))
