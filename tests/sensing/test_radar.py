"""The radar as a whole: one item per person with all their signals and the strongest
action, pairs and groups apart, one score ordering everything, explained in ``why``; the
words from translatable templates; the JSON item."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

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
