"""Project commands: init."""

from __future__ import annotations

from pathlib import Path

import click

from uaintl import cli


@click.command()
@click.argument("folder", required=False, default=".", type=click.Path(file_okay=False, path_type=Path))
@cli.format_option
def init(folder: Path, output_format: str) -> None:
    """Start a new project in FOLDER (default: here): uaintl.toml, sources/, locales/names.toml, .gitignore."""
    from uaintl.scaffold import create_project

    created = create_project(folder)
    if output_format == "json":
        cli.emit_json(created=[str(path) for path in created])
        return
    for path in created:
        cli.echo(f"created {path}{'/' if path.is_dir() else ''}")
    cli.echo(f"next: put appeals in {folder / 'sources'}/, then `uaintl extract`")
