"""Urgent Action structure: which block is a title, an action step, a target, the letter…

Works on Blocks from any reader (text, Markdown, HTML, PDF, Word), so every appeal gets the same
roles and ids. The grammar, read top to bottom (the README shows it with examples):

    appeal   := header [action] [points] targets [copies] [letter] [notes | background]*
    header   := title-lines, summary and background paragraphs
    action   := a "TAKE ACTION" (or "What to do") heading, then numbered or bulleted action steps
    points   := an intro line ending in ":" that asks to write, call on, urge … (or "Write to the
                Chair of …:" over a list of prose), then bullet points ("-", "•", "■", "▪", "–", a PDF
                font's U+F0B7, numbers, or a hanging indent whose glyph was lost): the appeals
                themselves; with no sample letter they become the letter; numbered or bulleted steps
                in the header ("Please take action …", "Write a letter …", "Click here …") are action steps
    targets  := an intro ("Write to:", "Send appeals to:", "PLEASE SEND APPEALS BEFORE <date> TO:",
                "CONTACT INFORMATION", "Officials", any line asking to write or send that ends in ":"
                above an official's first line) or simply the first target block, then blocks:
    block    := [title] person [title | organisation]* [address]* [label-line]*
              | title [person] [organisation]* [address]* [label-line]*      (title first)
    address  := postal lines; right under the name (no blank line between), an institution as the
                postal address writes it ("Prokuratura Respubliki Belarus"), a bare second name or any
                short line that is not a title is the address's first line, never a second official
    label-line := "Label: value": Salutation | Cc ("Copies to:", "CC:", "Copy to:") | a contact field
                (any other label: Email, Fax, "Phone: … | Fax: …", Twitter/X, "Complaint form online"…)
    copies   := "Copies to:", "And copies to:", "And copy to:", "Also send copies to:", "CC:" alone on a
                line (or as a heading), then blocks of copy recipients or a line of e-mail addresses, or
                the same label with e-mail addresses on its line, also a Cc label after a blank line
                (a web page: a new paragraph) under a whole block: Cc for every official, never an official
    letter   := ["SAMPLE LETTER" heading] "Dear …" line, paragraphs, a closing ("Sincerely,",
                "Yours sincerely,", "Yours faithfully,", "Kind regards,", …) and signature lines
    notes    := "PREFERRED LANGUAGE…", "PLEASE TAKE ACTION … UNTIL:", "Deadline:", "NAME AND PRONOUN…",
                "PLEASE SEND APPEALS … NO LATER THAN: <date>" below the officials, "PLEASE SEND APPEALS
                IMMEDIATELY. Check … if sending appeals after <date>"; a label alone (a <dt>, a paragraph
                "PLEASE TAKE ACTION BEFORE") gives its role to the value under it
    page-chrome := a PDF's running header or footer, anywhere: read-only — "… Page 1 of 2", a page
                number alone on its line, a line repeated with the page number glued on ("… Date: 14 April
                2022 1", "… 2"), a title, header or UA record line repeated after a page break (PDFs, PDF
                copies, Word; not web pages; the text reader gives each such line a block of its own), a block
                without a letter or digit, and an empty form's header row ("Name Address 1 Address 2 …
                Salutation")
    meta     := the appeal's record, anywhere but its first line: "UA: 271/12 Index: … Issue Date: …",
                "Second update of UA 61/14", a dateline "Belarus, 4 March 2016", and in the header,
                background or notes an old UA's case fields "Name: …", "Gender m/f: …"

A new block starts at a person or title line once the current block has an address or a label
line, or already has its name after a title. A line of a block may be in capitals ("BELARUS") or
wrapped when it stops on a joining word ("… Civil Society and⏎Human Rights"), and the block may be a
Markdown blockquote. A blank line after a block's Salutation line ends the block: an address or label
line after it is a note, not part of the last official's block. What each line is comes from
``document.targets``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from uaintl import lang
from uaintl.document.blocks import BULLETS, Block
from uaintl.document.inline import MARKDOWN, plain_text, readable, to_placeholders, tokenize
from uaintl.document.model import UNTRANSLATABLE_ROLES, Unit, sentence_id
from uaintl.document.segment import citations, sentence_spans
from uaintl.document.targets import (ADDRESS_FORMS, CC_LABELS, EMAIL, GLOBAL_COPY, SALUTATION_LABELS, TARGETS_INTRO, emails,
                                     ends_mid_phrase, is_contact_line, is_copies_heading, is_form_row,
                                     is_full_sentence, is_honorific, is_postal_line, is_transliterated_institution,
                                     label_parts, line_kind, parse_person)
from uaintl.document.wrap import Vocabulary, join_wrapped_lines, note_line_ends, vocabulary, wraps_note_label

# Roles of prose, split into sentences: a sentence is what translation memory and translators reuse.
SPLIT_ROLES = frozenset({"summary", "letter", "background", "other", "action-step", "appeal-point", "targets-intro",
                         "copies-intro", "deadline", "language-note", "pronoun-note", "link"})
_LABELS = (
    (re.compile(r"^(?:PREFERRED LANGUAGE|LANGUAGES? TO ADDRESS\b)", re.I), "language-note"),
    # "PLEASE TAKE ACTION BEFORE: …", "Deadline: …", and the old "PLEASE SEND APPEALS IMMEDIATELY. Check
    # with … if sending appeals after 23 April 2008." (not "… IMMEDIATELY TO:", a targets intro)
    (re.compile(r"^(?:PLEASE )?TAKE ACTION\b.*\b(?:UNTIL|BEFORE)\b|^DEADLINE\b"
                r"|^PLEASE SEND APPEALS IMMEDIATELY\b(?!.*\bTO\W*$)", re.I | re.S), "deadline"),
    (re.compile(r"^NAMES? AND (?:GENDER )?PRONOUNS?\b", re.I), "pronoun-note"),  # 2019–20: "NAME AND GENDER PRONOUN"
    (re.compile(r"^LINK TO PREVIOUS", re.I), "link"),
)
# A note's label alone, its value in the next block (a <dt> over its <dd>): "PLEASE TAKE ACTION BEFORE",
# "PREFERRED LANGUAGE TO ADDRESS TARGET:" — words, no digit, at most a colon at its end.
_BARE_LABEL = re.compile(r"^[^\W\d_][^\d:.!?;\n]*:?$")
_SALUTATION_LABEL = re.compile(r"^((?:\*\*|__|<(?:b|strong)>)?Salutation:(?:\*\*|__|</(?:b|strong)>)?[ \t]*)(?=\S)",
                               re.I)
_SOURCE = lang.get("en")  # the language appeals are written in
_ACTION_HEADING = re.compile(r"^(?:(?:PLEASE )?TAKE ACTION|WHAT (?:YOU CAN )?DO|ACTION)\b", re.I)
_RECOMMENDED_ACTION = re.compile(r"^RECOMMENDED ACTIONS?\s*:", re.I)
_BACKGROUND_HEADING = re.compile(r"^(?:ADDITIONAL INFORMATION|BACKGROUND)\b", re.I)
_BACKGROUND_LINE = re.compile(r"(?:Additional information|Background)[:*_ ]*", re.I)  # a heading in any case
_LETTER_HEADING = re.compile(r"^(?:SAMPLE|MODEL) LETTER\b", re.I)


def is_section_heading(line: str) -> bool:
    """"ADDITIONAL INFORMATION", "TAKE ACTION", "SAMPLE LETTER" in capitals on a line of their own: a
    section starts, whatever the line above it (a page's repeated headline in a PDF copy)."""
    text = line.strip()
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and len(text.split()) <= 8 and any(
        pattern.match(text) for pattern in (_ACTION_HEADING, _BACKGROUND_HEADING, _LETTER_HEADING))


# The header lines of an e-mail the appeal came in ("From: Urgent Action Network <uan@…>", "Subject: …"):
# the message's envelope, not the appeal's text.
_MAIL_HEADER = re.compile(r"^(?:From|To|Cc|Subject|Date|Sent|Reply-To)\s*:\s*\S", re.I)
_MAIL_FROM = re.compile(r"^From\s*:.*@", re.I)
# A mailing list's distribution note around the appeal ("*** Please post and distribute widely ***",
# "PLEASE CIRCULATE", "-- Please forward to your network --", "END OF URGENT ACTION"): furniture of the
# message, translated for the readers of the translation, but not the appeal's title or summary.
_VERBS = r"(?:post|distribute|circulate|forward|repost|disseminate)"
_DISTRIBUTION = re.compile(rf"^[\W_]*(?:(?:please\s+)?{_VERBS}(?:\s*(?:,|and|&)\s*{_VERBS})*"
                           r"(?:\s+(?:this|it))?(?:\s+(?:widely|as widely as possible|to (?:your )?(?:networks?|contacts|"
                           r"friends|members|others)))?|end\s+of\s+(?:this\s+)?(?:urgent\s+action|ua|message))"
                           r"[\W_]*$", re.I)
_POINTS_INTRO = re.compile(r"\b(?:call(?:ing)? on|urg(?:e|ing)|write immediately|ask(?:ing)? (?:them|the)|"
                           r"demand|appeal(?:ing)? to)\b", re.I)
_ASKS_TO_WRITE = re.compile(r"\b(?:write|send)\b", re.I)
# A deadline said as a request among the notes: "PLEASE SEND APPEALS AS SOON AS POSSIBLE AND NO LATER THAN:
# 5 May 2017" (above the officials it is the targets' intro or, under "Take action", an action step).
_SEND_BY = re.compile(r"^(?:please )?(?:send|write) (?:your )?(?:appeals?|letters?)\b.*"
                      r"\b(?:no later than|before|until|by)\b\W*.*\d", re.I)
# A step of the action in an appeal's numbered or bulleted list: "Please take action as soon as possible.",
# "Write a letter …", "Click here to let us know …", "Share …".
_ACTION_STEP = re.compile(r"^(?:please|write|send|call|click|share|tweet|e-?mail|sign|take action|let us know|"
                          r"(?:contact|report|use)(?!\s+(?:of|with|on|by)\b))\b", re.I)  # not "Use of force …"
_INDENT = re.compile(r"[ \t]*")
# A PDF's running footer or page number: "… Page 1 of 2", "Page 2", or the page number alone on its
# line ("2", "- 2 -", "2/3").
_PAGE_CHROME = re.compile(r"(?:^|\s)Page \d{1,3} of \d{1,3}$|^Page \d{1,3}$|^(?:- ?)?\d{1,3}(?: ?-|/\d{1,3})?$", re.I)
_PAGE_NUMBER = re.compile(r"^(?P<key>\S+(?:\s+\S+){2,}?)\s+(?P<number>\d{1,3})$")  # "… 14 April 2022 1"
_LIST_PREFIX = re.compile(rf"^\s*(?:\d{{1,3}}[.)]|[{re.escape(BULLETS)}])\s")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# The appeal's record, not its text: "UA: 271/12 Index: EUR 46/038/2012 Issue Date: 28 August 2012",
# "Second update of UA 61/14", a dateline "Belarus, 4 March 2016", a web page's "Published 12 March 2025".
_RECORD = re.compile(
    r"^(?:(?:Amnesty International|Further information on|First)\s+)*UA\b\W*\d{1,4}/\d{2}\b.*\bIndex\b"
    r"|^(?:[A-Z]+\s+)?(?:AI\s+)?Index\s*:\s*[A-Z]{3}\s*\d{1,2}/\d{3,4}/\d{4}\b"  # "PUBLIC   AI Index: EUR 49/004/2008"
    r"|^(?:\w+\s+)?update\s+(?:of|on|to)\s+UA\b\W*\d{1,4}/\d{2}\W*$"
    rf"|^[A-Z][\w .'’-]{{1,40}},\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}$"
    # "Belarus — UA 62/17 — 24 March 2017": country, number and date as a web page's dateline writes them
    rf"|^[A-Z][\w .'’-]{{1,40}}\s+[—–|-]\s+UA\s*\d{{1,4}}/\d{{2}}\s+[—–|-]\s+"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}$"
    rf"|^(?:Published|Posted|Updated|Last updated|Issued)(?:\s+on)?:?\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)"
    r"\s+\d{4}$", re.I)
# An old UA's header, in columns: "PUBLIC      AI Index: EUR 49/004/2008", the issue date alone under it.
_INDEX_LINE = re.compile(r"^(?:[A-Z]+\s+)?(?:AI\s+)?Index\s*:\s*[A-Z]{3}\s*\d{1,2}/\d{3,4}/\d{4}\b")
_DATE_ALONE = re.compile(rf"^(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}$", re.I)  # "November 6, 2020" too
# An old UA's case fields at its foot: "Name: Pavel Drozdov", "Gender m/f: m".
_CASE_FIELD = re.compile(r"^(?:Names?|Gender(?:\s*m/f)?)\s*:\s*\S", re.I)


@dataclass
class _Entity:
    kind: str  # "targets" (an official) or "copies" (a copy recipient)
    name: str = ""
    label: str = ""  # title or organisation, for an id when there is no name
    has_name: bool = False
    title_first: bool = False
    closed: bool = False  # has an address or a label line: a person or title line starts a new block
    greeted: bool = False  # has its Salutation line: a blank line after it ends the block
    named_last: bool = False  # its last line was its name: the line under it may be its address's first


@dataclass(frozen=True)
class _RunningLines:
    """Lines repeated at the top or bottom of a paged document's pages, keyed without a page number."""

    numbered: frozenset[str] = frozenset()  # a footer with its page number: "… Date: 14 April 2022 1", "… 2"
    repeated: frozenset[str] = frozenset()  # lines written more than once as they are: a header, a title


def _page_key(plain: str) -> tuple[str, str | None]:
    """A one-line block's text with single spaces, and the page number at its end split off."""
    text = " ".join(plain.split())
    match = _PAGE_NUMBER.match(text)
    return (match.group("key"), match.group("number")) if match else (text, None)


def running_lines(plains: list[str]) -> _RunningLines:
    """The running header and footer lines of a paged document (a PDF or its copy).

    A line is a footer when it recurs with different page numbers, or as it is and with a number (the
    UA's index and date line on top of page 1 and at the foot of each page). Addresses shared by two
    officials ("vul. Internatsyianalnaia, 22") recur with the same number and are not.
    """
    numbers: dict[str, set[str]] = {}
    bare: dict[str, int] = {}
    for plain in plains:
        if not plain.strip() or "\n" in plain.strip():
            continue
        key, number = _page_key(plain)
        if number is None:
            bare[key] = bare.get(key, 0) + 1
        else:
            numbers.setdefault(key, set()).add(number)
    return _RunningLines(frozenset(key for key, found in numbers.items() if len(found) >= 2 or key in bare),
                         frozenset(key for key, count in bare.items() if count >= 2))


@dataclass
class _State:
    section: str = "header"
    entity: int | None = None
    entities: list[_Entity] = field(default_factory=list)
    points: bool = False
    letter_seen: bool = False
    after_closing: bool = False
    seen_summary: bool = False
    started: bool = False  # a block has been read: only the very first may be an untagged title
    after_blank: bool = False  # the block being read follows a blank line
    # a web page's new paragraph after one of several <br> lines: a break between blocks, as a blank line is
    after_paragraph: bool = False
    joined: bool = False  # the block read last was a <br> line of a paragraph
    ended: bool = False  # a blank line after a Salutation line ended the last target block
    running: _RunningLines = _RunningLines()
    paged: bool = True  # a PDF, its copy or a text: a page may repeat the headline; not a web page
    titles: set[str] = field(default_factory=set)  # the title lines read so far: a repeat is page furniture
    label_role: str | None = None  # the block before was a note's label alone: its value comes next
    mail_header: bool = False  # the blocks read so far are an e-mail's header lines
    page_break: bool = False  # the blocks read last were a page's footer ("… Page 1 of 3"): a page begins

    def new_entity(self, kind: str) -> int:
        self.ended = False
        self.entities.append(_Entity(kind))
        self.entity = len(self.entities) - 1
        return self.entity


def _is_heading(block: Block, plain: str) -> bool:
    if block.kind == "heading":
        return True
    letters = [char for char in plain if char.isalpha()]
    return len(letters) >= 2 and len(plain) <= 100 and all(char.isupper() for char in letters)


def _looks_like_title(plain: str) -> bool:
    return len(plain) <= 120 and not re.search(r"[.!?,;:]$", plain) and "\n" not in plain


def _is_headline(plain: str, following: str, state: _State) -> bool:
    """A headline in title case under the first title ("Viasna Volunteer Faces Ten Years In Prison"),
    above prose: not an official's name, title or address."""
    words = plain.split()
    long_words = [word for word in words if len(word) > 3]
    return (state.section == "header" and state.started and not state.seen_summary and len(words) >= 3
            and _looks_like_title(plain) and all(word[:1].isupper() for word in long_words)
            and line_kind(plain) in ("other", "organisation")
            and line_kind(following.split("\n")[0]) == "other" and is_full_sentence(following.split("\n")[0]))


# A paragraph that is one bold phrase: "**Teenager held in psychiatric hospital for online posts**".
_BOLD_LINE = re.compile(r"^(?:\*\*[^*\n]+\*\*|__[^_\n]+__|<(b|strong)>[^<\n]+</\1>)$")


def _is_bold_headline(block: Block, plain: str, state: _State) -> bool:
    """A headline in sentence case set in bold under "URGENT ACTION", above the first paragraph: a title,
    not the summary."""
    return (state.section == "header" and state.started and not state.seen_summary
            and bool(_BOLD_LINE.match(block.raw.strip())) and _looks_like_title(plain)
            and line_kind(plain) in ("other", "organisation"))


def target_slug(name: str) -> str:
    """A stable id for an official: their name without honorifics, as ASCII words."""
    words = [word for word in re.split(r"\s+", name.strip()) if not is_honorific(word)
             and word.lower().strip(".,") not in ("ambassador", "minister", "president", "judge")]
    ascii_name = unicodedata.normalize("NFKD", " ".join(words) or name)
    ascii_name = "".join(char for char in ascii_name if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-") or "target"


def _is_targets_intro(block: Block, plain: str, following: str) -> bool:
    """"Write to:", "PLEASE SEND APPEALS BEFORE 2 JUNE 2016 TO:", or any line that asks to write or send
    and ends in ":" right above an official's first line ("Please write in your own words or use the
    sample letter below, in English, Belarusian or Russian, to:")."""
    introduces = plain.rstrip("*_ ").endswith(":")
    if TARGETS_INTRO.search(plain) and len(plain.split()) <= 12 and (introduces or _is_heading(block, plain)):
        return True
    return introduces and bool(_ASKS_TO_WRITE.search(plain)) and "\n" not in plain \
        and line_kind(following.split("\n")[0]) in ("person", "title")


_COLUMN_WIDTH = 40  # a line of a narrow column


def record_column(blocks: list[Block], plains: list[str]) -> set[int]:
    """The blocks of the appeal's record written a field a line, as a PDF's narrow column beside the text
    has it ("UA: 19/25", "Index: EUR 49/9120/2025", "Belarus", "Date: 21 February 2025"): the short
    lines of a blank-line group that together read as a record line."""
    found: set[int] = set()
    start = 0
    for end in range(1, len(blocks) + 1):
        if end < len(blocks) and not blocks[end].after_blank:
            continue
        lines = [plain.strip() for plain in plains[start:end]]
        if len(lines) >= 2 and all(len(line) <= _COLUMN_WIDTH and "\n" not in line for line in lines) \
                and _RECORD.match(" ".join(" ".join(lines).split())):
            found.update(range(start, end))
        start = end
    return found


def classify(blocks: list[Block], plains: list[str], paged: bool = True) -> list[tuple[str, str, str | None]]:
    """(section, role, target id) for each block, reading the appeal top to bottom. ``paged``: the
    document may have running headers and footers (not a web page)."""
    state = _State(running=running_lines(plains) if paged else _RunningLines(), paged=paged)
    record = record_column(blocks, plains)
    rows: list[tuple[str, str, int | None]] = []
    for index, (block, plain) in enumerate(zip(blocks, plains, strict=True)):
        following = plains[index + 1].strip() if index + 1 < len(plains) else ""
        next_item = index + 1 < len(blocks) and blocks[index + 1].kind == "item"
        if index in record:
            state.started = True
            rows.append((state.section, "meta", None))
            continue
        rows.append(_classify_one(block, plain.strip(), following, state, next_item))
    slugs: list[str] = []
    for entity in state.entities:
        slug = target_slug(entity.name or entity.label)
        base, number = slug, 2
        while slug in slugs:
            slug, number = f"{base}-{number}", number + 1
        slugs.append(slug)
    return [(section, role, slugs[entity] if entity is not None else None) for section, role, entity in rows]


def first_line(plain: str) -> str:
    """A block's first line, with the lines it runs on into when it stops mid-phrase (a title wrapped
    over two lines: "Presidential Council for … Civil Society and⏎Human Rights")."""
    lines = plain.split("\n")
    head = lines[0].strip()
    for line in lines[1:]:
        if not ends_mid_phrase(head):
            break
        head += " " + line.strip()
    return head


def _introduces_points(plain: str, following: str, next_item: bool) -> bool:
    """An intro ending in ":" above the appeal's points: it asks to call on, urge … ("Please write
    immediately in Belarusian, …:"), or it asks to write and a list of what to ask follows it ("Write to
    the Chair of …:" over "<li>Calling on him to drop the charges …"), not a list of steps ("TAKE ACTION:"
    over "1. Write a letter …") nor of officials."""
    if not plain.rstrip("*_ ").endswith(":"):
        return False
    return bool(_POINTS_INTRO.search(plain)) or (
        next_item and bool(_ASKS_TO_WRITE.search(plain)) and not _ACTION_HEADING.match(plain)
        and not _ACTION_STEP.match(following) and line_kind(first_line(following)) == "other")


def _classify_one(block: Block, plain: str, following: str, state: _State,
                  next_item: bool = False) -> tuple[str, str, int | None]:
    state.after_blank = block.after_blank
    state.after_paragraph = block.after_blank or (state.joined and "element" in block.layout
                                                  and "joined" not in block.layout)
    state.joined = "joined" in block.layout
    if _is_page_furniture(plain, state) or is_form_row(plain):
        state.page_break = state.page_break or bool(_PAGE_CHROME.search(plain))
        return state.section, "page-chrome", None  # read-only, and no break in the section it interrupts
    state.page_break = False
    if _DISTRIBUTION.match(plain):
        return state.section, "other", None  # "*** Please post and distribute widely ***": not the title
    if not state.started and _MAIL_FROM.match(plain) or state.mail_header and _MAIL_HEADER.match(plain):
        state.mail_header = state.started = True  # the e-mail the appeal came in: its envelope, read-only
        return state.section, "page-chrome", None
    state.mail_header = False
    if (_RECORD.search(plain) and (state.started or _INDEX_LINE.match(plain))) or (
            _DATE_ALONE.match(plain) and state.section == "header" and not state.seen_summary
            and state.label_role is None) or (_CASE_FIELD.match(plain) and (state.section in (
            "header", "background", "notes") or state.section in ("targets", "copies") and state.entity is None)):
        if state.section in ("targets", "copies"):
            state.section, state.entity = "notes", None
        state.started = True
        return state.section, "meta", None
    labelled, state.label_role = state.label_role, None
    for pattern, role in _LABELS:
        if pattern.search(plain):
            state.section, state.entity = "notes", None
            state.label_role = role if _BARE_LABEL.match(plain.strip("*_ ")) else None
            return "notes", role, None
    if labelled and block.kind != "heading" and "\n" not in plain and len(plain.split()) <= 25:
        return "notes", labelled, None  # "May 5, 2025" under "PLEASE TAKE ACTION BEFORE"
    heading = _is_heading(block, plain)
    if is_copies_heading(plain):  # "Copies to:" alone: whoever follows gets a copy, no letter
        state.section, state.entity, state.after_closing = "copies", None, False
        return "copies", "copies-intro", None
    if state.section == "letter" and state.after_closing:
        if block.kind != "heading" and not _BACKGROUND_HEADING.search(plain) and len(plain.split()) <= 8 \
                and not is_full_sentence(plain):  # "Please take action before 15 March 2026." is no signature
            return "letter", "signature", None
        state.section, state.after_closing = "notes", False
    if _RECOMMENDED_ACTION.match(plain) and state.section in ("header", "background"):
        state.section = "action"  # an old UA's "RECOMMENDED ACTION: Please send appeals …:" after its background
    if (state.section in ("header", "action") or state.section == "targets" and not state.entities) \
            and _introduces_points(plain, following, next_item):
        # "Please write immediately in Belarusian, …:", also under a deadline line read as the officials'
        # intro ("PLEASE SEND APPEALS BEFORE 2 MAY 2014" over "Please write urgently …:" and the points)
        state.points = True
        state.section = "action" if state.section == "targets" else state.section
        return state.section, "action-step", None
    if _is_targets_intro(block, plain, following):
        state.section, state.entity = "targets", None
        return "targets", "targets-intro", None
    if _SEND_BY.search(plain) and len(plain.split()) <= 16 and state.section not in ("header", "action"):
        state.section, state.entity = "notes", None
        return "notes", "deadline", None
    label_heading = len(plain.split()) <= 4 and plain.rstrip("*_ ").endswith(":")  # "Take Action:"
    if (heading or label_heading) and _ACTION_HEADING.search(plain):
        state.section = "action"
        return "action", "title", None
    if (heading and _BACKGROUND_HEADING.search(plain)) or _BACKGROUND_LINE.fullmatch(plain):
        state.section = "background"
        return "background", "title", None
    if heading and _LETTER_HEADING.search(plain):
        state.section = "letter"
        return "letter", "title", None
    if not state.letter_seen and state.section != "background" and _SOURCE.letter_opening.search(plain) \
            and len(plain.split()) <= 12:
        state.section, state.letter_seen, state.entity = "letter", True, None
        return "letter", "salutation", None
    if state.section == "letter":
        if _SOURCE.letter_closing.search(plain):
            state.after_closing = True
            return "letter", "closing", None
        if state.letter_seen:
            return "letter", "letter", None
        if not heading and line_kind(plain.split("\n")[0]) != "other":
            state.section = "targets"  # the officials after a "MODEL LETTER" heading, before "Dear …"
            return _target_role(plain, state)
    if heading and block.kind != "heading" and state.section in ("targets", "copies") and state.entity is not None \
            and is_postal_line(plain):
        return _target_role(plain, state)  # "BELARUS", "220016 MINSK" in an official's address
    if heading and block.kind != "heading" and state.section in ("targets", "copies") and _shouted_person(plain, state):
        return _target_role(plain, state)  # "HIS EXCELLENCY MR VIKTAR … LUKASHEVICH": an ambassador, in capitals
    if heading or (not state.started and _looks_like_title(plain)) or _is_headline(plain, following, state) \
            or _is_bold_headline(block, plain, state):
        state.started = True
        state.titles.add(_page_key(plain)[0])
        return state.section, "title", None
    state.started = True
    if state.section in ("targets", "copies"):
        return _target_role(plain, state)
    contact = is_contact_line(plain)
    if state.section in ("header", "action"):
        if block.kind == "item" or _LIST_PREFIX.match(plain):
            return state.section, "appeal-point" if state.points else (
                "action-step" if state.section == "action" or _ACTION_STEP.match(plain) else "other"), None
        kind = line_kind(plain) if "\n" not in plain and len(plain) <= 120 else "other"
        if kind in ("person", "title") and line_kind(following.split("\n")[0]) in (
                "person", "title", "organisation", "address", "label") or kind == "label" and state.section == "action":
            state.section, state.entity = "targets", None
            return _target_role(plain, state)
        if contact:
            return state.section, "contact", None  # an e-mail or fax line of no official: read-only all the same
        if state.section == "action":
            return "action", "action-step", None
        role = "background" if state.seen_summary else "summary"
        state.seen_summary = True
        return "header", role, None
    if contact:
        return state.section, "contact", None
    if state.section == "background" and block.kind != "item":
        return "background", "background", None
    return state.section, "other", None


def _shouted_person(plain: str, state: _State) -> bool:
    """A name in capitals in an address block: with an honorific ("HIS EXCELLENCY MR …"), or under a
    title that has no name yet."""
    person = parse_person(plain) if "\n" not in plain and line_kind(plain) == "person" else None
    current = state.entities[state.entity] if state.entity is not None else None
    return person is not None and (bool(person.honorifics) or current is not None and current.title_first
                                   and not current.has_name and not current.closed)


def _copy_addresses(value: str, state: _State) -> tuple[str, str, int | None]:
    """A copy recipient given only by e-mail addresses (and what the brackets say about them)."""
    entity = state.new_entity("copies")
    state.entities[entity].label = re.sub(r"[()]", "", emails(value) and value.replace(emails(value)[0], "")
                                          ).strip(" ,;") or "copies"
    state.entities[entity].closed = True
    return "copies", "cc", entity


def page_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of a paged document (a PDF or its copy) that are its running header, footer
    or page number, wherever they fall, even inside a paragraph the page break cut: a reader gives
    them blocks of their own."""
    running = running_lines(lines)
    found = set()
    for index, line in enumerate(lines):
        key, number = _page_key(line)
        if line.strip() and (_PAGE_CHROME.search(key if number is None else line.strip())
                             or (key in running.numbered if number is not None else
                                 key in running.repeated and bool(_RECORD.match(key)))):
            found.add(index)
    return found


def _is_page_furniture(plain: str, state: _State) -> bool:
    """A running footer ("… Page 1 of 2", "… Date: 14 April 2022 1"), a page number alone, a header or
    title line seen before as a title or written again right under a footer (the header of the next
    page: "AMNESTY INTERNATIONAL URGENT ACTION"), a repeated record line ("Amnesty
    International UA 19/25 Index: …"), or a block without a letter or digit (a logo, a rule of stars)."""
    if _PAGE_CHROME.search(plain) or not any(char.isalnum() for char in plain):
        return True
    key, number = _page_key(plain)
    if "\n" in plain:  # a headline wrapped over lines, repeated at the top of the next page
        return state.paged and key in state.titles
    if number is not None:
        return key in state.running.numbered
    return key in state.running.repeated and (key in state.titles or state.page_break
                                              or (state.started and bool(_RECORD.match(key))))


def _target_role(plain: str, state: _State) -> tuple[str, str, int | None]:
    """The role of one line inside the targets or copies section, starting blocks as the grammar says."""
    line = first_line(plain)
    section = state.section
    current = state.entities[state.entity] if state.entity is not None else None
    if current is not None and current.greeted and state.after_blank:
        state.entity, state.ended, current = None, True, None  # "Salutation: …", then a blank line
    under_name = current is not None and current.named_last and not current.closed and not state.after_blank
    if current is not None:
        current.named_last = False
    parts = label_parts(line) if line_kind(line) == "label" else None
    if parts is None and section == "copies" and emails(line) and not EMAIL.sub("", line).strip(" ,;"):
        return _copy_addresses(line, state)  # "Copies to:" over a line of e-mail addresses
    if parts is None and GLOBAL_COPY.match(line):
        state.section, state.entity = "copies", None
        return "copies", "copies-intro", None
    if parts is not None:
        label, value = parts[0].lower().strip("*_ "), parts[1]
        ends_block = current is None or (current.closed and state.after_paragraph)
        if GLOBAL_COPY.match(label + " ") or (label in CC_LABELS and ends_block):
            # "Copies to: …" below a whole block, after a blank line: a copy for every official,
            # not the Cc of the block above
            if not emails(value):
                state.section, state.entity = "copies", None
                return "copies", "copies-intro", None
            return _copy_addresses(value, state)
        if current is None:  # a contact field under an ended block: read-only, no official's
            return ("notes" if state.ended else section), "contact" if is_contact_line(line) else "other", None
        current.closed = True
        if label in SALUTATION_LABELS:
            current.greeted = True
            return section, "salutation", state.entity
        if label in CC_LABELS:
            return section, "cc", state.entity
        return section, "contact", state.entity
    kind = line_kind(line)
    person = parse_person(line) if kind == "person" else None
    if under_name and (kind == "other" and len(line.split()) <= 6 and not re.search(r"[.!?:]$", line)
                       or person and not person.honorifics and not person.title):
        # right under the official's name, above the street: the first line of the postal address, an
        # institution's name as written there ("Gubernator Tverskoi oblasti"), not a second official
        return section, "address", state.entity
    if kind == "other":
        state.section, state.entity = "notes", None
        return "notes", "other", None
    if kind == "person":
        if current is None or current.closed or current.has_name:
            current = state.entities[state.new_entity(section)]
        current.has_name, current.name, current.named_last = True, person.name if person else line, True
        return section, "target-name", state.entity
    if kind == "title":
        if current is None or current.closed or (current.has_name and current.title_first):
            current = state.entities[state.new_entity(section)]
            # "Madam Chairperson" over the name is how to address them, not a title heading a block
            current.title_first = line.split()[0].lower().rstrip(".") not in ADDRESS_FORMS
        current.label = current.label or line
        return section, "target-title", state.entity
    if current is None and state.ended and kind == "address":
        return "notes", "other", None  # under an ended block: not the start of one
    if current is None or (current.closed and kind == "organisation"):
        current = state.entities[state.new_entity(section)]
        current.label = line
    if kind == "organisation":
        return section, "address" if is_transliterated_institution(line) else "target-title", state.entity
    current.closed = True
    return section, "address", state.entity


def _classification_text(block: Block, dialect: str) -> str:
    """The block's text as a reader sees it, with HTML line breaks as new lines."""
    return readable(*to_placeholders(block.raw, dialect))


# Prose a page break may cut in two: its halves are one paragraph, its sentence one unit.
_PAGE_CUT_ROLES = frozenset({"summary", "background", "letter", "other", "appeal-point", "action-step"})
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'”’»)*_\]]*$")


def _goes_on_after_page_break(before: Block, after: Block, chrome: int) -> bool:
    """Whether ``after``, the first block of a new page (``chrome`` blocks of running footer, page number
    and header between), goes on with the sentence ``before`` left unfinished: "… is held in the" over
    "pre-trial detention centre …", "… more than" over "30 journalists …", "… in" over "Homiel …". With
    nothing between but the blank line of the page break (a PDF without footers), only a continuation in
    lower case is taken as one."""
    head, tail = before.raw.rstrip(), after.raw.lstrip()
    if not tail or before.suffix.strip(" \t") or _ENDS_SENTENCE.search(head) or after.kind in ("heading", "item") \
            or "\n" in before.suffix or after.prefix.strip(" \t>"):
        return False
    if not chrome:
        return after.after_blank and tail[:1].islower()
    return tail[:1].islower() or tail[:1].isdigit() or ends_mid_phrase(head) or head[-1] in ",-–—("


def join_page_breaks(blocks: list[Block], roles: list[tuple[str, str, str | None]]
                     ) -> tuple[list[Block], list[tuple[str, str, str | None]]]:
    """The blocks with each paragraph a page break cut joined again (a PDF, or text copied from one): the
    second half goes on the first's block, after a gap of the source lines the page furniture takes,
    which stays in blocks of its own."""
    joined: list[Block] = []
    joined_roles: list[tuple[str, str, str | None]] = []
    for block, row in zip(blocks, roles, strict=True):
        before = len(joined) - 1
        while before >= 0 and joined_roles[before][1] == "page-chrome":
            before -= 1
        chrome = len(joined) - 1 - before
        if row[1] in _PAGE_CUT_ROLES and before >= 0 and joined_roles[before][1] in _PAGE_CUT_ROLES \
                and joined[before].page_gap is None and _goes_on_after_page_break(joined[before], block, chrome):
            first = joined[before]
            end_line = first.line + first.prefix.count("\n") + first.raw.count("\n") + 1
            joined[before] = Block(raw=first.raw + "\n" + block.prefix + block.raw, line=first.line, kind=first.kind,
                                   prefix=first.prefix, suffix=block.suffix, translatable=first.translatable,
                                   layout=first.layout, after_blank=first.after_blank,
                                   page_gap=(len(first.raw) + 1, block.line - end_line))
            continue
        joined.append(block)
        joined_roles.append(row)
    return joined, joined_roles


def build_units(blocks: list[Block], dialect: str) -> list[Unit]:
    """Classify blocks, split prose into sentences, and give every unit a stable id."""
    roles = classify(blocks, [_classification_text(block, dialect) for block in blocks], paged=dialect == MARKDOWN)
    known = vocabulary(block.raw for block in blocks) if dialect == MARKDOWN else Vocabulary()
    if dialect == MARKDOWN:
        blocks, roles = join_page_breaks(blocks, roles)
    counters: dict[tuple[str, str], int] = {}
    units: list[Unit] = []
    for block, (section, role, target) in zip(blocks, roles, strict=True):
        if role == "salutation" and section in ("targets", "copies"):
            label = _SALUTATION_LABEL.match(block.raw)
            if label:
                block.prefix += label.group(1)
                block.raw = block.raw[label.end():]
        scope = f"{section}/{target}" if section in ("targets", "copies") and target else section
        counters[(scope, role)] = counters.get((scope, role), 0) + 1
        base_id = f"{scope}/{role}-{counters[(scope, role)]}"
        units += _block_units(block, dialect, base_id, role, target, split=role in SPLIT_ROLES, known=known)
    if any(block.page_gap for block in blocks):
        units.sort(key=lambda unit: unit.line)  # a page's furniture between the halves of a joined paragraph
    return units


def _split_at(raw: str, spans: list[tuple[int, int]], ends: list[int]) -> list[tuple[int, int]]:
    """The spans cut at each of ``ends`` (the end of a line) inside one; the line break and the next
    line's indentation go between the pieces, as whitespace between sentences does."""
    for end in ends:
        following = _INDENT.match(raw, end + 1).end()
        spans = [piece for start, stop in spans for piece in (
            ((start, end), (following, stop)) if start < end and following < stop else ((start, stop),))]
    return spans


LINE_ROLES = frozenset({"address", "target-name", "target-title", "contact", "cc", "signature", "salutation",
                        "targets-intro", "copies-intro"})  # short lines whose breaks are the structure
# Of those, the ones a PDF copy wraps when they are long: a title or intro that runs on over two lines
# ("Presidential Council for the Development of Civil Society and⏎Human Rights") is joined like prose.
_WRAPPABLE_LINE_ROLES = frozenset({"target-name", "target-title", "targets-intro", "copies-intro"})


# An intro's paragraph may go on with notes ("Also send copies to diplomatic representatives … country.
# Please check with your section office if sending appeals after the above date."): only its first
# sentence, and a sentence that ends in ":" ("Please insert local diplomatic addresses below:"), is the intro.
_INTRO_ROLES = frozenset({"targets-intro", "copies-intro"})


def _capitals_lines(text: str) -> bool:
    """Whether every line of a text is in capitals: a headline a PDF wrapped, not lines of a record."""
    return all(any(char.isalpha() for char in line) and line.upper() == line for line in text.split("\n"))


def _block_units(block: Block, dialect: str, base_id: str, role: str, target: str | None,
                 split: bool, known: Vocabulary) -> list[Unit]:
    raw = block.raw
    spans = sentence_spans(raw, tokenize(raw, dialect)) if split else [(0, len(raw))]
    if split and dialect == MARKDOWN:
        spans = _split_at(raw, spans, note_line_ends(raw))  # "DEADLINE: 9 June 2022⏎Please check …": two units
    units = []
    line, counted = block.line + block.prefix.count("\n"), 0  # newlines counted as we go: linear
    gap_at, skipped = block.page_gap or (len(raw) + 1, 0)
    for index, (start, end) in enumerate(spans):
        line, counted = line + raw.count("\n", counted, start) + (skipped if counted < gap_at <= start else 0), start
        text, placeholders = to_placeholders(raw[start:end], dialect)
        layout = dict(block.layout) if index == 0 else {}
        lines_before_gap = raw.count("\n", start, gap_at) if start < gap_at < end else 0
        if lines_before_gap:  # its lines after the k-th go on n source lines further down
            layout["gap"] = f"{lines_before_gap}+{skipped}"
        if dialect == MARKDOWN and (role not in LINE_ROLES or role in _WRAPPABLE_LINE_ROLES):
            # wraps whatever the width: the page's end (the k-th line break of the text: placeholders shift
            # offsets, not lines), every line break of a headline ("… SIX AND A HALF⏎YEARS FOR …"), a note's
            # label a narrow column wrapped ("PREFERRED LANGUAGE TO ADDRESS⏎TARGET: …")
            line_breaks = [offset for offset, char in enumerate(text) if char == "\n"]
            breaks = line_breaks if role == "title" and _capitals_lines(text) else (
                line_breaks[lines_before_gap - 1:lines_before_gap] if lines_before_gap else [])
            if line_breaks and wraps_note_label(text[:line_breaks[0]], text[line_breaks[0] + 1:]):
                breaks = [*breaks, line_breaks[0]]
            text, wrapped = join_wrapped_lines(text, start - raw.rfind("\n", 0, start) - 1, known, breaks)
            if wrapped:
                layout["wrapped"] = wrapped
        if index == 0 and block.prefix:
            layout["prefix"] = block.prefix
        if index == len(spans) - 1:
            if block.suffix:
                layout["suffix"] = block.suffix
        else:
            separator = raw[end:spans[index + 1][0]]
            if "\n" in separator:
                head, _, _ = separator.partition("\n")
                if head:
                    layout["suffix"] = head
            elif separator != " ":
                layout["after"] = separator
        next_layout_prefix = ""
        if index > 0:
            separator = raw[spans[index - 1][1]:start]
            if "\n" in separator:
                next_layout_prefix = separator.rpartition("\n")[2]
        if next_layout_prefix:
            layout["prefix"] = next_layout_prefix
        translatable = (block.translatable and role not in UNTRANSLATABLE_ROLES
                        and any(char.isalpha() for char in plain_text(text)))
        units.append(Unit(
            id=sentence_id(base_id, index + 1) if split else base_id,
            role=role if not index or role not in _INTRO_ROLES or text.rstrip().endswith(":") else "other",
            text=text,
            line=line,
            placeholders=placeholders,
            translatable=translatable,
            target=target,
            citations=tuple(raw[start:end][a:b] for a, b in citations(raw[start:end])),
            layout=layout,
        ))
    return units
