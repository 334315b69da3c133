"""Merge a template into a translated catalogue the way GNU msgmerge does, losing nothing.

Faithful to ``msgmerge --previous`` (gettext 0.21, msgmerge.c and msgl-fsearch.c):
- same msgctxt and msgid, live or obsolete (an obsolete one is revived): translation, translator
  comments and fuzzy state kept;
- changed text: the most similar old message with a translation, live or obsolete, gives its
  translation, marked fuzzy. Similarity is GNU's fstrcmp (an Indel ratio over the UTF-8 bytes),
  it must exceed the threshold (0.6), a message with the same or no msgctxt gets a 0.00001 bonus,
  and ties go to the candidate sharing most 4-grams with the new msgid, then to the earlier one;
- the ``#|`` previous msgid is the msgid the translator last translated: the old message's msgid
  when it was translated, its own ``#|`` when it was already fuzzy; it is dropped from messages
  that end up not fuzzy or untranslated;
- messages gone from the template: kept as obsolete ``#~`` entries when they had a translation.

Two additions of uaintl's own: msgctxt is a unit's position in the document, so the same msgid under
a new msgctxt (a unit that moved) keeps its translation as it was, where GNU would mark it fuzzy; and
a unit the segmenter now splits into sentences (``action/action-step-2`` → ``…-2.1``, ``…-2.2``) gives
each sentence its own sentence of the old translation, marked fuzzy with the old msgid as ``#|``,
where the translation splits into as many sentences with the same tags and numbers (GNU would give
the whole translation to the most similar sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from uaintl.catalog.model import FUZZY, READ_ONLY, Catalog, Entry
from uaintl.catalog.origin import SUGGESTION_COMMENT, settle
from uaintl.document.model import split_sentence_id
from uaintl.document.segment import split_translation

_TOOL_FLAGS = frozenset({FUZZY, READ_ONLY})
_TAG_NUMBER = re.compile(r"<(/?)\d+(/?)>")
_CONTEXT_BONUS = 0.00001  # msgmerge's small advantage for a candidate valid in this msgctxt


@dataclass
class MergeReport:
    kept: int = 0
    moved: int = 0
    fuzzy: int = 0
    new: int = 0
    revived: int = 0
    obsoleted: int = 0


def _translator_flags(entry: Entry) -> list[str]:
    return [flag for flag in entry.flags if flag not in _TOOL_FLAGS and not flag.endswith("-format")]


def _first_form(entry: Entry) -> str:
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural is not None else entry.msgstr


def _carry(template: Entry, old: Entry, *, fuzzy: bool, nplurals: int) -> Entry:
    """The template's message with the old entry's translation and translator's notes."""
    if template.msgid_plural != old.msgid_plural:
        fuzzy = True  # msgmerge: a changed or added/removed plural needs the translator's eye
    flags = ([FUZZY] if fuzzy else []) + [flag for flag in template.flags if flag != FUZZY]
    flags += [flag for flag in _translator_flags(old) if flag not in flags]
    comments = list(old.translator_comments)
    if fuzzy and not old.fuzzy:
        # A person accepted this text: it must never again pass for a machine suggestion.
        comments = [line for line in comments if not line.startswith(SUGGESTION_COMMENT)]
    msgstr, plural = old.msgstr, dict(old.msgstr_plural)
    if template.msgid_plural is not None and old.msgid_plural is None:
        msgstr, plural = "", {index: old.msgstr for index in range(nplurals)}
    elif template.msgid_plural is None and old.msgid_plural is not None:
        msgstr, plural = _first_form(old), {}
    merged = replace(
        template, msgstr=msgstr, msgstr_plural=plural, translator_comments=comments, flags=flags,
        obsolete=False, raw=None, raw_state=None,
        previous_msgctxt=None, previous_msgid=None, previous_msgid_plural=None,
    )
    if fuzzy and _first_form(merged):
        source = old if old.fuzzy else None  # what the translator last translated
        merged.previous_msgctxt = source.previous_msgctxt if source else old.msgctxt
        merged.previous_msgid = source.previous_msgid if source else old.msgid
        merged.previous_msgid_plural = source.previous_msgid_plural if source else old.msgid_plural
    settle(merged)
    if not old.obsolete and merged.state() == old.state():
        merged.raw, merged.raw_state = old.raw, old.raw_state  # untouched: write back byte for byte
    return merged


def _fresh(template: Entry, nplurals: int) -> Entry:
    entry = replace(template, flags=[flag for flag in template.flags if flag != FUZZY],
                    raw=None, raw_state=None)
    if entry.read_only:
        entry.msgstr = entry.msgid
    if entry.msgid_plural is not None:
        entry.msgstr_plural = dict.fromkeys(range(nplurals), "")  # one empty form per plural form
    return entry


def _read_only(template: Entry, old: Entry | None) -> Entry:
    """Untranslatable units (addresses, e-mails) always carry the source text as translation."""
    entry = _fresh(template, 0)
    if old is not None:
        entry.translator_comments = list(old.translator_comments)
        if not old.obsolete and entry.state() == old.state():
            entry.raw, entry.raw_state = old.raw, old.raw_state
    return entry


class _FuzzyIndex:
    """msgmerge's fuzzy search over the old messages that have a translation."""

    def __init__(self, entries: list[Entry], threshold: float) -> None:
        self.entries = [entry for entry in entries if _first_form(entry) and not entry.read_only]
        self.keys = [_bytes_as_text(entry.msgid) for entry in self.entries]
        self.grams = [_grams(entry.msgid) for entry in self.entries]
        self.threshold = threshold

    def closest(self, item: Entry) -> Entry | None:
        """The best candidate, or None when none is more similar than the threshold."""
        grams = _grams(item.msgid)
        floor = max(0.0, self.threshold - 2 * _CONTEXT_BONUS) * 100
        best: tuple[float, int, int] | None = None  # (weight, shared 4-grams, -position)
        for _, score, position in process.extract(_bytes_as_text(item.msgid), self.keys,
                                                  scorer=fuzz.ratio, processor=None,
                                                  score_cutoff=floor, limit=None):
            candidate = self.entries[position]
            shared = sum((grams & self.grams[position]).values())
            if grams and not shared:
                continue  # GNU only looks at candidates sharing a 4-gram with a msgid of 4+ characters
            weight = score / 100
            if candidate.msgctxt is None or candidate.msgctxt == item.msgctxt:
                weight += _CONTEXT_BONUS
            if weight > self.threshold and (best is None or (weight, shared, -position) > best):
                best = (weight, shared, -position)
        return self.entries[-best[2]] if best else None


def _grams(text: str) -> Counter:
    return Counter(text[index:index + 4] for index in range(len(text) - 3))


def _bytes_as_text(text: str) -> str:
    """fstrcmp compares bytes: one character per UTF-8 byte gives rapidfuzz the same lengths."""
    return text.encode("utf-8").decode("latin-1")


def merge(template: Catalog, old: Catalog, threshold: float = 60.0) -> tuple[Catalog, MergeReport]:
    report = MergeReport()
    live = {entry.key: entry for entry in old.messages}
    obsolete = {entry.key: entry for entry in old.obsolete}
    by_msgid: dict[str, list[Entry]] = {}
    for entry in old.messages:
        by_msgid.setdefault(entry.msgid, []).append(entry)
    index = _FuzzyIndex(old.entries, threshold / 100)
    nplurals = old.nplurals() or 2  # gettext's default when the header has no Plural-Forms
    used: set[int] = set()
    merged: list[Entry] = []
    split = _split_sentences(template, old, live)
    for item in template.messages:
        exact = live.get(item.key) or obsolete.get(item.key)  # revive before anything else
        if exact is not None:
            used.add(id(exact))
        if item.read_only:
            merged.append(_read_only(item, exact))
            continue
        if exact is not None:
            merged.append(_carry(item, exact, fuzzy=exact.fuzzy, nplurals=nplurals))
            if exact.obsolete:
                report.revived += 1
            else:
                report.kept += 1
            continue
        same_text = [entry for entry in by_msgid.get(item.msgid, []) if entry.has_translation]
        if same_text:
            moved = same_text[0]
            used.add(id(moved))
            merged.append(_carry(item, moved, fuzzy=moved.fuzzy, nplurals=nplurals))
            report.moved += 1
            continue
        if id(item) in split:
            whole, sentence = split[id(item)]
            used.add(id(whole))
            merged.append(_carry(item, replace(whole, msgstr=sentence), fuzzy=True, nplurals=nplurals))
            report.fuzzy += 1
            continue
        match = index.closest(item)
        if match is not None:
            used.add(id(match))
            merged.append(_carry(item, match, fuzzy=True, nplurals=nplurals))
            report.fuzzy += 1
            continue
        merged.append(_fresh(item, nplurals))
        report.new += 1
    for entry in old.messages:
        if id(entry) not in used and entry.has_translation and not entry.read_only:
            merged.append(_obsolete(entry))
            report.obsoleted += 1
    merged += [entry for entry in old.obsolete if id(entry) not in used]
    result = Catalog(header=old.header or template.header, entries=merged,
                     encoding=old.encoding, newline=old.newline, trailer=old.trailer,
                     ending=old.ending, bom=old.bom)
    created = template.header_field("POT-Creation-Date")
    if created and result.header is not None and result.header_field("POT-Creation-Date") != created:
        result.set_header_field("POT-Creation-Date", created)
    return result, report


def _split_sentences(template: Catalog, old: Catalog, live: dict) -> dict[int, tuple[Entry, str]]:
    """Template messages (by ``id``) that are sentences of an old translated message of the same block
    now split in several: the old message and this sentence's share of its translation."""
    wholes: dict[tuple[str, str], Entry] = {}
    for entry in old.messages:
        if entry.has_translation and not entry.read_only and entry.msgid_plural is None and entry.msgctxt:
            wholes.setdefault((split_sentence_id(entry.msgctxt)[0], _sentences_key(entry.msgid)), entry)
    runs: list[list[Entry]] = []
    for item in template.messages:
        block, number = split_sentence_id(item.msgctxt or "")
        if number is not None and runs and split_sentence_id(runs[-1][-1].msgctxt or "")[0] == block:
            runs[-1].append(item)
        elif number is not None:
            runs.append([item])
    found: dict[int, tuple[Entry, str]] = {}
    for run in runs:
        start = 0
        while start < len(run) - 1:
            for end in range(len(run), start + 1, -1):  # the longest run of sentences that was one message
                sentences = run[start:end]
                whole = wholes.get((split_sentence_id(run[0].msgctxt or "")[0],
                                    _sentences_key(" ".join(item.msgid for item in sentences))))
                pairs = split_translation(whole.msgid, whole.msgstr) if whole is not None else None
                if pairs and [source for source, _ in pairs] == [item.msgid for item in sentences] \
                        and not any(item.key in live for item in sentences):
                    found.update((id(item), (whole, translated)) for item, (_, translated) in zip(sentences, pairs))
                    start = end - 1
                    break
            start += 1
    return found


def _sentences_key(text: str) -> str:
    """Text as compared across a split: spacing aside, and tags unnumbered (each unit numbers its own)."""
    return " ".join(_TAG_NUMBER.sub(r"<\1#\2>", text).split())


def _obsolete(entry: Entry) -> Entry:
    return replace(entry, obsolete=True, reference_lines=[], extracted_comments=[],
                   raw=None, raw_state=None)
