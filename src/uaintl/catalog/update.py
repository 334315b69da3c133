"""``uaintl update``: create or merge each locale's catalogue from the document's template."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import PLURALS

from uaintl import __version__, lang
from uaintl.catalog.extract import now_stamp
from uaintl.catalog.merge import MergeReport, merge
from uaintl.catalog.model import Catalog, Entry, format_header
from uaintl.catalog.pofile import dump_po, parse_po, read_po
from uaintl.errors import UaintlError
from uaintl.fileio import PlannedWrite, commit, directory_locks, plan_from_disk



@dataclass
class UpdateResult:
    locale: str
    path: Path
    created: bool
    written: bool
    report: MergeReport


def plural_forms(locale: str) -> str:
    """The locale profile's Plural-Forms; for a language without a profile, Babel's gettext table."""
    profile = lang.find(locale)
    if profile is not None:
        return profile.plural_forms
    language = locale.replace("-", "_").split("_")[0]
    if language in PLURALS:
        count, expression = PLURALS[language]
        return f"nplurals={count}; plural={expression};"
    raise UaintlError(f"no Plural-Forms known for locale {locale!r}",
                      hint="add a locale profile in src/uaintl/lang/")


def language_name(locale: str) -> str:
    try:
        return Locale.parse(locale.replace("-", "_")).get_display_name("en") or locale
    except (UnknownLocaleError, ValueError):
        return locale


def gettext_language(locale: str) -> str:
    """BCP 47 → gettext: pt-BR → pt_BR, be-Latn → be@latin."""
    if locale.endswith("-Latn"):
        return locale[: -len("-Latn")].replace("-", "_") + "@latin"
    return locale.replace("-", "_")


def new_catalog(template: Catalog, locale: str) -> Catalog:
    """An empty catalogue for ``locale`` with the header msginit would write."""
    created = template.header_field("POT-Creation-Date") or now_stamp()
    source = template.header_field("X-Uaintl-Source") or ""
    fields = [
        ("Project-Id-Version", template.header_field("Project-Id-Version") or ""),
        ("Report-Msgid-Bugs-To", ""),
        ("POT-Creation-Date", created),
        ("PO-Revision-Date", created),
        ("Last-Translator", "Automatically generated"),
        ("Language-Team", f"{language_name(locale)} <{locale}@li.org>"),
        ("Language", gettext_language(locale)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms(locale)),
        ("X-Generator", f"uaintl {__version__}"),
        ("X-Uaintl-Source", source),
    ]
    header = Entry(msgid="", msgstr=format_header(fields), translator_comments=[
        f"{language_name(locale)} translation of {source}.", ""])
    catalog, _ = merge(template, Catalog(header=header))
    return catalog


def _merged(template: Catalog, locale: str, threshold: float, result: UpdateResult,
            data: bytes | None) -> bytes:
    """The catalogue's new bytes: ``data`` (its bytes on disk, None if new) merged with the template."""
    if data is None:
        catalog = new_catalog(template, locale)
        result.report = MergeReport(new=len(template.messages))
    else:
        catalog, result.report = merge(template, parse_po(data, result.path), threshold)
    return dump_po(catalog, result.path)


def update_catalogs(jobs: list[tuple[Path, dict[str, Path]]], threshold: float
                    ) -> list[UpdateResult]:
    """Merge each template into its locales' catalogues.

    All folders are locked first and every file is read and merged before the first write, so a
    bad catalogue anywhere stops the run with nothing changed. Only catalogues the merge changed are
    written, and one that someone saved meanwhile is merged again from their version.
    """
    for template_path, _ in jobs:
        if not template_path.exists():
            raise UaintlError("no template to update from", template_path,
                              hint="run `uaintl extract` first")
    planned: list[tuple[UpdateResult, PlannedWrite, Callable[[], PlannedWrite]]] = []
    with directory_locks(template_path.parent for template_path, _ in jobs):
        for template_path, catalogs in jobs:
            template = read_po(template_path)
            for locale, path in catalogs.items():
                result = UpdateResult(locale, path, not path.exists(), False, MergeReport())
                replan = partial(plan_from_disk, path, partial(_merged, template, locale, threshold, result))
                planned.append((result, replan(), replan))
        for result, plan, replan in planned:
            result.written = commit(plan, replan)
    return [result for result, _, _ in planned]
