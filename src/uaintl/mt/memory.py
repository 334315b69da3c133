"""Translation memory from reviewed catalogues and compendia (PO or TMX), indexed for fuzzy lookup.

Exact matches come from a dictionary. Fuzzy candidates come from an inverted index of words: only
segments sharing enough words with the query are scored (rapidfuzz), so a lookup never scans the
whole memory.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from rapidfuzz import fuzz

from uaintl.catalog.model import Catalog
from uaintl.errors import UaintlError

_WORD = re.compile(r"\w+")
CANDIDATES = 50


@dataclass(frozen=True)
class MemoryMatch:
    text: str
    score: float
    origin: str
    source: str


class TranslationMemory:
    def __init__(self) -> None:
        self.exact: dict[str, tuple[str, str]] = {}
        self.sources: list[tuple[str, str, str]] = []  # (source, translation, origin)
        self.index: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.sources)

    def add(self, source: str, translation: str, origin: str) -> None:
        if not source.strip() or not translation.strip() or source in self.exact:
            return
        self.exact[source] = (translation, origin)
        position = len(self.sources)
        self.sources.append((source, translation, origin))
        for word in set(_WORD.findall(source.lower())):
            self.index.setdefault(word, []).append(position)

    def lookup(self, source: str, threshold: float) -> MemoryMatch | None:
        """The exact match, or the most similar segment scoring at least ``threshold`` (0–100)."""
        if source in self.exact:
            translation, origin = self.exact[source]
            return MemoryMatch(translation, 100.0, origin, source)
        words = set(_WORD.findall(source.lower()))
        if not words:
            return None
        shared = Counter(position for word in words for position in self.index.get(word, ()))
        best: MemoryMatch | None = None
        for position, _ in shared.most_common(CANDIDATES):
            candidate, translation, origin = self.sources[position]
            score = fuzz.ratio(source, candidate)
            if score >= threshold and (best is None or score > best.score):
                best = MemoryMatch(translation, score, origin, candidate)
        return best


def add_catalog(memory: TranslationMemory, catalog: Catalog, origin: str) -> None:
    """Reviewed (translated, not fuzzy) entries of a catalogue; read-only units are not translations."""
    for entry in catalog.messages:
        if entry.translated and not entry.read_only and entry.msgid_plural is None:
            memory.add(entry.msgid, entry.msgstr, origin)


def add_tmx(memory: TranslationMemory, path: Path, source_lang: str, target_lang: str) -> None:
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except etree.XMLSyntaxError as error:
        raise UaintlError(f"not well-formed TMX: {error.msg}", path, error.lineno) from None
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    for unit in root.iter("tu"):
        segments = {}
        for variant in unit.iter("tuv"):
            lang = (variant.get(lang_attr) or variant.get("lang") or "").lower().replace("_", "-")
            seg = variant.find("seg")
            if seg is not None:
                segments[lang.split("-")[0]] = "".join(seg.itertext())
        if source_lang in segments and target_lang in segments:
            memory.add(segments[source_lang], segments[target_lang], path.name)
