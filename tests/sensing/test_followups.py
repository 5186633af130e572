"""overdue_followup: past its due date and not done; whose it is: its ``who``, else (or
when that is the facilitator) the other participants of its interaction."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from workbench.model import SensingSettings, Status
from workbench.sensing import FollowupRow, Observations, People, is_overdue, participants_needed, sense

from tests.sensing.world import FAC, TODAY, World


def world(*people: str) -> World:
    w = World()
    for sid in people:
        w.person(sid)
        w.contacts(sid, 1)  # no silence
    return w


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.mark.parametrize(("due", "flagged"), [(ago(1), True), (ago(0), False), (ago(-1), False),
                                              (ago(100), True)])
def test_past_its_due_date(due: date, flagged: bool) -> None:
    w = world("ann")
    w.followup("ann", due=due, who="ann")
    expected = {("overdue_followup", ("ann",), "follow_up")} if flagged else set()
    assert w.flagged() == expected


def test_done_or_without_a_date_never() -> None:
    w = world("ann")
    w.followup("ann", due=ago(10), who="ann", done=True)
    w.followup("ann", due=None, who="ann")
    assert w.radar() == []


def test_is_overdue() -> None:
    row = FollowupRow("f", "x", ago(1), None, None)
    assert is_overdue(row, TODAY) and not is_overdue(row._replace(due=TODAY), TODAY)
    assert not is_overdue(row._replace(due=None), TODAY)


def test_whose_it_is_the_who() -> None:
    w = world("ann", "bob")
    w.followup("ann", "bob", due=ago(3), who="bob")
    assert w.flagged() == {("overdue_followup", ("bob",), "follow_up")}


@pytest.mark.parametrize("who", [None, FAC])
def test_else_the_other_participants(who: str | None) -> None:
    w = world("ann")
    w.followup("ann", FAC, due=ago(3), who=who)
    assert w.flagged() == {("overdue_followup", ("ann",), "follow_up")}


def test_several_participants_are_one_item_for_the_group() -> None:
    w = world("ann", "bob", "cas")
    w.followup("cas", "ann", "bob", FAC, due=ago(3))
    w.followup("bob", "ann", "cas", due=ago(5), what="send the minutes")  # the same people: one item
    [finding] = w.radar()
    assert finding.ids == ("ann", "bob", "cas") and finding.signals[0].value == "overdue_followup"
    assert finding.why.startswith("2 follow-ups are overdue; the oldest, \u201csend the minutes\u201d, "
                                  "was due on 2020-05-10, 5 days ago.")


def test_a_who_gone_their_own_way_is_not_flagged() -> None:
    w = world("ann", "bob")
    w.set_status("bob", Status.OWN_WAY)
    w.followup("ann", "bob", due=ago(3), who="bob")
    assert w.radar() == []


def test_participants_gone_their_own_way_are_left_out() -> None:
    w = world("ann", "bob")
    w.set_status("bob", Status.OWN_WAY)
    w.followup("ann", "bob", due=ago(3))
    assert w.flagged() == {("overdue_followup", ("ann",), "follow_up")}
    w = world("bob")
    w.set_status("bob", Status.OWN_WAY)
    w.followup("bob", due=ago(3))
    assert w.radar() == []


def test_with_nobody_but_the_facilitator_an_item_without_people() -> None:
    w = world()
    w.followup(FAC, due=ago(3), what="book the room")
    [finding] = w.radar()
    assert (finding.ids, finding.names, finding.action.value) == ((), (), "follow_up")
    assert finding.why.startswith("Follow-up \u201cbook the room\u201d was due on 2020-05-12, 3 days "
                                  "ago. Nobody else took part: this one is the facilitator's own.")


def test_a_followup_on_its_own() -> None:
    """Follow-ups without an interaction (the store allows them): their who, or nobody."""
    obs = Observations(
        people=People(("fac", "ann"), ("facilitator", "person"), ("core", "active"), ("F", "Ann")),
        followups=(FollowupRow("f1", "call Ann", ago(2), "ann", None),
                   FollowupRow("f2", "book a room", ago(2), None, None)))
    found = sense(obs, SensingSettings(), TODAY)
    assert sorted(f.ids for f in found) == [(), ("ann",)]


def test_one_persons_followup_joins_their_other_signals() -> None:
    w = world("ann")
    w.followup("ann", due=ago(3), who="ann", when=60)
    w.doubt("ann", 0)
    [finding] = w.radar()
    assert [s.value for s in finding.signals] == ["doubt", "overdue_followup"]
    assert finding.action.value == "personal_conversation"


def test_the_evidence() -> None:
    w = world("ann")
    iid = w.followup("ann", due=ago(3), who="ann", what="send the plan")
    [fid] = [f.id for i in w.interactions if i.id == iid for f in i.followups]
    [finding] = w.radar()
    assert finding.evidence() == [{
        "signal": "overdue_followup",
        "followups": [{"id": fid, "what": "send the plan", "due": ago(3), "days_overdue": 3,
                       "who": "ann", "interaction": iid}]}]


@pytest.mark.parametrize(("days", "points"), [(1, 31), (14, 44), (30, 60), (300, 60)])
def test_the_longer_overdue_the_higher(days: int, points: float) -> None:
    w = world("ann")
    w.followup("ann", due=ago(days), who="ann", when=days + 5)
    assert [f.score for f in w.radar()] == [points]


def test_the_oldest_decides_the_score() -> None:
    w = world("ann")
    w.followup("ann", due=ago(2), who="ann")
    w.followup("ann", due=ago(12), who="ann", what="older")
    [finding] = w.radar()
    assert finding.score == 42
    assert finding.hits[0].reasons[0].params["what"] == "older"


def test_participants_are_needed_only_for_overdue_followups_naming_nobody_else() -> None:
    rows = [FollowupRow("a", "x", ago(1), None, "i1"), FollowupRow("b", "x", ago(1), FAC, "i2"),
            FollowupRow("c", "x", ago(1), "ann", "i3"), FollowupRow("d", "x", TODAY, None, "i4"),
            FollowupRow("e", "x", None, None, "i5"), FollowupRow("f", "x", ago(1), None, None)]
    assert participants_needed(rows, FAC, TODAY) == {"i1", "i2"}
