"""Spelling against Debian's hunspell dictionaries (hunspell-be, hunspell-ru) through spylls."""

from __future__ import annotations

import re
from pathlib import Path

from uaintl.document.inline import plain_text

DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
DICTIONARIES = {"be": "be_BY", "ru": "ru_RU"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


def dictionary_path(locale: str) -> Path | None:
    name = DICTIONARIES.get(locale.split("-")[0].split("_")[0])
    if name is None or "Latn" in locale:
        return None
    for folder in DICTIONARY_DIRS:
        if (folder / f"{name}.dic").exists() and (folder / f"{name}.aff").exists():
            return folder / name
    return None


class Speller:
    def __init__(self, path: Path, accepted: set[str] | None = None) -> None:
        from spylls.hunspell import Dictionary

        self.dictionary = Dictionary.from_files(str(path))
        self.accepted = {word.lower() for word in accepted or set()}
        self._known: dict[str, bool] = {}

    def known(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = (
                len(word) == 1 or (word.isupper() and len(word) <= 5)  # г., БНФ: abbreviations
                or word.lower() in self.accepted or bool(self.dictionary.lookup(word))
                or bool(self.dictionary.lookup(word.replace("’", "'"))))
        return self._known[word]

    def misspelled(self, text: str, names=None) -> list[str]:
        """Unknown words of ``text``; registry names (in any case) and Latin words are left alone."""
        text = plain_text(text)
        if names is not None:
            from uaintl.names.match import find_mentions

            for mention in reversed(find_mentions(text, names, include_near=False)):
                text = text[:mention.start] + " " + text[mention.end:]
        return [word for word in _WORD.findall(text)
                if re.search(r"[\u0400-\u04FF]", word) and not self.known(word)]


def accepted_words(path: Path) -> set[str]:
    """A project's word list (``locales/spelling/<locale>.txt``): one word a line, # comments."""
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def speller_for(locale: str, word_list: Path | None = None) -> tuple[Speller | None, str]:
    """The locale's speller, or None with the reason it is missing."""
    path = dictionary_path(locale)
    if path is None:
        return None, f"no hunspell dictionary for {locale} (apt-get install hunspell-{locale.split('-')[0]})"
    return Speller(path, accepted_words(word_list) if word_list else set()), f"hunspell {path.name}"
