"""The boilerplate's case prose (letter.tmx: letter sentences and appeal points; case-russia.tmx: background
and summary of Russian and Central Asian appeals): a sentence of a new appeal that differs only in its
person, date or number gets the reviewed translation with the new values in the right form."""

from __future__ import annotations

from pathlib import Path

import pytest

from uaintl.catalog.tmx import ROLE_PROP, read_tmx
from uaintl.mt.boilerplate import ORIGIN, add_boilerplate, boilerplate_paths, memory_names
from uaintl.mt.memory import TranslationMemory


@pytest.fixture(scope="module", params=["be", "ru"])
def memory(request: pytest.FixtureRequest) -> TranslationMemory:
    tm = TranslationMemory(request.param, memory_names(None))
    add_boilerplate(tm, "en", request.param)
    return tm


def suggestion(memory: TranslationMemory, role: str, source: str) -> str | None:
    match = memory.lookup(source, 90, role)
    if match is None:
        return None
    assert match.origin == ORIGIN and not match.reviewed  # always a draft for review
    return match.text


def theme(name: str) -> Path:
    return next(path for path in boilerplate_paths() if path.name == name)


@pytest.mark.parametrize(("name", "least", "roles"), [
    ("letter.tmx", 120, {"letter", "appeal-point"}),
    ("case-russia.tmx", 80, {"background", "summary"}),
])
def test_each_prose_theme_has_its_segments_in_its_roles(name: str, least: int, roles: set[str]) -> None:
    units = read_tmx(theme(name))
    assert len({unit.text("en") for unit in units}) >= least
    assert {unit.props.get(ROLE_PROP) for unit in units} == roles


# The people below are in no registry: their names are proposed by `names`, in the case and gender the
# boilerplate's example person (Ales Bialiatski, Marfa Rabkova) had in the reviewed translation.
ADAPTED = [
    # genitive, a woman
    ("letter", "I am writing to express my grave concern for the health and well-being of Svetlana Petrova.",
     {"be": "Выказваю сур'ёзную занепакоенасць станам здароўя і дабрабытам Святланы Пятровай.",
      "ru": "Выражаю серьёзную обеспокоенность состоянием здоровья и благополучием Светланы Петровой."}),
    # genitive, a man, with the pronoun after it
    ("letter", "I therefore urge you to ensure that Igor Baranov is released immediately and unconditionally and "
               "that the charges against him are dropped.",
     {"be": "Таму заклікаю Вас забяспечыць неадкладнае і безумоўнае вызваленне Ігара Баранава і зняцце з яго "
            "абвінавачванняў.",
      "ru": "Поэтому призываю Вас обеспечить немедленное и безоговорочное освобождение Игоря Баранова и снятие с "
            "него обвинений."}),
    # instrumental
    ("letter", "I am writing to express my deep concern about the treatment of Dmitry Orlov.",
     {"be": "Выказваю глыбокую занепакоенасць абыходжаннем з Дзмітрыем Арловым.",
      "ru": "Выражаю глубокую обеспокоенность обращением с Дмитрием Орловым."}),
    # nominative, the verb in the woman's form
    ("letter", "Svetlana Petrova has done nothing but peacefully exercise her right to freedom of expression.",
     {"be": "Святлана Пятрова толькі мірна ажыццяўляла сваё права на свабоду выказвання меркаванняў.",
      "ru": "Светлана Петрова лишь мирно осуществляла своё право на свободу выражения мнений."}),
    # accusative, an old-style appeal point
    ("appeal-point", "Expressing concern that Anna Volkova has been detained solely for peacefully exercising her "
                     "right to freedom of expression;",
     {"be": "Выказвайце занепакоенасць тым, што Ганну Валкову ўтрымліваюць пад вартай толькі за мірнае "
            "ажыццяўленне свайго права на свабоду выказвання меркаванняў;",
      "ru": "Выражайте обеспокоенность тем, что Анну Волкову содержат под стражей исключительно за мирное "
            "осуществление своего права на свободу выражения мнений;"}),
    # dative, the offence as the court words it
    ("background", 'Anna Volkova was charged with "discrediting" the Russian armed forces under Article 280.3 of '
                   'the Russian Criminal Code.',
     {"be": "Ганне Валковай прад'явілі абвінавачванне ў «публічных дзеяннях, накіраваных на дыскрэдытацыю "
            "выкарыстання Ўзброеных Сіл Расійскай Федэрацыі» паводле артыкула 280.3 Крымінальнага кодэкса "
            "Расійскай Федэрацыі.",
      "ru": "Анне Волковой предъявили обвинение в «публичных действиях, направленных на дискредитацию "
            "использования Вооружённых Сил Российской Федерации» по статье 280.3 Уголовного кодекса Российской "
            "Федерации."}),
    # a person and a date
    ("background", 'The Ministry of Justice designated Lev Ponomarev a "foreign agent" on December 30, 2020.',
     {"be": "30 снежня 2020 г. Міністэрства юстыцыі прызнала Льва Панамарова «замежным агентам».",
      "ru": "30 декабря 2020 г. Министерство юстиции признало Льва Пономарёва «иностранным агентом»."}),
    ("background", "Ruslan Dzhabrailov was abducted by armed men in Grozny on 12 May 2012.",
     {"be": "12 мая 2012 г. Руслана Джабрайлава выкралі ўзброеныя людзі ў Грозным.",
      "ru": "12 мая 2012 г. Руслана Джабрайлова похитили вооружённые люди в Грозном."}),
    # another country, in the case the translation has it
    ("background", "He was forcibly returned to Uzbekistan.",
     {"be": "Яго прымусова вярнулі ў Узбекістан.", "ru": "Его принудительно вернули в Узбекистан."}),
    ("background", "She was extradited to Kyrgyzstan.",
     {"be": "Яе выдалі ўладам Кыргызстана.", "ru": "Её выдали властям Кыргызстана."}),
    # a date after «до»/«да»
    ("background", "The court extended her pre-trial detention until March 3, 2024.",
     {"be": "Суд падоўжыў ёй тэрмін утрымання пад вартай да 3 сакавіка 2024 г.",
      "ru": "Суд продлил ей срок содержания под стражей до 3 марта 2024 г."}),
]


@pytest.mark.parametrize(("role", "source", "expected"), ADAPTED, ids=[item[1][:50] for item in ADAPTED])
def test_a_new_appeals_person_and_date_are_written_into_the_formula(memory: TranslationMemory, role: str, source: str,
                                                                    expected: dict[str, str]) -> None:
    assert suggestion(memory, role, source) == expected[memory.locale]


@pytest.mark.parametrize(("source", "expected"), [
    # 2 is of the plural category of 3 («к 2 годам»), 31 of 21 («к 31 году»), 6 of 10
    ("She was sentenced to 2 years in a strict-regime penal colony.",
     {"be": "Яе асудзілі да 2 гадоў пазбаўлення волі ў калоніі строгага рэжыму.",
      "ru": "Её приговорили к 2 годам лишения свободы в колонии строгого режима."}),
    ("She was sentenced to 31 years in a strict-regime penal colony.",
     {"be": "Яе асудзілі да 31 года пазбаўлення волі ў калоніі строгага рэжыму.",
      "ru": "Её приговорили к 31 году лишения свободы в колонии строгого режима."}),
    ("Ivan Sidorov was sentenced to 6 years in a general-regime penal colony.",
     {"be": "Івана Сідарава асудзілі да 6 гадоў пазбаўлення волі ў калоніі агульнага рэжыму.",
      "ru": "Ивана Сидорова приговорили к 6 годам лишения свободы в колонии общего режима."}),
    ("Igor Baranov faces up to 4 years in prison for speaking out against the war in Ukraine.",
     {"be": "Ігару Баранаву пагражае да 4 гадоў пазбаўлення волі за выступы супраць вайны ва Украіне.",
      "ru": "Игорю Баранову грозит до 4 лет лишения свободы за выступления против войны в Украине."}),
])
def test_a_new_number_takes_the_variant_whose_counted_noun_agrees_with_it(memory: TranslationMemory, source: str,
                                                                           expected: dict[str, str]) -> None:
    role = "summary" if "faces" in source else "background"
    assert suggestion(memory, role, source) == expected[memory.locale]


@pytest.mark.parametrize(("source", "expected"), [
    ("He has committed no internationally recognized crime.",
     {"be": "Ён не здзейсніў ніякага злачынства, прызнанага міжнародным правам.",
      "ru": "Он не совершал никакого признанного международным правом преступления."}),
    ("She has committed no internationally recognized crime.",
     {"be": "Яна не здзейсніла ніякага злачынства, прызнанага міжнародным правам.",
      "ru": "Она не совершала никакого признанного международным правом преступления."}),
    ("They have committed no internationally recognized crime.",
     {"be": "Яны не здзейснілі ніякага злачынства, прызнанага міжнародным правам.",
      "ru": "Они не совершали никакого признанного международным правом преступления."}),
    ("Pending their release, please ensure that they are not subjected to torture or other ill-treatment.",
     {"be": "Да іх вызвалення, калі ласка, забяспечце, каб яны не падвяргаліся катаванню і іншым відам жорсткага "
            "абыходжання.",
      "ru": "До их освобождения, пожалуйста, обеспечьте, чтобы они не подвергались пыткам и другим видам "
            "жестокого обращения."}),
    ("The charges against her must be dropped.",
     {"be": "Абвінавачванні супраць яе павінны быць знятыя.", "ru": "Обвинения против неё должны быть сняты."}),
])
def test_he_she_and_they_each_have_their_agreeing_variant(memory: TranslationMemory, source: str,
                                                          expected: dict[str, str]) -> None:
    assert suggestion(memory, "letter", source) == expected[memory.locale]


@pytest.mark.parametrize(("role", "source", "expected"), [
    ("background", "She is facing up to seven years in prison.",
     {"be": "Ёй пагражае да сямі гадоў пазбаўлення волі.", "ru": "Ей грозит до семи лет лишения свободы."}),
    ("background", "They were sentenced to three years in a penal colony.",
     {"be": "Іх асудзілі да трох гадоў калоніі.", "ru": "Их приговорили к трём годам колонии."}),
])
def test_a_term_spelled_out_in_words_gets_the_numeral_in_the_case_its_preposition_governs(
        memory: TranslationMemory, role: str, source: str, expected: dict[str, str]) -> None:
    """UAs spell out numbers up to ten; a number word is not a placeable, so each has its own sentence."""
    assert suggestion(memory, role, source) == expected[memory.locale]
