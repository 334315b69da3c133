"""Suggestions for a salutation agree with the official it addresses.

Memory and engines offer "Dear Prosecutor General" as the translation they know — for the man of
an earlier appeal, «Паважаны спадар Генеральны пракурор!». When the new appeal's prosecutor is a
woman, the greeting is rebuilt for her (as letters do) and the suggestion says so; when nothing
tells the official's gender, the suggestion is left as it is.
"""

from __future__ import annotations

import re

from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.units import unit_comment
from uaintl.document.inline import plain_text
from uaintl.lang.greeting import agreeing_salutation, greeting_gender
from uaintl.names.detect import find_people
from uaintl.names.people import GENDERED_TITLES, describe_person

_WOMAN_TITLE = re.compile(r"\b\w+woman\b|\bmadam\b|\bmadame\b", re.I)
_DEAR = re.compile(r"^\s*dear\s+", re.I)


def told_by_words(text: str) -> str | None:
    """"Ms", "Mr", "Chairwoman", "Madam", "Sir" tell the gender; "Chairman" does not (women hold
    offices called so)."""
    words = [word.strip(".,!").lower() for word in text.split()]
    told = {GENDERED_TITLES[word] for word in words if word in GENDERED_TITLES}
    if _WOMAN_TITLE.search(text):
        told.add("f")
    return told.pop() if len(told) == 1 else None


def addressee_genders(catalog: Catalog) -> dict[str, str]:
    """Official (``#. target:``) → gender, from their name and title lines in the catalogue."""
    genders: dict[str, set[str]] = {}
    for entry in catalog.messages:
        target, role = unit_comment(entry.extracted_comments, "target"), unit_comment(entry.extracted_comments, "role")
        if not target or role not in ("target-name", "target-title"):
            continue
        text = plain_text(entry.msgid)
        gender = told_by_words(text) if role == "target-title" else _person_gender(text)
        if gender in ("m", "f"):
            genders.setdefault(target, set()).add(gender)
    return {target: found.pop() for target, found in genders.items() if len(found) == 1}


def _person_gender(line: str) -> str | None:
    """The gender of the one person a name line names ("Dr Natallia Zhdanovich, Chief Physician,
    …": not the words of the title after the name, which would read as a patronymic)."""
    people = find_people(line)
    return describe_person(f"{people[0].title} {people[0].text}".strip() if len(people) == 1 else line).gender


def addressee_gender(entry: Entry, genders: dict[str, str]) -> str | None:
    """The gender of the official a salutation unit addresses: told by the salutation itself ("Dear
    Ms Pavlova", "Dear Chairwoman"), else by the official's name or title lines."""
    own = told_by_words(_DEAR.sub("", plain_text(entry.msgid)))
    return own or genders.get(unit_comment(entry.extracted_comments, "target") or "")


def agree(entry: Entry, suggestion: str, genders: dict[str, str], locale: str) -> str | None:
    """The suggestion with its greeting made to agree, or None when it needs no change."""
    if unit_comment(entry.extracted_comments, "role") != "salutation":
        return None
    gender = addressee_gender(entry, genders)
    written_for = greeting_gender(suggestion, locale)
    if gender is None or written_for is None or written_for == gender:
        return None
    return agreeing_salutation(suggestion, gender, locale)
