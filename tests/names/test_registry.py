"""Loading the registry: good files load, bad ones name the file, the line and the problem."""

from __future__ import annotations


import pytest

from uaintl.errors import UaintlError
from uaintl.names.registry import dump_registry, load_registry, parse_registry
from tests.conftest import FIXTURES, ROOT

SAMPLE = ROOT / "locales" / "names.toml"


def test_sample_registry_covers_the_bundled_sources() -> None:
    registry = load_registry(SAMPLE)
    ids = {person.id for person in registry.people}
    assert {"bialiatski", "stefanovich", "labkovich", "nina-labkovich", "pinchuk", "rabkova", "chapiuk",
            "salaujou", "shved", "basik"} <= ids
    assert registry.get("shved").role == "official"
    assert registry.get("bialiatski").name("be-Latn") == "Aleś Bialacki"


def test_dump_and_parse_round_trip() -> None:
    registry = load_registry(SAMPLE)
    again = parse_registry(dump_registry(registry))
    assert [(p.id, p.gender, p.names, p.aliases, p.role) for p in again.people] == [
        (p.id, p.gender, p.names, p.aliases, p.role) for p in registry.people]


@pytest.mark.parametrize("name, line, message", [
    ("bad_gender.toml", 6, 'gender must be "m" or "f"'),
    ("duplicate_id.toml", 6, "duplicate id 'bialiatski'"),
    ("syntax_error.toml", 3, "invalid TOML"),
    ("no_english.toml", 1, "has no en name"),
])
def test_bad_registry_names_file_and_line(name: str, line: int, message: str, monkeypatch) -> None:
    path = FIXTURES / "names" / name
    with pytest.raises(UaintlError) as caught:
        load_registry(path)
    assert caught.value.line == line and message in caught.value.message
    monkeypatch.chdir(FIXTURES)
    assert str(caught.value).startswith(f"names/{name}:{line}: ")  # as the user would type it here
