"""doubt: a remark of kind doubt in the last 30 days with no contact with its author since."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workbench.model import RemarkKind, Status

from tests.sensing.world import FAC, World


def world(status: Status = Status.ACTIVE, **settings: object) -> World:
    w = World(**settings)
    w.person("ann", status, name="Ann")
    return w


@pytest.mark.parametrize(("days", "flagged"), [(0, True), (7, True), (29, True), (30, True),
                                               (31, False), (60, False)])
def test_a_doubt_of_the_last_30_days(days: int, flagged: bool) -> None:
    w = world()
    w.contacts("ann", days + 10)  # no silence question: a few contacts before
    w.doubt("ann", days)
    assert ("doubt" in w.signals_of("ann")) is flagged


@pytest.mark.parametrize(("window", "days", "flagged"), [(14, 14, True), (14, 15, False), (45, 40, True)])
def test_the_window_comes_from_the_settings(window: int, days: int, flagged: bool) -> None:
    w = world(doubt_window_days=window)
    w.doubt("ann", days)
    assert ("doubt" in w.signals_of("ann")) is flagged


def test_a_later_contact_clears_the_doubt() -> None:
    w = world()
    w.doubt("ann", 8)
    assert w.flagged() == {("doubt", ("ann",), "personal_conversation")}
    w.contact("ann", when=7)
    assert w.radar() == []


def test_a_contact_later_the_same_day_clears_it() -> None:
    w = world()
    w.doubt("ann", w.at(3, hour=10))
    w.contact("ann", when=w.at(3, hour=11))
    assert w.radar() == []


def test_an_earlier_contact_does_not() -> None:
    w = world()
    w.contact("ann", when=w.at(3, hour=9))
    w.doubt("ann", w.at(3, hour=10))
    assert w.signals_of("ann") == ("doubt",)


def test_a_contact_at_the_same_moment_does_not() -> None:
    """The doubt's own interaction is at its moment; another at that very moment is no later."""
    w = world()
    w.doubt("ann", 3)
    w.contact("ann", when=3)
    assert w.signals_of("ann") == ("doubt",)


def test_a_contact_with_someone_else_does_not() -> None:
    w = world()
    w.person("bob")
    w.doubt("ann", 3)
    w.contact("bob", when=1)
    assert w.signals_of("ann") == ("doubt",)


def test_a_contact_after_the_radars_day_is_not_seen() -> None:
    w = world()
    w.doubt("ann", 8)
    w.contact("ann", when=2)
    assert w.radar() == []
    assert w.signals_of("ann", today=w.today - timedelta(days=5)) == ("doubt",)


def test_a_doubt_after_the_radars_day_is_not_seen() -> None:
    w = world()
    w.contacts("ann", 20)
    w.doubt("ann", 2)
    assert w.about("ann", today=w.today - timedelta(days=5)) is None


@pytest.mark.parametrize("kind", [RemarkKind.QUESTION, RemarkKind.REMARK, RemarkKind.IDEA])
def test_only_doubts(kind: RemarkKind) -> None:
    w = world()
    w.remark("ann", 3, kind)
    assert w.radar() == []


@pytest.mark.parametrize(("status", "flagged"), [(Status.ACTIVE, True), (Status.CORE, True),
                                                 (Status.PROSPECT, True), (Status.OWN_WAY, False)])
def test_anyone_but_an_own_way_partner(status: Status, flagged: bool) -> None:
    w = world(status)
    w.doubt("ann", 3)
    assert (w.signals_of("ann") == ("doubt",)) is flagged


def test_the_facilitators_own_doubts_are_not_flagged() -> None:
    w = World()
    w.remark(FAC, 3, RemarkKind.DOUBT)
    assert w.radar() == []


def test_a_doubt_raised_in_a_group_meeting_is_the_authors() -> None:
    w = world()
    w.person("bob")
    w.remark("ann", 3, RemarkKind.DOUBT, with_=("ann", "bob"))
    assert w.flagged() == {("doubt", ("ann",), "personal_conversation")}


def test_the_evidence_and_the_words() -> None:
    w = world()
    iid = w.doubt("ann", 7, text="I don't know if I can keep this up.", theme="time")
    [finding] = w.radar()
    assert finding.action.value == "personal_conversation"
    [hit] = finding.hits
    assert hit.evidence == {"remarks": [{"at": w.at(7), "text": "I don't know if I can keep this up.",
                                         "theme": "time", "interaction": iid}]}
    assert finding.why == (
        "Raised a doubt on 2020-05-08 (7 days ago): \u201cI don't know if I can keep this up.\u201d; "
        "no contact since. Score 70.3: 55 for an open doubt; +15.3 as the latest evidence is "
        "7 days old (of 30).")


def test_several_open_doubts_are_one_signal() -> None:
    """Two doubts (at one moment: neither is a later contact for the other): one signal,
    the latest quoted, 5 more for the second, at most 10 more in all."""
    w = world()
    w.remark("ann", 6, RemarkKind.DOUBT, text="first")
    w.remark("ann", 6, RemarkKind.DOUBT, text="second")
    [finding] = w.radar()
    [hit] = finding.hits
    assert [r["text"] for r in hit.evidence["remarks"]] == ["first", "second"]
    assert hit.reasons[0].key == "doubt.more" and hit.reasons[0].params["count"] == 2
    assert hit.reasons[0].params["text"] == "second"
    assert hit.score_parts[0].key == "score.doubt.more"
    assert hit.points == 55 + 5 + 16
    w.remark("ann", 6, RemarkKind.DOUBT, text="third")
    w.remark("ann", 6, RemarkKind.DOUBT, text="fourth")
    assert w.hit("doubt", "ann").points == 55 + 10 + 16  # at most 10 for further doubts


@pytest.mark.parametrize(("days", "points"), [(0, 75), (15, 65), (30, 55)])
def test_a_fresh_doubt_scores_more(days: int, points: float) -> None:
    w = world()
    w.doubt("ann", days)
    assert w.hit("doubt", "ann").points == points
