"""Catalogue commands: extract, update, stats, rebuild, and XLIFF export/import for CAT tools."""

from __future__ import annotations

from pathlib import Path

import click

from uaintl import cli
from uaintl.catalog.exchange import export_documents, import_files
from uaintl.catalog.extract import SOURCE_FIELD, write_templates
from uaintl.catalog.pofile import read_po
from uaintl.catalog.rebuild import rebuild
from uaintl.catalog.stats import catalog_stats
from uaintl.catalog.update import update_catalogs
from uaintl.catalog.xliff import FORMATS
from uaintl.config import Project
from uaintl.document.load import load_document
from uaintl.fileio import atomic_write


@click.command()
@click.argument("documents", nargs=-1)
@cli.format_option
@cli.pass_project
def extract(project: Project, documents: tuple[str, ...], output_format: str) -> None:
    """Segment source documents into locales/<doc>/<doc>.pot templates."""
    from uaintl.document.inspect import inspection_of, warning_lines
    from uaintl.names.project import name_index

    paths = cli.sources(project, documents)
    loaded = [load_document(path, project.display(path)) for path in cli.track(paths, "Reading")]
    targets = [project.pot_path(document.name) for document in loaded]
    index = name_index(project)
    warnings = [warning_lines(inspection_of(document, path, index)) for path, document in zip(paths, loaded, strict=True)]
    rows = [{"template": project.display(target), "units": len(document.units),
             "translatable": sum(unit.translatable for unit in document.units), "changed": changed,
             "warnings": found}
            for document, target, changed, found in zip(loaded, targets, write_templates(loaded, targets), warnings,
                                                         strict=True)]
    if output_format == "json":
        cli.emit_json(templates=rows)
        return
    for row in rows:
        cli.echo(f"{row['template']}: {row['units']} units, {row['translatable']} translatable"
                 f"{'' if row['changed'] else ' (unchanged)'}")
        for line in row["warnings"]:
            cli.echo(line, err=True, fg="yellow")


@click.command()
@click.argument("documents", nargs=-1)
@cli.locale_option
@cli.format_option
@cli.pass_project
def update(project: Project, documents: tuple[str, ...], locales: str | None, output_format: str) -> None:
    """Create or merge locales/<doc>/<locale>.po from the template, keeping every translation."""
    jobs = [(project.pot_path(name),
             {locale: project.po_path(name, locale) for locale in cli.locales(project, locales)})
            for name in cli.documents(project, documents)]
    rows = [{"catalogue": project.display(result.path), "locale": result.locale,
             "state": "created" if result.created else ("updated" if result.written else "unchanged"),
             "kept": result.report.kept + result.report.moved, "fuzzy": result.report.fuzzy,
             "new": result.report.new, "obsolete": result.report.obsoleted}
            for result in update_catalogs(jobs, project.fuzzy_threshold)]
    if output_format == "json":
        cli.emit_json(catalogues=rows)
        return
    for row in rows:
        cli.echo(f"{row['catalogue']}: {row['state']}; {row['kept']} kept, {row['fuzzy']} fuzzy, "
                 f"{row['new']} new, {row['obsolete']} obsolete")


@click.command()
@click.argument("documents", nargs=-1)
@cli.locale_option
@cli.format_option
@cli.pass_project
def stats(project: Project, documents: tuple[str, ...], locales: str | None, output_format: str) -> None:
    """Translated, fuzzy and untranslated units and words per document and locale."""
    rows = [catalog_stats(name, locale, read_po(project.po_path(name, locale)))
            for name in cli.documents(project, documents) for locale in cli.locales(project, locales)
            if project.po_path(name, locale).exists()]
    if output_format == "json":
        cli.emit_json(catalogues=[row.as_dict() for row in rows])
        return
    cli.echo(f"{'document':<24} {'locale':<7} {'units':>5} {'done':>5} {'fuzzy':>5} {'todo':>5} "
             f"{'words':>6} {'done%':>6} {'read-only':>9}", bold=True)
    for row in rows:
        cli.echo(f"{row.document:<24} {row.locale:<7} {row.total:>5} {row.translated:>5} {row.fuzzy:>5} "
                 f"{row.untranslated:>5} {row.words:>6} {row.percent:>5.1f}% {row.read_only:>9}")
    cli.echo("words: source words as pocount counts them; read-only: units kept as written "
             "(addresses, e-mails), not in the other columns")


@click.command("rebuild")
@click.argument("document")
@click.option("--locale", "-l", help="Use this locale's translations (default: the source text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@cli.pass_project
def rebuild_command(project: Project, document: str, locale: str | None, output: Path | None) -> None:
    """Rebuild a document from its template alone (or with a locale's translations)."""
    [name] = cli.documents(project, [document])
    translations = read_po(project.po_path(name, cli.locales(project, locale)[0])).translations() if locale else None
    template = read_po(project.pot_path(name))
    source = template.header_field(SOURCE_FIELD)
    text = rebuild(template, translations, project.root / source if source else None)
    if output:
        atomic_write(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)


@click.command("export")
@click.argument("documents", nargs=-1)
@cli.locale_option
@click.option("--format", "file_format", type=click.Choice(sorted(FORMATS)), default="xliff12", show_default=True,
              help="XLIFF version: xliff12 (OmegaT, Trados, memoQ, Phrase) or xliff20.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write, for one document and one locale (default: out/xliff/<doc>.<locale>.xlf).")
@cli.pass_project
def export_command(project: Project, documents: tuple[str, ...], locales: str | None, file_format: str,
                   output: Path | None) -> None:
    """Export catalogues as XLIFF for CAT tools: one file per document and locale."""
    paths = export_documents(project, cli.documents(project, documents), cli.locales(project, locales),
                             FORMATS[file_format], output)
    for path in paths:
        cli.echo(f"{project.display(path)}: written")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@cli.format_option
@cli.pass_project
def import_command(project: Project, files: tuple[Path, ...], output_format: str) -> None:
    """Merge translated XLIFF files back into their catalogues; exit 1 on conflicts."""
    results = import_files(project, list(files))
    conflicts = [conflict for result in results for conflict in result.conflicts]
    if output_format == "json":
        cli.emit_json(catalogues=[{"path": project.display(result.catalogue), "applied": result.applied,
                                   "written": result.written} for result in results],
                      conflicts=[conflict.as_dict() for conflict in conflicts])
    else:
        for conflict in conflicts:
            cli.echo(f"{conflict.path}:{conflict.line}: conflict: [{conflict.unit}] {conflict.message}", fg="yellow")
        for result in results:
            state = "updated" if result.written else "unchanged"
            cli.echo(f"{project.display(result.catalogue)}: {state}; {len(result.applied)} unit(s) imported, "
                     f"{len(result.conflicts)} conflict(s)")
    cli.exit_findings(bool(conflicts))
