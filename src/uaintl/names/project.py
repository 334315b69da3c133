"""The names registry of a project: one place that loads it and runs the project-wide check."""

from __future__ import annotations

from pathlib import Path

from uaintl.catalog.pofile import read_po
from uaintl.config import Project
from uaintl.document.formats import format_for
from uaintl.names.check import Finding, check_catalog, check_text, link_documents
from uaintl.names.match import NameIndex
from uaintl.names.registry import load_registry


def name_index(project: Project, required: bool = False) -> NameIndex | None:
    """The index over ``locales/names.toml``; None when there is none and it is optional."""
    if not required and not project.names_path.exists():
        return None
    return NameIndex(load_registry(project.names_path))


def project_findings(project: Project, documents: dict[str, Path | None], index: NameIndex) -> list[Finding]:
    """Name findings for each document: its source (when given) and its catalogue per locale; an
    unknown person named in several documents is linked across them."""
    findings: list[Finding] = []
    for document, source in documents.items():
        if source is not None:
            findings += check_text(project.display(source), format_for(source).read(source).text, index)
        for locale in project.locales:
            path = project.po_path(document, locale)
            if path.exists():
                findings += check_catalog(project.display(path), read_po(path), locale, index)
    link_documents(findings)
    return findings
