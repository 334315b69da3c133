"""``uaintl render``: the localised document and the letters, per document and locale, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from uaintl import lang
from uaintl.catalog.pofile import read_po
from uaintl.catalog.extract import FORMAT_FIELD, SOURCE_FIELD
from uaintl.catalog.rebuild import rebuild
from uaintl.config import EMAIL_ADDRESS, Project
from uaintl.errors import UaintlError
from uaintl.catalog.units import entry_to_unit
from uaintl.document.appeal import Appeal, recognise
from uaintl.document.formats import format_named
from uaintl.document.inspect import gender_lookup
from uaintl.document.sidecar import load_sidecar
from uaintl.fileio import atomic_write
from uaintl.progress import Progress, no_progress
from uaintl.names.translit import registry_words
from uaintl.render.letters import (Sender, build_letters, draft_banner, letter_email, letter_html, letter_markdown,
                                   letter_text, written_as)
from uaintl.render.localize import Localized, localize


@dataclass
class RenderPlan:
    files: dict[Path, bytes] = field(default_factory=dict)
    incomplete: dict[str, Localized] = field(default_factory=dict)  # "doc/locale" → what is missing
    refused: dict[str, list] = field(default_factory=dict)  # "doc/locale" → QA errors that stopped it
    unsigned: list[str] = field(default_factory=list)  # what the written letters lack: "name", "e-mail"

    @property
    def unsigned_warning(self) -> str:
        """Why the written letters are not ready to send, or "" when they are signed."""
        if not self.unsigned:
            return ""
        return (f"letters written without the sender's {' and '.join(self.unsigned)} (unsigned, .eml without From:); "
                "set [sender] name and email in uaintl.toml or use --sender-name/--sender-email")


def sender_from(project: Project, name: str | None, email: str | None, address: list[str] | None) -> Sender:
    """The options over ``[sender]`` (whose e-mail ``config`` has checked); an option's e-mail that is
    no address is an error, never a ``From: bad`` header."""
    if email is not None and not EMAIL_ADDRESS.fullmatch(email):
        raise UaintlError(f"--sender-email {email!r} is not an e-mail address", hint="e.g. --sender-email hanna@example.org")
    configured = project.settings.get("sender", {})
    return Sender(name or configured.get("name", ""), address or list(configured.get("address", [])),
                  email or configured.get("email", ""))


def template_appeal(project: Project, template, index) -> Appeal:
    """The officials and letter recognised in a template, with the source's corrections applied
    and genders from the names registry where it knows the person."""
    source = template.header_field(SOURCE_FIELD)
    corrections = load_sidecar(project.root / source) if source else None
    return recognise([entry_to_unit(entry) for entry in template.messages], corrections, gender_lookup(index))


def render_locales(project: Project) -> tuple[str, ...]:
    """The project's locales and those written from them (be brings be-Latn)."""
    locales = tuple(project.locales)
    return locales + tuple(profile.code for profile in lang.profiles()
                           if profile.base in locales and profile.code not in locales)


def catalogue_locales(locales: tuple[str, ...]) -> tuple[str, ...]:
    """The locales whose catalogues ``locales`` are rendered from (be-Latn is written from be)."""
    return tuple(dict.fromkeys((profile.base if (profile := lang.find(locale)) and profile.base else locale)
                               for locale in locales))


def plan_render(project: Project, documents: list[str], locales: tuple[str, ...], day: date, allow_fuzzy: bool,
                sender: Sender, out_dir: Path, qa_errors: dict[str, list] | None = None) -> RenderPlan:
    """Files for every document and locale that can be rendered; the others are listed, not written.

    A locale is left out when units are missing or fuzzy (unless ``allow_fuzzy``: then it is a draft)
    or when its catalogue has QA errors (``qa_errors``: catalogue path as displayed → findings).
    """
    from uaintl.names.project import name_index

    plan = RenderPlan()
    index = name_index(project)
    for document in documents:
        template = read_po(project.pot_path(document))
        appeal = template_appeal(project, template, index)
        for locale in locales:
            profile = lang.find(locale)
            written_from = profile if profile and profile.base else None
            base = written_from.base if written_from else locale
            path = project.po_path(document, base)
            errors = (qa_errors or {}).get(project.display(path))
            if errors:
                plan.refused[f"{document}/{locale}"] = errors
                continue
            localized = localize(template, read_po(path) if path.exists() else None, base, allow_fuzzy)
            if not localized.complete:
                plan.incomplete[f"{document}/{locale}"] = localized
                if not allow_fuzzy:
                    continue
            folder = out_dir / document / locale
            texts = localized.texts
            names = registry_words(index.registry, written_from) if written_from and index else {}
            if written_from:
                texts = {key: written_from.transform(value, names) for key, value in texts.items()}
            source = template.header_field(SOURCE_FIELD) or ""
            full = rebuild(template, texts, project.root / source if source else None,
                           None if localized.complete else draft_banner(locale))
            suffix = format_named(template.header_field(FORMAT_FIELD)).output_suffix(Path(source).suffix)
            plan.files[folder / f"{document}{suffix}"] = full.encode("utf-8")
            letters = build_letters(localized, appeal, sender, day)
            if letters and not plan.unsigned:
                plan.unsigned = sender.missing
            for letter in letters:
                letter = written_as(letter, written_from, names) if written_from else letter
                stem = folder / f"letter-{letter.target}"
                plan.files[stem.with_suffix(".txt")] = letter_text(letter).encode("utf-8")
                plan.files[stem.with_suffix(".md")] = letter_markdown(letter).encode("utf-8")
                plan.files[stem.with_suffix(".html")] = letter_html(letter)
                plan.files[stem.with_suffix(".eml")] = letter_email(letter)
    return plan


def write_plan(plan: RenderPlan) -> None:
    for path, data in plan.files.items():
        atomic_write(path, data, durable=False)


def render_project(project: Project, documents: list[str], locales: tuple[str, ...], day: date, allow_fuzzy: bool,
                   force: bool, sender: Sender, out_dir: Path, progress: Progress = no_progress) -> RenderPlan:
    """``uaintl render``: check the catalogues (unless ``force``), then write what can be rendered."""
    from uaintl.qa.run import check_project

    qa_errors = {} if force else check_project(project, documents, catalogue_locales(locales),
                                               progress=progress).errors_by_path()
    plan = plan_render(project, documents, locales, day, allow_fuzzy, sender, out_dir, qa_errors)
    write_plan(plan)
    return plan
