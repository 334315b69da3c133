"""The bundled UA boilerplate memory: the recurring text of Urgent Actions, reviewed in be and ru.

``data/boilerplate/*.tmx`` hold headings, action steps, notes, salutations, closings and the letter
and background sentences that recur across appeals, each with its role, one file per theme (adding a
theme is adding a file); ``data/boilerplate-names.toml`` the people
its example sentences name, so that their names can be swapped for the people of a new appeal.
Its suggestions are always fuzzy and labelled with this origin; a project's reviewed catalogues win.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from uaintl.catalog.tmx import ROLE_PROP, TmxUnit, read_tmx
from uaintl.document.segment import split_translation
from uaintl.mt.memory import BOILERPLATE, TranslationMemory, add_tmx
from uaintl.names.match import NameIndex
from uaintl.names.registry import Registry, parse_registry

ORIGIN = "uaintl UA boilerplate (bundled)"
_DATA = resources.files("uaintl.mt") / "data"


def boilerplate_paths() -> list[Path]:
    return sorted(Path(str(_DATA / "boilerplate")).glob("*.tmx"))


def boilerplate_units() -> list[TmxUnit]:
    """Every unit of every boilerplate file, in file order."""
    return [unit for path in boilerplate_paths() for unit in read_tmx(path)]


def boilerplate_registry() -> Registry:
    path = Path(str(_DATA / "boilerplate-names.toml"))
    return parse_registry(path.read_text(encoding="utf-8"), path)


def memory_names(project_registry: Registry | None) -> NameIndex:
    """The project's people, plus the boilerplate's example people the project does not list."""
    people = list(project_registry.people) if project_registry else []
    known = {person.id for person in people} | {person.names["en"] for person in people}
    people += [person for person in boilerplate_registry().people
               if person.id not in known and person.names["en"] not in known]
    return NameIndex(Registry(people, project_registry.path if project_registry else None))


def add_boilerplate(memory: TranslationMemory, source_lang: str, target_lang: str) -> None:
    """The boilerplate's segments, then the sentences of its longer ones on their own (the segmenter
    cuts an action step such as "Write a letter … listed. You can also email them." into sentences,
    and a sentence is what another appeal repeats), then the label and the value of its labelled
    notes on their own (a web page's definition list puts "Preferred language to address target"
    and "Belarusian, Russian." in units of their own)."""
    for path in boilerplate_paths():
        add_tmx(memory, path, source_lang, target_lang, BOILERPLATE, ORIGIN)
    units = boilerplate_units()
    for unit in units:
        source, target = unit.text(source_lang), unit.text(target_lang)
        for sentence, translated in (split_translation(source, target) if source and target else None) or ():
            memory.add(sentence, translated, ORIGIN, unit.props.get(ROLE_PROP), BOILERPLATE)
    for unit in units:
        source, target = unit.text(source_lang), unit.text(target_lang)
        for part, translated in labelled_parts(source, target) if source and target else ():
            memory.add(part, translated, ORIGIN, unit.props.get(ROLE_PROP), BOILERPLATE)


_LABEL_WORDS = 6  # a note's label is short: "Preferred language to address target"


def labelled_parts(source: str, target: str) -> list[tuple[str, str]]:
    """The label ("Name and pronoun:") and the value ("Ales Bialiatski (he/him)") of a labelled note
    line and of its translation, each paired with its translation: only when both have one colon,
    the label is a few words with no markup and the value has words (not a bare tag or URL)."""
    label, colon, value = source.partition(":")
    head, target_colon, tail = target.partition(":")
    if not (colon and target_colon) or source.count(":") != 1 or target.count(":") != 1 or "\n" in source:
        return []
    if "<" in label or not 0 < len(label.split()) <= _LABEL_WORDS or not head.strip():
        return []
    parts = [(label.strip() + ":", head.strip() + ":")]
    value, tail = value.strip(), tail.strip()
    if re.search(r"[^\W\d_]{2,}", re.sub(r"<[^>]*>", "", value)) and tail:
        # a value on its own starts a sentence: «Белорусский, русский.», not «белорусский, …»
        parts.append((value, tail[0].upper() + tail[1:] if value[:1].isupper() else tail))
    return parts
