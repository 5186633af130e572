"""Conversation prep (workbench.workspace.prep) on real workspace files: per case (an
open doubt and one cleared by a later contact, silence, diverging partners, nothing on the
radar), and its findings equal to the whole radar's on the demo and a busy world."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

import pytest

from tests.sensing.test_workspace_radar import busy_world
from tests.sensing.world import FAC, TODAY, World
from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.model import Channel, Interaction, Reading, RemarkKind, Signal, Status
from workbench.store import Store
from workbench.workspace import Workspace
from workbench.workspace.prep import (
    LAST_CONTACTS,
    Prep,
    conversation_prep,
    conversation_preps,
)
from workbench.workspace.radar import radar


def _open(make_store: Callable[..., Store], w: World) -> Workspace:
    return Workspace(make_store(data=w.dataset()))


def _drivers(w: World, sid: str, drivers: str = "", **fields: str) -> None:
    w.people[sid] = replace(w.people[sid], drivers=drivers, **fields)


def _asks(prep: Prep, words: str) -> bool:
    return any(words in q for q in prep.opening_questions)


# --------------------------------------------------------------------------- doubts


def test_an_open_doubt_asks_for_considerations_and_a_later_contact_clears_it(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann", name="Ann Smit")
    w.contacts("ann", 60, 40)
    w.doubt("ann", 10, text="Is this worth my evenings?", theme="time")
    ws = _open(make_store, w)
    prep = conversation_prep(ws, "ann")
    assert [d.text for d in prep.open_doubts] == ["Is this worth my evenings?"]
    assert Signal.DOUBT in prep.signals
    assert prep.opening_questions[0] == "“Is this worth my evenings?” — what are your considerations?"

    ws.add_interaction(Interaction(id="", at=w.at(5), channel=Channel.CALL, with_=("ann", FAC)))
    prep = conversation_prep(ws, "ann")
    assert prep.open_doubts == ()
    assert Signal.DOUBT not in prep.signals
    assert not _asks(prep, "considerations")
    assert prep.last_contacts[0].at == w.at(5)
    ws.undo_stack.undo()
    assert [d.text for d in conversation_prep(ws, "ann").open_doubts] == ["Is this worth my evenings?"]
    ws.close()


def test_a_contact_on_the_same_moment_does_not_clear_a_doubt_but_one_after_it_does(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.doubt("ann", 3)  # raised in a contact of its own: that contact does not answer it
    ws = _open(make_store, w)
    assert len(conversation_prep(ws, "ann").open_doubts) == 1
    ws.add_interaction(Interaction(id="", at=w.at(3) + timedelta(minutes=1), channel=Channel.EMAIL,
                                   with_=("ann",)))
    assert conversation_prep(ws, "ann").open_doubts == ()
    ws.close()


def test_an_old_unanswered_doubt_stays_open_though_the_radar_no_longer_counts_it(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.contacts("ann", 70, 60, 50)
    w.doubt("ann", 45, text="Not sure about the fee")
    w.doubt("ann", 20, text="Who decides this?")
    w.contact("ann", when=30)  # answers the first, not the second
    ws = _open(make_store, w)
    prep = conversation_prep(ws, "ann")
    assert [d.text for d in prep.open_doubts] == ["Who decides this?"]
    assert Signal.DOUBT in prep.signals
    ws.close()
    w2 = World(as_of=TODAY)
    w2.person("bob")
    w2.contacts("bob", 70, 60, 50)
    w2.doubt("bob", 45, text="Not sure about the fee")  # outside the 30-day window
    ws = Workspace(make_store("b.voelspriet", data=w2.dataset()))
    prep = conversation_prep(ws, "bob")
    assert [d.text for d in prep.open_doubts] == ["Not sure about the fee"]
    assert Signal.DOUBT not in prep.signals
    assert _asks(prep, "what are your considerations?")
    ws.close()


# --------------------------------------------------------------------------- silence


def test_silence_asks_how_they_are_and_whether_the_plan_fits_their_drivers(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann", name="Ann Smit")
    w.contacts("ann", 100, 85, 70, 55, 31)  # rhythm of 15 days: limit 30, silent 31
    _drivers(w, "ann", "Wants her town to thrive.\nAnd more.")
    ws = _open(make_store, w)
    prep = conversation_prep(ws, "ann")
    assert prep.signals == (Signal.RADIO_SILENCE,)
    assert prep.opening_questions[:2] == (
        "How are you doing? We last spoke 31 days ago.",
        "Does the plan still fit what drives you (Wants her town to thrive)?")
    assert prep.contacts == 5
    assert [c.at for c in prep.last_contacts] == [w.at(d) for d in (31, 55, 70, 85, 100)]
    ws.set_fields("ann", drivers="")
    assert conversation_prep(ws, "ann").opening_questions[1] == "Does the plan still fit what drives you?"
    # a day on which she was not yet silent: the default questions instead
    earlier = conversation_prep(ws, "ann", TODAY - timedelta(days=5))
    assert earlier.today == TODAY - timedelta(days=5) and earlier.findings == ()
    assert not _asks(earlier, "How are you doing?")
    ws.close()


# --------------------------------------------------------------------------- diverging


def test_diverging_partners_are_each_asked_what_they_need_from_the_other(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("eve", name="Eve de Boer")
    w.person("fay", name="Fay Kok")
    w.contacts("eve", 2)
    w.contacts("fay", 2)
    w.energy("eve", "fay", 4, 5, 4, 2)
    w.energy(FAC, "eve", 4, 4, last_days_ago=3)
    ws = _open(make_store, w)
    eve, fay = conversation_preps(ws, ["eve", "fay"]).values()
    assert eve.signals == fay.signals == (Signal.DIVERGING,)
    assert eve.findings == fay.findings  # one finding for the pair
    assert eve.opening_questions[0] == "What do you need from Fay Kok, and what do you think Fay Kok needs from you?"
    assert fay.opening_questions[0] == ("What do you need from Eve de Boer, and what do you think Eve de Boer "
                                        "needs from you?")
    assert [e for _at, e in eve.energy] == [4, 4]  # with the facilitator, not with Fay
    assert fay.energy == ()
    ws.close()


def test_low_energy_and_an_overdue_followup_lead_to_their_own_questions(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("cas", name="Cas")
    w.contacts("cas", 2)
    w.energy(FAC, "cas", 4, 4, 3, 2)
    w.followup("cas", due=TODAY - timedelta(days=9), who="cas", when=30, what="send the budget")
    w.followup("cas", FAC, due=TODAY - timedelta(days=3), who=FAC, when=30, what="introduce Bob")
    ws = _open(make_store, w)
    prep = conversation_prep(ws, "cas")
    assert set(prep.signals) == {Signal.LOW_ENERGY, Signal.OVERDUE_FOLLOWUP}
    assert _asks(prep, "What would give you energy for this again?")
    assert "How far along is “send the budget”? Can I help?" in prep.opening_questions
    assert [f.what for f in prep.open_followups] == ["send the budget", "introduce Bob"]
    ws.close()


# --------------------------------------------------------------------------- nothing on the radar


def test_without_findings_the_practice_probes_what_is_not_known_yet(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.person("pia", Status.PROSPECT)
    w.person("vin", Status.OWN_WAY)
    w.person("gus")
    for sid in ("ann", "pia", "vin", "gus"):
        w.contacts(sid, 3)
    _drivers(w, "gus", "purpose", interests="local food", needs="time", value="a network")
    w.energy(FAC, "vin", 5, 1)  # would be low energy, but he went his own way
    ws = _open(make_store, w)
    preps = conversation_preps(ws, ["ann", "pia", "vin", "gus"])
    assert all(p.findings == () for p in preps.values())
    assert preps["ann"].opening_questions[:3] == (
        "What drives you to take part?",
        "What would you like to achieve, for yourself or your organisation?",
        "What do you need to be able to take part?")
    assert _asks(preps["pia"], "What would make joining worthwhile for you?")
    assert preps["vin"].opening_questions == (
        "How is your own path going? Is there still something we can do for each other?",)
    assert preps["gus"].opening_questions == (
        "What is going well for you in the network, and what could be better?",
        "Do you get what you hoped for from taking part?")
    assert conversation_prep(ws, FAC).opening_questions == ()
    ws.close()


# --------------------------------------------------------------------------- what a prep holds


def test_contacts_energy_themes_and_followups_as_of_the_day(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.person("bob")
    for days in (50, 40, 30, 20, 10, 6, 4):
        w.contact("ann", FAC, when=days, channel=Channel.MEETING if days == 10 else Channel.CALL)
    w.contact("ann", when=-3)  # after the day: not shown
    w.energy(FAC, "ann", 3, 4, 5, last_days_ago=1, step_days=10)
    w.readings.append(Reading(id="later", relation=w.relation(FAC, "ann"), at=w.at(-2), energy=1))
    w.remark("ann", 30, RemarkKind.QUESTION, theme="Tijd", text="how much time?")
    w.remark("ann", 20, RemarkKind.IDEA, theme="venue")
    w.remark("ann", 6, RemarkKind.REMARK, theme=" tijd ", text="again time")
    w.remark("ann", 4, RemarkKind.REMARK, theme="")
    w.remark("bob", 2, RemarkKind.REMARK, theme="money")
    w.followup("ann", due=None, who="ann", what="write the blog")
    w.followup("ann", FAC, due=TODAY + timedelta(days=3), what="book a room")  # owed to her
    w.followup("bob", due=TODAY, who="bob", what="not hers")
    w.followup("ann", due=TODAY, who="ann", done=True, what="done already")
    ws = _open(make_store, w)
    prep = conversation_prep(ws, "ann")
    assert prep.today == TODAY
    assert len(prep.last_contacts) == LAST_CONTACTS
    # newest first, the one after the day left out; remarks came in contacts of their own
    assert [c.at for c in prep.last_contacts] == [w.at(d) for d in (4, 4, 6, 6, 10)]
    assert prep.contacts == 14  # 7 contacts, 4 remarks and 3 follow-ups (each in a contact of its own)
    assert [c.channel for c in prep.last_contacts if c.at == w.at(10)] == [Channel.MEETING]
    at, channel, summary = prep.last_contacts[0]  # a (date, channel, summary) triple
    assert (at, channel, summary) == (w.at(4), Channel.CALL, "")
    assert [e for _at, e in prep.energy] == [3, 4, 5]
    assert [(t.theme, t.times) for t in prep.themes] == [("tijd", 2), ("venue", 1)]
    assert [f.what for f in prep.open_followups] == ["book a room", "write the blog"]
    ws.close()


def test_themes_raised_by_several_partners_are_marked_recurring(make_store) -> None:
    ws = Workspace(make_store(data=busy_world().dataset()))
    cas = conversation_prep(ws, "cas")
    assert [(t.theme, t.recurring) for t in cas.themes] == [("Time investment", True)]
    assert _asks(cas, "Several partners raise “Time investment”.")
    vin = conversation_prep(ws, "vin")  # gone his own way: not counted, not flagged
    assert [(t.theme, t.recurring) for t in vin.themes] == [("Time investment", False)]
    ws.close()


def test_unknown_people_are_left_out(make_store) -> None:
    ws = Workspace(make_store(data=busy_world().dataset()))
    assert list(conversation_preps(ws, ["nobody", "ann", "ann", "bob"])) == ["ann", "bob"]
    assert conversation_preps(ws, []) == {}
    with pytest.raises(KeyError, match="nobody"):
        conversation_prep(ws, "nobody")
    ws.close()


# --------------------------------------------------------------------------- the radar's own findings


def _radar_by_person(ws: Workspace, day: date | None = None) -> dict[str, tuple]:  # type: ignore[type-arg]
    by: dict[str, list] = {}  # type: ignore[type-arg]
    for finding in radar(ws, day).findings:
        for sid in finding.ids:
            by.setdefault(sid, []).append(finding)
    return {sid: tuple(fs) for sid, fs in by.items()}


@pytest.mark.parametrize("days", [0, 10, 25, -3])
def test_findings_are_the_whole_radars_on_a_busy_world(make_store, days: int) -> None:
    ws = Workspace(make_store(data=busy_world().dataset()))
    day = TODAY - timedelta(days=days)
    everyone = list(ws.stakeholder_columns().ids)
    expected = _radar_by_person(ws, day)
    together = conversation_preps(ws, everyone, day)
    for sid in everyone:
        alone = conversation_prep(ws, sid, day)
        assert alone == together[sid]
        assert alone.findings == expected.get(sid, ()), sid
    ws.close()


def test_findings_are_the_whole_radars_on_the_demo(tmp_path: Path) -> None:
    store = write_new_workspace(tmp_path / "demo.voelspriet", demo_dataset())
    ws = Workspace(store)
    try:
        everyone = list(ws.stakeholder_columns().ids)
        expected = _radar_by_person(ws)
        preps = conversation_preps(ws, everyone)
        assert {sid: p.findings for sid, p in preps.items() if p.findings} == expected
        yvonne = preps["s-yvonne"]
        assert yvonne.today == date(2020, 5, 15)
        assert yvonne.opening_questions[0].endswith("— what are your considerations?")
        assert "Inner circle" in yvonne.groups
        assert _asks(preps["s-jeroen"], "We last spoke 56 days ago")
        assert _asks(preps["s-lotte"], "Pieter Bos")
        assert preps["s-bas"].open_followups
    finally:
        ws.close()


# --------------------------------------------------------------------------- details (from mutation testing)


def test_quotes_are_cut_at_70_characters_and_the_day_ends_at_midnight(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.contacts("ann", 60, 40)
    exactly = "x" * 69 + "."  # 70: whole
    w.doubt("ann", 10, text=exactly)
    ws = _open(make_store, w)
    assert conversation_prep(ws, "ann").opening_questions[0] == f"“{exactly}” — what are your considerations?"
    ws.close()
    w.doubt("ann", 9, text="word " * 13 + "andmore words")  # 78 characters
    w.person("bob")
    w.doubt("bob", 9, text="a" * 68 + " bbbbbbbbbb")  # cut right after a space
    w.contact("ann", when=datetime.combine(TODAY + timedelta(days=1), datetime.min.time()))  # midnight: tomorrow
    w.remark("ann", datetime.combine(TODAY + timedelta(days=1), datetime.min.time()), theme="tomorrow")
    w.readings.append(Reading(id="midnight", relation=w.relation(FAC, "ann"),
                              at=datetime.combine(TODAY + timedelta(days=1), datetime.min.time()), energy=1))
    w.readings.append(Reading(id="today", relation=w.relation(FAC, "ann"), at=w.at(0), energy=4))
    ws = Workspace(make_store("later.voelspriet", data=w.dataset()))
    prep = conversation_prep(ws, "ann")
    assert prep.opening_questions[0] == f"“{'word ' * 13}andm…” — what are your considerations?"
    assert conversation_prep(ws, "bob").opening_questions[0] == f"“{'a' * 68}…” — what are your considerations?"
    assert [t.theme for t in prep.themes] == []  # tomorrow's remark is not shown
    assert prep.energy == ((w.at(0), 4),)
    assert prep.contacts == 4 and len(prep.open_doubts) == 1  # the contacts at midnight are tomorrow's
    ws.close()


def test_a_doubt_without_words_still_asks_for_considerations(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.doubt("ann", 5, text="  ")
    ws = _open(make_store, w)
    assert conversation_prep(ws, "ann").opening_questions[0] == "What are your considerations?"
    ws.close()


def test_the_facilitators_relation_is_found_whichever_end_it_is(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("zoe")  # sorts after "fac": the relation is stored (fac, zoe)
    w.person("abe")  # sorts before it: (abe, fac)
    w.energy(FAC, "zoe", 4, 5)
    w.energy(FAC, "abe", 3)
    ws = _open(make_store, w)
    preps = conversation_preps(ws, ["zoe", "abe"])
    assert [e for _at, e in preps["zoe"].energy] == [4, 5]
    assert [e for _at, e in preps["abe"].energy] == [3]
    ws.close()


def test_followups_the_facilitator_owes_and_how_they_are_asked_about(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann", name="Ann")
    w.person("bob", name="Bob")
    w.contacts("ann", 2)
    w.contacts("bob", 2)
    # owed to Ann by the facilitator, in a contact the facilitator is not listed in
    w.followup("ann", due=TODAY - timedelta(days=5), who=FAC, when=20, what="send Ann the report")
    w.followup("ann", due=TODAY - timedelta(days=2), who=FAC, when=20, what="book the room")
    ws = _open(make_store, w)
    preps = conversation_preps(ws, [FAC, "ann", "bob"])
    ann = preps["ann"]
    assert [f.what for f in ann.open_followups] == ["send Ann the report", "book the room"]
    overdue = [h for f in ann.findings for h in f.hits if h.signal == Signal.OVERDUE_FOLLOWUP]
    assert [x["what"] for x in overdue[0].evidence["followups"]] == ["send Ann the report", "book the room"]
    questions = [q for q in ann.opening_questions if "owe" in q]
    assert questions == ["I still owe you “send Ann the report”: is it still what you need?"]  # the oldest only
    assert [f.what for f in preps[FAC].open_followups] == ["send Ann the report", "book the room"]
    assert preps["bob"].open_followups == () and preps["bob"].last_contact_ids != ()
    assert preps["ann"].last_contact_ids[0] in {i.id for i in ws.interactions(stakeholder_id="ann")}
    ws.close()


def test_the_practices_questions_follow_what_is_known(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("kim")
    w.person("pia", Status.PROSPECT)
    for sid in ("kim", "pia"):
        w.contacts(sid, 3)
        _drivers(w, sid, "purpose", interests="food", needs="time")
    ws = _open(make_store, w)
    preps = conversation_preps(ws, ["kim", "pia"])
    assert preps["kim"].opening_questions == (
        "What is going well for you in the network, and what could be better?",
        "What would make taking part worthwhile for you?")
    assert preps["pia"].opening_questions == ("What would make joining worthwhile for you?",)
    ws.close()


def test_themes_skip_remarks_without_one_and_keep_the_latest_spelling(make_store) -> None:
    w = World(as_of=TODAY)
    w.person("ann")
    w.remark("ann", 12, theme="")
    w.remark("ann", 10, theme="Funding")
    w.remark("ann", 8, theme="funding ")
    ws = _open(make_store, w)
    assert [(t.theme, t.times, t.at) for t in conversation_prep(ws, "ann").themes] == [("funding", 2, w.at(8))]
    ws.close()


def test_recurring_themes_are_asked_about_in_these_words(make_store) -> None:
    ws = Workspace(make_store(data=busy_world().dataset()))
    cas = conversation_prep(ws, "cas")
    assert "Several partners raise “Time investment”. How do you see it, and what would help?" in cas.opening_questions
    ws.close()


def test_the_prep_speaks_the_windows_language(make_store) -> None:
    from PySide6.QtCore import QLocale

    from workbench.ui.app import install_translation, make_app

    app = make_app()
    assert install_translation(app, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        w = World(as_of=TODAY)
        w.person("ann")
        w.doubt("ann", 5, text="")
        ws = _open(make_store, w)
        assert conversation_prep(ws, "ann").opening_questions[0] == "Wat zijn je overwegingen?"
        ws.close()
    finally:
        install_translation(app, QLocale(QLocale.Language.English))


def test_what_the_radar_leaves_out_the_prep_leaves_out(tmp_path: Path) -> None:
    """A snoozed or dismissed finding is off the radar, and off the prep of its people too."""
    ws = Workspace(write_new_workspace(tmp_path / "demo.voelspriet", demo_dataset()))
    try:
        preps = conversation_preps(ws, ["s-yvonne", "s-jeroen"])
        doubt, silence = preps["s-yvonne"].findings[0], preps["s-jeroen"].findings[0]
        ws.snooze(doubt, date(2020, 6, 1))
        ws.dismiss(silence)
        preps = conversation_preps(ws, ["s-yvonne", "s-jeroen"])
        assert doubt not in preps["s-yvonne"].findings and silence not in preps["s-jeroen"].findings
        everyone = list(ws.stakeholder_columns().ids)
        assert {sid: p.findings for sid, p in conversation_preps(ws, everyone).items() if p.findings} \
            == _radar_by_person(ws)
        ws.undo_stack.undo()
        ws.undo_stack.undo()
        assert doubt in conversation_prep(ws, "s-yvonne").findings
    finally:
        ws.close()
