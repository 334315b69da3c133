"""Layouts of real UAs that once read wrong: one fixture each in ``tests/fixtures/layouts/``.

Each fixture is an appeal written for the tests in the shape of one kind of real UA (an old amnesty.org
PDF copied to text, an old-style web page, a saved page with its site chrome…); names and addresses
are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from uaintl.catalog.extract import build_template
from uaintl.catalog.pofile import dump_po, parse_po
from uaintl.catalog.rebuild import rebuild
from uaintl.document.appeal import recognise
from uaintl.document.inline import readable
from uaintl.document.load import load_document

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "layouts"


def _load(tmp_path: Path, name: str, text: str | None = None):
    path = tmp_path / name
    path.write_text(text if text is not None else (LAYOUTS / name).read_text(encoding="utf-8"), encoding="utf-8")
    document = load_document(path)
    return path, document, recognise(document.units)


def _load_as(tmp_path: Path, name: str, suffix: str, laid_out: str | None = None):
    """A fixture read as text, or as a PDF laid out line by line (from ``laid_out``: its text with page breaks)."""
    from tests.corpus import build_pdf

    text = (LAYOUTS / name).read_text(encoding="utf-8")
    path = tmp_path / f"{Path(name).stem}{suffix}"
    if suffix == ".pdf":
        build_pdf(laid_out or text, path)
    else:
        path.write_text(text, encoding="utf-8")
    return path, text, load_document(path)


def _rebuilt(path: Path, document, translations: dict[str, str] | None = None) -> str:
    return rebuild(parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000"))), translations)


def _texts(document, role: str) -> list[str]:
    return [readable(unit.text, unit.placeholders) for unit in document.units if unit.role == role]


# A PDF's Symbol and Wingdings bullets copied without their font, the middle dot a viewer shows for them,
# and a bullet glyph lost altogether (only its indentation left: the point hangs under the intro).
@pytest.mark.parametrize("bullet", ["■", "•", "▪", "–", "-", "\uf0b7", "\uf0a7", "·", " "])
def test_old_pdf_bullets_are_appeal_points_and_make_the_letter(bullet: str, tmp_path: Path) -> None:
    text = (LAYOUTS / "square-bullets.txt").read_text(encoding="utf-8").replace("■", bullet)
    path, document, appeal = _load(tmp_path, "square-bullets.txt", text)
    assert _texts(document, "appeal-point") == [
        "Urging the authorities to drop the charge against Dzianis Lisouski, as he is a conscientious objector;",
        "Calling on them to give him the alternative civilian service he asked for;",
        "Urging them to introduce a genuinely civilian alternative service, under civilian control, as "
        "international human rights standards require."]
    assert appeal.letter.kind == "points"
    assert "no letter found" not in [warning.message for warning in appeal.warnings]
    assert _rebuilt(path, document) == text


@pytest.mark.parametrize("indented", [True, False])  # a PDF's layout indents the lines; a plain copy does not
def test_a_bullet_wrapped_over_lines_is_one_point_and_rebuilds_its_lines(indented: bool, tmp_path: Path) -> None:
    text = (LAYOUTS / "wrapped-bullet.txt").read_text(encoding="utf-8")
    path, document, appeal = _load(tmp_path, "wrapped-bullet.txt", text if indented else text.replace("\n   ", "\n"))
    assert _texts(document, "appeal-point") == [
        "Calling on the authorities to release Katsiaryna Barysevich immediately and unconditionally, as she "
        "is held solely for her peaceful work as a journalist;",
        "Urging them to stop harassing journalists for their reporting."]
    assert [unit.role for unit in document.units if unit.role in ("background", "other")] == []
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")
    translated = _rebuilt(path, document, {"header/appeal-point-1.1": "Призываем освободить её."})
    assert "•  Призываем освободить её.\n•  Urging them" in translated


def test_an_en_dash_starting_a_wrapped_line_of_prose_is_no_bullet(tmp_path: Path) -> None:
    path, document, appeal = _load(tmp_path, "dash-in-sentence.txt")
    assert _texts(document, "summary") == [
        "Journalist Andrei Kuznechyk was detained in Minsk on 25 November 2021 and held – without access to a "
        "lawyer – for three weeks before his family was told."]
    assert _texts(document, "appeal-point") == ["Calling on the authorities to release him;",
                                                "Urging them to let him see a lawyer."]
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


def test_a_word_hyphenated_at_a_line_end_is_joined_and_a_compound_keeps_its_hyphen(tmp_path: Path) -> None:
    path, document, _ = _load(tmp_path, "hyphenated.txt")
    prose = " ".join(_texts(document, "summary") + _texts(document, "letter"))
    for word in ("no investigation into", "the authorities refuse", "Vladimir Kara-Murza, who",
                 "independent and self-governing body"):
        assert word in prose
    assert "- " not in prose
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("heading", ["Copies to:", "Copies to", "And copies to:", "Also send copies to:", "CC:",
                                     "**Copies to:**"])
def test_copies_to_on_its_own_line_makes_a_copy_recipient_not_an_official(heading: str, tmp_path: Path) -> None:
    text = (LAYOUTS / "copies-own-line.md").read_text(encoding="utf-8").replace("Copies to:", heading)
    _, document, appeal = _load(tmp_path, "copies-own-line.md", text)
    assert [official.name for official in appeal.officials] == ["Siarhei Khamenka"]
    assert [(copy.name, copy.organisation, copy.emails) for copy in appeal.copies] == [
        ("Andrei Yeudachenka", "Embassy of Belarus", ["uk@mfa.gov.by"])]
    assert appeal.officials[0].cc == ["uk@mfa.gov.by"]
    assert not any("Ambassador" in warning.message for warning in appeal.warnings)  # no guessed salutation
    assert [unit.role for unit in document.units if unit.line == 18] == ["copies-intro"]


def test_copies_to_headings_in_a_web_page_and_a_line_of_addresses(tmp_path: Path) -> None:
    _, document, appeal = _load(tmp_path, "copies-own-line.html")
    assert [official.name for official in appeal.officials] == ["Andrei Shved"]
    assert [(copy.name, copy.address, copy.emails) for copy in appeal.copies] == [
        ("Ihar Leshchanya", ["6 Kensington Court", "London W8 5DL, United Kingdom"], ["uk@mfa.gov.by"]),
        ("", [], ["press@prokuratura.gov.by"])]
    assert appeal.officials[0].cc == ["uk@mfa.gov.by", "press@prokuratura.gov.by"]
    assert [unit.translatable for unit in document.units if unit.role == "cc"] == [False]


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_running_header_footer_and_repeated_title_of_a_pdf_are_read_only_page_chrome(suffix: str,
                                                                                      tmp_path: Path) -> None:
    _, _, document = _load_as(tmp_path, "running-footer.txt", suffix)
    header = "UA: 38/22 Index: EUR 46/5423/2022 Russian Federation Date: 14 April 2022"
    chrome = [unit.text for unit in document.units if unit.role == "page-chrome"]
    assert chrome == [f"{header} 1", header, "URGENT ACTION", "ANTI-WAR PROTESTER FACES TEN YEARS", f"{header} 2"]
    assert not any(unit.translatable for unit in document.units if unit.role == "page-chrome")
    assert _texts(document, "title")[:3] == [header, "URGENT ACTION", "ANTI-WAR PROTESTER FACES TEN YEARS"]
    appeal = recognise(document.units)
    assert (appeal.letter.kind, [official.name for official in appeal.officials]) == ("sample", ["Igor Krasnov"])
    assert _texts(document, "background") and _texts(document, "letter")


def test_an_address_line_two_officials_share_is_no_page_chrome(tmp_path: Path) -> None:
    _, document, appeal = _load(tmp_path, "ua.txt", """\
URGENT ACTION
JOURNALISTS DETAINED

Prosecutor General
Andrei Shved
Prosecutor General's Office
vul. Internatsyianalnaia 22
220030 Minsk, Belarus

Deputy Prosecutor General
Aliaksei Stuk
Prosecutor General's Office
vul. Internatsyianalnaia 22
220030 Minsk, Belarus
""")
    assert [official.address for official in appeal.officials] == [
        ["vul. Internatsyianalnaia 22", "220030 Minsk, Belarus"]] * 2
    assert [unit.role for unit in document.units if unit.role == "page-chrome"] == []


def test_site_navigation_and_logos_of_a_saved_page_are_no_units(tmp_path: Path) -> None:
    """The nav link "Take action" and the category link "Russian Federation" are also lines of the appeal
    (a heading, an address line), so the main-content filter alone let them through."""
    _, document, appeal = _load(tmp_path, "saved-chrome.html")
    texts = [readable(unit.text, unit.placeholders) for unit in document.units]
    assert texts.count("Take action") == 1 and texts.count("Russian Federation") == 1  # the heading, the address
    assert [unit.role for unit in document.units if readable(unit.text, unit.placeholders) in (
        "Take action", "Russian Federation")] == ["title", "address"]
    for chrome in ("What we do", "Donate", "Europe and Central Asia", "Freedom of expression"):
        assert chrome not in " ".join(texts)
    logos = [unit for unit in document.units if not readable(unit.text, unit.placeholders).strip()]
    assert [(unit.role, unit.translatable) for unit in logos] == [("page-chrome", False)] * 2
    assert _texts(document, "summary")[0].startswith("Citizen journalist Remzi Bekirov")  # a logo is no summary
    assert [official.name for official in appeal.officials] == ["Igor Krasnov"]


def test_a_saved_page_rebuilt_keeps_its_navigation_as_it_was(tmp_path: Path) -> None:
    path, document, _ = _load(tmp_path, "saved-chrome.html")
    page = rebuild(parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000"))),
                   {"action/title-1": "Дзейнічайце"}, source=path)
    assert '<a href="/en/get-involved/take-action/">Take action</a>' in page
    assert "<h2>Дзейнічайце</h2>" in page


def test_officials_after_a_bold_deadline_without_to_on_an_old_style_web_page(tmp_path: Path) -> None:
    path, document, appeal = _load(tmp_path, "deadline-bold.html")
    assert [(official.name, official.title, official.salutation, official.salutation_source)
            for official in appeal.officials] == [
        ("Alyaksandr Lukashenka", "President", "Dear President", "label"),
        ("Aliaksandr Kaniuk", "Prosecutor General", "Dear Prosecutor General", "label"),
        ("Ihar Shunevich", "Minister of Internal Affairs", "Dear Minister", "label")]
    assert appeal.deadline.isoformat() == "2016-06-02"
    assert not [unit.id for unit in document.units if unit.role in ("address", "contact") and unit.translatable]
    assert [unit.role for unit in document.units if unit.id.startswith("targets/")].count("other") == 0
    assert appeal.letter.kind == "points" and len(_texts(document, "appeal-point")) == 2
    assert _texts(document, "appeal-point")[0].startswith("Calling on the authorities")  # the ■ is markup
    page = _rebuilt(path, document, {"header/appeal-point-1.1": "Заклікаем улады адмяніць прысуд."})
    assert "<p>■ Заклікаем улады адмяніць прысуд.</p>" in page.replace("\n", "")


def test_a_long_targets_intro_after_a_bold_deadline_is_followed_by_the_officials(tmp_path: Path) -> None:
    """"Please write in your own words or use the sample letter below, in English, Belarusian or
    Russian, to:" under "PLEASE SEND APPEALS BEFORE …": the <p>/<br> blocks after it are officials."""
    path, document, appeal = _load(tmp_path, "long-targets-intro.html")
    assert [(official.name, official.title, official.salutation, official.salutation_source)
            for official in appeal.officials] == [
        ("Yury Dabravolski", "Minister of Internal Affairs", "Dear Minister", "label"),
        ("Halina Savitskaya", "Prosecutor of Hrodna Region", "Dear Prosecutor", "label")]
    assert appeal.officials[0].address == ["vul. Haradski Val 4", "220030 Minsk", "Belarus"]
    assert appeal.officials[1].emails == ["grodno@prok.example.by"]
    assert not [warning.message for warning in appeal.warnings]
    intro = next(unit for unit in document.units if _texts_of(unit).startswith("Please write in your own words"))
    assert intro.role == "targets-intro" and intro.translatable
    read_only = {unit.role for unit in document.units if not unit.translatable}
    assert {"address", "contact"} <= read_only
    assert not [unit.id for unit in document.units if unit.role in ("address", "contact") and unit.translatable]
    assert not [unit.id for unit in document.units if unit.role == "other"]
    assert appeal.deadline.isoformat() == "2017-04-20"
    assert appeal.letter.kind == "sample"


def test_a_long_line_ending_in_to_is_no_targets_intro_when_no_official_follows(tmp_path: Path) -> None:
    """The same intro over bullet points asks for the points: they stay the appeal, not officials."""
    text = ("TAKE ACTION\n\nPlease write in your own words, in English, Belarusian or Russian, calling on the "
            "authorities to:\n\n■ Release Kastus Varabei immediately and unconditionally;\n"
            "■ End the harassment of independent bloggers.\n\nPLEASE SEND APPEALS BEFORE 20 APRIL 2017 TO:\n\n"
            "Minister of Internal Affairs\nMr Yury Dabravolski\nvul. Haradski Val 4\n220030 Minsk, Belarus\n"
            "Salutation: Dear Minister\n")
    _, document, appeal = _load(tmp_path, "points.txt", text)
    assert [official.name for official in appeal.officials] == ["Yury Dabravolski"]
    assert appeal.letter.kind == "points" and len(_texts(document, "appeal-point")) == 2
    assert [unit.role for unit in document.units if _texts_of(unit).startswith("Please write")] == ["action-step"]


def _texts_of(unit) -> str:
    return readable(unit.text, unit.placeholders)


def test_a_labelled_note_line_ends_its_unit_before_the_sentence_on_the_next_line(tmp_path: Path) -> None:
    """PDF copy: "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian, Russian⏎You can also write …" is a
    note and a sentence; a wrapped note value and wrapped prose still join."""
    path, document, appeal = _load(tmp_path, "note-then-sentence.txt")
    assert [(unit.role, _texts_of(unit)) for unit in document.units if unit.id.startswith("notes/")] == [
        ("language-note", "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian, Russian"),
        ("language-note", "You can also write in your own language."),
        ("deadline", "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 28 April 2022"),
        ("deadline", "Please check with the Amnesty office in your country if you wish to send appeals after the "
                     "deadline."),
        ("pronoun-note", "NAME AND PRONOUN: Aksana Ramanchuk (she/her)")]
    assert _texts(document, "summary")[0].startswith("Lawyer Aksana Ramanchuk was detained on 3 March 2022 in Hrodna "
                                                     "after she represented people arrested at peaceful protests.")
    assert appeal.deadline.isoformat() == "2022-04-28"
    source = path.read_text(encoding="utf-8")
    assert _rebuilt(path, document) == source
    page = _rebuilt(path, document, {"notes/language-note-1.2": "Можна пісаць і на сваёй мове.",
                                     "notes/deadline-1.1": "ДЗЕЙНІЧАЙЦЕ ЯК МАГА ХУТЧЭЙ, ДА: 28 красавіка 2022 г."})
    assert "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian, Russian\nМожна пісаць і на сваёй мове.\n" in page
    assert ("ДЗЕЙНІЧАЙЦЕ ЯК МАГА ХУТЧЭЙ, ДА: 28 красавіка 2022 г.\nPlease check with the Amnesty office in your "
            "country if you wish to send\n   appeals after the deadline.\n") in page


@pytest.mark.parametrize("text", [
    "He said the following: Mikalai\nKaliada was beaten in custody.",  # prose, not a note label
    "PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian or\nRussian is preferred.",  # the value goes on
    "NAME AND PRONOUN: Ales Bialiatski (he/him),\nMarfa Rabkova (she/her)",
    "DEADLINE: 9 June 2022\n22 June at the latest",  # no sentence on the next line
])
def test_a_line_that_is_no_complete_labelled_note_does_not_end_its_unit(text: str) -> None:
    from uaintl.document.wrap import note_line_ends

    assert note_line_ends(text) == []


@pytest.mark.parametrize("text", [
    "**PREFERRED LANGUAGE TO ADDRESS TARGET:** Russian, English\nYou can also write in your own language.",
    "Deadline: 9 June 2022\nPlease check with your section office before sending appeals after that date.",
])
def test_a_labelled_note_in_markdown_bold_or_with_a_known_label_ends_its_line(text: str) -> None:
    from uaintl.document.wrap import note_line_ends

    assert note_line_ends(text) == [text.index("\n")]


def _untranslatable_lines(document) -> set[int]:
    return {unit.line for unit in document.units if not unit.translatable}


def test_officials_in_a_markdown_blockquote_with_the_salutation_only_in_the_letter(tmp_path: Path) -> None:
    path, document, appeal = _load(tmp_path, "quoted-officials.md")
    assert [(official.name, official.title, official.address, official.emails, official.salutation,
             official.salutation_source) for official in appeal.officials] == [
        ("Nina Piatrouna Lisitsa", "Head of the Vitsebsk Regional Department of Education",
         ["vul. Lenina 32", "210010 Vitsebsk", "Belarus"], ["edu@vitebsk-region.gov.by"], "Dear Ms Lisitsa",
         "letter")]
    assert "no officials found" not in [warning.message for warning in appeal.warnings]
    assert not [unit.id for unit in document.units if unit.role == "action-step"]  # the quoted lines are no steps
    assert {14, 15, 16, 17, 18} <= _untranslatable_lines(document)  # address, fax and e-mail lines
    assert not any(">" in readable(unit.text, unit.placeholders) for unit in document.units)  # markers are structure
    assert _texts(document, "background") == [  # a quoted paragraph's lines are joined
        '"I was reading a poem, not calling for anything," Alesia Kuchko told her lawyer after the hearing.']
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")
    translated = _rebuilt(path, document, {"targets/nina-piatrouna-lisitsa/target-title-1": "Начальнік"})
    assert "> Начальнік\n> Ms Nina Piatrouna Lisitsa\n" in translated


def test_a_bold_send_appeals_no_later_than_line_is_the_deadline(tmp_path: Path) -> None:
    _, document, appeal = _load(tmp_path, "quoted-officials.md")
    assert appeal.deadline.isoformat() == "2018-04-13"
    assert _texts(document, "deadline") == ["PLEASE SEND APPEALS AS SOON AS POSSIBLE AND NO LATER THAN: 13 April 2018"]


def test_a_capitals_headline_is_not_glued_to_the_first_sentence_of_the_summary(tmp_path: Path) -> None:
    path, document, appeal = _load(tmp_path, "caps-headline.txt")
    assert _texts(document, "title")[1:] == ["URGENT ACTION", "THREE STUDENTS EXPELLED FOR A PROTEST"]
    assert _texts(document, "summary") == [
        "Three students of Hrodna State University were expelled on 28 January 2013 after they held a silent "
        "protest in the university hall."]
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


def test_a_copy_recipient_after_a_page_break_with_a_title_wrapped_over_two_lines(tmp_path: Path) -> None:
    """Page number, repeated header and headline, then "And copies to:" and a recipient whose
    organisation runs over two lines; the country is in capitals, as old UAs print it."""
    path, document, appeal = _load(tmp_path, "page-break-copies.txt")
    assert [(copy.name, copy.title, copy.organisation, copy.address, copy.emails) for copy in appeal.copies] == [
        ("Tatiana Ivanovna Margolina", "Chair", "Public Monitoring Commission for Places of Detention of Perm Region",
         ["ul. Lenina 51, building 2", "614000 Perm", "RUSSIAN FEDERATION"], ["onk@perm-monitoring.ru"])]
    assert [(official.name, official.address) for official in appeal.officials] == [
        ("Aleksei Viktorovich Gorokhov", ["ul. Kuibysheva 10", "614990 Perm", "RUSSIAN FEDERATION"])]
    assert [unit.text for unit in document.units if unit.role == "page-chrome"] == [
        "1", "URGENT ACTION", "ACTIVIST BEATEN IN CUSTODY", "2"]
    assert [unit.role for unit in document.units if unit.role in ("other", "title") and unit.line > 20] == ["other"]
    assert {17, 21, 23, 24, 31, 32, 33, 34, 38} <= _untranslatable_lines(document)
    assert (appeal.letter.kind, appeal.deadline.isoformat(), appeal.warnings) == ("points", "2016-05-23", [])
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


def test_footer_labels_and_sentences_wrapped_across_lines_are_joined(tmp_path: Path) -> None:
    path, document, _ = _load(tmp_path, "wrapped-footer.txt")
    footer = [(unit.role, readable(unit.text, unit.placeholders)) for unit in document.units if unit.line >= 18]
    assert footer == [
        ("copies-intro", "Also send copies to diplomatic representatives accredited to your country."),
        ("other", "Please check with your section office if sending appeals after the above date."),
        ("other", "This is the first update of UA 77/14."),
        ("other", "Further information: www.amnesty.org/en/documents/eur49/0101/2014/en/"),
        ("meta", "Name: Alena Kruk, Maksim Volkau, Yana Pashkevich, Ihar Lebedzeu and Kiryl Sharko"),
        ("meta", "Gender m/f: f, m, f, m, m")]
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


def test_appeal_points_under_take_action_and_a_copy_recipient_under_and_copy_to(tmp_path: Path) -> None:
    """A web page: "Write to the Prosecutor General …:" over a <ul> of what to ask, then the officials'
    <p> blocks, the copy recipient's under a bold "And copy to:"."""
    path, document, appeal = _load(tmp_path, "take-action-list.html")
    assert _texts(document, "appeal-point") == [
        "Calling on him to drop the charge against Arkady Zimin and to release him immediately;",
        "Urging him to ensure that no one is prosecuted for peacefully expressing their views online."]
    assert appeal.letter.kind == "points"
    assert [(official.name, official.contacts) for official in appeal.officials] == [("Igor Viktorovich Krasnov", {})]
    assert [(copy.name, copy.title, copy.emails) for copy in appeal.copies] == [
        ("Sergei Nechaev", "Ambassador", ["info@russische-botschaft.de"])]
    # A copy recipient is sent a copy of each official's letter: its e-mail is each letter's Cc.
    assert appeal.officials[0].cc == ["info@russische-botschaft.de"]
    assert [unit.role for unit in document.units if "copy to" in unit.text] == ["copies-intro"]
    assert appeal.warnings == []


def test_numbered_action_steps_in_the_header_of_a_web_page(tmp_path: Path) -> None:
    _, document, appeal = _load(tmp_path, "numbered-steps.html")
    assert [(unit.line, unit.role) for unit in document.units if unit.line in (10, 11, 12)] == [
        (10, "action-step"), (10, "action-step"), (11, "action-step"), (11, "action-step"), (12, "action-step")]
    assert "other" not in [unit.role for unit in document.units]
    assert [official.name for official in appeal.officials] == ["Siarhei Khamenka"]


@pytest.mark.parametrize("label", ["NAME AND PRONOUN", "NAME AND GENDER PRONOUN", "NAMES AND PRONOUNS"])
def test_the_pronoun_note_in_each_label_amnesty_used(label: str, tmp_path: Path) -> None:
    text = (LAYOUTS / "note-then-sentence.txt").read_text(encoding="utf-8").replace("NAME AND PRONOUN", label)
    _, document, _ = _load(tmp_path, "note-then-sentence.txt", text)
    assert _texts(document, "pronoun-note") == [f"{label}: Aksana Ramanchuk (she/her)"]


def test_contact_lines_of_no_official_are_read_only_not_prose(tmp_path: Path) -> None:
    """An e-mail line after an official's block has ended, and a team's phone and e-mail lines among the
    notes: contact data wherever they stand, never units to translate."""
    path, document, appeal = _load(tmp_path, "stray-contact-lines.txt")
    assert [(unit.line, unit.role, unit.translatable) for unit in document.units if unit.line >= 15] == [
        (15, "contact", False), (17, "other", True), (18, "contact", False), (19, "contact", False)]
    assert [official.name for official in appeal.officials] == ["Siarhei Dzemidau"]
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


def test_word_bullets_applied_to_normal_paragraphs_are_appeal_points(tmp_path: Path) -> None:
    """A section's Word copy: the bullets come from the toolbar's numbering on Normal paragraphs, not
    from a List style."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    word.add_heading("Journalist held without charge", level=1)
    word.add_paragraph("Please write immediately in Belarusian, Russian or your own language:")
    for point in ("Calling on the authorities to release Ihar Losik;", "Urging them to let him see his lawyer."):
        numbering = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            numbering.append(element)
        word.add_paragraph(point)._p.get_or_add_pPr().append(numbering)
    word.save(str(tmp_path / "appeal.docx"))
    document = load_document(tmp_path / "appeal.docx")
    assert _texts(document, "appeal-point") == ["Calling on the authorities to release Ihar Losik;",
                                                "Urging them to let him see his lawyer."]
    assert recognise(document.units).letter.kind == "points"


def test_a_list_of_facts_in_the_header_is_no_list_of_action_steps(tmp_path: Path) -> None:
    _, document, _ = _load(tmp_path, "ua.md", """\
# URGENT ACTION

Protesters detained in Hrodna describe:

- Use of force by riot police during the arrests;
- Contact with lawyers denied for two weeks.

Write to:

Prosecutor General
Andrei Shved
vul. Internatsyianalnaia 22
220030 Minsk, Belarus
""")
    assert [unit.role for unit in document.units if unit.line in (5, 6)] == ["other", "other"]


def test_officials_of_a_pdf_copy_indented_or_bulleted_are_read_line_by_line(tmp_path: Path) -> None:
    """A PDF copy's official indented under TAKE ACTION (the online form's address wrapped), and copy
    recipients under Wingdings bullets, one "Court, Chairperson Mr …" line: each line its own unit,
    each person with their own title, address and e-mail; the headline wrapped over two lines and
    repeated on page 2 is page chrome, and "ADDITIONAL INFORMATION" under it starts the background."""
    path, document, appeal = _load(tmp_path, "pdf-bulleted-officials.txt")
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")
    assert _rebuilt(path, document, {"header/title-2": "ЛЕКАРА АСУДЗІЛІ НА ДВА ГАДЫ"}).startswith(
        "URGENT ACTION\nЛЕКАРА АСУДЗІЛІ НА ДВА ГАДЫ\nOn 3 May 2024")
    assert [(official.name, official.title, official.address, official.contacts) for official in appeal.officials] == [
        ("Dmitry Sergeyevich Voronin", "Prosecutor of Tula Region",
         ["ul. Sovetskaya 14", "300041 Tula, Russian Federation"],
         {"Online form": "https://epp.genproc.gov.ru/web/proc_71/internet-reception"})]
    assert [(" ".join(copy.honorifics + [copy.name]), copy.title, copy.address, copy.emails)
            for copy in appeal.copies] == [
        ("Ms Irina Viktorovna Zaitseva", "Commissioner for Human Rights in Tula Region",
         ["pr. Lenina 2, 300041 Tula, Russian Federation"], ["ombudsman@tula.example.ru"]),
        ("Mr Oleg Ivanovich Kuznetsov", "Chairperson, Tula Regional Court",
         ["ul. Demonstratsii 1, 300041 Tula, Russian Federation"], ["oblsud.tula@example.ru"])]
    assert _texts(document, "copies-intro") == ["You can also send copies of your appeal to:"]
    assert _texts(document, "title") == [
        "URGENT ACTION", "DOCTOR JAILED FOR TWO YEARS FOR A POST ABOUT THE WAR",  # one line to translate
        "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER", "ADDITIONAL INFORMATION"]
    assert _texts(document, "background")[1:] == [
        "Pavel Orlov was arrested on 2 February 2024 and has been held in pre-trial detention since then.",
        "His lawyer has appealed against the sentence."]
    assert not [unit for unit in document.units if unit.role in ("other", "action-step", "appeal-point")]


def test_the_header_of_the_email_an_appeal_came_in_is_no_appeal_text(tmp_path: Path) -> None:
    _, document, _ = _load(tmp_path, "email-header.txt")
    chrome = [unit for unit in document.units if unit.role == "page-chrome"]
    assert [unit.line for unit in chrome] == [1, 2, 3, 4] and not any(unit.translatable for unit in chrome)
    assert _texts(document, "meta") == ["UA: 188/12 Index: EUR 49/012/2012 Belarus Date: 17 July 2012"]
    assert _texts(document, "title") == ["URGENT ACTION", "ACTIVIST DETAINED AFTER PROTEST"]


def test_an_old_headers_index_and_date_columns_are_the_appeals_record(tmp_path: Path) -> None:
    """"PUBLIC      AI Index: EUR 49/010/2009", the issue date alone under it, and the "AI Index: … UA …
    date" line of the next page: the record, not a title, summary or background to translate as prose."""
    _, document, _ = _load(tmp_path, "index-header-columns.txt")
    assert [unit.line for unit in document.units if unit.role == "meta"] == [1, 2, 9]
    assert "title" not in {unit.role for unit in document.units}
    assert _texts(document, "background")[-1] == "He is held in the Vitsebsk temporary detention centre."


def test_an_old_uas_recommended_action_after_its_background_has_points_in_lower_case(tmp_path: Path) -> None:
    """"RECOMMENDED ACTION: Please send appeals …:" after the background, over points a PDF copy lost
    the bullets of ("calling for …", "urging …" indented, wrapped deeper): the action and the points,
    which make the letter, not one background paragraph."""
    _, document, appeal = _load(tmp_path, "recommended-action.txt")
    assert _texts(document, "action-step") == [
        "RECOMMENDED ACTION: Please send appeals to arrive as quickly as possible, in Belarusian, Russian or "
        "your own language:"]
    assert _texts(document, "appeal-point") == [
        "calling for the immediate and unconditional release of Ales Marozau, as he is a prisoner of conscience;",
        "urging the authorities to ensure that he is not ill-treated in detention."]
    assert _texts(document, "background") == [
        "BELARUS           Ales Marozau (m), aged 31", "Ales Marozau was detained in Brest on 2 June 2009 after a picket."]
    assert appeal.letter.kind == "points"
    assert [(official.name, official.title) for official in appeal.officials] == [
        ("Viktar Mikhailavich Stelmakh", "Prosecutor of Brest Region")]


def test_a_mailing_lists_distribution_note_is_no_title_and_not_to_translate(tmp_path: Path) -> None:
    """"*** Please post and distribute widely ***" on top of an appeal sent to a list, "-- Please forward to
    your networks --" under it: notes to translate for the list's readers, never the headline a letter's
    subject is made from, nor the summary."""
    from uaintl.document.appeal import headline

    path, document, appeal = _load(tmp_path, "distribution-note.txt")
    assert [(unit.line, unit.translatable) for unit in document.units if unit.role == "other"] == [(1, True), (16, True)]
    assert _texts(document, "summary")[0].startswith("Journalist Alena Maslava was detained")
    assert _texts(document, "title") == ["URGENT ACTION", "JOURNALIST HELD FOR HER REPORTING"]
    assert headline(document.units) == "Journalist held for her reporting"
    assert [official.name for official in appeal.officials] == ["Andrei Shved"]
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_an_official_on_one_line_with_the_address_is_read_as_a_block_of_lines(suffix: str, tmp_path: Path) -> None:
    """"Prosecutor General Andrei Shved, Internatsionalnaya St. 22, 220030 Minsk, Belarus": the name and title
    to translate, the address lines read-only, as when each is on a line of its own; a sentence naming an
    address ("… at ul. Valadarskaha 2, Minsk.") stays one sentence."""
    path, text, document = _load_as(tmp_path, "one-line-officials.txt", suffix)
    appeal = recognise(document.units)
    assert [(official.name, official.title, official.address) for official in appeal.officials] == [
        ("Andrei Shved", "Prosecutor General", ["Internatsionalnaya St. 22", "220030 Minsk", "Belarus"]),
        ("Ivan Kubrakou", "Minister of Internal Affairs", ["ul. Gorodskoi Val 4", "220030 Minsk", "Belarus"])]
    assert [(copy.title, copy.address) for copy in appeal.copies] == [
        ("Embassy of Belarus", ["6 Kensington Court", "London W8 5DL", "United Kingdom"])]
    assert _texts(document, "target-name") == ["Prosecutor General Andrei Shved",
                                               "Ivan Kubrakou, Minister of Internal Affairs"]
    assert not any(unit.translatable for unit in document.units if unit.role == "address")
    assert _texts(document, "summary")[-1] == "She was held at the detention centre at ul. Valadarskaha 2, Minsk."
    if suffix == ".txt":
        assert _rebuilt(path, document) == text
        translated = _rebuilt(path, document, {"targets/andrei-shved/target-name-1": "Генеральны пракурор Андрэй Швед"})
        assert "\nГенеральны пракурор Андрэй Швед, Internatsionalnaya St. 22, 220030 Minsk, Belarus\n" in translated


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_sentence_a_page_break_cut_is_one_unit_and_the_page_furniture_stays_between(suffix: str,
                                                                                      tmp_path: Path) -> None:
    """A paragraph cut by a page's end, its running footer and the next page's header between the halves
    (text copied from a PDF, or the PDF itself): the unfinished sentence and its continuation ("… is held
    in the" | "pre-trial detention centre there.", "… more than" | "30 journalists …") are one unit; the
    furniture stays read-only on its own lines, and the untranslated document rebuilds as it was."""
    text = (LAYOUTS / "page-break-mid-sentence.txt").read_text(encoding="utf-8")
    laid_out = text.replace(" 2025 1\n", " 2025 1\n\f\n").replace(" 2025 2\n", " 2025 2\n\f\n")  # footer ends a page
    path, _, document = _load_as(tmp_path, "page-break-mid-sentence.txt", suffix, laid_out)
    assert _texts(document, "letter") == [
        "I am writing to you about journalist Alena Maslava, who was detained in Homiel on 4 February 2025 and "
        "is held in the pre-trial detention centre there.",
        "She is charged solely for articles she wrote about the trials of peaceful protesters."]
    assert _texts(document, "background") == [
        "Alena Maslava has worked for independent media in Homiel since 2015.",
        "Since 2020 more than 30 journalists have been convicted in Belarus, and dozens of media outlets have "
        "been declared \"extremist\"."]
    chrome = [unit for unit in document.units if unit.role == "page-chrome"]
    assert [readable(unit.text, unit.placeholders) for unit in chrome][:3] == [
        "Amnesty International UA 19/25 Index: EUR 49/9120/2025 Belarus Date: 21 February 2025 1",
        "URGENT ACTION", "JOURNALIST HELD FOR HER REPORTING"]
    assert not any(unit.translatable for unit in chrome)
    lines = [unit.line for unit in document.units]
    assert lines == sorted(lines)  # the furniture between the halves' units, as the page has it
    if suffix == ".txt":
        assert _rebuilt(path, document) == text
        translated = _rebuilt(path, document, {"letter/letter-1.1": "Я пішу вам пра журналістку Алену Маславу.",
                                               "background/background-1.2": "З 2020 года асуджана больш за 30."})
        assert ("Dear Prosecutor General,\nЯ пішу вам пра журналістку Алену Маславу.\n"
                "Amnesty International UA 19/25 Index: EUR 49/9120/2025 Belarus Date: 21 February 2025 1\n"
                "URGENT ACTION\nJOURNALIST HELD FOR HER REPORTING\nShe is charged solely") in translated
        assert ("since 2015. З 2020 года асуджана больш за 30.\nAmnesty International UA 19/25 Index: EUR "
                "49/9120/2025 Belarus Date: 21 February 2025 2\nURGENT ACTION\nJOURNALIST HELD FOR HER REPORTING\n"
                "\nPREFERRED LANGUAGE") in translated


def test_a_page_break_without_furniture_joins_only_a_sentence_that_goes_on_in_lower_case(tmp_path: Path) -> None:
    """A PDF without running footers: the page break is a blank line. "… is held in the" over "pre-trial …"
    is one sentence; a paragraph ending without a stop over one starting with a capital stays two."""
    from tests.corpus import build_pdf

    path = tmp_path / "ua.pdf"
    build_pdf("URGENT ACTION\nJOURNALIST HELD\nJournalist Alena Maslava was detained in Homiel on 4 February and "
              "is held in the\n\f\npre-trial detention centre there. She faces up to seven years in prison\n\n"
              "Her lawyer has not been allowed to see her since her arrest.\n", path)
    document = load_document(path)
    assert _texts(document, "summary") == [
        "Journalist Alena Maslava was detained in Homiel on 4 February and is held in the pre-trial detention "
        "centre there.", "She faces up to seven years in prison"]
    assert _texts(document, "background") == ["Her lawyer has not been allowed to see her since her arrest."]


def test_two_columns_of_a_pdf_are_read_column_by_column(tmp_path: Path) -> None:
    """Two columns of text: a laid-out row holds a line of each; the left column's paragraphs come first,
    then the right one's, each sentence whole."""
    from tests.corpus import build_columns_pdf

    path = tmp_path / "two-text-columns.pdf"
    build_columns_pdf((LAYOUTS / "two-text-columns.pdf.txt").read_text(encoding="utf-8"), path)
    document = load_document(path)
    assert [readable(unit.text, unit.placeholders) for unit in document.units if unit.role != "title"] == [
        "Journalist Alena Maslava was detained in Homiel on 4 February 2025 and charged with \"facilitating "
        "extremist activity\" for her articles about the trials of protesters.",
        "She faces up to seven years in prison.",
        "She is held in the pre-trial detention centre in Homiel, where her lawyer has seen her only twice since "
        "her arrest.",
        "Since 2020 more than 30 journalists have been convicted in Belarus, and dozens of media outlets have been "
        "declared \"extremist\".",
        "Independent journalists work under constant threat of arrest.",
        "Please write to the Prosecutor General and call for her release."]


def test_a_narrow_column_of_the_uas_record_beside_the_text_is_the_record(tmp_path: Path) -> None:
    """A PDF with the UA's number, index, country and date in a narrow left column: its lines are the
    record (meta), read before the text, which keeps its title, summary, official and letter."""
    from tests.corpus import build_columns_pdf

    path = tmp_path / "record-column.pdf"
    build_columns_pdf((LAYOUTS / "record-column.pdf.txt").read_text(encoding="utf-8"), path)
    document = load_document(path)
    assert " ".join(_texts(document, "meta")) == "UA: 19/25 Index: EUR 49/9120/2025 Belarus Date: 21 February 2025"
    assert _texts(document, "title") == ["URGENT ACTION", "JOURNALIST HELD FOR HER REPORTING"]
    assert _texts(document, "summary")[0].startswith("Journalist Alena Maslava was detained in Homiel")
    appeal = recognise(document.units)
    assert [(official.name, official.address) for official in appeal.officials] == [
        ("Andrei Shved", ["vul. Internatsyianalnaia 22", "220030 Minsk", "Belarus"])]
    assert (appeal.letter.kind, _texts(document, "letter")) == ("sample", [
        "I am writing to you about journalist Alena Maslava, who was detained in Homiel on 4 February 2025.",
        "I urge you to release her immediately and unconditionally."])


@pytest.mark.parametrize("lines", [
    ["Prosecutor General", "Fax:           +375 17 226 42 52", "Email:         info@prokuratura.gov.by",
     "Salutation:    Dear Prosecutor General"],  # labels and their values
    ["Please write immediately:", "■      Calling on the authorities to release him;",
     "■      Urging them to drop the charges;", "12.    Asking them to let him see a lawyer."],  # bullets hanging
])
def test_labels_or_bullets_laid_out_before_their_text_are_no_columns(lines: list[str]) -> None:
    """"Fax:        +375 …", "■      Calling on …" laid out with wide gaps are lines, not two columns."""
    from uaintl.document.pdf_reader import read_columns

    assert read_columns(lines) == lines


def test_a_note_label_a_narrow_column_wrapped_is_one_note(tmp_path: Path) -> None:
    """"PREFERRED LANGUAGE TO ADDRESS" over "TARGET: Belarusian, Russian" (a PDF column's width): one note
    to translate, not a label cut in two; the source keeps its lines."""
    path, document, appeal = _load(tmp_path, "wrapped-note-labels.txt")
    assert _texts(document, "language-note") == ["PREFERRED LANGUAGE TO ADDRESS TARGET: Belarusian, Russian",
                                                 "You can also write in your own language."]
    assert _texts(document, "deadline") == ["PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 4 April 2025"]
    assert appeal.deadline.isoformat() == "2025-04-04"
    assert _rebuilt(path, document) == path.read_text(encoding="utf-8")


def test_an_official_on_one_line_of_a_web_page_is_read_as_a_block_and_written_back_in_its_element(
        tmp_path: Path) -> None:
    """"<p>Prosecutor General Andrei Shved, Internatsionalnaya St. 22, 220030 Minsk, Belarus<br>Email: …</p>":
    the name to translate, the address lines read-only; the page gets the translation in the same line."""
    path, document, appeal = _load(tmp_path, "one-line-officials.html")
    assert [(official.name, official.title, official.address, official.emails) for official in appeal.officials] == [
        ("Andrei Shved", "Prosecutor General", ["Internatsionalnaya St. 22", "220030 Minsk", "Belarus"],
         ["info@prokuratura.gov.by"]),
        ("Ivan Kubrakou", "Minister of Internal Affairs", ["ul. Gorodskoi Val 4", "220030 Minsk", "Belarus"], [])]
    template = parse_po(dump_po(build_template(document, "2026-01-01 00:00+0000")))
    page = rebuild(template, {"targets/andrei-shved/target-name-1": "Генеральны пракурор Андрэй Швед"}, source=path)
    assert ("<p>Генеральны пракурор Андрэй Швед, Internatsionalnaya St. 22, 220030 Minsk, Belarus<br>\n"
            "Email: info@prokuratura.gov.by</p>") in page
    assert "<p>Ivan Kubrakou, Minister of Internal Affairs, ul. Gorodskoi Val 4, 220030 Minsk, Belarus</p>" in page


def test_points_whose_bullets_and_indents_a_pdf_copy_lost_are_the_letter(tmp_path: Path) -> None:
    """An old UA copied from its PDF: the points under "RECOMMENDED ACTION …:" have no glyph and no indent
    left, each ends in ";" and the next starts in lower case."""
    path, document, appeal = _load(tmp_path, "flat-points.txt")
    assert _texts(document, "appeal-point") == [
        "expressing concern that Ruslan Umarov, detained in Nazran on 28 April, is at risk of torture, and urging "
        "the authorities to ensure that he is treated humanely in detention;",
        "calling on the authorities to let him see a lawyer of his choice and his family without delay;",
        "urging them to release him unless he is charged with a recognizably criminal offence."]
    assert appeal.letter.kind == "points"
    assert "no letter found" not in [warning.message for warning in appeal.warnings]
    assert [official.name for official in appeal.officials] == ["Yury Yakovlevich Chaika"]
    assert _rebuilt(path, document) == (LAYOUTS / "flat-points.txt").read_text(encoding="utf-8")


def test_a_model_letter_copied_from_a_pdf_opens_on_the_line_above_its_first_paragraph(tmp_path: Path) -> None:
    """"Dear …," with the first paragraph on the next line (no blank line) opens the letter: it is no second
    official made of the letter's paragraphs, and its call list without bullets is part of the letter."""
    path, document, appeal = _load(tmp_path, "letter-flat-points.txt")
    assert [(official.name, official.salutation) for official in appeal.officials] == [
        ("Yauhen Viktaravich Babrou", "Dear Head of the Department of Corrections")]
    assert appeal.letter.kind == "sample"
    assert _texts(document, "salutation") == ["Dear Head of the Department of Corrections,"]
    letter = _texts(document, "letter")
    assert letter[-3:] == ["release Maryia Hrynevich immediately and unconditionally;",
                           "pending her release, ensure that she can see her lawyer and her parents;",
                           "ensure that she receives the medical care she needs."]
    assert "no letter found" not in [warning.message for warning in appeal.warnings]
    assert _rebuilt(path, document) == (LAYOUTS / "letter-flat-points.txt").read_text(encoding="utf-8")


def test_points_under_a_deadline_line_and_an_ambassador_in_capitals_on_a_web_page(tmp_path: Path) -> None:
    """"PLEASE SEND APPEALS BEFORE …" (no "TO:") over "Please write …:" and the points: the points are the
    letter; the ambassador written in capitals is a named copy recipient."""
    path, document, appeal = _load(tmp_path, "deadline-then-points.html")
    assert appeal.letter.kind == "points" and len(_texts(document, "appeal-point")) == 2
    assert [official.name for official in appeal.officials] == ["Aliaksandr Kaniuk"]
    assert [(copy.name, copy.honorifics, copy.title) for copy in appeal.copies] == [
        ("Andrei Uladzimiravich Kastsiuk", ["His", "Excellency", "Mr"], "Embassy of the Republic of Belarus")]
    assert "HIS EXCELLENCY MR ANDREI ULADZIMIRAVICH KASTSIUK" in _texts(document, "target-name")


def test_an_empty_forms_row_wrapped_onto_its_own_line_is_no_copy_recipient(tmp_path: Path) -> None:
    """The blank diplomatic-address form of a 2010-era UA, its last fields ("Salutation Salutation") on a
    line of their own: page furniture, not a copy recipient called "Salutation Salutation"."""
    _, document, appeal = _load(tmp_path, "form-row-wrapped.txt")
    assert [official.name for official in appeal.officials] == ["Yury Yakovlevich Chaika"]
    assert [copy.name for copy in appeal.copies] == ["Aleksandr Ivanovich Bastrykin"]
    assert [(unit.role, unit.translatable) for unit in document.units if unit.text == "Salutation Salutation"] == [
        ("page-chrome", False)]


def test_the_running_header_under_the_footer_that_ends_the_letters_page_is_no_signature(tmp_path: Path) -> None:
    """A PDF copy: the page with the letter ends in its footer, and the next page's header
    ("AMNESTY INTERNATIONAL URGENT ACTION", on every page) follows the letter's closing: read-only page
    furniture, not the letter's signature."""
    _, document, appeal = _load(tmp_path, "running-header-after-letter.txt")
    assert appeal.letter.kind == "sample"
    assert _texts(document, "signature") == []
    assert [unit.role for unit in document.units if unit.text == "AMNESTY INTERNATIONAL URGENT ACTION"] == [
        "page-chrome", "page-chrome"]
