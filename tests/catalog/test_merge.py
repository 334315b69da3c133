"""Merging keeps translators' work exactly as GNU msgmerge would, and never loses it."""

from __future__ import annotations

from uaintl.catalog.merge import merge
from uaintl.catalog.model import READ_ONLY, Catalog, Entry
from uaintl.catalog.origin import digest


def template(*entries: tuple[str, str]) -> Catalog:
    return Catalog(header=Entry(msgid="", msgstr="POT-Creation-Date: 2026-01-02 00:00+0000\n"),
                   entries=[Entry(msgid=msgid, msgctxt=ctxt, extracted_comments=["role: letter"])
                            for ctxt, msgid in entries])


def translated(*entries: tuple[str, str, str], fuzzy: bool = False) -> Catalog:
    return Catalog(header=Entry(msgid="", msgstr="Language: be\nPOT-Creation-Date: 2026-01-01 00:00+0000\n"),
                   entries=[Entry(msgid=msgid, msgctxt=ctxt, msgstr=msgstr,
                                  translator_comments=["checked"], flags=["fuzzy"] if fuzzy else [])
                            for ctxt, msgid, msgstr in entries])


def test_unchanged_message_keeps_translation_and_comments() -> None:
    result, report = merge(template(("a", "They remain in detention.")),
                           translated(("a", "They remain in detention.", "Яны пад вартай.")))
    entry = result.messages[0]
    assert (entry.msgstr, entry.translator_comments, entry.fuzzy) == ("Яны пад вартай.", ["checked"], False)
    assert entry.extracted_comments == ["role: letter"]
    assert report.kept == 1


def test_changed_source_becomes_fuzzy_with_previous_msgid() -> None:
    result, report = merge(template(("a", "They remain in pretrial detention.")),
                           translated(("a", "They remain in detention.", "Яны пад вартай.")))
    entry = result.messages[0]
    assert entry.fuzzy and entry.msgstr == "Яны пад вартай."
    assert entry.previous_msgid == "They remain in detention."
    assert entry.translator_comments == ["checked"]
    assert report.fuzzy == 1 and not result.obsolete


def test_fuzzy_match_across_contexts_records_previous_context() -> None:
    result, _ = merge(template(("b", "They remain in pretrial detention!")),
                      translated(("a", "They remain in pretrial detention.", "Яны пад вартай.")))
    entry = result.messages[0]
    assert entry.fuzzy and entry.previous_msgctxt == "a"


def test_moved_message_keeps_translation_unfuzzied() -> None:
    result, report = merge(template(("letter/letter-2.1", "Free them now.")),
                           translated(("letter/letter-1.1", "Free them now.", "Вызваліце іх.")))
    assert result.messages[0].msgstr == "Вызваліце іх." and not result.messages[0].fuzzy
    assert report.moved == 1 and not result.obsolete


def test_removed_message_becomes_obsolete() -> None:
    result, report = merge(template(("a", "Completely new text about something else")),
                           translated(("z", "Old sentence.", "Стары сказ.")))
    assert [entry.msgid for entry in result.obsolete] == ["Old sentence."]
    assert result.obsolete[0].msgstr == "Стары сказ."
    assert result.obsolete[0].translator_comments == ["checked"]
    assert result.messages[0].msgstr == "" and report.obsoleted == 1


def test_obsolete_translation_is_revived_when_the_text_returns() -> None:
    old = translated(("a", "Old sentence.", "Стары сказ."))
    old.entries[0].obsolete = True
    result, report = merge(template(("a", "Old sentence.")), old)
    assert result.messages[0].msgstr == "Стары сказ." and not result.obsolete
    assert report.revived == 1


def test_untranslated_removed_message_is_dropped() -> None:
    result, _ = merge(template(("a", "New")), translated(("z", "Gone", "")))
    assert not result.obsolete


def test_fuzzy_state_of_a_kept_message_is_kept() -> None:
    result, _ = merge(template(("a", "Same text.")), translated(("a", "Same text.", "Той жа."), fuzzy=True))
    assert result.messages[0].fuzzy


def test_read_only_units_carry_the_source_text() -> None:
    pot = template(("addr", "Vul. Internatsianalnaya, 22"))
    pot.entries[0].flags = [READ_ONLY]
    result, _ = merge(pot, translated())
    assert result.messages[0].msgstr == "Vul. Internatsianalnaya, 22"
    assert not result.messages[0].fuzzy


def test_header_is_kept_but_creation_date_follows_template() -> None:
    result, _ = merge(template(("a", "x")), translated(("a", "x", "y")))
    assert result.header_field("Language") == "be"
    assert result.header_field("POT-Creation-Date") == "2026-01-02 00:00+0000"


def test_translator_flags_survive_but_tool_flags_follow_template() -> None:
    old = translated(("a", "Text", "Тэкст"))
    old.entries[0].flags = ["no-wrap", READ_ONLY]
    result, _ = merge(template(("a", "Text")), old)
    assert result.messages[0].flags == ["no-wrap"]


def test_a_returning_message_is_revived_not_left_as_an_obsolete_twin() -> None:
    """The same sentence twice in a unit; one copy removed then put back: msgfmt refuses #~ twins."""
    old = translated(("letter-1.1", "Free them now.", "Вызваліце іх."),
                     ("letter-1.3", "Free them now.", "Вызваліце іх зараз."))
    old.entries[1].obsolete = True
    result, report = merge(template(("letter-1.1", "Free them now."), ("letter-1.3", "Free them now.")), old)
    assert [entry.msgstr for entry in result.messages] == ["Вызваліце іх.", "Вызваліце іх зараз."]
    assert not result.obsolete and report.revived == 1


def test_a_fuzzy_message_changed_again_keeps_the_msgid_last_translated() -> None:
    first, _ = merge(template(("a", "They remain in pretrial detention.")),
                     translated(("a", "They remain in detention.", "Яны пад вартай.")))
    second, _ = merge(template(("a", "They still remain in pretrial detention.")), first)
    entry = second.messages[0]
    assert entry.fuzzy and entry.previous_msgid == "They remain in detention."


def test_previous_msgid_is_gnus_a_fuzzy_suggestion_without_one_gets_none() -> None:
    """Machine suggestions are fuzzy without #|: a changed source gives no #| (msgmerge --previous)."""
    result, _ = merge(template(("a", "They remain in pretrial detention.")),
                      translated(("a", "They remain in detention.", "Яны пад вартай."), fuzzy=True))
    entry = result.messages[0]
    assert entry.fuzzy and entry.previous_msgid is None and entry.previous_msgctxt is None


def test_an_accepted_machine_suggestion_loses_its_machine_comment_whether_its_source_changed_or_not() -> None:
    old = translated(("a", "They remain in detention.", "Яны пад вартай."))
    old.entries[0].translator_comments = ["checked", machine_comment("They remain in detention.", "Яны пад вартай."),
                                          "uaintl-note: 1 unknown word(s) left as in the source"]
    result, _ = merge(template(("a", "They remain in pretrial detention.")), old)
    assert result.messages[0].translator_comments == ["checked"]
    unchanged, _ = merge(template(("a", "They remain in detention.")), old)
    assert unchanged.messages[0].translator_comments == ["checked"]


def test_a_suggestion_waiting_for_review_keeps_its_machine_comment_and_notes() -> None:
    comments = ["checked", machine_comment("They remain in detention.", "Яны пад вартай."),
                "uaintl-note: 1 unknown word(s) left as in the source"]
    old = translated(("a", "They remain in detention.", "Яны пад вартай."), fuzzy=True)
    old.entries[0].translator_comments = list(comments)
    unchanged, _ = merge(template(("a", "They remain in detention.")), old)
    assert unchanged.messages[0].translator_comments == comments
    edited = translated(("a", "They remain in detention.", "Яны дагэтуль пад вартай."), fuzzy=True)
    edited.entries[0].translator_comments = list(comments)
    kept_fuzzy, _ = merge(template(("a", "They remain in detention.")), edited)
    assert kept_fuzzy.messages[0].translator_comments == ["checked"]  # a person's edit, still fuzzy: theirs


def machine_comment(source: str, output: str) -> str:
    return f"uaintl-mt: argos translate-en_be-1_0 v1.0 src={digest(source)} out={digest(output)}"


def test_a_unit_now_split_into_sentences_gives_each_its_sentence_of_the_translation() -> None:
    """A two-sentence action step extracted as one unit before the segmenter split action steps."""
    result, report = merge(
        template(("action/action-step-2.1", "<1>Click here</1> to tell us about <2>Urgent Action 12.34</2>."),
                 ("action/action-step-2.2", "It is <1>important</1> to report."),
                 ("notes/other-1.1", "You can also write in your own language.")),
        translated(("action/action-step-2", "<1>Click here</1> to tell us about <2>Urgent Action 12.34</2>. "
                    "It is <3>important</3> to report.",
                    "<1>Націсніце тут</1>, каб расказаць нам пра <2>Тэрміновую акцыю 12.34</2>. "
                    "Гэта <3>важна</3>."),
                   ("notes/other-1", "You can also write in your own language.", "Можна пісаць і на сваёй мове.")))
    first, second, note = result.messages
    assert first.msgstr == "<1>Націсніце тут</1>, каб расказаць нам пра <2>Тэрміновую акцыю 12.34</2>."
    assert second.msgstr == "Гэта <1>важна</1>."  # the tag numbered as in the new unit
    assert first.fuzzy and second.fuzzy and first.previous_msgid == second.previous_msgid
    assert first.previous_msgid.endswith("It is <3>important</3> to report.")
    assert (note.msgstr, note.fuzzy) == ("Можна пісаць і на сваёй мове.", False)  # only its id changed
    assert report.fuzzy == 2 and report.moved == 1 and not result.obsolete


def test_a_split_whose_translation_does_not_pair_up_falls_back_to_the_closest_message() -> None:
    """The translator joined the two sentences into one: nothing is split, the whole goes fuzzy to one."""
    result, _ = merge(
        template(("letter/letter-1.1", "He was detained on 5 May."), ("letter/letter-1.2", "He is a prisoner of conscience.")),
        translated(("letter/letter-1", "He was detained on 5 May. He is a prisoner of conscience.",
                    "Вязень сумлення, ён затрыманы 5 мая.")))
    assert {entry.msgstr for entry in result.messages} - {""} == {"Вязень сумлення, ён затрыманы 5 мая."}
    assert all(entry.fuzzy for entry in result.messages if entry.msgstr)
