"""English sentence segmentation for letters and background paragraphs."""

from __future__ import annotations

import pytest

from uaintl.document.inline import MARKDOWN, tokenize
from uaintl.document.segment import citations, sentence_spans, split_translation


def sentences(raw: str) -> list[str]:
    return [raw[start:end] for start, end in sentence_spans(raw, tokenize(raw, MARKDOWN))]


def test_plain_sentences_split() -> None:
    assert sentences("They were arrested. They remain in detention! Why? Free them.") == [
        "They were arrested.", "They remain in detention!", "Why?", "Free them."]


@pytest.mark.parametrize("text", [
    "Write to Vul. Internatsianalnaya, 22 in Minsk.",
    "The embassy is at 1619 New Hampshire Ave. NW in Washington.",
    "He was moved to penal colony No. 9 in Horki.",
    "Mr. Shved and Dr. Basik replied.",
    "Sent to the U.S. Embassy today.",
    "Many groups, e.g. Viasna, i.e. the HRC, were raided.",
    "Write to St. Petersburg.",
    "Andrey A. Shved signed it.",
])
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_quotes_stay_whole_and_closing_quote_goes_with_its_sentence() -> None:
    text = ('He told them: "I am preparing for a long separation. Everything passes." '
            "They will be together again.")
    assert sentences(text) == [
        'He told them: "I am preparing for a long separation. Everything passes."',
        "They will be together again."]


def test_curly_quotes_and_citations() -> None:
    text = "“The Viasna case was unjust. It must end,” they said. Article 342. No. 15 is a colony."
    assert sentences(text) == ["“The Viasna case was unjust. It must end,” they said.",
                               "Article 342.", "No. 15 is a colony."]
    assert [text[a:b] for a, b in citations(text)] == ["Article 342", "No. 15"]


def test_no_split_inside_markup_or_urls() -> None:
    text = "Act on **Urgent Action 85.21. Now** please. See https://a.org/x. Then write."
    assert sentences(text) == ["Act on **Urgent Action 85.21. Now** please.", "See https://a.org/x.",
                               "Then write."]


def test_sentences_starting_with_markup_or_digits_split() -> None:
    assert sentences("It was 2021. **Ales** was detained. 12 people were arrested.") == [
        "It was 2021.", "**Ales** was detained.", "12 people were arrested."]


@pytest.mark.parametrize("capital", list("ŁŹŚĆŃŽČŠ"))
def test_sentences_starting_with_belarusian_latin_capitals_split(capital: str) -> None:
    text = f"He was sentenced to seven years. {capital}micier was detained. «{capital}ahor» wrote back."
    assert sentences(text) == ["He was sentenced to seven years.", f"{capital}micier was detained.",
                               f"«{capital}ahor» wrote back."]


def test_lower_case_or_an_initial_before_a_name_does_not_split() -> None:
    assert sentences("The approx. ždanie is low. Then Ź. Sałaŭjoŭ and Ł. Ch. left.") == [
        "The approx. ždanie is low.", "Then Ź. Sałaŭjoŭ and Ł. Ch. left."]


HOSTILE_LINES = {  # one-line Markdown a careless paste or an attacker might produce
    "sentences": "Mr. Shved wrote to Vul. Lenina No. 5, e.g. the U.S. Embassy. ",
    "unclosed bold": "**Free ",
    "unclosed italic": "_free ",
    "brackets": "[Free ",
    "backticks": "`x ",
    "footnotes": "[^1]. A ",
    "urls": "See https://a.org/x. ",
}


@pytest.mark.parametrize("piece", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_reading_a_long_line_takes_time_in_proportion_to_its_length(piece: str, tmp_path) -> None:
    """Sixteen times the text may take about sixteen times as long, not 256 (a 1 MB line took hours).

    This bounds the growth of the work, not its speed: CPU time of this process alone (other
    processes on a busy machine do not count), best of three, and a bound at the geometric mean of
    16 and 256.
    """
    import time

    from uaintl.document.load import load_document

    def seconds(size: int) -> float:
        path = tmp_path / f"line-{size}.md"
        path.write_text("# Urgent action\n\n" + piece * (size // len(piece)) + "End.\n", encoding="utf-8")
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            load_document(path)
            best = min(best, time.process_time() - started)
        return best

    seconds(1_000)  # warm up: compiled patterns, imports
    small, large = seconds(10_000), seconds(160_000)
    assert large / small < 64, f"{small:.2f}s → {large:.2f}s"  # linear: ~16; quadratic: ~256


def test_a_translation_is_split_with_its_source_sentence_by_sentence() -> None:
    pairs = split_translation("He was held on <1>5 May</1>. Release <2>him</2> now.",
                              "Яго затрымалі <1>5 мая</1>. Вызваліце <2>яго</2> зараз.")
    assert pairs == [("He was held on <1>5 May</1>.", "Яго затрымалі <1>5 мая</1>."),
                     ("Release <1>him</1> now.", "Вызваліце <1>яго</1> зараз.")]  # tags from 1 in each unit


@pytest.mark.parametrize("source, translation", [
    ("One sentence only.", "Адзін сказ."),
    ("He was held. Release him.", "Яго затрымалі, вызваліце яго."),  # the translator joined them
    ("He was held on 5 May. He is 20.", "Яму 20. Яго затрымалі 5 мая."),  # reordered: the numbers tell
    ("Write to <1>him</1>. Do it now.", "Напішыце яму. Зрабіце <1>гэта</1> зараз."),  # a tag moved
])
def test_a_translation_that_does_not_pair_up_is_not_split(source: str, translation: str) -> None:
    assert split_translation(source, translation) is None
