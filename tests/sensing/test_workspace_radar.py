"""The radar of an open workspace (workbench.workspace.radar): the column reads of a real
file give the same findings as the model values they were written from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

import pytest

from workbench.model import RemarkKind, Status
from workbench.sensing import observe, sense
from workbench.store import Store
from workbench.workspace import Workspace
from workbench.workspace.radar import radar

from tests.sensing.world import FAC, TODAY, World


def busy_world() -> World:
    """A bit of everything, each signal at least once, some near their thresholds."""
    w = World(as_of=TODAY)
    for sid in ("ann", "bob", "cas", "dee", "eve", "fay", "gus"):
        w.person(sid, name=sid.capitalize() + " Smit")
    w.person("vin", Status.OWN_WAY, name="Vincent")
    w.person("pia", Status.PROSPECT, name="Pia")
    w.contacts("ann", 100, 85, 70, 55, 31)          # rhythm 15: limit 30, silent 31
    w.contacts("bob", 60)                           # silent 60: escalated
    w.contacts("vin", 90, 80)
    w.contacts("pia", 70)
    for sid in ("cas", "dee", "eve", "fay", "gus"):
        w.contacts(sid, 2)
    w.energy(FAC, "cas", 4, 4, 3, 2)
    w.energy(FAC, "dee", 5, 4, 4, 4, 3)             # the 5 is out of the window
    w.energy(FAC, "vin", 5, 1)
    w.energy("eve", "fay", 4, 5, 4, 2)
    w.energy("eve", "gus", 4, 2, 4)                 # recovered
    w.doubt("dee", 1)
    w.doubt("gus", 5)
    w.contact("gus", when=4)                        # cleared
    for sid, days in (("cas", 20), ("eve", 10), ("fay", 3), ("vin", 3)):
        w.remark(sid, days, RemarkKind.QUESTION, theme="Time investment" if sid != "eve" else "time  investment")
    w.followup("fay", "gus", FAC, due=TODAY - timedelta(days=2), when=30)
    w.followup("cas", due=TODAY - timedelta(days=9), who="cas", when=30)
    w.followup(FAC, due=TODAY - timedelta(days=1), when=30, what="book the room")
    return w


@pytest.fixture
def workspace(make_store: Callable[..., Store]) -> tuple[Workspace, World]:
    w = busy_world()
    ws = Workspace(make_store(data=w.dataset()))
    yield ws, w
    ws.close()


def as_json(findings):  # type: ignore[no-untyped-def]
    return [f.to_json() for f in findings]


def test_the_workspace_radar_is_the_radar_of_its_values(workspace) -> None:  # type: ignore[no-untyped-def]
    ws, w = workspace
    found = radar(ws)
    assert found.today == TODAY  # the settings' as_of
    direct = sense(observe(w.dataset()), w.settings, TODAY)
    assert as_json(found.findings) == as_json(direct)
    assert {(s.value, f.ids) for f in found.findings for s in f.signals} == {
        ("radio_silence", ("ann",)), ("radio_silence", ("bob",)), ("low_energy", ("cas",)),
        ("overdue_followup", ("cas",)), ("doubt", ("dee",)), ("diverging", ("eve", "fay")),
        ("recurring_theme", ("cas", "eve", "fay")), ("overdue_followup", ("fay", "gus")),
        ("overdue_followup", ())}


@pytest.mark.parametrize("days", [1, 10, 25, 40, -3])
def test_on_other_days_too(workspace, days: int) -> None:  # type: ignore[no-untyped-def]
    ws, w = workspace
    day = TODAY - timedelta(days=days)
    found = radar(ws, day)
    assert found.today == day
    assert as_json(found.findings) == as_json(sense(observe(w.dataset()), w.settings, day))


def test_the_settings_of_the_workspace_apply(workspace) -> None:  # type: ignore[no-untyped-def]
    ws, w = workspace
    ws.set_settings(replace(w.settings, silence_min_days=40, doubt_window_days=45,
                            theme_window_days=45, energy_drop_window=4))
    settings = ws.settings()
    found = radar(ws)
    assert as_json(found.findings) == as_json(sense(observe(w.dataset()), settings, TODAY))
    assert ("radio_silence", ("ann",)) not in {(s.value, f.ids) for f in found.findings for s in f.signals}


def test_without_as_of_today_is_the_real_date(workspace) -> None:  # type: ignore[no-untyped-def]
    ws, w = workspace
    ws.set_settings(replace(w.settings, as_of=None))
    assert radar(ws).today == date.today()


def test_participants_are_read_only_for_the_followups_that_need_them(workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws, _ = workspace
    asked: list[list[str]] = []
    real = ws.interactions

    def interactions(ids=None, stakeholder_id=None):  # type: ignore[no-untyped-def]
        asked.append(list(ids))
        return real(ids, stakeholder_id)

    monkeypatch.setattr(ws, "interactions", interactions)
    radar(ws)
    assert len(asked) == 1 and len(asked[0]) == 2  # the group's and the facilitator's own
    asked.clear()
    radar(ws, TODAY - timedelta(days=20))  # nothing overdue yet
    assert asked == []


def test_a_day_in_the_past_sees_the_readings_before_it(make_store: Callable[..., Store]) -> None:
    """The latest four readings all lie after the day; the drop before it is still seen."""
    w = World(as_of=TODAY)
    w.person("ann")
    w.contacts("ann", 31, 1)
    w.energy(FAC, "ann", 5, 3, 4, 4, 4, 4, last_days_ago=5, step_days=7)  # the 3 is 33 days ago
    ws = Workspace(make_store(data=w.dataset()))
    try:
        day = TODAY - timedelta(days=30)
        found = radar(ws, day)
        assert [(f.ids, [s.value for s in f.signals]) for f in found.findings] == [(("ann",), ["low_energy"])]
        assert [r["energy"] for r in found.findings[0].hits[0].evidence["readings"]] == [5, 3]
        assert as_json(found.findings) == as_json(sense(observe(w.dataset()), w.settings, day))
        assert radar(ws).findings == []
    finally:
        ws.close()
