"""``uaintl export`` and ``uaintl import``: a project's catalogues to and from XLIFF files.

Import validates every file completely (XML, version, document, locale, unit ids, tags) before the
first catalogue is written, then writes each changed catalogue atomically; a catalogue saved by
someone else meanwhile is read again and the import redone on their version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from uaintl.catalog.pofile import dump_po, parse_po, read_po
from uaintl.catalog.xliff import Conflict, XliffFile, apply_units, check_units, export_xliff, read_xliff
from uaintl.config import Project
from uaintl.document.load import document_name
from uaintl.errors import UaintlError
from uaintl.fileio import PlannedWrite, atomic_write, commit, directory_locks, plan_from_disk, read_tracked


def default_export_path(project: Project, document: str, locale: str) -> Path:
    return project.root / "out" / "xliff" / f"{document}.{locale}.xlf"


def export_documents(project: Project, documents: list[str], locales: tuple[str, ...], version: str,
                     output: Path | None = None) -> list[Path]:
    """One XLIFF file per document and locale; ``output`` names the file when there is only one."""
    pairs = [(document, locale) for document in documents for locale in locales]
    if output is not None and len(pairs) != 1:
        raise UaintlError(f"-o names one file but {len(pairs)} would be written",
                          hint="name one document and one --locale, or leave -o out (files go to out/xliff/)")
    planned = []
    for document, locale in pairs:
        template_path, path = project.pot_path(document), project.po_path(document, locale)
        if not template_path.exists():
            raise UaintlError("no template", template_path, hint="run `uaintl extract` first")
        if not path.exists():
            raise UaintlError(f"no {locale} catalogue", path, hint=f"run `uaintl update --locale {locale}` first")
        data = export_xliff(read_po(template_path), read_po(path), locale, version, project.source_language)
        planned.append((output or default_export_path(project, document, locale), data))
    for target, data in planned:
        atomic_write(target, data)
    return [target for target, _ in planned]


@dataclass
class ImportResult:
    catalogue: Path
    sources: list[Path]
    applied: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    written: bool = False


def _catalogue_of(project: Project, xliff: XliffFile) -> Path:
    document = document_name(Path(xliff.original)) if xliff.original else ""
    if document not in project.documents():
        raise UaintlError(f"the file is for document {document or '?'!r}, which this project does not have",
                          xliff.path, hint=f"documents: {', '.join(project.documents()) or 'none'}")
    path = project.po_path(document, xliff.locale)
    if not path.exists():
        raise UaintlError(f"no {xliff.locale} catalogue for {document}", xliff.path,
                          hint=f"the file's target language is {xliff.locale}; run `uaintl update` first")
    return path


def _build(result: ImportResult, files: list[XliffFile], data: bytes | None) -> bytes:
    """The catalogue with the XLIFF files applied in order; records what was applied."""
    if data is None:
        raise UaintlError("the catalogue was removed during the import", result.catalogue)
    catalog = parse_po(data, result.catalogue)
    result.applied, result.conflicts = [], []
    for xliff in files:
        check_units(xliff, catalog)
        applied, conflicts = apply_units(xliff, catalog, str(xliff.path))
        result.applied += applied
        result.conflicts += conflicts
    return dump_po(catalog) if result.applied else data


def import_files(project: Project, paths: list[Path]) -> list[ImportResult]:
    """Merge XLIFF files back into their catalogues: all checked first, then written atomically."""
    by_catalogue: dict[Path, list[XliffFile]] = {}
    for path in paths:
        xliff = read_xliff(path)
        by_catalogue.setdefault(_catalogue_of(project, xliff), []).append(xliff)
    results: list[tuple[ImportResult, PlannedWrite]] = []
    with directory_locks(catalogue.parent for catalogue in by_catalogue):
        for catalogue, files in by_catalogue.items():
            result = ImportResult(catalogue, [xliff.path for xliff in files])
            data, state = read_tracked(catalogue)
            results.append((result, PlannedWrite(catalogue, _build(result, files, data), data, state)))
        for result, plan in results:
            files = by_catalogue[result.catalogue]
            result.written = commit(plan, partial(plan_from_disk, result.catalogue, partial(_build, result, files)))
    return [result for result, _ in results]
