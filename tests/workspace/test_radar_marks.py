"""Snoozing and dismissing radar findings in a real workspace file: one undo entry each,
reported in the change, kept in the file, respected by the radar and by ``radar --json``;
which changes can alter the radar; the signals flagged per person."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator

import pytest

from tests.sensing.test_workspace_radar import busy_world
from tests.sensing.world import FAC, TODAY, World
from workbench.model import Reading, Signal, Source, Status
from workbench.store import Store, open_store
from workbench.workspace import Change, Workspace
from workbench.workspace.radar import affects_radar, flagged, radar

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ws(make_store: Callable[..., Store], qapp) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    workspace = Workspace(make_store(data=busy_world().dataset()))
    yield workspace
    workspace.close()


def about(ws: Workspace, *ids: str, today: date | None = None):  # type: ignore[no-untyped-def]
    found = [f for f in radar(ws, today).findings if f.ids == ids]
    return found[0] if found else None


def listen(ws: Workspace) -> list[Change]:
    changes: list[Change] = []
    ws.changed.connect(changes.append)
    return changes


def test_snooze_hides_until_its_day_one_undo_entry_undo_brings_it_back(ws: Workspace) -> None:
    changes = listen(ws)
    ann = about(ws, "ann")
    assert ann is not None
    count = ws.undo_stack.count()
    ws.snooze(ann, TODAY + timedelta(days=7), initiator="the radar")
    assert ws.undo_stack.count() == count + 1 and ws.undo_stack.undoText() == "Snooze Ann Smit"
    [change] = changes
    assert change.initiator == "the radar"
    key = '{"ids":["ann"],"signal":"radio_silence"}'
    assert change.added == {"radar_snoozes": frozenset({key})} and affects_radar(change)
    assert change.values["radar_snoozes"][key]["until"] == TODAY + timedelta(days=7)
    assert about(ws, "ann") is None
    assert about(ws, "ann", today=TODAY + timedelta(days=6)) is None
    assert about(ws, "ann", today=TODAY + timedelta(days=7)) is not None
    assert ws.radar_marks().snoozed == {key: TODAY + timedelta(days=7)}
    ws.undo_stack.undo()
    assert about(ws, "ann") == ann and not ws.radar_marks()
    assert changes[-1].removed == {"radar_snoozes": frozenset({key})}
    ws.undo_stack.redo()
    assert about(ws, "ann") is None


def test_snoozing_again_moves_the_day_and_undo_restores_the_first(ws: Workspace) -> None:
    ann = about(ws, "ann")
    ws.snooze(ann, TODAY + timedelta(days=7))
    ws.snooze(ann, TODAY + timedelta(days=30))
    assert list(ws.radar_marks().snoozed.values()) == [TODAY + timedelta(days=30)]
    ws.undo_stack.undo()
    assert list(ws.radar_marks().snoozed.values()) == [TODAY + timedelta(days=7)]


def test_a_finding_with_two_signals_is_snoozed_whole_in_one_entry(ws: Workspace) -> None:
    cas = about(ws, "cas")
    assert set(cas.signals) == {Signal.LOW_ENERGY, Signal.OVERDUE_FOLLOWUP}
    count = ws.undo_stack.count()
    ws.snooze(cas, TODAY + timedelta(days=1))
    assert ws.undo_stack.count() == count + 1 and len(ws.radar_marks().snoozed) == 2
    assert about(ws, "cas") is None


def test_dismiss_hides_until_new_evidence(ws: Workspace) -> None:
    changes = listen(ws)
    cas = about(ws, "cas")
    ws.dismiss(cas, initiator="the radar")
    assert ws.undo_stack.undoText() == "Dismiss Cas Smit"
    assert set(changes[-1].added) == {"radar_dismissals"} and changes[-1].initiator == "the radar"
    assert about(ws, "cas") is None
    assert about(ws, "cas", today=TODAY + timedelta(days=5)) is None  # older evidence, nothing new
    rid = ws.relation_between(FAC, "cas").id
    ws.add_reading(Reading(id="", relation=rid, at=datetime.combine(TODAY, datetime.min.time()), energy=2,
                           source=Source.CALL))
    back = about(ws, "cas")
    assert back is not None and back.signals == (Signal.LOW_ENERGY,)  # the follow-up stays dismissed


def test_dismiss_keeps_the_day_and_the_evidence_in_the_file(ws: Workspace, tmp_path: Path) -> None:
    dee = about(ws, "dee")
    ws.dismiss(dee, today=TODAY)
    path = ws.path
    ws.close()
    reopened = Workspace(open_store(path))
    try:
        marks = reopened.radar_marks()
        [(key, evidence)] = marks.dismissed.items()
        assert json.loads(key) == {"signal": "doubt", "ids": ["dee"]}
        assert len(evidence) == 1 and next(iter(evidence)).startswith("doubt ")
        assert about(reopened, "dee") is None
    finally:
        reopened.close()


def test_undo_of_dismiss_brings_it_back(ws: Workspace) -> None:
    theme = next(f for f in radar(ws).findings if Signal.RECURRING_THEME in f.signals)
    ws.dismiss(theme)
    assert ws.undo_stack.undoText() == "Dismiss 3 people"
    assert theme not in radar(ws).findings
    ws.undo_stack.undo()
    assert theme in radar(ws).findings


def test_a_finding_without_people_is_named_as_such(ws: Workspace) -> None:
    own = next(f for f in radar(ws).findings if f.ids == ())
    ws.snooze(own, TODAY + timedelta(days=2))
    assert ws.undo_stack.undoText() == "Snooze a finding"


def test_own_way_is_a_status_edit_that_undo_restores(ws: Workspace) -> None:
    assert about(ws, "ann") is not None
    ws.set_fields("ann", status=Status.OWN_WAY)
    assert about(ws, "ann") is None
    ws.undo_stack.undo()
    assert about(ws, "ann") is not None


def test_radar_json_on_the_command_line_leaves_out_marked_findings(ws: Workspace) -> None:
    ws.snooze(about(ws, "ann"), TODAY + timedelta(days=7))
    ws.dismiss(about(ws, "bob"))
    path = ws.path
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "radar", str(path), "--json"],
                            capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    ids = [tuple(item["ids"]) for item in json.loads(result.stdout)]
    assert ("ann",) not in ids and ("bob",) not in ids and ("cas",) in ids
    later = subprocess.run([sys.executable, str(ROOT / "main.py"), "radar", str(path), "--json",
                            "--today", (TODAY + timedelta(days=7)).isoformat()],
                           capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert ("ann",) in [tuple(item["ids"]) for item in json.loads(later.stdout)]


# --------------------------------------------------------------------------- what a change touches


def change(**kwargs) -> Change:  # type: ignore[no-untyped-def]
    return Change(**kwargs)


@pytest.mark.parametrize(("made", "affects"), [
    (change(), False),
    (change(reset=True), True),
    (change(updated={"stakeholders": frozenset({"a"})}, fields={"stakeholders": {"a": frozenset({"x", "y"})}}),
     False),
    (change(updated={"stakeholders": frozenset({"a"})}, fields={"stakeholders": {"a": frozenset({"notes"})}}),
     False),
    (change(updated={"stakeholders": frozenset({"a"})}, fields={"stakeholders": {"a": frozenset({"x", "status"})}}),
     True),
    (change(updated={"stakeholders": frozenset({"a"})}, fields={"stakeholders": {"a": frozenset({"name"})}}), True),
    (change(updated={"stakeholders": frozenset({"a"})}, fields={"stakeholders": {"a": frozenset({"kind"})}}), True),
    (change(updated={"stakeholders": frozenset({"a"})}), True),  # fields unknown: to be safe
    (change(added={"stakeholders": frozenset({"a"})}), True),
    (change(removed={"stakeholders": frozenset({"a"})}), True),
    (change(updated={"groups": frozenset({"g"})}), False),
    (change(added={"sessions": frozenset({"s"})}), False),
    (change(updated={"workspace": frozenset({"1"})}), False),
    (change(added={"readings": frozenset({"r"})}), True),
    (change(removed={"interactions": frozenset({"i"})}), True),
    (change(updated={"followups": frozenset({"f"})}), True),
    (change(updated={"remarks": frozenset({"r"})}), True),
    (change(added={"relations": frozenset({"r"})}), True),
    (change(updated={"settings": frozenset({"1"})}), True),
    (change(added={"radar_snoozes": frozenset({"k"})}), True),
    (change(removed={"radar_dismissals": frozenset({"k"})}), True),
])
def test_which_changes_can_alter_the_radar(made: Change, affects: bool) -> None:
    assert affects_radar(made) is affects


def test_a_move_does_not_alter_the_radar_a_rename_does(ws: Workspace) -> None:
    changes = listen(ws)
    ws.move_stakeholders({"ann": (10.0, 20.0)})
    ws.set_fields("ann", notes="likes tea")
    ws.rename("ann", "Ann de Smit")
    assert [affects_radar(c) for c in changes] == [False, False, True]


def test_flagged_signals_per_person(ws: Workspace) -> None:
    by_person = flagged(radar(ws).findings)
    assert by_person["cas"] == (Signal.LOW_ENERGY, Signal.RECURRING_THEME, Signal.OVERDUE_FOLLOWUP)
    assert by_person["ann"] == (Signal.RADIO_SILENCE,)
    assert by_person["fay"] == (Signal.DIVERGING, Signal.RECURRING_THEME, Signal.OVERDUE_FOLLOWUP)
    assert "vin" not in by_person and FAC not in by_person
    assert flagged([]) == {}


def test_a_new_workspace_has_no_marks(make_store: Callable[..., Store], qapp) -> None:  # type: ignore[no-untyped-def]
    w = World(as_of=TODAY)
    workspace = Workspace(make_store(data=replace(w.dataset())))
    try:
        assert not workspace.radar_marks()
    finally:
        workspace.close()


def test_erasing_a_person_removes_the_marks_naming_them(ws: Workspace) -> None:
    from workbench.store.privacy import erase

    ws.snooze(about(ws, "ann"), TODAY + timedelta(days=7))
    ws.dismiss(next(f for f in radar(ws).findings if Signal.RECURRING_THEME in f.signals))
    ws.dismiss(about(ws, "dee"))
    path = ws.path
    ws.close()
    store = open_store(path)
    try:
        erase(store, "eve")  # raised the theme
        with store.session() as s:
            from workbench.store import queries

            marks = queries.radar_marks(s)
        assert [json.loads(k)["signal"] for k in marks.dismissed] == ["doubt"] and len(marks.snoozed) == 1
        erase(store, "ann")
        with store.session() as s:
            assert not queries.radar_marks(s).snoozed
        assert b'"ann"' not in path.read_bytes()
    finally:
        store.close()
