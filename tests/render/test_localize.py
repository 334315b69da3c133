"""How a unit's text is written in a plain-text letter: markup dropped, atoms as a reader sees them."""

from __future__ import annotations

import pytest

from uaintl.document.model import Placeholder
from uaintl.render.localize import as_plain


@pytest.mark.parametrize("opening, plain", [
    ('<span translate="no">vul. Kalektarnaia, 10<br>220004 Minsk<br>Belarus</span>',
     "vul. Kalektarnaia, 10\n220004 Minsk\nBelarus"),
    ('<span class="notranslate">pr. Niezalezhnasci, 17, 220030 Minsk</span>', "pr. Niezalezhnasci, 17, 220030 Minsk"),
    ('<bdi translate="no">Ul. Lenina &amp; Co, 5</bdi>', "Ul. Lenina & Co, 5"),
    ("<https://www.amnesty.org/en/>", "https://www.amnesty.org/en/"),
    ("<mailto:kanc@minjust.gov.by>", "kanc@minjust.gov.by"),
    ("<kgb@kgb.by>", "kgb@kgb.by"),
    ("`UA 85/21`", "UA 85/21"),
    ("info@prokuratura.gov.by", "info@prokuratura.gov.by"),
])
def test_atom_is_written_as_its_text(opening: str, plain: str) -> None:
    """An HTML element kept from translation (translate="no") is its text, with <br> as a new line —
    not a Markdown autolink with its first and last characters cut off (review #1)."""
    assert as_plain("Address: <1/>", (Placeholder(1, "atom", opening),)) == f"Address: {plain}"


def test_pairs_are_dropped_and_their_text_kept() -> None:
    assert as_plain("<1>Minister</1> of Justice", (Placeholder(1, "strong", "**", "**"),)) == "Minister of Justice"
