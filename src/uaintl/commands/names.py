"""Person-name commands: ``uaintl names variants|match|check|add|export|import``."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import click

from uaintl import cli
from uaintl.config import Project
from uaintl.errors import line_at
from uaintl.document.load import document_name
from uaintl.fileio import atomic_write


@click.group()
def names() -> None:
    """Person names: variants, matching, consistency checks, TBX."""


@names.command("variants")
@click.argument("name")
@click.option("--language", type=click.Choice(["be", "ru"]), default=None,
              help="Language of the Cyrillic name (default: be, or ru for и/ъ/щ in the name).")
@click.option("--gender", type=click.Choice(["m", "f"]), default="m", show_default=True,
              help="Chooses the case endings.")
@cli.format_option
def names_variants(name: str, language: str | None, gender: str, output_format: str) -> None:
    """Every romanisation scheme's form of NAME, and its case forms."""
    from uaintl.names.forms import name_forms

    forms = name_forms(name, language, gender)
    if output_format == "json":
        cli.emit_json(**forms.as_dict())
        return
    cli.echo(f"{forms.name} ({forms.language})", bold=True)
    for label, form in [*forms.schemes.items(), *forms.cases.items()]:
        cli.echo(f"  {label:<10} {form}")


@names.command("match")
@click.argument("source", type=click.File("r", encoding="utf-8"))
@cli.format_option
@cli.pass_project
def names_match(project: Project, source: TextIO, output_format: str) -> None:
    """Find person mentions in SOURCE (a file, or - for standard input)."""
    from uaintl.names.match import find_mentions
    from uaintl.names.project import name_index

    text = source.read()
    mentions = find_mentions(text, name_index(project, required=True))
    if output_format == "json":
        cli.emit_json(mentions=[mention.as_dict() for mention in mentions])
        return
    for mention in mentions:
        line = line_at(text, mention.start)
        who = mention.person or "? " + "/".join(mention.near)
        cli.echo(f"{line:>5}  {mention.mention:<28} {who:<18} {mention.system:<24} {mention.score:.2f}")


@names.command("check")
@click.argument("documents", nargs=-1)
@cli.format_option
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (for reports).")
@cli.pass_project
def names_check(project: Project, documents: tuple[str, ...], output_format: str, exit_zero: bool) -> None:
    """Report names written more than one way, wrong forms in catalogues, and unknown people."""
    from uaintl.names.project import name_index, project_findings

    index = name_index(project, required=True)
    sources = {document_name(path): path for path in cli.sources(project, documents)}
    findings = project_findings(project, sources, index)
    if output_format == "json":
        cli.emit_json(findings=[finding.as_dict() for finding in findings])
    else:
        for finding in findings:
            cli.echo(f"{finding.path}:{finding.line}: {finding.kind}: {finding.message}")
        cli.echo(f"{len(findings)} finding(s)", bold=True)
    cli.exit_findings(bool(findings) and not exit_zero)


@names.command("export")
@click.option("--tbx", "tbx_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="TBX file to write.")
@click.option("--tbx-version", type=click.Choice(["2", "3"]), default="2", show_default=True,
              help="2: TBX-Basic as <martif> (Weblate, OmegaT); 3: ISO 30042:2019 <tbx> (DCA).")
@cli.pass_project
def names_export(project: Project, tbx_path: Path, tbx_version: str) -> None:
    """Write the registry as TBX-Basic (ISO 30042) for OmegaT, Weblate and memoQ."""
    from uaintl.names.registry import load_registry
    from uaintl.names.tbx import export_tbx

    registry = load_registry(project.names_path)
    atomic_write(tbx_path, export_tbx(registry, int(tbx_version)))
    cli.echo(f"{tbx_path}: {len(registry.people)} people")


@names.command("import")
@click.option("--tbx", "tbx_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TBX file to read.")
@cli.pass_project
def names_import(project: Project, tbx_path: Path) -> None:
    """Merge people from a TBX glossary into locales/names.toml (same id: replaced)."""
    from uaintl.names.tbx import import_into

    imported, merged = import_into(project.names_path, tbx_path)
    cli.echo(f"{project.display(project.names_path)}: {len(imported.people)} imported, "
             f"{len(merged.people)} in all")


@names.command("add")
@click.argument("name", required=False)
@click.option("--from", "findings_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Add every unknown-person finding of this `names check --format json` output (after review).")
@click.option("--id", "person_id", help="Registry id (default: from the surname).")
@click.option("--gender", type=click.Choice(["m", "f"]), help="Override the inferred gender.")
@click.option("--role", help='e.g. "official".')
@click.option("--en", help="English form (default: NAME as written).")
@click.option("--be", help="Belarusian form (default: the proposed one).")
@click.option("--ru", help="Russian form (default: the proposed one).")
@click.option("--be-latn", "be_latn", help="Łacinka form (default: the proposed one).")
@click.option("--alias", "aliases", multiple=True, help="Another spelling seen (repeatable).")
@click.option("--dry-run", is_flag=True, help="Show the entries; write nothing.")
@cli.format_option
@cli.pass_project
def names_add(project: Project, name: str | None, findings_path: Path | None, person_id: str | None,
              gender: str | None, role: str | None, en: str | None, be: str | None, ru: str | None,
              be_latn: str | None, aliases: tuple[str, ...], dry_run: bool, output_format: str) -> None:
    """Add NAME to locales/names.toml with the forms `names check` proposes and your corrections,
    or (--from) the reviewed findings of `names check --format json`. Comments and order are kept."""
    from uaintl.names.add import add_to_registry, entries_from_findings, entry_for, preview
    from uaintl.names.project import name_index

    if (name is None) == (findings_path is None):
        raise click.UsageError("give a NAME or --from FINDINGS.json (one of the two)")
    if findings_path is not None:
        entries = entries_from_findings(findings_path)
    else:
        overrides = {"id": person_id, "gender": gender, "role": role, "en": en, "be": be, "ru": ru,
                     "be-Latn": be_latn, "aliases": list(aliases)}
        entries = [entry_for(name, name_index(project), **overrides)]
    added = [] if dry_run else add_to_registry(project.names_path, entries)
    if output_format == "json":
        cli.emit_json(added=added, entries=entries)
        return
    cli.echo(preview(entries), nl=False)
    if dry_run:
        cli.echo("(dry run: nothing written)")
    else:
        cli.echo(f"{project.display(project.names_path)}: added {', '.join(added) or 'nobody'}", bold=True)
