"""Reading XML files safely (no entity expansion, no network) with errors that name the file and line."""

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
