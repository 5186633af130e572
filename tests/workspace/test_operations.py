"""Operations by id and field: what they write, what undo restores, and the one change
notification each operation (a macro included) emits."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from workbench.model import Group, Stakeholder, StakeholderKind, Status
from workbench.store import WorkspaceError, open_store, queries
from workbench.workspace import Change, EditRefused, Workspace


@pytest.fixture
def ws(make_store, dataset, qapp) -> Workspace:
    return Workspace(make_store(data=dataset))


def _changes(ws: Workspace) -> list[Change]:
    seen: list[Change] = []
    ws.changed.connect(seen.append)
    return seen


def _statements(ws: Workspace) -> list[str]:
    """Every SQL statement the workspace's engine runs from now on."""
    seen: list[str] = []
    event.listen(ws._store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: seen.append(statement))
    return seen


def _other(path: Path):  # a second connection, as another window or a server would be
    return open_store(path, exclusive=False)


def test_a_move_writes_only_the_position(ws: Workspace) -> None:
    sql = _statements(ws)
    ws.move_stakeholders({"anna": (1.0, 2.0)})
    updates = [s for s in sql if s.startswith("UPDATE")]
    assert len(updates) == 1
    assert "SET x=?, y=?" in updates[0] and "name" not in updates[0]
    anna = ws.stakeholder("anna")
    assert (anna.x, anna.y, anna.name) == (1.0, 2.0, "Anna Bakker")


def test_undoing_my_move_keeps_a_rename_made_elsewhere(ws: Workspace) -> None:
    ws.move_stakeholders({"anna": (5.0, 6.0)})
    other = _other(ws.path)
    try:
        with other.begin() as s:
            from sqlalchemy import update

            from workbench.store.schema import TABLES
            s.execute(update(TABLES["stakeholders"]).where(TABLES["stakeholders"].c.id == "anna")
                      .values(name="Anna B."))
    finally:
        other.close()
    ws.undo_stack.undo()
    anna = ws.stakeholder("anna")
    assert (anna.x, anna.y) == (120.5, -40.0)
    assert anna.name == "Anna B."


def test_set_fields_writes_and_undoes_only_those_fields(ws: Workspace) -> None:
    seen = _changes(ws)
    ws.set_fields("anna", role="chair", status=Status.CORE, tags=("board",))
    anna = ws.stakeholder("anna")
    assert (anna.role, anna.status, anna.tags) == ("chair", Status.CORE, ("board",))
    assert anna.needs == "time" and anna.groups == ("inner",)
    change = seen[-1]
    assert change.updated == {"stakeholders": frozenset({"anna"})}
    assert change.fields["stakeholders"]["anna"] == {"role", "status", "tags"}
    assert change.values["stakeholders"]["anna"] == {"id": "anna", "role": "chair", "status": "core",
                                                     "tags": ["board"]}
    assert ws.undo_stack.undoText() == "Edit Anna Bakker"
    ws.undo_stack.undo()
    anna = ws.stakeholder("anna")
    assert (anna.role, anna.status, anna.tags) == ("director", Status.ACTIVE, ("volunteer", "director"))
    assert seen[-1].fields["stakeholders"]["anna"] == {"role", "status", "tags"}
    ws.undo_stack.redo()
    assert ws.stakeholder("anna").role == "chair"


def test_set_fields_that_change_nothing_add_no_undo_entry(ws: Workspace) -> None:
    seen = _changes(ws)
    count = ws.undo_stack.count()
    ws.set_fields("anna", role="director")
    assert ws.undo_stack.count() == count and seen == []


def test_rename_names_the_new_name(ws: Workspace) -> None:
    ws.rename("gem", "Gemeente Almere")
    assert ws.stakeholder("gem").name == "Gemeente Almere"
    assert ws.undo_stack.undoText() == "Rename Gemeente Almere"


def test_set_fields_refusals_change_nothing(ws: Workspace) -> None:
    count = ws.undo_stack.count()
    with pytest.raises(EditRefused, match="exactly one facilitator"):
        ws.set_fields("anna", kind=StakeholderKind.FACILITATOR)
    with pytest.raises(EditRefused, match="exactly one facilitator"):
        ws.set_fields("me", kind=StakeholderKind.PERSON)
    with pytest.raises(EditRefused, match="no longer exists"):
        ws.set_fields("nobody", role="x")
    with pytest.raises(EditRefused, match="name cannot be empty"):
        ws.rename("anna", "")
    with pytest.raises(KeyError):
        ws.set_fields("anna", id="other")
    with pytest.raises(KeyError):
        ws.set_fields("anna", groups=("ams",))
    assert ws.undo_stack.count() == count
    assert ws.stakeholder("anna").name == "Anna Bakker"


def test_followup_done_names_its_interaction(ws: Workspace) -> None:
    seen = _changes(ws)
    ws.set_followup_done("i1/followup-1", True)
    assert ws.interactions(["i1"])[0].followups[0].done is True
    assert seen[-1].updated == {"interactions": frozenset({"i1"}), "followups": frozenset({"i1/followup-1"})}
    assert seen[-1].fields["interactions"]["i1"] == {"followups"}
    assert seen[-1].fields["followups"]["i1/followup-1"] == {"done"}
    assert ws.undo_stack.undoText() == "Mark follow-up done"
    ws.undo_stack.undo()
    assert ws.interactions(["i1"])[0].followups[0].done is False


def test_group_relation_reading_signature_and_settings_fields(ws: Workspace) -> None:
    ws.set_group_fields("inner", name="Kern", show_region=False)
    assert ws.groups()[[g.id for g in ws.groups()].index("inner")] == Group(
        id="inner", name="Kern", color="#aaccee", show_region=False)
    ws.set_relation_fields("r1", kind="mentors")
    assert ws.relations(["r1"])[0].kind == "mentors"
    ws.set_reading_fields("rd1", energy=2)
    assert ws.readings(["r1"])[0].energy == 2
    ws.set_info_fields(shared_goal="a fair region")
    assert ws.info().shared_goal == "a fair region" and ws.info().about == "value-driven entrepreneurship"
    ws.set_settings_fields(doubt_window_days=45)
    assert ws.settings().doubt_window_days == 45 and ws.settings().silence_min_days == 14
    for _ in range(5):
        ws.undo_stack.undo()
    assert ws.groups()[[g.id for g in ws.groups()].index("inner")].name == "Inner circle"
    assert ws.relations(["r1"])[0].kind == "knows"
    assert ws.readings(["r1"])[0].energy == 4
    assert ws.info().shared_goal == "a thriving region"
    assert ws.settings().doubt_window_days == 30


def test_a_macro_is_one_transaction_one_entry_one_change(ws: Workspace) -> None:
    seen = _changes(ws)
    sql = _statements(ws)
    with ws.macro("Move into Amsterdam", initiator="drag"):
        ws.move_stakeholders({"anna": (9.0, 9.0)})
        ws.set_group_members("ams", add=["anna"])
    assert len(seen) == 1
    change = seen[0]
    assert change.initiator == "drag"
    assert change.updated == {"stakeholders": frozenset({"anna"}), "groups": frozenset({"ams"})}
    assert change.fields["stakeholders"]["anna"] == {"x", "y", "groups"}
    assert change.values["stakeholders"]["anna"] == {"id": "anna", "x": 9.0, "y": 9.0}
    assert [s for s in sql if s.startswith("BEGIN")] == ["BEGIN"]  # one transaction
    assert ws.undo_stack.undoText() == "Move into Amsterdam"
    seen.clear()
    ws.undo_stack.undo()
    assert len(seen) == 1 and seen[0].fields["stakeholders"]["anna"] == {"x", "y", "groups"}
    assert ws.stakeholder("anna").groups == ("inner",) and ws.stakeholder("anna").x == 120.5


def test_a_macro_that_fails_changes_nothing(ws: Workspace) -> None:
    seen = _changes(ws)
    count = ws.undo_stack.count()
    with pytest.raises(RuntimeError):
        with ws.macro("half"):
            ws.move_stakeholders({"anna": (9.0, 9.0)})
            raise RuntimeError("interrupted")
    assert ws.stakeholder("anna").x == 120.5
    assert ws.undo_stack.count() == count and seen == []


def test_a_refused_edit_inside_a_macro_leaves_the_rest(ws: Workspace) -> None:
    with ws.macro("Several"):
        ws.move_stakeholders({"anna": (9.0, 9.0)})
        with pytest.raises(EditRefused):
            ws.connect("anna", "piet")  # r2 already connects them
        ws.rename("gem", "Gemeente")
    assert ws.stakeholder("anna").x == 9.0 and ws.stakeholder("gem").name == "Gemeente"
    ws.undo_stack.undo()
    assert ws.stakeholder("anna").x == 120.5 and ws.stakeholder("gem").name == "Gemeente Zeewolde"


def test_added_then_removed_inside_a_macro_is_no_change(ws: Workspace) -> None:
    seen = _changes(ws)
    with ws.macro("Try"):
        sid = ws.add_stakeholder(Stakeholder(id="", name="Tijdelijk"))
        ws.delete_stakeholders([sid])
        ws.rename("gem", "G")
    assert seen[0].added == {} and seen[0].removed == {}
    assert seen[0].updated == {"stakeholders": frozenset({"gem"})}


def test_change_values_of_added_and_removed(ws: Workspace) -> None:
    seen = _changes(ws)
    ws.disconnect(["r2"])
    change = seen[-1]
    assert change.removed == {"relations": frozenset({"r2"}), "readings": frozenset({"rd2"})}
    assert change.values["readings"]["rd2"]["relation_id"] == "r2"
    assert change.values["relations"]["r2"]["kind"] == "works with"
    ws.undo_stack.undo()
    assert seen[-1].added == {"relations": frozenset({"r2"}), "readings": frozenset({"rd2"})}
    assert seen[-1].values["readings"]["rd2"]["energy"] == 2


def test_a_closed_workspace_refuses_reads_and_edits(ws: Workspace) -> None:
    ws.close()
    assert ws.closed
    with pytest.raises(WorkspaceError, match="closed"):
        ws.stakeholders()
    with pytest.raises(WorkspaceError, match="closed"):
        ws.rename("anna", "X")


def test_the_store_is_not_handed_out(ws: Workspace) -> None:
    public = {name for name in dir(ws) if not name.startswith("_")}
    assert not {"store", "read", "edit"} & public
    assert queries  # the reads the workspace wraps


def test_column_reads_through_the_workspace(ws: Workspace) -> None:
    from datetime import date, datetime

    assert ws.relation_ends() == {"r1": ("anna", "me"), "r2": ("anna", "piet")}
    assert ws.latest_readings()["r2"] == ((datetime(2020, 3, 2, 14, 30), 2),)
    assert list(ws.readings_series(["r1"])["r1"].energy) == [4]
    assert ws.contact_dates()["anna"] == (datetime(2020, 3, 1, 10, 0),)
    assert [r.theme for r in ws.remarks_since(date(2020, 3, 1))] == ["time investment"]
    assert ws.remarks_since(date(2020, 3, 2)) == ()
    assert [f.what for f in ws.open_followups()] == ["send the plan"]
    assert "gem" in ws.stakeholder_columns().ids
