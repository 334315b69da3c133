"""Merge a template into a translated catalogue the way GNU msgmerge does, losing nothing.

- same msgctxt and msgid: translation, translator comments and fuzzy state are kept;
- same msgid under another msgctxt (a unit that moved): the translation is kept as it was;
- changed text: the closest old message (Indel similarity ≥ threshold, same msgctxt preferred)
  gives its translation, marked fuzzy with the old msgid as ``#|`` previous msgid;
- messages gone from the template: kept as obsolete ``#~`` entries when they had a translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from uaintl.catalog.model import FUZZY, READ_ONLY, Catalog, Entry

_TOOL_FLAGS = frozenset({FUZZY, READ_ONLY})


@dataclass
class MergeReport:
    kept: int = 0
    moved: int = 0
    fuzzy: int = 0
    new: int = 0
    revived: int = 0
    obsoleted: int = 0
    fuzzy_pairs: list[tuple[str, str]] = field(default_factory=list)


def _translator_flags(entry: Entry) -> list[str]:
    return [flag for flag in entry.flags if flag not in _TOOL_FLAGS and not flag.endswith("-format")]


def _carry(template: Entry, old: Entry, *, fuzzy: bool, previous: Entry | None) -> Entry:
    """The template's message with the old entry's translation and translator's notes."""
    flags = ([FUZZY] if fuzzy else []) + [flag for flag in template.flags if flag != FUZZY]
    flags += [flag for flag in _translator_flags(old) if flag not in flags]
    merged = replace(
        template,
        msgstr=old.msgstr,
        msgstr_plural=dict(old.msgstr_plural),
        translator_comments=list(old.translator_comments),
        flags=flags,
        previous_msgctxt=None,
        previous_msgid=None,
        previous_msgid_plural=None,
        obsolete=False,
        raw=None,
        raw_state=None,
    )
    if previous is not None:
        merged.previous_msgctxt = previous.msgctxt if previous.msgctxt != template.msgctxt else None
        merged.previous_msgid = previous.msgid
        merged.previous_msgid_plural = previous.msgid_plural
    elif fuzzy:
        merged.previous_msgctxt = old.previous_msgctxt
        merged.previous_msgid = old.previous_msgid
        merged.previous_msgid_plural = old.previous_msgid_plural
    if not old.obsolete and merged.state() == old.state():
        merged.raw, merged.raw_state = old.raw, old.raw_state  # untouched: write back byte for byte
    return merged


def _fresh(template: Entry) -> Entry:
    entry = replace(template, flags=[flag for flag in template.flags if flag != FUZZY],
                    raw=None, raw_state=None)
    if entry.read_only:
        entry.msgstr = entry.msgid
    return entry


def _read_only(template: Entry, old: Entry | None) -> Entry:
    """Untranslatable units (addresses, e-mails) always carry the source text as translation."""
    entry = _fresh(template)
    if old is not None:
        entry.translator_comments = list(old.translator_comments)
        if not old.obsolete and entry.state() == old.state():
            entry.raw, entry.raw_state = old.raw, old.raw_state
    return entry


def merge(template: Catalog, old: Catalog, threshold: float = 60.0) -> tuple[Catalog, MergeReport]:
    report = MergeReport()
    live = {entry.key: entry for entry in old.messages}
    obsolete = {entry.key: entry for entry in old.obsolete}
    by_msgid: dict[str, list[Entry]] = {}
    for entry in old.messages:
        by_msgid.setdefault(entry.msgid, []).append(entry)
    candidates = [entry for entry in old.entries if entry.has_translation and not entry.read_only]
    candidate_ids = [entry.msgid for entry in candidates]
    same_slot = {entry.msgctxt: entry for entry in candidates if not entry.obsolete}
    used: set[int] = set()
    merged: list[Entry] = []
    for item in template.messages:
        old_entry = live.get(item.key)
        if item.read_only:
            merged.append(_read_only(item, old_entry))
            if old_entry is not None:
                used.add(id(old_entry))
            continue
        if old_entry is not None:
            used.add(id(old_entry))
            merged.append(_carry(item, old_entry, fuzzy=old_entry.fuzzy, previous=None))
            report.kept += 1
            continue
        same_text = [entry for entry in by_msgid.get(item.msgid, []) if entry.has_translation]
        if same_text:
            moved = same_text[0]
            used.add(id(moved))
            merged.append(_carry(item, moved, fuzzy=moved.fuzzy, previous=None))
            report.moved += 1
            continue
        revived = obsolete.get(item.key)
        if revived is not None and revived.has_translation:
            used.add(id(revived))
            merged.append(_carry(item, revived, fuzzy=revived.fuzzy, previous=None))
            report.revived += 1
            continue
        match = _closest(item, candidates, candidate_ids, same_slot, threshold)
        if match is not None:
            used.add(id(match))
            merged.append(_carry(item, match, fuzzy=True, previous=match))
            report.fuzzy += 1
            report.fuzzy_pairs.append((match.msgid, item.msgid))
            continue
        merged.append(_fresh(item))
        report.new += 1
    for entry in old.messages:
        if id(entry) not in used and entry.has_translation and not entry.read_only:
            merged.append(_obsolete(entry))
            report.obsoleted += 1
    merged += [entry for entry in old.obsolete if id(entry) not in used]
    result = Catalog(header=old.header or template.header, entries=merged,
                     encoding=old.encoding, newline=old.newline, trailer=old.trailer,
                     ending=old.ending)
    created = template.header_field("POT-Creation-Date")
    if created and result.header is not None and result.header_field("POT-Creation-Date") != created:
        result.set_header_field("POT-Creation-Date", created)
    return result, report


def _closest(item: Entry, candidates: list[Entry], candidate_ids: list[str],
             same_slot: dict[str | None, Entry], threshold: float) -> Entry | None:
    """The old message most like ``item``; the one that had the same msgctxt wins if close enough."""
    previous = same_slot.get(item.msgctxt) if item.msgctxt is not None else None
    if previous is not None and fuzz.ratio(item.msgid, previous.msgid) >= threshold:
        return previous
    found = process.extractOne(item.msgid, candidate_ids, scorer=fuzz.ratio, score_cutoff=threshold)
    return candidates[found[2]] if found else None


def _obsolete(entry: Entry) -> Entry:
    return replace(entry, obsolete=True, reference_lines=[], extracted_comments=[],
                   raw=None, raw_state=None)
