"""Clauses: where an English sentence divides into parts that translate on their own, and how be/ru join them.

Real UA sentences fuse recurring formulas ("I urge you to release her immediately and
unconditionally", "as she is a prisoner of conscience, detained solely for …", "and to drop all
charges against her") in ever new combinations, so whole-sentence memory seldom matches them.
``clause_cuts`` finds the places between such formulas; the memory translates each part whole and
``join_clauses`` puts the translations together.

A cut is made only before an opener whose translation does not agree with a word before it: "and"
after a comma (a new clause or verb phrase), "and that"/"and to", "as", "that", "to", "because",
"in line with" … after a comma or semicolon, and after a fronted "Pending her release,". Not before
"who", "which" or a participle ("…, detained solely for …"): their be/ru translation agrees in gender,
number and case with the noun before it («которую задержали», «якія ўтрымліваюцца»), which the
English does not tell, so such a clause is only ever matched together with what it refers to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.lists import format_list

from uaintl.mt.placeables import Parsed

# Words that open a clause translating on its own, after a comma or semicolon.
_OPENERS = (r"(?:as|that|to(?!\s+wh)|until|while|because|so\s+that|in\s+order\s+to|in\s+line\s+with"
            r"|in\s+accordance\s+with|in\s+violation\s+of|pending)\b")
_AFTER_MARK = re.compile(rf"(?P<mark>[,;])\s+(?:(?P<and>and)\s+(?=\w)|(?={_OPENERS}))")
# "and" before a fronted circumstance: "release her and, pending her release, ensure …".
_AND_FRONTED = re.compile(r"(?<=\w)\s+(?P<and>and),\s+(?=(?:pending|until)\b)")
_BARE_AND = re.compile(r"(?<=\w)\s+(?P<and>and)\s+(?=(?:that|to)\b)")
# A fronted circumstance ending at its comma, at the start of a clause: "Pending her release, …".
_FRONTED = re.compile(r"(?:pending|until|in\s+the\s+meantime|meanwhile)\b[^,;]*?(?P<mark>,)\s+", re.I)
_TAG = re.compile(r"<(/?)\d+>")
# A word set off by commas on both sides in be/ru («…, пожалуйста, …», «…, аднак, …»).
_PARENTHETICAL = re.compile(r"(?:please|however|therefore|moreover)\b", re.I)


@dataclass(frozen=True)
class Cut:
    """The text between two clauses (the English join), and how the target language joins them."""

    start: int
    end: int
    mark: str  # "," ";" or "" (a bare "and that")
    conjunction: bool = False  # an "and" joins them
    fronted: bool = False  # the clause before is a fronted circumstance: "Pending her release,"


def clause_cuts(parsed: Parsed) -> list[Cut]:
    """Where the sentence divides into clauses, in order: never inside a placeable (the comma of
    "July 14, 2021", of a list of people) nor inside markup."""
    text = parsed.text
    found = [Cut(m.start(), m.end(), m.group("mark"), bool(m.group("and"))) for m in _AFTER_MARK.finditer(text)]
    found += [Cut(m.start(), m.end(), "", True) for m in (*_BARE_AND.finditer(text), *_AND_FRONTED.finditer(text))]
    clause_starts = [0] + [cut.end for cut in found]
    for start in clause_starts:
        fronted = _FRONTED.match(text, start)
        if fronted:
            found.append(Cut(fronted.start("mark"), fronted.end(), ",", fronted=True))
    cuts, last = [], 0
    for cut in sorted(found, key=lambda cut: (cut.start, not cut.fronted)):
        inside = any(placeable.start < cut.end and cut.start < placeable.end for placeable in parsed.placeables)
        if cut.start >= last and not inside and _outside_markup(text, cut.start):
            cuts.append(cut)
            last = cut.end
    return cuts


def _outside_markup(text: str, position: int) -> bool:
    depth = 0
    for match in _TAG.finditer(text, 0, position):
        depth += -1 if match.group(1) else 1
    return depth == 0


def join_clauses(first: str, rest: list[tuple[Cut, str, str]], locale: str) -> str:
    """The clauses' translations (each after its cut, with its English) as one sentence: a comma or
    semicolon as in the English, "and" as the locale's lists write it («і», «и») and without the
    English serial comma before it, no comma after a fronted circumstance («До её освобождения
    обеспечьте …») unless a parenthetical word follows («…, пожалуйста, …»); Belarusian «у» after a
    vowel across the join becomes «ў»."""
    conjunction = format_list(["\0", "\1"], locale=locale).split("\0")[1].split("\1")[0].strip()
    text = first
    for cut, english, clause in rest:
        if cut.conjunction:
            join = f"{'; ' if cut.mark == ';' else ' '}{conjunction} "
        elif cut.fronted and not _PARENTHETICAL.match(english):
            join = " "
        else:
            join = cut.mark + " "
        before = (text + join).rstrip()
        if locale == "be" and not re.search("[,;]", join) and clause[:1] in "уУ" \
                and before[-1:].lower() in "аеёіоуыэюя":
            clause = ("ў" if clause[0] == "у" else "Ў") + clause[1:]
        text += join + clause
    return text


_WORD = re.compile(r"[^\W\d_]+")
# An English clause parallel to one before it: "…, [and] that …", "…, [and] to …".
_PARALLEL = re.compile(r"(?:that|to)\b")


def fits(before: str, english: str, clause: str) -> bool:
    """Whether a clause's translation can go on after the clauses before it: a clause opening with
    "that" or "to" is parallel to one before it, and be/ru write parallel clauses alike — the same
    subordinator («…, чтобы …, и чтобы …»), infinitives after an infinitive («освободить … и снять …»).
    So its first word must end as a word before it does; a translation that nominalised the first
    clause («обеспечить освобождение …») or used another mood takes no «и чтобы …», «и снять …»."""
    if not _PARALLEL.match(english):
        return True
    first = _WORD.match(clause)
    if first is None or len(first.group(0)) < 3:
        return False
    ending = first.group(0)[-2:].lower()
    return any(word.lower().endswith(ending) for word in _WORD.findall(before) if len(word) >= 3)


def continued(translation: str, english: str, proper: set[str]) -> str:
    """A clause's translation as it goes on in a sentence: its first letter in the case of the English
    clause's, but a proper word («Вас», a name the memory writes with a capital) or an abbreviation
    keeps its capital."""
    first = re.match(r"[^\W\d_]+", translation)
    if first is None or not english[:1].isalpha():
        return translation
    word = first.group(0)
    if english[:1].isupper():
        return word[:1].upper() + translation[1:]
    if word.lower() in proper or (word.isupper() and len(word) > 1):
        return translation
    return word[:1].lower() + translation[1:]


def without_ending(translation: str) -> str:
    """A clause's translation without the full stop or semicolon that ended it as a sentence."""
    return re.sub(r"[\s.;:]+$", "", translation)
