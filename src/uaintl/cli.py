"""Command line: parses options, calls the packages, prints. No logic of its own."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from uaintl import __version__
from uaintl.catalog.extract import write_templates
from uaintl.catalog.pofile import read_po
from uaintl.catalog.rebuild import rebuild
from uaintl.catalog.stats import catalog_stats
from uaintl.catalog.update import update_catalogs
from uaintl.config import Project, load_project
from uaintl.document.load import document_name, load_document
from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write

T = TypeVar("T")
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _color() -> bool | None:
    return False if os.environ.get("NO_COLOR") else None


def echo(message: str = "", err: bool = False, **style: Any) -> None:
    click.secho(message, err=err, color=_color(), **style)


def progress(items: list[T], label: str) -> Iterable[T]:
    """A progress bar on a terminal, nothing when output is piped or in CI."""
    if not sys.stderr.isatty() or len(items) < 2:
        return items
    return click.progressbar(items, label=label, file=sys.stderr, color=_color())


class UaintlGroup(click.Group):
    """Turns every UaintlError into one clear line on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UaintlError as error:
            echo(f"uaintl: error: {error}", err=True, fg="red")
            ctx.exit(EXIT_USAGE)


@click.group(cls=UaintlGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="uaintl")
@click.option("--project", "project_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Project folder (default: the nearest folder with uaintl.toml).")
@click.pass_context
def main(ctx: click.Context, project_dir: Path | None) -> None:
    """Translate and localise Urgent Action appeals offline."""
    ctx.obj = load_project(project_dir)


pass_project = click.make_pass_decorator(Project)


def _sources(project: Project, documents: tuple[str, ...]) -> list[Path]:
    """Source files named on the command line (as paths or document names), or all of them."""
    if not documents:
        return project.sources()
    chosen = []
    by_name = {document_name(path): path for path in project.sources()} if (
        project.root / project.sources_dir).is_dir() else {}
    for item in documents:
        path = Path(item)
        if path.is_file():
            chosen.append(path)
        elif item in by_name:
            chosen.append(by_name[item])
        else:
            raise UaintlError(f"no such document: {item}", hint=f"documents: {', '.join(by_name) or 'none'}")
    return chosen


def _documents(project: Project, documents: tuple[str, ...]) -> list[str]:
    names = [document_name(Path(item)) for item in documents] or project.documents()
    if not names:
        raise UaintlError("no catalogues yet", project.root / project.locales_dir,
                          hint="run `uaintl extract` first")
    return names


def _locales(project: Project, option: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in option.split(",") if item.strip()) if option else project.locales


locale_option = click.option("--locale", "-l", "locales",
                             help="Comma-separated locales (default: [project] locales).")
format_option = click.option("--format", "output_format", type=click.Choice(["text", "json"]),
                             default="text", show_default=True, help="Output format.")


@main.command()
@click.argument("documents", nargs=-1)
@pass_project
def extract(project: Project, documents: tuple[str, ...]) -> None:
    """Segment source documents into locales/<doc>/<doc>.pot templates."""
    paths = _sources(project, documents)
    loaded = [load_document(path, project.display(path)) for path in progress(paths, "Reading")]
    targets = [project.pot_path(document.name) for document in loaded]
    for document, target, changed in zip(loaded, targets, write_templates(loaded, targets)):
        translatable = sum(unit.translatable for unit in document.units)
        echo(f"{project.display(target)}: {len(document.units)} units, {translatable} translatable"
             f"{'' if changed else ' (unchanged)'}")


@main.command()
@click.argument("documents", nargs=-1)
@locale_option
@pass_project
def update(project: Project, documents: tuple[str, ...], locales: str | None) -> None:
    """Create or merge locales/<doc>/<locale>.po from the template, keeping every translation."""
    jobs = [(project.pot_path(name),
             {locale: project.po_path(name, locale) for locale in _locales(project, locales)})
            for name in _documents(project, documents)]
    for result in update_catalogs(jobs, project.fuzzy_threshold):
        report = result.report
        state = "created" if result.created else ("updated" if result.written else "unchanged")
        echo(f"{project.display(result.path)}: {state}; {report.kept + report.moved} kept, "
             f"{report.fuzzy} fuzzy, {report.new} new, {report.obsoleted} obsolete")


@main.command()
@click.argument("documents", nargs=-1)
@locale_option
@format_option
@pass_project
def stats(project: Project, documents: tuple[str, ...], locales: str | None,
          output_format: str) -> None:
    """Translated, fuzzy and untranslated units and words per document and locale."""
    rows = []
    for name in _documents(project, documents):
        for locale in _locales(project, locales):
            path = project.po_path(name, locale)
            if path.exists():
                rows.append(catalog_stats(name, locale, read_po(path)))
    if output_format == "json":
        echo(json.dumps([row.as_dict() for row in rows], ensure_ascii=False, indent=2))
        return
    header = f"{'document':<24} {'locale':<7} {'units':>5} {'done':>5} {'fuzzy':>5} {'todo':>5} {'words':>6} {'done%':>6}"
    echo(header, bold=True)
    for row in rows:
        echo(f"{row.document:<24} {row.locale:<7} {row.total:>5} {row.translated:>5} {row.fuzzy:>5} "
             f"{row.untranslated:>5} {row.words:>6} {row.percent:>5.1f}%")


@main.command("rebuild")
@click.argument("document")
@click.option("--locale", "-l", help="Use this locale's translations (default: the source text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@pass_project
def rebuild_command(project: Project, document: str, locale: str | None, output: Path | None) -> None:
    """Rebuild a document from its template alone (or with a locale's translations)."""
    name = document_name(Path(document))
    template_path = project.pot_path(name)
    if not template_path.exists():
        raise UaintlError("no template", template_path, hint="run `uaintl extract` first")
    translations = None
    if locale:
        catalog = read_po(project.po_path(name, locale))
        translations = {entry.msgctxt or "": entry.msgstr for entry in catalog.messages
                        if entry.translated}
    text = rebuild(read_po(template_path), translations)
    if output:
        atomic_write(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)


