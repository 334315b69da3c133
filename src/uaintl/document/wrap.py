"""Lines wrapped by a PDF (or a hard-wrapped text) joined back into sentences, and split again on writing.

Text copied from a PDF breaks lines mid-sentence ("the arrest of Mikalai⏎Kaliada"), indents the lines
of a bullet point under its text, and hyphenates words at a line end ("investi-⏎gation"). A translator,
the memory and the letters need the sentence; the writer needs the source lines back for a unit left
untranslated. :func:`join_wrapped_lines` returns both: the joined text and an undo string.

A hyphen at a line end, between letters, is either the typesetter's (the word is joined without it)
or part of a compound ("Kara-⏎Murza", "self-⏎governing": joined keeping it, without a space). Without a
dictionary, the document decides (:func:`keeps_hyphen`).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from uaintl.document.targets import NOTE_LABELS

WRAP_WIDTH = 40  # a line break after a line this long is a wrap (PDF copies), not a deliberate break
_WRAP = re.compile(r"(?<=\S)\n( *(?:>[ \t]?)*)(?=\S)")  # a continuation's indentation or blockquote markers
_LETTERS = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_BROKEN_WORD = re.compile(r"[^\W\d_]+[-\u00ad]\n[ \t]*[^\W\d_]+")
_HYPHEN_END = re.compile(r"(?<![^\W\d_])([^\W\d_]+)([-\u00ad])$")
_ENTRY = re.compile(r"(\d+)([hsk]?)(?:\+(\d+)|=([q_t]+))?")
# A continuation's prefix other than spaces ("> " of a Markdown blockquote), spelt in the undo string.
_PREFIX_CODES = {">": "q", " ": "_", "\t": "t"}
# Prefixes English writes with a hyphen (self-defence, anti-war, non-violent) where a typesetter seldom
# breaks a word: grammar, not a dictionary.
_HYPHENATED_PREFIXES = frozenset({"self", "anti", "non"})
# How a joined line break is undone: a space that was the line break, a hyphen (or soft hyphen) that
# went with it, or a kept hyphen whose line break went.
_REMOVED = {"": "", "h": "-", "s": "\u00ad", "k": ""}


@dataclass(frozen=True)
class Vocabulary:
    """The words of a document, lower case: single words, and compounds written with a hyphen within
    a line. Words broken at a line end count as neither."""

    words: frozenset[str] = frozenset()
    compounds: frozenset[str] = frozenset()


def vocabulary(texts: Iterable[str]) -> Vocabulary:
    words: set[str] = set()
    compounds: set[str] = set()
    for text in texts:
        text = _BROKEN_WORD.sub(" ", text)
        compounds.update(compound.lower() for compound in _COMPOUND.findall(text))
        words.update(word.lower() for word in _LETTERS.findall(text))
    return Vocabulary(frozenset(words), frozenset(compounds))


def keeps_hyphen(left: str, right: str, known: Vocabulary) -> bool:
    """Whether "left-⏎right" keeps its hyphen when joined.

    It does when the document writes "left-right" elsewhere, when ``right`` starts with a capital
    ("Kara-⏎Murza"), after a prefix English hyphenates ("self-⏎governing", "anti-⏎war"), or when both
    halves are words of the document on their own ("so-⏎called" where "so" and "called" occur); it does
    not when the document writes "leftright" elsewhere, nor for a lower-case continuation otherwise
    ("investi-⏎gation" → "investigation"). Any other compound broken at a line end loses its hyphen
    ("strict-⏎regime" → "strictregime" unless "strict" and "regime" occur alone): a translator sees it in
    the draft; a dictionary would be needed to do better.
    """
    lower_left, lower_right = left.lower(), right.lower()
    if f"{lower_left}-{lower_right}" in known.compounds:
        return True
    if lower_left + lower_right in known.words:
        return False
    if not right[:1].islower() or lower_left in _HYPHENATED_PREFIXES:
        return True
    return lower_left in known.words and lower_right in known.words


# A labelled note on a line of its own: "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian, Russian",
# "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 9 June 2022" — a label of up to eight words (in
# Markdown bold or not), then a complete value: no sentence punctuation, nor a comma, hyphen or joining
# word at its end. The label is in capitals, as UAs print their notes, or a note label in any case
# ("Deadline:"), not prose ("He said the following: Mikalai⏎Kaliada was beaten").
_NOTE_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<label>[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_][^\W\d_'’/()-]*){0,7})"
                        r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.M)
_OPEN_END = re.compile(r"(?:[.!?…,;:\-–—(]|\b(?:and|or|of|the|to|in|for|a|an|with|by|on|at|from))$", re.I)
# A sentence starts on the next line: a capitalised word, then a lower-case one ("You can also", "Please check").
_SENTENCE_START = re.compile(r"\n[ \t]*[A-Z][a-z'’]*[ \t]+[a-z]")


def note_line_ends(text: str) -> list[int]:
    """Offsets of the line breaks that end a labelled note line with a sentence on the next line.

    In a PDF copy, "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian, Russian⏎You can also write in your
    own language." is a note and a sentence, not one wrapped sentence: the note's value is complete and
    the next line starts a sentence. A wrapped value ("NAME AND PRONOUN: Ales Bialiatski (he/him),⏎Marfa
    Rabkova (she/her)") or prose that goes on ("… the court said:⏎he …") is not cut.
    """
    ends = []
    for match in _NOTE_LINE.finditer(text):
        label = match.group("label")
        if (label.isupper() or NOTE_LABELS.match(label)) and not _OPEN_END.search(match.group("value")) \
                and _SENTENCE_START.match(text, match.end()):
            ends.append(match.end())
    return ends


_LABEL_HEAD = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z'’/ -]*?)[ \t]*:")


def wraps_note_label(line: str, following: str) -> bool:
    """Whether a note's label in capitals runs on into the next line, as a narrow column wraps it:
    "PREFERRED LANGUAGE TO ADDRESS" over "TARGET: Belarusian, Russian", "PLEASE TAKE ACTION AS SOON AS
    POSSIBLE" over "UNTIL: 4 April 2025"."""
    text = line.strip()
    head = _LABEL_HEAD.match(following)
    return (bool(text) and ":" not in text and text.upper() == text and any(char.isalpha() for char in text)
            and head is not None and bool(NOTE_LABELS.match(f"{text} {head.group('label')}")))


def join_wrapped_lines(text: str, column: int = 0, known: Vocabulary = Vocabulary(),
                       breaks: Collection[int] = ()) -> tuple[str, str]:
    """The text with wrapped lines joined, and how to undo it ("" when nothing was joined).

    A wrapped line is joined with a space (its continuation's indentation dropped); a word hyphenated
    at the line end is joined without the space, and without the hyphen unless :func:`keeps_hyphen`.
    The undo string, ``<crc32>:<entry>,…``, has one entry per joined line break: the offset in the
    joined text, a code (none: the space was the break; ``h``/``s``: a hyphen/soft hyphen and the
    break were removed; ``k``: the break after a kept hyphen was removed) and ``+<n>`` for the
    continuation's indentation, or ``=<prefix>`` for a blockquote's markers ("> " as ``q_``).
    ``column``: where the text's first line starts; ``breaks``: offsets of line breaks known to be wraps
    (a page's end inside a sentence, a headline's lines), joined however short the line before them.
    """
    joined: list[str] = []
    entries: list[str] = []
    length, last, line_start = 0, 0, -column
    for match in _WRAP.finditer(text):
        if match.start() - line_start >= WRAP_WIDTH or match.start() in breaks:
            before = text[last:match.start()]
            broken = _HYPHEN_END.search(before)
            right = _LETTERS.match(text, match.end())
            code = ""
            if broken and right:
                hyphen = broken.group(2)
                code = "s" if hyphen == "\u00ad" else (
                    "k" if keeps_hyphen(broken.group(1), right.group(0), known) else "h")
                before = before[:-1] if code != "k" else before
            joined.append(before if code else before + " ")
            length += len(before)
            entries.append(f"{length}{code}" + _prefix_entry(match.group(1)))
            length += 0 if code else 1
            last = match.end()
        line_start = match.end() - len(match.group(1))
    if not entries:
        return text, ""
    joined.append(text[last:])
    result = "".join(joined)
    return result, f"{zlib.crc32(result.encode()):08x}:" + ",".join(entries)


def _prefix_entry(prefix: str) -> str:
    if not prefix:
        return ""
    if prefix.strip(" "):
        return "=" + "".join(_PREFIX_CODES[char] for char in prefix)
    return f"+{len(prefix)}"


def unwrap_lines(text: str, wrapped: str) -> str | None:
    """The source lines of a unit joined by :func:`join_wrapped_lines`, or None when ``text`` is not its source."""
    checksum, _, entries = wrapped.partition(":")
    if f"{zlib.crc32(text.encode()):08x}" != checksum:
        return None
    for entry in reversed(entries.split(",")):
        match = _ENTRY.fullmatch(entry)
        if match is None:
            return None
        offset, code = int(match.group(1)), match.group(2)
        indent = " " * int(match.group(3) or 0) if match.group(4) is None else "".join(
            next(char for char, spelt in _PREFIX_CODES.items() if spelt == letter) for letter in match.group(4))
        skipped = 0 if code else 1  # the space that stood for the line break
        text = text[:offset] + _REMOVED[code] + "\n" + indent + text[offset + skipped:]
    return text
