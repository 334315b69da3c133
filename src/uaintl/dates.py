"""Dates as appeals write them in English, and as Belarusian and Russian translations write them.

Translation memory substitutes dates (a deadline line with a new date), and QA checks that every
date of a source is in its translation with the same day, month and year. Both need to read
"July 14, 2021", "14 July 2021", "7 June", "September 28", "August 2020" in English, and
«14 ліпеня 2021 г.», «у жніўні 2020 г.», «14 июля» in the target, knowing which grammatical form a
translation gave the month so that a new month can be written in the same one.

Genitive (format) and nominative (stand-alone) month names come from Babel (CLDR); the locative
(«у ліпені», «в июле»), other spellings and the words after a year come from the locale profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_month_names

from uaintl import lang
from uaintl.lang import LocaleProfile

_ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_ENGLISH_DATE = re.compile(
    rf"""(?<![\w.])(?:
      (?P<d1>[0-3]?\d){_ORDINAL}\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>[12]\d{{3}}))?
    | (?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d){_ORDINAL}(?:,?\s+(?P<y2>[12]\d{{3}}))?
    | (?P<m3>{_MONTH}),?\s+(?P<y3>[12]\d{{3}})
    )(?![\w])""", re.X | re.I)
# A month named alone ("In March, …") counts only capitalised, and never "May" (the verb).
_ENGLISH_MONTH_ALONE = re.compile(
    r"(?<![\w.])(?P<m>January|February|March|April|June|July|August|September|October|November|December)(?![\w])")


@dataclass(frozen=True)
class SourceDate:
    """A date in an English text: day and year may be missing ("September 28", "August 2020")."""

    start: int
    end: int
    day: int | None
    month: int
    year: int | None

    def describe(self) -> str:
        month = get_month_names("wide", locale="en")[self.month]
        return " ".join(str(part) for part in (self.day, month, self.year) if part)


@dataclass(frozen=True)
class TargetDate:
    """A date in a translation, with the grammatical form of its month word."""

    start: int
    end: int
    day: int | None
    month: int
    year: int | None
    form: str  # "gen" | "nom" | "loc"
    month_start: int
    month_end: int


def english_dates(text: str) -> list[SourceDate]:
    """Every date of an English text, in order; a day-less month counts with a year, or alone when capitalised."""
    found: list[SourceDate] = []
    for match in _ENGLISH_DATE.finditer(text):
        day = match.group("d1") or match.group("d2")
        month = match.group("m1") or match.group("m2") or match.group("m3")
        year = match.group("y1") or match.group("y2") or match.group("y3")
        if day is not None and not 1 <= int(day) <= 31:
            continue
        found.append(SourceDate(match.start(), match.end(), int(day) if day else None,
                                _ENGLISH_MONTHS[month.lower().rstrip(".")], int(year) if year else None))
    for match in _ENGLISH_MONTH_ALONE.finditer(text):
        if not any(date.start <= match.start() < date.end for date in found):
            found.append(SourceDate(match.start(), match.end(), None, _ENGLISH_MONTHS[match.group("m").lower()], None))
    return sorted(found, key=lambda date: date.start)


def _profile(locale: str) -> LocaleProfile | None:
    profile = lang.find(locale)
    return profile if profile is not None and profile.month_locative else None


@lru_cache(maxsize=None)
def month_words(locale: str) -> dict[str, tuple[int, str]]:
    """Lower-case month word of the locale → (month number, form); empty for a locale whose profile
    does not describe its dates."""
    profile = _profile(locale)
    if profile is None:
        return {}
    babel_locale = profile.date_locale or profile.code
    words: dict[str, tuple[int, str]] = {}
    for form, names in (("gen", get_month_names("wide", "format", locale=babel_locale)),
                        ("nom", get_month_names("wide", "stand-alone", locale=babel_locale))):
        for number, name in names.items():
            words.setdefault(name.lower(), (number, form))
    for number, name in enumerate(profile.month_locative, start=1):
        words.setdefault(name, (number, "loc"))
    words.update(profile.month_variants)
    return words


def month_word(locale: str, month: int, form: str) -> str:
    """The locale's month name in a grammatical form (Babel's for genitive and nominative)."""
    profile = lang.get(locale)
    if form == "loc":
        return profile.month_locative[month - 1]
    context = "format" if form == "gen" else "stand-alone"
    return get_month_names("wide", context, locale=profile.date_locale or profile.code)[month]


@lru_cache(maxsize=None)
def _target_pattern(locale: str) -> re.Pattern[str] | None:
    words = month_words(locale)
    if not words:
        return None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:(?P<day>[0-3]?\d)\s+)?(?P<month>{alternatives})(?!\w)"
        rf"(?:\s+(?P<year>[12]\d{{3}})(?!\d)(?:[\s\u00a0\u202f]*(?:{_profile(locale).year_words})(?!\w))?)?",
        re.I)


def target_dates(text: str, locale: str) -> list[TargetDate]:
    """Every date of a Belarusian or Russian text, with its month's form; empty for other locales."""
    pattern = _target_pattern(locale)
    if pattern is None:
        return []
    words = month_words(locale)
    found = []
    for match in pattern.finditer(text):
        month, form = words[match.group("month").lower()]
        day = int(match.group("day")) if match.group("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year = int(match.group("year")) if match.group("year") else None
        found.append(TargetDate(match.start(), match.end(), day, month, year, form, match.start("month"),
                                match.end("month")))
    return found


def expected_text(date: SourceDate, locale: str) -> str:
    """How the locale writes a date (genitive month after a day, as Babel's long format)."""
    parts = [str(date.day)] if date.day is not None else []
    parts.append(month_word(locale, date.month, "gen" if date.day is not None else "nom"))
    if date.year is not None:
        parts.append(str(date.year))
    return " ".join(parts)


def same_date(source: SourceDate, target: TargetDate) -> bool:
    return (source.day, source.month, source.year) == (target.day, target.month, target.year)


def rewrite_date(text: str, old: TargetDate, new: SourceDate, locale: str, full_stop: bool = False) -> str | None:
    """``text[old.start:old.end]`` rewritten for ``new``, keeping the old month's form, letter case and
    the words after the year («г.», «года»); None when the new date cannot take the old one's shape.
    ``full_stop``: the sentence ends with one, which a final «г.» was also standing for."""
    piece = text[old.start:old.end]
    offset = old.start
    if (old.day is None) != (new.day is None):
        return None
    if old.form != "gen" and new.day is not None:
        return None
    word = month_word(locale, new.month, old.form)
    old_word = text[old.month_start:old.month_end]
    if old_word.isupper():
        word = word.upper()
    elif old_word[:1].isupper():
        word = word[:1].upper() + word[1:]
    day = f"{new.day} " if new.day is not None else ""
    rest = piece[old.month_end - offset:]
    # At the end of a sentence the dot of «г.» is also the full stop.
    sentence_ends = not re.sub(r"</?\d+/?>", "", text[old.end:]).strip()
    if old.year is not None and new.year is not None:
        rest = re.sub(r"[12]\d{3}", str(new.year), rest, count=1)
    elif old.year is not None:  # the new date has no year: drop it with its «г.»
        rest = "." if rest.endswith(".") and sentence_ends and full_stop else ""
    elif new.year is not None:  # a year appears: written as Babel's long form ends, «2021 г.»
        rest = f" {new.year}\u202fг" + ("" if text[old.end:old.end + 1] == "." else ".")
    return day + word + rest
