"""The Workspace: every edit undoable, durable, notified; refusals change nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.conftest import normalized
from workbench.model import (
    Channel,
    Followup,
    Group,
    Interaction,
    Reading,
    Remark,
    RemarkKind,
    SensingSettings,
    Session,
    Stakeholder,
    StakeholderKind,
    Status,
    WorkspaceInfo,
)
from workbench.store import open_store
from workbench.workspace import Change, EditRefused, Workspace


@pytest.fixture
def ws(make_store, dataset, qapp) -> Workspace:
    return Workspace(make_store(data=dataset))


def _changes(ws: Workspace) -> list[Change]:
    seen: list[Change] = []
    ws.changed.connect(seen.append)
    return seen


def test_add_edit_delete_stakeholder_with_undo_and_redo(ws: Workspace) -> None:
    start = normalized(ws.dataset())
    seen = _changes(ws)
    sid = ws.add_stakeholder(Stakeholder(id="", name="Kees Smit", groups=("inner",)))
    assert ws.stakeholder(sid).groups == ("inner",)
    assert seen[-1].added["stakeholders"] == {sid}
    ws.update_stakeholder(replace(ws.stakeholder(sid), role="teacher", groups=("ams",)))
    assert ws.stakeholder(sid).role == "teacher" and ws.stakeholder(sid).groups == ("ams",)
    assert sid in seen[-1].updated["stakeholders"]
    ws.delete_stakeholders([sid])
    assert ws.stakeholder(sid) is None
    assert ws.undo_stack.undoText() == "Delete Kees Smit"
    ws.undo_stack.undo()
    assert ws.stakeholder(sid).groups == ("ams",)
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert normalized(ws.dataset()) == start
    ws.undo_stack.redo()
    assert ws.stakeholder(sid).name == "Kees Smit"


def test_delete_and_undo_restores_relations_readings_and_remarks_with_their_ids(ws: Workspace) -> None:
    start = normalized(ws.dataset())
    ws.delete_stakeholders(["anna"])
    d = ws.dataset()
    assert not [r for r in d.relations if "anna" in (r.a, r.b)]
    assert d.readings == ()
    ws.undo_stack.undo()
    assert normalized(ws.dataset()) == start
    assert {r.id for r in ws.relations()} == {"r1", "r2"}


def test_move_many_is_one_undo_entry_named_after_the_stakeholders(ws: Workspace) -> None:
    ws.move_stakeholders({"anna": (10.0, 20.0)})
    assert ws.undo_stack.undoText() == "Move Anna Bakker"
    ws.move_stakeholders({"anna": (1.0, 2.0), "gem": (3.0, 4.0), "piet": (5.0, 6.0)})
    assert ws.undo_stack.undoText() == "Move 3 stakeholders"
    assert (ws.stakeholder("gem").x, ws.stakeholder("gem").y) == (3.0, 4.0)
    ws.undo_stack.undo()
    assert (ws.stakeholder("anna").x, ws.stakeholder("anna").y) == (10.0, 20.0)
    assert ws.stakeholder("gem").x == -200.0


def test_edits_are_committed_durably_to_the_file(ws: Workspace, make_store) -> None:
    ws.move_stakeholders({"anna": (42.0, 43.0)})
    path = ws.path
    # a second, independent connection sees the committed edit at once
    other = open_store(path, exclusive=False)
    try:
        with other.session() as s:
            from workbench.store import queries

            assert queries.stakeholder(s, "anna").x == 42.0
    finally:
        other.close()


def test_connect_disconnect_and_refusals(ws: Workspace) -> None:
    rid = ws.connect("gem", "piet", "funds")
    assert ws.relation_between("piet", "gem").id == rid
    count = ws.undo_stack.count()
    with pytest.raises(EditRefused, match="already connected"):
        ws.connect("piet", "gem")
    with pytest.raises(EditRefused, match="itself"):
        ws.connect("gem", "gem")
    assert ws.undo_stack.count() == count
    ws.update_relation(replace(ws.relations([rid])[0], kind="subsidises", note="2020 budget"))
    assert ws.relations([rid])[0].kind == "subsidises"
    ws.disconnect([rid])
    assert ws.relation_between("gem", "piet") is None
    ws.undo_stack.undo()
    assert ws.relations([rid])[0].note == "2020 budget"


def test_the_facilitator_stays_exactly_one(ws: Workspace) -> None:
    with pytest.raises(EditRefused, match="facilitator"):
        ws.delete_stakeholders(["me"])
    with pytest.raises(EditRefused, match="facilitator"):
        ws.update_stakeholder(replace(ws.stakeholder("anna"), kind=StakeholderKind.FACILITATOR))
    with pytest.raises(EditRefused, match="facilitator"):
        ws.add_stakeholder(Stakeholder(id="", name="Second", kind=StakeholderKind.FACILITATOR))
    assert [s.id for s in ws.stakeholders() if s.kind == StakeholderKind.FACILITATOR] == ["me"]


def test_readings_interactions_sessions_groups_signature_settings(ws: Workspace) -> None:
    start = normalized(ws.dataset())
    rid = ws.add_reading(Reading(id="", relation="r1", at=datetime(2020, 4, 1), energy=2))
    ws.update_reading(replace(ws.readings(["r1"])[-1], energy=1))
    assert ws.readings(["r1"])[-1].energy == 1
    with pytest.raises(EditRefused, match="between 1 and 5"):
        ws.add_reading(Reading(id="", relation="r1", at=datetime(2020, 4, 2), energy=7))
    iid = ws.add_interaction(
        Interaction(id="", at=datetime(2020, 4, 3, 9, 0), channel=Channel.MEETING, with_=("anna", "piet"),
                    summary="planning",
                    remarks=(Remark(id="", by="piet", text="unclear who does what", theme="roles",
                                    kind=RemarkKind.QUESTION),),
                    followups=(Followup(id="", what="draft roles", due=date(2020, 4, 10), who="me"),)),
        readings=(Reading(id="", relation="r2", at=datetime(2020, 4, 3, 9, 0), energy=3),))
    assert ws.undo_stack.undoText() == "Log meeting"
    (logged,) = ws.interactions([iid])
    assert logged.remarks[0].theme == "roles" and logged.followups[0].who == "me"
    assert [r.interaction for r in ws.readings(["r2"])][-1] == iid
    ws.update_interaction(replace(logged, followups=(replace(logged.followups[0], done=True),)))
    assert ws.interactions([iid])[0].followups[0].done
    sid = ws.add_session(Session(id="", title="Open space", at=datetime(2020, 6, 1, 19, 0),
                                 attendees=("anna", "gem"), agenda=("check-in", "market")))
    ws.update_session(replace(ws.sessions([sid])[0], place="Utrecht"))
    gid = ws.add_group(Group(id="", name="Support team", color="#ffeeaa"))
    ws.set_group_members(gid, add=["anna", "gem"])
    ws.set_group_members(gid, remove=["gem"])
    assert ws.stakeholder("anna").groups == ("inner", gid) or set(ws.stakeholder("anna").groups) == {"inner", gid}
    assert gid not in ws.stakeholder("gem").groups
    ws.update_group(Group(id=gid, name="Support", color=None, show_region=False))
    ws.set_info(replace(ws.info(), shared_goal="a thriving region by 2025"))
    ws.set_settings(replace(ws.settings(), doubt_window_days=45))
    assert ws.settings().doubt_window_days == 45
    ws.delete_readings([rid])
    ws.delete_interactions([iid])
    ws.delete_sessions([sid])
    ws.delete_groups([gid])
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()
    assert normalized(ws.dataset()) == start


def test_macro_groups_edits_into_one_undo_entry(ws: Workspace) -> None:
    with ws.macro("Bring the team in"):
        a = ws.add_stakeholder(Stakeholder(id="", name="A"))
        b = ws.add_stakeholder(Stakeholder(id="", name="B"))
        ws.connect(a, b, "colleagues")
    assert ws.undo_stack.undoText() == "Bring the team in"
    ws.undo_stack.undo()
    assert ws.stakeholder(a) is None and ws.stakeholder(b) is None


def test_changes_name_owner_entities_and_initiator(ws: Workspace) -> None:
    seen = _changes(ws)
    marker = object()
    ws.set_group_members("inner", add=["gem"], initiator=marker)
    assert seen[-1].initiator is marker
    assert seen[-1].updated["stakeholders"] == {"gem"}
    assert seen[-1].updated["groups"] == {"inner"}
    ws.undo_stack.undo()
    assert seen[-1].initiator is None and seen[-1].updated["stakeholders"] == {"gem"}
    ws.set_info(WorkspaceInfo(name="Renamed"))
    assert seen[-1].touches("workspace")
    ws.set_settings(SensingSettings())
    assert seen[-1].touches("settings")


def test_status_and_kind_edits_round_trip(ws: Workspace) -> None:
    ws.update_stakeholder(replace(ws.stakeholder("gem"), status=Status.ACTIVE, tags=("budget",)))
    assert ws.stakeholder("gem").status == Status.ACTIVE
    assert ws.stakeholder("gem").tags == ("budget",)


def test_import_is_one_undo_entry_that_updates_by_id(ws: Workspace) -> None:
    from workbench.model import Dataset

    start = normalized(ws.dataset())
    incoming = Dataset(stakeholders=(Stakeholder(id="anna", name="Anna Bakker-de Vries"),
                                     Stakeholder(id="new", name="Nieuw")))
    change = ws.import_dataset(incoming, "Import people.json")
    assert change.added["stakeholders"] == {"new"}
    assert "anna" in change.updated["stakeholders"]
    assert ws.undo_stack.undoText() == "Import people.json"
    assert ws.stakeholder("anna").name == "Anna Bakker-de Vries"
    ws.undo_stack.undo()
    assert normalized(ws.dataset()) == start
