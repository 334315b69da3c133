"""The officials and copy recipients `uaintl inspect` finds in appeals of awkward shapes, one fixture
per shape (tests/fixtures/officials/): each with their own name, gender, title, address, e-mail and
salutation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from uaintl.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "officials"


def _inspect(source: Path, tmp_path: Path, *options: str) -> str:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "uaintl.toml").write_text('[project]\nlocales = ["be", "ru"]\n', encoding="utf-8")
    (tmp_path / "sources").mkdir()
    path = shutil.copy(source, tmp_path / "sources" / source.name)
    result = CliRunner().invoke(main, ["--project", str(tmp_path), "inspect", str(path), *options],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def _report(name: str, tmp_path: Path) -> dict:
    return json.loads(_inspect(FIXTURES / name, tmp_path, "--format", "json"))


def _seen(official: dict) -> tuple:
    """What inspect shows of one official: name with honorifics, gender, title, organisation, address,
    e-mails."""
    return (" ".join(official["honorifics"] + [official["name"]]), official["gender"], official["title"],
            official["organisation"], official["address"], official["emails"])


def test_organisation_lines_of_an_old_address_block_belong_to_the_official_above(tmp_path: Path) -> None:
    """"Prokuratura Respubliki Belarus" under the name is the first line of the postal address, not a
    second official; three officials, with and without blank lines between them, each keep their own
    address, fax and e-mail."""
    report = _report("organisation-lines.txt", tmp_path)
    assert [_seen(official) for official in report["officials"]] == [
        ("Aleksandr Koniuk", "m", "Prosecutor General", "",
         ["Prokuratura Respubliki Belarus", "ul. Internatsionalnaya 22", "220050 Minsk", "Belarus"],
         ["info@prokuratura.gov.by"]),
        ("Ivan Noskevich", "m", "Chairman of the Investigative Committee", "Investigative Committee",
         ["ul. Surganova 1", "220012 Minsk", "Belarus"], ["sk@sk.gov.by"]),
        ("Igor Shunevich", "m", "Minister of Internal Affairs", "",
         ["Ministerstvo Vnutrennikh Del", "ul. Gorodskoi Val 4", "220030 Minsk", "Belarus"], ["mvd@mvd.gov.by"]),
    ]
    assert [official["contacts"].get("Fax") for official in report["officials"]] == [
        "+375 17 226 42 52", "+375 17 288 10 20", None]
    assert [official["salutation"] for official in report["officials"]] == [
        "Dear Prosecutor General", "Dear Chairman", "Dear Minister"]


def test_russian_institutions_in_latin_letters_are_address_lines(tmp_path: Path) -> None:
    """… and a typeset "Prosecutor General’s Office" under a title-first block is its organisation, not
    the next official; "Krasnodar Krai" is a line of the address."""
    report = _report("russian-organisations.txt", tmp_path)
    assert [_seen(official) for official in report["officials"]] == [
        ("Yury Chaika", "m", "Prosecutor General", "Prosecutor General’s Office",
         ["ul. Bolshaya Dmitrovka 15a", "125993 Moscow", "Russian Federation"], []),
        ("Aleksandr Bastrykin", "m", "Chairman of the Investigative Committee", "",
         ["Sledstvennyi Komitet Rossiiskoi Federatsii", "Tekhnicheskii pereulok 2", "105005 Moscow",
          "Russian Federation"], ["info@sledcom.ru"]),
        ("Aleksandr Tkachev", "m", "Governor of Krasnodar Region", "",
         ["Administratsiya Krasnodarskogo Kraya", "ul. Krasnaya 35", "350014 Krasnodar", "Krasnodar Krai",
          "Russian Federation"], []),
    ]
    assert report["officials"][2]["contacts"] == {"Fax": "+7 861 268 35 42"}


def test_honorifics_are_not_part_of_the_name_and_tell_the_gender(tmp_path: Path) -> None:
    """"Madam Chairperson" is her honorific and office, not a title line of its own; "Mr." and "Ms."
    with a full stop; "His/Her Excellency" before an ambassador; a rank ("Lt.-Gen.") tells no gender,
    the given name does."""
    report = _report("honorifics.md", tmp_path)
    assert [_seen(official) for official in report["officials"]] == [
        ("Madam Natalia Sidorova", "f", "Chairperson of the Minsk Regional Court", "",
         ["ul. Surganova 28a, 220012 Minsk, Belarus"], ["info@oblsud.by"]),
        ("Mr. Ivan Kuznetsov", "m", "Minister of Justice", "", ["Kollektornaya ul. 10, 220004 Minsk, Belarus"],
         ["kanc@minjust.by"]),
        ("Ms. Olga Chuprys", "f", "Deputy Head of the Presidential Administration", "",
         ["ul. Karla Marksa 38, 220016 Minsk, Belarus"], ["contact@president.gov.by"]),
    ]
    assert [(official["salutation"], official["salutation_source"]) for official in report["officials"]] == [
        ("Dear Madam Chairperson", "letter"), ("Dear Minister", "title"), ("Dear Ms Chuprys", "name")]
    assert [_seen(copy) for copy in report["copies"]] == [
        ("His Excellency Denis Sidorenko", "m", "Ambassador", "Embassy of Belarus",
         ["6 Kensington Court, London W8 5DL, United Kingdom"], ["uk@mfa.gov.by"]),
        ("Her Excellency Anna Kovalenko", "f", "Ambassador", "Embassy of Belarus",
         ["Am Treptower Park 32, 12435 Berlin, Germany"], ["germany@mfa.gov.by"]),
        ("Lt.-Gen. Siarhei Kovalchuk", "m", "Minister of Internal Affairs", "", [], ["mvd@mvd.gov.by"]),
    ]


def test_surname_first_officials_keep_their_address_lines_and_copies_are_listed(tmp_path: Path) -> None:
    """An unknown line under the name ("Gubernator Tverskoi oblasti") is the address's first line; it
    neither ends the officials nor starts another; the "Her Excellency" ambassador is a copy."""
    report = _report("surname-first.txt", tmp_path)
    assert [_seen(official) for official in report["officials"]] == [
        ("Ivanov Ivan Ivanovich", "m", "Prosecutor of Tver Region", "",
         ["Prokuratura Tverskoi oblasti", "ul. Sovetskaya 36", "170100 Tver", "Russian Federation"],
         ["prok@tver.example.ru"]),
        ("Rudenya Igor Mikhailovich", "m", "Governor of Tver Region", "",
         ["Gubernator Tverskoi oblasti", "Tverskaya ploshchad 1", "170100 Tver", "Russian Federation"],
         ["gov@tver.example.ru"]),
    ]
    assert [_seen(copy) for copy in report["copies"]] == [
        ("Her Excellency Maria Zakharova", "f", "Ambassador", "Embassy of the Russian Federation",
         ["6/7 Kensington Palace Gardens, London W8 4QP, United Kingdom"], ["info@rusemb.example.org.uk"])]


def test_the_letters_own_salutation_by_title_and_surname_is_used(tmp_path: Path) -> None:
    report = _report("letter-salutation.md", tmp_path)
    official = report["officials"][0]
    assert (official["salutation"], official["salutation_source"]) == ("Dear Prosecutor General Zhumabekov", "letter")
    assert not [warning for warning in report["warnings"] if "salutation guessed" in warning["message"]]
    shown = _inspect(FIXTURES / "letter-salutation.md", tmp_path / "text")
    assert "salutation   Dear Prosecutor General Zhumabekov (from letter)" in shown


def test_copy_recipients_with_turkic_patronymics_are_named(tmp_path: Path) -> None:
    report = _report("patronymics.md", tmp_path)
    assert [(" ".join(copy["honorifics"] + [copy["name"]]), copy["gender"], copy["title"], copy["emails"])
            for copy in report["copies"]] == [
        ("Ms Sevinj Rauf qizi Mammadova", "f", "Commissioner for Human Rights (Ombudsperson)", ["ombudsman@example.az"]),
        ("Mr Nurlan Serikovich Abenov", "m", "Chairman of the Human Rights Commission", ["komissiya@example.kz"]),
        ("Mr Askar Erlanuly Zhaksybekov", "m", "Ambassador of Kazakhstan", ["london@example.kz"]),
        ("Ms Aigerim Bolat kyzy Seitkali", "f", "Commissioner for Children's Rights", ["deti@example.kz"]),
        ("Mr Dauren Aidos uly Mukhamedov", "m", "Head of the Presidential Administration", ["akorda@example.kz"]),
    ]
    assert [official["name"] for official in report["officials"]] == ["Kamran Aliyev"]


@pytest.mark.parametrize("name", ["copy-after-block.txt", "and-copy-to.txt"])
def test_a_copy_below_the_officials_goes_to_every_official_and_is_no_official(name: str, tmp_path: Path) -> None:
    """"Copies to: …, e-mail" after a blank line under the last block, and "And copy to:" above a
    recipient's block: a copy recipient whose e-mail is the Cc of every letter — not the Cc of the
    last official alone, nor an official to write to."""
    report = _report(name, tmp_path)
    copies = [email for copy in report["copies"] for email in copy["emails"]]
    assert len(copies) == 1
    assert [(official["name"], official["cc"]) for official in report["officials"]] == [
        (official["name"], copies) for official in report["officials"]]
    assert report["officials"][0]["name"] == "Sergei Khomenko"
    assert copies[0] not in [email for official in report["officials"] for email in official["emails"]]


def test_a_copy_line_inside_a_block_is_that_officials_cc(tmp_path: Path) -> None:
    text = (FIXTURES / "copy-after-block.txt").read_text(encoding="utf-8").replace(
        "Email: kanc@minjust.by\n", "Email: kanc@minjust.by\nCopy to: press@minjust.by\n")
    (tmp_path / "inside.txt").write_text(text, encoding="utf-8")
    report = json.loads(_inspect(tmp_path / "inside.txt", tmp_path / "project", "--format", "json"))
    assert [official["cc"] for official in report["officials"]] == [
        ["press@minjust.by", "commissioner@coe.example.int"], ["commissioner@coe.example.int"]]


def test_a_name_under_a_title_of_the_block_above_starts_the_next_official(tmp_path: Path) -> None:
    """Only the line right under a name can be its address's first line: name-first blocks without
    addresses ("Andrei Shved / Prosecutor General / Ivan Kubrakou / Minister …") stay two officials."""
    report = _report("name-first-no-address.txt", tmp_path)
    assert [(official["name"], official["title"]) for official in report["officials"]] == [
        ("Andrei Shved", "Prosecutor General"), ("Ivan Kubrakou", "Minister of Internal Affairs")]
    assert [(copy["name"], copy["gender"], copy["title"]) for copy in report["copies"]] == [
        ("Alena Sakovich", "f", "Chair of the Investigative Committee"), ("Natalia Eismont", "f", "Press Secretary")]


def test_a_web_pages_copy_paragraph_below_the_officials_goes_to_every_official(tmp_path: Path) -> None:
    """In a saved page, a "Copies to: …, e-mail" paragraph after the last official's paragraph of <br>
    lines is a copy for every official; a "Copy to:" line inside an official's paragraph stays theirs."""
    report = _report("copy-after-block.html", tmp_path)
    assert [(official["name"], official["cc"]) for official in report["officials"]] == [
        ("Sergei Khomenko", ["press@minjust.by", "commissioner@coe.example.int"]),
        ("Aleksandr Danilevich", ["commissioner@coe.example.int"])]
    assert [(copy["title"], copy["emails"]) for copy in report["copies"]] == [
        ("Human Rights Commissioner of the Council of Europe", ["commissioner@coe.example.int"])]


def test_a_form_of_address_over_the_name_is_no_official_of_its_own(tmp_path: Path) -> None:
    """"Madam Chairperson" over "Alena Mikalaeuna Zhuk" and her full title: one official, her title the
    full one, greeted as the letter does."""
    report = _report("address-form-over-name.html", tmp_path)
    assert [_seen(official) for official in report["officials"]] == [
        ("Alena Mikalaeuna Zhuk", "f", "Chairperson of the Standing Commission on Human Rights",
         "House of Representatives of the National Assembly of the Republic of Belarus",
         ["vul. Savetskaya 11, 220010 Minsk, Belarus"], ["rights@house.example.by"])]
    assert report["officials"][0]["salutation"] == "Dear Madam Chairperson"
