"""Lossless PO/POT reader and gettext-style writer.

Entries a run does not change are written back byte for byte as they were read; changed entries
are wrapped the way GNU gettext wraps them (79 columns). The file's charset and line endings are
kept, so a KOI8-R or CP1251/CRLF catalogue stays what it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from uaintl.catalog.model import Catalog, Entry
from uaintl.errors import UaintlError, line_at

WIDTH = 79
_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*)$')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v"}
_ESCAPE_OUT = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a",
               "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_ESCAPE_OUT_RE = re.compile(r'[\\"\n\t\r\a\b\f\v]')
# Where gettext may break a line: after white space, and after a hyphen inside a word.
_BREAKS = re.compile(r"(?<=\s)(?=\S)|(?<=\w-)(?=\w)")
_UNESCAPE_RE = re.compile(r'\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.?)')
BOM = "\ufeff"
# Single-byte charsets decode any bytes, so a UTF-8 file mislabelled as one would come out garbled.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


# ---------------------------------------------------------------- reading

def read_po(path: Path) -> Catalog:
    """Read a PO/POT file; any problem raises UaintlError naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UaintlError(f"cannot read catalogue: {error.strerror}", path=path) from None
    return parse_po(data, path)


# The catalogues a command has parsed, by path: (their bytes, the catalogue). ``run`` reads each file
# in every stage (update, translate, check, names, render, report); bytes identical to the last parse of
# that path give a copy of its catalogue instead of a new parse. Every caller still reads the file
# itself, so a catalogue saved during the run is seen (and never overwritten) as before.
_PARSED: ContextVar[dict[str, tuple[bytes, Catalog]] | None] = ContextVar("parsed_catalogs", default=None)


@contextmanager
def parse_each_version_once() -> Iterator[None]:
    """Within this block, parsing the same bytes of the same file again costs a copy, not a parse."""
    token = _PARSED.set({})
    try:
        yield
    finally:
        _PARSED.reset(token)


def parse_po(data: bytes, path: Path | str = "<po>") -> Catalog:
    """The catalogue in ``data``; ``path`` names the file in errors (and in the cache of
    ``parse_each_version_once``)."""
    parsed = _PARSED.get()
    if parsed is not None and (known := parsed.get(str(path))) is not None and known[0] == data:
        return known[1].copy()
    catalog = _parse_po(data, path)
    if parsed is not None:
        parsed[str(path)] = (data, catalog.copy())
    return catalog


def _parse_po(data: bytes, path: Path | str) -> Catalog:
    if b"\0" in data:
        raise UaintlError("binary data (NUL byte) in a PO file", path, line_at(data, data.index(b"\0")),
                          "is this really a .po file?")
    encoding = _detect_charset(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UaintlError(f"bytes that are not valid {encoding}", path, line_at(data, error.start),
                          "fix the charset in the Content-Type header or re-encode the file") from None
    except LookupError:
        raise UaintlError(f"unknown charset {encoding!r} in the header", path, 1,
                          "use charset=UTF-8") from None
    _check_charset_matches(data, encoding, path)
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    newline = "\r\n" if "\r\n" in text[:4096] else "\n"
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        raise UaintlError("line ends with a bare CR (old Mac line endings)", path, line_at(text, text.index("\r")),
                          "convert the file to LF line endings, e.g. with `dos2unix -c mac`")
    catalog = _Parser(path).parse(text)
    catalog.encoding = encoding
    catalog.newline = newline
    catalog.bom = bom
    _check_header(catalog, path)
    _check_plural_counts(catalog, path)
    return catalog


def _check_header(catalog: Catalog, path: Path | str) -> None:
    """A header entry with fields, as ``msgfmt --check`` demands ("PO file header missing or invalid"
    is its fatal error for an empty file, a file of comments, no ``msgid ""`` entry, or an empty one)."""
    fields = 'the header fields, e.g. msgstr "Content-Type: text/plain; charset=UTF-8\\n"'
    if catalog.header is None and not catalog.entries:
        raise UaintlError("the catalogue is empty (no msgid \"\" header entry)", path, 1,
                          "restore it from version control, or delete it and run `uaintl update` to recreate it")
    if catalog.header is None:
        raise UaintlError("the catalogue has no header entry (msgid \"\")", path, 1,
                          f"add one at the top, with {fields}")
    if not catalog.header.msgstr.strip():
        raise UaintlError("the header entry is empty (msgid \"\" with msgstr \"\")", path, catalog.header.line,
                          f"give it {fields}")


def _check_charset_matches(data: bytes, encoding: str, path: Path | str) -> None:
    """A file declared in a legacy charset whose bytes are really UTF-8 is refused, not garbled."""
    if encoding.replace("-", "").replace("_", "") in ("utf8", "utf16", "utf32"):
        return
    if data.isascii():
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    match = _UTF8_MULTIBYTE.search(data)
    if match:
        raise UaintlError(f"the header says charset={encoding} but the bytes are UTF-8", path,
                          line_at(data, match.start()),
                          "set charset=UTF-8 in the Content-Type header")


def _check_plural_counts(catalog: Catalog, path: Path | str) -> None:
    """Every translated plural message has as many msgstr[N] as the header's nplurals.

    Like ``msgfmt --check``, which leaves untranslated and fuzzy messages out of the check.
    """
    expected = catalog.nplurals()
    for entry in catalog.messages:
        if entry.msgid_plural is None or entry.fuzzy or not entry.msgstr_plural.get(0):
            continue
        if expected is None:
            raise UaintlError("plural translations but no nplurals in the Plural-Forms header",
                              path, entry.line, "add a Plural-Forms line to the header")
        elif len(entry.msgstr_plural) != expected:
            raise UaintlError(f"{len(entry.msgstr_plural)} plural forms, but the header says "
                              f"nplurals={expected}", path, entry.line,
                              f"give msgstr[0] … msgstr[{expected - 1}]")


def _detect_charset(data: bytes) -> str:
    head = data[: data.find(b"\n\n", 0, 65536) if b"\n\n" in data[:65536] else 65536]
    match = _CHARSET.search(head) or _CHARSET.search(data[:65536])
    if not match or match.group(1).upper() == b"CHARSET":
        return "utf-8"
    return match.group(1).decode("ascii").lower()


def unescape(body: str) -> str:
    """Decode C escapes; an escape GNU gettext does not know raises ValueError naming it."""
    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[:1] == "x" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[:1] in tuple("01234567"):
            return chr(int(code, 8))
        if code not in _ESCAPES:
            raise ValueError(f"\\{code}")
        return _ESCAPES[code]

    return _UNESCAPE_RE.sub(replace, body)


class _Parser:
    """Line-by-line state machine over one decoded PO text."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.catalog = Catalog()
        self.keys: dict[tuple, int] = {}
        self._reset()

    def _reset(self) -> None:
        self.entry: Entry | None = None
        self.comments: dict[str, list[str]] = {"#": [], "#.": [], "#:": []}
        self.flags: list[str] = []
        self.previous: dict[str, str] = {}
        self.previous_field: str | None = None
        self.field: str | None = None  # which string a continuation line extends
        self.start = 0
        self.lines: list[str] = []
        self.obsolete = False

    def error(self, line: int, message: str, hint: str | None = None) -> UaintlError:
        return UaintlError(message, self.path, line, hint)

    def parse(self, text: str) -> Catalog:
        lines = text.split("\n")
        while lines and lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines, start=1):
            self._line(number, line)
        self._finish(len(lines))
        # Comments after the last message (gettext tolerates them) are kept verbatim.
        self.catalog.trailer = "\n".join(self.lines)
        self.catalog.ending = text[len(text.rstrip("\n")):]
        return self.catalog

    def _line(self, number: int, line: str) -> None:
        stripped = line.strip()
        if not stripped:
            self._finish(number)
            return
        if self.field and self.field.startswith("msgstr") and _starts_message(stripped):
            self._finish(number)
        if not self.lines:
            self.start = number
        self.lines.append(line)
        if stripped.startswith("#~|"):
            self._previous(number, stripped[3:].strip())
        elif stripped.startswith("#~"):
            self.obsolete = True
            self._keyword_or_string(number, stripped[2:].strip())
        elif stripped.startswith("#|"):
            self._previous(number, stripped[2:].strip())
        elif stripped.startswith("#,"):
            self.flags.extend(flag.strip() for flag in stripped[2:].split(",") if flag.strip())
        elif stripped.startswith(("#.", "#:")):
            self.comments[stripped[:2]].append(_comment_text(line.lstrip()[2:]))
        elif stripped.startswith("#"):
            self.comments["#"].append(_comment_text(line.lstrip()[1:]))
        else:
            self._keyword_or_string(number, stripped)

    def _string(self, number: int, text: str) -> str:
        body = text[1:-1]
        if len(text) < 2 or not text.endswith('"') or (len(body) - len(body.rstrip("\\"))) % 2:
            raise self.error(number, "string is not terminated by a closing quote",
                             'every string must be "…" on one line')
        if re.search(r'(?<!\\)(?:\\\\)*"', body):
            raise self.error(number, "unescaped quote inside a string", 'write \\" for a quote')
        try:
            return unescape(body)
        except ValueError as error:
            raise self.error(number, f"invalid escape sequence {error}",
                             'known escapes: \\n \\t \\" \\\\ \\r \\a \\b \\f \\v, octal \\NNN, hex \\xHH; '
                             'write \\\\ for a backslash') from None

    def _previous(self, number: int, text: str) -> None:
        match = _KEYWORD.match(text)
        if match and match.group(1) in ("msgctxt", "msgid", "msgid_plural"):
            self.previous_field = match.group(1)
            self.previous[self.previous_field] = self._string(number, match.group(3))
        elif text.startswith('"') and self.previous_field:
            self.previous[self.previous_field] += self._string(number, text)
        else:
            raise self.error(number, "cannot read this #| (previous message) line")

    def _keyword_or_string(self, number: int, text: str) -> None:
        if text.startswith('"'):
            if self.entry is None or self.field is None:
                raise self.error(number, "string outside of a message",
                                 "a continuation string must follow msgid or msgstr")
            self._append(self.field, self._string(number, text))
            return
        match = _KEYWORD.match(text)
        if not match:
            raise self.error(number, f"unexpected text: {text[:40]!r}",
                             "expected a comment, msgctxt, msgid or msgstr")
        keyword, index, value = match.group(1), match.group(2), self._string(number, match.group(3))
        if keyword == "msgctxt":
            if self.entry is not None:
                raise self.error(number, f"msgctxt after {self.field}",
                                 "a message has one msgctxt, before its msgid")
            self.entry = Entry(msgid="", msgctxt=value, line=number)
            self.field = "msgctxt"
        elif keyword == "msgid":
            if self.entry is not None and self.field != "msgctxt":
                raise self.error(self.entry.line, "missing 'msgstr' section",
                                 "every msgid needs a msgstr")
            if self.entry is None:
                self.entry = Entry(msgid=value, line=number)
            else:
                self.entry.msgid = value
            self.field = "msgid"
        elif keyword == "msgid_plural":
            if self.entry is None or self.field != "msgid":
                raise self.error(number, "msgid_plural without msgid")
            self.entry.msgid_plural = value
            self.field = "msgid_plural"
        else:
            if self.entry is None or self.field == "msgctxt":
                raise self.error(number, "msgstr without msgid")
            if index is None and self.field == "msgstr":
                raise self.error(number, "a second msgstr for the same message",
                                 "join the two translations into one msgstr")
            expected = len(self.entry.msgstr_plural)
            if index is not None and int(index) != expected:
                raise self.error(number, f"msgstr[{index}] where msgstr[{expected}] was expected",
                                 "plural forms are numbered msgstr[0], msgstr[1], … in order")
            if index is None and self.entry.msgid_plural is not None:
                raise self.error(number, "plural message needs msgstr[0], msgstr[1], …")
            if index is not None and self.entry.msgid_plural is None:
                raise self.error(number, "msgstr[N] without msgid_plural")
            if index is None:
                self.entry.msgstr = value
                self.field = "msgstr"
            else:
                self.entry.msgstr_plural[int(index)] = value
                self.field = f"msgstr[{index}]"

    def _append(self, field: str, value: str) -> None:
        assert self.entry is not None
        if field.startswith("msgstr["):
            plural = int(field[7:-1])
            self.entry.msgstr_plural[plural] += value
        else:
            setattr(self.entry, field, getattr(self.entry, field) + value)

    def _finish(self, number: int) -> None:
        entry = self.entry
        if entry is None:
            if not self.lines:
                self._reset()
            # Otherwise these are comments with no message yet: they belong to the next one.
            return
        if not self.field or not self.field.startswith("msgstr"):
            raise self.error(entry.line, "missing 'msgstr' section", "every msgid needs a msgstr")
        entry.translator_comments = self.comments["#"]
        entry.extracted_comments = self.comments["#."]
        entry.reference_lines = self.comments["#:"]
        entry.flags = self.flags
        entry.previous_msgctxt = self.previous.get("msgctxt")
        entry.previous_msgid = self.previous.get("msgid")
        entry.previous_msgid_plural = self.previous.get("msgid_plural")
        entry.obsolete = self.obsolete
        entry.line = self.start
        entry.raw = "\n".join(self.lines)
        entry.raw_state = entry.state()
        if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
            if self.catalog.header is not None or self.catalog.entries:
                raise self.error(entry.line, "a second header (empty msgid)",
                                 "only the first message may have an empty msgid")
            self.catalog.header = entry
        else:
            if entry.key in self.keys:  # an obsolete twin counts too, as for msgfmt
                raise self.error(entry.line, "duplicate message definition",
                                 f"first defined at line {self.keys[entry.key]}; keep one of them")
            self.keys[entry.key] = entry.line
            self.catalog.entries.append(entry)
        self._reset()


def _starts_message(stripped: str) -> bool:
    """After a msgstr, a comment, msgctxt or msgid line begins the next message."""
    if stripped.startswith("#~") and not stripped.startswith("#~|"):
        stripped = stripped[2:].lstrip()
    return stripped.startswith(("#", "msgctxt", "msgid"))


def _comment_text(rest: str) -> str:
    return rest[1:] if rest.startswith(" ") else rest


# ---------------------------------------------------------------- writing

def escape(text: str) -> str:
    return _ESCAPE_OUT_RE.sub(lambda match: _ESCAPE_OUT[match.group(0)], text)


def _wrap_string(keyword: str, text: str, prefix: str, width: int = WIDTH) -> list[str]:
    """Format ``keyword "text"`` the way GNU gettext does: break after \\n and at spaces."""
    escaped = escape(text)
    pieces = [piece for piece in re.split(r"(?<=\\n)", escaped) if piece]
    first = f'{prefix}{keyword} "{escaped}"'
    if len(pieces) <= 1 and len(first) <= width:
        return [first]
    lines = [f'{prefix}{keyword} ""']
    room = width - len(prefix) - 2
    for piece in pieces:
        chunk = ""
        for word in _BREAKS.split(piece):
            if chunk and len(chunk) + len(word) > room:
                lines.append(f'{prefix}"{chunk}"')
                chunk = ""
            chunk += word
        if chunk:
            lines.append(f'{prefix}"{chunk}"')
    return lines


def format_entry(entry: Entry) -> str:
    """The PO text of one entry (no trailing newline)."""
    if entry.raw is not None and entry.raw_state == entry.state():
        return entry.raw
    lines = [f"# {text}".rstrip() if text else "#" for text in entry.translator_comments]
    lines += [f"#. {text}" if text else "#." for text in entry.extracted_comments]
    lines += [f"#: {text}" for text in entry.reference_lines]
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    previous_prefix = "#~| " if entry.obsolete else "#| "
    for keyword, value in (("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                           ("msgid_plural", entry.previous_msgid_plural)):
        if value is not None:
            lines += _wrap_string(keyword, value, previous_prefix)
    prefix = "#~ " if entry.obsolete else ""
    if entry.msgctxt is not None:
        lines += _wrap_string("msgctxt", entry.msgctxt, prefix)
    lines += _wrap_string("msgid", entry.msgid, prefix)
    if entry.msgid_plural is not None:
        lines += _wrap_string("msgid_plural", entry.msgid_plural, prefix)
        for index in sorted(entry.msgstr_plural):
            lines += _wrap_string(f"msgstr[{index}]", entry.msgstr_plural[index], prefix)
    else:
        lines += _wrap_string("msgstr", entry.msgstr, prefix)
    return "\n".join(lines)


def dump_po(catalog: Catalog, path: Path | str | None = None) -> bytes:
    """The catalogue's bytes; ``path`` only names the file in an error."""
    entries = ([catalog.header] if catalog.header else []) + catalog.entries
    blocks = [format_entry(entry) for entry in entries]
    if catalog.trailer:
        blocks.append(catalog.trailer)
    text = ("\ufeff" if catalog.bom else "") + "\n\n".join(blocks) + catalog.ending
    if catalog.newline != "\n":
        text = text.replace("\n", catalog.newline)
    try:
        return text.encode(catalog.encoding)
    except UnicodeEncodeError as error:
        # The file is not written, so a line of it would mislead: name the message (Poedit shows its context).
        index = next(index for index, block in enumerate(blocks) if _cannot_hold(block, catalog.encoding))
        where = (f"message {entries[index].msgctxt or entries[index].msgid[:40]!r}" if index < len(entries)
                 else "the comments at the end")
        name = Path(path).name if path else "FILE"
        raise UaintlError(
            f"characters that {catalog.encoding} cannot hold: {error.object[error.start:error.end]!r} (in {where})",
            path=path, hint=f"convert the catalogue to UTF-8: msgconv -t UTF-8 -o {name} {name}",
        ) from None


def _cannot_hold(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return True
    return False


def check_can_hold(catalog: Catalog, letters: str, path: Path | str) -> None:
    """A catalogue whose charset cannot hold the target language's letters cannot take a single
    translation: refuse it before anything is written, rather than after other files changed."""
    for letter in letters + letters.upper():
        try:
            letter.encode(catalog.encoding)
        except UnicodeEncodeError:
            raise UaintlError(f"charset={catalog.encoding} cannot hold the language's letters "
                              f"(such as {letter!r})", path, 1,
                              f"convert the catalogue to UTF-8: msgconv -t UTF-8 -o {Path(path).name} "
                              f"{Path(path).name}") from None
