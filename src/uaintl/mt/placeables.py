"""Placeables: the parts of a segment that change from appeal to appeal while the sentence stays.

Dates, numbers (article and UA numbers too), e-mails, URLs, handles, inline tags and person names
become variables in a memory key, so that "PLEASE TAKE ACTION … UNTIL: May 10, 2023" finds the
memory entry for "… UNTIL: September 28, 2021", and "Dear Ms Pavlova" the one for "Dear Ms Rabkova".
``carry_over`` then writes the new values into the old translation: dates in the locale's words and
in the grammatical form the old translation gave them, names in the old translation's case, tags
renumbered. When any value cannot be placed, there is no suggestion: a stale date, number or name
is worse than none.

A person the registry knows is written in the registry's form. A person it does not know (found by
the shape of the name, ``names.detect``) is written in the form ``names.people`` proposes for the
registry, and the suggestion says so; a person whose gender nothing tells is never swapped in.

The key is also normalised — letter case, whitespace, quote and apostrophe style, dashes and
trailing punctuation do not count — and ``adapt_case`` gives the translation the new segment's
style (an all-caps heading, a sentence-case one, the ending punctuation).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from babel import Locale
from babel.lists import format_list

from uaintl.dates import SourceDate, english_dates, rewrite_date, same_date, target_dates
from uaintl.document.inline import PROTECTED_TEXT
from uaintl.mt.languages import carry_languages, find_language_lists
from uaintl.mt.places import (ADJECTIVE_ENDINGS, HEAD_NOUNS, REPUBLIC_WORD, Place, find_places, phrase, stem,
                              written_ending)
from uaintl import lang
from uaintl.lang import CASES
from uaintl.names.detect import find_people
from uaintl.names.forms import written_cases
from uaintl.names.given import fold, lookup_given
from uaintl.names.match import NameIndex, find_mentions
from uaintl.names.people import PersonInfo, as_written, describe_person, split_name
from uaintl.names.unknown import AppealPeople
from uaintl.names.protect import case_for

# Each kind of placeable stands in the key as one private-use character.
KIND_MARKS = {"date": "\ue001", "month": "\ue002", "number": "\ue003", "name": "\ue004",
              "atom": "\ue005", "url": "\ue006", "email": "\ue007", "handle": "\ue008", "phone": "\ue009",
              "place": "\ue00a", "languages": "\ue00b"}
_TAG = re.compile(r"<(\d+)/>|<(\d+)>|</(\d+)>")
_NUMBER = re.compile(r"(?<![\w<])\d+(?:[.,/:-]\d+)*(?![\w>])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"', "‘": "'", "’": "'",
                         "‚": "'", "ʼ": "'", "′": "'", "`": "'", "–": "-", "—": "-", "−": "-", "…": "...",
                         "\u00a0": " ", "\u202f": " "})
_TRAILING = re.compile(r"[\s.:;,!?]+$")
_FIELD_BAR = re.compile(r"\s+\|\s+")
_UA_COLON = re.compile(r"\bua:(?=\s)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Wordings that translate alike in be/ru and so make one memory key: an article before a place
# ("Chair of the Brest Regional Court" ~ "Chair of Kirov Regional Court") and the gender-neutral
# "Chairperson" ~ "Chair", "Ombudsperson" ~ "Ombudsman" (both «Уполномоченный»; not "Chairman"/"Chairwoman":
# a salutation's agreement follows them).
# An honorific's full stop ("Mr." ~ "Mr") is style too.
_KEY_VARIANTS = re.compile(r"\bthe (?=\ue00a)|\bchairperson\b|\bombudsperson\b|\b(mrs?|ms|dr)\.(?= )")


def _key_variant(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1)
    return {"the ": "", "chairperson": "chair", "ombudsperson": "ombudsman"}[match.group(0)]


# Words whose change makes an old translation wrong although no placeable changed.
_GUARDED_WORDS = frozenset(
    "he him his she her hers they them their one two three four five six seven eight nine ten eleven "
    "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "hundred hundreds thousand thousands million dozen dozens first second third fourth fifth sixth "
    "seventh eighth ninth tenth not no never both m f "  # m, f: a "Gender m/f:" line's letters
    # words that tell an addressee's gender: "Madam President" is no "Mr President"
    "mr mrs ms miss madam madame sir".split())


@dataclass(frozen=True)
class Proposal:
    """A person the registry does not know, as one segment names them."""

    written: str  # with its title, as ``describe_person`` reads it: "Ms Pavlova", "Kuzmina Olga Sergeyevna"
    hint: str | None  # the appeal's country ("be", "ru"), for spellings that do not tell
    known: PersonInfo | None = field(default=None, compare=False)  # the appeal's description of the person

    def __str__(self) -> str:
        """Tells people apart in a memory key; registry ids have no "?"."""
        return "?" + " ".join(fold(word) for word in as_written(split_name(self.written)).split())


@dataclass(frozen=True)
class Placeable:
    kind: str
    start: int
    end: int
    text: str
    value: object  # SourceDate for dates, a person id or Proposal for names, the text otherwise


@dataclass(frozen=True)
class People:
    """Several people named as one list ("A, B and C"): one placeable, for a list fills one slot of
    its sentence («вызваліць А, Б і В»). ``shared`` marks given names that share the last person's
    surname ("Ruslan and Adam Dzhabrailov"): their surname would be plural, which is not written."""

    items: tuple[Placeable, ...]
    shared: bool = False

    def __str__(self) -> str:
        return " & ".join(str(item.value) for item in self.items) + (" +shared" if self.shared else "")


@dataclass(frozen=True)
class Parsed:
    """A source segment as memory sees it."""

    text: str
    key: str
    placeables: tuple[Placeable, ...]
    pairs: tuple[int, ...]  # numbers of paired tags <n>…</n>, in order of opening
    guarded: frozenset[str]  # capitalised words outside placeables, number words, pronouns
    bare: str  # the segment without placeables and tags: what tells its letter case

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(placeable.kind for placeable in self.placeables)

    @property
    def values(self) -> tuple[str, ...]:
        """The placeables as written (names by person), for telling entries of one key apart."""
        return tuple(str(placeable.value) if placeable.kind == "name" else placeable.text
                     for placeable in self.placeables)


def normalise(text: str) -> str:
    """Case, whitespace, quote and apostrophe style, dashes and trailing punctuation do not count;
    nor do a " | " between a header's fields or the colon after "UA" ("UA: 85/21 | Index: …")."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).casefold()
    text = _UA_COLON.sub("ua", _FIELD_BAR.sub(" ", text))
    return _TRAILING.sub("", " ".join(text.split()))


def parse(text: str, names: NameIndex | None, appeal: AppealPeople | None = None) -> Parsed:
    """Find the placeables of an English segment and build its memory key; ``appeal`` tells the
    appeal's country and its people the registry does not know, for the names of such people."""
    found: list[Placeable] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int, value: object) -> None:
        if start < end and not any(start < other_end and other_start < end for other_start, other_end in taken):
            found.append(Placeable(kind, start, end, text[start:end], value))
            taken.append((start, end))

    pairs = []
    for match in _TAG.finditer(text):
        if match.group(1):
            add("atom", match.start(), match.end(), match.group(1))
        else:
            taken.append(match.span())
            if match.group(2):
                pairs.append(int(match.group(2)))
    for match in PROTECTED_TEXT.finditer(text):
        kind = next(name for name in ("url", "email", "handle", "phone") if match.group(name))
        add(kind, match.start(), match.end(), match.group(0))
    for date in english_dates(text):
        add("date" if date.day is not None else "month", date.start, date.end, date)
    for start, end, place in find_places(text):
        add("place", start, end, place)
    for start, end, languages in find_language_lists(text):
        add("languages", start, end, languages)
    if names is not None:
        for mention in find_mentions(text, names, include_near=False):
            if mention.person:
                add("name", mention.start, mention.end, mention.person)
    for span in find_people(text):  # after the registry's people: a registered person wins
        written = f"{span.title} {span.text}".strip()
        known = appeal.person(describe_person(written, hint=appeal.hint)) if appeal is not None else None
        add("name", span.start, span.end, Proposal(written, appeal.hint if appeal is not None else None, known))
    for match in _NUMBER.finditer(text):
        add("number", match.start(), match.end(), match.group(0))
    found.sort(key=lambda placeable: placeable.start)
    found = _lists(text, found)
    pieces, position = [], 0
    for placeable in found:
        pieces += [text[position:placeable.start], f" {KIND_MARKS[placeable.kind]} "]
        position = placeable.end
    pieces.append(text[position:])
    bare = _TAG.sub(" ", "".join(pieces))
    words_only = " ".join(bare.translate({ord(mark): " " for mark in KIND_MARKS.values()}).split())
    guarded = set()
    last = ""  # the last character before the word that is not a space
    position = 0
    for match in _WORD.finditer(bare):
        word = match.group(0)
        gap = bare[position:match.start()].rstrip()
        last = gap[-1:] if gap else last
        sentence_start = position == 0 or last in (".", "!", "?", ":", '"', "“")
        if word.lower() in _GUARDED_WORDS or (word[0].isupper() and not sentence_start and word != "I"):
            guarded.add(word.lower())
        last, position = word[-1], match.end()
    return Parsed(text, _KEY_VARIANTS.sub(_key_variant, normalise(bare)), tuple(found), tuple(pairs),
                  frozenset(guarded), words_only)


# Between the people of a list: commas, and "and" before the last ("A, B and C", "A, B, and C", "A and B").
_LIST_COMMA = re.compile(r",\s+")
_LIST_AND = re.compile(r",?\s+and\s+")
# Given names before "and" and a full name: "Ruslan and Adam Dzhabrailov", "Ruslan, Adam and Khasan Dzhabrailov".
_SHARED = re.compile(r"(?:([A-Z][a-z]+),\s+)*([A-Z][a-z]+),?\s+and\s+$")


def _lists(text: str, found: list[Placeable]) -> list[Placeable]:
    """A run of names joined as an English list becomes one name placeable of ``People``: "A, B and
    C", never "A, B" (an apposition, not a list) nor "A and B, C". Given names joined to a full name
    ("Ruslan and Adam Dzhabrailov") make a list marked ``shared``."""
    result: list[Placeable] = []
    run: list[Placeable] = []

    def close() -> None:
        joins = [text[left.end:right.start] for left, right in zip(run, run[1:])]
        if len(run) > 1 and all(_LIST_COMMA.fullmatch(join) for join in joins[:-1]) \
                and _LIST_AND.fullmatch(joins[-1]):
            start, end = run[0].start, run[-1].end
            result.append(Placeable("name", start, end, text[start:end], People(tuple(run))))
        else:
            result.extend(run)
        run.clear()

    for placeable in found:
        if run and placeable.kind == "name" and re.fullmatch(r",?\s+(?:and\s+)?", text[run[-1].end:placeable.start]):
            run.append(placeable)
            continue
        close()
        if placeable.kind == "name":
            run.append(placeable)
        else:
            result.append(placeable)
    close()
    for index, placeable in enumerate(result):
        shared = _SHARED.search(text, 0, placeable.start) if placeable.kind == "name" else None
        if shared and shared.end() == placeable.start and all(
                lookup_given(word) for word in re.findall(r"[A-Z][a-z]+", shared.group(0))) and " " in placeable.text:
            items = placeable.value.items if isinstance(placeable.value, People) else (placeable,)
            result[index] = Placeable("name", shared.start(), placeable.end, text[shared.start():placeable.end],
                                      People(items, shared=True))
    return result


def key_words(key: str) -> set[str]:
    return set(_WORD.findall(key))


@dataclass(frozen=True)
class Token:
    """A word of a segment as fragments compare them, or a placeable (its kind's mark), with its span."""

    word: str
    start: int
    end: int


_EDGE_PUNCTUATION = ".,:;!?\"'()[]"


def tokens(parsed: Parsed) -> list[Token]:
    """The segment's words, letter case, quote style and the punctuation around a word aside, each
    placeable one token: "of Marfa Rabkova, who" and "of Ales Bialiatski who" read the same."""
    found: list[Token] = []
    position = 0
    for placeable in (*parsed.placeables, None):
        end = placeable.start if placeable is not None else len(parsed.text)
        chunk = _TAG.sub(lambda match: " " * len(match.group(0)), parsed.text[position:end])
        for match in re.finditer(r"\S+", chunk):
            word = match.group(0).translate(_QUOTES).casefold().strip(_EDGE_PUNCTUATION)
            if word:
                found.append(Token(word, position + match.start(), position + match.end()))
        if placeable is not None:
            found.append(Token(KIND_MARKS[placeable.kind], placeable.start, placeable.end))
            position = placeable.end
    return found


@dataclass
class Carried:
    text: str
    substitutions: list[str]
    proposed: list[str]  # name forms written in that the registry does not have


def carry_over(old: Parsed, translation: str, new: Parsed, locale: str, names: NameIndex | None) -> Carried | None:
    """The old translation with the new segment's placeables in place of the old ones, or None."""
    if old.kinds != new.kinds:
        return None
    mapping: dict[tuple[str, str], str] = {}
    for before, after in zip(old.placeables, new.placeables, strict=True):
        value = (before.kind, str(before.value) if before.kind == "name" else before.text)
        if mapping.setdefault(value, after.text) != after.text:
            return None  # one old value would become two new ones: which is which is unknown
    edits: list[tuple[int, int, str]] = []  # spans of the old translation and their new text
    described: list[str] = []
    proposed: list[str] = []
    dates = target_dates(translation, locale)
    for before, after in zip(old.placeables, new.placeables, strict=True):
        if before.kind == "atom":
            continue  # renumbered with the pairs below
        if before.kind in ("date", "month"):
            if before.value == after.value:
                continue
            spots = [date for date in dates if same_date(before.value, date)]
            if not spots:
                return None
            for spot in spots:
                rewritten = rewrite_date(translation, spot, after.value, locale, ending(new.text) == ".")
                if rewritten is None:
                    return None
                if after.text.isupper():
                    rewritten = rewritten.upper()  # "BEFORE 9 OCTOBER 2012": the date is part of a caps heading
                edits.append((spot.start, spot.end, rewritten))
                described.append(f"{translation[spot.start:spot.end]} → {rewritten}")
        elif before.kind == "place":
            if before.value == after.value:
                continue
            replaced = _carry_place(before.value, after.value, translation, locale, case_for(new.text[:after.start]))
            if replaced is None:
                return None
            edits += replaced
            described += [f"{translation[start:end]} → {text}" for start, end, text in replaced]
        elif before.kind == "languages":
            if before.value == after.value:
                continue
            replaced = carry_languages(before.value, after.value, translation, locale)
            if replaced is None:
                return None
            edits.append(replaced)
            described.append(f"{translation[replaced[0]:replaced[1]]} → {replaced[2]}")
        elif before.kind == "name":
            if str(before.value) == str(after.value):
                continue
            if isinstance(before.value, People) or isinstance(after.value, People):
                carried_list = _carry_people(before, after, new, translation, locale, names)
                if carried_list is None:
                    return None
                replaced, written = carried_list
            else:
                carried = _carry_name(before, after, new, translation, locale, names)
                if carried is None:
                    return None
                replaced, fresh = carried
                written = [fresh]
            proposed += [cases.tables[0]["nom"] for cases in written
                         if cases.proposed and cases.tables[0]["nom"] not in proposed]
            edits += replaced
            described += [f"{translation[start:end]} → {text}" for start, end, text in replaced]
        else:
            if before.text == after.text:
                continue
            spots = _literal_spots(translation, before, dates)
            if not spots:
                return None
            if before.kind == "number" and any(_COUNTED_HERE.match(translation, end) for _, end in spots) \
                    and not _same_noun_form(before, after, new, locale):
                return None  # «да 10 гадоў» is not «да 21 года»: the counted noun's form would go stale
            for start, end in spots:
                written = _written_like(after.text, translation[start:end], before.text)
                edits.append((start, end, written))
                described.append(f"{translation[start:end]} → {written}")
    if locale.split("-")[0] == "be":
        edits = _nonsyllabic_u(translation, edits)
    text = _apply(translation, edits)
    if text is None:
        return None
    text = _renumber_tags(text, old, new)
    if text is not None and new.pairs and not old.pairs:
        text = _wrap_new_pairs(text, new, locale)
    if text is None:
        return None
    return Carried(text, described, proposed)


def _carry_place(old: Place, new: Place, translation: str, locale: str, wanted_case: str | None
                 ) -> list[tuple[int, int, str]] | None:
    """Where the old place stands in the translation and the new one in its form: a region's
    adjective in any gender and case gets the new stem with the same ending («Гродзенскага абласнога
    суда» → «Гомельскага абласнога суда»); a name after «Рэспублікі»/«Республики» is swapped as it
    stands; a country takes the case the old one had («Беларусі» → «Туркменістана» after "of").
    None when the places are of different kinds (an oblast for a krai: the noun would not agree),
    when the old place is not found, or when some of it would stay (a form not recognised)."""
    base = locale.split("-")[0]
    if base not in ADJECTIVE_ENDINGS:
        return None
    if old.head != new.head:
        return _carry_region_phrase(old, new, translation, base, wanted_case)
    before, after = old.written(base), new.written(base)
    if old.head == "country":
        return _carry_country(old, new, translation, base, wanted_case)
    if old.head is None:
        found = re.finditer(rf"\b{REPUBLIC_WORD[base]}[а-яёіў]{{1,2}} ({re.escape(before)})(?!\w)",
                            translation, re.IGNORECASE)
        spots = [(match.start(1), match.end(1), _same_capitals(after, match.group(1))) for match in found]
        stem_before = before
    else:
        stem_before, stem_after = stem(before), stem(after)
        # each ending as the old place writes it → the plain endings it may stand for
        plain: dict[str, set[str]] = {}
        for ending in ADJECTIVE_ENDINGS[base]:
            plain.setdefault(written_ending(ending, old, base), set()).add(ending)
        endings = "|".join(sorted(plain, key=len, reverse=True))
        found = re.finditer(rf"(?<!\w)({re.escape(stem_before)})({endings})(?!\w)", translation, re.IGNORECASE)
        spots = []
        for match in found:
            new_endings = {written_ending(ending, new, base) for ending in plain[match.group(2).lower()]}
            if len(new_endings) != 1:
                return None  # «Костромской»: masculine nominative or feminine oblique, the word does not tell
            written = _same_capitals(stem_after, match.group(1)) + _same_capitals(new_endings.pop(), match.group(2))
            spots.append((match.start(), match.end(), written))
    rest = _apply(translation, spots) if spots else None
    if rest is None or re.search(rf"(?<!\w){re.escape(stem_before)}", rest, re.IGNORECASE):
        return None  # the old place stands in a form this does not know: it would go stale
    return [_with_preposition(translation, spot, base) for spot in spots]


def _carry_region_phrase(old: Place, new: Place, translation: str, locale: str, wanted_case: str | None
                         ) -> list[tuple[int, int, str]] | None:
    """A region of another kind (an oblast for a krai, a republic, a "Republic of" name): the old
    adjective and its noun («Московской области») become the new ones in the same case
    («Краснодарского края», «Чеченской Республике», «Республике Дагестан»); the case is the one both
    old words fit, told by the preposition before them or the English where they fit several. The
    old adjective anywhere else («областного суда») and nothing."""
    if {old.head, new.head} - set(HEAD_NOUNS[locale]) - {None}:
        return None  # a country is no region: «Министр … Чеченской Республики» is not «… Туркменистана»
    old_phrases = {case: phrase(old, locale, case) for case in CASES}
    spots: list[tuple[int, int, str]] = []
    for form in sorted(set(old_phrases.values()), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", translation, re.IGNORECASE):
            if any(match.start() < end and start < match.end() for start, end, _ in spots):
                continue
            cases = [case for case in CASES if old_phrases[case] == form]
            asked = _case_after_preposition(translation[:match.start()], locale) or wanted_case
            choices = {phrase(new, locale, asked)} if asked in cases else {phrase(new, locale, case) for case in cases}
            if len(choices) != 1:
                return None
            written = choices.pop()
            spots.append((match.start(), match.end(), written.upper() if match.group(0).isupper() else written))
    rest = _apply(translation, spots) if spots else None
    if rest is None or re.search(rf"(?<!\w){re.escape(stem(old.written(locale)))}", rest, re.IGNORECASE):
        return None
    return [_with_preposition(translation, spot, locale) for spot in spots]


def _carry_country(old: Place, new: Place, translation: str, locale: str, wanted_case: str | None
                   ) -> list[tuple[int, int, str]] | None:
    """Each form of the old country in the translation, replaced by the new country's form in the
    same case. A form that fits several cases («Беларусі»: genitive, dative, locative) takes the
    case the English asks for ("of" → genitive), else only a new form common to all of them. A
    country the translation calls a republic («Республики Беларусь») is replaced only by another
    republic; its name then stays in the nominative."""
    old_forms, new_forms = old.cases(locale), new.cases(locale)
    spots: list[tuple[int, int, str]] = []
    for form in sorted(set(old_forms.values()), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", translation, re.IGNORECASE):
            if any(match.start() < end and start < match.end() for start, end, _ in spots):
                continue
            if re.search(rf"\b{REPUBLIC_WORD[locale]}\w{{0,3}}\s+$", translation[:match.start()], re.IGNORECASE):
                if not new.republic or old_forms["nom"] != form:
                    return None
                cases = ["nom"]
            else:
                cases = [case for case in CASES if old_forms[case] == form]
            choices = {new_forms[case] for case in cases}
            asked = _case_after_preposition(translation[:match.start()], locale) or wanted_case
            if asked in cases:
                choices = {new_forms[asked]}
            if len(choices) != 1:
                return None
            spots.append((match.start(), match.end(), _same_capitals(choices.pop(), match.group(0))))
    return spots or None


_IN = re.compile(r"(?<!\w)(в|во|у|ў|ва)\s+$", re.IGNORECASE)


def in_before(word: str, before: str, locale: str) -> str:
    """"in" before a word, as be/ru write it there: ru «во» before в/ф and a consonant («во
    Владимирской»), else «в»; be «ва» before у/ў («ва Уладзімірскай»), «ў» after a vowel, else «у»."""
    first = word[:2].lower()
    if locale == "ru":
        return "во" if re.match(r"[вф][^аеёиоуыэюя]", first) else "в"
    if first[:1] in "уў":
        return "ва"
    return "ў" if before.rstrip()[-1:].lower() in tuple("аеёіоуыэюя") else "у"


def _with_preposition(translation: str, spot: tuple[int, int, str], locale: str) -> tuple[int, int, str]:
    """A place's new form with the "in" before it written for the new word («в Московской» →
    «во Владимирской»)."""
    start, end, text = spot
    match = _IN.search(translation[:start])
    if match is None:
        return spot
    written = in_before(text, translation[:match.start()], locale)
    written = written.capitalize() if match.group(1)[0].isupper() else written
    return match.start(), end, f"{written} {text}"


# A preposition before a place in the translation → the case it governs there.
_PREPOSITION_CASES = {
    "be": {"у": "loc", "ў": "loc", "на": "loc", "аб": "loc", "пры": "loc", "па": "loc", "да": "gen", "з": "gen",
           "для": "gen", "без": "gen", "каля": "gen", "ад": "gen", "к": "dat"},
    "ru": {"в": "loc", "во": "loc", "на": "loc", "о": "loc", "об": "loc", "при": "loc", "по": "dat", "к": "dat",
           "до": "gen", "из": "gen", "для": "gen", "без": "gen", "у": "gen", "от": "gen", "около": "gen"},
}


def _case_after_preposition(before: str, locale: str) -> str | None:
    """The case a preposition right before a word asks for («в Беларуси» → locative), or None."""
    match = re.search(r"(?<!\w)(\w+)\s+$", before)
    return _PREPOSITION_CASES.get(locale, {}).get(match.group(1).lower()) if match else None


def _same_capitals(new: str, found: str) -> str:
    """The new word in the letter case the old one had in the translation (a caps heading)."""
    return new.upper() if found.isupper() else new


# After a number, a word that is not counted by it ("Article 342 of the Code", "since 2020 in").
_NOT_COUNTED = re.compile(r"\s+(?:of|in|and|or|to|on|at|by|for|from|since|until|the|a|an|was|were|is|are)\b")
_COUNTED = re.compile(r"\s+[a-z]")
_COUNTED_HERE = re.compile(r"\s+[^\W\d_]")  # in the translation, a word right after the number


def _same_noun_form(before: Placeable, after: Placeable, new: Parsed, locale: str) -> bool:
    """Whether the noun a new number counts keeps the form the old number gave it: Belarusian and
    Russian nouns take the number's plural category ("10 years" «10 гадоў», "21 years" «21 год»,
    "3 years" «3 гады»). A number that counts nothing (an article, a year) is free to change, and so
    is one the translation puts after its noun («заключённых было 1302»)."""
    old_value, new_value = before.text.replace(",", ""), after.text.replace(",", "")
    if not (old_value.isdigit() and new_value.isdigit()) or len(new_value) == 4 and 1800 <= int(new_value) <= 2100:
        return True
    if _NOT_COUNTED.match(new.text, after.end) or not _COUNTED.match(new.text, after.end):
        return True
    profile = lang.find(locale)
    plural = Locale.parse((profile.base or profile.code) if profile else locale, sep="-").plural_form
    return plural(int(old_value)) == plural(int(new_value))


def _literal_spots(translation: str, placeable: Placeable, dates) -> list[tuple[int, int]]:
    """Where a number, e-mail, URL or handle of the old source stands in its translation (not inside a date)."""
    if placeable.kind == "number":
        wanted = _digits(placeable.text) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", placeable.text) else placeable.text
        spots = []
        for match in re.finditer(r"(?<![\w<])\d+(?:(?:[.,/:-]|[ \u00a0\u202f](?=\d{3}\b))\d+)*(?![\w>])", translation):
            found = match.group(0)
            if (found == wanted or _digits(found) == wanted and not wanted.count(".")) and not any(
                    date.start <= match.start() < date.end for date in dates):
                spots.append(match.span())
        return spots
    return [(match.start(), match.end()) for match in re.finditer(re.escape(placeable.text), translation)]


def _written_like(new: str, found: str, old: str) -> str:
    """A new number written as the translation wrote the old one: "1,450" where "1,302" stood as
    «1302» becomes «1450», as «1 302» becomes «1 450»; an English "1,100" is never copied with its
    comma (a decimal comma in Belarusian and Russian); anything else is copied as the source has it."""
    if found == old and "," not in new:
        return new
    separator = next((char for char in found if char in " \u00a0\u202f"), "")
    digits = _digits(new)
    groups = [digits[max(0, end - 3):end] for end in range(len(digits), 0, -3)][::-1]
    return separator.join(groups) if separator else digits


def _digits(text: str) -> str:
    return re.sub(r"[^\d]", "", text)


@dataclass(frozen=True)
class NameCases:
    """One mention's person in a target locale: gender, and case → form as the mention writes the
    name (whole, surname alone, surname first); one table for a registered person, one per reading
    of the spelling (Belarusian, Russian) for a proposed one."""

    gender: str
    tables: tuple[dict[str, str], ...]
    proposed: bool = False
    whole: dict[str, str] | None = None  # a registered person's whole name, when the mention is the surname


def name_cases(placeable: Placeable, locale: str, names: NameIndex | None, every_reading: bool = False
               ) -> NameCases | None:
    """How the person of a name placeable is written in ``locale``; None when nobody can tell."""
    value = placeable.value
    if isinstance(value, People):
        return None  # a list is written person by person (``_carry_people``)
    if isinstance(value, Proposal):
        own = describe_person(value.written, hint=value.hint)
        parts, known = own.parts, value.known
        alone = not parts.given and not parts.patronymic
        gender = own.gender or (known.gender if known is not None else None)
        # a surname alone is written as the appeal's fuller mentions of the person read it
        infos = [known if known is not None and alone else own]
        if every_reading:
            infos += [describe_person(value.written, hint=hint) for hint in ("be", "ru") if hint != value.hint]
        written = [info.forms.name(locale) for info in infos]
        if gender is None or None in written:
            return None
        tables = {tuple(written_cases(name, locale, gender, alone, parts.surname_first).items()): None
                  for name in written}
        return NameCases(gender, tuple(dict(table) for table in tables), proposed=True)
    person = names.registry.get(value) if names is not None else None
    if person is None:
        return None
    alone = " " not in placeable.text.strip()
    return NameCases(person.gender, (written_cases(person.name(locale), locale, person.gender, alone),),
                     whole=written_cases(person.name(locale), locale, person.gender) if alone else None)


def _carry_name(before: Placeable, after: Placeable, new: Parsed, translation: str, locale: str,
                names: NameIndex | None) -> tuple[list[tuple[int, int, str]], NameCases] | None:
    """The old person's name in the translation, in whatever case it stands, replaced by the new
    person's form in the same case. People of different gender do not swap, for the words around a
    name agree with it — unless the translation is the name and nothing else (a name line); nor do
    people of unknown gender. An old surname alone must not be the end of the old whole name."""
    old, fresh = name_cases(before, locale, names, every_reading=True), name_cases(after, locale, names)
    if old is None or fresh is None:
        return None
    if old.whole and any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", translation) for form in old.whole.values()):
        return None
    wanted_case = case_for(new.text[:after.start])
    for old_forms in old.tables:
        spots = _name_spots(translation, old_forms, fresh.tables[0], wanted_case)
        if spots and (old.gender == fresh.gender or _only_names(translation, spots)):
            return spots, fresh
    return None


def _carry_people(before: Placeable, after: Placeable, new: Parsed, translation: str, locale: str,
                  names: NameIndex | None) -> tuple[list[tuple[int, int, str]], list[NameCases]] | None:
    """An old person or list of people in the translation replaced by the new list (or person),
    each person in the case the old ones stand in, joined as the locale joins lists («А, Б і В»).
    The old people must stand together, in their order, each once, joined by commas and «і»/«и».
    One person and a list do not swap, nor do an all-women list and a list with a man in it, for
    the words around them agree with them («павінен» / «павінны», «актывісткі» / «актывісты») —
    unless the translation is the names and nothing else. Given names sharing one surname ("Ruslan
    and Adam Dzhabrailov") are never written: the surname would have to be put in the plural."""
    old_items, new_items = _people_of(before), _people_of(after)
    if old_items is None or new_items is None or "Latn" in locale:
        return None
    olds = [name_cases(item, locale, names, every_reading=True) for item in old_items]
    fresh = [name_cases(item, locale, names) for item in new_items]
    if None in olds or None in fresh:
        return None
    spots = []
    for old in olds:
        if old.whole and any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", translation) for form in old.whole.values()):
            return None
        found = next((found for table in old.tables if (found := _form_spots(translation, table))), [])
        if len(found) != 1:
            return None  # not there, or there twice: which one is the list is not certain
        spots.append(found[0])
    if any(left[1] > right[0] or not _JOINED.fullmatch(translation[left[1]:right[0]])
           for left, right in zip(spots, spots[1:])):
        return None
    start, end = spots[0][0], spots[-1][1]
    agreeing = (len(olds) > 1, _list_gender(olds)) != (len(fresh) > 1, _list_gender(fresh))
    if agreeing and not _only_names(translation, [(start, end, "")]):
        return None
    cases = set.intersection(*(spot[2] for spot in spots))
    wanted_case = case_for(new.text[:after.start])
    if wanted_case in cases:
        cases = {wanted_case}
    choices = {tuple(cases_of.tables[0].get(case) for cases_of in fresh) for case in cases}
    if len(choices) != 1 or None in (forms := choices.pop()):
        return None
    profile = lang.find(locale)
    written = format_list(list(forms), locale=(profile.base or profile.code) if profile else locale)
    return [(start, end, written)], fresh


# Between the people of a list in a translation: «А, Б і В», «А и Б».
_JOINED = re.compile(r",\s+|,?\s+(?:і|и|й)\s+")


def _people_of(placeable: Placeable) -> tuple[Placeable, ...] | None:
    """The people a name placeable names, one or a list; None for names sharing a surname."""
    value = placeable.value
    if isinstance(value, People):
        return None if value.shared else value.items
    return (placeable,)


def _list_gender(people: list[NameCases]) -> str:
    """What plural words agree with: «актывісткі» for women only, «актывісты» when a man is among them."""
    return "f" if all(person.gender == "f" for person in people) else "m"


def _form_spots(translation: str, forms: dict[str, str]) -> list[tuple[int, int, set[str]]]:
    """Where a person's forms stand in a translation, each with the cases that form can be."""
    spots: list[tuple[int, int, set[str]]] = []
    for form in sorted(set(forms.values()), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", translation):
            if not any(match.start() < end and start < match.end() for start, end, _ in spots):
                spots.append((match.start(), match.end(), {case for case in CASES if forms.get(case) == form}))
    return sorted(spots, key=lambda spot: spot[0])


def _only_names(translation: str, spots: list[tuple[int, int, str]]) -> bool:
    """Nothing but the names (and markup, punctuation) is in the translation: no word agrees with them."""
    rest, position = [], 0
    for start, end, _ in sorted(spots):
        rest.append(translation[position:start])
        position = end
    rest.append(translation[position:])
    return re.search(r"[^\W\d_]", _TAG.sub("", "".join(rest))) is None


def _name_spots(translation: str, old_forms: dict[str, str], new_forms: dict[str, str],
                wanted_case: str | None) -> list[tuple[int, int, str]] | None:
    """Where the old forms stand in the translation and the new form in each one's case; None when
    there is none, or a form fits several cases whose new forms differ and the English does not
    tell which."""
    spots: list[tuple[int, int, str]] = []
    for form in sorted(set(old_forms.values()), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", translation):
            if any(match.start() < end and start < match.end() for start, end, _ in spots):
                continue
            cases = [case for case in CASES if old_forms.get(case) == form]
            case = wanted_case if wanted_case in cases else None
            choices = {new_forms.get(item) for item in cases}
            if case is None and len(choices) != 1:
                return None
            spots.append((match.start(), match.end(), new_forms.get(case) if case else choices.pop()))
    if not spots or any(text is None for _, _, text in spots):
        return None
    return spots


_VOWELS = "аеёіоуыэюяАЕЁІОУЫЭЮЯ"
_U_AFTER = re.compile(r" ([уўУЎ])(?=\w)")


def _nonsyllabic_u(translation: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The edits with Belarusian's initial у written ў after a word ending in a vowel (2008
    orthography) where a new value meets its neighbours: the word after a new name follows it («з
    Марфы Рабковай усе абвінавачванні» → «з Насты Лойкі ўсе абвінавачванні»); a new name's own
    initial У stays У whatever precedes it («вызваліць Уладзіміра», «і Уладзіміра»)."""
    starts = {start for start, _, _ in edits}
    result = []
    for start, end, replacement in edits:
        before = translation[max(0, start - 2):start]
        if replacement[:1] in "уўУЎ" and before[1:] == " " and before[:1].isalpha():
            replacement = _u_form(replacement[0], before[0] in _VOWELS) + replacement[1:]
        result.append((start, end, replacement))
        after = _U_AFTER.match(translation, end)
        if after and replacement[-1:].isalpha() and after.start(1) not in starts:
            spelt = _u_form(after.group(1), replacement[-1] in _VOWELS)
            if spelt != after.group(1):
                result.append((after.start(1), after.end(1), spelt))
    return result


def _u_form(letter: str, after_vowel: bool) -> str:
    """у or ў by the word before; a capital (a proper name's) is always У: «і Уладзіміра» (2008
    rules, §15.4: у at the start of proper names is never shortened)."""
    if letter.isupper():
        return "У"
    return "ў" if after_vowel else "у"


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str | None:
    edits = sorted(set(edits))
    for (_, end, _), (start, _, _) in zip(edits, edits[1:]):
        if start < end:
            return None
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


def _renumber_tags(text: str, old: Parsed, new: Parsed) -> str | None:
    """Old tag numbers → new ones, atoms and pairs each in order; pairs may be dropped when the new
    segment has none (markup is formatting), but never invented."""
    mapping: dict[str, str] = {}
    old_atoms = [placeable.value for placeable in old.placeables if placeable.kind == "atom"]
    new_atoms = [placeable.value for placeable in new.placeables if placeable.kind == "atom"]
    mapping.update(zip(old_atoms, new_atoms, strict=True))
    drop_pairs = bool(old.pairs) and not new.pairs
    if old.pairs and not drop_pairs:
        if len(old.pairs) != len(new.pairs):
            return None
        mapping.update((str(before), str(after)) for before, after in zip(old.pairs, new.pairs, strict=True))
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        atom, opening, closing = match.groups()
        number = atom or opening or closing
        if not atom and drop_pairs:
            return ""
        if number not in mapping:
            missing = True
            return match.group(0)
        return f"<{mapping[number]}/>" if atom else f"<{mapping[number]}>" if opening else f"</{mapping[number]}>"

    text = _TAG.sub(replace, text)
    return None if missing else text


def _wrap_new_pairs(text: str, new: Parsed, locale: str) -> str | None:
    """Put the new segment's markup into a translation that had none, where its place is certain:
    around the whole text, around a leading label ("<1>Deadline:</1> …": up to the translation's
    first colon), or around one date or number. Anywhere else it is not guessed."""
    whole = None
    for number in new.pairs:
        match = re.search(rf"<{number}>(.*?)</{number}>", new.text, re.S)
        if match is None:
            return None
        inner = _TAG.sub("", match.group(1)).strip()
        opening, closing = f"<{number}>", f"</{number}>"
        if match.start() == 0 and match.end() == len(new.text.rstrip()):
            whole = (opening, closing)
        elif match.start() == 0 and inner.endswith(":"):
            colon = text.find(":")
            if colon < 0:
                return None
            text = opening + text[:colon + 1] + closing + text[colon + 1:]
        else:
            inside = [placeable for placeable in new.placeables if match.start(1) <= placeable.start < match.end(1)]
            if len(inside) != 1 or inside[0].text != inner or inside[0].kind not in ("date", "number"):
                return None
            spans = ([(date.start, date.end) for date in target_dates(text, locale) if same_date(inside[0].value, date)]
                     if inside[0].kind == "date" else
                     [match.span() for match in re.finditer(rf"(?<![\w.,]){re.escape(inside[0].text)}(?![\w]|[.,]\d)", text)])
            if len(spans) != 1:
                return None
            start, end = spans[0]
            text = text[:start] + opening + text[start:end] + closing + text[end:]
    if whole:
        text = whole[0] + text + whole[1]
    return text


def style(text: str) -> str:
    """"upper" (an all-caps heading or label: most words in capitals), "title" (Title Case Heading)
    or "plain"."""
    words = [word for word in _WORD.findall(_TAG.sub("", text)) if len(word) > 1]
    if words and sum(word.isupper() for word in words) >= 0.6 * len(words):
        return "upper"
    long_words = [word for word in words if len(word) > 3]
    if len(long_words) >= 2 and all(word[0].isupper() for word in long_words):
        return "title"
    return "plain"


def _closing_tags(text: str) -> tuple[str, str]:
    """The text, and the closing tags it ends with ("<1>Deadline:</1>" → "<1>Deadline:", "</1>")."""
    match = re.search(r"(?:</\d+>)+$", text)
    return (text[:match.start()], match.group(0)) if match else (text, "")


def ending(text: str) -> str:
    """The punctuation a segment ends with, inside any closing tags."""
    match = _TRAILING.search(_closing_tags(text)[0])
    return match.group(0).strip() if match else ""


def adapt_case(translation: str, old: Parsed, new: Parsed, proper: set[str]) -> str:
    """Give the translation the new segment's letter case and ending punctuation.

    An all-caps heading gets an all-caps translation; a title-case or plain one gets the locale's
    heading case (sentence case: Belarusian and Russian do not capitalise every word), keeping the
    capitals of words the memory's translations capitalise mid-sentence (names, places). The case
    is read from the words outside placeables ("DEADLINE: September 28" is an all-caps line)."""
    old_style, new_style = style(old.bare), style(new.bare)
    if new_style == "upper" and old_style != "upper":
        translation = translation.upper()
    elif new_style != "upper" and old_style == "upper":
        translation = _sentence_case(translation, proper)
    old_end, new_end = ending(old.text), ending(new.text)
    if old_end != new_end and ending(translation) == old_end:
        body, tags = _closing_tags(translation)
        translation = _TRAILING.sub("", body) + new_end + tags
    return translation


def _sentence_case(text: str, proper: set[str]) -> str:
    """Words in capitals become lower case but for the first and known proper names; words that are
    not in capitals (a substituted name, a date) were never part of the heading's style."""
    def word(match: re.Match[str]) -> str:
        value = match.group(0)
        if not value.isupper():
            return value
        before = _TAG.sub("", text[:match.start()])
        first = not before.strip() or re.search(r"[.!?]\s*$", before) is not None
        lower = value.lower()
        return lower[:1].upper() + lower[1:] if first or lower in proper else lower

    return re.sub(r"[^\W\d_]+", word, text)


def proper_words(translation: str) -> set[str]:
    """Words a translation capitalises in mid-sentence: names, places, organisations."""
    found = set()
    for match in _WORD.finditer(translation):
        value = match.group(0)
        before = translation[:match.start()].rstrip()
        if value[0].isupper() and not value.isupper() and before and not before.endswith((".", "!", "?", ":", "«", '"')):
            found.add(value.lower())
    return found
