"""The bundled boilerplate in the memory: its longer segments serve appeals sentence by sentence."""

from __future__ import annotations

import pytest

from uaintl.mt.boilerplate import ORIGIN, add_boilerplate, memory_names
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
    # an old UA's copies line cut after its first half: the country in the genitive
    ("copies-intro", "and to diplomatic representatives of Kazakhstan accredited to your country.",
     "а таксама дыпламатычным прадстаўнікам Казахстана, акрэдытаваным у вашай краіне.",
     "а также дипломатическим представителям Казахстана, аккредитованным в вашей стране."),
    # "Mr." with a full stop is the memory's "Mr"
    ("target-name", "Mr. Mikhail Zaitsev", "Спадар Міхаіл Зайцаў", "Господин Михаил Зайцев"),
    # an old UA's further information header, its follow-up's index and date too
    ("title", "Further information on UA 117/09 (EUR 49/009/2009, 4 June 2009) and follow-up (EUR 49/011/2009, "
     "19 June 2009)", "Дадатковыя звесткі да тэрміновай акцыі 117/09 (EUR 49/009/2009, 4 чэрвеня 2009 г.) і "
     "наступных матэрыялаў (EUR 49/011/2009, 19 чэрвеня 2009 г.)", "Дополнительные сведения к срочной акции 117/09 "
     "(EUR 49/009/2009, 4 июня 2009 г.) и последующим материалам (EUR 49/011/2009, 19 июня 2009 г.)"),
    # a "New concern:" label and a category, each known alone
    ("meta", "New concern: Health concern", "Новыя асцярогі: Асцярогі за здароўе", "Новые опасения: Опасения за здоровье"),
    ("copies-intro", "Also send copies to the Embassy of Kazakhstan in your country.",
     "Дашліце таксама копіі ў пасольства Казахстана ў вашай краіне.",
     "Отправьте также копии в посольство Казахстана в вашей стране."),
    # a woman official's form of address
    ("target-title", "Madam Chair", "Спадарыня Старшыня", "Госпожа Председатель"),    # an ambassador's form of address, written without its comma
    ("salutation", "Your Excellency", "Ваша Эксцэленцыя!", "Ваше Превосходительство!"),
])
def test_the_structure_of_a_new_appeal_is_filled_by_the_boilerplate(role: str, source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        memory = TranslationMemory(locale)
        add_boilerplate(memory, "en", locale)
        match = memory.lookup(source, 75, role)
        assert match is not None and match.text == expected and ORIGIN in match.origin


@pytest.mark.parametrize("role, source, be, ru", [
    # a web page's definition list: the label of a note and its value are units of their own
    ("language-note", "Preferred language to address target", "Пажаданая мова звароту", "Предпочтительный язык обращения"),
    ("language-note", "Belarusian, Russian.", "Беларуская, руская.", "Белорусский, русский."),
    ("deadline", "Please take action before", "Калі ласка, дзейнічайце да", "Пожалуйста, действуйте до"),
    ("pronoun-note", "Name and pronoun:", "Імя і займеннік:", "Имя и местоимение:"),
    ("pronoun-note", "Pavel Savitski (he/him)", "Павел Савіцкі (ён)", "Павел Савицкий (он)"),
])
def test_the_label_and_the_value_of_a_note_are_filled_alone(role: str, source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        memory = TranslationMemory(locale, memory_names(None))
        add_boilerplate(memory, "en", locale)
        match = memory.lookup(source, 75, role)
        assert match is not None and match.text == expected and ORIGIN in match.origin
        assert match.kind in ("exact", "normalised", "adapted")


@pytest.mark.parametrize("source, be, ru", [
    # no article before the court's region, and "Chairperson" for the memory's "Chair"
    ("Chair of Kirov Regional Court", "Старшыня Кіраўскага абласнога суда", "Председатель Кировского областного суда"),
    ("Chairperson of the Homiel Regional Court", "Старшыня Гомельскага абласнога суда",
     "Председатель Гомельского областного суда"),
])
def test_a_court_chair_is_filled_whatever_the_article_and_the_word_for_chair(source: str, be: str, ru: str) -> None:
    for locale, expected in (("be", be), ("ru", ru)):
        memory = TranslationMemory(locale)
        add_boilerplate(memory, "en", locale)
        match = memory.lookup(source, 75, "target-title")
        assert match is not None and match.text == expected and match.score == 100


def test_a_chairwoman_salutation_is_not_a_chairman_one() -> None:
    """Only the gender-neutral "Chairperson" counts as "Chair": a salutation agrees with the others."""
    memory = TranslationMemory("be")
    memory.add("Dear Chairman,", "Паважаны спадар Старшыня!", "project", "salutation")
    assert memory.lookup("Dear Chairwoman,", 75, "salutation") is None
    assert memory.lookup("Dear Chairperson,", 75, "salutation") is None


@pytest.mark.parametrize("source, ru", [
    ("Gender m/f: both m", "Пол (м/ж): оба м"),
    # item by item, not the near "Gender m/f: both m" nor the label "Gender m/f:" alone
    ("Gender m/f: f, m, m", "Пол (м/ж): ж, м, м"),
    ("Gender m/f: f, m", "Пол (м/ж): ж, м"),
])
def test_a_gender_line_keeps_its_letters(source: str, ru: str) -> None:
    memory = TranslationMemory("ru")
    add_boilerplate(memory, "en", "ru")
    match = memory.lookup(source, 75, "meta")
    assert match is not None and match.text == ru and match.score == 100


def belarus_case_memory(locale: str) -> TranslationMemory:
    memory = TranslationMemory(locale, memory_names(None))
    add_boilerplate(memory, "en", locale)
    return memory


@pytest.mark.parametrize("locale, role, new, expected", [
    # a man the registry does not know, in the accusative; "5 years" counts like the memory's "10 years"
    ("be", "background", "Siarhei Antusevich was sentenced to 5 years in a reinforced-regime penal colony.",
     "Сяргея Антусевіча асудзілі да 5 гадоў пазбаўлення волі з адбываннем пакарання ў папраўчай калоніі "
     "ва ўмовах узмоцненага рэжыму."),
    # "2 years" takes the memory's "3 years" (the same plural category): «к 2 годам», not «к 2 лет»
    ("ru", "background", "Nasta Loika was sentenced to 2 years in a reinforced-regime penal colony.",
     "Настю Лойко приговорили к 2 годам лишения свободы с отбыванием наказания в исправительной колонии "
     "в условиях усиленного режима."),
    # months: «4 месяцы» and «14 месяцаў» come from two entries
    ("be", "background", "She has been held incommunicado for more than 4 months.",
     "Больш за 4 месяцы яе ўтрымліваюць без сувязі са знешнім светам."),
    ("be", "background", "She has been held incommunicado for more than 14 months.",
     "Больш за 14 месяцаў яе ўтрымліваюць без сувязі са знешнім светам."),
    # a date, a person in the accusative, days of administrative detention
    ("ru", "background", "On 3 March 2023, Ihar Losik was sentenced to 13 days of administrative detention.",
     "3 марта 2023 г. Игоря Лосика приговорили к 13 суткам административного ареста."),
    ("be", "background", "He was sentenced to 10 days of administrative detention under Article 23.34 of the Code of "
     "Administrative Offences.",
     "Яго асудзілі да 10 сутак адміністрацыйнага арышту паводле артыкула 23.34 Кодэкса аб адміністрацыйных "
     "правапарушэннях."),
    # the dative, with the offence as the Criminal Code names it
    ("be", "background", 'Ihar Losik was charged with "facilitating extremist activity" under Article 361-4 of the '
     "Criminal Code.",
     "Ігару Лосіку прад'явілі абвінавачванне паводле артыкула 361-4 Крымінальнага кодэкса («Садзейнічанне "
     "экстрэмісцкай дзейнасці»)."),
    ("ru", "background", "Ihar Losik was charged under Part 1 of Article 361-1 of the Criminal Code.",
     "Игорю Лосику предъявили обвинение по части 1 статьи 361-1 Уголовного кодекса."),
    # the instrumental, the genitive after a preposition, a region's court
    ("be", "background", "The trial of Nasta Loika began on 12 May 2022.", "Суд над Настай Лойкай пачаўся 12 мая 2022 г."),
    ("ru", "background", "There has been no news of Ihar Losik since 3 February 2025.",
     "От Игоря Лосика нет никаких вестей с 3 февраля 2025 г."),
    ("be", "background", "On 7 March 2023, the Homel Regional Court sentenced him to 8 years in prison.",
     "7 сакавіка 2023 г. Гомельскі абласны суд асудзіў яго да 8 гадоў пазбаўлення волі."),
    # a count of political prisoners in thousands, written as Belarusian writes it
    ("ru", "background", "According to the Human Rights Centre Viasna, there are more than 1,187 political prisoners "
     "in Belarus.", "По данным Правозащитного центра «Весна», в Беларуси более 1187 политических заключённых."),
    # release news, a summary line, an appeal point and a letter sentence about a woman
    ("be", "background", "On 9 February 2025, Ihar Losik was released and deported to Lithuania.",
     "9 лютага 2025 г. Ігара Лосіка вызвалілі і дэпартавалі ў Літву."),
    ("ru", "summary", "Belarusian journalist Katsiaryna Andreyeva has been sentenced to 8 years in prison.",
     "Белорусскую журналистку Екатерину Андрееву приговорили к 8 годам лишения свободы."),
    ("be", "appeal-point", "Drop all charges against Nasta Loika and release her immediately and unconditionally;",
     "Зніміце з Насты Лойкі ўсе абвінавачванні і неадкладна і безумоўна вызваліце яе;"),
    ("ru", "letter", "I urge you to end the incommunicado detention of Nasta Loika and allow her to contact her family "
     "and lawyer.", "Призываю Вас прекратить содержание Насти Лойко без связи с внешним миром и разрешить ей "
     "общаться с семьёй и адвокатом."),
])
def test_belarus_case_prose_is_adapted_to_a_new_appeals_person_date_and_numbers(locale: str, role: str, new: str,
                                                                                 expected: str) -> None:
    match = belarus_case_memory(locale).lookup(new, 75, role)
    assert match is not None and match.text == expected and not match.reviewed


@pytest.mark.parametrize("new", [
    # «21 суткі», «21 месяц»: no entry has a number of that plural category, and «21 сутак» would be wrong
    "Siarhei Antusevich was sentenced to 21 days of administrative detention.",
    "He has been held incommunicado for more than 21 months.",
    # a woman is never put into a sentence only a man's variant exists for (no death sentence for women in Belarus)
    "Nasta Loika is at imminent risk of execution.",
])
def test_belarus_case_prose_gives_nothing_it_cannot_agree(new: str) -> None:
    assert [belarus_case_memory(locale).lookup(new, 75, "background") for locale in ("be", "ru")] == [None, None]
