"""The locale registry: the built-in profiles, and a toy locale registered from outside that goes
through extract → update → render like the built-in ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from uaintl import lang
from uaintl.catalog.pofile import dump_po, read_po
from uaintl.lang import LocaleProfile


def test_builtin_profiles_and_lookup() -> None:
    assert [profile.code for profile in lang.profiles()] == ["en", "be", "ru", "be-Latn"]
    assert lang.find("ru-RU") is lang.get("ru") and lang.find("be_BY") is lang.get("be")
    assert lang.find("sr-Latn") is None and lang.find("xx") is None
    assert lang.get("be-Latn").base == "be" and lang.get("be-Latn").transform("Алесь") == "Aleś"


def test_a_profile_needs_base_and_transform_together() -> None:
    with pytest.raises(ValueError, match="go together"):
        LocaleProfile(code="xx", plural_forms="nplurals=1; plural=0;", script="Latn", letters="abc", draft_banner="",
                      base="en")


def _toy_inflect(word: str, part: str, gender: str) -> dict[str, str]:
    return {case: word if case == "nom" else f"{word}-{case}" for case in lang.CASES}


TOY = LocaleProfile(
    code="tlh", plural_forms="nplurals=1; plural=0;", script="Latn", letters="abcdefghijklmnopqrstuvwxyz",
    draft_banner="TOY DRAFT",
    salutations={"m": "Toy-sir", "f": "Toy-madam"}, greeting="Toy-(?:sir|madam)",
    date_locale="en", date_format="yyyy-MM-dd", inflect=_toy_inflect)
TOY_CAPS = LocaleProfile(code="tlh-x-caps", plural_forms=TOY.plural_forms, script="Latn", letters=TOY.letters,
                         draft_banner="TOY CAPS DRAFT", base="tlh", transform=lambda text, names=None: text.upper())


@pytest.fixture
def toy_locales():
    lang.register(TOY)
    lang.register(TOY_CAPS)
    yield
    lang.unregister(TOY.code)
    lang.unregister(TOY_CAPS.code)


def test_a_registered_toy_locale_goes_through_extract_update_render(toy_locales, cli, project: Path) -> None:
    (project / "uaintl.toml").write_text('[project]\nlocales = ["tlh"]\n[sender]\nname = "Hanna"\nemail = "h@example.org"\n',
                                         encoding="utf-8")
    (project / "locales").mkdir()
    (project / "locales" / "names.toml").write_text(
        '[[person]]\nid = "shved"\ngender = "m"\nen = "Andrey Shved"\ntlh = "Andrey Shvedtlh"\n\n'
        '[[person]]\nid = "basik"\ngender = "f"\nen = "Dmitry Basik"\ntlh = "Dmitry Basiktlh"\n',
        encoding="utf-8")
    cli("extract")
    cli("update")
    path = project / "locales" / "ua-85-21" / "tlh.po"
    catalog = read_po(path)
    assert catalog.header_field("Plural-Forms") == "nplurals=1; plural=0;"
    assert catalog.header_field("Language") == "tlh"
    for entry in catalog.messages:
        if not entry.read_only:
            entry.msgstr = entry.msgid.replace("Shved", "Shvedtlh").replace("Basik", "Basiktlh")
    path.write_bytes(dump_po(catalog))

    result = cli("names", "check", "--exit-zero")
    assert "wrong-form" not in result.output and "missing-in-translation" not in result.output

    cli("render", "--date", "2021-07-14")
    out = project / "out" / "ua-85-21"
    assert sorted(folder.name for folder in out.iterdir()) == ["tlh", "tlh-x-caps"]
    letter = (out / "tlh" / "letter-andrey-shved.txt").read_text(encoding="utf-8").splitlines()
    assert "2021-07-14" in letter and "Toy-sir Prosecutor General!" in letter
    assert "Toy-madam Ambassador!" in (out / "tlh" / "letter-dmitry-basik.txt").read_text(encoding="utf-8")
    caps = (out / "tlh-x-caps" / "letter-andrey-shved.txt").read_text(encoding="utf-8").splitlines()
    assert "TOY-SIR PROSECUTOR GENERAL!" in caps

    catalog = read_po(path)
    catalog.messages[3].flags.append("fuzzy")
    path.write_bytes(dump_po(catalog))
    cli("render", "--date", "2021-07-14", "--allow-fuzzy")
    assert (out / "tlh" / "letter-andrey-shved.txt").read_text(encoding="utf-8").startswith("TOY DRAFT\n")
    assert (out / "tlh-x-caps" / "ua-85-21.md").read_text(encoding="utf-8").startswith("TOY CAPS DRAFT\n")


def test_names_in_a_toy_locale_are_inflected_and_checked(toy_locales) -> None:
    from uaintl.catalog.model import Entry
    from uaintl.names.check import check_entry
    from uaintl.names.match import NameIndex
    from uaintl.names.registry import parse_registry

    registry = parse_registry('[[person]]\nid = "shved"\ngender = "m"\nen = "Andrey Shved"\ntlh = "Andrej Shvedtlh"\n')
    assert registry.people[0].case_forms["tlh"]["gen"] == "Andrej-gen Shvedtlh-gen"
    index = NameIndex(registry)
    good = Entry(msgid="Write to Andrey Shved.", msgstr="Write Andrej-gen Shvedtlh-gen.", msgctxt="x")
    bad = Entry(msgid="Write to Andrey Shved.", msgstr="Write Andrey Shved.", msgctxt="x")
    assert check_entry(good, "tlh", index) == []
    assert [finding.kind for finding in check_entry(bad, "tlh", index)] == ["wrong-form"]
