"""XML files: read safely (no entity expansion, no network, errors naming the file and line) and written tidily."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from uaintl.errors import UaintlError


def parse_xml(path: Path, kind: str = "XML") -> etree._Element:
    """The root element of ``path``; a missing file or bad XML is one UaintlError (``kind``: "TMX", …)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        raise UaintlError(f"not well-formed {kind}: {error.msg}", path, error.lineno) from None
    except OSError as error:
        raise UaintlError(f"cannot read {kind}: {error.strerror or error}", path) from None


def indent(element: etree._Element, text_elements: frozenset[str], level: int = 0) -> None:
    """Indent an element tree for people to read, leaving alone the content of ``text_elements``
    (local names such as "source", "seg"): their whitespace and inline markup are data.

    lxml's own ``etree.indent`` would also indent inside mixed content.
    """
    children = list(element)
    if etree.QName(element).localname in text_elements or not children:
        return
    element.text = "\n" + "  " * (level + 1)
    for child in children:
        indent(child, text_elements, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    children[-1].tail = "\n" + "  " * level


def append_text(node: etree._Element, value: str) -> None:
    """Add text after whatever ``node`` holds so far (its text, or its last child's tail)."""
    if len(node):
        node[-1].tail = (node[-1].tail or "") + value
    else:
        node.text = (node.text or "") + value
