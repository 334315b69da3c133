"""Plain catalogue model: one Entry per PO message, a Catalog of entries plus its header."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

FUZZY = "fuzzy"
READ_ONLY = "read-only"  # Weblate's flag; GNU tools drop unknown flags, so a note says it too
NOT_TRANSLATABLE_NOTE = "not translatable: keep the source text as it is"


@dataclass
class Entry:
    """One PO message with every kind of comment a translator or tool may have written."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    reference_lines: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0
    # The entry's text as read, written back unchanged while the entry's fields are unchanged,
    # so saving never re-wraps or reorders what a translator or another tool wrote.
    raw: str | None = field(default=None, compare=False, repr=False)
    raw_state: tuple | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return FUZZY in self.flags

    def set_fuzzy(self, value: bool) -> None:
        if value and not self.fuzzy:
            self.flags.insert(0, FUZZY)
        elif not value and self.fuzzy:
            self.flags.remove(FUZZY)

    @property
    def read_only(self) -> bool:
        return READ_ONLY in self.flags or NOT_TRANSLATABLE_NOTE in self.extracted_comments

    @property
    def has_translation(self) -> bool:
        """Some msgstr is filled, reviewed or fuzzy."""
        return bool(self.msgstr) or any(self.msgstr_plural.values())

    @property
    def translated(self) -> bool:
        """True when every msgstr is filled and the entry is not fuzzy, as msgfmt counts it."""
        if self.fuzzy:
            return False
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(self.msgstr_plural.values())
        return bool(self.msgstr)

    @property
    def references(self) -> list[str]:
        return [ref for line in self.reference_lines for ref in line.split()]

    def copy(self) -> Entry:
        """An entry with the same fields whose lists and dictionaries can be changed on their own."""
        return replace(self, msgstr_plural=dict(self.msgstr_plural), flags=list(self.flags),
                       translator_comments=list(self.translator_comments),
                       extracted_comments=list(self.extracted_comments), reference_lines=list(self.reference_lines))

    def state(self) -> tuple:
        """Everything the writer serialises; compared against ``raw_state`` to reuse ``raw``."""
        return (
            self.msgid, self.msgstr, self.msgctxt, self.msgid_plural,
            tuple(sorted(self.msgstr_plural.items())), tuple(self.flags),
            tuple(self.translator_comments), tuple(self.extracted_comments),
            tuple(self.reference_lines), self.previous_msgctxt, self.previous_msgid,
            self.previous_msgid_plural, self.obsolete,
        )


@dataclass
class Catalog:
    """A PO or POT file: header entry, messages in file order, and how the file was encoded."""

    header: Entry | None = None
    entries: list[Entry] = field(default_factory=list)
    encoding: str = "utf-8"
    newline: str = "\n"
    trailer: str = ""  # comment lines after the last message, kept verbatim
    ending: str = "\n"  # the newlines that close the file
    bom: bool = False  # a UTF-8 byte order mark some Windows editors write; kept on rewrite

    def copy(self) -> Catalog:
        """A catalogue to change without touching this one (six times faster than parsing it again)."""
        return replace(self, header=self.header.copy() if self.header else None,
                       entries=[entry.copy() for entry in self.entries])

    @property
    def messages(self) -> list[Entry]:
        """Live (non-obsolete) entries."""
        return [entry for entry in self.entries if not entry.obsolete]

    @property
    def obsolete(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.obsolete]

    def translations(self) -> dict[str, str]:
        """Unit id (msgctxt) → accepted translation; fuzzy and empty entries are left out."""
        return {entry.msgctxt or "": entry.msgstr for entry in self.messages if entry.translated}

    def header_fields(self) -> list[tuple[str, str]]:
        if self.header is None:
            return []
        return parse_header(self.header.msgstr)

    def header_field(self, name: str) -> str | None:
        for key, value in self.header_fields():
            if key.lower() == name.lower():
                return value
        return None

    def nplurals(self) -> int | None:
        """``nplurals`` from the Plural-Forms header, or None when the header has none."""
        match = re.search(r"nplurals\s*=\s*(\d+)", self.header_field("Plural-Forms") or "")
        return int(match.group(1)) if match else None

    def set_header_field(self, name: str, value: str) -> None:
        """Replace a header field in place, or append it, keeping the other fields' order."""
        if self.header is None:
            self.header = Entry(msgid="")
        fields = self.header_fields()
        for index, (key, _) in enumerate(fields):
            if key.lower() == name.lower():
                fields[index] = (key, value)
                break
        else:
            fields.append((name, value))
        self.header.msgstr = format_header(fields)


def parse_header(text: str) -> list[tuple[str, str]]:
    fields = []
    for line in text.split("\n"):
        if ":" in line:
            key, _, value = line.partition(":")
            fields.append((key.strip(), value.strip()))
    return fields


def format_header(fields: list[tuple[str, str]]) -> str:
    return "".join(f"{key}: {value}\n" for key, value in fields)
