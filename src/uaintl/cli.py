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
EXIT_FINDINGS, EXIT_USAGE = 1, 2  # 0: all is well


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
    folder = project.root / project.sources_dir
    by_name = {document_name(path): path for path in project.sources()} if folder.is_dir() else {}
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
    for document, target, changed in zip(loaded, targets, write_templates(loaded, targets), strict=True):
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




# ---------------------------------------------------------------- names

@main.group()
def names() -> None:
    """Person names: variants, matching, consistency checks, TBX."""


@names.command("variants")
@click.argument("name")
@click.option("--language", type=click.Choice(["be", "ru"]), default=None,
              help="Language of the Cyrillic name (default: be, or ru for и/ъ/э-less Russian spellings).")
@click.option("--gender", type=click.Choice(["m", "f"]), default="m", show_default=True,
              help="Chooses the case endings.")
@format_option
def names_variants(name: str, language: str | None, gender: str, output_format: str) -> None:
    """Every romanisation scheme's form of NAME, and its case forms."""
    from uaintl.names.inflect import inflect_name
    from uaintl.names.translit import from_lacinka, is_cyrillic, variants

    cyrillic = name if is_cyrillic(name) else " ".join(from_lacinka(word) for word in name.split())
    language = language or ("ru" if any(char in cyrillic.lower() for char in "иъщ") else "be")
    data = {"name": cyrillic, "language": language, "schemes": variants(cyrillic, language),
            "cases": inflect_name(cyrillic, language, gender)}
    if output_format == "json":
        echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    echo(f"{cyrillic} ({language})", bold=True)
    for scheme, form in data["schemes"].items():
        echo(f"  {scheme:<10} {form}")
    for case, form in data["cases"].items():
        echo(f"  {case:<10} {form}")


@names.command("match")
@click.argument("source", type=click.File("r", encoding="utf-8"))
@format_option
@pass_project
def names_match(project: Project, source, output_format: str) -> None:
    """Find person mentions in SOURCE (a file, or - for standard input)."""
    from uaintl.names.match import find_mentions
    from uaintl.names.project import name_index

    text = source.read()
    mentions = find_mentions(text, name_index(project, required=True))
    if output_format == "json":
        echo(json.dumps([mention.as_dict() for mention in mentions], ensure_ascii=False, indent=2))
        return
    for mention in mentions:
        line = text.count("\n", 0, mention.start) + 1
        who = mention.person or "? " + "/".join(mention.near)
        echo(f"{line:>5}  {mention.mention:<28} {who:<18} {mention.system:<24} {mention.score:.2f}")


@names.command("check")
@click.argument("documents", nargs=-1)
@format_option
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (for reports).")
@pass_project
def names_check(project: Project, documents: tuple[str, ...], output_format: str, exit_zero: bool) -> None:
    """Report names written more than one way, wrong forms in catalogues, and unknown people."""
    from uaintl.names.project import name_index, project_findings

    index = name_index(project, required=True)
    sources = {document_name(path): path for path in _sources(project, documents)}
    findings = project_findings(project, sources, index)
    if output_format == "json":
        echo(json.dumps([finding.as_dict() for finding in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            echo(f"{finding.path}:{finding.line}: {finding.kind}: {finding.message}")
        echo(f"{len(findings)} finding(s)", bold=True)
    if findings and not exit_zero:
        sys.exit(EXIT_FINDINGS)


@names.command("export")
@click.option("--tbx", "tbx_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="TBX file to write.")
@click.option("--tbx-version", type=click.Choice(["2", "3"]), default="2", show_default=True,
              help="2: TBX-Basic as <martif> (Weblate, OmegaT); 3: ISO 30042:2019 <tbx> (DCA).")
@pass_project
def names_export(project: Project, tbx_path: Path, tbx_version: str) -> None:
    """Write the registry as TBX-Basic (ISO 30042) for OmegaT, Weblate and memoQ."""
    from uaintl.names.registry import load_registry
    from uaintl.names.tbx import export_tbx

    registry = load_registry(project.names_path)
    atomic_write(tbx_path, export_tbx(registry, int(tbx_version)))
    echo(f"{tbx_path}: {len(registry.people)} people")


@names.command("import")
@click.option("--tbx", "tbx_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TBX file to read.")
@pass_project
def names_import(project: Project, tbx_path: Path) -> None:
    """Merge people from a TBX glossary into locales/names.toml (same id: replaced)."""
    from uaintl.names.registry import Registry, dump_registry, load_registry
    from uaintl.names.tbx import import_tbx

    imported = import_tbx(tbx_path)
    current = load_registry(project.names_path) if project.names_path.exists() else Registry([])
    by_id = {person.id: person for person in current.people}
    for person in imported.people:
        by_id[person.id] = person
    merged = Registry(list(by_id.values()), project.names_path)
    atomic_write(project.names_path, dump_registry(merged).encode("utf-8"))
    echo(f"{project.display(project.names_path)}: {len(imported.people)} imported, {len(merged.people)} in all")


# ---------------------------------------------------------------- machine translation

@main.command()
@format_option
@pass_project
def engines(project: Project, output_format: str) -> None:
    """List the translation engines, the pairs each serves here, and why any is unavailable."""
    from uaintl.mt.setup import engine_statuses

    statuses = engine_statuses(project)
    if output_format == "json":
        echo(json.dumps([{"engine": s.name, "available": s.available,
                          "pairs": [f"{a}-{b}" for a, b in s.pairs], "detail": s.detail}
                         for s in statuses], indent=2))
        return
    echo("memory    available  reviewed translations of this project (+ [mt] compendia)")
    for status in statuses:
        state = "available" if status.available else "missing"
        echo(f"{status.name:<9} {state:<10} {status.detail}", fg=None if status.available else "yellow")


@main.group()
def models() -> None:
    """Install, list and remove argostranslate packages (.argosmodel)."""


@models.command("list")
@pass_project
def models_list(project: Project) -> None:
    """Installed argostranslate packages."""
    from uaintl.mt.argos import installed_packages
    from uaintl.mt.settings import packages_dir

    folder = packages_dir(project)
    packages = installed_packages(folder)
    for package in packages:
        echo(f"{package.from_code}-{package.to_code}  {package.name}  v{package.version}")
    if not packages:
        echo(f"no packages in {folder}")


@models.command("install")
@click.argument("archive", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--download", nargs=2, metavar="FROM TO",
              help="Fetch FROM→TO from argostranslate's package index (the only network access).")
@click.option("--pair", metavar="FROM-TO", help="Refuse the file unless it translates this pair.")
@pass_project
def models_install(project: Project, archive: Path | None, download: tuple[str, str] | None,
                   pair: str | None) -> None:
    """Install an .argosmodel file (checked completely before anything is installed)."""
    from uaintl.mt.argos import download_package, install_package
    from uaintl.mt.settings import packages_dir

    if download:
        package = download_package(download[0], download[1], packages_dir(project))
    elif archive:
        expected = tuple(pair.split("-", 1)) if pair else None
        package = install_package(archive, packages_dir(project), expected)  # type: ignore[arg-type]
    else:
        raise click.UsageError("give an .argosmodel file or --download FROM TO")
    echo(f"installed {package.from_code}-{package.to_code} ({package.name}) in {package.path.parent}")


@models.command("remove")
@click.argument("name")
@pass_project
def models_remove(project: Project, name: str) -> None:
    """Remove an installed package (by folder name or FROM-TO)."""
    from uaintl.mt.argos import remove_package
    from uaintl.mt.settings import packages_dir

    echo(f"removed {remove_package(name, packages_dir(project))}")


@main.command()
@click.argument("documents", nargs=-1)
@locale_option
@click.option("--engine", "engine_choice", help="Comma-separated engines to use, in order (default: [mt] engines).")
@pass_project
def translate(project: Project, documents: tuple[str, ...], locales: str | None, engine_choice: str | None) -> None:
    """Pre-translate empty entries: translation memory first, then MT; all marked for review."""
    from uaintl.mt.run import translate_project

    names = _documents(project, documents)
    chosen = _locales(project, locales)
    bar = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=len(names) * len(chosen), label="Translating", file=sys.stderr,
                                color=_color())
    results, statuses, routes = translate_project(project, names, chosen, engine_choice,
                                                  bar.update if bar else None)
    for locale, route in routes.items():
        if route is None:
            echo(f"{locale}: no machine translation engine for {project.source_language}→{locale} here "
                 "(translation memory only; see `uaintl engines`)", fg="yellow")
    for result in results:
        report = result.report
        echo(f"{project.display(result.path)}: {report.memory_exact} from memory, {report.memory_fuzzy} "
             f"fuzzy from memory, {report.machine} machine ({result.route}), {len(report.failed)} left "
             f"empty, {report.unchanged} unchanged, {report.skipped_human} human")


# ---------------------------------------------------------------- quality

@main.command("check")
@click.argument("documents", nargs=-1)
@locale_option
@format_option
@click.option("--only", help="Comma-separated check ids to run (default: all).")
@pass_project
def check_command(project: Project, documents: tuple[str, ...], locales: str | None, output_format: str,
                  only: str | None) -> None:
    """Check translations: placeholders, numbers, names, spelling, …; exit 1 on errors."""
    from uaintl.qa.checks import CHECKS
    from uaintl.qa.run import check_project

    chosen = {item.strip() for item in only.split(",")} if only else None
    unknown = sorted((chosen or set()) - set(CHECKS))
    if unknown:
        raise click.BadParameter(f"unknown check {unknown[0]!r}; checks: {', '.join(CHECKS)}", param_hint="--only")
    run = check_project(project, _documents(project, documents), _locales(project, locales), chosen)
    if output_format == "json":
        echo(json.dumps({"findings": [finding.as_dict() for finding in run.findings], "notes": run.notes},
                        ensure_ascii=False, indent=2))
    else:
        for note in run.notes:
            echo(note, fg="yellow", err=True)
        for finding in run.findings:
            color = "red" if finding.severity == "error" else None
            echo(f"{finding.path}:{finding.line}: {finding.severity}: {finding.check}: "
                 f"[{finding.msgctxt}] {finding.message}", fg=color)
        warnings = len(run.findings) - run.errors
        echo(f"{run.errors} error(s), {warnings} warning(s)", bold=True)
    if run.errors:
        sys.exit(EXIT_FINDINGS)


# ---------------------------------------------------------------- output

@main.command()
@click.argument("documents", nargs=-1)
@locale_option
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Letter date (default: today).")
@click.option("--allow-fuzzy", is_flag=True, help="Render drafts from fuzzy/missing units, with a DRAFT banner.")
@click.option("--sender-name", help="Sender's name (default: [sender] name).")
@click.option("--sender-email", help="Sender's e-mail (default: [sender] email).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: out/).")
@pass_project
def render(project: Project, documents: tuple[str, ...], locales: str | None, day, allow_fuzzy: bool,
           sender_name: str | None, sender_email: str | None, out_dir: Path | None) -> None:
    """Write out/<doc>/<locale>/: the localised document and one letter per official (txt, md, html, eml)."""
    import datetime as dt

    from uaintl.render.run import plan_render, render_locales, sender_from, write_plan

    chosen = _locales(project, locales) if locales else render_locales(project)
    plan = plan_render(project, _documents(project, documents), chosen, (day.date() if day else dt.date.today()),
                       allow_fuzzy, sender_from(project, sender_name, sender_email, None),
                       out_dir or project.root / "out")
    for key, localized in plan.incomplete.items():
        state = "draft, source used for missing units" if allow_fuzzy else "not rendered"
        echo(f"{key}: {len(localized.missing)} missing, {len(localized.fuzzy)} fuzzy ({state})",
             fg="yellow", err=not allow_fuzzy)
        for unit_id in localized.missing + localized.fuzzy:
            kind = "missing" if unit_id in localized.missing else "fuzzy"
            echo(f"  {kind}: {unit_id}", err=not allow_fuzzy)
    if plan.incomplete and not allow_fuzzy:
        echo("nothing written: review the units above, or use --allow-fuzzy for drafts", err=True)
        sys.exit(EXIT_FINDINGS)
    write_plan(plan)
    folders = sorted({path.parent for path in plan.files})
    for folder in folders:
        count = sum(1 for path in plan.files if path.parent == folder)
        echo(f"{project.display(folder)}/: {count} files")


@main.command()
@click.argument("documents", nargs=-1)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: out/).")
@pass_project
def report(project: Project, documents: tuple[str, ...], out_dir: Path | None) -> None:
    """Write one static HTML page: progress per locale, source beside translations, QA and name findings."""
    from uaintl.qa.run import check_project
    from uaintl.workflow import name_findings, write_report

    names = _documents(project, documents)
    qa = check_project(project, names, project.locales)
    path = write_report(project, names, qa.findings, name_findings(project, names), out_dir or project.root / "out")
    echo(f"{project.display(path)}")


@main.command("run")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Letter date (default: today).")
@click.option("--engine", "engine_choice", help="Comma-separated MT engines (default: [mt] engines).")
@pass_project
def run_command(project: Project, day, engine_choice: str | None) -> None:
    """The main job: extract, update, translate, check, names check, render, report."""
    import datetime as dt

    from uaintl.workflow import run_all

    summary = run_all(project, day.date() if day else dt.date.today(), engine_choice)
    for line in summary.lines:
        echo(line)
    echo("outputs:", bold=True)
    for path in summary.outputs:
        echo(f"  {project.display(path)}")
