"""``uaintl update``: create or merge each locale's catalogue from the document's template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import PLURALS

from uaintl import __version__, lang
from uaintl.catalog.extract import now_stamp
from uaintl.catalog.merge import MergeReport, merge
from uaintl.catalog.model import Catalog, Entry, format_header
from uaintl.catalog.pofile import dump_po, read_po
from uaintl.errors import UaintlError
from uaintl.fileio import directory_locks, write_if_changed



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


def update_catalogs(jobs: list[tuple[Path, dict[str, Path]]], threshold: float
                    ) -> list[UpdateResult]:
    """Merge each template into its locales' catalogues.

    All folders are locked first and every file is read and merged before the first write, so a
    bad catalogue anywhere stops the run with nothing changed.
    """
    for template_path, _ in jobs:
        if not template_path.exists():
            raise UaintlError("no template to update from", template_path,
                              hint="run `uaintl extract` first")
    planned: list[tuple[UpdateResult, bytes]] = []
    with directory_locks(template_path.parent for template_path, _ in jobs):
        for template_path, catalogs in jobs:
            template = read_po(template_path)
            for locale, path in catalogs.items():
                created = not path.exists()
                if created:
                    catalog = new_catalog(template, locale)
                    report = MergeReport(new=len(template.messages))
                else:
                    catalog, report = merge(template, read_po(path), threshold)
                planned.append((UpdateResult(locale, path, created, False, report), dump_po(catalog)))
        for result, data in planned:
            result.written = write_if_changed(result.path, data)
    return [result for result, _ in planned]
