"""On every corpus appeal: one letter per official, to their own e-mail, Cc as recognised, and a
salutation that is never blank and agrees with the official's gender."""

from __future__ import annotations

import email
import re
import shutil
from datetime import date
from email import policy
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.corpus import corpus_documents, expected, materialise
from uaintl.catalog.extract import write_templates
from uaintl.catalog.model import FUZZY
from uaintl.catalog.pofile import dump_po, read_po
from uaintl.catalog.update import update_catalogs
from uaintl.config import Project
from uaintl.document.load import load_document
from uaintl.render.letters import Sender
from uaintl.render.run import plan_render

# The Russian greeting for each gender ("" = unknown: the neutral form the reviewer is told to check).
RU_GREETING = {"m": "Уважаемый господин ", "f": "Уважаемая госпожа ", "": "Уважаемый(-ая) "}


def _reviewed_project(tmp_path: Path, name: str) -> tuple[Project, str]:
    """A project with the corpus appeal and a complete ru catalogue (the source text as the
    translation), as a translator leaves it once every unit is reviewed."""
    materialise(name, tmp_path / "sources")
    return _reviewed(tmp_path)


def _reviewed(tmp_path: Path) -> tuple[Project, str]:
    """The project of the appeal in ``tmp_path / "sources"``, its ru catalogue reviewed."""
    project = Project(root=tmp_path, locales=("ru",))
    document = load_document(project.sources()[0], project.display(project.sources()[0]))
    write_templates([document], [project.pot_path(document.name)])
    update_catalogs([(project.pot_path(document.name), {"ru": project.po_path(document.name, "ru")})], 60)
    catalog = read_po(project.po_path(document.name, "ru"))
    for entry in catalog.messages:
        entry.msgstr = entry.msgid
        entry.flags = [flag for flag in entry.flags if flag != FUZZY]
    project.po_path(document.name, "ru").write_bytes(dump_po(catalog))
    return project, document.name


@pytest.mark.parametrize("name", corpus_documents())
def test_one_letter_per_official_to_their_own_email(name: str, tmp_path: Path) -> None:
    project, document = _reviewed_project(tmp_path, name)
    plan = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender("Hanna", [], "h@example.org"),
                       tmp_path / "out")
    assert not plan.incomplete
    messages = {path.stem: email.message_from_bytes(data, policy=policy.default)
                for path, data in plan.files.items() if path.suffix == ".eml"}
    officials = expected(name)["official"]
    assert len(messages) == len(officials)
    by_address = {message["To"]: message for message in messages.values()}
    for official in officials:
        message = by_address[official["emails"][0]]  # exactly one letter, to their own e-mail
        assert sorted(filter(None, (message["Cc"] or "").split(", "))) == sorted(official["cc"])
        text = message.get_body(("plain",)).get_content()
        greeting = next(line for line in text.split("\n") if line.startswith(("Уважаем", "Dear")))
        assert greeting.startswith(RU_GREETING[official["gender"]]) and len(greeting) > len(RU_GREETING[""]) + 2, (
            official["name"], greeting)
        # the letter has a body: the sample letter's paragraphs or the bullet-point appeals
        assert len(text.split("\n\n")) >= 5


def test_bullet_points_become_the_letter(tmp_path: Path) -> None:
    project, document = _reviewed_project(tmp_path, "2012-russia-appeals.txt")
    plan = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender(), tmp_path / "out")
    letter = plan.files[tmp_path / "out" / document / "ru" / "letter-viktor-semyonovich-gromov.txt"].decode()
    body = letter.split("Уважаемый господин Prosecutor General!\n\n")[1]
    assert body.startswith("Calling on the authorities to conduct a prompt, thorough and impartial investigation "
                           "into the attack on Pavel Drozdov and bring those responsible to justice. Urging them")
    assert "Calling on them to ensure that environmental activists in the Moscow Region can carry out their work " \
           "without fear of reprisals.\n\nYours sincerely," in body


def test_protected_html_address_is_plain_lines_in_every_format(tmp_path: Path) -> None:
    """A saved page's address in <span translate="no">…<br>…</span> is the official's address lines, never
    the element's markup (review #1)."""
    project, document = _reviewed_project(tmp_path, "2024-belarus-page.html")
    plan = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender("Hanna", [], "h@example.org"),
                       tmp_path / "out")
    stem = tmp_path / "out" / document / "ru" / "letter-volha-karpovich"
    text = plan.files[stem.with_suffix(".txt")].decode()
    assert "vul. Kalektarnaia, 10\n220004 Minsk\nBelarus\n" in text.split("\n\n")[0] + "\n"
    assert "vul. Kalektarnaia, 10  \n220004 Minsk  \nBelarus" in plan.files[stem.with_suffix(".md")].decode()
    page = lxml_html.fromstring(plan.files[stem.with_suffix(".html")])
    assert [line.strip() for line in page.find(".//address").itertext()][-3:] == [
        "vul. Kalektarnaia, 10", "220004 Minsk", "Belarus"]
    message = email.message_from_bytes(plan.files[stem.with_suffix(".eml")], policy=policy.default)
    assert "vul. Kalektarnaia, 10\n220004 Minsk\nBelarus\n" in message.get_body(("plain",)).get_content()
    for path, data in plan.files.items():
        if path.name.startswith("letter-"):
            assert not re.search(r"<span|span>|&lt;|translate=|notranslate", data.decode()), path.name
    dzemidovich = plan.files[stem.with_name("letter-mikalai-dzemidovich.txt")].decode()
    assert "pr. Niezalezhnasci, 17, 220030 Minsk, Belarus" in dzemidovich.split("\n\n")[0].split("\n")


def test_subject_is_the_appeals_headline_as_the_report_titles_it(tmp_path: Path) -> None:
    """One headline rule for the e-mail subject and the report (review #5): not a label, no tags, names kept."""
    from uaintl.render.report import document_page

    for name, headline in [("2012-russia-appeals.txt", "Activist beaten, at risk of unfair trial"),
                           ("2015-russia-wrapped.txt", "Human rights defender detained in Chechnya"),
                           ("2024-belarus-page.html", "Belarus: Lawyer sentenced for defending protesters")]:
        project, document = _reviewed_project(tmp_path / name, name)
        plan = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender("Hanna", [], "h@example.org"),
                           tmp_path / name / "out")
        subjects = {email.message_from_bytes(data, policy=policy.default)["Subject"]
                    for path, data in plan.files.items() if path.suffix == ".eml"}
        assert subjects == {headline}
        assert document_page(document, read_po(project.pot_path(document)), {}, [], [], {}).title == headline


def test_letters_without_a_sender_are_flagged(tmp_path: Path) -> None:
    """The empty [sender] of `uaintl init` gives unsigned letters: the plan says what is missing (review #3)."""
    project, document = _reviewed_project(tmp_path, "2020-belarus-cc.md")
    unsigned = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender(), tmp_path / "out")
    assert unsigned.unsigned == ["name", "e-mail"] and "[sender]" in unsigned.unsigned_warning
    no_email = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender("Hanna"), tmp_path / "out")
    assert no_email.unsigned == ["e-mail"]
    signed = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender("Hanna", [], "h@example.org"),
                         tmp_path / "out")
    assert signed.unsigned == [] and signed.unsigned_warning == ""


OFFICIALS = Path(__file__).resolve().parents[1] / "fixtures" / "officials"


@pytest.mark.parametrize("name, letters", [
    # the institution lines of an old address block are address lines: three letters, none to "Prokuratura …"
    ("organisation-lines.txt", {"info@prokuratura.gov.by": ("m", "Prokuratura Respubliki Belarus"),
                                "sk@sk.gov.by": ("m", "ul. Surganova 1"),
                                "mvd@mvd.gov.by": ("m", "Ministerstvo Vnutrennikh Del")}),
    # "Madam Chairperson", "Mr.", "Ms.": each gets a letter greeting them as a woman or a man; the
    # "His/Her Excellency" ambassadors and the minister under "And copies to:" get none
    ("honorifics.md", {"info@oblsud.by": ("f", "ul. Surganova 28a, 220012 Minsk, Belarus"),
                       "kanc@minjust.by": ("m", "Kollektornaya ul. 10, 220004 Minsk, Belarus"),
                       "contact@president.gov.by": ("f", "ul. Karla Marksa 38, 220016 Minsk, Belarus")}),
])
def test_one_letter_per_official_of_an_awkward_block(name: str, letters: dict, tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    shutil.copy(OFFICIALS / name, tmp_path / "sources" / name)
    project, document = _reviewed(tmp_path)
    plan = plan_render(project, [document], ("ru",), date(2026, 1, 15), False, Sender("Hanna", [], "h@example.org"),
                       tmp_path / "out")
    messages = [email.message_from_bytes(data, policy=policy.default)
                for path, data in plan.files.items() if path.suffix == ".eml"]
    assert sorted(message["To"] for message in messages) == sorted(letters)
    for message in messages:
        gender, address_line = letters[message["To"]]
        text = message.get_body(("plain",)).get_content()
        assert address_line in text.split("\n")
        greeting = next(line for line in text.split("\n") if line.startswith(("Уважаем", "Dear")))
        assert greeting.startswith(RU_GREETING[gender]), (message["To"], greeting)
