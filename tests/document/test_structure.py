"""The UA grammar line by line: person lines, labels, copies, intros, letters, salutations, deadlines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from uaintl.document.appeal import parse_date, recognise, title_salutation
from uaintl.document.inline import readable
from uaintl.document.load import load_document
from uaintl.document.targets import Person, contact_fields, line_kind, parse_person


@pytest.mark.parametrize("line, person", [
    ("Ivan Kubrakou", Person("Ivan Kubrakou")),
    ("Ms Alena Sakovich", Person("Alena Sakovich", ("Ms",))),
    ("Krasnov Igor Viktorovich", Person("Krasnov Igor Viktorovich")),
    ("Prosecutor General Andrei Shved", Person("Andrei Shved", (), "Prosecutor General")),
    ("Minister of Defence Lt.-Gen. Andrei Ravkou", Person("Andrei Ravkou", ("Lt.-Gen.",), "Minister of Defence")),
    ("Chargé d'Affaires a.i. Mr Uladzimir Siamionau", Person("Uladzimir Siamionau", ("Mr",), "Chargé d'Affaires a.i.")),
    ("H.E. Ambassador Aliaksandr Mikhnevich", Person("Aliaksandr Mikhnevich", ("H.E.",), "Ambassador")),
    ("Ms Tatiana Lebedeva, High Commissioner for Human Rights",
     Person("Tatiana Lebedeva", ("Ms",), "High Commissioner for Human Rights")),
    ("Prosecutor of the Hrodna Region Vadzim Kaliuha", Person("Vadzim Kaliuha", (), "Prosecutor of the Hrodna Region")),
    ("Judge K. Dzmitryenka", Person("K. Dzmitryenka", (), "Judge")),
    # honorifics with a full stop, "Madam" before a title, "His/Her Excellency"
    ("Mr. Ivan Kuznetsov", Person("Ivan Kuznetsov", ("Mr.",))),
    ("Ms. Olga Chuprys", Person("Olga Chuprys", ("Ms.",))),
    ("Madam Chairperson Natalia Sidorova", Person("Natalia Sidorova", ("Madam",), "Chairperson")),
    ("Her Excellency Ambassador Anna Kovalenko", Person("Anna Kovalenko", ("Her", "Excellency"), "Ambassador")),
    ("Ambassador Extraordinary and Plenipotentiary Denis Sidorenko",
     Person("Denis Sidorenko", (), "Ambassador Extraordinary and Plenipotentiary")),
    # Turkic patronymics with their particle in lower case
    ("Ms Sevinj Rauf qizi Mammadova", Person("Sevinj Rauf qizi Mammadova", ("Ms",))),
    ("Mr Dauren Aidos uly Mukhamedov", Person("Dauren Aidos uly Mukhamedov", ("Mr",))),
])
def test_a_persons_line_splits_into_honorifics_name_and_title(line: str, person: Person) -> None:
    assert parse_person(line) == person
    assert line_kind(line) == "person"


@pytest.mark.parametrize("line, kind", [
    ("Minister of Foreign Affairs", "title"),  # "Foreign Affairs" is no name
    ("Head of Correctional Colony No. 2", "title"),
    ("Presiding Judge of the Southern District Military Court", "title"),
    ("Prosecutor General's Office", "organisation"),
    ("Embassy of the Republic of Belarus to the United States", "organisation"),
    ("Minsk City Court", "organisation"),
    ("Russian Federation", "address"),
    ("ul. Bolshaya Dmitrovka, 15a", "address"),
    ("Tekhnicheskii pereulok, 2", "address"),
    ("Complaint form online: https://mvd.gov.by/ru/electronic-appeals", "label"),
    ("Name Address 1 Address 2 Address 3 Fax Fax number Email Email address", "other"),
    ("Please check with your section office if sending appeals after the above date.", "other"),
    # a full sentence is never an address, even with digits or a street word in it
    ("This is the second update of UA 102/13.", "other"),
    ("Street protests in Minsk continued until 25 March 2021 despite the arrests.", "other"),
    ("Commissioner for Children's Rights under the President of the Russian Federation", "title"),
    ("ul. Bolshaya Dmitrovka, d. 15a, str. 1.", "address"),
    # institutions transliterated in an old UA's postal address are no one's name
    ("Prokuratura Respubliki Belarus", "organisation"),
    ("Sledstvennyi Komitet Rossiiskoi Federatsii", "organisation"),
    ("Minsk City Bar Association", "organisation"),
])
def test_line_kinds(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_phone_and_fax_on_one_line_are_two_fields() -> None:
    assert contact_fields("Phone: 202 986 9420 | Fax: 202 986 1805") == [("Phone", "202 986 9420"),
                                                                         ("Fax", "202 986 1805")]
    assert contact_fields("Tel: +375 17 226 41 66 I Fax: +375 17 226 42 52") == [("Tel", "+375 17 226 41 66"),
                                                                                 ("Fax", "+375 17 226 42 52")]


def _appeal(tmp_path: Path, text: str):
    path = tmp_path / "ua.md"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    return document, recognise(document.units)


TWO_OFFICIALS = """\
# URGENT ACTION

Two journalists were detained in Minsk on 3 May 2024 for their reporting.

Write to:

Prosecutor General
Andrei Shved
vul. Internatsyianalnaia, 22, 220030 Minsk, Belarus
Email: info@prokuratura.gov.by
Complaint form online: https://www.prokuratura.gov.by/appeal
Copies to: press@prokuratura.gov.by

Human Rights Commissioner
Ms Alena Kavalenka
vul. Lenina, 1, 220030 Minsk, Belarus
Email: ombudsman@example.by

Dear Prosecutor General,

I urge you to release them. They did nothing wrong.

Yours sincerely,
[Your name]
"""


def test_an_unknown_label_is_a_contact_field_of_its_block(tmp_path: Path) -> None:
    """The issue's case: "Complaint form online:" once made the next official part of the previous one."""
    _, appeal = _appeal(tmp_path, TWO_OFFICIALS)
    assert [(official.name, official.emails, official.cc) for official in appeal.officials] == [
        ("Andrei Shved", ["info@prokuratura.gov.by"], ["press@prokuratura.gov.by"]),
        ("Alena Kavalenka", ["ombudsman@example.by"], [])]
    assert appeal.officials[0].contacts["Complaint form online"] == "https://www.prokuratura.gov.by/appeal"
    assert appeal.officials[1].title == "Human Rights Commissioner"


def test_copies_to_is_never_an_official(tmp_path: Path) -> None:
    document, appeal = _appeal(tmp_path, TWO_OFFICIALS)
    assert not any("copies" in official.id for official in appeal.officials)
    cc = next(unit for unit in document.units if readable(unit.text, unit.placeholders).startswith("Copies to:"))
    assert (cc.role, cc.target, cc.translatable) == ("cc", "andrei-shved", False)


def test_each_official_gets_a_salutation_by_letter_title_or_name(tmp_path: Path) -> None:
    document, appeal = _appeal(tmp_path, TWO_OFFICIALS)
    assert [(official.salutation, official.salutation_source, official.gender) for official in appeal.officials] == [
        ("Dear Prosecutor General", "letter", "m"),
        ("Dear Commissioner", "title", "f")]
    built = next(unit for unit in document.units if unit.id == "targets/alena-kavalenka/salutation-1")
    assert (built.text, built.translatable, built.layout) == ("Dear Commissioner", True, {"synthetic": "title"})


def test_built_salutations_are_not_written_back_into_the_document(tmp_path: Path) -> None:
    from uaintl.catalog.extract import build_template
    from uaintl.catalog.pofile import dump_po, parse_po
    from uaintl.catalog.rebuild import rebuild

    document, _ = _appeal(tmp_path, TWO_OFFICIALS)
    template = parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000")))
    assert rebuild(template) == TWO_OFFICIALS


def test_no_take_action_heading_and_bullet_points(tmp_path: Path) -> None:
    _, appeal = _appeal(tmp_path, """\
URGENT ACTION
PRISONER DENIED MEDICINE

Please write immediately in Russian or your own language:
- Calling on the authorities to give him the medicine he needs;
- Urging them to release him.

PLEASE SEND APPEALS BEFORE 9 OCTOBER 2012 TO:
Prosecutor General
Viktor Gromov
ul. Bolshaya Dmitrovka, 15a
125993 Moscow, Russian Federation
Fax: +7 495 987 58 41
Email: priemnaya@genproc.gov.ru
""")
    assert appeal.letter.kind == "points" and appeal.deadline == date(2012, 10, 9)
    assert [(official.name, official.title, official.salutation) for official in appeal.officials] == [
        ("Viktor Gromov", "Prosecutor General", "Dear Prosecutor General")]
    assert appeal.officials[0].contacts["Fax"] == "+7 495 987 58 41"


def test_neutral_salutation_and_warnings_when_nothing_tells(tmp_path: Path) -> None:
    _, appeal = _appeal(tmp_path, """\
# URGENT ACTION

Write to:

K. Dzmitryenka
Minsk City Court

Please take action.
""")
    official = appeal.officials[0]
    assert (official.name, official.gender, official.salutation, official.salutation_source) == (
        "K. Dzmitryenka", None, "Dear Sir or Madam", "neutral")
    assert [warning.message.split(":")[0] for warning in appeal.warnings] == [
        "no letter found", "official without e-mail or postal address", "salutation guessed for K. Dzmitryenka",
        "gender unknown for K. Dzmitryenka"]


def test_no_officials_is_a_warning(tmp_path: Path) -> None:
    _, appeal = _appeal(tmp_path, "# News\n\nSomething happened in Minsk on 3 May 2024.\n")
    assert [warning.message for warning in appeal.warnings] == ["no officials found", "no letter found"]


@pytest.mark.parametrize("text, day", [
    ("PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: September 28, 2021", date(2021, 9, 28)),
    ("PLEASE SEND APPEALS BEFORE 9 OCTOBER 2012 TO:", date(2012, 10, 9)),
    ("Deadline: 31st March 2024", date(2024, 3, 31)),
    ("until 3 Sept. 2019", date(2019, 9, 3)),
    ("on 31 February 2019", None),
])
def test_dates(text: str, day: date | None) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("title, greeting", [
    ("Minister of Justice", "Dear Minister"),
    ("Deputy Prosecutor General", "Dear Deputy Prosecutor General"),
    ("Presiding Judge of the Southern District Military Court", "Dear Judge"),
    ("High Commissioner for Human Rights in the Russian Federation", "Dear High Commissioner"),
    ("Chargé d'Affaires a.i.", "Dear Chargé d'Affaires a.i."),
    ("Human Rights Commissioner", "Dear Commissioner"),
    ("Head of the Investigative Department", None),
    ("Chief Physician, Hrodna Regional Children's Hospital", None),
])
def test_salutation_from_a_title(title: str, greeting: str | None) -> None:
    assert title_salutation(title) == greeting


def test_address_abbreviations_never_end_a_sentence(tmp_path: Path) -> None:
    document, _ = _appeal(tmp_path, "# Title\n\nHe lives on ul. Mira in Grozny and works on vul. Lenina near "
                                    "pr. Niezalezhnasci. Police came on str. Gogolya too.\n")
    sentences = [unit.text for unit in document.units if unit.role == "summary"]
    assert sentences == ["He lives on ul. Mira in Grozny and works on vul. Lenina near pr. Niezalezhnasci.",
                         "Police came on str. Gogolya too."]


def test_footnote_markers_are_protected_and_stay_with_their_sentence(tmp_path: Path) -> None:
    document, _ = _appeal(tmp_path, "# Title\n\nHe was beaten.[1] Nobody was charged.\n\n[1] Lawyer, 4 June.\n")
    summary = [(unit.text, [p.opening for p in unit.placeholders]) for unit in document.units if unit.role == "summary"]
    assert summary == [("He was beaten.<1/>", ["[1]"]), ("Nobody was charged.", [])]
    note = document.units[-1]
    assert (note.text, note.layout["prefix"]) == ("Lawyer, 4 June.", "[1] ")


def test_action_heading_as_a_label_line_and_write_a_letter_to(tmp_path: Path) -> None:
    document, appeal = _appeal(tmp_path, """\
Urgent Action

Take Action:

1. Write a letter in your own words.

Write a letter to:

Prosecutor General
Krasnov Igor Viktorovich
ul. Bolshaya Dmitrovka, 15a
Salutation: Dear Prosecutor General
""")
    assert [unit.role for unit in document.units[:4]] == ["title", "title", "action-step", "targets-intro"]
    assert [(official.name, official.gender) for official in appeal.officials] == [("Krasnov Igor Viktorovich", "m")]


@pytest.mark.parametrize("name", ["2026-belarus-pdfcopy.txt", "2019-russia-prison.pdf"])
def test_wrapped_prose_lines_are_joined_and_short_lines_kept(name: str, tmp_path: Path) -> None:
    from tests.corpus import materialise
    from uaintl.document.ua import LINE_ROLES

    units = load_document(materialise(name, tmp_path)).units
    assert [unit.id for unit in units if "\n" in unit.text and unit.role not in LINE_ROLES] == []
    assert [unit.text for unit in units if unit.role == "address"][:2] in (  # one unit a line, as in the source
        ["vul. Internatsyianalnaia, 22", "220030 Minsk, Belarus"], ["ul. Zhitnaya, 14", "119049 Moscow, Russian Federation"])


def test_wrapped_lines_rebuild_as_the_source_and_a_translation_leaves_no_blank_line(tmp_path: Path) -> None:
    from tests.corpus import materialise
    from uaintl.catalog.extract import build_template
    from uaintl.catalog.pofile import dump_po, parse_po
    from uaintl.catalog.rebuild import rebuild

    source = materialise("2026-belarus-pdfcopy.txt", tmp_path)
    document = load_document(source)
    units = {unit.text: unit for unit in document.units}
    assert "I am writing to express my concern about the detention of Siarhei Antusevich on 14 January 2026." in units
    template = parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000")))
    assert rebuild(template) == source.read_text(encoding="utf-8")
    translated = rebuild(template, {"letter/letter-1.2": "Его держат без связи за разговор с журналистами."})
    assert ("I am writing to express my concern about the detention of Siarhei\nAntusevich on 14 January 2026. "
            "Его держат без связи за разговор с журналистами.\nI urge you") in translated


def test_a_wrapped_heading_is_one_title_and_a_page_footer_is_read_only_chrome(tmp_path: Path) -> None:
    from tests.corpus import materialise

    units = load_document(materialise("2026-belarus-pdfcopy.txt", tmp_path)).units
    assert [unit.text for unit in units if unit.role == "title"] == [
        "URGENT ACTION", "TRADE UNIONIST HELD INCOMMUNICADO",
        "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER"]
    footer = [unit for unit in units if "Page 1 of 1" in unit.text]
    assert [(unit.role, unit.translatable) for unit in footer] == [("page-chrome", False)]


def test_a_deadline_sentence_after_the_closing_is_no_signature(tmp_path: Path) -> None:
    from tests.corpus import materialise

    units = load_document(materialise("2026-russia-saved.html", tmp_path)).units
    assert [unit.role for unit in units if "Please take action before" in unit.text] == ["deadline"]
    assert [unit.role for unit in units if unit.role == "signature"] == []
