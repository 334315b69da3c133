"""What an appeal asks for, read from its units: the officials, copy recipients, the letter, the deadline.

``recognise`` works on units (a freshly loaded document's or a template's), so ``inspect``, ``extract``
and ``render`` see the same structure. Each official gets a salutation that is never blank, in this
order: a correction from ``sources/<doc>.toml``; the block's own ``Salutation:`` line; the letter's
"Dear …" line when it addresses this official (by title or name); else one built from the title
("Dear Minister"), the honorific and name ("Dear Dr Zhdanovich", "Dear Ms Volkova" when the gender is
known), or a neutral "Dear Sir or Madam" with a reviewer note. Built salutations become units of
their own (``complete_units``) so that translators and MT translate them like any other text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date

from uaintl.document.inline import readable
from uaintl.document.model import Unit
from uaintl.document.targets import (ADDRESS_FORMS, MODIFIERS, OFFICES, contact_fields, emails, is_honorific, label_parts,
                                     line_kind, parse_person)

_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(\d{{4}})|{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?"
                   rf",?\s+(\d{{4}}))\b", re.I)
# "… before 5 May", "… until …", and "check with your section office if sending appeals after 23 April 2008".
_DEADLINE_CONTEXT = re.compile(r"\b(?:before|until|by|deadline|appeals\s+after)\b", re.I)
# An update that asks for nothing more: "No further action is requested from the UA network."
_NO_ACTION = re.compile(r"\bno (?:further|more) (?:action|appeals?|letters?)\b[^.;!?]{0,40}?"
                        r"\b(?:is|are)\s+(?:\w+\s+)?(?:requested|needed|required|necessary)\b"
                        r"(?![^.;!?]*\b(?:but|however)\b)"
                        r"|\b(?:please\s+)?(?:stop|do not|don['’]t)\s+send(?:ing)?\s+(?:any\s+)?(?:further\s+|more\s+)?"
                        r"appeals\b", re.I)
# Offices that make a salutation on their own ("Dear Minister"); "Head" or "Member" do not.
_SALUTABLE = frozenset({"minister", "prosecutor", "general", "judge", "governor", "director", "commissioner",
                        "ambassador", "chair", "chairman", "chairwoman", "chairperson", "president", "ombudsman",
                        "ombudsperson", "mayor", "speaker", "rector", "consul", "senator", "secretary", "affaires",
                        "a.i.", "procurator", "chancellor", "premier"})
_TITLE_HEAD_END = re.compile(r"\s+(?:of|for|in|under|to|at|on)\s+|,", re.I)
_DROPPED_MODIFIERS = frozenset({"presiding", "acting"})
NEUTRAL_SALUTATION = "Dear Sir or Madam"
GenderLookup = Callable[[str], tuple[str | None, str]]


@dataclass
class Official:
    """An official to write to, or (kind "copy") someone who gets a copy."""

    id: str
    kind: str  # "official" | "copy"
    name: str
    honorifics: list[str]
    title: str
    organisation: str
    address: list[str]
    contacts: dict[str, str]
    emails: list[str]
    cc: list[str]
    gender: str | None
    gender_source: str
    salutation: str
    salutation_source: str  # correction | label | letter | title | name | neutral
    salutation_unit: str | None
    line: int
    notes: list[str] = field(default_factory=list)


@dataclass
class LetterSpan:
    kind: str  # "sample" | "points" | "none"
    first_line: int | None = None
    last_line: int | None = None
    salutation_unit: str | None = None
    addressed: str | None = None  # the official the "Dear …" line addresses


@dataclass
class Warning:
    message: str
    line: int | None = None
    official: str | None = None


@dataclass
class Appeal:
    officials: list[Official]
    copies: list[Official]
    letter: LetterSpan
    deadline: date | None
    sections: list[dict]
    warnings: list[Warning]
    is_appeal: bool = True  # False: an article to translate (its corrections file says so)
    # The line saying no further action is requested (an update after a release): no officials or letter
    # are expected then.
    no_action_line: int | None = None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data


def unit_plain(unit: Unit) -> str:
    """A unit's text as a reader sees it (see ``inline.readable``)."""
    return readable(unit.text, unit.placeholders)


# Title units that say what kind of document this is, not what it is about.
_LABEL_TITLE = re.compile(r"(?:urgent\s+action|further\s+information|additional\s+information|take\s+action|update)\b"
                          r"|ua\b\W*\d|index\s*:|letter\W*$", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def headline_unit(units: list[Unit]) -> Unit | None:
    """The unit of the appeal's headline: the first title that is not a label ("URGENT ACTION",
    "UA: 271/12 Index: …", "TAKE ACTION"); a web page's <title> (the headline with the site's name)
    only when the page has no other; with no such title, the first title."""
    titles = [unit for unit in units if unit.role == "title" and unit_plain(unit).strip()]
    headlines = [unit for unit in titles if not _LABEL_TITLE.match(unit_plain(unit).strip())]
    return next((unit for unit in headlines if not _is_page_title(unit)),
                next(iter(headlines), next(iter(titles), None)))


def headline(units: list[Unit], text_of: Callable[[Unit], str] = lambda unit: unit.text) -> str:
    """The appeal's headline as a reader sees it (tags gone, the site's name after "|" dropped), in
    ``text_of``'s language (a translation); an all-capitals headline in sentence case with the names
    and acronyms the rest of the document writes kept as written there."""
    unit = headline_unit(units)
    if unit is None:
        return ""
    text = " ".join(readable(text_of(unit), unit.placeholders).split())
    if _is_page_title(unit):
        text = text.split(" | ")[0]
    if not text.isupper():
        return text
    forms = _written_forms(readable(text_of(other), other.placeholders) for other in units
                           if other.role != "title" and other.translatable)
    cased = _WORD.sub(lambda match: forms.get(match.group(0).lower(), match.group(0).lower()), text)
    return cased[:1].upper() + cased[1:]


def _is_page_title(unit: Unit) -> bool:
    return unit.layout.get("element") == "title" or " | " in unit.text


def _written_forms(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case word → how the text writes it, for the words written capitalised (not at a sentence's
    start) or in capitals (acronyms, in a text that is not shouting) and never in lower case: names,
    places, KGB."""
    forms: dict[str, str] = {}
    lower: set[str] = set()
    for text in texts:
        shouting = sum(1 for word in _WORD.findall(text) if word.isupper() and len(word) > 1) > 2
        for match in _WORD.finditer(text):
            word = match.group(0)
            before = text[:match.start()].rstrip()
            if word.islower():
                lower.add(word)
            elif (word.isupper() and len(word) > 1 and not shouting) or (before and before[-1] not in ".!?:" and word[0].isupper() and not word.isupper()):
                forms.setdefault(word.lower(), word)
    return {key: form for key, form in forms.items() if key not in lower}


def parse_date(text: str) -> date | None:
    match = _DATE.search(text)
    if not match:
        return None
    day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else (
        match.group(5), match.group(4), match.group(6))
    try:
        return date(int(year), _MONTHS[month.lower().rstrip(".")[:3] if month.lower()[:4] != "sept" else "sep"],
                    int(day))
    except (ValueError, KeyError):
        return None


def find_deadline(units: list[Unit]) -> date | None:
    """The action deadline: a deadline line, else the targets' intro, else a sentence asking for
    appeals before a date."""
    for roles in (("deadline",), ("targets-intro",)):
        for unit in units:
            if unit.role in roles and (found := parse_date(unit_plain(unit))):
                return found
    for unit in units:
        plain = unit_plain(unit)
        context = _DEADLINE_CONTEXT.search(plain)
        if context and re.search(r"\b(?:appeals?|letters?|action|write|send)\b", plain, re.I):
            if found := parse_date(plain[context.start():]):
                return found
    return None


def _entity_key(unit: Unit) -> tuple[str, str] | None:
    if unit.target and unit.id.startswith(("targets/", "copies/")):
        return unit.id.split("/", 1)[0], unit.target
    return None


def title_salutation(title: str) -> str | None:
    """"Dear Minister" for "Minister of Justice"; None when the title makes no salutation ("Head of …")."""
    head = _TITLE_HEAD_END.split(title.strip(), maxsplit=1)[0].split()
    while head and head[0].lower() in _DROPPED_MODIFIERS:
        head = head[1:]
    if not head or head[-1].lower().strip(".") not in {word.strip(".") for word in _SALUTABLE}:
        return None
    office_words = OFFICES | MODIFIERS | _SALUTABLE | {"d'affaires"}
    while any(word.lower() not in office_words for word in head):
        head = head[1:]  # "Human Rights Commissioner" → "Commissioner"
    return "Dear " + " ".join(head)


def built_salutation(official: Official, surname: str) -> tuple[str, str]:
    """(salutation, source) when neither the UA nor its letter gives one."""
    if official.title and (from_title := title_salutation(official.title)):
        return from_title, "title"
    doctor = next((word for word in official.honorifics if word.lower().strip(".") in ("dr", "prof")), None)
    if surname and doctor:
        return f"Dear {doctor} {surname}", "name"
    if surname and official.gender in ("m", "f"):
        return f"Dear {'Mr' if official.gender == 'm' else 'Ms'} {surname}", "name"
    return NEUTRAL_SALUTATION, "neutral"


def _addressed_words(salutation: str) -> list[str]:
    words = re.sub(r"^(?:Dear|To)\s+|[,!:.\s]+$", "", salutation.strip(), flags=re.I).split()
    return [word.lower() for word in words if not is_honorific(word)]


def addresses(salutation: str, official: Official) -> bool:
    """Whether a "Dear …" line addresses this official: by title, by name, or by title and surname
    ("Dear Prosecutor General Zhumabekov" for Prosecutor General Berik Zhumabekov)."""
    words = _addressed_words(salutation)
    if not words or words in (["sir"], ["madam"], ["sir", "or", "madam"]):
        return False

    def within(found: list[str], text: str) -> bool:
        return " " + " ".join(found) + " " in " " + " ".join(text.lower().replace(",", " ").split()) + " "

    if within(words, official.title + " " + official.name):
        return True
    name = set(official.name.lower().replace(",", " ").split())
    title = [word for word in words if word not in name]
    return bool(title) and len(title) < len(words) and words[len(title):] == [
        word for word in words if word in name] and within(title, official.title)


def _default_gender(name: str) -> tuple[str | None, str]:
    from uaintl.names.people import describe_person

    info = describe_person(name)
    return info.gender, info.gender_source


def recognise(units: list[Unit], corrections: dict | None = None, gender_of: GenderLookup | None = None) -> Appeal:
    """The appeal's structure from its units; ``corrections`` (a sidecar's) win over what is found;
    ``gender_of`` (a name → (gender, source)) defaults to the names package's inference."""
    gender_of = gender_of or _default_gender
    corrections = corrections or {}
    groups: dict[tuple[str, str], list[Unit]] = {}
    for unit in units:
        if key := _entity_key(unit):
            groups.setdefault(key, []).append(unit)
    entities = [_entity(kind, target, own, gender_of) for (kind, target), own in groups.items()]
    officials = [entity for entity in entities if entity.kind == "official"]
    copies = [entity for entity in entities if entity.kind == "copy"]
    for official in officials:
        _apply(official, corrections.get("officials", {}).get(official.id, {}))
    for copy in copies:
        _apply(copy, corrections.get("copies", {}).get(copy.id, {}))
    copy_emails = [address for copy in copies for address in copy.emails]
    for official in officials:
        official.cc += [address for address in copy_emails if address not in official.cc]
    letter = _letter(units, officials)
    for official in officials:
        _salutation(official, units, letter)
    is_appeal = corrections.get("document", {}).get("appeal", True)
    no_action = no_action_line(units)
    warnings = _warnings(officials, letter, no_action is None) if is_appeal else []
    return Appeal(officials, copies, letter, find_deadline(units), _sections(units), warnings, is_appeal, no_action)


def no_action_line(units: list[Unit]) -> int | None:
    """The line of a sentence saying that no further action is requested ("No further action is requested
    from the UA network", "Please stop sending appeals"), outside the letter; None when there is none."""
    return next((unit.line for unit in units if unit.role not in ("letter", "appeal-point")
                 and _NO_ACTION.search(unit_plain(unit))), None)


def _unshout(line: str) -> str:
    """A name written in capitals ("HIS EXCELLENCY MR VIKTAR HLEBOVICH LUKASHEVICH") as a letter writes it."""
    letters = [char for char in line if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return line
    return re.sub(r"[^\W\d_]+", lambda word: word.group(0).capitalize(), line)


def _entity(kind: str, target: str, own: list[Unit], gender_of: GenderLookup) -> Official:
    name, honorifics, titles, organisations = "", [], [], []
    address, contacts, found_emails, cc = [], {}, [], []
    for unit in own:
        plain = unit_plain(unit).strip()
        if unit.role == "target-name":
            person = parse_person(_unshout(plain.replace("\n", " ")))
            if person:
                name, honorifics = person.name, list(person.honorifics)
                if person.title:
                    titles.append(person.title)
            else:
                name = plain
        elif unit.role == "target-title":
            (titles if line_kind(plain) == "title" else organisations).append(plain)
        elif unit.role == "address":
            address += [line.strip() for line in plain.split("\n") if line.strip()]
        elif unit.role == "contact":
            for label, value in contact_fields(plain) or [label_parts(plain) or ("", plain)]:
                contacts[label] = f"{contacts[label]}; {value}" if label in contacts else value
                found_emails += [address for address in emails(value) if address not in found_emails]
        elif unit.role == "cc":
            cc += [address for address in emails(plain) if address not in cc]
            if kind == "copies":
                found_emails += [address for address in emails(plain) if address not in found_emails]
                rest = re.sub(r"[()]", "", (label_parts(plain) or ("", plain))[1])
                for found in emails(rest):  # not ``address``: that is the block's postal address
                    rest = rest.replace(found, "")
                organisations.append(rest.strip(" ,;"))
    gender, source = gender_of(" ".join(honorifics + [name])) if name else (None, "no name")
    if gender is None and name and honorifics:
        gender, source = gender_of(name)  # a rank tells nothing ("Lt.-Gen."), the given name may
    official = Official(
        id=target, kind="official" if kind == "targets" else "copy", name=name, honorifics=honorifics,
        title=", ".join(_fullest(titles)) or (organisations[0] if organisations else ""),
        organisation=", ".join(item for item in organisations if item), address=address, contacts=contacts,
        emails=found_emails, cc=[] if kind == "copies" else cc, gender=gender, gender_source=source,
        salutation="", salutation_source="", salutation_unit=None, line=own[0].line)
    if kind == "copies":
        official.cc = []
    return official


def _fullest(titles: list[str]) -> list[str]:
    """The titles without those another one spells out: "Chairperson" on the name's line under
    "Chairperson of the Minsk Regional Court", "Ambassador" before "Ambassador of Belarus"."""
    return [title for title in titles if not any(
        other != title and (other.lower() + " ").startswith(_unaddressed(title).lower() + " ") for other in titles)]


def _unaddressed(title: str) -> str:
    """A title without the honorific of its form of address: "Madam Chairperson" → "Chairperson"."""
    words = title.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ADDRESS_FORMS:
        words.pop(0)
    return " ".join(words)


def _apply(official: Official, fix: dict) -> None:
    for key in ("name", "title", "organisation", "salutation"):
        if key in fix:
            setattr(official, key, fix[key])
    for key in ("emails", "cc", "address"):
        if key in fix:
            setattr(official, key, list(fix[key]))
    if "gender" in fix:
        official.gender, official.gender_source = fix["gender"] or None, "correction"
    if "salutation" in fix:
        official.salutation_source = "correction"


def _letter(units: list[Unit], officials: list[Official]) -> LetterSpan:
    body = [unit for unit in units if unit.id.startswith("letter/") and unit.role in (
        "salutation", "letter", "closing", "signature")]
    points = [unit for unit in units if unit.role == "appeal-point"]
    greeting = next((unit for unit in body if unit.role == "salutation"), None)
    if any(unit.role == "letter" for unit in body):
        addressed = next((official.id for official in officials if greeting and addresses(unit_plain(greeting), official)),
                         None)
        return LetterSpan("sample", body[0].line, body[-1].line, greeting.id if greeting else None, addressed)
    if points:
        return LetterSpan("points", points[0].line, points[-1].line)
    return LetterSpan("none")


def _salutation(official: Official, units: list[Unit], letter: LetterSpan) -> None:
    own = next((unit for unit in units if unit.role == "salutation" and unit.target == official.id
                and not unit.id.startswith("letter/")), None)
    if official.salutation_source == "correction":
        official.salutation_unit = next((unit.id for unit in units if unit.target == official.id
                                         and unit.layout.get("synthetic") == "correction"), None)
    elif own is not None and "synthetic" not in own.layout:
        official.salutation, official.salutation_source, official.salutation_unit = (
            unit_plain(own).strip().rstrip(","), "label", own.id)
    elif letter.addressed == official.id:
        greeting = next(unit for unit in units if unit.id == letter.salutation_unit)
        official.salutation, official.salutation_source, official.salutation_unit = (
            unit_plain(greeting).strip().rstrip(","), "letter", greeting.id)
    else:
        surname = _surname(official.name)
        official.salutation, official.salutation_source = built_salutation(official, surname)
        official.salutation_unit = own.id if own is not None else None
    if official.salutation_source in ("title", "name", "neutral"):
        official.notes.append(f"salutation guessed from the {official.salutation_source}"
                              if official.salutation_source != "neutral" else
                              "salutation guessed: nothing tells who this official is; check it")
    if official.gender is None:
        official.notes.append("gender unknown: the salutation is neutral; check it")


def _surname(name: str) -> str:
    if not name:
        return ""
    from uaintl.names.people import split_name

    parts = split_name(name)
    return parts.surname or name.split()[-1]


def _warnings(officials: list[Official], letter: LetterSpan, asks_action: bool) -> list[Warning]:
    """What looks wrong; an update that asks for no action needs neither officials nor a letter."""
    warnings: list[Warning] = []
    if not officials and asks_action:
        warnings.append(Warning("no officials found", None))
    if letter.kind == "none" and asks_action:
        warnings.append(Warning("no letter found", None))
    for official in officials:
        label = official.name or official.title or official.id
        if not official.emails and not official.address:
            warnings.append(Warning(f"official without e-mail or postal address: {label}", official.line, official.id))
        if official.salutation_source in ("title", "name", "neutral"):
            warnings.append(Warning(f"salutation guessed for {label}: {official.salutation!r} "
                                    f"(from the {official.salutation_source})", official.line, official.id))
        if official.gender is None:
            warnings.append(Warning(f"gender unknown for {label}: neutral salutation, check it", official.line,
                                    official.id))
    return warnings


def _sections(units: list[Unit]) -> list[dict]:
    sections: list[dict] = []
    for unit in units:
        if "synthetic" in unit.layout:
            continue
        name = unit.id.split("/", 1)[0]
        if not sections or sections[-1]["name"] != name:
            sections.append({"name": name, "first_line": unit.line, "last_line": unit.line, "roles": {}})
        sections[-1]["last_line"] = unit.line
        sections[-1]["roles"][unit.role] = sections[-1]["roles"].get(unit.role, 0) + 1
    return sections


def complete_units(units: list[Unit], corrections: dict | None = None) -> list[Unit]:
    """The units plus what recognition adds: a salutation unit for each official whose salutation was
    built (so it is translated like the rest), a closing for a letter made of bullet points, and the
    letter's "Dear …" line tied to the official it addresses."""
    appeal = recognise(units, corrections)
    result = list(units)
    if appeal.letter.salutation_unit and appeal.letter.addressed:
        for unit in result:
            if unit.id == appeal.letter.salutation_unit:
                unit.target = appeal.letter.addressed
    for official in appeal.officials:
        if official.salutation_unit is not None or official.salutation_source == "letter":
            continue
        own = [index for index, unit in enumerate(result) if unit.target == official.id and unit.id.startswith("targets/")]
        corrected = official.salutation_source == "correction"
        synthetic = Unit(id=f"targets/{official.id}/salutation-{'corrected' if corrected else 1}", role="salutation",
                         text=official.salutation, line=result[own[-1]].line, target=official.id,
                         layout={"synthetic": official.salutation_source})
        result.insert(own[-1] + 1, synthetic)
    if appeal.letter.kind == "points" and not any(unit.role == "closing" for unit in result):
        points = [index for index, unit in enumerate(result) if unit.role == "appeal-point"]
        result.insert(points[-1] + 1, Unit(id="letter/closing-1", role="closing", text="Yours sincerely,",
                                           line=result[points[-1]].line, layout={"synthetic": "closing"}))
    return result


def iter_letter_units(units: Iterable[Unit]) -> list[Unit]:
    """The letter's body: its paragraphs, or the bullet-point appeals when there is no sample letter."""
    units = list(units)
    body = [unit for unit in units if unit.role == "letter"]
    return body or [unit for unit in units if unit.role == "appeal-point"]

