"""Language names in notes: a list of languages ("Russian, Turkmen, English", "English, Belarusian
or Russian") is one placeable of translation memory, read from ``data/languages.toml`` with the
forms their Belarusian and Russian names take («белорусский», «на белорусском», «по-белорусски»).
A list is two or more languages joined by commas, "or" or "and", or one language standing after a
note's colon ("PREFERRED LANGUAGE: Kazakh"); a language adjective alone in a sentence ("Belarusian
authorities") is not one, for its translation is not a language's name («белорусские власти»).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

# English joiners → the locale's.
_JOINERS = {"be": {",": ", ", "or": " або ", "and": " і "}, "ru": {",": ", ", "or": " или ", "and": " и "}}
_TRANSLATED_JOINER = r"(?:\s*,\s*(?:(?:або|альбо|ці|і|или|и)\s+)?|\s+(?:або|альбо|ці|і|или|и)\s+)"


@dataclass(frozen=True)
class LanguageList:
    """Languages by id, and the English joiner after each but the last (",", "or", "and")."""

    languages: tuple[str, ...]
    joiners: tuple[str, ...]


@cache
def _table() -> tuple[dict[str, str], dict[str, dict[str, tuple[str, ...]]], re.Pattern[str]]:
    data = tomllib.loads((resources.files("uaintl.mt") / "data" / "languages.toml").read_text(encoding="utf-8"))
    by_name = {name.casefold(): language for language, entry in data.items() for name in entry["en"]}
    forms = {language: {"be": tuple(entry["be"]), "ru": tuple(entry["ru"])} for language, entry in data.items()}
    name = "|".join(sorted((re.escape(name) for entry in data.values() for name in entry["en"]), key=len, reverse=True))
    joiner = r"(?:,\s+(?:or\s+|and\s+)?|\s+(?:or|and)\s+)"
    pattern = re.compile(rf"(?<![\w-])(?:{name})(?:{joiner}(?:{name}))+(?![\w-])"
                         rf"|(?:(?<=:\s)|(?<=:</\d>\s))(?:{name})(?![\w-])(?!\s+\w)", re.IGNORECASE)
    return by_name, forms, pattern


def find_language_lists(text: str) -> list[tuple[int, int, LanguageList]]:
    """The lists of languages in an English segment, as (start, end, list)."""
    by_name, _, pattern = _table()
    found = []
    for match in pattern.finditer(text):
        parts = re.split(r"(,\s+(?:or\s+|and\s+)?|\s+(?:or|and)\s+)", match.group(0))
        languages = tuple(by_name[part.casefold()] for part in parts[::2])
        joiners = tuple("or" if "or" in joiner else "and" if "and" in joiner else "," for joiner in parts[1::2])
        found.append((match.start(), match.end(), LanguageList(languages, joiners)))
    return found


def carry_languages(old: LanguageList, new: LanguageList, translation: str, locale: str
                    ) -> tuple[int, int, str] | None:
    """Where the old list stands in the translation and the new one written there, each language in
    the form the old ones had («на английском, белорусском или русском» → «на русском, туркменском
    или английском»), joined as the new English joins them; None when the old list is not found once
    with one form for all its languages."""
    base = locale.split("-")[0]
    _, forms, _ = _table()
    if base not in _JOINERS:
        return None
    items = [rf"({'|'.join(re.escape(form) for form in forms[language][base])})" for language in old.languages]
    found = list(re.finditer(r"(?<![\w-])" + _TRANSLATED_JOINER.join(items) + r"(?![\w-])", translation,
                             re.IGNORECASE))
    if len(found) != 1:
        return None
    match = found[0]
    slots = {forms[language][base].index(match.group(index + 1).lower()) for index, language in enumerate(old.languages)}
    if len(slots) != 1:
        return None
    slot = slots.pop()
    written = [forms[language][base][slot] for language in new.languages]
    text = written[0] + "".join(_JOINERS[base][joiner] + word for joiner, word in zip(new.joiners, written[1:],
                                                                                         strict=True))
    return match.start(), match.end(), text.upper() if match.group(0).isupper() else text
