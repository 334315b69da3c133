"""The check registry, in the manner of translate-toolkit's pofilter and Weblate's checks.

Each check takes the source and translation of one entry (and the run's context) and returns
problem descriptions. ``@check`` registers it with an id and a severity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from uaintl.catalog.model import Entry
from uaintl.document.inline import PROTECTED_TEXT, placeholder_tags, plain_text


@dataclass
class Context:
    locale: str
    names: object | None = None  # NameIndex, when the project has a registry
    speller: object | None = None  # Speller, when the locale's dictionary is installed


@dataclass
class Check:
    id: str
    severity: str  # "error" | "warning"
    function: Callable[[Entry, Context], list[str]]
    description: str = ""


CHECKS: dict[str, Check] = {}


def check(id: str, severity: str) -> Callable:
    def register(function: Callable[[Entry, Context], list[str]]) -> Callable:
        CHECKS[id] = Check(id, severity, function, (function.__doc__ or "").strip().split("\n")[0])
        return function
    return register


_NUMBER = re.compile(r"(?<![\w<])\d+(?:[.,]\d+)*(?![\w>])")
_CYRILLIC = "\u0400-\u04FF"
_MIXED = re.compile(rf"\b(?=[\w'’]*[{_CYRILLIC}])(?=[\w'’]*[A-Za-z])[\w'’]+\b")
_ENDINGS = {".": {".", "…"}, "!": {"!"}, "?": {"?"}, ":": {":"}, ",": {","}}


@check("placeholders", "error")
def placeholders(entry: Entry, context: Context) -> list[str]:
    """Placeholders and markup tags are kept: each <n>…</n> and <n/> exactly once."""
    source, target = Counter(placeholder_tags(entry.msgid)), Counter(placeholder_tags(entry.msgstr))
    problems = [f"missing {tag}" for tag in sorted(source - target)]
    problems += [f"extra {tag}" for tag in sorted(target - source)]
    return problems


@check("numbers", "error")
def numbers(entry: Entry, context: Context) -> list[str]:
    """Numbers (dates, article numbers, counts) are unchanged."""
    source = Counter(_NUMBER.findall(plain_text(entry.msgid)))
    target = Counter(_NUMBER.findall(plain_text(entry.msgstr)))
    problems = [f"number {number} is missing" for number in sorted(source - target)]
    problems += [f"number {number} is not in the source" for number in sorted(target - source)]
    return problems


@check("protected", "error")
def protected(entry: Entry, context: Context) -> list[str]:
    """URLs, e-mails and phone numbers written out in the text are unchanged."""
    source = set(match.group(0) for match in PROTECTED_TEXT.finditer(entry.msgid))
    return [f"{item!r} is not in the source" for item in
            (match.group(0) for match in PROTECTED_TEXT.finditer(entry.msgstr)) if item not in source]


@check("end-punctuation", "warning")
def end_punctuation(entry: Entry, context: Context) -> list[str]:
    """The translation ends like the source (. ! ? : ,); salutations may end with ! instead of ,."""
    source, target = plain_text(entry.msgid).rstrip()[-1:], plain_text(entry.msgstr).rstrip()[-1:]
    if source not in _ENDINGS:
        return []
    if "role: salutation" in entry.extracted_comments and target in ("!", ","):
        return []
    closing = plain_text(entry.msgstr).rstrip().rstrip("»”\"')")[-1:]
    if target in _ENDINGS[source] or closing in _ENDINGS[source]:
        return []
    return [f"ends with {target!r}, the source with {source!r}"]


@check("untranslated", "warning")
def untranslated(entry: Entry, context: Context) -> list[str]:
    """The entry has no translation yet."""
    return [] if entry.msgstr else ["not translated"]


@check("fuzzy", "warning")
def fuzzy(entry: Entry, context: Context) -> list[str]:
    """The translation is a draft (fuzzy) that needs review."""
    return ["needs review (fuzzy)"] if entry.fuzzy and entry.msgstr else []


@check("double-space", "warning")
def double_space(entry: Entry, context: Context) -> list[str]:
    """No doubled spaces (unless the source has them)."""
    return ["doubled space"] if "  " in entry.msgstr and "  " not in entry.msgid else []


@check("mixed-script", "error")
def mixed_script(entry: Entry, context: Context) -> list[str]:
    """No Latin letters inside Cyrillic words (a Latin i in Belarusian, a Latin o, …)."""
    if context.locale not in ("be", "ru"):
        return []
    return [f"{word!r} mixes Latin and Cyrillic letters" for word in _MIXED.findall(plain_text(entry.msgstr))]


@check("names", "error")
def names(entry: Entry, context: Context) -> list[str]:
    """Person names are the registry's form for this locale, in any case, and none is lost."""
    if context.names is None or not entry.msgstr:
        return []
    from uaintl.catalog.model import Catalog
    from uaintl.names.check import check_catalog

    return [finding.message.split("] ", 1)[-1]
            for finding in check_catalog("", Catalog(entries=[entry]), context.locale, context.names)]


@check("spelling", "warning")
def spelling(entry: Entry, context: Context) -> list[str]:
    """Words are in the locale's hunspell dictionary (names from the registry excepted)."""
    if context.speller is None or not entry.msgstr:
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
    findings = []
    for item in CHECKS.values():
        if only and item.id not in only:
            continue
        if item.id not in ("untranslated",) and not entry.msgstr:
            continue
        for message in item.function(entry, context):
            findings.append(Finding(item.id, item.severity, path, entry.line, entry.msgctxt, message))
    return findings
