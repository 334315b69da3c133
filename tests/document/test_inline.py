"""Placeholders: markup and protected tokens become numbered tags, and come back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uaintl.document.inline import HTML, MARKDOWN, placeholder_tags, plain_text, restore, to_placeholders


@pytest.mark.parametrize("raw, text", [
    ("**Urgent Action 85.21**", "<1>Urgent Action 85.21</1>"),
    ("[Click here](#) to report", "<1>Click here</1> to report"),
    ("Email: D.Basik@mfa.gov.by", "Email: <1/>"),
    ("Phone: 202 986 9420 | Fax: 202 986 1805", "Phone: <1/> | Fax: <2/>"),
    ("Tweet @prokuraturaby now", "Tweet <1/> now"),
    ("See <https://www.amnesty.org/en/documents/eur49/4494/2021/en/>.", "See <1/>."),
    ("Visit https://example.org/a_b_c. Then", "Visit <1/>. Then"),
    ("Use `code_here` and _italic_", "Use <1/> and <2>italic</2>"),
    ("snake_case_name stays text", "snake_case_name stays text"),
    ("A literal <2/> in the source", "A literal <1/> in the source"),
    ("On July 14, 2021 at least 12 people", "On July 14, 2021 at least 12 people"),
])
def test_markdown_placeholders(raw: str, text: str) -> None:
    converted, placeholders = to_placeholders(raw, MARKDOWN)
    assert converted == text
    assert restore(converted, placeholders, MARKDOWN) == raw


def test_html_placeholders_unescape_text_and_protect_notranslate() -> None:
    raw = 'Free <b>Ales &amp; <a href="x">Valyantsin</a></b> <span class="notranslate">Viasna <i>HRC</i></span><br>'
    text, placeholders = to_placeholders(raw, HTML)
    assert text == "Free <1>Ales & <2>Valyantsin</2></1> <3/><4/>"
    assert placeholders[2].opening == '<span class="notranslate">Viasna <i>HRC</i></span>'
    assert restore(text, placeholders, HTML) == raw


def test_translation_with_reordered_tags_restores_markup() -> None:
    text, placeholders = to_placeholders("Write to **Andrey Shved** at info@prokuratura.gov.by", MARKDOWN)
    assert text == "Write to <1>Andrey Shved</1> at <2/>"
    translated = "Напішыце на <2/> <1>Андрэю Шведу</1>"
    assert restore(translated, placeholders, MARKDOWN) == "Напішыце на info@prokuratura.gov.by **Андрэю Шведу**"
    assert placeholder_tags(translated) == ["<2/>", "<1>", "</1>"]
    assert plain_text(text) == "Write to Andrey Shved at "


MARKDOWN_PIECES = st.sampled_from([
    "**", "*", "_", "__", "`", "[", "]", "(", ")", "<", ">", "/", "@", ".", " ", "\n", "#", "\\",
    "<1>", "</1>", "<2/>", "https://x.org/a_b", "a@b.co", "202 986 9420", "Ales", "Бяляцкі",
    "Aleś", "&amp;", "[x](#)", "**b**", "\t", "1. ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=6)), max_size=25).map("".join))
def test_restoring_placeholders_reproduces_any_markdown_source(raw: str) -> None:
    text, placeholders = to_placeholders(raw, MARKDOWN)
    assert restore(text, placeholders, MARKDOWN) == raw


HTML_PIECES = st.sampled_from(["text", " ", "&amp;", "&lt;", "&gt;", "x@y.org", "<br>", "&lt;1/&gt;",
                                "Алесь", "<i>Viasna</i>", "202 986 9420", "\u00a0"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), HTML_PIECES), max_size=20))
def test_restoring_placeholders_reproduces_html_inner_text(pieces: list[tuple[bool, str]]) -> None:
    raw = "".join(f"<b>{piece}</b>" if bold else piece for bold, piece in pieces)
    text, placeholders = to_placeholders(raw, HTML)
    assert restore(text, placeholders, HTML) == raw
