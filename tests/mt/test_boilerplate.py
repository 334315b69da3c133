"""The bundled boilerplate in the memory: its longer segments serve appeals sentence by sentence."""

from __future__ import annotations

import pytest

from uaintl.mt.boilerplate import ORIGIN, add_boilerplate
from uaintl.mt.memory import TranslationMemory


@pytest.mark.parametrize("locale, sentence, translation", [
    ("be", "You can also email or call them.", "Можна таксама даслаць ім электронны ліст або патэлефанаваць."),
    ("ru", "You can also email or call them.", "Вы также можете отправить им электронное письмо или позвонить."),
])
def test_a_sentence_of_a_two_sentence_action_step_is_suggested_on_its_own(locale: str, sentence: str,
                                                                           translation: str) -> None:
    """The segmenter cuts "Write a letter … listed. You can also email or call them." into two units."""
    memory = TranslationMemory(locale)
    add_boilerplate(memory, "en", locale)
    match = memory.lookup(sentence, 75, "action-step")
    assert match is not None and match.text == translation and match.origin == ORIGIN
    assert not match.reviewed  # boilerplate is a draft for review, cut into sentences or not
