"""low_energy (the facilitator's relation with a partner) and diverging (between two
partners): the latest reading ≤ 2, or at least 2 below the highest of the 3 before it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workbench.model import Status
from workbench.sensing.signals import energy_dip

from tests.sensing.world import FAC, World


def low(*series: int, status: Status = Status.ACTIVE, last_days_ago: float = 2,
        step_days: float = 7, **settings: object):  # type: ignore[no-untyped-def]
    w = World(**settings)
    w.person("ann", status)
    w.contacts("ann", 1)  # seen yesterday: no silence
    w.energy(FAC, "ann", *series, last_days_ago=last_days_ago, step_days=step_days)
    return w.hit("low_energy", "ann")


# --------------------------------------------------------------------------- the level


@pytest.mark.parametrize(("series", "flagged"), [
    ((3, 3, 3, 1), True), ((3, 3, 3, 2), True), ((3, 3, 3, 3), False), ((2,), True), ((3,), False),
    ((1,), True), ((4, 4), False)])
def test_a_latest_reading_of_2_or_less_is_low(series: tuple[int, ...], flagged: bool) -> None:
    assert (low(*series) is not None) is flagged


def test_the_level_comes_from_the_settings() -> None:
    assert low(3, 3, 3, 3, low_energy_max=3) is not None
    assert low(3, 3, 3, 2, low_energy_max=1) is None


# --------------------------------------------------------------------------- the drop


@pytest.mark.parametrize(("series", "flagged"), [
    ((5, 4, 4, 3), True),       # 2 below the 5
    ((4, 4, 4, 3), False),      # 1 below
    ((4, 5, 4, 3), True),       # the highest of the three, wherever it is
    ((4, 4, 5, 3), True),
    ((5, 4, 4, 4, 3), False),   # the 5 is the fourth reading back: outside the window
    ((5, 3), True),             # fewer than three before: those there are
    ((5, 4, 3), True),
    ((4, 3), False),
    ((5, 5, 5, 4), False),
    ((3, 5, 4, 4, 3), True),    # Vincent's: 5, 4, 4 then 3
])
def test_a_drop_of_2_below_the_highest_of_the_3_before(series: tuple[int, ...], flagged: bool) -> None:
    assert (low(*series) is not None) is flagged


@pytest.mark.parametrize(("series", "flagged"), [
    ((4, 2, 4), False),        # a dip that recovered is no longer low
    ((4, 4, 2, 3), False),     # recovering: 3 is 1 below the 4
    ((5, 4, 2, 3), True),      # but still 2 below the 5
    ((2, 2, 2, 4), False),
])
def test_only_the_latest_reading_decides(series: tuple[int, ...], flagged: bool) -> None:
    assert (low(*series) is not None) is flagged


def test_the_drop_comes_from_the_settings() -> None:
    assert low(5, 4, 4, 3, energy_drop=3) is None
    assert low(5, 4, 4, 3, energy_drop=1) is not None
    assert low(4, 4, 4, 3, energy_drop=1) is not None


def test_the_window_comes_from_the_settings() -> None:
    assert low(5, 4, 4, 4, 3, energy_drop_window=4) is not None
    assert low(5, 4, 3, energy_drop_window=1) is None
    assert low(5, 4, 3, energy_drop_window=2) is not None
    assert low(5, 3, energy_drop_window=0) is None


def test_readings_after_the_radars_day_are_not_seen() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 1)
    w.energy(FAC, "ann", 4, 4, 2, 4, last_days_ago=2, step_days=7)  # the 2 was 9 days ago
    assert w.hit("low_energy", "ann") is None
    hit = w.hit("low_energy", "ann", today=w.today - timedelta(days=5))
    assert hit is not None and hit.evidence["latest"] == 2
    assert [r["energy"] for r in hit.evidence["readings"]] == [4, 4, 2]


def test_readings_later_the_same_day_are_seen() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 1)
    w.energy(FAC, "ann", 4, 2, last_days_ago=0, step_days=1)  # today at 10:00
    assert w.hit("low_energy", "ann") is not None


# --------------------------------------------------------------------------- who


@pytest.mark.parametrize(("status", "flagged"), [(Status.ACTIVE, True), (Status.CORE, True),
                                                 (Status.PROSPECT, True), (Status.OWN_WAY, False)])
def test_anyone_but_an_own_way_partner(status: Status, flagged: bool) -> None:
    assert (low(4, 2, status=status) is not None) is flagged


def test_low_energy_suggests_a_personal_conversation_with_evidence() -> None:
    w = World()
    w.person("ann", name="Ann Smit")
    w.contacts("ann", 1)
    rid = w.energy(FAC, "ann", 3, 5, 4, 4, 2, last_days_ago=3, step_days=5)
    [finding] = w.radar()
    assert (finding.ids, finding.names, finding.action.value) == (("ann",), ("Ann Smit",),
                                                                 "personal_conversation")
    [hit] = finding.hits
    assert hit.evidence == {
        "relation": rid,
        "readings": [{"at": w.at(3 + 15), "energy": 5}, {"at": w.at(13), "energy": 4},
                     {"at": w.at(8), "energy": 4}, {"at": w.at(3), "energy": 2}],
        "latest": 2, "latest_at": w.at(3), "low": True, "dropped": True, "peak": 5,
        "peak_at": w.at(18), "drop": 3}
    assert finding.why.startswith(
        "Energy with Fenna dropped to 2 (doubting) on 2020-05-12, from 5 on 2020-04-27; "
        "the last readings were 5, 4, 4, 2.")


def test_a_low_level_without_a_drop_says_so() -> None:
    hit = low(3, 3, 2)
    assert hit.reasons[0].key == "low_energy.low"
    assert hit.reasons[0].text() == ("The latest energy reading with Fenna, on 2020-05-13, is 2 "
                                     "(doubting); the last readings were 3, 3, 2.")


def test_the_peak_date_is_the_latest_reading_at_the_peak() -> None:
    hit = low(5, 5, 3, last_days_ago=1, step_days=10)
    assert hit.evidence["peak"] == 5 and hit.evidence["peak_at"].date() == hit.evidence["latest_at"].date() - timedelta(days=10)


# --------------------------------------------------------------------------- scores


@pytest.mark.parametrize(("series", "severity"), [
    ((3, 3, 2), 60), ((3, 3, 1), 70), ((5, 4, 4, 3), 50), ((5, 5, 5, 2), 60), ((5, 5, 1), 70),
    ((4, 4, 1), 70), ((5, 3), 50)])
def test_the_severity_of_a_dip(series: tuple[int, ...], severity: float) -> None:
    """2 → 60, 1 → 70; a drop alone 50 (+5 per step beyond 2, never more than the level)."""
    hit = low(*series, last_days_ago=30)  # no recency left
    assert hit.points == severity


def test_a_deep_drop_scores_more_than_a_drop() -> None:
    assert low(5, 5, 2, energy_drop=1, low_energy_max=1, last_days_ago=30).points == 60  # drop 3
    assert low(5, 5, 4, energy_drop=1, low_energy_max=1, last_days_ago=30).points == 50


@pytest.mark.parametrize(("days", "bonus"), [(0, 20), (3, 18), (15, 10), (30, 0), (45, 0)])
def test_a_fresh_reading_scores_up_to_20_more(days: int, bonus: float) -> None:
    assert low(3, 2, last_days_ago=days).points == 60 + bonus


# --------------------------------------------------------------------------- diverging


def diverging(*series: int, status: Status = Status.ACTIVE, last_days_ago: float = 2,
              **settings: object) -> World:
    w = World(**settings)
    w.person("lot", name="Lotte")
    w.person("pie", status, name="Pieter")
    w.contacts("lot", 1)
    w.contacts("pie", 1)
    w.energy("pie", "lot", *series, last_days_ago=last_days_ago)
    return w


@pytest.mark.parametrize(("series", "flagged"), [
    ((4, 5, 4, 2), True), ((3, 3, 3), False), ((3, 3, 2), True), ((5, 4, 4, 3), True),
    ((4, 4, 4, 3), False), ((5, 4, 4, 4, 3), False), ((4, 2, 4), False)])
def test_partners_drifting_apart_are_brought_together(series: tuple[int, ...], flagged: bool) -> None:
    w = diverging(*series)
    expected = {("diverging", ("lot", "pie"), "bring_together")} if flagged else set()
    assert w.flagged() == expected


def test_one_item_names_both() -> None:
    [finding] = diverging(4, 5, 4, 2).radar()
    assert finding.names == ("Lotte", "Pieter")
    assert finding.why.startswith("Energy between Lotte and Pieter dropped to 2 (doubting)")


def test_the_same_thresholds_apply() -> None:
    assert diverging(3, 3, 3, low_energy_max=3).flagged()
    assert not diverging(5, 4, 4, 3, energy_drop=3).flagged()
    assert diverging(4, 4, 4, 3, energy_drop=1).flagged()
    assert not diverging(5, 4, 3, energy_drop_window=1).flagged()


@pytest.mark.parametrize("status", [Status.OWN_WAY])
def test_not_with_a_partner_gone_their_own_way(status: Status) -> None:
    assert diverging(4, 5, 4, 2, status=status).radar() == []


def test_a_prospect_can_diverge() -> None:
    assert diverging(4, 2, status=Status.PROSPECT).flagged()


def test_diverging_stays_an_item_of_its_own() -> None:
    """A partner with a doubt and a diverging relation: two items, one per concern."""
    w = diverging(4, 2)
    w.doubt("lot", 0)  # after the contact of yesterday
    assert sorted((f.ids, [s.value for s in f.signals]) for f in w.radar()) == [
        (("lot",), ["doubt"]), (("lot", "pie"), ["diverging"])]


def test_diverging_scores_5_below_low_energy() -> None:
    w = diverging(3, 2, last_days_ago=30)
    assert [f.score for f in w.radar()] == [55]
    w = diverging(5, 4, 4, 3, last_days_ago=30)
    assert [f.score for f in w.radar()] == [45]


def test_the_facilitators_relation_is_never_diverging() -> None:
    w = World()
    w.person("ann")
    w.contacts("ann", 1)
    w.energy("ann", FAC, 4, 2)
    assert w.flagged() == {("low_energy", ("ann",), "personal_conversation")}


def test_without_a_facilitator_every_relation_is_between_partners() -> None:
    from workbench.sensing import Observations, People, sense
    from workbench.model import SensingSettings
    from datetime import date, datetime

    obs = Observations(people=People(("a", "b"), ("person", "person"), ("active", "active"), ("A", "B")),
                       relation_ends={"r": ("a", "b")},
                       latest_readings={"r": ((datetime(2020, 5, 1), 2),)})
    [finding] = sense(obs, SensingSettings(), date(2020, 5, 15))
    assert finding.ids == ("a", "b") and finding.signals[0].value == "diverging"


def test_energy_dip_directly() -> None:
    from datetime import datetime

    from workbench.model import SensingSettings

    end = datetime(2020, 5, 16)
    rs = [(datetime(2020, 5, d), e) for d, e in ((1, 5), (2, 4), (3, 4), (4, 3))]
    dip = energy_dip(rs, SensingSettings(), end)
    assert dip is not None and (dip.low, dip.dropped, dip.peak, dip.drop) == (False, True, 5, 2)
    assert energy_dip([], SensingSettings(), end) is None
    assert energy_dip(rs, SensingSettings(), datetime(2020, 5, 1)) is None  # all after the end
    assert energy_dip(rs[:1], SensingSettings(), end) is None
