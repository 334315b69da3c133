"""Letters per official in be, ru and be-Latn: salutations, dates, formats, drafts."""

from __future__ import annotations

import re

import email
from email import policy
from pathlib import Path

import pytest
from lxml import html as lxml_html

from uaintl.catalog.pofile import dump_po, read_po
from uaintl.render.letters import long_date

OUT = Path("out") / "ua-85-21"


def test_every_locale_gets_the_document_and_a_letter_per_official(cli, reviewed: Path) -> None:
    cli("render", "--date", "2021-08-01")
    for locale in ("be", "ru", "be-Latn"):
        folder = reviewed / OUT / locale
        names = sorted(path.name for path in folder.iterdir())
        assert names == sorted(["ua-85-21.md"] + [f"letter-{target}.{ext}" for target in ("andrey-shved", "dmitry-basik")
                                                    for ext in ("txt", "md", "html", "eml")])


def test_belarusian_letter_reads_right(cli, reviewed: Path) -> None:
    cli("render", "--date", "2021-07-14")
    text = (reviewed / OUT / "be" / "letter-andrey-shved.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[:3] == ["Андрэй Швед", "Генеральны пракурор Рэспублікі Беларусь",
                         "Vul. Internatsianalnaya, 22 220030 Minsk, Belarus"]
    assert "14 ліпеня 2021\u202fг." in lines
    assert "Паважаны спадар Генеральны пракурор!" in lines
    assert "старшыні Праваабарончага цэнтра «Вясна» Алеся Бяляцкага," in text
    assert lines[-5:] == ["З павагай,", "Hanna Example", "12 Example Street", "London", "hanna@example.org"]
    basik = (reviewed / OUT / "be" / "letter-dmitry-basik.txt").read_text(encoding="utf-8")
    assert "Паважаны спадар Пасол!" in basik


def test_russian_and_lacinka_letters(cli, reviewed: Path) -> None:
    cli("render", "--date", "2021-07-14")
    ru = (reviewed / OUT / "ru" / "letter-dmitry-basik.txt").read_text(encoding="utf-8")
    assert "Уважаемый господин Посол!" in ru and "14 июля 2021\u202fг." in ru and "С уважением," in ru
    latin = (reviewed / OUT / "be-Latn" / "letter-andrey-shved.txt").read_text(encoding="utf-8")
    assert "Pavažany spadar Hienieralny prakuror!" in latin and "Alesia Bialackaha" in latin
    assert "14 lipienia 2021\u202fh." in latin and "Z pavahaj," in latin
    document = (reviewed / OUT / "be-Latn" / "ua-85-21.md").read_text(encoding="utf-8")
    assert document.lstrip().startswith("TERMINOVAJA AKCYJA\n") and "Uładzimir Łabkovič" in document
    assert "pravaabarončuju dziejnaść" in document
    assert not re.search(r"\b[A-ZŁŹŚĆŃŽČŠŬ]{2,}[a-z]", document)  # no "AKCYJa": caps words stay caps


def test_long_date_in_russian() -> None:
    assert long_date(__import__("datetime").date(2021, 7, 14), "ru") == "14 июля 2021\u202fг."


def test_letters_without_a_sender_exit_1_and_say_so(cli, reviewed: Path) -> None:
    (reviewed / "uaintl.toml").write_text('[project]\nlocales = ["be", "ru"]\n[sender]\nname = ""\nemail = ""\n',
                                          encoding="utf-8")
    result = cli("render", "--date", "2021-07-14", expect=1)
    assert "letters written without the sender's name and e-mail" in result.stderr
    assert "[sender]" in result.stderr and "--sender-name" in result.stderr
    signed = cli("render", "--date", "2021-07-14", "--sender-name", "Hanna", "--sender-email", "h@example.org")
    assert "sender" not in signed.stderr
    message = email.message_from_bytes((reviewed / OUT / "ru" / "letter-andrey-shved.eml").read_bytes(),
                                       policy=policy.default)
    assert message["From"] == "Hanna <h@example.org>"


def test_sender_email_that_is_no_address_is_refused(cli, reviewed: Path) -> None:
    result = cli("render", "--sender-email", "bad", expect=2)
    assert result.stderr.strip().splitlines() == [
        "uaintl: error: --sender-email 'bad' is not an e-mail address (e.g. --sender-email hanna@example.org)"]
    assert not (reviewed / "out").exists()


def test_html_letter_has_lang_and_structure(cli, reviewed: Path) -> None:
    cli("render", "--date", "2021-07-14")
    page = lxml_html.fromstring((reviewed / OUT / "ru" / "letter-andrey-shved.html").read_bytes())
    assert page.get("lang") == "ru"
    assert page.find_class("salutation")[0].text == "Уважаемый господин Генеральный прокурор!"
    assert len(page.findall(".//body/p")) == 6  # date, salutation, three paragraphs, closing


def test_eml_is_a_draft_to_the_official(cli, reviewed: Path) -> None:
    cli("render", "--date", "2021-07-14")
    message = email.message_from_bytes((reviewed / OUT / "be" / "letter-andrey-shved.eml").read_bytes(),
                                       policy=policy.default)
    assert message["To"] == "info@prokuratura.gov.by"
    assert message["From"] == "Hanna Example <hanna@example.org>"
    assert message["Subject"] == "Праваабаронцы застаюцца пад вартай"
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",))
    assert body.get_content_charset() == "utf-8" and "Паважаны спадар Генеральны пракурор!" in body.get_content()
    assert "<html" in message.get_body(("html",)).get_content()
    basik = email.message_from_bytes((reviewed / OUT / "ru" / "letter-dmitry-basik.eml").read_bytes(),
                                     policy=policy.default)
    assert basik["To"] == "D.Basik@mfa.gov.by"


def test_localised_document_rebuilds_the_appeal(cli, reviewed: Path) -> None:
    cli("render", "--date", "2021-07-14")
    document = (reviewed / OUT / "ru" / "ua-85-21.md").read_text(encoding="utf-8")
    assert document.startswith("\n\nСРОЧНАЯ АКЦИЯ\n")
    assert "1. Напишите письмо" in document and "Email: info@prokuratura.gov.by" in document
    assert "ПРЕДЫДУЩАЯ СРОЧНАЯ АКЦИЯ: <https://www.amnesty.org/en/documents/eur49/4494/2021/en/>" in document


def test_fuzzy_unit_stops_the_render_and_writes_nothing(cli, reviewed: Path) -> None:
    path = reviewed / "locales" / "ua-85-21" / "be.po"
    catalog = read_po(path)
    catalog.messages[5].set_fuzzy(True)
    catalog.messages[6].msgstr = ""
    path.write_bytes(dump_po(catalog))
    result = cli("render", "--locale", "be", expect=1)
    assert "ua-85-21/be: 1 missing, 1 fuzzy (not rendered)" in result.stderr
    assert f"  fuzzy: {catalog.messages[5].msgctxt}" in result.stderr
    assert not (reviewed / "out").exists()


def test_allow_fuzzy_renders_a_draft_with_a_banner(cli, reviewed: Path) -> None:
    path = reviewed / "locales" / "ua-85-21" / "ru.po"
    catalog = read_po(path)
    letter = next(entry for entry in catalog.messages if entry.msgctxt == "letter/letter-1.2")
    letter.msgstr = ""
    path.write_bytes(dump_po(catalog))
    result = cli("render", "--locale", "ru", "--allow-fuzzy", "--date", "2021-07-14")
    assert "ua-85-21/ru: 1 missing, 0 fuzzy (draft, source used for missing units)" in result.output
    text = (reviewed / OUT / "ru" / "letter-andrey-shved.txt").read_text(encoding="utf-8")
    assert text.startswith("ЧЕРНОВИК — перевод не проверен")
    assert "They are human rights defenders who have committed no crime" in text
    page = (reviewed / OUT / "ru" / "letter-andrey-shved.html").read_text(encoding="utf-8")
    assert 'class="draft"' in page
