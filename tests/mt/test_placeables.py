"""People the registry does not know as name placeables: a memory entry about the boilerplate's
example people (or a registered person) is filled for them, in the old translation's case, with
the form ``names`` proposes, labelled as proposed; never for another or an unknown gender."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT
from uaintl.mt.boilerplate import memory_names
from uaintl.mt.memory import TranslationMemory
from uaintl.names.registry import load_registry

NAMES = load_registry(ROOT / "locales" / "names.toml")
RELEASE = ("Calling on the authorities to release Ales Bialiatski immediately and unconditionally, as he is a "
           "prisoner of conscience;")
RELEASE_BE = "Заклікайце ўлады неадкладна і безумоўна вызваліць Алеся Бяляцкага, бо ён вязень сумлення;"
RELEASE_RU = "Призывайте власти немедленно и безоговорочно освободить Алеся Беляцкого, поскольку он узник совести;"
CONCERN = "I am writing to express my deep concern about the detention of Ales Bialiatski."


def memory(locale: str, *entries: tuple[str, str, str | None]) -> TranslationMemory:
    result = TranslationMemory(locale, memory_names(NAMES))
    for source, translation, role in entries:
        result.add(source, translation, "locales/old/po", role)
    return result


def test_a_salutation_for_a_woman_not_in_the_registry_gets_her_surname() -> None:
    be = memory("be", ("Dear Ms Rabkova,", "Паважаная спадарыня Рабкова!", "salutation"))
    ru = memory("ru", ("Dear Ms Rabkova,", "Уважаемая госпожа Рабкова!", "salutation"))
    assert be.lookup("Dear Ms Pavlova,", 75, "salutation").text == "Паважаная спадарыня Паўлава!"
    assert ru.lookup("Dear Ms Pavlova", 75, "salutation").text == "Уважаемая госпожа Павлова!"
    # the gender comes from the honorific: "Mr" does not take a woman's salutation
    assert ru.lookup("Dear Mr Kaleda", 75, "salutation") is None


def test_a_name_written_surname_first_keeps_that_order() -> None:
    tm = memory("ru", ("Andrey Shved", "Андрей Швед", "target-name"))
    match = tm.lookup("Sokolov Pavel Andreyevich", 75, "target-name")
    assert match.text == "Соколов Павел Андреевич"
    assert memory("be", ("Andrey Shved", "Андрэй Швед", "target-name")).lookup(
        "Lazarenka Dzmitry Aliaksandravich", 75, "target-name").text == "Лазарэнка Дзмітрый Аляксандравіч"


@pytest.mark.parametrize(("locale", "old", "new", "expected"), [
    ("be", RELEASE_BE, "Mikalai Lutsevich",
     "Заклікайце ўлады неадкладна і безумоўна вызваліць Мікалая Луцэвіча, бо ён вязень сумлення;"),
    ("ru", RELEASE_RU, "Ales Kaliuzhny",
     "Призывайте власти немедленно и безоговорочно освободить Алеся Калюжного, поскольку он узник совести;"),
])
def test_an_appeal_point_gets_an_unregistered_man_in_the_accusative(locale: str, old: str, new: str,
                                                                     expected: str) -> None:
    match = memory(locale, (RELEASE, old, "action-step")).lookup(RELEASE.replace("Ales Bialiatski", new), 75,
                                                                 "action-step")
    assert match.text == expected and match.kind == "adapted" and not match.reviewed


@pytest.mark.parametrize(("locale", "old", "expected"), [
    ("be", "Я пішу, каб выказаць глыбокую занепакоенасць затрыманнем Алеся Бяляцкага.",
     "Я пішу, каб выказаць глыбокую занепакоенасць затрыманнем Сяргея Антусевіча."),
    ("ru", "Я пишу, чтобы выразить глубокую обеспокоенность задержанием Алеся Беляцкого.",
     "Я пишу, чтобы выразить глубокую обеспокоенность задержанием Сергея Антусевича."),
])
def test_a_letter_sentence_gets_an_unregistered_man_in_the_genitive(locale: str, old: str, expected: str) -> None:
    match = memory(locale, (CONCERN, old, "letter")).lookup(
        CONCERN.replace("Ales Bialiatski", "Siarhei Antusevich"), 75, "letter")
    assert match.text == expected


def test_the_comment_names_the_proposed_form() -> None:
    match = memory("be", (CONCERN, "Я пішу, каб выказаць глыбокую занепакоенасць затрыманнем Алеся Бяляцкага.",
                          "letter")).lookup(CONCERN.replace("Ales Bialiatski", "Siarhei Antusevich"), 75, "letter")
    assert match.proposed == ("Сяргей Антусевіч",)
    assert match.describe() == (
        "100% match from locales/old/po, substituted: Алеся Бяляцкага → Сяргея Антусевіча; name proposed, not in "
        "the registry: Сяргей Антусевіч — check, or add it with `uaintl names add`")


def test_a_woman_is_never_put_into_a_sentence_about_a_man() -> None:
    tm = memory("be", (RELEASE, RELEASE_BE, "action-step"))
    assert tm.lookup(RELEASE.replace("Ales Bialiatski", "Volha Karpovich"), 75, "action-step") is None


def test_a_person_whose_gender_nothing_tells_gets_no_suggestion() -> None:
    tm = memory("be", ("Dear Ms Rabkova,", "Паважаная спадарыня Рабкова!", "salutation"),
                (RELEASE, RELEASE_BE, "action-step"))
    assert tm.lookup("Dear Dr Zhdanovich,", 75, "salutation") is None  # "Dr" does not tell, nor -ich
    assert tm.lookup(RELEASE.replace("Ales Bialiatski", "K. Dzmitryenka"), 75, "action-step") is None


def test_a_registered_person_wins_over_a_proposal() -> None:
    tm = memory("ru", (RELEASE, RELEASE_RU, "action-step"))
    match = tm.lookup(RELEASE.replace("Ales Bialiatski", "Zmitser Salaujou"), 75, "action-step")
    # the registry's «Соловьёв», not the «Салавёв» a reading of the spelling would propose
    assert match.text == ("Призывайте власти немедленно и безоговорочно освободить Дмитрия Соловьёва, поскольку "
                          "он узник совести;")
    assert match.proposed == () and "proposed" not in match.describe()


def test_an_old_surname_alone_that_ends_the_old_whole_name_is_not_swapped() -> None:
    """"Dear Ms Rabkova" translated with her whole name: swapping the surname would leave «Марфа»."""
    tm = memory("be", ("Dear Ms Rabkova,", "Паважаная спадарыня Марфа Рабкова!", "salutation"))
    assert tm.lookup("Dear Ms Pavlova,", 75, "salutation") is None


def test_the_benchmark_judges_a_left_over_example_person_and_a_missing_one_stale() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_memory import judge

    units = [{"document": "a.md", "locale": "be", "id": id_, "msgid": source, "msgstr": translation,
              "fuzzy": True, "comment": "# uaintl-tm: 100% match from x, substituted: …"}
             for id_, source, translation in [
                 ("left-over", "I urge you to release Siarhei Antusevich and Ivan Ivanou.",
                  "Заклікаю Вас вызваліць Сяргея Антусевіча і Алеся Бяляцкага."),
                 ("missing", "Dear Mr Kaleda", "Паважаны спадар!"),
                 ("right", "Dear Mr Kaleda", "Паважаны спадар Каледа!")]]
    row = judge({"units": units})["a.md [be]"]
    assert row["stale"] == 2 and row["useful"] == 1
    assert row["stale_examples"] == [
        "left-over: 'Ivan Ivanou' has no form in the translation; still names 'Алесь Бяляцкі', whom the source "
        "does not name",
        "missing: 'Kaleda' has no form in the translation"]


def test_a_name_line_takes_a_person_of_either_gender_for_no_word_agrees_with_it() -> None:
    tm = memory("be", ("Andrey Shved", "Андрэй Швед", "target-name"))
    assert tm.lookup("Alena Sakovich", 75, "target-name").text == "Алена Саковіч"
    assert tm.lookup("<1>Palina Sharenda</1>", 75, "target-name").text == "<1>Паліна Шарэнда</1>"
    assert tm.lookup("K. Dzmitryenka", 75, "target-name") is None  # whose gender nothing tells


TITLES = (("Prosecutor General", "Генеральны пракурор", "target-title"),
          ("High Commissioner for Human Rights in the Russian Federation",
           "Упаўнаважаны па правах чалавека ў Расійскай Федэрацыі", "target-title"))


def test_an_officials_line_is_assembled_from_the_title_and_the_name() -> None:
    tm = memory("be", *TITLES)
    match = tm.lookup("Prosecutor General Aliaksei Zhuk", 75, "target-name")
    assert (match.text, match.kind, match.reviewed) == ("Генеральны пракурор Аляксей Жук", "assembled", False)
    assert match.describe() == (
        "assembled from the translation of the title 'Prosecutor General' in locales/old/po and the name; name "
        "proposed, not in the registry: Аляксей Жук — check, or add it with `uaintl names add`")
    # the name first, its title after a comma; the honorific is left out, as be/ru address lines do
    assert tm.lookup("Ms Tatiana Lebedeva, High Commissioner for Human Rights in the Russian Federation", 75,
                     "target-name").text == "Таццяна Лебедзева, Упаўнаважаны па правах чалавека ў Расійскай Федэрацыі"
    registered = tm.lookup("<1>Prosecutor General Andrey Shved</1>", 75, "target-name")
    assert registered.text == "<1>Генеральны пракурор Андрэй Швед</1>" and registered.proposed == ()


def test_a_rank_or_title_before_the_name_comes_from_the_memorys_name_line() -> None:
    tm = memory("be", *TITLES, ("Minister of Defence", "Міністр абароны", "target-title"),
                ("Lt.-Gen. Ales Bialiatski", "Генерал-лейтэнант Алесь Бяляцкі", "target-name"),
                ("Dr Marfa Rabkova", "Доктар Марфа Рабкова", "target-name"))
    match = tm.lookup("Minister of Defence Lt.-Gen. Andrei Ravkou", 75, "target-name")
    assert match.text == "Міністр абароны генерал-лейтэнант Андрэй Равкоў" and match.proposed == ("Андрэй Равкоў",)
    assert tm.lookup("Dr Natallia Zhdanovich, Prosecutor General", 75, "target-name").text == \
        "Доктар Наталля Ждановіч, Генеральны пракурор"


@pytest.mark.parametrize("line", [
    "Minister of Defence Andrei Ravkou",  # a title the memory does not have
    "Prosecutor General Lt.-Gen. Andrei Ravkou",  # a rank the memory has no name line with
    "Dr Natallia Zhdanovich, Prosecutor General",  # "Dr" is no honorific to leave out, nor in a name line
    "<1>Prosecutor General</1> Aliaksei Zhuk",  # markup around a part
    "Prosecutor General Aliaksei Zhuk and Vadzim Kaliuha",  # two people
])
def test_a_line_whose_parts_or_order_are_not_certain_is_not_assembled(line: str) -> None:
    assert memory("be", *TITLES).lookup(line, 75, "target-name") is None


def test_only_a_title_is_assembled_with_a_name() -> None:
    tm = memory("be", ("Prosecutor General", "Паважаны спадар Генеральны пракурор!", "salutation"))
    assert tm.lookup("Prosecutor General Aliaksei Zhuk", 75, "target-name") is None


def test_a_surname_alone_is_the_person_the_appeal_names_in_full_elsewhere() -> None:
    from uaintl.names.unknown import appeal_people

    tm = memory("be", ("Dear Dr Rabkova,", "Паважаная доктар Рабкова!", "salutation"))
    appeal = appeal_people("Dr Natallia Zhdanovich, Chief Physician, Hrodna Regional Children's Hospital\n"
                           "Dear Dr Zhdanovich,\nI am writing to you about Mikita Zalatarou.", tm.names)
    # "Dr" does not tell the gender, nor does -ich: "Natallia" in the contact list does
    assert tm.lookup("Dear Dr Zhdanovich,", 75, "salutation") is None
    match = tm.lookup("Dear Dr Zhdanovich,", 75, "salutation", appeal)
    assert match.text == "Паважаная доктар Ждановіч!" and match.proposed == ("Ждановіч",)


def test_pretranslation_reads_the_appeal_for_its_people() -> None:
    """The pipeline gives each catalogue's lookups its appeal: the contact list tells the gender."""
    from uaintl.catalog.model import Catalog, Entry
    from uaintl.mt.pipeline import pretranslate

    def unit(msgid: str, role: str) -> Entry:
        return Entry(msgid=msgid, msgctxt=f"{role}-1", extracted_comments=[f"role: {role}", "target: official"])

    salutation = unit("Dear Dr Zhdanovich", "salutation")
    catalog = Catalog(header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"),
                      entries=[unit("Dr Natallia Zhdanovich, Chief Physician", "target-name"), salutation])
    pretranslate([catalog], memory("ru", ("Dear Dr Rabkova,", "Уважаемая госпожа Рабкова!", "salutation")), None)
    assert (salutation.msgstr, salutation.fuzzy) == ("Уважаемая госпожа Жданович!", True)
    assert "name proposed, not in the registry: Жданович" in salutation.translator_comments[-1]


def test_a_list_of_people_is_suggested_item_by_item_from_the_line_for_one() -> None:
    tm = memory("be", ("NAME AND PRONOUN: Ales Bialiatski (he/him)", "ІМЯ І ЗАЙМЕННІК: Алесь Бяляцкі (ён)", "note"),
                ("NAME AND PRONOUN: Marfa Rabkova (she/her)", "ІМЯ І ЗАЙМЕННІК: Марфа Рабкова (яна)", "note"))
    match = tm.lookup("NAME AND PRONOUN: Mikita Zalatarou (he/him), Palina Sharenda (she/her), Artsiom Bahun (he/him)",
                      75, "note")
    assert match.text == "ІМЯ І ЗАЙМЕННІК: Мікіта Залатароў (ён), Паліна Шарэнда (яна), Арцём Багун (ён)"
    assert match.kind == "items" and match.describe().startswith(
        "100% match item by item from locales/old/po, substituted: Алесь Бяляцкі → Мікіта Залатароў; ")
    assert match.proposed == ("Мікіта Залатароў", "Паліна Шарэнда", "Арцём Багун")
    # an "and": the target's conjunction is not known
    assert tm.lookup("NAME AND PRONOUN: Mikita Zalatarou (he/him) and Palina Sharenda (she/her)", 75, "note") is None


@pytest.mark.parametrize(("locale", "new", "expected"), [
    # a surname one letter-pair from a registered one (Sudalenka), after a given name that is not his
    ("be", "Ms Valiantsina Ramanauna Sidarenka", "Спадарыня Валянціна Раманаўна Сідарэнка"),
    ("ru", "Ms Valiantsina Ramanauna Sidarenka", "Госпожа Валентина Романовна Сидаренко"),
    # a Belarusian patronymic of a fleeting stem (Пятро́ўна) in -ouna
    ("be", "<1>Ms Natallia Piatrouna Kruk</1>", "<1>Спадарыня Наталля Пятроўна Крук</1>"),
    ("ru", "<1>Ms Natallia Piatrouna Kruk</1>", "<1>Госпожа Наталья Петровна Крук</1>"),
    # a given name no table knows, told a name by the patronymic after it
    ("ru", "Mr Yerlan Maratovich Dzhaksybekov", "Господин Ерлан Маратович Джаксыбеков"),
    ("be", "Mr Yerlan Maratovich Dzhaksybekov", "Спадар Ерлан Маратавіч Джаксыбекаў"),
    # "H.E. Mr": the honorific of address is left out, as for "H.E. Ambassador"
    ("be", "H.E. Mr Dzmitry Zhuk", "Спадар Дзмітрый Жук"),
    ("ru", "H.E. Mr Aliaksandr Bialou", "Господин Александр Белов"),
])
def test_name_lines_with_a_patronymic_or_two_honorifics_take_the_example_officials_line(
        locale: str, new: str, expected: str) -> None:
    from uaintl.mt.boilerplate import add_boilerplate
    tm = TranslationMemory(locale, memory_names(NAMES))
    add_boilerplate(tm, "en", locale)
    match = tm.lookup(new, 75, "target-name")
    assert match is not None and match.text == expected and match.kind == "adapted"


@pytest.mark.parametrize(("old", "translation", "new", "expected"), [
    # the word after the name follows the new name's last letter
    ("I urge you to drop all charges against Marfa Rabkova.", "Заклікаю Вас зняць з Марфы Рабковай усе абвінавачванні.",
     "I urge you to drop all charges against Nasta Loika.", "Заклікаю Вас зняць з Насты Лойкі ўсе абвінавачванні."),
    ("I urge you to drop all charges against Nasta Loika.", "Заклікаю Вас зняць з Насты Лойкі ўсе абвінавачванні.",
     "I urge you to drop all charges against Marfa Rabkova.", "Заклікаю Вас зняць з Марфы Рабковай усе абвінавачванні."),
    # a proper name's initial У is never shortened, after a vowel too (2008 rules, §15.4)
    ("They detained Ales Bialiatski.", "Затрымалі Алеся Бяляцкага.",
     "They detained Uladzimir Labkovich.", "Затрымалі Уладзіміра Лабковіча."),
    ("They searched the flat of Ales Bialiatski.", "Правялі ператрус у кватэры Алеся Бяляцкага.",
     "They searched the flat of Uladzimir Labkovich.", "Правялі ператрус у кватэры Уладзіміра Лабковіча."),
])
def test_belarusian_u_nonsyllabic_follows_a_substituted_name(old: str, translation: str, new: str,
                                                             expected: str) -> None:
    """2008 orthography: a word's initial у is ў after a word ending in a vowel, so a new name that
    ends otherwise than the old one changes its neighbour's letter too; a name's own capital У stays."""
    assert memory("be", (old, translation, "letter")).lookup(new, 75, "letter").text == expected
