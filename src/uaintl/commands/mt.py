"""Machine translation commands: engines, models, translate, memory export/import."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from uaintl import cli
from uaintl.config import Project

MEMORY_DETAIL = "reviewed translations of this project (+ [mt] compendia, locales/memory/)"


@click.command()
@cli.format_option
@cli.pass_project
def engines(project: Project, output_format: str) -> None:
    """List the translation engines, the pairs each serves here, and why any is unavailable."""
    from uaintl.mt.setup import engine_statuses

    statuses = engine_statuses(project)
    if output_format == "json":
        memory = {"engine": "memory", "available": True, "pairs": [], "detail": MEMORY_DETAIL, "servers": {}}
        cli.emit_json(engines=[memory, *({"engine": s.name, "available": s.available,
                                          "pairs": [f"{a}-{b}" for a, b in s.pairs], "detail": s.detail,
                                          "servers": s.servers}
                                         for s in statuses)])
        return
    width = max(len(status.name) for status in statuses)
    cli.echo(f"{'memory':<{width}} {'available':<10} {MEMORY_DETAIL}")
    for status in statuses:
        state = "available" if status.available else "missing"
        cli.echo(f"{status.name:<{width}} {state:<10} {status.detail}", fg=None if status.available else "yellow")
        for url, languages in status.servers.items():
            cli.echo(f"{'':<{width}} {'':<10}   {url}: {languages}")


@click.group()
def models() -> None:
    """Install, list and remove argostranslate packages (.argosmodel)."""


@models.command("list")
@cli.format_option
@cli.pass_project
def models_list(project: Project, output_format: str) -> None:
    """Installed argostranslate packages."""
    from uaintl.mt.argos import installed_packages
    from uaintl.mt.settings import packages_dir

    folder = packages_dir(project)
    packages = installed_packages(folder)
    if output_format == "json":
        cli.emit_json(packages=[{"pair": f"{package.from_code}-{package.to_code}", "name": package.name,
                                 "version": package.version, "path": str(package.path)} for package in packages])
        return
    for package in packages:
        cli.echo(f"{package.from_code}-{package.to_code}  {package.name}  v{package.version}")
    if not packages:
        cli.echo(f"no packages in {folder}")


@models.command("install")
@click.argument("archive", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--download", nargs=2, metavar="FROM TO",
              help="Fetch FROM→TO from argostranslate's package index (the only network access).")
@click.option("--pair", metavar="FROM-TO", help="Refuse the file unless it translates this pair.")
@cli.pass_project
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
    cli.echo(f"installed {package.from_code}-{package.to_code} ({package.name}) in {package.path.parent}")


@models.command("remove")
@click.argument("name")
@cli.pass_project
def models_remove(project: Project, name: str) -> None:
    """Remove an installed package (by folder name or FROM-TO)."""
    from uaintl.mt.argos import remove_package
    from uaintl.mt.settings import packages_dir

    cli.echo(f"removed {remove_package(name, packages_dir(project))}")


@click.command()
@click.argument("documents", nargs=-1)
@cli.locale_option
@click.option("--engine", "engine_choice",
              help="Comma-separated engines to use, in order (default: [mt] engines).")
@click.option("--jobs", type=click.IntRange(min=1),
              help="Requests in flight at once to MT servers (default: [mt] jobs, 4).")
@cli.format_option
@cli.pass_project
def translate(project: Project, documents: tuple[str, ...], locales: str | None, engine_choice: str | None,
              jobs: int | None, output_format: str) -> None:
    """Pre-translate empty entries: translation memory first, then MT; all marked for review."""
    from uaintl.mt.run import translate_project

    names = cli.documents(project, documents)
    chosen = cli.locales(project, locales)
    with cli.progress("Translating", len(names) * len(chosen)) as advance:
        results, routes = translate_project(project, names, chosen, engine_choice, advance, jobs)
    rows = [{"catalogue": project.display(result.path), "document": result.document, "locale": result.locale,
             "route": result.route, "memory": result.report.memory_exact,
             "memory_fuzzy": result.report.memory_fuzzy, "machine": result.report.machine,
             "left_empty": len(result.report.failed), "fragment_hints": result.report.fragment_hints,
             "unchanged": result.report.unchanged,
             "human": result.report.skipped_human, "written": result.written,
             "engine_errors": [{"entry": entry, "error": error} for entry, error in result.report.engine_errors]}
            for result in results]
    if output_format == "json":
        cli.emit_json(routes=[{"locale": locale, "route": route.describe() if route else None}
                              for locale, route in routes.items()], catalogues=rows)
        return
    for locale, route in routes.items():
        if route is None:
            cli.echo(f"{locale}: no machine translation engine for {project.source_language}→{locale} here "
                     "(translation memory only; see `uaintl engines`)", fg="yellow")
    for row in rows:
        hints = f" ({row['fragment_hints']} with fragment hints)" if row["fragment_hints"] else ""
        cli.echo(f"{row['catalogue']}: {row['memory']} from memory, {row['memory_fuzzy']} fuzzy from memory, "
                 f"{row['machine']} machine ({row['route']}), {row['left_empty']} left empty{hints}, "
                 f"{row['unchanged']} unchanged, {row['human']} human")
        for reason, count in Counter(item["error"] for item in row["engine_errors"]).items():
            cli.echo(f"  {count} left empty: {reason}", fg="yellow", err=True)


@click.group()
def memory() -> None:
    """The translation memory as TMX: export the reviewed memory, import a memory as a compendium."""


@memory.command("export")
@cli.locale_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="The TMX file to write (default: out/memory.tmx, or out/boilerplate.tmx).")
@click.option("--boilerplate", is_flag=True, help="Export the bundled UA boilerplate instead of the project's memory.")
@cli.format_option
@cli.pass_project
def memory_export(project: Project, locales: str | None, output: Path | None, boilerplate: bool,
                  output_format: str) -> None:
    """Write every reviewed translation of the project as TMX 1.4b (OmegaT, Trados, translate-toolkit)."""
    from uaintl.mt.compendium import export_memory

    output = output or project.root / "out" / ("boilerplate.tmx" if boilerplate else "memory.tmx")
    count = export_memory(project, cli.locales(project, locales), output, boilerplate)
    if output_format == "json":
        cli.emit_json(file=project.display(output), units=count)
        return
    cli.echo(f"{project.display(output)}: {count} translation unit(s)")


@memory.command("import")
@click.argument("tmx", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@cli.locale_option
@cli.format_option
@cli.pass_project
def memory_import(project: Project, tmx: Path, locales: str | None, output_format: str) -> None:
    """Read a TMX file into compendia (locales/memory/<name>.<locale>.po) that pre-translation uses."""
    from uaintl.mt.compendium import import_memory

    results = import_memory(project, tmx, cli.locales(project, locales))
    if output_format == "json":
        cli.emit_json(compendia=[{"path": project.display(result.path), "locale": result.locale,
                                  "entries": result.entries, "duplicates": result.duplicates} for result in results])
        return
    for result in results:
        duplicates = f", {result.duplicates} other translation(s) of a repeated source left out" \
            if result.duplicates else ""
        cli.echo(f"{project.display(result.path)}: {result.entries} entries{duplicates}")
