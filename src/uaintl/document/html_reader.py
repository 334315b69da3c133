"""HTML through lxml: headings, paragraphs, list items and other leaf blocks, inline markup kept."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from uaintl.document.blocks import Block
from uaintl.errors import UaintlError

BLOCK_TAGS = frozenset({
    "title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "td", "th", "caption",
    "figcaption", "blockquote", "div", "section", "article", "header", "footer", "main", "aside",
    "address", "summary", "legend", "label", "button", "option",
})
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "pre", "svg", "math"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "!doctype"})
# Elements whose end tag HTML lets authors leave out.
_OPTIONAL_END = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
                           "option", "optgroup", "colgroup", "caption", "rt", "rp", "html", "head",
                           "body"})


def read_html_blocks(text: str, path: Path) -> list[Block]:
    check_html(text, path)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise UaintlError(f"cannot parse HTML: {error}", path, 1) from None
    blocks: list[Block] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in BLOCK_TAGS:
            continue
        if _skipped(element) or any(_is_block(child) for child in element.iterchildren()):
            continue
        raw = _inner_html(element)
        if not raw:
            continue
        parent = element.getparent()
        layout = {"element": element.tag}
        if element.tag == "li" and parent is not None and parent.tag in ("ol", "ul"):
            layout["list"] = parent.tag
        kind = "heading" if element.tag in ("title", "h1", "h2", "h3", "h4", "h5", "h6") else (
            "item" if element.tag == "li" else "paragraph")
        blocks.append(Block(raw=raw, line=element.sourceline or 1, kind=kind,
                            translatable=not _marked_no_translate(element), layout=layout))
    return blocks


def _is_block(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and (element.tag in BLOCK_TAGS or element.tag in (
        "ul", "ol", "dl", "table", "tr", "tbody", "thead", "form", "nav"))


def _skipped(element: etree._Element) -> bool:
    return any(isinstance(node.tag, str) and node.tag in SKIPPED_TAGS
               for node in element.iterancestors()) or element.tag in SKIPPED_TAGS


def _marked_no_translate(element: etree._Element) -> bool:
    for node in [element, *element.iterancestors()]:
        if (node.get("translate") or "").lower() == "no":
            return True
        if "notranslate" in (node.get("class") or "").split():
            return True
    return False


def _inner_html(element: etree._Element) -> str:
    parts = [html.escape(element.text or "", quote=False)]
    for child in element.iterchildren():
        if isinstance(child.tag, str) and child.tag in ("script", "style"):
            parts.append(html.escape(child.tail or "", quote=False))
            continue
        parts.append(etree.tostring(child, encoding="unicode", method="html", with_tail=True))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


class _TagBalance(HTMLParser):
    """Finds end tags that close nothing or the wrong element: lxml would silently guess."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.stack: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _VOID:
            return
        if tag in ("li", "dt", "dd", "p", "tr", "td", "th", "option") and self.stack:
            # An implied end: a new <li> closes the previous one, and so on.
            if self.stack[-1][0] == tag or (tag in ("dt", "dd") and self.stack[-1][0] in ("dt", "dd")):
                self.stack.pop()
        self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        line = self.getpos()[0]
        open_tags = [name for name, _ in self.stack]
        if tag not in open_tags:
            if tag in _OPTIONAL_END:
                return
            raise UaintlError(f"end tag </{tag}> closes no open element", self.path, line,
                              "remove it or add the matching start tag")
        while self.stack and self.stack[-1][0] != tag:
            name, opened = self.stack.pop()
            if name not in _OPTIONAL_END:
                raise UaintlError(f"</{tag}> closes <{name}> opened at line {opened}", self.path,
                                  line, f"close <{name}> first")
        self.stack.pop()

    def finish(self) -> None:
        self.close()
        for name, opened in reversed(self.stack):
            if name not in _OPTIONAL_END:
                raise UaintlError(f"<{name}> is never closed", self.path, opened,
                                  f"add </{name}>")


def check_html(text: str, path: Path) -> None:
    """Refuse broken HTML with the line of the first mismatched tag."""
    if not re.search(r"<\s*[A-Za-z!]", text):
        raise UaintlError("no HTML markup found", path, 1, "is this a .md or .txt file?")
    checker = _TagBalance(path)
    checker.feed(text)
    checker.finish()
