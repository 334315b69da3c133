"""Spelling against Debian's hunspell dictionaries (hunspell-be, hunspell-ru) through the hunspell program.

One ``hunspell -L`` process per batch of unseen words: the C program loads the Russian dictionary in
about 0.1 s, where spylls (pure Python) took 1–1.8 s per dictionary and run, and a pickled spylls
dictionary loads no faster (benchmarks/bench_check.py; the issue 11 note has the figures).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from uaintl import lang
from uaintl.document.inline import plain_text
from uaintl.errors import UaintlError

DICTIONARY_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
BUNDLED_WORDS = resources.files("uaintl.qa") / "data"  # <locale>.txt: words the bundled texts use
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def dictionary_path(locale: str) -> Path | None:
    """The installed hunspell dictionary named by the locale's profile, if any."""
    profile = lang.find(locale)
    name = profile.hunspell if profile else None
    if name is None:
        return None
    for folder in DICTIONARY_DIRS:
        if (folder / f"{name}.dic").exists() and (folder / f"{name}.aff").exists():
            return folder / name
    return None


def _dictionary_form(word: str) -> str:
    """The apostrophe the dictionaries use (be_BY lists сям'я with U+0027)."""
    return word.replace("’", "'").replace("ʼ", "'")


class Speller:
    """Known-word cache in front of hunspell; ``prepare`` checks many words in one process."""

    def __init__(self, path: Path, accepted: set[str] | None = None, program: str = "hunspell") -> None:
        self.path = path
        self.program = program
        self.accepted = {word.lower() for word in accepted or set()}
        self._known: dict[str, bool] = {}

    def words(self, text: str) -> list[str]:
        return [word for word in _WORD.findall(plain_text(text)) if _CYRILLIC.search(word)]

    def exempt(self, word: str) -> bool:
        return len(word) == 1 or (word.isupper() and len(word) <= 5) or word.lower() in self.accepted  # г., БНФ

    def prepare(self, texts: Iterable[str]) -> None:
        """Look up every new word of ``texts`` with one hunspell run."""
        self._look_up({word for text in texts for word in self.words(text)})

    def _look_up(self, words: set[str]) -> None:
        fresh = sorted(words - self._known.keys())
        asked = [word for word in fresh if not self.exempt(word)]
        unknown = self._unknown({_dictionary_form(word) for word in asked})
        for word in fresh:
            self._known[word] = self.exempt(word) or _dictionary_form(word) not in unknown

    def _unknown(self, words: set[str]) -> set[str]:
        """The words hunspell does not accept (``-L`` prints the input lines it finds an error in)."""
        if not words:
            return set()
        try:
            done = subprocess.run([self.program, "-i", "utf-8", "-d", str(self.path), "-L"],
                                  input="\n".join(sorted(words)) + "\n", capture_output=True, text=True,
                                  encoding="utf-8", timeout=120)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise UaintlError(f"hunspell failed: {error}", hint="apt-get install hunspell") from None
        if done.returncode != 0:
            raise UaintlError(f"hunspell failed: {done.stderr.strip()[:200]}", self.path)
        return set(done.stdout.splitlines())

    def known(self, word: str) -> bool:
        if word not in self._known:
            self._look_up({word})
        return self._known[word]

    def misspelled(self, text: str, names=None) -> list[str]:
        """Unknown words of ``text``; registry names (in any case) and Latin words are left alone."""
        text = plain_text(text)
        if names is not None:
            from uaintl.names.match import find_mentions

            for mention in reversed(find_mentions(text, names, include_near=False)):
                text = text[:mention.start] + " " + text[mention.end:]
        words = self.words(text)
        if not self._known.keys() >= set(words):
            self._look_up(set(words))
        return [word for word in words if not self._known[word]]


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
    program = shutil.which("hunspell")
    if program is None:
        return None, "the hunspell program is not installed (apt-get install hunspell)"
    accepted = accepted_words(Path(str(BUNDLED_WORDS / f"{locale}.txt")))
    if word_list:
        accepted |= accepted_words(word_list)
    return Speller(path, accepted, program), f"hunspell {path.name}"
