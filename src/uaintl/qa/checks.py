"""The check registry, in the manner of translate-toolkit's pofilter and Weblate's checks.

A check is a class that declares what it is (id, severity, one-line description from its
docstring), which entries it looks at (empty translations? fuzzy drafts?) and whether it runs by
default, and implements ``run``. ``@register`` lists it once; ``check_entry`` applies the
declarations, so no caller keeps its own list of ids.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from uaintl import lang
from uaintl.catalog.model import Entry
from uaintl.document.inline import PROTECTED_TEXT, placeholder_tags, plain_text


@dataclass
class Context:
    locale: str
    names: object | None = None  # NameIndex, when the project has a registry
    speller: object | None = None  # Speller, when the locale's dictionary is installed


class Check:
    """One check: subclasses set the declarations and implement ``run``."""

    id: ClassVar[str]
    severity: ClassVar[str] = "error"  # "error" | "warning"
    on_empty: ClassVar[bool] = False  # also run when the entry has no translation
    on_fuzzy: ClassVar[bool] = True  # also run on fuzzy drafts
    default: ClassVar[bool] = True  # run when no --only selection names it

    @property
    def description(self) -> str:
        return (self.__doc__ or "").strip().split("\n")[0]

    def applies(self, entry: Entry, only: set[str] | None) -> bool:
        """Whether this check looks at ``entry`` in a run limited to ``only`` (None: the defaults)."""
        if only is not None and self.id not in only or only is None and not self.default:
            return False
        if not entry.msgstr and not self.on_empty:
            return False
        return self.on_fuzzy or not entry.fuzzy

    def run(self, entry: Entry, context: Context) -> list[str]:
        raise NotImplementedError


CHECKS: dict[str, Check] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: list a check once, under its id."""
    if cls.severity not in ("error", "warning"):
        raise ValueError(f"check {cls.id!r}: severity must be 'error' or 'warning'")
    CHECKS[cls.id] = cls()
    return cls


_NUMBER = re.compile(r"(?<![\w<])\d+(?:[.,]\d+)*(?![\w>])")
_CYRILLIC = "\u0400-\u04FF"
_MIXED = re.compile(rf"\b(?=[\w'’]*[{_CYRILLIC}])(?=[\w'’]*[A-Za-z])[\w'’]+\b")
_ENDINGS = {".": {".", "…"}, "!": {"!"}, "?": {"?"}, ":": {":"}, ",": {","}}


def _differences(source: Iterable[str], target: Iterable[str], missing: str, extra: str) -> list[str]:
    """What the source has more of (``missing``) and what the translation has more of (``extra``)."""
    source_count, target_count = Counter(source), Counter(target)
    return ([missing.format(item) for item in sorted(source_count - target_count)]
            + [extra.format(item) for item in sorted(target_count - source_count)])


@register
class Placeholders(Check):
    """Placeholders and markup tags are kept: each <n>…</n> and <n/> exactly once."""

    id = "placeholders"

    def run(self, entry: Entry, context: Context) -> list[str]:
        return _differences(placeholder_tags(entry.msgid), placeholder_tags(entry.msgstr),
                            "missing {}", "extra {}")


# Thousands grouped as English writes them ("35,000") and as Belarusian and Russian do («35 000»,
# with a space or a no-break space): one number, however it is grouped.
_SOURCE_THOUSANDS = re.compile(r"(?<![\w<.,])\d{1,3}(?:,\d{3})+(?![\w>]|[.,]\d)")
_TARGET_THOUSANDS = re.compile(r"(?<![\w<.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w>]|[.,]\d)")


def _numbers(text: str, thousands: re.Pattern[str]) -> list[str]:
    text = thousands.sub(lambda match: re.sub(r"\D", "", match.group(0)), text)
    return _NUMBER.findall(text)


@register
class Numbers(Check):
    """Numbers (dates, article numbers, counts) are unchanged; "35,000" may be written «35 000» or «35000»."""

    id = "numbers"

    def run(self, entry: Entry, context: Context) -> list[str]:
        return _differences(_numbers(plain_text(entry.msgid), _SOURCE_THOUSANDS),
                            _numbers(plain_text(entry.msgstr), _TARGET_THOUSANDS),
                            "number {} is missing", "number {} is not in the source")


@register
class Dates(Check):
    """Every date of the source is in the translation: the same day, the locale's month name, the same year."""

    id = "dates"

    def run(self, entry: Entry, context: Context) -> list[str]:
        from uaintl.dates import english_dates, expected_text, month_words, same_date, target_dates

        if not month_words(context.locale):
            return []
        targets = target_dates(plain_text(entry.msgstr), context.locale)
        problems = []
        for date in english_dates(plain_text(entry.msgid)):
            found = next((target for target in targets if same_date(date, target)), None)
            if found is None:
                problems.append(f"date {date.describe()} is missing or changed: "
                                f"expected «{expected_text(date, context.locale)}»")
            else:
                targets.remove(found)
        text = plain_text(entry.msgstr)
        problems += [f"date «{text[target.start:target.end]}» is not in the source"
                     for target in targets if target.day is not None or target.year is not None]
        return problems


@register
class Protected(Check):
    """URLs, e-mails and phone numbers written out in the text are unchanged."""

    id = "protected"

    def run(self, entry: Entry, context: Context) -> list[str]:
        source = set(match.group(0) for match in PROTECTED_TEXT.finditer(entry.msgid))
        return [f"{item!r} is not in the source" for item in
                (match.group(0) for match in PROTECTED_TEXT.finditer(entry.msgstr)) if item not in source]


@register
class EndPunctuation(Check):
    """The translation ends like the source (. ! ? : ,); salutations may end with ! instead of ,."""

    id = "end-punctuation"
    severity = "warning"

    def run(self, entry: Entry, context: Context) -> list[str]:
        source, target = plain_text(entry.msgid).rstrip()[-1:], plain_text(entry.msgstr).rstrip()[-1:]
        if source not in _ENDINGS:
            return []
        if "role: salutation" in entry.extracted_comments and target in ("!", ","):
            return []
        closing = plain_text(entry.msgstr).rstrip().rstrip("»”\"')")[-1:]
        if target in _ENDINGS[source] or closing in _ENDINGS[source]:
            return []
        return [f"ends with {target!r}, the source with {source!r}"]


@register
class Untranslated(Check):
    """The entry has no translation yet."""

    id = "untranslated"
    severity = "warning"
    on_empty = True

    def run(self, entry: Entry, context: Context) -> list[str]:
        return [] if entry.msgstr else ["not translated"]


@register
class Fuzzy(Check):
    """The translation is a draft (fuzzy) that needs review."""

    id = "fuzzy"
    severity = "warning"

    def run(self, entry: Entry, context: Context) -> list[str]:
        return ["needs review (fuzzy)"] if entry.fuzzy else []


@register
class DoubleSpace(Check):
    """No doubled spaces (unless the source has them)."""

    id = "double-space"
    severity = "warning"

    def run(self, entry: Entry, context: Context) -> list[str]:
        return ["doubled space"] if "  " in entry.msgstr and "  " not in entry.msgid else []


@register
class MixedScript(Check):
    """No Latin letters inside Cyrillic words (a Latin i in Belarusian, a Latin o, …)."""

    id = "mixed-script"

    def run(self, entry: Entry, context: Context) -> list[str]:
        profile = lang.find(context.locale)
        if profile is None or profile.script != "Cyrl":
            return []
        return [f"{word!r} mixes Latin and Cyrillic letters" for word in _MIXED.findall(plain_text(entry.msgstr))]


@register
class Names(Check):
    """Person names are the registry's form for this locale, in any case, and none is lost."""

    id = "names"

    def run(self, entry: Entry, context: Context) -> list[str]:
        if context.names is None:
            return []
        from uaintl.names.check import check_entry as check_names

        return [finding.message for finding in check_names(entry, context.locale, context.names)]


@register
class Spelling(Check):
    """Words are in the locale's hunspell dictionary (names from the registry excepted)."""

    id = "spelling"
    severity = "warning"

    def run(self, entry: Entry, context: Context) -> list[str]:
        if context.speller is None:
            return []
        return [f"unknown word {word!r}" for word in context.speller.misspelled(entry.msgstr, context.names)]


@dataclass
class Finding:
    check: str
    severity: str
    path: str
    line: int
    msgctxt: str | None
    message: str

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def check_entry(entry: Entry, context: Context, path: str, only: set[str] | None = None) -> list[Finding]:
    """Findings of every check that applies to ``entry`` (the defaults, or exactly ``only``)."""
    return [Finding(item.id, item.severity, path, entry.line, entry.msgctxt, message)
            for item in CHECKS.values() if item.applies(entry, only)
            for message in item.run(entry, context)]
