"""The project's translation memory as files, for other tools and other projects.

``memory export`` writes the reviewed memory (every translated, non-fuzzy unit of every catalogue)
as TMX 1.4b, one ``<tu>`` per source text and role with a variant per locale; ``--boilerplate``
writes the bundled UA boilerplate instead, in the same form. ``memory import``
reads a TMX file into compendium catalogues, ``locales/memory/<name>.<locale>.po``, which
pre-translation uses like the ``[mt] compendia`` (and GNU ``msgmerge --compendium`` can read).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uaintl.catalog.extract import now_stamp
from uaintl.catalog.model import Catalog, Entry, format_header
from uaintl.catalog.pofile import dump_po, read_po
from uaintl.catalog.tmx import ROLE_PROP, UNIT_PROP, TmxUnit, read_tmx, tmx_bytes
from uaintl.catalog.units import unit_comment
from uaintl.catalog.update import gettext_language, plural_forms
from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write, directory_lock

COMPENDIUM_DIR = "memory"


def compendium_dir(project: Project) -> Path:
    return project.root / project.locales_dir / COMPENDIUM_DIR


def compendium_paths(project: Project, locale: str) -> list[Path]:
    """The imported compendia of ``locale``."""
    folder = compendium_dir(project)
    return sorted(folder.glob(f"*.{locale}.po")) if folder.is_dir() else []


def reviewed_units(project: Project, locales: tuple[str, ...]) -> list[TmxUnit]:
    """One unit per source text and role, with each locale's reviewed translation."""
    units: dict[tuple, TmxUnit] = {}
    for document in project.documents():
        by_unit: dict[str, TmxUnit] = {}
        for locale in locales:
            path = project.po_path(document, locale)
            if not path.exists():
                continue
            for entry in read_po(path).messages:
                if not entry.translated or entry.read_only or entry.msgid_plural is not None:
                    continue
                unit = by_unit.setdefault(entry.msgctxt or "", TmxUnit(
                    {project.source_language: entry.msgid},
                    {key: value for key, value in ((ROLE_PROP, unit_comment(entry.extracted_comments, "role")),
                                                   (UNIT_PROP, f"{document}/{entry.msgctxt}")) if value}))
                unit.segments[locale] = entry.msgstr
        for unit in by_unit.values():
            key = (unit.props.get(ROLE_PROP), tuple(sorted(unit.segments.items())))
            units.setdefault(key, unit)
    return list(units.values())


def boilerplate_units(project: Project, locales: tuple[str, ...]) -> list[TmxUnit]:
    """The bundled UA boilerplate's units, with the source and the chosen locales only."""
    from uaintl.mt.boilerplate import boilerplate_units

    units = []
    for unit in boilerplate_units():
        languages = (project.source_language, *locales)
        segments = {language: unit.text(language) for language in languages if unit.text(language)}
        if len(segments) > 1 and project.source_language in segments:
            units.append(TmxUnit(segments, dict(unit.props)))
    return units


def export_memory(project: Project, locales: tuple[str, ...], output: Path, boilerplate: bool = False) -> int:
    """Write the reviewed memory (or the bundled boilerplate) to ``output`` as TMX; returns the
    number of units."""
    if boilerplate:
        units = boilerplate_units(project, locales)
        note = "uaintl's bundled Urgent Action boilerplate."
    else:
        units = reviewed_units(project, locales)
        note = "Reviewed translations of the uaintl project's catalogues."
    atomic_write(output, tmx_bytes(units, project.source_language, note))
    return len(units)


@dataclass
class ImportedCompendium:
    path: Path
    locale: str
    entries: int
    duplicates: int  # source texts seen again with another translation: the first is kept


def _compendium(project: Project, units: list[TmxUnit], locale: str, origin: str) -> tuple[Catalog, int]:
    header = Entry(msgid="", msgstr=format_header([
        ("Project-Id-Version", f"compendium from {origin}"), ("PO-Revision-Date", now_stamp()),
        ("Last-Translator", f"imported from {origin}"), ("Language-Team", locale),
        ("Language", gettext_language(locale)),
        ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"), ("Plural-Forms", plural_forms(locale))]),
        translator_comments=[f"Translation memory imported from {origin}."])
    catalog, seen, duplicates = Catalog(header=header), {}, 0
    for unit in units:
        source, target = unit.text(project.source_language), unit.text(locale)
        if not source or not target:
            continue
        if source in seen:
            duplicates += seen[source] != target
            continue
        seen[source] = target
        role = unit.props.get(ROLE_PROP)
        catalog.entries.append(Entry(msgid=source, msgstr=target, extracted_comments=[f"role: {role}"] if role else [],
                                     reference_lines=[f"{origin}:{unit.line}"]))
    return catalog, duplicates


def import_memory(project: Project, path: Path, locales: tuple[str, ...]) -> list[ImportedCompendium]:
    """Read a TMX file into one compendium per locale it has translations for; all or nothing."""
    units = read_tmx(path)
    if not any(unit.text(project.source_language) for unit in units):
        raise UaintlError(f"no unit has a {project.source_language} segment", path,
                          hint="the memory's source language must be the project's source language")
    folder = compendium_dir(project)
    planned = []
    for locale in locales:
        catalog, duplicates = _compendium(project, units, locale, path.name)
        if catalog.entries:
            target = folder / f"{path.stem}.{locale}.po"
            planned.append((ImportedCompendium(target, locale, len(catalog.entries), duplicates), dump_po(catalog)))
    if not planned:
        raise UaintlError(f"no translations into {', '.join(locales)} in this memory", path,
                          hint="choose the locales with --locale")
    with directory_lock(folder):
        for result, data in planned:
            atomic_write(result.path, data)
    return [result for result, _ in planned]
