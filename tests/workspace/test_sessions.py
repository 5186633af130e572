"""Sessions: agenda items with a duration and an owner (stored, exchanged, read from older
files), and the Workspace's session operations, each one undo entry and one ``Change``."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from workbench.interchange import json_v1
from workbench.interchange.errors import InterchangeError
from workbench.model import AgendaItem, Session
from workbench.store import open_store
from workbench.workspace import Change, EditRefused, Workspace


@pytest.fixture
def ws(make_store, dataset, qapp) -> Workspace:
    return Workspace(make_store(data=dataset))


def _changes(ws: Workspace) -> list[Change]:
    seen: list[Change] = []
    ws.changed.connect(seen.append)
    return seen


AGENDA = (AgendaItem("Check-in", 15, "Anna Bakker"), AgendaItem("Plan", 45), AgendaItem("Check-out", 10))


# --------------------------------------------------------------------------- the model

def test_schedule_counts_from_the_start_until_an_item_without_duration() -> None:
    session = Session(id="s", title="t", at=datetime(2020, 5, 28, 19, 30),
                      agenda=(AgendaItem("a", 15), AgendaItem("b", 0), AgendaItem("c", 30),
                              AgendaItem("d"), AgendaItem("e", 10)))
    times = [(i.title, s and s.strftime("%H:%M"), e and e.strftime("%H:%M")) for i, s, e in session.schedule()]
    assert times == [("a", "19:30", "19:45"), ("b", "19:45", "19:45"), ("c", "19:45", "20:15"),
                     ("d", "20:15", None), ("e", None, None)]
    assert session.end() is None
    assert Session(id="s", title="t", at=datetime(2020, 1, 1, 9), agenda=AGENDA).end() == datetime(2020, 1, 1, 10, 10)


def test_texts_given_as_agenda_become_items_without_duration() -> None:
    session = Session(id="s", title="t", at=datetime(2020, 1, 1), agenda=("welcome", {"title": "x", "minutes": 5}))
    assert session.agenda == (AgendaItem("welcome"), AgendaItem("x", 5))
    assert AgendaItem.of({"title": "y", "minutes": "soon", "owner": None}) == AgendaItem("y")


# --------------------------------------------------------------------------- the store

def test_items_are_stored_as_objects_and_older_texts_read_as_titles(make_store, dataset, qapp) -> None:
    store = make_store(data=dataset)
    path = store.path
    ws = Workspace(store)
    ws.set_session_agenda("s1", AGENDA)
    assert ws.sessions(["s1"])[0].agenda == AGENDA
    raw = sqlite3.connect(path).execute("SELECT agenda FROM sessions WHERE id='s1'").fetchone()[0]
    assert json.loads(raw) == [{"title": "Check-in", "minutes": 15, "owner": "Anna Bakker"},
                               {"title": "Plan", "minutes": 45}, {"title": "Check-out", "minutes": 10}]
    # a row as older versions wrote it: plain texts, and one of each kind mixed in
    con = sqlite3.connect(path)
    con.execute("UPDATE sessions SET agenda=? WHERE id='s1'",
                (json.dumps(["welcome", {"title": "plan", "minutes": 30}]),))
    con.commit()
    con.close()
    assert ws.sessions(["s1"])[0].agenda == (AgendaItem("welcome"), AgendaItem("plan", 30))


# --------------------------------------------------------------------------- JSON v1

def test_json_writes_titles_for_everyone_and_items_for_us(ws: Workspace, tmp_path: Path) -> None:
    ws.set_session_agenda("s1", AGENDA)
    out = tmp_path / "out.json"
    ws.export_file(out)
    (session,) = json.loads(out.read_text(encoding="utf-8"))["sessions"]
    assert session["agenda"] == ["Check-in", "Plan", "Check-out"]
    assert session["agenda_items"] == [{"title": "Check-in", "minutes": 15, "owner": "Anna Bakker"},
                                       {"title": "Plan", "minutes": 45}, {"title": "Check-out", "minutes": 10}]
    assert json_v1.read(out).sessions[0].agenda == AGENDA


def _doc(session: dict) -> dict:
    return {"format": "voelspriet", "version": 1,
            "stakeholders": [{"id": "a", "name": "A"}],
            "sessions": [{"id": "s", "title": "T", "at": "2020-05-28T19:30", "attendees": ["a"], **session}]}


def test_json_prefers_items_and_reads_titles_alone() -> None:
    both = json_v1.parse(_doc({"agenda": ["old"], "agenda_items": [{"title": "new", "minutes": 20}]}), "f")
    assert both.sessions[0].agenda == (AgendaItem("new", 20),)
    titles = json_v1.parse(_doc({"agenda": ["welcome", "plan"]}), "f")
    assert titles.sessions[0].agenda == (AgendaItem("welcome"), AgendaItem("plan"))


@pytest.mark.parametrize(("items", "where", "message"), [
    ([{"minutes": 5}], "agenda_items[0].title", "is missing"),
    ([{"title": "x", "minutes": -5}], "agenda_items[0].minutes", "expected 0 to 1440"),
    ([{"title": "x", "minutes": 2.5}], "agenda_items[0].minutes", "whole number"),
    (["x"], "agenda_items[0]", "expected an object"),
    ([{"title": "x", "owner": ["a"]}], "agenda_items[0].owner", "expected text"),
])
def test_json_refuses_bad_items_naming_the_place(items: list, where: str, message: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        json_v1.parse(_doc({"agenda_items": items}), "f.json")
    assert f"$.sessions[0].{where}" in str(caught.value) and message in str(caught.value)


# --------------------------------------------------------------------------- operations

def test_each_operation_is_one_undo_entry_and_names_what_changed(ws: Workspace) -> None:
    seen = _changes(ws)
    start = ws.sessions()

    ws.set_session_fields("s1", title="Inner circle: roles", place="Het Eemhuis")
    assert ws.undo_stack.undoText() == "Edit session Inner circle: roles"
    assert seen[-1].fields["sessions"]["s1"] == {"title", "place"}

    ws.set_session_attendees("s1", ["piet", "gem", "anna"])
    assert ws.sessions(["s1"])[0].attendees == ("piet", "gem", "anna")
    assert ws.undo_stack.undoText() == "Change attendees of Inner circle: roles"
    assert seen[-1].updated["sessions"] == {"s1"} and seen[-1].fields["sessions"]["s1"] == {"attendees"}

    ws.set_session_agenda("s1", AGENDA)
    assert ws.undo_stack.undoText() == "Edit agenda of Inner circle: roles"
    assert seen[-1].fields["sessions"]["s1"] == {"agenda"}

    copy = ws.duplicate_session("s1", at=datetime(2020, 6, 30, 19, 30))
    assert ws.undo_stack.undoText() == "Duplicate Inner circle: roles"
    assert seen[-1].added["sessions"] == {copy}
    (dup,) = ws.sessions([copy])
    assert (dup.title, dup.attendees, dup.agenda, dup.at) == (
        "Inner circle: roles (copy)", ("piet", "gem", "anna"), AGENDA, datetime(2020, 6, 30, 19, 30))

    ws.delete_sessions([copy])
    assert seen[-1].removed["sessions"] == {copy}
    assert len(seen) == 5 and ws.undo_stack.count() == 5

    for _ in range(5):
        ws.undo_stack.undo()
    assert ws.sessions() == start
    for _ in range(5):
        ws.undo_stack.redo()
    assert [s.id for s in ws.sessions()] == ["s1"]
    assert ws.sessions(["s1"])[0].agenda == AGENDA


def test_undo_restores_only_the_fields_an_edit_named(ws: Workspace) -> None:
    ws.set_session_fields("s1", goal="decide")
    ws.set_session_attendees("s1", ["anna"])
    ws.undo_stack.undo()  # the attendees only
    session = ws.sessions(["s1"])[0]
    assert session.goal == "decide" and session.attendees == ("anna", "piet")


def test_reordering_attendees_is_one_edit_of_positions(ws: Workspace) -> None:
    seen = _changes(ws)
    ws.set_session_attendees("s1", ["piet", "anna"])
    assert ws.sessions(["s1"])[0].attendees == ("piet", "anna")
    assert len(seen) == 1
    ws.undo_stack.undo()
    assert ws.sessions(["s1"])[0].attendees == ("anna", "piet")


def test_refusals_change_nothing(ws: Workspace) -> None:
    before = ws.sessions()
    with pytest.raises(EditRefused, match="needs a title"):
        ws.set_session_fields("s1", title="   ")
    with pytest.raises(EditRefused, match="agenda item needs a title"):
        ws.set_session_agenda("s1", [AgendaItem("ok", 5), AgendaItem(" ", 5)])
    with pytest.raises(EditRefused, match="0 to 1440 minutes"):
        ws.set_session_agenda("s1", [AgendaItem("long", 2000)])
    with pytest.raises(EditRefused, match="no longer exists"):
        ws.set_session_attendees("gone", ["anna"])
    with pytest.raises(EditRefused, match="no longer exists"):
        ws.set_session_attendees("s1", ["anna", "nobody"])
    with pytest.raises(KeyError):
        ws.set_session_fields("s1", attendees=("anna",))
    assert ws.sessions() == before and ws.undo_stack.count() == 0


def test_edits_are_durable(make_store, dataset, qapp) -> None:
    store = make_store(data=dataset)
    path = store.path
    ws = Workspace(store)
    ws.set_session_agenda("s1", AGENDA)
    ws.set_session_fields("s1", at=datetime(2020, 6, 2, 20, 0))
    ws.close()
    again = open_store(path)
    try:
        reopened = Workspace(again).sessions(["s1"])[0]
    finally:
        again.close()
    assert reopened.agenda == AGENDA and reopened.at == datetime(2020, 6, 2, 20, 0)
