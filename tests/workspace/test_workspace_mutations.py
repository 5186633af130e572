"""The Workspace, pinned down where mutation testing found it loose: every operation's
undo text and initiator, ids given or made, the exact refusals, the net change of a
macro, the read filters, and the Change helpers views rely on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtCore import QObject

from workbench.interchange.errors import InterchangeError
from workbench.interchange.formats import read_any
from workbench.model import (
    Channel,
    Dataset,
    Followup,
    Group,
    Interaction,
    Reading,
    Remark,
    SensingSettings,
    Session,
    Stakeholder,
    StakeholderKind,
)
from workbench.store import open_store, queries
from workbench.workspace import Change, EditRefused, Workspace

from tests.conftest import normalized


@pytest.fixture
def ws(make_store, dataset, qapp) -> Workspace:
    return Workspace(make_store(data=dataset))


def _changes(ws: Workspace) -> list[Change]:
    seen: list[Change] = []
    ws.changed.connect(seen.append)
    return seen


def _links(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "links.csv"
    path.write_text(text, encoding="utf-8")
    return path


# Each operation with the undo text the Edit menu shows (made from the names involved).
OPERATIONS: list[tuple[str, Callable[[Workspace, object, Path], Any], str]] = [
    ("add_stakeholder", lambda ws, who, _p: ws.add_stakeholder(Stakeholder(id="", name="Kees"), who),
     "Add Kees"),
    ("update_stakeholder", lambda ws, who, _p: ws.update_stakeholder(
        replace(ws.stakeholder("piet"), role="chair"), who), "Edit Piet Jansen"),
    ("set_fields", lambda ws, who, _p: ws.set_fields("piet", who, role="chair"), "Edit Piet Jansen"),
    ("rename", lambda ws, who, _p: ws.rename("piet", "P. Jansen", who), "Rename P. Jansen"),
    ("delete one", lambda ws, who, _p: ws.delete_stakeholders(["gem"], who), "Delete Gemeente Zeewolde"),
    ("delete two", lambda ws, who, _p: ws.delete_stakeholders(["gem", "piet"], who), "Delete 2 stakeholders"),
    ("move", lambda ws, who, _p: ws.move_stakeholders({"piet": (1.0, 2.0)}, initiator=who),
     "Move Piet Jansen"),
    ("move named", lambda ws, who, _p: ws.move_stakeholders({"piet": (1.0, 2.0)}, "Arrange", who), "Arrange"),
    ("members", lambda ws, who, _p: ws.set_group_members("ams", add=["anna"], initiator=who),
     "Change group members"),
    ("members named", lambda ws, who, _p: ws.set_group_members("ams", remove=["piet"], initiator=who,
                                                               text="Leave Amsterdam"), "Leave Amsterdam"),
    ("add_group", lambda ws, who, _p: ws.add_group(Group(id="", name="Team"), who), "Add group Team"),
    ("update_group", lambda ws, who, _p: ws.update_group(Group(id="ams", name="Adam"), who),
     "Edit group Adam"),
    ("set_group_fields", lambda ws, who, _p: ws.set_group_fields("ams", who, color="#123456"), "Edit group"),
    ("delete_groups", lambda ws, who, _p: ws.delete_groups(["ams"], who), "Delete group"),
    ("connect", lambda ws, who, _p: ws.connect("gem", "piet", "funds", initiator=who),
     "Connect Gemeente Zeewolde and Piet Jansen"),
    ("update_relation", lambda ws, who, _p: ws.update_relation(
        replace(ws.relations(["r1"])[0], note="n"), who), "Edit relation"),
    ("set_relation_fields", lambda ws, who, _p: ws.set_relation_fields("r1", who, note="n"), "Edit relation"),
    ("disconnect", lambda ws, who, _p: ws.disconnect(["r1"], who), "Disconnect"),
    ("add_reading", lambda ws, who, _p: ws.add_reading(
        Reading(id="", relation="r1", at=datetime(2020, 4, 1), energy=3), who), "Add energy reading"),
    ("update_reading", lambda ws, who, _p: ws.update_reading(
        replace(ws.readings(["r1"])[0], energy=5), who), "Edit energy reading"),
    ("set_reading_fields", lambda ws, who, _p: ws.set_reading_fields("rd1", who, energy=5),
     "Edit energy reading"),
    ("delete_readings", lambda ws, who, _p: ws.delete_readings(["rd1"], who), "Delete energy reading"),
    ("add_interaction", lambda ws, who, _p: ws.add_interaction(
        Interaction(id="", at=datetime(2020, 4, 1), channel=Channel.MEETING, with_=("gem",)),
        initiator=who), "Log meeting"),
    ("update_interaction", lambda ws, who, _p: ws.update_interaction(
        replace(ws.interactions(["i1"])[0], summary="other"), who), "Edit interaction"),
    ("followup done", lambda ws, who, _p: ws.set_followup_done("i1/followup-1", True, who),
     "Mark follow-up done"),
    ("delete_interactions", lambda ws, who, _p: ws.delete_interactions(["i1"], who), "Delete interaction"),
    ("add_session", lambda ws, who, _p: ws.add_session(
        Session(id="", title="Kick-off", at=datetime(2020, 6, 1)), who), "Plan Kick-off"),
    ("update_session", lambda ws, who, _p: ws.update_session(
        replace(ws.sessions(["s1"])[0], title="Core team"), who), "Edit Core team"),
    ("delete_sessions", lambda ws, who, _p: ws.delete_sessions(["s1"], who), "Delete session"),
    ("set_info", lambda ws, who, _p: ws.set_info(replace(ws.info(), about="x"), who), "Edit signature"),
    ("set_info_fields", lambda ws, who, _p: ws.set_info_fields(who, about="x"), "Edit signature"),
    ("set_settings", lambda ws, who, _p: ws.set_settings(replace(ws.settings(), doubt_window_days=9), who),
     "Edit sensing settings"),
    ("set_settings_fields", lambda ws, who, _p: ws.set_settings_fields(who, doubt_window_days=9),
     "Edit sensing settings"),
    ("import_dataset", lambda ws, who, _p: ws.import_dataset(
        Dataset(stakeholders=(Stakeholder(id="new", name="Nieuw"),)), "Import people", who), "Import people"),
    ("import_file", lambda ws, who, p: ws.import_file(_links(p, "From;To\ngem;piet\n"), who),
     "Import links.csv"),
]


@pytest.mark.parametrize(("op", "text"), [(op, text) for _n, op, text in OPERATIONS],
                         ids=[n for n, _op, _t in OPERATIONS])
def test_every_operation_names_itself_and_carries_its_initiator(ws: Workspace, tmp_path: Path, op, text) -> None:
    seen = _changes(ws)
    count = ws.undo_stack.count()
    who = object()
    op(ws, who, tmp_path)
    assert ws.undo_stack.count() == count + 1
    assert ws.undo_stack.undoText() == text
    assert ws.undo_stack.command(count).initiator is who
    assert len(seen) == 1 and seen[0].initiator is who


def test_reopening_a_followup_names_itself(ws: Workspace) -> None:
    ws.set_followup_done("i1/followup-1", True)
    ws.set_followup_done("i1/followup-1", False)
    assert ws.undo_stack.undoText() == "Reopen follow-up"
    assert ws.interactions(["i1"])[0].followups[0].done is False


def test_a_macro_takes_the_initiator_of_its_first_edit_that_names_one(ws: Workspace) -> None:
    seen = _changes(ws)
    who = object()
    with ws.macro("Tidy"):
        ws.rename("gem", "G")
        ws.move_stakeholders({"piet": (1.0, 1.0)}, initiator=who)
        ws.rename("piet", "P", initiator="later")
    assert len(seen) == 1 and seen[0].initiator is who
    assert ws.undo_stack.command(ws.undo_stack.count() - 1).initiator is who


# ---------------------------------------------------------------------- ids

def test_adding_keeps_a_given_id_and_makes_one_when_empty(ws: Workspace) -> None:
    assert ws.add_stakeholder(Stakeholder(id="kees", name="Kees")) == "kees"
    assert ws.add_group(Group(id="team", name="Team")) == "team"
    assert ws.add_session(Session(id="s2", title="Two", at=datetime(2020, 6, 1))) == "s2"
    assert ws.add_reading(Reading(id="rd9", relation="r1", at=datetime(2020, 4, 1), energy=3)) == "rd9"
    assert ws.stakeholder("kees").name == "Kees"
    assert [g.name for g in ws.groups() if g.id == "team"] == ["Team"]
    assert ws.sessions(["s2"])[0].title == "Two"
    assert [r.id for r in ws.readings(["r1"])] == ["rd1", "rd9"]
    made = [ws.add_stakeholder(Stakeholder(id="", name="A")), ws.add_group(Group(id="", name="G")),
            ws.add_session(Session(id="", title="S", at=datetime(2020, 6, 2))),
            ws.add_reading(Reading(id="", relation="r1", at=datetime(2020, 4, 2), energy=3))]
    assert all(made) and len(set(made)) == 4
    assert ws.stakeholder(made[0]).name == "A"
    assert ws.sessions([made[2]])[0].title == "S"


def test_logging_an_interaction_keeps_given_ids_and_links_its_readings(ws: Workspace) -> None:
    iid = ws.add_interaction(
        Interaction(id="i2", at=datetime(2020, 4, 1), channel=Channel.CALL, with_=("anna", "piet"),
                    remarks=(Remark(id="m-given", by="anna", text="a"), Remark(id="", by="piet", text="b")),
                    followups=(Followup(id="f-given", what="x"), Followup(id="", what="y"))),
        readings=(Reading(id="rd-given", relation="r2", at=datetime(2020, 4, 1), energy=3),
                  Reading(id="", relation="r1", at=datetime(2020, 4, 1), energy=4)))
    assert iid == "i2"
    (logged,) = ws.interactions(["i2"])
    assert logged.remarks[0].id == "m-given" and logged.remarks[1].id not in ("", "m-given")
    assert logged.followups[0].id == "f-given" and logged.followups[1].id not in ("", "f-given")
    assert [(r.id, r.interaction) for r in ws.readings(["r2"]) if r.interaction == "i2"] == [("rd-given", "i2")]
    (made,) = [r for r in ws.readings(["r1"]) if r.interaction == "i2"]
    assert made.id and made.energy == 4
    assert ws.add_interaction(Interaction(id="", at=datetime(2020, 4, 2), channel=Channel.CALL)) not in ("", "i2")


def test_update_interaction_gives_new_remarks_an_id_and_keeps_old_ones(ws: Workspace) -> None:
    old = ws.interactions(["i1"])[0]
    ws.update_interaction(replace(old, remarks=(*old.remarks, Remark(id="", by="me", text="new")),
                                  followups=(*old.followups, Followup(id="", what="call back"))))
    (now,) = ws.interactions(["i1"])
    assert now.remarks[0].id == "i1/remark-1" and now.remarks[1].id and now.remarks[1].text == "new"
    assert now.followups[0].id == "i1/followup-1" and now.followups[1].id


def test_connect_stores_kind_and_note(ws: Workspace) -> None:
    rid = ws.connect("gem", "piet", "funds", "since 2019")
    (relation,) = ws.relations([rid])
    assert (relation.kind, relation.note) == ("funds", "since 2019")


# ---------------------------------------------------------------- refusals

def _refused(call: Callable[[], Any]) -> str:
    with pytest.raises(EditRefused) as caught:
        call()
    return str(caught.value)


def test_refusals_say_exactly_why(ws: Workspace) -> None:
    count = ws.undo_stack.count()
    assert _refused(lambda: ws.connect("gem", "gem")) == "A stakeholder cannot be connected to itself."
    assert _refused(lambda: ws.connect("gem", "nobody")) == "This stakeholder no longer exists."
    assert _refused(lambda: ws.delete_stakeholders(["anna", "me"])) == "The facilitator cannot be deleted."
    assert _refused(lambda: ws.update_stakeholder(Stakeholder(id="nobody", name="N"))) == (
        "This stakeholder no longer exists.")
    assert _refused(lambda: ws.update_stakeholder(replace(ws.stakeholder("me"), kind=StakeholderKind.PERSON))) == (
        "A workspace has exactly one facilitator.")
    assert _refused(lambda: ws.set_fields("anna", kind=StakeholderKind.FACILITATOR)) == (
        "A workspace has exactly one facilitator.")
    assert _refused(lambda: ws.set_fields("nobody", kind=StakeholderKind.PERSON)) == (
        "This no longer exists; it may have been deleted.")
    assert _refused(lambda: ws.set_relation_fields("gone", note="x")) == (
        "This no longer exists; it may have been deleted.")
    # a rule with no message of its own
    assert _refused(lambda: ws.set_fields("anna", status="gone")) == "The workspace refused this edit."
    assert ws.undo_stack.count() == count
    assert ws.stakeholder("anna").status.value == "active"


# --------------------------------------------------------------- imports

def test_import_file_names_the_file_in_its_summary_and_its_errors(ws: Workspace, tmp_path: Path) -> None:
    path = _links(tmp_path, "From;To\ngem;piet\n")
    summary = ws.import_file(path)
    assert summary.source == str(path)
    bad = _links(tmp_path, "From;To\nanna;Xavier\n")
    with pytest.raises(InterchangeError) as caught:
        ws.import_file(bad)
    assert caught.value.source == str(bad)
    with pytest.raises(InterchangeError) as caught:
        ws.import_dataset(read_any(bad), "Import")
    assert caught.value.source == "import"


def test_export_writes_what_the_workspace_holds(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    ws.export_file(target)
    assert normalized(read_any(target)) == normalized(ws.dataset())


def test_save_copy_writes_a_workspace_with_the_same_content(ws: Workspace, tmp_path: Path) -> None:
    ws.rename("gem", "Gemeente")
    target = tmp_path / "copy.voelspriet"
    ws.save_copy(target)
    copy = open_store(target)
    try:
        with copy.session() as s:
            assert queries.stakeholder(s, "gem").name == "Gemeente"
    finally:
        copy.close()


# ------------------------------------------------------------------- reads

def test_reads_pass_their_filters(ws: Workspace) -> None:
    assert ws.facilitator_id() == "me"
    assert ws.counts()["stakeholders"] == 4 and ws.counts()["relations"] == 2
    assert ws.relation_kinds() == ["knows", "works with"]
    assert ws.relation_energy() == {"r1": (4, 1), "r2": (2, 1)}
    assert ws.relation_energy(["r2"]) == {"r2": (2, 1)}
    assert [r.id for r in ws.relations(["r1"])] == ["r1"]
    assert [r.id for r in ws.relations(stakeholder_ids=["piet"])] == ["r2"]
    assert [r.id for r in ws.readings(["r2"])] == ["rd2"]
    assert [i.id for i in ws.interactions(stakeholder_id="gem")] == []
    assert [i.id for i in ws.interactions(stakeholder_id="anna")] == ["i1"]
    ws.add_session(Session(id="s2", title="Two", at=datetime(2020, 6, 1)))
    assert [s.id for s in ws.sessions(["s2"])] == ["s2"]


def test_the_workspace_and_its_undo_stack_are_owned(make_store, qapp) -> None:
    owner = QObject()
    ws = Workspace(make_store(), parent=owner)
    assert ws.parent() is owner
    assert ws.undo_stack.parent() is ws
    ws.close()


# -------------------------------------------------------------- net change

def test_two_edits_of_one_row_in_a_macro_name_both_fields(ws: Workspace) -> None:
    seen = _changes(ws)
    with ws.macro("Move and describe"):
        ws.move_stakeholders({"piet": (3.0, 4.0)})
        ws.set_fields("piet", role="treasurer")
    assert seen[-1].fields["stakeholders"]["piet"] == {"x", "y", "role"}
    assert seen[-1].values["stakeholders"]["piet"] == {"id": "piet", "x": 3.0, "y": 4.0, "role": "treasurer"}


def test_a_field_edit_names_only_that_field_not_the_kept_owner(ws: Workspace) -> None:
    seen = _changes(ws)
    ws.set_reading_fields("rd1", energy=2)
    assert seen[-1].updated == {"readings": frozenset({"rd1"})}
    assert seen[-1].fields == {"readings": {"rd1": frozenset({"energy"})}}
    assert seen[-1].values["readings"]["rd1"] == {"id": "rd1", "relation_id": "r1", "energy": 2}


def test_added_then_grouped_in_a_macro_is_added_not_updated(ws: Workspace) -> None:
    seen = _changes(ws)
    with ws.macro("Add to team"):
        sid = ws.add_stakeholder(Stakeholder(id="kees", name="Kees"))
        ws.set_group_members("ams", add=[sid])
    change = seen[-1]
    assert change.added == {"stakeholders": frozenset({"kees"})}
    assert change.updated == {"groups": frozenset({"ams"})}
    assert "stakeholders" not in change.fields
    assert change.fields["groups"] == {"ams": frozenset({"members"})}


def test_deleted_and_added_again_in_a_macro_is_an_update_of_every_field(ws: Workspace) -> None:
    seen = _changes(ws)
    gem = ws.stakeholder("gem")
    with ws.macro("Replace"):
        ws.delete_stakeholders(["gem"])
        ws.add_stakeholder(replace(gem, role="council"))
    change = seen[-1]
    assert change.added == {} and change.removed == {}
    assert change.updated == {"stakeholders": frozenset({"gem"})}
    assert change.fields["stakeholders"]["gem"] == _stakeholder_columns() - {"id"}
    assert ws.stakeholder("gem").role == "council"


def _stakeholder_columns() -> set[str]:
    from workbench.store.schema import TABLES

    return set(TABLES["stakeholders"].columns.keys())


# ------------------------------------------------------------ Change helpers

def test_change_ids_fields_of_and_updated_ids() -> None:
    change = Change(added={"stakeholders": frozenset({"a"})},
                    updated={"stakeholders": frozenset({"b", "c", "d"}), "groups": frozenset({"g"})},
                    removed={"stakeholders": frozenset({"e"}), "relations": frozenset({"r"})},
                    fields={"stakeholders": {"b": frozenset({"x", "y"}), "c": frozenset({"name", "x"})}})
    assert change.ids("stakeholders") == {"a", "b", "c", "d", "e"}
    assert change.ids("relations") == {"r"} and change.ids("groups") == {"g"}
    assert change.ids("readings") == frozenset()
    assert change.fields_of("stakeholders") == {"x", "y", "name"}
    assert change.fields_of("groups") == frozenset()
    assert change.updated_ids("stakeholders") == {"b", "c", "d"}
    # b moved only; d has no fields recorded, so it counts as changed
    assert change.updated_ids("stakeholders", frozenset({"x", "y", "pinned"})) == {"c", "d"}
    assert change.updated_ids("groups", frozenset({"x"})) == {"g"}
    assert change.updated_ids("relations") == frozenset()
    assert change.touches("relations") and not change.touches("readings")
    assert Change(reset=True).touches("readings")


def test_settings_change_is_reported_as_settings(ws: Workspace) -> None:
    seen = _changes(ws)
    ws.set_settings(SensingSettings(silence_min_days=21, as_of=date(2020, 5, 15)))
    assert seen[-1].updated == {"settings": frozenset({"1"})}
    assert seen[-1].fields["settings"]["1"] == {"silence_min_days"}


# ------------------------------------------------- defaults and translations

def test_connect_without_kind_or_note_leaves_them_empty(ws: Workspace) -> None:
    (relation,) = ws.relations([ws.connect("gem", "piet")])
    assert (relation.kind, relation.note) == ("", "")


def test_column_reads_default_to_four_latest_and_filter_by_relation(ws: Workspace) -> None:
    for day in range(2, 7):
        ws.add_reading(Reading(id=f"x{day}", relation="r1", at=datetime(2020, 3, day), energy=1 + day % 5))
    latest = ws.latest_readings()
    assert [at.day for at, _e in latest["r1"]] == [3, 4, 5, 6]
    assert [at.day for at, _e in ws.latest_readings(2)["r1"]] == [5, 6]
    assert list(ws.readings_series(["r2"])) == ["r2"]
    assert list(ws.readings_series()) == ["r1", "r2"]


def test_operation_names_follow_the_installed_translation(ws: Workspace, qapp) -> None:
    from PySide6.QtCore import QLocale

    from workbench.ui.app import install_translation

    assert install_translation(qapp, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        ws.disconnect(["r1"])
        disconnect = ws.undo_stack.undoText()
        ws.delete_stakeholders(["gem"])
        delete = ws.undo_stack.undoText()
    finally:
        install_translation(qapp, QLocale(QLocale.Language.English))
    assert (disconnect, delete) == ("Verbinding verwijderen", "Gemeente Zeewolde verwijderen")
