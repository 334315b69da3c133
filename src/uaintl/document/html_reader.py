"""HTML through lxml: the page's main content as headings, paragraphs, list items and lines.

A saved web page carries chrome around the appeal (cookie banners, navigation, search, breadcrumbs,
share buttons, related links, footers). trafilatura decides what the main content is (measured
against readability-lxml and jusText, see the README), aligned line by line with the page's elements;
what it keeps that is still chrome (a share bar, download links, a cookie notice inside the article)
is recognised by its markup or its words. The blocks themselves still come from the page's own
elements, so ``write`` puts translations back into the page and keeps everything it did
not extract (the chrome, ``<time>`` elements, attributes). ``<br>`` separates lines: each line of an
address block is a block of its own. ``translate="no"`` and ``class="notranslate"`` are honoured.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from uaintl.document.blocks import BULLETS, Block, Extracted, WriteContext, official_line_blocks, read_source_text
from uaintl.document.inline import HTML, restore
from uaintl.document.model import Unit
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


# A bullet typed at the start of a paragraph, as pages converted from old UA PDFs have them.
_BULLET = re.compile(rf"^[{re.escape(BULLETS)}](?:\s|&nbsp;|\xa0)+(?=\S)")
# libxml2 silently drops everything below 256 levels of elements (html and body included).
MAX_DEPTH = 250
_BANNER_STYLE = "background:#c00;color:#fff;padding:.5em;font-weight:bold"
_HEADINGS = frozenset({"title", "h1", "h2", "h3", "h4", "h5", "h6"})
Candidate = tuple[etree._Element, list[tuple[str, int, bool]]]  # a block element and its pieces (see _pieces)


def read(path: Path) -> Extracted:
    text = read_source_text(path)
    root = parse_html(text, path)
    return Extracted([block for _, blocks in element_blocks(root, main_lines(text)) for block in blocks], text)


def parse_html(text: str, path: Path) -> etree._Element:
    check_html(text, path)
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise UaintlError(f"cannot parse HTML: {error}", path, 1) from None


def _normal(text: str) -> str:
    return " ".join(text.split())


def main_lines(text: str) -> list[str] | None:
    """The lines of the page's main content according to trafilatura, in reading order; None when it
    finds none.

    ``<time>`` elements are unwrapped first: trafilatura takes them for metadata and would drop the
    paragraph holding the deadline.
    """
    import trafilatura

    unwrapped = re.sub(r"</?time\b[^>]*>", "", text, flags=re.I)
    found = trafilatura.extract(unwrapped, output_format="xml", favor_recall=True, include_tables=True,
                                include_comments=False, deduplicate=False)
    if not found:
        return None
    lines: list[str] = []
    for element in etree.fromstring(found.encode("utf-8")).iter("head", "p", "item", "cell", "quote"):
        text_parts = [element.text or ""]
        for child in element:
            text_parts.append("\n" if child.tag in ("lb", "list", "item", "p") else "".join(child.itertext()))
            text_parts.append(child.tail or "")
        lines += [_normal(line) for line in "".join(text_parts).split("\n") if line.strip()]
    return lines or None


def element_blocks(root: etree._Element, main: list[str] | None) -> Iterator[tuple[etree._Element, list[Block]]]:
    """Each leaf block element of the appeal with its blocks (one per ``<br>``-separated line), in
    document order.

    With ``main``, only elements whose lines are lines of the main content at their place in it (a
    category link "Russian Federation" in a sidebar is not the address line of the same text further
    down). Navigation is never content, even when a link's text is also a line of the appeal ("Take
    action", "Russian Federation"): see :func:`_site_chrome`; nor are cookie notices, share bars,
    download and related links (:func:`_page_chrome`). The ``<title>`` is kept only when the page has
    no headline of its own (see :func:`_keeps_title`).
    """
    candidates = [(element, pieces) for element in root.iter()
                  if isinstance(element.tag, str) and element.tag in BLOCK_TAGS and element.tag != "title"
                  and not _skipped(element) and not any(_is_block(child) for child in element.iterchildren())
                  and not _site_chrome(element) and (pieces := _pieces(element))]
    candidates = [candidate for candidate, chrome in zip(candidates, _page_chrome(candidates), strict=True)
                  if not chrome]
    title = root.find(".//title")
    title_text = _normal(title.text_content()) if title is not None else ""
    if main is not None:
        candidates = _in_main(candidates, main, title_text)
    if title is not None and (pieces := _pieces(title)) and _keeps_title(title_text, candidates):
        candidates.insert(0, (title, pieces))
    for element, pieces in candidates:
        yield element, _element_blocks(element, pieces)


def _element_blocks(element: etree._Element, pieces: list[tuple[str, int, bool]]) -> list[Block]:
    parent = element.getparent()
    layout = {"element": element.tag}
    if element.tag == "li" and parent is not None and parent.tag in ("ol", "ul"):
        layout["list"] = parent.tag
    kind = "heading" if element.tag in _HEADINGS else ("item" if element.tag == "li" else "paragraph")
    closed = _marked_no_translate(element)
    blocks = []
    for index, (raw, line, piece_closed) in enumerate(pieces):
        bullet = _BULLET.match(raw) if kind == "paragraph" else None  # "<p>■ Calling on …</p>"
        blocks.append(Block(raw=raw[bullet.end():] if bullet else raw, line=line,
                            kind="item" if bullet else kind, prefix=bullet.group(0) if bullet else "",
                            translatable=not (closed or piece_closed),
                            layout=dict(layout) if index == 0 else {"element": element.tag, "joined": "br"}))
    return [part for block in blocks  # "Prosecutor General …, ul. …, Minsk, Belarus": the lines of a block
            for part in official_line_blocks(block, HTML, {"element": element.tag, "joined": "br"})]


def _lines_of(pieces: list[tuple[str, int, bool]]) -> list[str]:
    return [_normal(line) for raw, _, _ in pieces for line in _piece_lines(raw) if line.strip()]


def _in_main(candidates: list[Candidate], main: list[str], title: str) -> list[Candidate]:
    """The candidates whose every line lines up with a line of the main content, in order.

    The page's lines and trafilatura's are aligned as sequences (difflib), so a line of chrome that
    repeats a line of the appeal elsewhere on the page is not taken for it. The page's headline
    (an ``<h1>`` the ``<title>`` repeats) stays even when trafilatura took it for the title and
    left it out.
    """
    own_lines = [_lines_of(pieces) for _, pieces in candidates]
    owners = [index for index, lines in enumerate(own_lines) for _ in lines]
    matched = [0] * len(candidates)
    page = [line for lines in own_lines for line in lines]
    for block in SequenceMatcher(None, page, main, autojunk=False).get_matching_blocks():
        for position in range(block.a, block.a + block.size):
            matched[owners[position]] += 1
    return [(element, pieces) for index, (element, pieces) in enumerate(candidates)
            if matched[index] == len(own_lines[index]) or _is_headline(element, pieces, title)]


def _headline_part(title: str) -> str:
    """The page title without the site's name after its last " | ", " - " or " – "."""
    parts = re.split(r"\s+[|\-–—]\s+", title)
    return " - ".join(parts[:-1]) if len(parts) > 1 else title


def _repeats_title(text: str, title: str) -> bool:
    """Whether a heading says what the page title's headline says: the words of one are all words of
    the other ("Belarus: Journalist jailed" and "Urgent Action: Belarus - Journalist jailed"), the shorter
    having at least three; a label ("URGENT ACTION") is too short to tell."""
    words, headline = (set(re.findall(r"\w+", value.casefold())) for value in (text, _headline_part(title)))
    return len(min(words, headline, key=len)) >= 3 and (words <= headline or headline <= words)


def _is_headline(element: etree._Element, pieces: list[tuple[str, int, bool]], title: str) -> bool:
    """An ``<h1>`` whose text the page title repeats (without the site's name)."""
    return element.tag == "h1" and _repeats_title(" ".join(_lines_of(pieces)), title)


def _keeps_title(title: str, kept: list[Candidate]) -> bool:
    """Whether the ``<title>`` is a unit: not when a heading shows its headline (the title is that
    headline a second time, with the site's name)."""
    return not any(element.tag in _HEADINGS and _repeats_title(" ".join(_lines_of(pieces)), title)
                   for element, pieces in kept)


def _piece_lines(raw: str) -> list[str]:
    """The text lines of a piece (a ``<br>`` nested in it, as in an address span, ends a line)."""
    if "<" not in raw:
        return [html.unescape(raw)]
    raw = re.sub(r"<br\s*/?>", "\n", raw, flags=re.I)
    return lxml_html.fragment_fromstring(raw, create_parent="div").text_content().split("\n")


def _is_block(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and (element.tag in BLOCK_TAGS or element.tag in (
        "ul", "ol", "dl", "table", "tr", "tbody", "thead", "form", "nav"))


def _skipped(element: etree._Element) -> bool:
    return any(isinstance(node.tag, str) and node.tag in SKIPPED_TAGS
               for node in element.iterancestors()) or element.tag in SKIPPED_TAGS


# Words in a class, id or aria-label that name a site's chrome rather than the appeal: menus,
# breadcrumbs, category and tag lists, share buttons, pagination, cookie notices, related and download
# links, newsletter sign-ups.
_CHROME_WORDS = frozenset({"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "tags", "topics",
                           "categories", "category", "taxonomy", "share", "sharing", "social", "pagination",
                           "cookie", "cookies", "consent", "gdpr", "related", "downloads", "attachments",
                           "newsletter", "addthis", "sharethis"})
# Consent managers' names run words together ("CybotCookiebotDialog", "onetrust-banner-sdk", "cookieconsent").
_CHROME_PARTS = re.compile(r"cookie|consent|onetrust|gdpr")
_CHROME_ROLES = frozenset({"navigation", "menu", "menubar"})
_CHROME_ELEMENTS = frozenset({"nav", "form", "button", "select"})
# Containers too wide to judge by their class: a site may write "nav-open" or "has-cookie-banner" on them.
_PAGE_CONTAINERS = frozenset({"html", "body", "main", "article"})


def _site_chrome(element: etree._Element) -> bool:
    """Whether an element sits in a site's navigation or furniture: a ``<nav>``, a form or button, a
    navigation role, or a container whose class, id or label says menu, breadcrumb, tags, share,
    cookie, related…"""
    for node in [element, *element.iterancestors()]:
        if node.tag in _CHROME_ELEMENTS or (node.get("role") or "").lower() in _CHROME_ROLES:
            return True
        if node.tag in _PAGE_CONTAINERS:
            continue
        names = " ".join(node.get(attribute) or "" for attribute in ("class", "id", "aria-label")).lower()
        if _CHROME_WORDS.intersection(re.split(r"[^a-z]+", names)) or _CHROME_PARTS.search(names):
            return True
    return False


# A cookie notice: no appeal speaks of cookies.
_COOKIES = re.compile(r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|agree|settings|preferences|policy)\b"
                      r"|\b(?:use|uses|accept|consent to|agree to)\b.*\bcookies?\b", re.I | re.S)
# Words of a share bar: "Share on Facebook", "Share this page: Facebook | Twitter | Email", "Tweet".
_SHARE_WORDS = frozenset({"share", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "vk",
                          "vkontakte", "reddit", "pinterest", "bluesky", "threads", "messenger", "mastodon"})
_SHARE_FILLER = frozenset({"this", "on", "via", "by", "page", "article", "action", "story", "post", "with", "your",
                           "friends", "email", "e", "mail", "print", "copy", "link", "it"})
# Headings of a site's link lists, not of the appeal (chrome when links follow them).
_LINKS_HEADING = re.compile(r"^(?:downloads?|documents?|attachments?|related(?:\s+\w+){0,2}|see also|read more|"
                            r"more (?:on|about)\b.*|more (?:\w+ )?actions?|other (?:urgent )?actions|latest news|"
                            r"you (?:may|might) also (?:like|be interested in)|further reading|"
                            r"share(?: this)?(?:\s+\w+)?|follow us)\W*$", re.I)
_DOCUMENT_LINK = re.compile(r"\.(?:pdf|docx?|odt|rtf|zip|pptx?)(?:[?#].*)?$", re.I)


def _page_chrome(candidates: list[Candidate]) -> list[bool]:
    """For each candidate block element, whether it is page furniture by what it says: a cookie
    notice, a share bar, a link to download a file, or a heading like "Downloads" or "Related links"
    with the links listed under it (a heading over prose stays)."""
    chrome: list[bool] = []
    links_heading: int | None = None  # the "Downloads"/"Related" heading whose links are being read
    for index, (element, pieces) in enumerate(candidates):
        text = " ".join(_lines_of(pieces))
        if element.tag in _HEADINGS:
            links_heading = index if _LINKS_HEADING.match(text) else None
            chrome.append(False)
            continue
        links = _links_only(element)
        if links and links_heading is not None:
            chrome[links_heading] = True
        chrome.append(bool(_COOKIES.search(text) and len(text.split()) <= 80) or _is_share_bar(text)
                      or bool(links and (links_heading is not None or all(_is_download(link) for link in links))))
    return chrome


def _is_share_bar(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return (0 < len(words) <= 16 and bool(_SHARE_WORDS.intersection(words))
            and all(word in _SHARE_WORDS or word in _SHARE_FILLER for word in words))


def _links_only(element: etree._Element) -> list[etree._Element]:
    """The element's links when its text is nothing but links (and separators or a file's size in
    brackets), else none."""
    links = [link for link in element.iter("a") if link.text_content().strip()]
    if not links:
        return []
    rest = element.text_content()
    for link in links:
        rest = rest.replace(link.text_content(), " ", 1)
    rest = re.sub(r"\([^()]*\)", " ", rest)
    return links if not re.search(r"[^\W\d_]{2,}", rest) else []


def _is_download(link: etree._Element) -> bool:
    return bool(_DOCUMENT_LINK.search(link.get("href") or "")) or link.text_content().strip().lower().startswith(
        "download")


def _marked_no_translate(element: etree._Element) -> bool:
    for node in [element, *element.iterancestors()]:
        if (node.get("translate") or "").lower() == "no":
            return True
        if "notranslate" in (node.get("class") or "").split():
            return True
    return False



def _pieces(element: etree._Element) -> list[tuple[str, int, bool]]:
    """The element's inner HTML cut at its own ``<br>`` children: (raw, line, marked no-translate)."""
    pieces: list[tuple[str, int, bool]] = []
    parts = [html.escape(element.text or "", quote=False)]
    nodes: list[etree._Element] = []
    line = element.sourceline or 1

    def close() -> None:
        raw = re.sub(r"\s+", " ", "".join(parts)).strip()
        if raw:
            own = len(nodes) == 1 and _own_no_translate(nodes[0]) and not _loose_text(raw, nodes[0])
            pieces.append((raw, line, own))

    for child in element.iterchildren():
        if isinstance(child.tag, str) and child.tag == "br":
            close()
            parts, nodes = [html.escape(child.tail or "", quote=False)], []
            line = (child.sourceline or line) + (1 if (child.tail or "").startswith("\n") else 0)
            continue
        if isinstance(child.tag, str) and child.tag in ("script", "style"):
            parts.append(html.escape(child.tail or "", quote=False))
            continue
        if isinstance(child.tag, str):
            nodes.append(child)
        parts.append(etree.tostring(child, encoding="unicode", method="html", with_tail=True))
    close()
    return pieces


def _loose_text(raw: str, node: etree._Element) -> bool:
    """Whether a piece has text outside its one element."""
    own = re.sub(r"\s+", " ", etree.tostring(node, encoding="unicode", method="html", with_tail=False)).strip()
    return bool(raw.replace(own, "", 1).strip())


def _own_no_translate(node: etree._Element) -> bool:
    return (node.get("translate") or "").lower() == "no" or "notranslate" in (node.get("class") or "").split()


# ---------------------------------------------------------------- writing

def _unit_blocks(units: list[Unit]) -> list[list[Unit]]:
    """Units grouped back into their blocks: a block's sentences after the first end in .2, .3, …"""
    groups: list[list[Unit]] = []
    for unit in units:
        match = re.search(r"\.(\d+)$", unit.id)
        if groups and match and match.group(1) != "1":
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def _lines_html(groups: list[list[Unit]]) -> str:
    """An element's blocks: lines after ``<br>``, or the parts of one line after the separator the
    source has between them ("Prosecutor General Andrei Shved, ul. …")."""
    out = ""
    for index, group in enumerate(groups):
        if index:
            out += groups[index - 1][-1].layout.get("after", "<br>\n")
        out += _block_html(group)
    return out


def _block_html(units: list[Unit]) -> str:
    out = ""
    for index, unit in enumerate(units):
        if index:
            out += units[index - 1].layout.get("after", " ")
        out += (unit.layout.get("prefix", "") + restore(unit.text, unit.placeholders, HTML)
                + unit.layout.get("suffix", ""))
    return out


def write(units: list[Unit], context: WriteContext) -> str:
    """The page with each block's text replaced: into the source page when it is at hand, so that
    everything not extracted stays; otherwise a plain page of the blocks."""
    if context.source is not None and context.source.is_file():
        return _write_into_page(units, context.source, context.banner)
    return _write_bare(units, context.banner)


def _write_into_page(units: list[Unit], source: Path, banner: str | None) -> str:
    text = read_source_text(source)
    root = parse_html(text, source)
    pairs = list(element_blocks(root, main_lines(text)))
    groups = _unit_blocks(units)
    found = [block for _, blocks in pairs for block in blocks]
    if len(found) != len(groups) or any(block.line != group[0].line for block, group in zip(found, groups)):
        raise UaintlError("the source page changed since its template was extracted", source,
                          hint="run `uaintl extract` (and `uaintl update`) again")
    title = root.find(".//title")
    title_text = _normal(title.text_content()) if title is not None else ""
    headline = None if any(element is title for element, _ in pairs) else next(
        (element for element, _ in pairs if element.tag in _HEADINGS
         and _repeats_title(_normal(element.text_content()), title_text)), None)
    source_headline = _normal(headline.text_content()) if headline is not None else ""
    position = 0
    for element, blocks in pairs:
        inner = _lines_html(groups[position:position + len(blocks)])
        position += len(blocks)
        _replace_content(element, inner)
    if headline is not None and _normal(headline.text_content()) != source_headline:
        # the <title> follows the headline it repeats: translated, with the site's name kept
        title.text = _normal(headline.text_content()) + title_text[len(_headline_part(title_text)):]
        for child in list(title):
            title.remove(child)
    if banner:
        body = root.find("body")
        if body is not None:
            alert = etree.Element("p", {"class": "uaintl-draft", "role": "alert", "style": _BANNER_STYLE})
            alert.text, alert.tail = banner, "\n"
            body.insert(0, alert)
    tree = root.getroottree()
    doctype = tree.docinfo.doctype or "<!DOCTYPE html>"
    return etree.tostring(tree, encoding="unicode", method="html", doctype=doctype) + "\n"


def _replace_content(element: etree._Element, inner: str) -> None:
    for child in list(element):
        element.remove(child)
    fragment = lxml_html.fragment_fromstring(inner or "", create_parent="div")
    element.text = fragment.text
    for child in list(fragment):
        element.append(child)


def _write_bare(units: list[Unit], banner: str | None) -> str:
    body: list[str] = [f'<p class="uaintl-draft" role="alert" style="{_BANNER_STYLE}">{html.escape(banner)}</p>'
                       ] if banner else []
    open_list: str | None = None
    title = ""
    joint = "<br>\n"  # what goes before a block that goes on its element: a line break, or a line's separator
    for group in _unit_blocks(units):
        first = group[0]
        inner = _block_html(group)
        element = first.layout.get("element", "p")
        before, joint = joint, group[-1].layout.get("after", "<br>\n")
        if element == "title":
            title = inner
            continue
        if first.layout.get("joined") == "br" and body:
            closing = body[-1].rindex("</")
            body[-1] = body[-1][:closing] + before + inner + body[-1][closing:]
            continue
        wanted_list = first.layout.get("list") if element == "li" else None
        if open_list and wanted_list != open_list:
            body.append(f"</{open_list}>")
            open_list = None
        if wanted_list and not open_list:
            body.append(f"<{wanted_list}>")
            open_list = wanted_list
        attributes = "" if first.translatable else ' translate="no"'
        body.append(f"<{element}{attributes}>{inner}</{element}>")
    if open_list:
        body.append(f"</{open_list}>")
    head = f'<head><meta charset="utf-8"><title>{title}</title></head>' if title else '<head><meta charset="utf-8"></head>'
    return "<!DOCTYPE html>\n<html>" + head + "<body>\n" + "\n".join(body) + "\n</body></html>\n"


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
        if len(self.stack) >= MAX_DEPTH:
            raise UaintlError(f"elements nested more than {MAX_DEPTH} deep; the HTML parser would drop "
                              "the text inside", self.path, self.getpos()[0],
                              "save only the appeal's part of the page, or flatten the nesting")
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
