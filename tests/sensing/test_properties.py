"""Properties of the radar over generated worlds (hypothesis).

- Adding an interaction never makes that person's silence longer, and one within the
  minimum limit (21 days) always ends their radio silence. It can make the *limit* shorter,
  though: the limit follows the median gap, and a new short gap can lower the median (a
  rule of PRODUCT.md; see ``test_a_short_new_gap_can_shorten_the_limit``), so "never flagged
  after a contact" holds only for contacts within the minimum.
- A plain interaction (no remarks, no follow-ups) never brings a new signal other than
  that: no doubt, energy, theme or follow-up finding appears because of it.
- Removing everyone's status own_way never hides a finding: every (signal, person) the
  radar flags stays flagged.
- Always: sorted by score; the facilitator and own-way partners never named; prospects
  never silent; the action the strongest of the item's; the score its strongest hit plus 10
  per further signal; every reason renders; the item dumps as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.model import RemarkKind, Status
from workbench.sensing import Finding
from workbench.sensing.signals import ACTION_STRENGTH

from tests.sensing.world import FAC, TODAY, World

PEOPLE = ("ann", "bob", "cas", "dee", "eve")
THEMES = ("funding", "Funding ", "roles", "café", "CAFE", "")
STATUSES = (Status.ACTIVE, Status.ACTIVE, Status.CORE, Status.PROSPECT, Status.OWN_WAY)


@dataclass
class Plan:
    """The drawn world, so that it can be built again with a change."""

    statuses: dict[str, Status]
    contacts: list[tuple[tuple[str, ...], float]]
    facilitator_energy: dict[str, list[int]]
    partner_energy: dict[tuple[str, str], list[int]]
    remarks: list[tuple[str, float, RemarkKind, str]]
    followups: list[tuple[tuple[str, ...], int, str | None]]
    settings: dict[str, int]

    def build(self, statuses: dict[str, Status] | None = None) -> World:
        w = World(**self.settings)
        for sid, status in (statuses or self.statuses).items():
            w.person(sid, status)
        for who, days in self.contacts:
            w.contact(*who, when=days)
        for sid, series in self.facilitator_energy.items():
            if series:
                w.energy(FAC, sid, *series, last_days_ago=3, step_days=6)
        for (a, b), series in self.partner_energy.items():
            if series:
                w.energy(a, b, *series, last_days_ago=4, step_days=5)
        for by, days, kind, theme in self.remarks:
            w.remark(by, days, kind, theme)
        for who, due, owner in self.followups:
            w.followup(*who, due=TODAY - timedelta(days=due), who=owner, when=50)
        return w


days = st.floats(min_value=0, max_value=120, allow_nan=False).map(lambda d: round(d * 4) / 4)
energies = st.lists(st.integers(1, 5), max_size=5)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    n = draw(st.integers(1, len(PEOPLE)))
    people = PEOPLE[:n]
    statuses = {sid: draw(st.sampled_from(STATUSES)) for sid in people}
    some = st.lists(st.sampled_from(people), min_size=1, max_size=3, unique=True).map(tuple)
    contacts = draw(st.lists(st.tuples(some, days), max_size=14))
    fac_energy = {sid: draw(energies) for sid in people}
    pairs = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]
    partner_energy = {pair: draw(energies) for pair in pairs[:3]}
    remarks = draw(st.lists(st.tuples(st.sampled_from(people + (FAC,)), days,
                                      st.sampled_from(list(RemarkKind)), st.sampled_from(THEMES)),
                            max_size=10))
    followups = draw(st.lists(st.tuples(st.lists(st.sampled_from(people + (FAC,)), max_size=3,
                                                 unique=True).map(tuple),
                                        st.integers(-5, 40),
                                        st.sampled_from((None, FAC) + people)), max_size=3))
    chosen = {"silence_min_days": draw(st.sampled_from((14, 21))),
              "theme_min_partners": draw(st.sampled_from((2, 3)))}
    return Plan(statuses, contacts, fac_energy, partner_energy, remarks, followups, chosen)


def flagged(findings: list[Finding]) -> set[tuple[str, str]]:
    return {(signal.value, sid) for f in findings for signal in f.signals for sid in f.ids}


def silence_days(findings: list[Finding], sid: str) -> int | None:
    for f in findings:
        if f.ids == (sid,):
            for hit in f.hits:
                if hit.signal.value == "radio_silence":
                    return hit.evidence["days_silent"]
    return None


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(plans(), st.sampled_from(PEOPLE), days)
def test_adding_an_interaction_never_lengthens_a_silence(plan: Plan, sid: str, when: float) -> None:
    if sid not in plan.statuses:
        return
    before = plan.build().radar()
    world = plan.build()
    world.contact(sid, when=when)
    after = world.radar()
    was, now = silence_days(before, sid), silence_days(after, sid)
    if now is not None:
        assert when > plan.settings["silence_min_days"]  # within the minimum: never silent
        if was is not None:
            assert now <= was


@SETTINGS
@given(plans(), st.sampled_from(PEOPLE), st.integers(0, 21))
def test_a_recent_contact_always_ends_the_silence(plan: Plan, sid: str, when: int) -> None:
    if sid not in plan.statuses:
        return
    world = plan.build()
    world.contact(sid, when=min(when, plan.settings["silence_min_days"]))
    assert ("radio_silence", sid) not in flagged(world.radar())


@SETTINGS
@given(plans(), st.sampled_from(PEOPLE), days)
def test_a_plain_interaction_brings_no_other_signal(plan: Plan, sid: str, when: float) -> None:
    if sid not in plan.statuses:
        return
    before = flagged(plan.build().radar())
    world = plan.build()
    world.contact(sid, when=when)
    new = flagged(world.radar()) - before
    assert {signal for signal, _ in new} <= {"radio_silence"}


@SETTINGS
@given(plans())
def test_removing_own_way_never_hides_a_finding(plan: Plan) -> None:
    before = flagged(plan.build().radar())
    active = {sid: Status.ACTIVE if s == Status.OWN_WAY else s for sid, s in plan.statuses.items()}
    after = flagged(plan.build(active).radar())
    assert before <= after


@SETTINGS
@given(plans())
def test_always(plan: Plan) -> None:
    world = plan.build()
    found = world.radar()
    assert [f.score for f in found] == sorted((f.score for f in found), reverse=True)
    never = {FAC} | {sid for sid, s in plan.statuses.items() if s == Status.OWN_WAY}
    prospects = {sid for sid, s in plan.statuses.items() if s == Status.PROSPECT}
    for f in found:
        assert not never & set(f.ids)
        if "radio_silence" in [s.value for s in f.signals]:
            assert not prospects & set(f.ids)
        assert f.action == max((h.action for h in f.hits), key=ACTION_STRENGTH.__getitem__)
        assert f.score == round(max(h.points for h in f.hits) + 10 * (len(f.hits) - 1), 1)
        assert len(set(f.signals)) == len(f.signals) == len(f.hits)
        assert f.names == tuple(world.people[sid].name for sid in f.ids)
        assert f.why and json.loads(json.dumps(f.to_json()))["ids"] == list(f.ids)
        if len(f.hits) > 1:
            assert len(f.ids) == 1  # only a person's item merges signals


def test_a_short_new_gap_can_shorten_the_limit() -> None:
    """PRODUCT.md's rule as it is: contacts 150, 140 and 70 days ago (gaps 10 and 70: a
    median of 40, a limit of 80) leave 70 days of silence unflagged. A contact 69 days ago
    adds a gap of 1 day: the median drops to 10, the limit to the minimum of 21, and 69 days
    are now more than twice that. The silence got shorter, the rhythm looks much faster."""
    w = World()
    w.person("ann")
    w.contacts("ann", 150, 140, 70)
    assert w.radar() == []
    w.contact("ann", when=69)
    assert w.flagged() == {("radio_silence", ("ann",), "personal_conversation")}
