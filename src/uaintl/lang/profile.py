"""What uaintl knows about one locale, as one plain record (see ``uaintl.lang`` for the registry)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")

# Belarusian and Russian share gettext's three-form rule (msginit and Babel agree; CLDR's four
# categories do not map onto gettext's header).
EAST_SLAVIC_PLURALS = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                       "(n%100<10 || n%100>=20) ? 1 : 2);")

# (word, "first" | "last", gender "m" | "f") → case → form, for every case in CASES
Inflect = Callable[[str, str, str], dict[str, str]]


@dataclass(frozen=True)
class LocaleProfile:
    """One locale: catalogue header, names, spelling, letters."""

    code: str  # BCP 47, as in uaintl.toml: "be", "ru", "be-Latn"
    plural_forms: str  # gettext Plural-Forms header
    script: str  # ISO 15924: "Cyrl", "Latn"
    letters: str  # the alphabet, lower case: tells a name's language by its letters
    draft_banner: str  # heads a letter or document rendered from unreviewed text
    # Letters: the greeting that agrees with the official's gender ("m"/"f"; "n" when the gender is
    # unknown: a neutral form the reviewer is told to check), a regular expression
    # for the greeting as a translator writes it (removed before the agreeing one is put back), and
    # how greeting and title make the salutation line.
    salutations: Mapping[str, str] = field(default_factory=dict)
    greeting: str = ""
    salutation_format: str = "{greeting} {title}!"
    # How a letter in this language opens and closes, to find those lines in a source document.
    letter_opening: re.Pattern[str] | None = None
    letter_closing: re.Pattern[str] | None = None
    date_locale: str = ""  # Babel locale for dates (default: the code)
    date_format: str = "long"
    # Dates in running text (translation memory, the date check). CLDR gives the genitive and
    # nominative month names; the locative («у ліпені», «в июле») is listed here, with other
    # spellings a translator may use (word → (month, "gen" | "nom" | "loc")) and the words that
    # may follow a year (a regular expression: «г.», «года»). No locative: dates are not read.
    month_locative: tuple[str, ...] = ()
    month_variants: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    year_words: str = ""
    hunspell: str | None = None  # dictionary name in /usr/share/hunspell, e.g. "be_BY"
    romanisations: Mapping[str, Callable[[str], str]] = field(default_factory=dict)  # scheme → word → Latin
    inflect: Inflect | None = None  # case forms of one name word
    # A locale written from another's catalogues and names (be-Latn from be): that locale, and
    # ``transform(text, names=None)`` that turns its text into this one's; ``names`` maps a registered
    # person's name word in the base locale (lower case) to the registry's form in this one.
    base: str | None = None
    transform: Callable[..., str] | None = None

    def __post_init__(self) -> None:
        if (self.base is None) != (self.transform is None):
            raise ValueError(f"locale {self.code!r}: base and transform go together")
