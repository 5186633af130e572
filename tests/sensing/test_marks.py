"""Snoozed and dismissed findings (sensing.marks): a snooze holds until its day, a
dismissal until evidence the finding did not have appears; marks are per signal, so a
new signal about the same person still shows."""

from __future__ import annotations

from datetime import date, timedelta

from workbench.model import RemarkKind, Signal, Status
from workbench.model.marks import RadarMarks
from workbench.sensing import Finding, evidence_of, finding_key, hidden, marks_of, observe, sense
from workbench.sensing.marks import mark_of, unmarked

from tests.sensing.world import FAC, TODAY, World


def sensed(w: World, marks: RadarMarks | None, today: date = TODAY) -> list[Finding]:
    return sense(observe(w.dataset()), w.settings, today, marks)


def snoozed(finding: Finding, until: date) -> RadarMarks:
    return RadarMarks(snoozed={m.key: until for m in marks_of(finding)})


def dismissed(finding: Finding) -> RadarMarks:
    return RadarMarks(dismissed={m.key: m.evidence for m in marks_of(finding)})


def signals(findings: list[Finding]) -> set[tuple[str, tuple[str, ...]]]:
    return {(s.value, f.ids) for f in findings for s in f.signals}


def silent_ann(days: float = 30) -> World:
    w = World()
    w.person("ann", name="Ann Smit")
    w.contacts("ann", days)
    return w


# --------------------------------------------------------------------------- keys and evidence


def test_a_key_is_the_signal_and_the_people_or_the_theme() -> None:
    w = silent_ann()
    w.person("bob")
    w.person("cas")
    w.energy("ann", "bob", 4, 2)
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 3, theme=" Time  Investment ", with_=(FAC,))  # heard of, not spoken with
    keys = {h.signal: finding_key(h) for f in w.radar() for h in f.hits}
    assert keys[Signal.RADIO_SILENCE] == '{"ids":["ann"],"signal":"radio_silence"}'
    assert keys[Signal.DIVERGING] == '{"ids":["ann","bob"],"signal":"diverging"}'
    assert keys[Signal.RECURRING_THEME] == '{"signal":"recurring_theme","theme":"time investment"}'


def test_a_key_keeps_its_letters_as_they_are() -> None:
    w = World()
    w.person("zoë", name="Zoë")
    w.contacts("zoë", 30)
    [finding] = w.radar()
    assert finding_key(finding.hits[0]) == '{"ids":["zoë"],"signal":"radio_silence"}'


def test_the_evidence_of_each_signal() -> None:
    w = World()
    for sid in ("ann", "bob", "cas", "dee"):
        w.person(sid)
    w.contacts("ann", 60)                                  # escalated silence
    w.energy(FAC, "bob", 4, 2, last_days_ago=2)
    i_doubt = w.doubt("cas", 3)
    w.followup("dee", due=TODAY - timedelta(days=1), who="dee", when=5)
    themes = [w.remark(sid, 4, theme="budget") for sid in ("bob", "cas", "dee")]
    by = {h.signal: evidence_of(h) for f in w.radar() for h in f.hits}
    last = w.at(60).isoformat()
    assert by[Signal.RADIO_SILENCE] == {f"contact {last}", "escalated"}
    assert by[Signal.LOW_ENERGY] == {f"reading r-bob-fac {w.at(2).isoformat()} 2"}
    assert by[Signal.DOUBT] == {f"doubt {i_doubt} {w.at(3).isoformat()}"}
    assert by[Signal.RECURRING_THEME] == {f"remark {i} {sid}" for i, sid in zip(themes, ("bob", "cas", "dee"))}
    [followup] = [f for f in w.dataset().interactions if f.followups]
    assert by[Signal.OVERDUE_FOLLOWUP] == {f"followup {followup.followups[0].id}"}


def test_a_silence_not_yet_escalated_has_no_escalated_token() -> None:
    [finding] = silent_ann(30).radar()
    assert evidence_of(finding.hits[0]) == {f"contact {silent_ann(30).at(30).isoformat()}"}


def test_marking_a_finding_marks_each_of_its_signals() -> None:
    w = silent_ann(30)
    w.doubt("ann", 25)  # raised in a contact of its own: 25 days silent, a doubt unanswered
    [finding] = w.radar()
    assert [m.signal for m in marks_of(finding)] == [Signal.RADIO_SILENCE, Signal.DOUBT]
    assert all(m.ids == ("ann",) for m in marks_of(finding))
    assert marks_of(finding)[1] == mark_of(finding.hits[1])


# --------------------------------------------------------------------------- snooze


def test_a_snooze_hides_until_its_day_and_shows_again_on_it() -> None:
    w = silent_ann()
    [finding] = w.radar()
    marks = snoozed(finding, TODAY + timedelta(days=7))
    assert sensed(w, marks) == []
    assert sensed(w, marks, TODAY + timedelta(days=6)) == []
    again = sensed(w, marks, TODAY + timedelta(days=7))
    assert signals(again) == {("radio_silence", ("ann",))}


def test_a_snooze_until_today_or_before_hides_nothing() -> None:
    w = silent_ann()
    [finding] = w.radar()
    assert sensed(w, snoozed(finding, TODAY)) == [finding]
    assert sensed(w, snoozed(finding, TODAY - timedelta(days=3))) == [finding]


def test_a_new_signal_about_a_snoozed_person_shows_alone() -> None:
    w = silent_ann()
    [finding] = w.radar()
    marks = snoozed(finding, TODAY + timedelta(days=7))
    w.remark("ann", 0.5, RemarkKind.DOUBT, with_=(FAC,))  # passed on: still no contact with Ann
    [after] = sensed(w, marks)
    assert after.signals == (Signal.DOUBT,)
    assert after.score == w.hit("doubt", "ann").points  # scored as the doubt alone


def test_a_snooze_of_one_person_leaves_the_others() -> None:
    w = silent_ann()
    w.person("bob")
    w.contacts("bob", 40)
    ann = next(f for f in w.radar() if f.ids == ("ann",))
    assert signals(sensed(w, snoozed(ann, TODAY + timedelta(days=1)))) == {("radio_silence", ("bob",))}


# --------------------------------------------------------------------------- dismiss


def test_a_dismissed_silence_stays_away_as_it_grows_until_it_escalates() -> None:
    w = silent_ann(30)
    [finding] = w.radar()
    marks = dismissed(finding)
    assert sensed(w, marks) == []
    assert sensed(w, marks, TODAY + timedelta(days=12)) == []  # 42 days: the limit 21 × 2 not passed
    back = sensed(w, marks, TODAY + timedelta(days=13))        # 43 days: escalated, new evidence
    assert signals(back) == {("radio_silence", ("ann",))}
    assert back[0].hits[0].evidence["escalated"] is True


def test_a_later_silence_is_new_evidence() -> None:
    w = silent_ann(60)
    [finding] = w.radar()
    marks = dismissed(finding)
    w.contacts("ann", 30)  # spoken since, then silent again
    assert signals(sensed(w, marks)) == {("radio_silence", ("ann",))}


def test_a_dismissed_low_energy_comes_back_with_a_later_reading() -> None:
    w = World()
    w.person("ann")
    rid = w.energy(FAC, "ann", 4, 2, last_days_ago=5)
    [finding] = w.radar()
    marks = dismissed(finding)
    assert sensed(w, marks) == []
    w.energy(FAC, "ann", 2, last_days_ago=1)
    assert rid == w.relation(FAC, "ann")
    assert signals(sensed(w, marks)) == {("low_energy", ("ann",))}


def test_a_dismissed_doubt_stays_away_as_it_ages_and_comes_back_with_a_new_one() -> None:
    w = World()
    w.person("ann")
    w.remark("ann", 20, RemarkKind.DOUBT, text="Is this worth it?", with_=(FAC,))  # passed on
    w.remark("ann", 10, RemarkKind.DOUBT, text="Do I have the time?", with_=(FAC,))
    [finding] = w.radar()
    marks = dismissed(finding)
    assert sensed(w, marks, TODAY + timedelta(days=15)) == []  # the first one left the window
    w.remark("ann", 1, RemarkKind.DOUBT, text="Still not sure.", with_=(FAC,))
    assert signals(sensed(w, marks)) == {("doubt", ("ann",))}


def test_a_dismissed_theme_comes_back_with_a_new_remark_not_when_one_leaves_the_window() -> None:
    w = World()
    for sid in ("ann", "bob", "cas", "dee"):
        w.person(sid)
    for sid, days in (("ann", 25), ("bob", 5), ("cas", 4), ("dee", 3)):
        w.remark(sid, days, theme="budget", with_=(FAC,))
    [finding] = w.radar()
    assert finding.ids == ("ann", "bob", "cas", "dee")
    marks = dismissed(finding)
    assert sensed(w, marks, TODAY + timedelta(days=10)) == []  # Ann's remark left the window
    w.remark("bob", 1, theme="Budget", with_=(FAC,))            # Bob raises it again
    assert signals(sensed(w, marks)) == {("recurring_theme", ("ann", "bob", "cas", "dee"))}


def test_a_dismissed_overdue_follow_up_comes_back_with_another() -> None:
    w = World()
    w.person("ann")
    w.followup("ann", due=TODAY - timedelta(days=3), who="ann", when=10)
    w.followup("ann", due=TODAY - timedelta(days=2), who="ann", when=10, what="call back")
    [finding] = w.radar()
    marks = dismissed(finding)
    assert sensed(w, marks) == []
    w.followup("ann", due=TODAY - timedelta(days=1), who="ann", when=10, what="send the minutes")
    assert signals(sensed(w, marks)) == {("overdue_followup", ("ann",))}


def test_hidden_needs_the_same_key() -> None:
    w = silent_ann()
    w.person("bob")
    w.contacts("bob", 30)
    ann, bob = sorted(w.radar(), key=lambda f: f.ids)
    marks = dismissed(ann)
    assert hidden(ann.hits[0], marks, TODAY)
    assert not hidden(bob.hits[0], marks, TODAY)  # the same evidence, another person
    assert unmarked([*ann.hits, *bob.hits], marks, TODAY) == [bob.hits[0]]
    assert unmarked([*ann.hits, *bob.hits], RadarMarks(), TODAY) == [*ann.hits, *bob.hits]
    assert unmarked(iter(ann.hits), None, TODAY) == list(ann.hits)


def test_no_marks_is_false_and_any_mark_is_true() -> None:
    assert not RadarMarks()
    assert RadarMarks(snoozed={"k": TODAY})
    assert RadarMarks(dismissed={"k": frozenset()})


def test_own_way_still_removes_a_person_whatever_the_marks() -> None:
    w = silent_ann()
    w.set_status("ann", Status.OWN_WAY)
    assert sensed(w, RadarMarks()) == []
