"""``uaintl inspect``: what uaintl recognised in a source document, and what looks wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uaintl.document.appeal import Appeal, GenderLookup, Official, recognise
from uaintl.document.load import load_document
from uaintl.document.model import Document
from uaintl.document.sidecar import load_sidecar


@dataclass
class Inspection:
    document: Document
    appeal: Appeal

    def as_dict(self) -> dict:
        return {"document": self.document.name, "path": self.document.path, "format": self.document.format,
                **self.appeal.as_dict()}


def gender_lookup(index) -> GenderLookup:
    """Gender from the names registry when the person is in it, else inferred from the name."""
    from uaintl.names.people import describe_person

    def lookup(name: str) -> tuple[str | None, str]:
        info = describe_person(name, index)
        return info.gender, info.gender_source

    return lookup


def inspect_document(path: Path, display: str | None = None, index=None) -> Inspection:
    return inspection_of(load_document(path, display), path, index)


def inspection_of(document: Document, path: Path, index=None) -> Inspection:
    """The structure of a document already loaded from ``path`` (its corrections file applied)."""
    return Inspection(document, recognise(document.units, load_sidecar(path), gender_lookup(index)))


def warning_lines(inspection: Inspection) -> list[str]:
    """``path:line: warning: …`` lines, as compilers print them."""
    path = inspection.document.path
    return [f"{path}:{warning.line}: warning: {warning.message}" if warning.line else f"{path}: warning: {warning.message}"
            for warning in inspection.appeal.warnings]


def _official_lines(official: Official) -> list[str]:
    rows = [("name", " ".join(official.honorifics + [official.name]) if official.name else "(none)"),
            ("title", official.title), ("organisation", official.organisation if official.organisation != official.title
                                        else ""),
            ("address", " / ".join(official.address)), ("e-mail", ", ".join(official.emails)),
            ("cc", ", ".join(official.cc)),
            ("contacts", "; ".join(f"{label}: {value}" for label, value in official.contacts.items()
                                   if label.lower().replace("-", "") != "email"))]
    if official.kind == "official":
        rows += [("gender", f"{official.gender or 'unknown'} ({official.gender_source})"),
                 ("salutation", f"{official.salutation} (from {official.salutation_source})")]
    return [f"    {label:<12} {value}" for label, value in rows if value]


def format_inspection(inspection: Inspection) -> str:
    """The text report: officials, copy recipients, the letter, the sections, then the warnings."""
    appeal, document = inspection.appeal, inspection.document
    letter = appeal.letter
    span = f" (lines {letter.first_line}–{letter.last_line})" if letter.first_line else ""
    lines = [f"{document.path} ({document.format}): {len(appeal.officials)} official(s), "
             f"letter: {letter.kind}{span}, deadline: {appeal.deadline.isoformat() if appeal.deadline else 'none'}"]
    if appeal.no_action_line is not None:
        lines.append(f"no further action requested (line {appeal.no_action_line}): an update, no letter expected")
    for heading, people in (("officials", appeal.officials), ("copies to", appeal.copies)):
        if people:
            lines += ["", heading]
            for official in people:
                lines.append(f"  {official.id} (line {official.line})")
                lines += _official_lines(official)
    lines += ["", "sections"]
    for section in appeal.sections:
        roles = ", ".join(f"{role} ×{count}" if count > 1 else role for role, count in section["roles"].items())
        lines.append(f"  {section['name']:<11} lines {section['first_line']}–{section['last_line']}: {roles}")
    if appeal.warnings:
        lines += ["", "warnings"] + [f"  {line}" for line in warning_lines(inspection)]
    return "\n".join(lines)
