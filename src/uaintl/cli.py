"""Command line: the ``uaintl`` group and what every command shares.

Commands live in ``uaintl.commands.<concern>`` and are listed once, in ``COMMANDS`` below; a command
module is imported only when its command runs (or ``--help`` lists it). Each command parses its
options, calls one function of a package, and prints with the helpers here.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from uaintl import __version__
from uaintl.config import Project, load_project
from uaintl.document.load import document_name
from uaintl.errors import UaintlError, os_error

T = TypeVar("T")
EXIT_FINDINGS, EXIT_USAGE = 1, 2  # 0: all is well
JSON_SCHEMA = 1  # bump when a field of the --format json output changes meaning or goes away

# command name → "module:attribute" in uaintl.commands; adding a command is one line here.
COMMANDS = {
    "init": "project:init",
    "inspect": "document:inspect_command",
    "extract": "catalog:extract",
    "update": "catalog:update",
    "stats": "catalog:stats",
    "rebuild": "catalog:rebuild_command",
    "export": "catalog:export_command",
    "import": "catalog:import_command",
    "names": "names:names",
    "engines": "mt:engines",
    "models": "mt:models",
    "translate": "mt:translate",
    "memory": "mt:memory",
    "check": "qa:check_command",
    "render": "render:render",
    "report": "render:report",
    "run": "render:run_command",
}


# ---------------------------------------------------------------- output

def color() -> bool | None:
    """False under NO_COLOR (https://no-color.org); otherwise click decides from the terminal."""
    return False if os.environ.get("NO_COLOR") else None


def echo(message: str = "", err: bool = False, **style: Any) -> None:
    click.secho(message, err=err, color=color(), **style)


def emit_json(**fields: Any) -> None:
    """The one JSON shape: an object with the schema version and named lists (or objects)."""
    click.echo(json.dumps({"schema": JSON_SCHEMA, **fields}, ensure_ascii=False, indent=2))


def interactive() -> bool:
    """Progress bars only on a terminal: never in pipes, logs or CI."""
    return sys.stderr.isatty()


@contextmanager
def progress(label: str, length: int) -> Iterator[Callable[[int], None]]:
    """A progress bar of ``length`` steps on stderr; yields ``advance(steps)``, a no-op off a terminal."""
    if not interactive() or length < 2:
        yield lambda steps: None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr, color=color()) as bar:
        yield bar.update


def track(items: list[T], label: str) -> Iterator[T]:
    """Iterate over ``items`` with a progress bar (see ``progress``)."""
    with progress(label, len(items)) as advance:
        for item in items:
            yield item
            advance(1)


# ---------------------------------------------------------------- the group

class UaintlGroup(click.Group):
    """Loads commands from ``COMMANDS`` on demand; turns every UaintlError into one line and exit 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(f"uaintl.commands.{module}"), attribute)

    def invoke(self, ctx: click.Context) -> Any:
        from uaintl.catalog.pofile import parse_each_version_once

        try:
            with parse_each_version_once():
                return super().invoke(ctx)
        except UaintlError as error:
            echo(f"uaintl: error: {error}", err=True, fg="red")
            ctx.exit(EXIT_USAGE)
        except OSError as error:  # disk full, read-only folder, … wherever it happened
            echo(f"uaintl: error: {os_error(error, None, 'read or write')}", err=True, fg="red")
            ctx.exit(EXIT_USAGE)


@click.group(cls=UaintlGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="uaintl")
@click.option("--project", "project_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Project folder (default: the nearest folder with uaintl.toml).")
@click.pass_context
def main(ctx: click.Context, project_dir: Path | None) -> None:
    """Translate and localise Urgent Action appeals offline."""
    ctx.obj = LazyProject(project_dir)


class LazyProject:
    """The project, loaded when a command first asks for it (``init`` must not need one)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._project: Project | None = None

    def get(self) -> Project:
        if self._project is None:
            self._project = load_project(self.folder)
        return self._project


def pass_project(function: Callable[..., Any]) -> Callable[..., Any]:
    """Hand the command the loaded Project as its first argument."""

    @click.pass_context
    def wrapper(ctx: click.Context, /, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(function, ctx.find_object(LazyProject).get(), *args, **kwargs)

    return click.decorators.update_wrapper(wrapper, function)


# ---------------------------------------------------------------- shared options and arguments

locale_option = click.option("--locale", "-l", "locales",
                             help="Comma-separated locales (default: [project] locales).")
format_option = click.option("--format", "output_format", type=click.Choice(["text", "json"]),
                             default="text", show_default=True, help="Output format.")
date_option = click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]),
                           help="Letter date (default: today).")
out_option = click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                          help="Output folder (default: out/).")


def sources(project: Project, documents: Iterable[str]) -> list[Path]:
    """Source files named on the command line (as paths or document names), or all of them."""
    documents = list(documents)
    if not documents:
        found = project.sources()
        if not found:
            raise UaintlError("no source documents", project.root / project.sources_dir,
                              hint="put the appeals there")
        return found
    chosen = []
    folder = project.root / project.sources_dir
    by_name = {document_name(path): path for path in project.sources()} if folder.is_dir() else {}
    for item in documents:
        path = Path(item)
        if path.is_file():
            chosen.append(path)
        elif (project.root / path).is_file():
            chosen.append(project.root / path)
        elif item in by_name:
            chosen.append(by_name[item])
        else:
            raise UaintlError(f"no such document: {item}", hint=f"documents: {', '.join(by_name) or 'none'}")
    return chosen


def documents(project: Project, names: Iterable[str]) -> list[str]:
    """Documents named on the command line (names or source paths), or every document with a template."""
    known = project.documents()
    if not known:
        raise UaintlError("no catalogues yet", project.root / project.locales_dir,
                          hint="run `uaintl extract` first")
    chosen = [document_name(Path(item)) for item in names] or known
    for name in chosen:
        if name not in known:
            raise UaintlError(f"no such document: {name}", hint=f"documents: {', '.join(known)}")
    return chosen


def locales(project: Project, option: str | None, known: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Locales from a comma-separated option (each one of ``known``, default the project's), or all known."""
    known = known or project.locales
    if not option:
        return known
    chosen = tuple(item.strip() for item in option.split(",") if item.strip())
    for locale in chosen:
        if locale not in known:
            raise UaintlError(f"no such locale: {locale}",
                              hint=f"locales: {', '.join(known)}; others go in [project] locales")
    return chosen


def exit_findings(found: bool) -> None:
    """Exit 1 when a command found problems the user should look at."""
    if found:
        sys.exit(EXIT_FINDINGS)
