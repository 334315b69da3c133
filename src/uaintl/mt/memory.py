"""Translation memory: reviewed catalogues, compendia (PO or TMX) and the bundled UA boilerplate.

A lookup finds, best first:
- an *exact* match (the same English text);
- a *normalised* one: the same text once letter case, whitespace, quotes, dashes and trailing
  punctuation are set aside; the translation gets the new segment's case and ending;
- an *adapted* one: the same text but for placeables (dates, numbers, names, e-mails, URLs, tags),
  whose new values are written into the old translation (see ``placeables``);
- a *fuzzy* one: a similar text, scored on the normalised keys, with its placeables carried over too;
- an *assembled* one: an official's line of a title and a name ("Prosecutor General Aliaksei Zhuk",
  "Tatiana Lebedeva, High Commissioner for …") from the memory's translation of the title and the
  person's name, where the parts and their order are certain.
- a *composed* one: a sentence whose every clause the memory has whole ("I call on you to release
  X immediately and unconditionally" + "as she is a prisoner of conscience, …"), the clauses'
  translations joined as be/ru join clauses (``clauses``); preferred to a fuzzy match.

Safety rules: a suggestion whose placeables cannot all be carried over is not given (no stale date,
number or name); a fuzzy match must not differ in a capitalised word, a number word or a pronoun;
an entry of another role (a salutation for a title) is only used when its text is the same.
Reviewed project catalogues win over compendia, and both over the bundled boilerplate.

Exact matches and normalised keys come from dictionaries; fuzzy candidates from an inverted index
of the keys' words, so a lookup never scans the whole memory.

For a unit with no suggestion, ``fragments`` finds the memory entries of at least five words (a
placeable counting as one) that occur whole inside it ("I am writing to express my grave concern for the health and
well-being of X" inside "…of X, who is serving a six-year sentence in …"), their placeables carried
over: hints for the translator, never a suggestion. Their candidates come from an index of the
entries' first two words, so this too never scans the memory.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz

from uaintl.catalog.model import Catalog
from uaintl.catalog.tmx import ROLE_PROP, read_tmx
from uaintl.catalog.units import unit_comment
from uaintl.mt.clauses import clause_cuts, continued, fits, join_clauses, without_ending
from uaintl.mt.placeables import (Parsed, Placeable, adapt_case, carry_over, key_words, name_cases, normalise, parse,
                                  in_before, proper_words, style, tokens)
from uaintl.mt.places import phrase
from uaintl.mt.salutations import saluted
from uaintl.names.match import NameIndex
from uaintl.names.people import GENDERED_TITLES
from uaintl.names.unknown import AppealPeople

CANDIDATES = 50
# Where an entry comes from, in the order that wins a tie.
BOILERPLATE, COMPENDIUM, PROJECT = 0, 1, 2
# Roles whose sentences are interchangeable: prose read in running text.
_PROSE = frozenset({"summary", "letter", "background", "other"})
_KIND_ORDER = {"exact": 3, "normalised": 2, "adapted": 1, "fuzzy": 0}
# A fragment hint is a memory entry of at least 5 tokens (a placeable counts as one: "She was arrested
# on <date>"), 4 of them words: shorter ones ("in Minsk on <date>") occur everywhere and tell nothing.
FRAGMENT_TOKENS, FRAGMENT_WORDS = 5, 4
FRAGMENT_HINTS = 3  # at most this many, the longest that do not overlap


@dataclass
class MemoryEntry:
    source: str
    translation: str
    origin: str
    role: str | None
    rank: int
    parsed: Parsed
    words: tuple[str, ...]  # as fragments compare them (``placeables.tokens``)


@dataclass(frozen=True)
class Fragment:
    """A memory entry found inside a longer unit: a hint for the translator, not a suggestion."""

    source: str  # the part of the unit the entry matches
    text: str  # the entry's translation with the unit's placeables carried over
    origin: str

    def describe(self) -> str:
        return f'"{self.source}" → «{" ".join(self.text.split())}» ({self.origin})'


@dataclass(frozen=True)
class MemoryMatch:
    text: str
    score: float
    origin: str
    source: str
    kind: str = "exact"  # exact normalised adapted fuzzy assembled, or lines items fields clauses (each matched)
    substitutions: tuple[str, ...] = ()
    reviewed: bool = True  # an exact match from a reviewed catalogue: used as a translation
    proposed: tuple[str, ...] = ()  # name forms written in that are not the registry's
    part: str = "name"  # what an assembled suggestion added to the memory's title: a name or a place
    parts: tuple[str, ...] = ()  # the memory entries a suggestion composed clause by clause joins

    def describe(self) -> str:
        """The translator comment: where it came from and what was changed."""
        if self.kind == "exact":
            return f"exact match from {self.origin}"
        if self.kind == "assembled":
            text = f"assembled from the translation of the title {self.source!r} in {self.origin} and the {self.part}"
            return text + self._proposed_note()
        how = {"lines": "line by line ", "items": "item by item ", "fields": "field by field "}.get(self.kind, "")
        text = f"{self.score:.0f}% match {how}from {self.origin}"
        if self.kind == "clauses":
            text = (f"composed clause by clause from {self.origin}, each clause a {self.score:.0f}% match: "
                    + " + ".join(f'"{part}"' for part in self.parts))
        if self.kind == "normalised":
            text += " (letter case or punctuation adapted)"
        if self.substitutions:
            text += ", substituted: " + "; ".join(self.substitutions)
        return text + self._proposed_note()

    def _proposed_note(self) -> str:
        if not self.proposed:
            return ""
        many = len(self.proposed) > 1
        return (f"; name{'s' if many else ''} proposed, not in the registry: {', '.join(self.proposed)} — check, "
                f"or add {'them' if many else 'it'} with `uaintl names add`")


def role_family(role: str | None) -> str | None:
    return "prose" if role in _PROSE else role


@dataclass
class TranslationMemory:
    locale: str = ""
    names: NameIndex | None = None
    entries: list[MemoryEntry] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=dict)
    by_key: dict[str, list[int]] = field(default_factory=dict)
    by_values: dict[tuple[str, tuple[str, ...]], list[int]] = field(default_factory=dict)
    index: dict[str, list[int]] = field(default_factory=dict)
    titles: dict[str, list[int]] = field(default_factory=dict)  # target-title entries by normalised text
    starts: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # fragment entries by first two words
    proper: set[str] = field(default_factory=set)
    _seen: set[tuple[str, str | None]] = field(default_factory=set)
    _parsed: dict[tuple[str, str | None], Parsed] = field(default_factory=dict)  # units looked up

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def sources(self) -> list[str]:
        return [entry.source for entry in self.entries]

    def add(self, source: str, translation: str, origin: str, role: str | None = None,
            rank: int = PROJECT) -> None:
        """Remember a translation; the first one of a text in a role wins (add the best sources first)."""
        if not source.strip() or not translation.strip() or (source, role) in self._seen:
            return
        self._seen.add((source, role))
        parsed = parse(source, self.names)
        position = len(self.entries)
        words = tuple(token.word for token in tokens(parsed))
        self.entries.append(MemoryEntry(source, translation, origin, role, rank, parsed, words))
        if len(words) >= FRAGMENT_TOKENS and len(_plain(words)) >= FRAGMENT_WORDS:
            self.starts.setdefault(words[:2], []).append(position)
        self.exact.setdefault(source, []).append(position)
        self.by_key.setdefault(parsed.key, []).append(position)
        self.by_values.setdefault((parsed.key, parsed.values), []).append(position)
        for word in key_words(parsed.key):
            self.index.setdefault(word, []).append(position)
        if role == "target-title":
            self.titles.setdefault(normalise(source), []).append(position)
            if not parsed.placeables and parsed.key != normalise(source):  # "Chair" for "Chairperson" too
                self.titles.setdefault(parsed.key, []).append(position)
        self.proper |= proper_words(translation)

    def lookup(self, source: str, threshold: float, role: str | None = None, appeal: AppealPeople | None = None
               ) -> MemoryMatch | None:
        """The best suggestion scoring at least ``threshold`` (0–100) whose placeables all carry over.

        Among equally good entries, the project's win, then those needing fewer substitutions, then
        those of the same role. A unit of several lines that has no match as a whole ("Yours
        sincerely,\n[Your name]") is suggested line by line when every line has one. ``appeal`` (its
        country, its people) is for the names of people the registry does not know."""
        match = self._lookup_one(source, threshold, role, appeal)
        if match is not None and match.kind == "fuzzy":  # a list whose every item is known beats a near line,
            # a sentence whose every clause is known a near sentence (which differs in words)
            match = self._listed(source, role, appeal) or self._clause_by_clause(source, role, appeal) or match
        match = (match or self._assembled(source, appeal) or self._composed(source, role, appeal)
                 or saluted(self, source, appeal) or self._listed(source, role, appeal)
                 or self._clause_by_clause(source, role, appeal) or self._fields(source, appeal))
        if match is not None or "\n" not in source.strip():
            return match
        lines = source.split("\n")
        matches = [self._lookup_one(line, threshold, role, appeal) or self._assembled(line, appeal) if line.strip()
                   else None for line in lines]
        if any(match is None and line.strip() for match, line in zip(matches, lines, strict=True)):
            return None
        found = [match for match in matches if match is not None]
        return _joined("\n".join(match.text if match else line for match, line in zip(matches, lines, strict=True)),
                       source, found, "lines")

    def fragments(self, source: str, appeal: AppealPeople | None = None) -> list[Fragment]:
        """The longest memory entries (at most ``FRAGMENT_HINTS``, not overlapping, in the unit's
        order) whose words and placeables occur together inside the unit — shorter than it, of at
        least ``FRAGMENT_TOKENS`` of them, ``FRAGMENT_WORDS`` words — each with the unit's placeables carried into its
        translation (names in the case the translation has them, dates, numbers). An entry whose
        placeables cannot all be carried over is not shown; a better-ranked one of the same words is."""
        parsed = self._parse(source, appeal)
        found = tokens(parsed)
        words = tuple(token.word for token in found)
        spans = []
        for start in range(len(words) - 1):
            for position in self.starts.get(words[start:start + 2], ()):
                entry = self.entries[position]
                end = start + len(entry.words)
                if end - start < len(words) and words[start:end] == entry.words:
                    spans.append((start, end, entry))
        chosen: list[tuple[int, int, Fragment]] = []
        for start, end, entry in sorted(spans, key=lambda span: (span[0] - span[1], -span[2].rank, span[0])):
            if len(chosen) == FRAGMENT_HINTS or any(start < last and first < end for first, last, _ in chosen):
                continue
            part = source[found[start].start:found[end - 1].end].rstrip(".,:;!?")
            carried = carry_over(entry.parsed, entry.translation, parse(part, self.names, appeal), self.locale,
                                 self.names)
            if carried is not None:
                chosen.append((start, end, Fragment(part, carried.text, entry.origin)))
        return [fragment for _, _, fragment in sorted(chosen, key=lambda item: item[0])]

    def _listed(self, source: str, role: str | None, appeal: AppealPeople | None) -> MemoryMatch | None:
        """A labelled list ("NAME AND PRONOUN: A (he/him), B (she/her), C (he/him)", "Name: A, B, C",
        "Gender m/f: f, m, m") whose line the memory has for one item: each item as the memory writes
        "label: item" alone (100%), under the one label translation they all share, joined by commas
        as the English joins them. An "and", markup, or an item the memory does not have with the
        label, and nothing is listed."""
        label, colon, rest = source.partition(":")
        items = [item.strip() for item in rest.split(", ")]
        if not colon or len(items) < 2 or "<" in source or re.search(r"\band\b", rest):
            return None
        matches, heads, tails = [], set(), []
        for item in items:
            match = self._lookup_one(f"{label}: {item}", 100, role, appeal)
            head, colon, tail = match.text.partition(":") if match else ("", "", "")
            if match is None or match.kind not in ("exact", "normalised", "adapted") or not colon:
                return None
            matches.append(match)
            heads.add(head)
            tails.append(tail.strip())
        return _joined(f"{heads.pop()}: {', '.join(tails)}", source, matches, "items") if len(heads) == 1 else None

    def _fields(self, source: str, appeal: AppealPeople | None) -> MemoryMatch | None:
        """A header line of fields only ("Belarus — UA 62/17 — 24 March 2017", "UA 62/17, Index: EUR
        49/6014/2017, Issue date: 24 March 2017", "<1>UA: 201/13</1> | Index: … | Belarus | Date: …",
        "BELARUS", an old UA's "UA 54/08 Prisoners of conscience / Fear of ill-treatment", "PUBLIC  AI
        Index: …"): cut at its separators (— · | / , and runs of spaces, never inside a date), before
        each "Label:", after a UA number and around each country, each field filled as the memory writes it alone
        (exact, or 100% with its placeables substituted) or, for a country, its name; joined as the
        English joins them. One field the memory does not have, and nothing is filled."""
        opening, body, closing = _unwrap(source)
        parsed = self._parse(body, appeal)
        if "\n" in body or len(parsed.bare.split()) > _FIELD_WORDS:
            return None  # a sentence, not a header line
        cuts = {0, len(body)}
        inside = lambda position: any(p.start < position < p.end for p in parsed.placeables)  # noqa: E731
        pieces = []
        for match in _FIELD_SEPARATOR.finditer(body):
            if not inside(match.start()):
                pieces.append(match.span())
        for match in _FIELD_LABEL.finditer(body):
            if match.start() and not inside(match.start()):
                cuts.add(match.start())
        for match in _UA_NUMBER.finditer(body):  # "UA 54/08 Prisoners of conscience": the number ends a field
            if any(p.kind == "number" and p.end == match.end() for p in parsed.placeables):
                cuts.add(match.end())
        countries = [p for p in parsed.placeables if p.kind == "place" and p.value.head == "country"]
        cuts |= {position for country in countries for position in (country.start, country.end)}
        cuts |= {position for span in pieces for position in span}
        bounds = sorted(cuts)
        fields, matches = [], []
        for start, end in zip(bounds, bounds[1:]):
            text = body[start:end]
            if (start, end) in pieces or not text.strip():
                fields.append(text)
                continue
            match = self._field(text.strip(), countries, start + len(text) - len(text.lstrip()), appeal)
            if match is None:
                return None
            matches.append(match)
            fields.append(text[:len(text) - len(text.lstrip())] + match.text + text[len(text.rstrip()):])
        if not matches or len(matches) == 1 and not countries and matches[0].kind != "fields":
            return None  # one field alone is a plain lookup, already made
        return _joined(opening + "".join(fields) + closing, source, matches, "fields")

    def _field(self, text: str, countries: list[Placeable], start: int, appeal: AppealPeople | None
               ) -> MemoryMatch | None:
        """One field of a header line: a country named alone, what the memory has for it at 100%, an
        official's title and name assembled ("Chairperson Ms Natalya Efremova" after her court), or a
        "Label: value" whose parts the memory has."""
        country = next((c for c in countries if c.start == start and c.end - c.start == len(text)), None)
        if country is not None:
            name = country.value.cases(self.locale)["nom"]
            return MemoryMatch(name.upper() if text.isupper() else name, 100.0, "the gazetteer", text, "normalised",
                               reviewed=False)
        opening, inner, closing = _unwrap(text)
        match = self._lookup_one(inner, 100, None, appeal)
        if match is None or match.kind not in ("exact", "normalised", "adapted"):
            # "Chairperson Ms Natalya Efremova" after her court: a title and a person, assembled
            assembled = self._assembled(inner, appeal)
            if assembled is not None:
                return replace(assembled, text=opening + assembled.text + closing)
            return self._labelled(inner, opening, closing, appeal)
        return MemoryMatch(opening + match.text + closing, match.score, match.origin, match.source, match.kind,
                           match.substitutions, reviewed=False, proposed=match.proposed)

    def _labelled(self, text: str, opening: str, closing: str, appeal: AppealPeople | None) -> MemoryMatch | None:
        """A field "Label: value" ("New concern: Health concern") whose label and value the memory has
        each alone at 100%, joined by the label's colon."""
        label, colon, value = text.partition(":")
        if not colon or not value.strip() or ":" in value or len(label.split()) > 3:
            return None
        parts = [self._lookup_one(part, 100, None, appeal) for part in (label + colon, value.strip())]
        if any(part is None or part.kind not in ("exact", "normalised", "adapted") for part in parts):
            return None
        head, tail = parts
        return _joined(f"{opening}{head.text.rstrip(':').rstrip()}: {tail.text}{closing}", text, parts, "fields")

    def _lookup_one(self, source: str, threshold: float, role: str | None, appeal: AppealPeople | None
                    ) -> MemoryMatch | None:
        parsed = self._parse(source, appeal)
        positions = set(self.exact.get(source, ()))
        positions |= set(self.by_values.get((parsed.key, parsed.values), ()))
        positions |= set(self.by_key.get(parsed.key, ())[:CANDIDATES])
        # Words in a fifth of the memory ("the", "of") find everything and decide nothing: they are
        # left out of the candidate search when rarer words are there to find candidates by.
        postings = sorted((self.index.get(word, []) for word in key_words(parsed.key)), key=len)
        common = max(CANDIDATES, len(self.entries) // 5)
        postings = [posting for posting in postings if len(posting) <= common] or postings[:1]
        shared = Counter(position for posting in postings for position in posting)
        positions |= {position for position, _ in shared.most_common(CANDIDATES)}
        ranked = []
        for position in positions:
            entry = self.entries[position]
            if entry.source == source:
                kind, score = "exact", 100.0
            elif entry.parsed.key == parsed.key:
                kind, score = "normalised", 100.0
            else:
                kind, score = "fuzzy", fuzz.ratio(parsed.key, entry.parsed.key)
                if score < threshold or entry.parsed.guarded != parsed.guarded or _clause_for_sentence(entry, source):
                    continue
            compatible = None in (role, entry.role) or role_family(role) == role_family(entry.role)
            if not compatible and kind == "fuzzy":
                continue
            changes = sum(old != new for old, new in zip(entry.parsed.values, parsed.values))
            ranked.append(((score, entry.rank, -changes, entry.role == role, _KIND_ORDER[kind], -position),
                           kind, entry))
        for _, kind, entry in sorted(ranked, key=lambda item: item[0], reverse=True):
            match = self._suggest(entry, kind, parsed)
            if match is not None:
                return match
        return None

    def _suggest(self, entry: MemoryEntry, kind: str, parsed: Parsed) -> MemoryMatch | None:
        score = 100.0 if kind != "fuzzy" else fuzz.ratio(parsed.key, entry.parsed.key)
        if kind == "exact":
            return MemoryMatch(entry.translation, score, entry.origin, entry.source, "exact",
                               reviewed=entry.rank != BOILERPLATE)
        carried = carry_over(entry.parsed, entry.translation, parsed, self.locale, self.names)
        if carried is None:
            return None
        text = adapt_case(carried.text, entry.parsed, parsed, self.proper)
        if kind == "normalised" and carried.substitutions:
            kind = "adapted"
        return MemoryMatch(text, score, entry.origin, entry.source, kind, tuple(carried.substitutions),
                           reviewed=False, proposed=tuple(carried.proposed))

    def _clause_by_clause(self, source: str, role: str | None, appeal: AppealPeople | None) -> MemoryMatch | None:
        """A sentence the memory does not have, composed of clauses it has: cut where ``clause_cuts``
        finds a clause boundary ("…, and to drop all charges against her", "…, as they are prisoners
        of conscience, …", "Pending her release, …"), each run of clauses matched whole (exact, or
        100% with its placeables carried over — never a part of a clause, never a fuzzy match), the
        fewest runs that cover the sentence, their translations joined as the target language joins
        clauses (``join_clauses``). One clause the memory does not have, and nothing is composed."""
        if self.locale not in ("be", "ru") or "\n" in source.strip():
            return None
        cuts = clause_cuts(self._parse(source, appeal))
        if not cuts:
            return None
        starts, ends = [0] + [cut.end for cut in cuts], [cut.start for cut in cuts] + [len(source)]
        # best[n]: the fewest runs of clauses, each matched, that cover the first n clauses
        best: list[list[tuple[int, MemoryMatch]] | None] = [[]] + [None] * len(starts)
        for last in range(1, len(starts) + 1):
            for first in range(last):
                before, known = best[first], best[last]
                if before is None or (first, last) == (0, len(starts)) or (known and len(known) <= len(before) + 1):
                    continue
                match = self._clause(source[starts[first]:ends[last - 1]], role, appeal)
                if match is not None:
                    best[last] = before + [(first, match)]
        runs = best[-1]
        if not runs:
            return None
        texts = [without_ending(match.text) if number < len(runs) - 1 else match.text
                 for number, (_, match) in enumerate(runs)]
        rest = [(cuts[first - 1], source[starts[first]:], continued(text, source[starts[first]:], self.proper))
                for (first, _), text in zip(runs[1:], texts[1:])]
        if not all(fits(" ".join(texts[:number + 1]), english, text)
                   for number, (_, english, text) in enumerate(rest)):
            return None
        matches = [match for _, match in runs]
        joined = _joined(join_clauses(texts[0], rest, self.locale), source, matches, "clauses")
        return MemoryMatch(joined.text, joined.score, joined.origin, source, "clauses", joined.substitutions,
                           reviewed=False, proposed=joined.proposed, parts=tuple(match.source for match in matches))

    def _clause(self, text: str, role: str | None, appeal: AppealPeople | None) -> MemoryMatch | None:
        """A clause as the memory has it whole: exact, or 100% with its placeables carried over."""
        if len(_plain(tuple(token.word for token in tokens(self._parse(text, appeal))))) < CLAUSE_WORDS:
            return None
        match = self._lookup_one(text, 100, role, appeal)
        return match if match is not None and match.kind in ("exact", "normalised", "adapted") else None

    def _parse(self, text: str, appeal: AppealPeople | None) -> Parsed:
        """A unit's placeables, found once: a lookup may need them again (assembled, line by line)."""
        key = (text, appeal)  # an appeal is compared by identity
        if key not in self._parsed:
            self._parsed[key] = parse(text, self.names, appeal)
        return self._parsed[key]

    def _assembled(self, source: str, appeal: AppealPeople | None) -> MemoryMatch | None:
        """An official's line of a title and a person: the memory's translation of the title (the
        same text in the target-title role, no fuzzy match) and the person as the memory writes a
        name line (a rank or honorific with the name: "Lt.-Gen. Andrei Ravkou"), or the name alone
        in the nominative, in the English order — "Prosecutor General Aliaksei Zhuk" → «Генеральны
        пракурор Аляксей Жук», "Minister of Defence Lt.-Gen. …" → «Міністр абароны генерал-лейтэнант …»,
        "Tatiana Lebedeva, High Commissioner …" → «Таццяна Лебедзева, Упаўнаважаны …». A gendered
        honorific before a name followed by its title is left out, as be/ru address lines do. Any
        part the memory does not have exactly, or markup that is not around the whole line, and the
        place of the parts is not certain: nothing is assembled."""
        opening, body, closing = _unwrap(source)
        parsed = self._parse(body, appeal)
        people = [placeable for placeable in parsed.placeables if placeable.kind == "name"]
        if len(people) != 1 or "<" in body:
            return None
        person = people[0]
        before, after = body[:person.start].strip(), body[person.end:].strip()
        if after.startswith(","):
            honorific = before.rstrip(".").lower() in GENDERED_TITLES
            splits = [(after[1:].strip(), body[person.start if honorific else 0:person.end], "{name}, {title}")]
        elif before and not after:
            # the title is the longest run of words before the name that the memory has as a title
            spaces = [index for index, char in enumerate(body[:person.start]) if char == " "]
            splits = [(body[:space].strip(), body[space:].strip(), "{title} {name}") for space in reversed(spaces)]
        else:
            return None
        for title, named, layout in splits:
            if not title:
                continue
            translated = self._title(title, appeal)
            written = self._person_line(named, person, appeal, layout.startswith("{title}")) if translated else None
            if written is not None:
                text, proposed = written
                return MemoryMatch(opening + layout.format(title=translated.text, name=text) + closing, 100.0,
                                   translated.origin, translated.source, "assembled", reviewed=False,
                                   proposed=proposed)
        return None

    def _person_line(self, text: str, person: Placeable, appeal: AppealPeople | None, after_title: bool
                     ) -> tuple[str, tuple[str, ...]] | None:
        """A person as part of an official's line, with the names proposed: the name alone in the
        nominative, or a name line with a rank or honorific as the memory translates it (100%), its
        first word in lower case when it stands after the title («генерал-лейтэнант Андрэй Раўкоў»)."""
        cases = name_cases(person, self.locale, self.names)
        if cases is None:
            return None
        name = cases.tables[0]["nom"]
        if text == person.text:
            return name, (name,) if cases.proposed else ()
        match = self._lookup_one(text, 100, "target-name", appeal)
        if match is None or match.kind not in ("exact", "normalised", "adapted"):
            return None
        line = match.text
        if after_title and not line.startswith(name) and line[1:2].islower():
            line = line[0].lower() + line[1:]
        return line, match.proposed

    def _composed(self, source: str, role: str | None, appeal: AppealPeople | None) -> MemoryMatch | None:
        """An official's title that names its jurisdiction: "<title> of/in [the] <place>", where the
        memory has the title alone (target-title, no fuzzy match) and the gazetteer the place — written
        as be/ru titles do: "of" → the place in the genitive («Генеральный прокурор Туркменистана»,
        «Губернатор Краснодарского края»), "in" → «в»/«у» + locative. Not "for": "Head of the Federal
        Penitentiary Service for …" names a regional branch («Начальник Управления ФСИН по …»), not
        the federal title; the memory's own entries with a region carry those. Only for a title line
        (or a unit of no role)."""
        if role not in (None, "target-title"):
            return None
        opening, body, closing = _unwrap(source)
        places = self._parse(body, appeal).placeables
        if len(places) != 1 or places[0].kind != "place" or body[places[0].end:].strip(" .,"):
            return None
        head = re.fullmatch(r"(?P<title>.+?),?\s+(?P<preposition>of|in)\s+(?:the\s+)?(?:Republic\s+of\s+)?",
                            body[:places[0].start], re.IGNORECASE | re.S)
        place = places[0].value
        if head is None or (place.head is None) != bool(re.search(r"Republic\s+of\s+$", head.group(0), re.I)):
            return None
        translated = self._title(head.group("title"), appeal, composed=False)
        if translated is None:
            return None
        base = self.locale.split("-")[0]
        preposition, case = _JURISDICTION[base][head.group("preposition").lower()]
        written = phrase(place, base, case)
        if written is None:
            return None
        if preposition in ("у", "в"):
            preposition = in_before(written, translated.text, base)
        text = f"{translated.text} {preposition + ' ' if preposition else ''}{written}"
        if style(body) == "upper":
            text = text.upper()
        return MemoryMatch(opening + text + closing, 100.0, translated.origin, translated.source, "assembled",
                           reviewed=False, part="place")

    def _title(self, title: str, appeal: AppealPeople | None, composed: bool = True) -> MemoryMatch | None:
        """The memory's translation of an official's title: the same text, or the same but for letter
        case and punctuation, from an entry in the target-title role (a dictionary lookup: this is
        tried for every run of words before a name)."""
        positions = self.titles.get(normalise(title)) or self.titles.get(self._parse(title, appeal).key, [])
        for position in sorted(positions, key=lambda item: -self.entries[item].rank):
            entry = self.entries[position]
            match = self._suggest(entry, "exact" if entry.source == title else "normalised", self._parse(title, appeal))
            if match is not None and not match.substitutions:
                return match
        return self._composed(title, "target-title", appeal) if composed else None


# Between the fields of a header line: a dash, middle dot, bar or slash with spaces, a comma, a run of
# spaces ("UA 54/08  Prisoners of conscience / Fear of ill-treatment").
_FIELD_SEPARATOR = re.compile(r"\s+[—–·|/]\s+|,\s+|\s{2,}")
_UA_NUMBER = re.compile(r"\bUA:?\s+\d+[/.]\d+(?=\s+[A-Z])")
_FIELD_WORDS = 12  # at most this many words outside placeables in a header line
# Where a labelled field starts: "Index:", "AI Index:", "Issue date:", "UA:", "First UA:" (not "Belarus Date:").
_FIELD_LABEL = re.compile(r"(?<=\s)(?:AI\s)?[A-Z][A-Za-z]*(?:\s(?:[a-z]+|UA))?:(?=\s)")

# The English preposition before an official's jurisdiction → the be/ru preposition and case.
_JURISDICTION = {
    "be": {"of": ("", "gen"), "in": ("у", "loc")},
    "ru": {"of": ("", "gen"), "in": ("в", "loc")},
}


CLAUSE_WORDS = 3  # a clause composed on its own has at least this many words besides its placeables


def _clause_for_sentence(entry: MemoryEntry, source: str) -> bool:
    """A clause kept for composing ("to drop all charges against her": it starts in lower case) is no
    near match for a sentence: its translation would be a part offered as the whole."""
    return entry.source[:1].islower() and not source.lstrip()[:1].islower()


def _plain(words: tuple[str, ...]) -> list[str]:
    """The words that are not placeables."""
    return [word for word in words if key_words(word)]


def _joined(text: str, source: str, matches: list[MemoryMatch], kind: str) -> MemoryMatch:
    """One suggestion made of several matches (lines, items): the weakest score, every origin,
    substitution and proposed name."""
    return MemoryMatch(text, min(match.score for match in matches), ", ".join(dict.fromkeys(m.origin for m in matches)),
                       source, kind, tuple(item for match in matches for item in match.substitutions), reviewed=False,
                       proposed=tuple(dict.fromkeys(name for match in matches for name in match.proposed)))


def _unwrap(text: str) -> tuple[str, str, str]:
    """The opening tag, the text inside and the closing tag of a line wrapped whole in one pair ("<1>…</1>")."""
    match = re.fullmatch(r"(<(\d+)>)(.*)(</\2>)", text.strip(), re.S)
    return (match.group(1), match.group(3), match.group(4)) if match and "<" not in match.group(3) else ("", text, "")


def add_catalog(memory: TranslationMemory, catalog: Catalog, origin: str, rank: int = PROJECT) -> None:
    """Reviewed (translated, not fuzzy) entries of a catalogue; read-only units are not translations."""
    for entry in catalog.messages:
        if entry.translated and not entry.read_only and entry.msgid_plural is None:
            memory.add(entry.msgid, entry.msgstr, origin, unit_comment(entry.extracted_comments, "role"), rank)


def add_tmx(memory: TranslationMemory, path: Path, source_lang: str, target_lang: str,
            rank: int = COMPENDIUM, origin: str | None = None) -> None:
    """Translation units of a TMX file; a ``<prop type="x-uaintl-role">`` gives a unit's role."""
    for unit in read_tmx(path):
        source, target = unit.text(source_lang), unit.text(target_lang)
        if source and target:
            memory.add(source, target, origin or path.name, unit.props.get(ROLE_PROP), rank)
