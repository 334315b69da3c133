"""``uaintl render``: the localised document and the letters, per document and locale, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from uaintl.catalog.pofile import read_po
from uaintl.catalog.rebuild import rebuild
from uaintl.config import Project
from uaintl.fileio import atomic_write
from uaintl.names.translit import lacinka_text, registry_lacinka
from uaintl.render.letters import (DRAFT_BANNER, Sender, build_letters, letter_email, letter_html, letter_markdown,
                                   letter_text, to_lacinka)
from uaintl.render.localize import Localized, localize


@dataclass
class RenderPlan:
    files: dict[Path, bytes] = field(default_factory=dict)
    incomplete: dict[str, Localized] = field(default_factory=dict)  # "doc/locale" → what is missing
    drafts: list[str] = field(default_factory=list)


def sender_from(project: Project, name: str | None, email: str | None, address: list[str] | None) -> Sender:
    configured = project.settings.get("sender", {})
    return Sender(name or configured.get("name", ""), address or list(configured.get("address", [])),
                  email or configured.get("email", ""))


def target_genders(index, localized: Localized) -> dict[str, str | None]:
    """Each official's gender from the names registry, found by their name in the source."""
    genders: dict[str, str | None] = {}
    if index is None:
        return genders
    from uaintl.names.match import find_mentions

    for unit in localized.units:
        if unit.role == "target-name" and unit.target:
            people = [mention.person for mention in find_mentions(unit.text, index) if mention.person]
            person = index.registry.get(people[0]) if people else None
            genders[unit.target] = person.gender if person else None
    return genders


def render_locales(project: Project) -> tuple[str, ...]:
    locales = tuple(project.locales)
    return locales + ("be-Latn",) if "be" in locales and "be-Latn" not in locales else locales


def plan_render(project: Project, documents: list[str], locales: tuple[str, ...], day: date, allow_fuzzy: bool,
                sender: Sender, out_dir: Path) -> RenderPlan:
    from uaintl.names.project import name_index

    plan = RenderPlan()
    index = name_index(project)
    latin_names = registry_lacinka(index.registry) if index else {}
    for document in documents:
        template = read_po(project.pot_path(document))
        for locale in locales:
            base = "be" if locale == "be-Latn" else locale
            path = project.po_path(document, base)
            localized = localize(template, read_po(path) if path.exists() else None, base, allow_fuzzy)
            if not localized.complete:
                plan.incomplete[f"{document}/{locale}"] = localized
                if not allow_fuzzy:
                    continue
                plan.drafts.append(f"{document}/{locale}")
            folder = out_dir / document / locale
            texts = localized.texts
            if locale == "be-Latn":
                texts = {key: lacinka_text(value, latin_names) for key, value in texts.items()}
            full = rebuild(template, texts)
            if not localized.complete:
                full = f"{DRAFT_BANNER.get(locale, DRAFT_BANNER['en'])}\n\n{full}"
            plan.files[folder / f"{document}{Path(template.header_field('X-Uaintl-Source') or '.md').suffix}"] = (
                full.encode("utf-8"))
            for letter in build_letters(localized, target_genders(index, localized), sender, day):
                letter = to_lacinka(letter, latin_names) if locale == "be-Latn" else letter
                stem = folder / f"letter-{letter.target}"
                plan.files[stem.with_suffix(".txt")] = letter_text(letter).encode("utf-8")
                plan.files[stem.with_suffix(".md")] = letter_markdown(letter).encode("utf-8")
                plan.files[stem.with_suffix(".html")] = letter_html(letter)
                plan.files[stem.with_suffix(".eml")] = letter_email(letter)
    return plan


def write_plan(plan: RenderPlan) -> None:
    for path, data in plan.files.items():
        atomic_write(path, data)
