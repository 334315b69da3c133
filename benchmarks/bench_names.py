"""Benchmark: person mentions matched per second in a 50,000-word text, 1,000-person registry.

Names are generated from Belarusian syllables; the text mixes English filler with mentions in
passport, Łacinka and inflected Cyrillic forms and with one-letter typos. Target: ≥ 10,000 mentions/s.
Run: make bench   (or: .venv/bin/python benchmarks/bench_names.py [--words N] [--people N])
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from uaintl.names.detect import find_people
from uaintl.names.match import NameIndex, find_mentions
from uaintl.names.people import _described, describe_person
from uaintl.names.reverse import readings
from uaintl.names.registry import Person, Registry
from uaintl.lang.be import PASSPORT as BE_PASSPORT
from uaintl.lang.be_latn import lacinka

ROOT = Path(__file__).resolve().parents[1]
GIVEN = ["Алесь", "Уладзімір", "Валянцін", "Андрэй", "Зміцер", "Сяргей", "Павел", "Ігар", "Яўген", "Раман"]
GIVEN_F = ["Ніна", "Марфа", "Наталля", "Святлана", "Вольга", "Ганна", "Марыя", "Кацярына", "Алена", "Ірына"]
SYLLABLES = ["ба", "ля", "цко", "ра", "лін", "ву", "ша", "мер", "ду", "ро", "зе", "кі", "са", "пу", "ты", "гра", "на"]
ENDINGS_M = ["скі", "віч", "енка", "ук", "оў"]
ENDINGS_F = ["ская", "віч", "ава", "ук", "іна"]


def make_registry(size: int, rng: random.Random) -> Registry:
    people, seen = [], set()
    while len(people) < size:
        gender = rng.choice("mf")
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        surname = (stem + rng.choice(ENDINGS_M if gender == "m" else ENDINGS_F)).capitalize()
        given = rng.choice(GIVEN if gender == "m" else GIVEN_F)
        if surname in seen:
            continue
        seen.add(surname)
        be = f"{given} {surname}"
        people.append(Person(f"p{len(people)}", gender, {
            "be": be, "ru": be, "en": " ".join(BE_PASSPORT(word) for word in be.split()),
            "be-Latn": " ".join(lacinka(word) for word in be.split())}))
    return Registry(people)


def make_text(registry: Registry, words: int, rng: random.Random) -> tuple[str, int]:
    filler = re.findall(r"[a-z]{3,}", (ROOT / "sources" / "ua-85-21.md").read_text(encoding="utf-8"))
    out, planted = [], 0
    while len(out) < words:
        if rng.random() < 0.08:
            person = rng.choice(registry.people)
            kind = rng.random()
            if kind < 0.4:
                name = person.names["en"]
            elif kind < 0.6:
                name = person.names["be-Latn"]
            elif kind < 0.85:
                name = person.case_forms["be"][rng.choice(["gen", "dat", "ins"])]
            else:
                name = person.names["en"]
                cut = rng.randrange(len(name) // 2, len(name) - 1)
                name = name[:cut] + name[cut + 1:]  # a one-letter typo
            out += name.split()
            planted += 1
        else:
            out.append(rng.choice(filler))
    return " ".join(out), planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=1_000)
    args = parser.parse_args()
    rng = random.Random(2021)
    registry = make_registry(args.people, rng)
    text, planted = make_text(registry, args.words, rng)
    start = time.perf_counter()
    index = NameIndex(registry)
    built = time.perf_counter() - start
    start = time.perf_counter()
    mentions = find_mentions(text, index)
    seconds = time.perf_counter() - start
    attributed = sum(1 for mention in mentions if mention.person)
    rate = len(mentions) / seconds
    print(f"registry: {args.people} people, index built in {built:.2f} s")
    print(f"text: {len(text.split())} words, {planted} planted mentions")
    print(f"found {len(mentions)} mentions ({attributed} attributed) in {seconds:.3f} s")
    print(f"{rate:,.0f} mentions/s = {rate / 10_000:.1f}× the 10,000/s target")
    start = time.perf_counter()
    people = find_people(text)
    shaped = time.perf_counter() - start
    print(f"people found by the shape of their names (registered or not): {len(people)} in {shaped:.3f} s "
          f"= {len(people) / shaped:,.0f}/s")
    names = sorted({person.text for person in people})
    seconds = proposal_seconds(names)
    print(f"proposed be/ru/be-Latn forms for the {len(names)} distinct names found, as for people the registry "
          f"does not know (caches cleared): {seconds:.3f} s = {len(names) / seconds:,.0f} names/s")


def proposal_seconds(names: list[str]) -> float:
    """Time to describe each name from its spelling alone (readings, be ↔ ru forms, gender), cold."""
    _described.cache_clear()
    readings.cache_clear()
    start = time.perf_counter()
    for name in names:
        describe_person(name)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
