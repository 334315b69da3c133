"""People missing from the registry: found by the shape of their names, reported once per document
with every spelling and line, variants linked, and be/ru forms proposed.

Measured on appeals written for these tests (``tests/fixtures/names/appeals``), on a set of real
spellings of real people who are not in the sample registry, and on the shared UA corpus."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from uaintl.document.blocks import read_source_text
from uaintl.names.check import Finding, check_text
from uaintl.names.detect import find_people
from uaintl.names.match import NameIndex, find_mentions
from uaintl.names.registry import load_registry

APPEALS = FIXTURES / "names" / "appeals"
CORPUS = FIXTURES / "ua-corpus"


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(load_registry(ROOT / "locales" / "names.toml"))


def unknown(path: Path, index: NameIndex) -> list[Finding]:
    return [finding for finding in check_text(path.name, read_source_text(path), index)
            if finding.kind == "unknown-person"]


def appeals() -> list[Path]:
    return sorted(path for path in APPEALS.iterdir() if path.suffix != ".toml")


def expected(path: Path) -> dict:
    return tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", appeals(), ids=lambda path: path.name)
def test_each_unknown_person_once_with_every_spelling(path: Path, index: NameIndex) -> None:
    findings = unknown(path, index)
    reported = [set(finding.spellings) for finding in findings]
    for person in expected(path)["person"]:
        holding = [spellings for spellings in reported if set(person["spellings"]) & spellings]
        assert len(holding) == 1, f"{person['spellings']} reported as {holding}"
        assert set(person["spellings"]) <= holding[0], f"not linked: {person['spellings']} vs {holding[0]}"


@pytest.mark.parametrize("path", appeals(), ids=lambda path: path.name)
def test_no_registered_person_place_or_organisation_is_reported(path: Path, index: NameIndex) -> None:
    data = expected(path)
    known = {spelling for person in data["person"] for spelling in person["spellings"]}
    for finding in unknown(path, index):
        assert set(finding.spellings) <= known, f"not a person or not expected: {finding.spellings}"
    spellings = {spelling for finding in unknown(path, index) for spelling in finding.spellings}
    for text in data["registered"] + data["not_people"]:
        assert not any(text in spelling or spelling in text.split() for spelling in spellings), text


def test_every_line_of_a_person_is_in_the_one_finding(index: NameIndex) -> None:
    path = APPEALS / "belarus-2021-new-people.md"
    bantsar = next(finding for finding in unknown(path, index) if "Ihar Bantsar" in finding.spellings)
    assert bantsar.spellings == {"Ihar Bantsar": [5], "Bantsar": [6], "Ihar Banstar": [23]}
    assert bantsar.line == 5 and "one person written 2 ways" in bantsar.message
    assert bantsar.forms["be"] == "Ігар Банцар" and bantsar.forms["gender"] == "m"


def _score(pairs: list[tuple[dict, Finding | None]]) -> dict[str, float]:
    reported = [(truth, finding) for truth, finding in pairs if finding is not None]
    right = {locale: sum(finding.forms[locale] == truth[locale] for truth, finding in reported) / len(reported)
             for locale in ("be", "ru")}
    return {"people": len(pairs), "recall": len(reported) / len(pairs), **right,
            "gender": sum(finding.forms["gender"] == truth["gender"] for truth, finding in reported) / len(reported)}


def test_recall_and_right_forms_on_the_appeals(index: NameIndex) -> None:
    pairs = []
    for path in appeals():
        findings = unknown(path, index)
        for person in expected(path)["person"]:
            pairs.append((person, next((f for f in findings if set(person["spellings"]) & set(f.spellings)), None)))
    score = _score(pairs)
    print("appeals:", {key: round(value, 3) for key, value in score.items()})
    assert score["recall"] >= 0.9 and score["gender"] == 1.0
    assert score["be"] >= 0.7 and score["ru"] >= 0.7


def real_spellings() -> list[dict]:
    rows = []
    for line in (FIXTURES / "names" / "unregistered-people.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            person, country, gender, be, ru, spellings = line.split("\t")
            rows += [{"person": person, "country": country, "gender": gender, "be": be, "ru": ru, "spelling": spelling}
                     for spelling in spellings.split(",")]
    return rows


SENTENCES = ["Human rights defender {name} was detained in {country} last year.",
             "We call for the release of {name}.",
             "The trial of {name} began on 3 May; {name}'s lawyer was not admitted."]


def test_real_spellings_of_people_missing_from_the_registry(index: NameIndex) -> None:
    rows = real_spellings()
    assert len(rows) >= 60 and len({row["person"] for row in rows}) >= 40
    pairs, wrong = [], []
    for number, row in enumerate(rows):
        country = "Belarus" if row["country"] == "by" else "Russia"
        text = SENTENCES[number % 3].format(name=row["spelling"], country=country) + f" Write to {country}."
        wrong += [(row["spelling"], mention.person) for mention in find_mentions(text, index) if mention.person]
        findings = [f for f in check_text("x.md", text, index) if f.kind == "unknown-person"]
        pairs.append((row, next((f for f in findings if row["spelling"] in f.spellings), None)))
    score = _score(pairs)
    print("real spellings:", {key: round(value, 3) for key, value in score.items()})
    assert wrong == [], "attributed to a registered person"
    assert score["recall"] >= 0.95 and score["gender"] >= 0.95
    assert score["be"] >= 0.7 and score["ru"] >= 0.75


def test_every_official_of_the_ua_corpus_is_found_with_the_right_gender(index: NameIndex) -> None:
    missed = []
    for path in sorted(CORPUS.glob("*.*")):
        officials = tomllib.loads((CORPUS / "expected" / f"{path.stem}.toml").read_text(encoding="utf-8")).get(
            "official", [])
        name, text = path.name, read_source_text(path)
        findings = [f for f in check_text(name, text, index) if f.kind == "unknown-person"]
        for official in officials:
            finding = next((f for f in findings if official["name"] in f.spellings), None)
            if finding is None or finding.forms["gender"] != official["gender"]:
                missed.append((name, official["name"], finding and finding.forms["gender"]))
    assert missed == []


@pytest.mark.parametrize("text", [
    "The office is on Bolshaya Dmitrovka Street in Moscow.",
    "Send letters to 1619 New Hampshire Ave NW, Washington.",
    "The Human Rights House in Vilnius hosted the meeting.",
    "She lives on Victoria Street near Maryina Horka.",
    "The Francisk Skorina Avenue office of the Belarusian Helsinki Committee.",
    "Ul. Bolshaya Dmitrovka, 15a, 125993 Moscow, Russia",
    "Vul. Kastrychnitskaya, 5, Minsk; Pr. Nezalezhnasci 11",
    "Dear Madam Ombudsman,",  # a title alone is no person (the name check once flagged 'Ombudsman')
    "Dear Mr Ombudsperson,",
])
def test_places_streets_and_organisations_are_not_people(text: str) -> None:
    assert find_people(text) == []


@pytest.mark.parametrize("text, found", [
    ("Write to Krasnov Igor Viktorovich today.", "Krasnov Igor Viktorovich"),
    ("Judge K. Dzmitryenka sentenced him.", "K. Dzmitryenka"),
    ("KUBRAKOU Ivan, Minister", "KUBRAKOU Ivan"),
    ("Bantsar's lawyer Ihar Bantsar said", "Ihar Bantsar"),
    ("Vladimir Kara-Murza spoke.", "Vladimir Kara-Murza"),
    ("Dear Ms Kavaliova,", "Kavaliova"),
    ("the blogger Vitold Ashurak died", "Vitold Ashurak"),
    ("the photographer Dzianis\nIvashyn was beaten", "Dzianis Ivashyn"),  # broken across lines
])
def test_shapes_of_names(text: str, found: str) -> None:
    assert found in [span.text for span in find_people(text)]


def test_belarusian_and_russian_spellings_of_one_person_give_each_form_from_its_own(index: NameIndex) -> None:
    text = ("Ihar Krasnau, a teacher from Homel, was detained on 3 May.\n\n"
            "Russian media wrote that Igor Krasnov was taken to Moscow.\n")
    people = [f for f in check_text("x.md", text, index) if f.kind == "unknown-person"]
    assert len(people) == 1 and set(people[0].spellings) == {"Ihar Krasnau", "Igor Krasnov"}
    # the Belarusian spelling shows the unstressed -аў that the Russian -ов does not
    assert (people[0].forms["be"], people[0].forms["ru"]) == ("Ігар Краснаў", "Игорь Краснов")
    assert any("Belarusian spelling" in reason for reason in people[0].forms["reasons"])


def test_one_person_in_two_documents_in_two_romanisations_gets_each_form_from_its_own(index: NameIndex) -> None:
    from uaintl.names.check import link_documents

    findings = [*check_text("a.md", "Igor Krasnov was sentenced in Moscow.\n", index),
                *check_text("b.md", "We call for the release of Ihar Krasnau.\n", index)]
    people = [f for f in findings if f.kind == "unknown-person"]
    assert people[0].forms["be"] == "Ігар Красноў"  # alone, the Russian spelling's stress is a guess
    link_documents(people)
    assert people[0].elsewhere == {"b.md": {"Ihar Krasnau": [1]}}
    assert all((finding.forms["be"], finding.forms["ru"]) == ("Ігар Краснаў", "Игорь Краснов") for finding in people)
