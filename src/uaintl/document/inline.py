"""Inline markup and protected tokens ⇄ numbered placeholders.

Convention (documented in the README): paired markup becomes ``<1>…</1>`` and a protected atom
(e-mail, URL, phone number, @handle, code, a literal ``<1>``) becomes ``<2/>``. Numbers count from
1 in each unit, in reading order. These XML-like tags are what MT engines with tag handling keep,
and they read easily in Poedit and Weblate. ``restore`` puts the exact source text back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from uaintl.document.model import Placeholder

MARKDOWN = "markdown"
HTML = "html"

# A URL a PDF broke at a line end goes on on the next line: after a "-", "_", "=", "&", "?" or "#" (a URL
# does not end so), or after a "/" when the next line's first word is a path ("eur46/1544/2015/en/"), not
# a word of the sentence ("…amnesty.org/⏎country.").
_URL_BREAK = (r"(?:(?<=[-_=&?\#])\n[ \t]*(?=[^\s<>\"'\]\[()])"
              r"|(?<=/)\n[ \t]*(?=[^\s<>\"'\]\[()]*(?:[/_\-=&?\#%\d.][^\s<>\"'\]\[().,;:!?]|/(?:\s|$))))")
_ATOMS = r"""
  (?P<url>(?:https?://|ftp://|www\.)(?:[^\s<>"'\]\[()]|%(break)s)*(?:\([^\s<>"'()]*\)[^\s<>"'\]\[()]*)*[^\s<>"'\]\[().,;:!?*_])
| (?P<email>(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)
| (?P<handle>(?<![\w@/.])@[A-Za-z0-9_]{2,30}(?![\w@]))
| (?P<phone>(?<![\w+])(?:\+\d{1,3}[ -]?)?(?:\(\d{1,5}\)[ -]?)?\d{2,4}(?:[ -]\d{2,4}){2,5}(?![\w-]))
| (?P<footnote>\[\^?\d{1,3}\](?![(\[])|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)
| (?P<lookalike></?\d+/?>)
""" % {"break": _URL_BREAK}
# Bold or italic text ends at the next mark of its kind and is at most this long, so an unclosed **
# costs a short look ahead instead of a scan to the end of the paragraph (a 1 MB line took hours).
_EMPHASIS_SPAN = 1000
_MARKDOWN_TOKEN = re.compile(
    r"""
  (?P<escape>\\[\\`*_{}\[\]()#+\-.!<>|])
| (?P<code>(?P<ticks>`+)[^`].*?(?P=ticks))
| (?P<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>)
| (?P<link>\[(?P<link_text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\](?P<link_close>\([^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:\s+"[^"\n]*")?\)))
| (?P<strong>(?P<strong_mark>\*\*|(?<!\w)__)(?=\S)(?P<strong_text>(?:(?!(?P=strong_mark)).){1,%(span)d}?)(?<=\S)(?P=strong_mark))
| (?P<em>(?P<em_mark>\*|(?<!\w)_)(?=[^\s*_])(?P<em_text>(?:(?!(?P=em_mark)).){1,%(span)d}?)(?<=[^\s*])(?P=em_mark)(?![\w*]))
| """ % {"span": _EMPHASIS_SPAN} + _ATOMS,
    re.X | re.S,
)
# URLs, e-mails and phone numbers as they appear in plain text (QA compares them).
PROTECTED_TEXT = re.compile(_ATOMS.replace("| (?P<lookalike></?\\d+/?>)", ""), re.X)
# In HTML the text is escaped: a literal "<1/>" arrives as "&lt;1/&gt;".
_HTML_ATOM_TOKEN = re.compile(_ATOMS + r"| (?P<escaped_lookalike>&lt;/?\d+/?&gt;)", re.X)
_HTML_TOKEN = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][\w:.-]*)((?:\s[^>]*?)?)(/?)>", re.S)
_HTML_VOID = frozenset({"br", "img", "wbr", "input", "hr", "area", "col", "embed", "source"})
_HTML_ATOM_ELEMENTS = frozenset({"code", "kbd", "samp", "var", "script", "style", "math", "svg",
                                 "sup"})  # <sup>: footnote markers
# A placeholder tag in unit text: groups (atom, opening, closing) number <n/>, <n>, </n>.
TAG = re.compile(r"<(\d+)/>|<(\d+)>|</(\d+)>")
_MIN_PHONE_DIGITS = 7
_ATOM_KINDS = ("url", "email", "handle", "phone", "footnote", "lookalike")


@dataclass(frozen=True)
class Token:
    """A piece of a block's raw text: plain text, an atom, or one side of a pair."""

    kind: str  # "text" | "atom" | "open" | "close"
    raw: str
    start: int
    label: str = ""


def tokenize(raw: str, dialect: str) -> list[Token]:
    """Split raw block text into text, atom, open and close tokens that cover it exactly."""
    tokens = _markdown_tokens(raw, 0, len(raw)) if dialect == MARKDOWN else _html_tokens(raw)
    return _merge_text(tokens)


def _merge_text(tokens: list[Token]) -> list[Token]:
    """Join neighbouring text; a tag-like run formed across pieces (``\\<1>``) becomes an atom."""
    merged: list[Token] = []
    for token in tokens:
        if token.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1] = Token("text", merged[-1].raw + token.raw, merged[-1].start)
        elif token.raw or token.kind != "text":
            merged.append(token)
    result: list[Token] = []
    for token in merged:
        if token.kind != "text" or not TAG.search(token.raw):
            result.append(token)
            continue
        position = 0
        for match in TAG.finditer(token.raw):
            result.append(Token("text", token.raw[position:match.start()], token.start + position))
            result.append(Token("atom", match.group(0), token.start + match.start(), "lookalike"))
            position = match.end()
        result.append(Token("text", token.raw[position:], token.start + position))
    return [token for token in result if token.raw]


_MARKDOWN_KINDS = ("escape", "code", "autolink", "link", "strong", "em") + _ATOM_KINDS


def _kind(match: re.Match[str], kinds: tuple[str, ...]) -> str | None:
    """Which alternative matched; None for a digit run too short to be a phone number."""
    kind = next(name for name in kinds if match.group(name) is not None)
    if kind == "phone" and sum(ch.isdigit() for ch in match.group(0)) < _MIN_PHONE_DIGITS:
        return None
    return kind


def _markdown_tokens(raw: str, start: int, end: int) -> list[Token]:
    tokens: list[Token] = []
    position = start
    for match in _MARKDOWN_TOKEN.finditer(raw, start, end):
        kind = _kind(match, _MARKDOWN_KINDS)
        if kind is None:
            continue
        tokens.append(Token("text", raw[position:match.start()], position))
        position = match.end()
        text = match.group(0)
        if kind == "escape":
            tokens.append(Token("text", text, match.start()))
        elif kind == "code":
            tokens.append(Token("atom", text, match.start(), "code"))
        elif kind == "autolink":
            tokens.append(Token("atom", text, match.start(), "email" if "@" in text and ":" not in text else "url"))
        elif kind == "link":
            inner_start, inner_end = match.span("link_text")
            tokens.append(Token("open", "[", match.start(), "link"))
            tokens += _markdown_tokens(raw, inner_start, inner_end)
            tokens.append(Token("close", raw[inner_end:match.end()], inner_end, "link"))
        elif kind in ("strong", "em"):
            mark = match.group(f"{kind}_mark")
            inner_start, inner_end = match.span(f"{kind}_text")
            label = "bold" if kind == "strong" else "italic"
            tokens.append(Token("open", mark, match.start(), label))
            tokens += _markdown_tokens(raw, inner_start, inner_end)
            tokens.append(Token("close", mark, inner_end, label))
        else:
            tokens.append(Token("atom", text, match.start(), kind))
    tokens.append(Token("text", raw[position:end], position))
    return tokens


def _html_text_tokens(raw: str, start: int, end: int) -> list[Token]:
    tokens: list[Token] = []
    position = start
    for match in _HTML_ATOM_TOKEN.finditer(raw, start, end):
        label = _kind(match, _ATOM_KINDS + ("escaped_lookalike",))
        if label is None:
            continue
        tokens.append(Token("text", raw[position:match.start()], position))
        tokens.append(Token("atom", match.group(0), match.start(), label))
        position = match.end()
    tokens.append(Token("text", raw[position:end], position))
    return tokens


def _is_protected_html(tag: str, attributes: str) -> bool:
    return tag.lower() in _HTML_ATOM_ELEMENTS or bool(
        re.search(r"""\btranslate\s*=\s*["']?no\b""", attributes, re.I)
        or re.search(r"""\bclass\s*=\s*["'][^"']*\bnotranslate\b""", attributes, re.I)
    )


def _html_tokens(raw: str) -> list[Token]:
    """Tokens of lxml-serialised inner HTML (so tags are balanced)."""
    tokens: list[Token] = []
    position = 0
    matches = list(_HTML_TOKEN.finditer(raw))
    index = 0
    while index < len(matches):
        match = matches[index]
        tokens += _html_text_tokens(raw, position, match.start())
        closing, tag, attributes, self_closing = match.groups()
        if tag is None or tag.lower() in _HTML_VOID or self_closing:
            tokens.append(Token("atom", match.group(0), match.start(), "markup" if tag is None else tag.lower()))
            position = match.end()
        elif not closing and _is_protected_html(tag, attributes):
            depth, last = 0, index
            for last in range(index, len(matches)):
                other = matches[last]
                if other.group(2) and other.group(2).lower() == tag.lower() and not other.group(4):
                    depth += -1 if other.group(1) else 1
                    if depth == 0:
                        break
            end = matches[last].end()
            tokens.append(Token("atom", raw[match.start():end], match.start(), tag.lower()))
            position, index = end, last
        else:
            tokens.append(Token("close" if closing else "open", match.group(0), match.start(), tag.lower()))
            position = match.end()
        index += 1
    tokens += _html_text_tokens(raw, position, len(raw))
    return tokens


def protected_ranges(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character ranges where a sentence must not be split: inside pairs and atoms."""
    ranges: list[tuple[int, int]] = []
    stack: list[int] = []
    for token in tokens:
        if token.kind == "open":
            stack.append(token.start)
        elif token.kind == "close" and stack:
            opened = stack.pop()
            if not stack:
                ranges.append((opened, token.start + len(token.raw)))
        elif token.kind == "atom":
            ranges.append((token.start, token.start + len(token.raw)))
    return ranges


def to_placeholders(raw: str, dialect: str) -> tuple[str, tuple[Placeholder, ...]]:
    """Translatable text with numbered tags, and what each tag stands for."""
    text: list[str] = []
    placeholders: list[Placeholder] = []
    tokens = tokenize(raw, dialect)
    open_stack: list[tuple[int, Token, int]] = []  # (number, open token, index in placeholders)
    for token in tokens:
        if token.kind == "text":
            text.append(html.unescape(token.raw) if dialect == HTML else token.raw)
        elif token.kind == "atom":
            number = len(placeholders) + 1
            placeholders.append(Placeholder(number, token.label, token.raw))
            text.append(f"<{number}/>")
        elif token.kind == "open":
            number = len(placeholders) + 1
            placeholders.append(Placeholder(number, token.label, token.raw, ""))
            open_stack.append((number, token, number - 1))
            text.append(f"<{number}>")
        else:
            number, opened, slot = open_stack.pop()
            placeholders[slot] = Placeholder(number, opened.label, opened.raw, token.raw)
            text.append(f"</{number}>")
    return "".join(text), tuple(placeholders)


def restore(text: str, placeholders: tuple[Placeholder, ...], dialect: str) -> str:
    """Put the source markup back in place of the numbered tags (of a source or a translation)."""
    by_number = {placeholder.number: placeholder for placeholder in placeholders}
    escape = _escape_html if dialect == HTML else (lambda plain: plain)
    out: list[str] = []
    position = 0
    for match in TAG.finditer(text):
        atom, opening, closing = match.groups()
        number = int(atom or opening or closing)
        placeholder = by_number.get(number)
        if placeholder is None or (atom and placeholder.is_pair) or (not atom and not placeholder.is_pair):
            continue
        out.append(escape(text[position:match.start()]))
        out.append(placeholder.closing if closing else placeholder.opening)  # type: ignore[arg-type]
        position = match.end()
    out.append(escape(text[position:]))
    return "".join(out)


def _escape_html(plain: str) -> str:
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def readable(text: str, placeholders: tuple[Placeholder, ...]) -> str:
    """The text as a reader sees it: atoms (e-mails, phone numbers, protected spans) back as their
    text, markup gone, ``<br>`` as a new line. Recognition reads this; MT never sees it."""
    by_number = {placeholder.number: placeholder for placeholder in placeholders}

    def atom(match: re.Match[str]) -> str:
        placeholder = by_number.get(int(match.group(1)))
        return "" if placeholder is None or placeholder.is_pair else atom_text(placeholder)

    return re.sub(r"</?\d+>", "", re.sub(r"<(\d+)/>", atom, text))


_AUTOLINK = re.compile(r"<(?:mailto:)?([\w.+-]+@[^\s<>]+|[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")


def atom_text(placeholder: Placeholder) -> str:
    """What an atom reads as: a Markdown autolink's address, an HTML element's text (``<br>`` as a
    new line, entities decoded), anything else as written."""
    if placeholder.kind == "br":
        return "\n"
    if placeholder.kind == "url" and "\n" in placeholder.opening:
        return re.sub(r"\n[ \t]*", "", placeholder.opening)  # a URL broken at a line end is one address
    opening = placeholder.opening
    if autolink := _AUTOLINK.fullmatch(opening):
        return autolink.group(1)
    if re.search(r"<[A-Za-z/!]", opening):
        opening = re.sub(r"<br\s*/?>", "\n", opening, flags=re.I)
        return html.unescape(re.sub(r"<[^>]+>", "", opening))
    return opening


def plain_text(text: str) -> str:
    """Text without placeholder tags, for classification and word counts."""
    return TAG.sub("", text)


def placeholder_tags(text: str) -> list[str]:
    """The tags in a text, in order (used by QA to compare source and translation)."""
    return [match.group(0) for match in TAG.finditer(text)]
