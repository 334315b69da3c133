"""Translation progress per catalogue: units and source words, translated / fuzzy / untranslated."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from uaintl.catalog.model import Catalog
from uaintl.document.inline import plain_text

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(plain_text(text)))


@dataclass
class Stats:
    document: str
    locale: str
    total: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    words: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def as_dict(self) -> dict:
        return {**asdict(self), "percent": round(self.percent, 1)}


def catalog_stats(document: str, locale: str, catalog: Catalog) -> Stats:
    """Counts over translatable messages; read-only units (addresses, e-mails) are not counted."""
    stats = Stats(document, locale)
    for entry in catalog.messages:
        if entry.read_only:
            continue
        words = word_count(entry.msgid)
        stats.total += 1
        stats.words += words
        if entry.translated:
            stats.translated += 1
            stats.translated_words += words
        elif entry.fuzzy and entry.has_translation:
            stats.fuzzy += 1
            stats.fuzzy_words += words
        else:
            stats.untranslated += 1
            stats.untranslated_words += words
    return stats
