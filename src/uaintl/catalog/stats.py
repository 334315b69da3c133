"""Translation progress per catalogue: units and source words, translated / fuzzy / untranslated.

Words are counted as translate-toolkit's ``pocount`` counts them, so translators see the figures
their other tools show: markup tags removed, a dot between two non-digits read as a space, then
Unicode word segmentation (UAX #29, the same library pocount uses: "human-rights" is two words,
"22.07.2021" one). Read-only units (addresses, e-mails, names kept as written) are counted apart:
they are in the file, and in ``msgfmt --statistics``, but there is nothing to translate in them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from unicode_segmentation_rs import unicode_words

from uaintl.catalog.model import Catalog

_LINE_BREAK = re.compile(r"<br\s*/?>")
_TAG = re.compile(r"""</[\w.]+>|<[\w.:]+(?:\s[\w.:]+=(?:"[^"]*"|'[^']*'))*\s*/?>""")
_DOT_BETWEEN_LETTERS = re.compile(r"\D\.\D")


def word_count(text: str) -> int:
    text = _DOT_BETWEEN_LETTERS.sub(" ", _TAG.sub("", _LINE_BREAK.sub("\n", text)))
    return len(unicode_words(text))


@dataclass
class Stats:
    document: str
    locale: str
    total: int = 0  # translatable units
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    words: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0
    read_only: int = 0  # units kept as in the source, not counted above
    read_only_words: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def as_dict(self) -> dict:
        return {**asdict(self), "percent": round(self.percent, 1)}


def catalog_stats(document: str, locale: str, catalog: Catalog) -> Stats:
    """Counts over the live messages: translatable ones by state, read-only ones apart."""
    stats = Stats(document, locale)
    for entry in catalog.messages:
        words = word_count(entry.msgid) + word_count(entry.msgid_plural or "")
        if entry.read_only:
            stats.read_only += 1
            stats.read_only_words += words
            continue
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
