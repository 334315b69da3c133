"""The ``# uaintl-…`` translator comments: where a suggestion came from, and when they stop applying.

Pre-translation (``uaintl.mt.pipeline``) writes them; ``update``, ``translate`` and an XLIFF ``import``
settle them, so that a comment never outlives what it describes:
- a machine or fuzzy-memory suggestion is ``#, fuzzy`` with ``# uaintl-mt: …`` or ``# uaintl-tm: …``
  recording hashes of the source and of the suggestion (``src=… out=…``), and maybe ``# uaintl-note:``
  lines for the reviewer. Once a person accepts the text (removes ``#, fuzzy``) or edits it, it is
  theirs: the comments go, and the text never counts as machine output again;
- ``# uaintl-tm: fragment: …`` hints help a translator start an empty entry; they go once it is filled;
- a reviewed exact match from memory (``# uaintl-tm: …`` without hashes) is written accepted and
  keeps its comment as the text's provenance.
A translator's own comments are never touched.
"""

from __future__ import annotations

import hashlib
import re

from uaintl.catalog.model import Entry

# Every comment uaintl writes starts so. Once a person accepts the text they no longer apply.
SUGGESTION_COMMENT = "uaintl-"
MT_MARK = f"{SUGGESTION_COMMENT}mt:"
TM_MARK = f"{SUGGESTION_COMMENT}tm:"
NOTE_MARK = f"{SUGGESTION_COMMENT}note:"
FRAGMENT_MARK = f"{TM_MARK} fragment:"
_HASHES = re.compile(r"\bsrc=(\w+) out=(\w+)")


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _suggestion(comment: str) -> bool:
    """A comment naming the origin of a suggestion: engine or memory, not a fragment hint."""
    return comment.startswith((MT_MARK, TM_MARK)) and not comment.startswith(FRAGMENT_MARK)


def machine_state(entry: Entry) -> str:
    """"empty", "machine" (uaintl output, source changed or new), "current" (uaintl output, up to
    date) or "human"."""
    if not entry.msgstr:
        return "empty"
    if entry.previous_msgid is not None:
        return "human"  # a #| previous msgid means the text was once accepted (machine output has none)
    for comment in entry.translator_comments:
        if _suggestion(comment):
            match = _HASHES.search(comment)
            if not match or match.group(2) != digest(entry.msgstr) or not entry.fuzzy:
                return "human"
            return "current" if match.group(1) == digest(entry.msgid) else "machine"
    return "human"


def settle(entry: Entry) -> None:
    """Drop the uaintl comments that no longer describe the entry: a suggestion's origin and notes
    once a person accepted, edited or emptied its text, and fragment hints once it is filled."""
    machine = machine_state(entry) in ("machine", "current")
    filled = entry.has_translation

    def stale(comment: str) -> bool:
        if comment.startswith(FRAGMENT_MARK):
            return filled
        if comment.startswith(NOTE_MARK) or (_suggestion(comment) and _HASHES.search(comment)):
            return not machine
        return False

    if any(stale(comment) for comment in entry.translator_comments):
        entry.translator_comments = [comment for comment in entry.translator_comments if not stale(comment)]
