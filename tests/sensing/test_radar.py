"""The radar as a whole: one item per person with all their signals and the strongest
action, pairs and groups apart, one score ordering everything, explained in ``why``; the
words from translatable templates; the JSON item."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from workbench.model import Action, SensingSettings, Signal, Status
from workbench.sensing import TEMPLATES, Finding, Reason, observe, radar_day, rank, readings_needed, remarks_from, render
from workbench.sensing.signals import ACTION_STRENGTH, Hit

from tests.sensing.world import FAC, TODAY, World


def test_one_item_per_person_with_every_signal() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 90)
    w.followup("ann", due=TODAY - timedelta(days=3), who="ann", when=60)  # silent since: escalated
    w.energy(FAC, "ann", 4, 2, last_days_ago=60)
    [finding] = w.radar()
    assert [s.value for s in finding.signals] == ["radio_silence", "low_energy", "overdue_followup"]
    assert finding.action == Action.PERSONAL_CONVERSATION
    assert finding.ids == ("ann",)
    # the strongest (silence, 70) and 10 for each of the two others
    assert finding.score == 90
    assert [p.key for p in finding.score_parts] == ["score.radio_silence", "score.more.several"]
    assert finding.why.endswith("Score 90: 70 for a silence of 60 days against a limit of 21; "
                                "+20 for 2 more signals.")


def test_the_strongest_action_wins() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 25)  # silent 25 days: a phone call
    w.followup("ann", due=TODAY - timedelta(days=3), who="ann", when=25)
    [finding] = w.radar()
    assert finding.action == Action.PHONE_CALL
    assert finding.why.endswith("+10 for a second signal.")
    assert finding.score == 55.7  # the silence's 40 + 30 × 4/21 (above the follow-up's 33) + 10


def test_the_strongest_action_wins_whichever_signal_comes_first() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 25)  # a phone call, listed first
    w.energy(FAC, "ann", 4, 2, last_days_ago=25)  # a personal conversation
    [finding] = w.radar()
    assert [s.value for s in finding.signals] == ["radio_silence", "low_energy"]
    assert finding.action == Action.PERSONAL_CONVERSATION


def test_action_strength_order() -> None:
    assert sorted(ACTION_STRENGTH, key=ACTION_STRENGTH.__getitem__, reverse=True) == [
        Action.PERSONAL_CONVERSATION, Action.BRING_TOGETHER, Action.PHONE_CALL, Action.FOLLOW_UP,
        Action.ADJUST_COMMUNICATION]
    assert set(ACTION_STRENGTH) == set(Action)


def test_ranked_by_score_then_latest_evidence_then_names() -> None:
    def finding(name: str, score: float, latest: date) -> Finding:
        return Finding(ids=(name,), names=(name,), signals=(Signal.DOUBT,),
                       action=Action.PERSONAL_CONVERSATION, score=score, hits=(), score_parts=(),
                       latest=latest)

    a = finding("a", 50, date(2020, 5, 1))
    b = finding("b", 60, date(2020, 4, 1))
    c = finding("c", 50, date(2020, 5, 2))
    d = finding("d", 50, date(2020, 5, 2))
    assert [f.ids[0] for f in rank([a, d, b, c])] == ["b", "c", "d", "a"]


def test_the_list_is_sorted_by_score() -> None:
    w = World()
    for sid, days in (("ann", 25), ("bob", 60), ("cas", 35)):
        w.person(sid)
        w.contacts(sid, days)
    w.person("dee")
    w.doubt("dee", 1)
    found = w.radar()
    assert [f.ids[0] for f in found] == ["dee", "bob", "cas", "ann"]
    assert [f.score for f in found] == sorted((f.score for f in found), reverse=True)


def test_the_facilitator_and_own_way_partners_are_never_on_the_radar() -> None:
    w = World()
    w.person("vin", Status.OWN_WAY)
    w.person("ann")
    w.contacts(FAC, 90)
    w.contacts("vin", 90, 60)
    w.energy(FAC, "vin", 5, 1)
    w.energy("vin", "ann", 5, 1)
    w.doubt("vin", 2)
    w.doubt(FAC, 2)
    w.followup("vin", due=TODAY - timedelta(days=3), who="vin", when=60)
    w.contacts("ann", 1)
    assert w.radar() == []


def test_why_in_another_language() -> None:
    w = World()
    w.person("ann")
    w.doubt("ann", 7, text="Hmm.")
    [finding] = w.radar()
    dutch = {"doubt.one": "Twijfel op {date} ({days} dagen geleden): \u201c{text}\u201d.",
             "score": "Score {score:g}: {parts}.",
             "score.doubt": "{points:g} voor een twijfel",
             "score.part.joiner": ", "}
    # a key missing from the table (score.recency) falls back to English
    assert finding.why_in(dutch) == (
        "Twijfel op 2020-05-08 (7 dagen geleden): \u201cHmm.\u201d. Score 70.3: 55 voor een "
        "twijfel, +15.3 as the latest evidence is 7 days old (of 30).")


def test_every_reason_renders_in_english() -> None:
    """Every template key used has a template and every parameter it names."""
    w = World()
    for sid in ("ann", "bob", "cas", "dee", "eve", "fay"):
        w.person(sid)
    w.contacts("ann", 1)
    w.contacts("bob", 80, 65, 50, 35)
    w.contacts("cas", 90, 85, 80, 60)
    w.followup("fay", due=TODAY - timedelta(days=1), who="fay", when=30)
    w.followup("bob", due=TODAY - timedelta(days=1), who="bob", when=80)
    w.energy(FAC, "ann", 5, 3)
    w.energy(FAC, "bob", 3, 2)
    w.energy("cas", "dee", 3, 1)
    w.energy("dee", "eve", 5, 3)
    w.energy("eve", "fay", 3, 2)
    for sid in ("bob", "cas", "dee"):
        w.remark(sid, 50, theme="x")
    w.doubt("dee", 2)
    w.doubt("eve", 3)
    w.doubt("eve", 3)
    w.followup("ann", due=TODAY - timedelta(days=1), who="ann", when=90)
    w.followup("cas", "dee", due=TODAY - timedelta(days=1), when=90)
    w.followup("cas", "dee", due=TODAY - timedelta(days=2), when=90)
    w.followup(FAC, due=TODAY - timedelta(days=2), when=90)
    for today in (TODAY, TODAY - timedelta(days=40)):
        for finding in w.radar(today):
            for reason in finding.reasons + finding.score_parts:
                assert reason.key in TEMPLATES
                assert reason.text()
            json.dumps(finding.to_json())
    keys = {r.key for t in (TODAY, TODAY - timedelta(days=40)) for f in w.radar(t)
            for r in f.reasons + f.score_parts}
    assert keys == set(TEMPLATES) - {"score", "score.part.joiner"}


def test_reason_and_render() -> None:
    r = Reason("doubt.one", {"date": "2020-05-01", "days": 3, "text": "t"})
    assert r.to_json() == {"key": "doubt.one", "params": {"date": "2020-05-01", "days": 3, "text": "t"}}
    assert render([r, r]) == r.text() + " " + r.text()
    assert render([]) == ""


def test_the_json_item() -> None:
    w = World()
    w.person("ann", name="Ann Smit")
    w.contacts("ann", 90, 60)
    [finding] = w.radar()
    item = finding.to_json()
    assert list(item) == ["ids", "names", "signals", "action", "score", "why", "evidence",
                          "reasons", "score_parts"]
    assert item["ids"] == ["ann"] and item["names"] == ["Ann Smit"]
    assert item["signals"] == ["radio_silence"] and item["action"] == "personal_conversation"
    assert item["score"] == 70 and item["why"] == finding.why
    assert item["evidence"] == [{
        "signal": "radio_silence", "last_contact": "2020-03-16T10:00:00", "days_silent": 60,
        "contacts": 2, "median_gap_days": None, "limit_days": 21, "escalate_after_days": 42,
        "escalated": True}]
    assert item["reasons"][0]["key"] == "radio_silence.few"
    assert json.loads(json.dumps(item)) == item


def test_dates_in_json_are_iso() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 1)
    w.energy(FAC, "ann", 4, 2)
    item = w.radar()[0].to_json()
    assert item["evidence"][0]["readings"][1] == {"at": "2020-05-13T10:00:00", "energy": 2}
    assert item["evidence"][0]["latest_at"] == "2020-05-13T10:00:00"


# --------------------------------------------------------------------------- the reads it needs


def test_the_day() -> None:
    assert radar_day(SensingSettings(as_of=date(2020, 5, 15))) == date(2020, 5, 15)
    assert radar_day(SensingSettings(as_of=date(2020, 5, 15)), date(2021, 1, 1)) == date(2021, 1, 1)
    assert radar_day(SensingSettings()) == date.today()


def test_what_to_read() -> None:
    assert remarks_from(SensingSettings(), TODAY) == TODAY - timedelta(days=30)
    assert remarks_from(SensingSettings(doubt_window_days=45), TODAY) == TODAY - timedelta(days=45)
    assert remarks_from(SensingSettings(theme_window_days=60), TODAY) == TODAY - timedelta(days=60)
    assert readings_needed(SensingSettings()) == 4
    assert readings_needed(SensingSettings(energy_drop_window=5)) == 6


def test_observe_a_dataset() -> None:
    w = World()
    w.person("ann")
    w.energy(FAC, "ann", 3, 4, last_days_ago=1)
    w.contact("ann", "ann", when=3)  # a participant listed twice is one contact
    w.followup("ann", due=TODAY, done=True)
    obs = observe(w.dataset())
    assert obs.facilitator == FAC and obs.facilitator_id() == FAC
    assert obs.contact_dates == {"ann": (w.at(40), w.at(3))}
    assert [e for _, e in obs.latest_readings["r-ann-fac"]] == [3, 4]
    assert obs.followups == ()


def test_hit_is_a_value() -> None:
    assert Hit.__dataclass_params__.frozen  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the words, exactly

WORDS = [
    ("radio_silence.rhythm", {"days": 31, "last": "2020-04-14", "median": 15.0, "contacts": 4, "limit": 30.0},
     "No contact for 31 days (last on 2020-04-14). Usually every 15.0 days (4 contacts), so the "
     "limit is 30 days."),
    ("radio_silence.minimum", {"days": 22, "last": "2020-04-23", "median": 6.25, "contacts": 5, "limit": 21.0},
     "No contact for 22 days (last on 2020-04-23). Usually every 6.2 days (5 contacts), so the "
     "limit is the minimum of 21 days."),
    ("radio_silence.few", {"days": 22, "last": "2020-04-23", "contacts": 2, "limit": 21.0},
     "No contact for 22 days (last on 2020-04-23). Too few contacts (2) to know their rhythm, so "
     "the limit is the minimum of 21 days."),
    ("radio_silence.escalated", {"factor": 2.0},
     "That is more than 2 times the limit: a personal conversation rather than a call."),
    ("low_energy.low", {"facilitator": "Fenna", "energy": 2, "label": "doubting", "date": "2020-05-01",
                        "series": "3, 2"},
     "The latest energy reading with Fenna, on 2020-05-01, is 2 (doubting); the last readings were 3, 2."),
    ("low_energy.drop", {"facilitator": "Fenna", "energy": 3, "label": "neutral", "date": "2020-05-01",
                         "peak": 5, "peak_date": "2020-04-01", "series": "5, 3"},
     "Energy with Fenna dropped to 3 (neutral) on 2020-05-01, from 5 on 2020-04-01; the last "
     "readings were 5, 3."),
    ("diverging.low", {"a": "Lotte", "b": "Pieter", "energy": 1, "label": "disengaging",
                       "date": "2020-05-01", "series": "1"},
     "The latest energy reading between Lotte and Pieter, on 2020-05-01, is 1 (disengaging); the "
     "last readings were 1."),
    ("diverging.drop", {"a": "Lotte", "b": "Pieter", "energy": 2, "label": "doubting", "date": "2020-05-04",
                        "peak": 5, "peak_date": "2020-04-09", "series": "4, 5, 4, 2"},
     "Energy between Lotte and Pieter dropped to 2 (doubting) on 2020-05-04, from 5 on 2020-04-09; "
     "the last readings were 4, 5, 4, 2."),
    ("doubt.one", {"date": "2020-05-08", "days": 7, "text": "Hmm"},
     "Raised a doubt on 2020-05-08 (7 days ago): \u201cHmm\u201d; no contact since."),
    ("doubt.more", {"date": "2020-05-08", "days": 7, "text": "Hmm", "count": 2},
     "Raised 2 doubts, the latest on 2020-05-08 (7 days ago): \u201cHmm\u201d; no contact since."),
    ("recurring_theme", {"count": 3, "theme": "funding", "window": 30, "names": "A, B, C"},
     "3 partners raised \u201cfunding\u201d in the last 30 days: A, B, C."),
    ("overdue_followup.one", {"what": "call", "due": "2020-05-01", "days": 14},
     "Follow-up \u201ccall\u201d was due on 2020-05-01, 14 days ago."),
    ("overdue_followup.more", {"what": "call", "due": "2020-05-01", "days": 14, "count": 2},
     "2 follow-ups are overdue; the oldest, \u201ccall\u201d, was due on 2020-05-01, 14 days ago."),
    ("overdue_followup.nobody", {}, "Nobody else took part: this one is the facilitator's own."),
    ("score.radio_silence", {"points": 41.4, "days": 22, "limit": 21.0},
     "41.4 for a silence of 22 days against a limit of 21"),
    ("score.low_energy", {"points": 60.0, "energy": 2}, "60 for energy 2 with the facilitator"),
    ("score.low_energy.drop", {"points": 55.0, "drop": 3}, "55 for a drop of 3 with the facilitator"),
    ("score.diverging", {"points": 55.0, "energy": 2}, "55 for energy 2 between the two"),
    ("score.diverging.drop", {"points": 45.0, "drop": 2}, "45 for a drop of 2 between the two"),
    ("score.doubt", {"points": 55.0}, "55 for an open doubt"),
    ("score.doubt.more", {"points": 60.0, "count": 2}, "60 for 2 open doubts"),
    ("score.recurring_theme", {"points": 35.0, "count": 3}, "35 for 3 partners raising it"),
    ("score.overdue_followup", {"points": 44.0, "days": 14}, "44 for being 14 days overdue"),
    ("score.recency", {"points": 15.3, "days": 7, "window": 30},
     "+15.3 as the latest evidence is 7 days old (of 30)"),
    ("score.more", {"points": 10.0, "count": 1}, "+10 for a second signal"),
    ("score.more.several", {"points": 20.0, "count": 2}, "+20 for 2 more signals"),
]


@pytest.mark.parametrize(("key", "params", "text"), WORDS, ids=[w[0] for w in WORDS])
def test_the_english_words(key: str, params: dict, text: str) -> None:  # type: ignore[type-arg]
    assert Reason(key, params).text() == text


def test_every_template_is_pinned() -> None:
    assert {w[0] for w in WORDS} == set(TEMPLATES) - {"score", "score.part.joiner"}


def test_the_score_sentence() -> None:
    from workbench.sensing.why import render_score

    parts = [Reason("score.doubt", {"points": 55.0}), Reason("score.more", {"points": 10.0, "count": 1})]
    assert render_score(65.0, parts) == "Score 65: 55 for an open doubt; +10 for a second signal."
    assert render_score(65.5, parts[:1], {"score": "{score:g} = {parts}!"}) == "65.5 = 55 for an open doubt!"


# --------------------------------------------------------------------------- edges of the settings


def test_equal_points_the_first_signal_explains_the_score() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 60)                              # silence: 70
    w.energy(FAC, "ann", 3, 1, last_days_ago=30)       # energy 1, 30 days old: 70
    [finding] = w.radar()
    assert finding.score == 80
    assert finding.score_parts[0].key == "score.radio_silence"


def test_a_window_of_no_days() -> None:
    w = World(doubt_window_days=0)
    w.person("ann")
    w.person("bob")
    w.doubt("ann", 0)
    w.doubt("bob", 1)
    assert [(f.ids, f.score) for f in w.radar()] == [(("ann",), 55)]


def test_an_escalation_factor_of_one_escalates_at_once() -> None:
    w = World(silence_escalate_factor=1.0)
    w.person("ann")
    w.contacts("ann", 22)
    [finding] = w.radar()
    assert (finding.action, finding.score) == (Action.PERSONAL_CONVERSATION, 70)


def test_a_median_from_one_contact_is_no_median() -> None:
    w = World(silence_min_interactions=1)
    w.person("ann")
    w.contacts("ann", 22)
    assert w.flagged() == {("radio_silence", ("ann",), "phone_call")}
    w.contacts("ann", 60)  # two contacts: a median of 38 days, a limit of 76
    assert w.radar() == []


def test_a_theme_needs_at_least_one_partner() -> None:
    w = World(theme_min_partners=0)
    w.person("ann")
    w.remark("ann", 2, theme="funding")
    assert [(f.ids, f.score) for f in w.radar()] == [(("ann",), 35 + 18.7)]


def test_the_facilitator_from_the_kinds() -> None:
    from workbench.sensing import Observations, People

    people = People(("a", "f"), ("person", "facilitator"), ("active", "core"), ("A", "F"))
    assert Observations(people=people).facilitator_id() == "f"
    assert Observations(people=people, facilitator="a").facilitator_id() == "a"
    assert Observations(people=People(("a",), ("person",), ("active",), ("A",))).facilitator_id() is None


def test_observe_orders_readings_by_time_then_id() -> None:
    """A dataset may list readings in any order (an import keeps the file's)."""
    from dataclasses import replace as _replace

    w = World()
    w.person("ann")
    w.energy(FAC, "ann", 4, 4, 2, last_days_ago=1)
    data = w.dataset()
    readings = tuple(reversed(data.readings))
    same_moment = (_replace(readings[0], id="zz", energy=5), _replace(readings[0], id="aa", energy=1))
    obs = observe(_replace(data, readings=readings))
    assert [e for _, e in obs.latest_readings["r-ann-fac"]] == [4, 4, 2]
    obs = observe(_replace(data, readings=readings[1:] + same_moment))
    assert [e for _, e in obs.latest_readings["r-ann-fac"]] == [4, 4, 1, 5]
