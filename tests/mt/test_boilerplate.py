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


@pytest.mark.parametrize("role, source, be, ru", [
    ("action-step", "Let us know the actions you took on <1>Urgent Action 09/26</1>.",
     "Паведаміце нам, што вы зрабілі ў межах <1>тэрміновай акцыі 09/26</1>.",
     "Сообщите нам о своих действиях в рамках <1>срочной акции 09/26</1>."),
    ("deadline", "<1>Please take action before:</1> 4 October 2019", "<1>Калі ласка, дзейнічайце да:</1> 4 кастрычніка 2019 г.",
     "<1>Пожалуйста, действуйте до:</1> 4 октября 2019 г."),
    ("meta", "Names: Ivan Petrov, Sergei Ivanov", "Імёны: Іван Пятроў, Сяргей Іваноў", "Имена: Иван Петров, Сергей Иванов"),
    ("copies-intro", "Also send copies to diplomatic representatives of Uzbekistan accredited to your country.",
     "Дашліце таксама копіі дыпламатычным прадстаўнікам Узбекістана, акрэдытаваным у вашай краіне.",
     "Отправьте также копии дипломатическим представителям Узбекистана, аккредитованным в вашей стране."),
    ("target-title", "Chair of the KGB", "Старшыня КДБ", "Председатель КГБ"),
])
def test_the_structure_of_a_new_appeal_is_filled_by_the_boilerplate(role: str, source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        memory = TranslationMemory(locale)
        add_boilerplate(memory, "en", locale)
        match = memory.lookup(source, 75, role)
        assert match is not None and match.text == expected and ORIGIN in match.origin
