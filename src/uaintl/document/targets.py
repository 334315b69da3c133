"""The lines of a target block: what kind each line is, and the parts of a person's line.

A target block (one official, or one copy recipient) is made of lines of these kinds:

- ``person``: a name, with honorifics or ranks and a title on the same line or not —
  "Ivan Kubrakou", "Ms Alena Sakovich", "Krasnov Igor Viktorovich", "Prosecutor General Aliaksei Zhuk",
  "Minister of Defence Lt.-Gen. Andrei Ravkou", "Ms Tatiana Lebedeva, High Commissioner for …";
- ``title``: a job title — "Prosecutor General of the Republic of Belarus", "Head of …";
- ``organisation``: "Embassy of Belarus", "Prosecutor General's Office", "Minsk City Court";
- ``address``: a postal line — digits, a street abbreviation (ul., vul., pr., pl., str.), a country;
- ``label``: any ``Label: value`` line — a contact field (Email, Fax, Twitter/X, "Complaint form
  online", …), a Salutation, or Cc ("Copies to:", "CC:", "Copy to:");
- anything else is not part of a target block; a full sentence ("Please check with your section
  office if sending appeals after the above date.") never is, even with digits or a street word in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uaintl.names.people import PATRONYMIC_PARTICLES

HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "madam", "madame", "dr", "prof", "h.e.", "he", "his", "her", "excellency", "sir",
    "dame",
    "lt.-gen.", "lt-gen.", "lt.gen.", "lt.", "gen.", "maj.-gen.", "col.", "lt.-col.", "maj.", "capt.",
    "colonel", "general", "major", "lieutenant", "lieutenant-general", "major-general", "rev.",
})
OFFICES = frozenset({
    "minister", "prosecutor", "procurator", "head", "chair", "chairman", "chairwoman", "chairperson",
    "director", "commissioner", "ombudsman", "ombudsperson", "governor", "president", "ambassador",
    "chargé", "charge", "judge", "mayor", "speaker", "secretary", "chief", "commander", "deputy",
    "investigator", "rector", "warden", "superintendent", "representative", "envoy", "consul",
    "attorney", "physician", "officer", "general", "premier", "chancellor", "senator", "member",
})
MODIFIERS = frozenset({"first", "acting", "presiding", "high", "presidential", "federal", "regional",
                        "special", "vice", "senior", "interim", "prime", "chief", "deputy", "state"})
ORGANISATIONS = frozenset({
    "embassy", "ministry", "office", "administration", "committee", "court", "service", "department",
    "directorate", "agency", "council", "parliament", "assembly", "duma", "procuracy", "colony",
    "prison", "centre", "center", "hospital", "police", "bureau", "commission", "inspectorate",
    "consulate", "mission", "government", "secretariat", "chamber", "university", "kgb", "fsb",
    "institution", "facility", "headquarters", "association", "society", "foundation", "academy", "institute",
    "board", "tribunal", "authority", "party",
})
# The first words of Russian and Belarusian institutions' names transliterated, as old UAs give them in
# the postal address: "Prokuratura Respubliki Belarus", "Sledstvennyi Komitet Rossiiskoi Federatsii".
TRANSLITERATED_INSTITUTIONS = frozenset({
    "prokuratura", "prakuratura", "komitet", "kamitet", "ministerstvo", "ministerstva", "administratsiya",
    "administratsia", "administratsyia", "upravlenie", "upravleniye", "upraulenne", "sud", "posolstvo",
    "ispolkom", "vykankam", "apparat", "sledstvennyi", "sledstvenny", "glavnoe", "galounae", "pravitelstvo",
    "uriad", "genprokuratura", "dom",
})
_PLACES = frozenset({
    "belarus", "russia", "russian federation", "republic of belarus", "ukraine", "united kingdom", "uk",
    "usa", "united states", "united states of america", "germany", "france", "poland", "lithuania",
    "latvia", "kazakhstan", "switzerland", "belgium", "netherlands", "the netherlands", "canada",
})
_NOT_NAME = frozenset({"republic", "federation", "region", "oblast", "city", "district", "kingdom", "states",
                       "union", "affairs", "justice", "defence", "defense", "interior", "rights", "human",
                       "plenipotentiary", "extraordinary",
                       # the same words transliterated: "… Respubliki Belarus", "… Rossiiskoi Federatsii"
                       "respubliki", "respublika", "rossiiskoi", "rossiyskoy", "federatsii", "oblasti", "voblasci",
                       "kraya", "goroda", "rossii", "belarusi", "pravitelstva",
                       "krai", "kray", "okrug", "avtonomny"})
_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "in", "under", "to", "at", "on", "a.i.", "a.i"})
_STREET = re.compile(
    r"^(?:ul|vul|pr|pl|str|prosp|prospekt|pr-t|per|pereulok|bul|blvd|sq|ave|av|p/?o|pl\.|nab|sh|"
    r"ulitsa|vulitsa|vulica|ulica|street|road|prospect)\b\.?", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’/.()\- ]{0,30}?)\s*:\s*(?P<value>.*)$")
_SPLIT_FIELDS = re.compile(r"\s+(?:\||I|/|;)\s+(?=[A-Z][\w./-]{0,20}\s*:)")
_NAME_TOKEN = re.compile(r"^(?:[A-Z\u0400-\u042F\u0490\u0406\u040E][\w'’\-]*[\w]|[A-Z]\.)$")

CC_LABELS = frozenset({"copies to", "copy to", "cc", "copies", "copy", "cc to", "with a copy to"})
GLOBAL_COPY = re.compile(r"^(?:and (?:send )?|(?:you (?:can|may|could) )?also (?:send )?|please also send |send (?:your )?)"
                         r"(?:a )?cop(?:y|ies) "
                         r"(?:of your (?:appeals?|letters?) )?to\b", re.I)
TARGETS_INTRO = re.compile(
    r"^(?:please )?(?:write (?:a letter |letters |your appeals? )?to|send (?:your )?appeals? (?:to|before)|appeals? to|"
    r"contact information|officials|"
    r"send (?:your )?(?:letters?|appeals?) (?:by|before)\b.*\bto|please send appeals\b)", re.I)


# A line that cannot end a block: it stops on a joining word, the rest of the phrase is on the next line
# ("Presidential Council for the Development of Civil Society and⏎Human Rights").
_JOINING_END = re.compile(r"(?:^|\s)(?:and|or|of|for|the|to|in|on|at|under|with|by|from|&)$", re.I)


def ends_mid_phrase(line: str) -> bool:
    return bool(_JOINING_END.search(line.strip()))


def is_street(line: str) -> bool:
    """Whether a line starts with a street word or its abbreviation ("ul. Ilyinka 8", "vul. …", "pr. …")."""
    return bool(_STREET.match(line.strip()))


def is_postal_line(line: str) -> bool:
    """A line only an address has, in any case: a country ("BELARUS"), a street, a postcode and town."""
    text = line.strip()
    return (text.lower().rstrip(".,") in _PLACES or is_street(text)
            or (bool(re.search(r"\d", text)) and line_kind(text) == "address"))


_PART_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]+")
_OFFICIAL_LINE_MAX = 250  # longer lines are prose


def official_line_parts(line: str) -> list[tuple[int, int]] | None:
    """The spans of an official written on one line with their postal address ("Prosecutor General Andrei
    Shved, Internatsionalnaya St. 22, 220030 Minsk, Belarus"): the name and title, then each part of the
    address, as a block of lines would give them; None for any other line.

    The address is the comma-separated parts after the name, each a line an address has (a street, a
    postcode and town, a country), one of them with a number or a street word; the name is a person, a
    title or an organisation ("Ivan Kubrakou, Minister of Internal Affairs, ul. …": the title stays with
    the name). A sentence that names an official and their address is not split.
    """
    text = line.rstrip()
    if not text or len(text) > _OFFICIAL_LINE_MAX or re.search(r"[.!?:]$", text) \
            and not re.search(r"\b[A-Z][a-z]{0,3}\.$", text):
        return None
    cuts = [(match.start(), match.end()) for match in _PART_SEPARATOR.finditer(text)]
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(text)]
    first_address = len(starts)
    while first_address > 1 and line_kind(text[starts[first_address - 1]:ends[first_address - 1]]) == "address":
        first_address -= 1  # the address: the parts at the end that are lines of an address
    for first in range(first_address, len(starts)):
        tail = [text[start:end] for start, end in zip(starts[first:], ends[first:])]
        if any(is_street(part) or re.search(r"\d", part) for part in tail) and _names_official(text[:ends[first - 1]]):
            return [(0, ends[first - 1])] + list(zip(starts[first:], ends[first:]))
    return None


def _names_official(text: str) -> bool:
    """A person ("Ivan Kubrakou, Minister …"), or a title or institution the line starts with: not a
    request that names one ("Write to Prosecutor General …")."""
    kind = line_kind(text)
    return kind in ("person", "organisation") or kind == "title" and _is_office_phrase(text.split())


def is_copies_heading(line: str) -> bool:
    """"Copies to:", "And copies to:", "Also send copies to:", "CC" alone on a line: copy recipients follow."""
    text = line.strip().strip("*_ ").rstrip(":").strip().lower()
    found = GLOBAL_COPY.match(text + " ")
    return text in CC_LABELS or bool(found and found.end() >= len(text))


ADDRESS_FORMS = frozenset({"madam", "madame", "mr", "mrs", "ms", "sir"})  # "Madam Chairperson"
SALUTATION_LABELS = frozenset({"salutation", "greeting"})
NOTE_LABELS = re.compile(r"^(?:deadline|preferred language|names? and (?:gender )?pronouns?|link to previous|name|gender|"
                         r"please take action|ua|index)\b", re.I)
# The words of an empty form's header row: old UAs' table under "Please insert local diplomatic
# addresses below:" ("Name Address 1 Address 2 Address 3 Fax Fax number Email Email address Salutation …").
_FORM_WORDS = frozenset({"name", "title", "position", "address", "street", "city", "town", "postcode", "zip",
                         "country", "fax", "phone", "telephone", "tel", "number", "email", "e-mail", "website",
                         "salutation", "organisation", "organization", "embassy"})
_FORM_SEPARATORS = re.compile(r"[\s|,;:/]+")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


@dataclass(frozen=True)
class Person:
    """A person's line split into its parts."""

    name: str
    honorifics: tuple[str, ...] = ()
    title: str = ""


def _words(line: str) -> list[str]:
    return line.replace(",", " , ").split()


def is_honorific(word: str) -> bool:
    """"Mr", "Ms.", "Madam", "H.E.", "Excellency", "Lt.-Gen.": a word before a name that is no part of it."""
    lowered = word.lower().strip(",")
    return lowered in HONORIFICS or (lowered.endswith(".") and lowered.rstrip(".") in HONORIFICS)


def _is_office_phrase(words: list[str]) -> bool:
    """Whether the words begin with a job title: an office noun within the first words."""
    for word in words[:4]:
        lowered = word.lower().strip(",")
        if lowered in OFFICES:
            return True
        if lowered not in MODIFIERS and not is_honorific(lowered):
            return False
    return False


def _strip_honorifics(words: list[str]) -> tuple[list[str], list[str]]:
    honorifics: list[str] = []
    while words and is_honorific(words[0]) and not (
            words[0].lower() in ("general", "colonel", "major") and len(words) > 1 and words[1][:1].islower()):
        honorifics.append(words.pop(0))
    return honorifics, words


def _name_run(words: list[str]) -> int:
    """How many words at the end of ``words`` form a personal name (0 when none)."""
    count = particles = 0
    for word in reversed(words):
        lowered = word.lower()
        if lowered in PATRONYMIC_PARTICLES:
            count, particles = count + 1, particles + 1
            continue
        if (not _NAME_TOKEN.match(word) or lowered in OFFICES or lowered in ORGANISATIONS or lowered in _NOT_NAME
                or lowered in TRANSLITERATED_INSTITUTIONS
                or is_honorific(word) or lowered in _FUNCTION_WORDS or lowered in _PLACES):
            break
        count += 1
        if count - particles == 4:
            break
    while count and words[-count].lower() in PATRONYMIC_PARTICLES:
        count -= 1  # a particle begins no name
    if count and count < len(words) and words[-count - 1].lower() in _FUNCTION_WORDS:
        return 0  # "Minister of Foreign Affairs": the object of the title, not a name
    if count and words[-count].endswith(".") and count == 1:
        return 0
    return count


def parse_person(line: str) -> Person | None:
    """The parts of a line holding a person's name, or None when it holds none."""
    line = line.strip().rstrip(",;")
    if not line or any(char.isdigit() for char in line) or "@" in line:
        return None
    head, comma, tail = line.partition(",")
    head_words = head.split()
    honorifics, rest = _strip_honorifics(list(head_words))
    if comma and rest and _name_run(rest) == len(rest) and (len(rest) >= 2 or honorifics):
        return Person(" ".join(rest), tuple(honorifics), tail.strip())
    if comma and any(word.lower() in ORGANISATIONS for word in head_words):
        person = parse_person(tail)  # "Ivanovo Regional Court, Chairperson Ms Natalya Borisovna Efremova"
        if person is not None and person.title and "," not in person.title:
            return Person(person.name, person.honorifics, f"{person.title}, {head.strip()}")
    words = line.split()
    honorifics, rest = _strip_honorifics(list(words))
    run = _name_run(rest)
    if run == 0 or (run == 1 and not honorifics and len(rest) == 1):
        return None
    name = rest[len(rest) - run:]
    before = rest[:len(rest) - run]
    trailing: list[str] = []
    while before and is_honorific(before[-1]) and before[-1].lower() not in OFFICES:
        trailing.insert(0, before.pop())
    if before and not _is_office_phrase(before):
        return None  # "Russian Federation", "Hrodna Regional Children's Hospital"
    if run == 1 and not (honorifics or trailing or before):
        return None
    if " ".join(name).lower() in _PLACES:
        return None
    return Person(" ".join(name), tuple(honorifics + trailing), " ".join(before))


def is_transliterated_institution(line: str) -> bool:
    """"Prokuratura Respubliki Belarus": an institution's name as the Russian or Belarusian postal
    address writes it, in Latin letters; part of the address, not an English text to translate."""
    words = line.split()
    return bool(words) and words[0].lower().strip(",") in TRANSLITERATED_INSTITUTIONS


def line_kind(line: str) -> str:
    """``label``, ``person``, ``title``, ``organisation``, ``address`` or ``other`` for one line."""
    text = line.strip()
    if not text:
        return "other"
    if _LABEL.match(text) and len(_LABEL.match(text).group("label").split()) <= 4:
        return "label"
    if is_full_sentence(text):
        return "other"
    words = text.split()
    lowered = text.lower().rstrip(".,").replace("’", "'")  # "Prosecutor General’s Office" as typeset
    if lowered in _PLACES or _STREET.match(text):
        return "address"
    if is_form_row(text):
        return "other"
    final_stop = bool(re.search(r"[.!?:]$", text)) and not re.search(r"\b[A-Za-z]\.[a-z]\.$", text)
    if _is_office_phrase(words) and "'s office" not in lowered and not final_stop:
        return "person" if parse_person(text) else "title"
    if (words[0].lower() in ORGANISATIONS or is_transliterated_institution(text)) and not final_stop:
        return "organisation"
    if parse_person(text):
        return "person"
    if any(char.isdigit() for char in text):
        return "address"
    if _is_sentence(text):
        return "other"
    if any(word.lower().strip(",.") in ORGANISATIONS for word in words) or "'s office" in lowered:
        return "organisation"
    if any(word.lower().strip(",.") in OFFICES for word in words):
        return "title"  # "Human Rights Commissioner": the office noun last
    if len(words) <= 4 and all(word[:1].isupper() for word in words if word.lower() not in _FUNCTION_WORDS):
        return "address"  # a town or region line: "Moscow", "Khanty-Mansiysk Region"
    return "other"


_PROSE_WORD = re.compile(r"[a-z]{3,}[,;]?")  # "check", "sending": not "ul.", "d.", "of"


def is_form_row(text: str) -> bool:
    """Whether a line is a row of an empty form, field names and their numbers only:
    "Name Address 1 Address 2 Fax Email Salutation", "| Name | Address | Email |". Nothing in it is
    to be translated or sent; it is page furniture of the document. A row of the form's fields with the
    name repeated as its blank value ("Salutation Salutation", "Email Email address") is one too."""
    words = [word for word in _FORM_SEPARATORS.split(text.strip().lower()) if word]
    fields = {word for word in words if not word.isdigit()}
    repeated = len(fields) < len(words) and not any(word.isdigit() for word in words)  # no "Fax: 202 986 …"
    return (len(words) >= 4 and len(fields) >= 3 or repeated) and fields <= _FORM_WORDS


def is_full_sentence(text: str) -> bool:
    """Whether a line is prose: lower-case words, and a final full stop or many words.

    Address and title lines have few lower-case words besides "of", "the", "for" ("ul. Zhitnaya, 14",
    "Commissioner for Children's Rights under the President of the Russian Federation"), so a
    note under the last official ("… second update of UA 102/13.") is never taken for one.
    """
    words = text.split()
    prose = sum(1 for word in words if _PROSE_WORD.fullmatch(word) and word.rstrip(",;") not in _FUNCTION_WORDS)
    return bool(re.search(r"[.!?]$", text)) and len(words) >= 5 and prose >= 2 or len(words) >= 8 and prose >= 4


def _is_sentence(text: str) -> bool:
    """Many words, one of them a lower-case word of prose ("Presidential Council for the Development of
    Civil Society and Human Rights" is a name, not a sentence), or a final stop after five words."""
    words = text.split()
    prose = any(_PROSE_WORD.fullmatch(word) and word.rstrip(",;") not in _FUNCTION_WORDS for word in words)
    return len(words) >= 8 and prose or bool(re.search(r"[.!?]$", text) and len(words) >= 5)


def label_parts(line: str) -> tuple[str, str] | None:
    """("Email", "x@y") for "Email: x@y"."""
    match = _LABEL.match(line.strip())
    return (match.group("label").strip(), match.group("value").strip()) if match else None


# The labels of a contact field: a line so labelled is contact data wherever it stands, never prose.
_CONTACT_LABELS = frozenset({"email", "e-mail", "fax", "tel", "tel.", "telephone", "phone", "mobile", "twitter", "x",
                             "facebook", "vk", "telegram", "instagram", "website", "web", "skype", "whatsapp"})


def is_contact_line(line: str) -> bool:
    """"Email: …", "Fax: +375 …", "Phone: … | Fax: …" on a line of its own."""
    if "\n" in line.strip():
        return False
    fields = contact_fields(line)
    return bool(fields) and fields[0][0].lower().strip("*_ ") in _CONTACT_LABELS and bool(fields[0][1])


def contact_fields(line: str) -> list[tuple[str, str]]:
    """The fields of a contact line: "Phone: … | Fax: …" and "Tel: … I Fax: …" are two."""
    fields = []
    for piece in _SPLIT_FIELDS.split(line.strip()):
        parts = label_parts(piece)
        if parts:
            fields.append(parts)
    return fields


def emails(text: str) -> list[str]:
    return EMAIL.findall(text)
