"""Lists of people ("A, B and C") as one placeable: a memory entry naming a list serves a unit naming
another, each person in the case the old translation used, joined as the locale joins lists; never
where the words around the list would no longer agree with it."""

from __future__ import annotations

import pytest

from tests.mt.test_memory import boilerplate_memory, memory
from uaintl.catalog.model import Catalog, Entry
from uaintl.mt.pipeline import pretranslate

RELEASE = "I urge you to release {} immediately and unconditionally."
THREE = "Pavel Rudzko, Alena Kaspiarovich and Siarhei Lazouski"


@pytest.fixture(scope="module")
def bundled() -> dict:
    return {locale: boilerplate_memory(locale) for locale in ("be", "ru")}


@pytest.mark.parametrize(("locale", "role", "new", "expected"), [
    ("be", "letter", RELEASE.format(THREE),
     "Заклікаю Вас неадкладна і безумоўна вызваліць Паўла Рудзко, Алену Каспяровіч і Сяргея Лазоўскага."),
    ("ru", "letter", "I urge you to drop all charges against Yegor Lukin, Daria Shestakova and Ilya Voronkov.",
     "Призываю Вас снять с Егора Лукина, Дарьи Шестаковой и Ильи Воронкова все обвинения."),
    ("be", "appeal-point", f"Calling on the authorities to drop the charges against {THREE};",
     "Заклікайце ўлады зняць абвінавачванні з Паўла Рудзко, Алены Каспяровіч і Сяргея Лазоўскага;"),
    ("ru", "letter", "Yegor Lukin and Ilya Voronkov are prisoners of conscience.",
     "Егор Лукин и Илья Воронков — узники совести."),
    # women only: the plural noun is feminine
    ("ru", "letter", "Daria Shestakova and Alena Kaspiarovich are prisoners of conscience.",
     "Дарья Шестакова и Елена Касперович — узницы совести."),
    ("ru", "appeal-point", "Calling on the authorities to release Daria Shestakova, Yegor Lukin and Ilya Voronkov "
                           "immediately and unconditionally, as they are prisoners of conscience;",
     "Призывайте власти немедленно и безоговорочно освободить Дарью Шестакову, Егора Лукина и Илью Воронкова, "
     "поскольку они узники совести;"),
    ("be", "letter", "Pending their release, please ensure that Yegor Lukin and Daria Shestakova have regular access "
                     "to their families and lawyers of their choice.",
     "Да іх вызвалення, калі ласка, забяспечце Ягору Лукіну і Дар'і Шастаковай рэгулярны доступ да сем'яў і "
     "адвакатаў па іх выбары."),
])
def test_a_new_appeals_list_is_written_in_the_old_case_and_joined_as_the_locale_joins(
        bundled: dict, locale: str, role: str, new: str, expected: str) -> None:
    match = bundled[locale].lookup(new, 75, role)
    assert match.text == expected
    assert match.kind == "adapted" and not match.reviewed
    assert "names proposed, not in the registry" in match.describe()


def test_the_suggestion_says_which_list_replaced_which() -> None:
    tm = memory("be", (RELEASE.format("Ales Bialiatski and Marfa Rabkova"),
                       "Заклікаю Вас неадкладна і безумоўна вызваліць Алеся Бяляцкага і Марфу Рабкову.", "letter"))
    match = tm.lookup(RELEASE.format("Leanid Sudalenka and Marfa Rabkova"), 75, "letter")
    assert match.text == "Заклікаю Вас неадкладна і безумоўна вызваліць Леаніда Судаленку і Марфу Рабкову."
    assert match.substitutions == ("Алеся Бяляцкага і Марфу Рабкову → Леаніда Судаленку і Марфу Рабкову",)


def test_belarusian_writes_u_nonsyllabic_after_a_list_that_ends_in_a_vowel() -> None:
    tm = memory("be", ("I urge you to drop all charges against Ales Bialiatski and Marfa Rabkova.",
                       "Заклікаю Вас зняць з Алеся Бяляцкага і Марфы Рабковай усе абвінавачванні.", "letter"))
    match = tm.lookup("I urge you to drop all charges against Marfa Rabkova and Leanid Sudalenka.", 75, "letter")
    assert match.text == "Заклікаю Вас зняць з Марфы Рабковай і Леаніда Судаленкі ўсе абвінавачванні."


@pytest.mark.parametrize(("old", "translation", "new"), [
    # one person's predicate («павінен») must not receive a list, nor a list's («павінны») one person
    ("Ales Bialiatski must be released immediately.", "Алесь Бяляцкі павінен быць неадкладна вызвалены.",
     f"{THREE} must be released immediately."),
    ("Ales Bialiatski and Marfa Rabkova must be released immediately.",
     "Алесь Бяляцкі і Марфа Рабкова павінны быць неадкладна вызвалены.", "Pavel Rudzko must be released immediately."),
    # a list with a man in it does not serve a list of women only, nor the other way round
    ("Ales Bialiatski and Marfa Rabkova are prisoners of conscience.", "Алесь Беляцкий и Марфа Рабкова — узники совести.",
     "Daria Shestakova and Alena Kaspiarovich are prisoners of conscience."),
    # given names sharing one surname: the surname would be plural («Руслана и Адама Джабраиловых»)
    (RELEASE.format("Ales Bialiatski and Marfa Rabkova"),
     "Призываю Вас немедленно и безоговорочно освободить Алеся Беляцкого и Марфу Рабкову.",
     RELEASE.format("Ruslan and Adam Dzhabrailov")),
    (RELEASE.format("Ales Bialiatski"), "Призываю Вас немедленно и безоговорочно освободить Алеся Беляцкого.",
     RELEASE.format("Ruslan and Adam Dzhabrailov")),
    # the old people not side by side in the translation: where the new list goes is not certain
    (RELEASE.format("Ales Bialiatski and Marfa Rabkova"),
     "Призываю Вас немедленно освободить Алеся Беляцкого и безоговорочно — Марфу Рабкову.",
     RELEASE.format("Yegor Lukin and Ilya Voronkov")),
])
def test_no_list_is_given_where_the_words_around_it_would_not_agree(old: str, translation: str, new: str) -> None:
    locale = "be" if "павін" in translation else "ru"
    assert memory(locale, (old, translation, "letter")).lookup(new, 60, "letter") is None


def test_the_bundled_boilerplate_gives_no_list_to_a_sentence_about_one_person_and_back(bundled: dict) -> None:
    ru = bundled["ru"]
    single = ru.lookup("Yegor Lukin is a prisoner of conscience and must be released immediately and unconditionally.",
                       75, "letter")
    assert single.text == "Егор Лукин — узник совести и должен быть немедленно и безоговорочно освобождён."
    many = ru.lookup("Yegor Lukin and Daria Shestakova are prisoners of conscience and must be released immediately "
                     "and unconditionally.", 75, "letter")
    assert many.text == ("Егор Лукин и Дарья Шестакова — узники совести и должны быть немедленно и безоговорочно "
                         "освобождены.")


def test_a_line_that_is_only_names_takes_a_list_from_the_line_of_one_person() -> None:
    tm = memory("be", ("Ales Bialiatski", "Алесь Бяляцкі", "other"))
    assert tm.lookup(THREE, 75, "other").text == "Павел Рудзко, Алена Каспяровіч і Сяргей Лазоўскі"


def test_names_joined_by_a_comma_alone_are_not_a_list() -> None:
    """"A, B" is as often an apposition or an address as a list: no «і» is invented."""
    tm = memory("be", ("Ales Bialiatski and Marfa Rabkova must be released immediately.",
                       "Алесь Бяляцкі і Марфа Рабкова павінны быць неадкладна вызвалены.", "letter"))
    assert tm.lookup("Pavel Rudzko, Alena Kaspiarovich must be released immediately.", 60, "letter") is None


def test_pretranslation_gives_a_translator_the_list_in_the_po_file() -> None:
    entry = Entry(msgid=RELEASE.format(THREE), msgctxt="letter-1", extracted_comments=["role: letter"])
    catalog = Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"), entries=[entry])
    pretranslate([catalog], memory("ru", (RELEASE.format("Ales Bialiatski and Marfa Rabkova"),
                                          "Призываю Вас немедленно и безоговорочно освободить Алеся Беляцкого и "
                                          "Марфу Рабкову.", "letter")), None)
    assert entry.msgstr == ("Призываю Вас немедленно и безоговорочно освободить Павла Рудзко, Елену Касперович и "
                            "Сергея Лазовского.")
    assert entry.fuzzy
    assert "names proposed, not in the registry: Павел Рудзко, Елена Касперович, Сергей Лазовский" in \
        entry.translator_comments[-1]
