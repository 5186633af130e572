"""radio_silence at and around its thresholds: the minimum of 21 days, the person's own
cadence (the median gap, from 3 contacts on), the escalation past twice the limit, and who
is looked at (active and core partners; never prospects, own-way partners, the facilitator)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from workbench.model import Status
from workbench.sensing.signals import median_gap_days

from tests.sensing.world import FAC, World


def silence(w: World, sid: str = "ann"):  # type: ignore[no-untyped-def]
    return w.hit("radio_silence", sid)


def world_with_contacts(*days_ago: float, status: Status = Status.ACTIVE, **settings: object) -> World:
    w = World(**settings)
    w.person("ann", status)
    w.contacts("ann", *days_ago)
    return w


# --------------------------------------------------------------------------- the minimum


@pytest.mark.parametrize(("silent", "flagged"), [(20, False), (21, False), (22, True), (30, True)])
def test_with_fewer_than_three_contacts_the_limit_is_21_days(silent: int, flagged: bool) -> None:
    w = world_with_contacts(silent + 1, silent)  # a 1-day gap, but only two contacts
    assert (silence(w) is not None) is flagged


def test_a_single_contact_long_ago_is_silence() -> None:
    hit = silence(world_with_contacts(22))
    assert hit is not None and hit.evidence["contacts"] == 1
    assert hit.evidence["median_gap_days"] is None and hit.evidence["limit_days"] == 21
    assert hit.reasons[0].key == "radio_silence.few"


def test_someone_never_contacted_is_not_flagged() -> None:
    w = World()
    w.person("ann")
    assert w.radar() == []


@pytest.mark.parametrize("minimum", [14, 30])
def test_the_minimum_comes_from_the_settings(minimum: int) -> None:
    assert silence(world_with_contacts(minimum, silence_min_days=minimum)) is None
    hit = silence(world_with_contacts(minimum + 1, silence_min_days=minimum))
    assert hit is not None and hit.evidence["limit_days"] == minimum


# --------------------------------------------------------------------------- the cadence


def test_the_median_needs_three_contacts() -> None:
    """Two contacts 15 days apart say nothing about a rhythm: 25 days silent is silence.
    A third contact 15 days earlier makes the rhythm 15 days, the limit 30: not silent."""
    assert silence(world_with_contacts(40, 25)) is not None
    assert silence(world_with_contacts(55, 40, 25)) is None


@pytest.mark.parametrize(("silent", "flagged"), [(29, False), (30, False), (31, True)])
def test_the_limit_is_twice_the_median_gap(silent: int, flagged: bool) -> None:
    w = world_with_contacts(silent + 45, silent + 30, silent + 15, silent)  # gaps 15, 15, 15
    hit = silence(w)
    assert (hit is not None) is flagged
    if hit:
        assert hit.evidence["median_gap_days"] == 15 and hit.evidence["limit_days"] == 30
        assert hit.reasons[0].key == "radio_silence.rhythm"


def test_the_median_is_of_the_gaps_not_their_mean() -> None:
    """Gaps 5, 6 and 60 (mean 23.7): the median 6 makes the limit the minimum, 21."""
    w = world_with_contacts(100, 40, 34, 29)
    hit = silence(w)
    assert hit is not None
    assert hit.evidence["median_gap_days"] == 6 and hit.evidence["limit_days"] == 21
    assert hit.reasons[0].key == "radio_silence.minimum"


@pytest.mark.parametrize(("silent", "flagged"), [(42, False), (43, True)])
def test_an_even_number_of_gaps_takes_the_mean_of_the_middle_two(silent: int, flagged: bool) -> None:
    """Gaps 10, 20, 22 and 40: the median is 21, the limit 42."""
    s = silent
    w = world_with_contacts(s + 92, s + 82, s + 62, s + 40, s)
    assert (silence(w) is not None) is flagged


@pytest.mark.parametrize(("silent", "flagged"), [(24, False), (25, True)])
def test_the_median_counts_hours_too(silent: int, flagged: bool) -> None:
    """Gaps of 12 days and 6 hours: a limit of 24.5 days."""
    w = World()
    w.person("ann")
    last = w.at(silent)
    for k in range(3):
        w.contact("ann", when=last - timedelta(days=12.25 * k))
    hit = silence(w)
    assert (hit is not None) is flagged
    if hit:
        assert hit.evidence["limit_days"] == 24.5


@pytest.mark.parametrize(("needed", "flagged"), [(3, False), (4, False), (5, True)])
def test_how_many_contacts_the_median_needs_comes_from_the_settings(needed: int, flagged: bool) -> None:
    """Four contacts 15 days apart, 25 days silent: with a median the limit is 30."""
    w = world_with_contacts(70, 55, 40, 25, silence_min_interactions=needed)
    assert (silence(w) is not None) is flagged


def test_the_factor_comes_from_the_settings() -> None:
    w = world_with_contacts(76, 61, 46, 31, silence_gap_factor=3.0)  # limit 45
    assert silence(w) is None
    w = world_with_contacts(76, 61, 46, 31)  # limit 30
    assert silence(w) is not None


def test_median_gap_days() -> None:
    d = datetime(2020, 1, 1)
    assert median_gap_days([d, d + timedelta(days=2)]) == 2
    assert median_gap_days([d, d + timedelta(days=1), d + timedelta(days=4)]) == 2  # gaps 1, 3
    assert median_gap_days([d, d + timedelta(days=1), d + timedelta(days=4), d + timedelta(days=9)]) == 3
    assert median_gap_days([d, d + timedelta(hours=36), d + timedelta(hours=72)]) == 1.5


# --------------------------------------------------------------------------- escalation


@pytest.mark.parametrize(("silent", "action"), [(22, "phone_call"), (42, "phone_call"),
                                                 (43, "personal_conversation")])
def test_more_than_twice_the_limit_asks_for_a_conversation(silent: int, action: str) -> None:
    w = world_with_contacts(silent)
    assert w.flagged() == {("radio_silence", ("ann",), action)}
    escalated = [r.key for r in silence(w).reasons] == ["radio_silence.few", "radio_silence.escalated"]
    assert escalated is (action == "personal_conversation")
    assert silence(w).evidence["escalated"] is (action == "personal_conversation")


@pytest.mark.parametrize(("silent", "action"), [(60, "phone_call"), (61, "personal_conversation")])
def test_escalation_follows_the_persons_own_limit(silent: int, action: str) -> None:
    w = world_with_contacts(silent + 45, silent + 30, silent + 15, silent)  # limit 30
    assert w.flagged() == {("radio_silence", ("ann",), action)}
    assert silence(w).evidence["escalate_after_days"] == 60


@pytest.mark.parametrize(("factor", "silent", "action"), [(1.5, 31, "phone_call"),
                                                          (1.5, 32, "personal_conversation")])
def test_the_escalation_factor_comes_from_the_settings(factor: float, silent: int, action: str) -> None:
    w = world_with_contacts(silent, silence_escalate_factor=factor)  # limit 21, escalate after 31.5
    assert w.flagged() == {("radio_silence", ("ann",), action)}


# --------------------------------------------------------------------------- who


@pytest.mark.parametrize(("status", "flagged"), [(Status.ACTIVE, True), (Status.CORE, True),
                                                 (Status.PROSPECT, False), (Status.OWN_WAY, False)])
def test_only_active_partners_are_flagged_for_silence(status: Status, flagged: bool) -> None:
    assert (silence(world_with_contacts(60, status=status)) is not None) is flagged


def test_the_facilitator_is_never_silent() -> None:
    w = World()
    w.contacts(FAC, 90, 60)
    assert w.radar() == []


def test_contacts_after_the_radars_day_are_not_seen() -> None:
    """Asked about a day in the past, the radar knows nothing of what came after it."""
    w = world_with_contacts(70, 55, 40, 5)  # rhythm 15 days; seen 5 days ago
    assert silence(w) is None
    earlier = w.today - timedelta(days=31)  # then: last contact 9 days before, limit 21 (2 contacts)
    assert w.about("ann", today=earlier) is None
    later = w.today - timedelta(days=6)  # the day before the last contact: 34 days silent, limit 30
    hit = w.hit("radio_silence", "ann", today=later)
    assert hit is not None and hit.evidence["days_silent"] == 34 and hit.evidence["contacts"] == 3


def test_the_last_contact_is_counted_in_calendar_days() -> None:
    """22 days back at 23:59 is still 22 days silent."""
    w = World()
    w.person("ann")
    w.contact("ann", when=w.at(22, hour=23) + timedelta(minutes=59))
    hit = silence(w)
    assert hit is not None and hit.evidence["days_silent"] == 22
    assert hit.evidence["last_contact"] == w.at(22, hour=23) + timedelta(minutes=59)


def test_an_interaction_with_several_people_counts_for_each() -> None:
    w = World()
    w.person("ann")
    w.person("bob")
    w.contact("ann", "bob", when=30)
    assert {f.ids for f in w.radar()} == {("ann",), ("bob",)}


# --------------------------------------------------------------------------- score and words


@pytest.mark.parametrize(("silent", "points"), [(22, 41.4), (32, 55.7), (42, 70), (43, 70), (90, 70)])
def test_the_score_grows_from_40_to_70_at_the_escalation(silent: int, points: float) -> None:
    """Limit 21: 40 at the limit, growing by 30 over the 21 days up to twice the limit."""
    hit = silence(world_with_contacts(silent))
    assert hit.points == points
    assert hit.score_parts[0].params == {"points": points, "days": silent, "limit": 21}


def test_the_words_say_how_long_and_why_that_is_too_long() -> None:
    w = world_with_contacts(76, 61, 46, 31)
    [finding] = w.radar()
    assert finding.why.startswith(
        "No contact for 31 days (last on 2020-04-14). Usually every 15.0 days (4 contacts), "
        "so the limit is 30 days. Score 41: 41 for a silence of 31 days against a limit of 30.")
