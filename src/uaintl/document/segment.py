"""English sentence segmentation that never splits inside markup, atoms, citations or quotes."""

from __future__ import annotations

import bisect
import re

from uaintl.document.inline import TAG, Token, placeholder_tags, plain_text, protected_ranges

# Abbreviations after which a full stop does not end a sentence (lower case, without the final dot).
ABBREVIATIONS = frozenset({
    "vul", "ul", "pl", "per", "prosp", "bul", "kv", "obl", "ave", "av", "str", "pr", "blvd", "no", "nos", "nr", "mr", "mrs", "ms", "dr", "st",
    "prof", "gen", "col", "lt", "sgt", "sr", "jr", "vs", "art", "arts", "para", "pp", "vol",
    "fig", "approx", "dept", "tel", "ref", "e.g", "i.e", "cf", "u.s", "u.k", "u.n", "jan", "feb",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+)(?P<close>[\"'”’»)\]*_]*(?:</[a-z]+>)*"
    r"(?:\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|<sup\b[^>]*>.*?</sup>)?)(?P<space>\s+)"
    r"(?=[\"'“‘«(\[*_<]*(?:<[a-z][^>]*>)*(?P<next>\w))"
)
_WORD_BEFORE = re.compile(r"([^\s(\"'“«*_\[>]+)$")
_LONGEST_WORD = 40  # longer than any abbreviation or dotted initialism
_CITATION = re.compile(
    r"\b(?:Articles?|Art\.|Sections?|Parts?|Paragraphs?|Clauses?|Chapters?|Rules?|Resolution|No\.)"
    r"\s+\d+(?:[.\-–/]\d+)*(?:\s*(?:,|and|or|–|-)\s*\d+(?:[.\-–/]\d+)*)*"
)


def citations(text: str) -> list[tuple[int, int]]:
    """Spans such as "Article 342" or "No. 15" that MT and segmentation must keep whole."""
    return [match.span() for match in _CITATION.finditer(text)]


class _Ranges:
    """Protected character ranges, asked "is this position strictly inside one?" in O(log n)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start < merged[-1][1]:  # overlapping (touching ones stay apart)
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def inside(self, position: int) -> bool:
        index = bisect.bisect_left(self.starts, position) - 1  # the last range starting before it
        return index >= 0 and position < self.ends[index]


def _quote_depths(text: str) -> list[int] | None:
    """Quote depth before each character, or None when the quotes are unbalanced."""
    depths = []
    straight = curly = guillemet = 0
    for char in text:
        depths.append(straight + curly + guillemet)
        if char == '"':
            straight ^= 1
        elif char == "“":
            curly += 1
        elif char == "”":
            curly = max(0, curly - 1)
        elif char == "«":
            guillemet += 1
        elif char == "»":
            guillemet = max(0, guillemet - 1)
    depths.append(straight + curly + guillemet)
    if depths[-1] != 0 or text.count("“") != text.count("”"):
        return None
    return depths


def _is_abbreviation(text: str, end: int) -> bool:
    # Look at a bounded window only, so that segmenting a long line stays linear.
    window = max(0, end - _LONGEST_WORD)
    match = _WORD_BEFORE.search(text, window, end)
    if not match or (match.start() == window > 0 and _WORD_BEFORE.match(text, window - 1, window)):
        return False  # no word, or one longer than any abbreviation
    word = match.group(1)
    lowered = word.lower()
    return (
        lowered in ABBREVIATIONS
        or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", lowered))
        or (len(word) == 1 and word.isupper())
    )


def sentence_spans(raw: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``raw``; the whitespace between them is left out."""
    blocked = _Ranges(protected_ranges(tokens) + citations(raw))
    depths = _quote_depths(raw)
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(raw):
        end = match.start("space")
        if not (match.group("next").isupper() or match.group("next").isdigit()):
            continue  # any script's capital starts a sentence: A, Ł, Ź, Č, Б, Ў …
        if match.group("end") == "." and _is_abbreviation(raw, match.start("end")):
            continue
        if blocked.inside(match.start("end")) or blocked.inside(end):
            continue
        if depths is not None and depths[end] > 0:
            continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(raw)))
    return spans


def _renumbered(text: str, numbers: dict[str, int]) -> str:
    def renumber(match: re.Match[str]) -> str:
        number = next(group for group in match.groups() if group is not None)
        return match.group(0).replace(number, str(numbers[number]))

    return TAG.sub(renumber, text)


def split_translation(source: str, translation: str) -> list[tuple[str, str]] | None:
    """(sentence, its translation) for a unit of several sentences (placeholder form) whose translation
    has as many, sentence by sentence: each pair with the same tags and the same numbers, tags numbered
    from 1 in each sentence as the segmenter numbers them. None when the two cannot be paired with
    certainty: one sentence, another count, or tags or numbers that moved between sentences."""
    sources = [source[start:end] for start, end in sentence_spans(source, [])]
    targets = [translation[start:end] for start, end in sentence_spans(translation, [])]
    if len(sources) < 2 or len(sources) != len(targets):
        return None
    pairs = []
    for sentence, translated in zip(sources, targets, strict=True):
        tags = [next(group for group in match.groups() if group is not None) for match in TAG.finditer(sentence)]
        if sorted(placeholder_tags(sentence)) != sorted(placeholder_tags(translated)) \
                or sorted(re.findall(r"\d+", plain_text(sentence))) != sorted(re.findall(r"\d+", plain_text(translated))):
            return None
        numbers = {number: index for index, number in enumerate(dict.fromkeys(tags), start=1)}
        pairs.append((_renumbered(sentence, numbers), _renumbered(translated, numbers)))
    return pairs
