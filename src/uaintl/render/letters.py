"""One letter per official, in the locale's language, with a salutation that agrees with the
official's gender and a date in the locale's long form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from babel.dates import format_date
from lxml import etree

from uaintl import lang
from uaintl.document.appeal import Appeal, headline, iter_letter_units
from uaintl.document.model import split_sentence_id
from uaintl.lang import LocaleProfile
from uaintl.lang.greeting import agreeing_salutation
from uaintl.render.localize import Localized, append_html, as_markdown, as_plain


@dataclass
class Sender:
    name: str = ""
    address: list[str] = field(default_factory=list)
    email: str = ""

    @property
    def missing(self) -> list[str]:
        """What a signed letter and its .eml (From:) need and this sender lacks."""
        return [what for what, value in (("name", self.name), ("e-mail", self.email)) if not value.strip()]


@dataclass
class Letter:
    target: str
    locale: str
    recipient: list[str]
    date: str
    salutation: str
    paragraphs: list[list[tuple[str, tuple]]]  # paragraphs of (text, placeholders) sentences
    closing: str
    sender: Sender
    email: str
    subject: str
    draft: bool
    cc: list[str] = field(default_factory=list)


def draft_banner(locale: str) -> str:
    """The locale's "draft, not reviewed" line (English for a locale without a profile)."""
    return (lang.find(locale) or lang.get("en")).draft_banner


def long_date(day: date, locale: str) -> str:
    """The locale's date style through Babel: be "14 ліпеня 2021 г.", ru "14 июля 2021 г."
    (U+202F before г.); a locale written from another (be-Latn) transforms that one's date."""
    profile = lang.find(locale)
    if profile is None:
        return format_date(day, "long", locale=locale.replace("-", "_"))
    if profile.base and profile.transform:
        return profile.transform(long_date(day, profile.base))
    return format_date(day, profile.date_format, locale=(profile.date_locale or profile.code).replace("-", "_"))


def written_as(letter: Letter, profile: LocaleProfile, names: dict[str, str] | None = None) -> Letter:
    """A letter of the profile's base locale written in the profile's locale (be → be-Latn);
    ``names``: registered people's name words in the registry's form for the locale."""
    def convert(text: str) -> str:
        return profile.transform(text, names)

    return replace(letter, locale=profile.code, recipient=[convert(line) for line in letter.recipient],
                   date=convert(letter.date), salutation=convert(letter.salutation),
                   paragraphs=[[(convert(text), placeholders) for text, placeholders in paragraph]
                               for paragraph in letter.paragraphs],
                   closing=convert(letter.closing), subject=convert(letter.subject))


def _as_sentence(text: str) -> str:
    """A bullet-point appeal as a sentence of the letter: capital first, full stop last."""
    text = re.sub(r"(?:[;,:]|\s+(?:and|и|і))\s*$", "", text.strip())
    text = text[:1].upper() + text[1:]
    return text if re.search(r"[.!?…](?:</\d+>)?$", text) else text + "."


def build_letters(localized: Localized, appeal: Appeal, sender: Sender, day: date) -> list[Letter]:
    """One letter per official of ``appeal`` (recognised from the template): the sample letter's
    paragraphs, or the bullet-point appeals as one paragraph when there is no sample letter."""
    units = localized.units
    by_id = {unit.id: unit for unit in units}
    paragraphs: dict[str, list[tuple[str, tuple]]] = {}
    for unit in iter_letter_units(units):
        text = localized.text(unit)
        if unit.role == "appeal-point":
            paragraphs.setdefault("points", []).append((_as_sentence(text), unit.placeholders))
        else:
            paragraphs.setdefault(split_sentence_id(unit.id)[0], []).append((text, unit.placeholders))
    closing = next((localized.text(unit) for unit in units if unit.role == "closing"), "")
    subject = headline(units, localized.text)
    letters = []
    for official in appeal.officials:
        recipient = [line.strip() for unit in units
                     if unit.target == official.id and unit.id.startswith("targets/")
                     and unit.role in ("target-name", "target-title", "address")
                     for line in as_plain(localized.text(unit), unit.placeholders).split("\n") if line.strip()]
        greeting_unit = by_id.get(official.salutation_unit or "")
        greeting = localized.text(greeting_unit) if greeting_unit else official.salutation
        letters.append(Letter(
            target=official.id, locale=localized.locale, recipient=recipient, date=long_date(day, localized.locale),
            salutation=(greeting.strip() if official.salutation_source == "neutral"  # "Dear Sir or Madam" as translated
                        else agreeing_salutation(greeting, official.gender, localized.locale)),
            paragraphs=list(paragraphs.values()), closing=closing, sender=sender,
            email=official.emails[0] if official.emails else "", cc=list(official.cc),
            subject=subject, draft=not localized.complete,
        ))
    return letters


def _body(letter: Letter, write) -> list[str]:
    return [" ".join(write(text, placeholders) for text, placeholders in paragraph)
            for paragraph in letter.paragraphs]


def letter_text(letter: Letter) -> str:
    lines = [draft_banner(letter.locale), ""] if letter.draft else []
    lines += letter.recipient + ["", letter.date, "", letter.salutation, ""]
    for paragraph in _body(letter, as_plain):
        lines += [paragraph, ""]
    lines += [letter.closing] + [line for line in [letter.sender.name, *letter.sender.address, letter.sender.email]
                                 if line]
    return "\n".join(lines) + "\n"


def letter_markdown(letter: Letter) -> str:
    lines = [f"> **{draft_banner(letter.locale)}**", ""] if letter.draft else []
    lines += ["  \n".join(letter.recipient), "", letter.date, "", letter.salutation, ""]
    for paragraph in _body(letter, as_markdown):
        lines += [paragraph, ""]
    lines += ["  \n".join(line for line in [letter.closing, letter.sender.name, *letter.sender.address,
                                            letter.sender.email] if line)]
    return "\n".join(lines) + "\n"


def letter_html(letter: Letter) -> bytes:
    html = etree.Element("html", lang=letter.locale)
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "title").text = letter.subject
    etree.SubElement(head, "style").text = (
        "body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.5}"
        "address{font-style:normal;margin-bottom:1.5em}.date{text-align:right}")
    body = etree.SubElement(html, "body")
    if letter.draft:
        banner = etree.SubElement(body, "p", {"class": "draft", "role": "alert",
                                              "style": "background:#c00;color:#fff;padding:.5em;font-weight:bold"})
        banner.text = draft_banner(letter.locale)
    address = etree.SubElement(body, "address")
    for index, line in enumerate(letter.recipient):
        if index:
            etree.SubElement(address, "br").tail = line
        else:
            address.text = line
    etree.SubElement(body, "p", {"class": "date"}).text = letter.date
    etree.SubElement(body, "p", {"class": "salutation"}).text = letter.salutation
    for paragraph in letter.paragraphs:
        element = etree.SubElement(body, "p")
        for index, (text, placeholders) in enumerate(paragraph):
            if index:
                append_html(element, " ", ())
            append_html(element, text, placeholders)
    closing = etree.SubElement(body, "p", {"class": "closing"})
    closing.text = letter.closing
    for line in [letter.sender.name, *letter.sender.address, letter.sender.email]:
        if line:
            etree.SubElement(closing, "br").tail = line
    return b"<!DOCTYPE html>\n" + etree.tostring(html, encoding="utf-8", method="html", pretty_print=True)


def letter_email(letter: Letter) -> bytes:
    """An .eml draft addressed to the official, UTF-8, with text and HTML parts."""
    message = EmailMessage()
    message["To"] = letter.email or "undisclosed-recipients:;"
    if letter.cc:
        message["Cc"] = ", ".join(letter.cc)
    if letter.sender.email:
        message["From"] = formataddr((letter.sender.name, letter.sender.email))
    message["Subject"] = letter.subject
    message["Date"] = format_datetime(datetime.now(timezone.utc))
    message["X-Unsent"] = "1"
    message["Content-Language"] = letter.locale
    message.set_content(letter_text(letter), charset="utf-8")
    message.add_alternative(letter_html(letter).decode("utf-8"), subtype="html", charset="utf-8")
    return message.as_bytes()
