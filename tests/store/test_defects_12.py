"""The storage defects of issue 12, each pinned by a test that failed before its fix.

2. an import that demotes the facilitator; 3. a lock held by two processes at once;
4. creating a workspace that is not all-or-nothing (the kill test: tests/store/test_kill.py);
5. a lone surrogate in a JSON custom field; 6. a healthy workspace in a read-only folder
reported as damaged; and the smaller ones: -wal/-shm files left behind, a missing table,
a graph-level GraphML attribute's error without the file, error lines quoting whole
values, an empty alembic_version table. (1, zip bombs: tests/interchange/test_zip_bombs.py.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.conftest import small_dataset
from workbench.interchange import InterchangeError
from workbench.interchange.formats import read_any, write_any
from workbench.store import check_workspace, open_store
from workbench.store.imports import import_dataset
from workbench.workspace import Workspace


def _workspace(path: Path) -> Workspace:
    store = open_store(path, create=True)
    with store.begin() as s:
        import_dataset(s, small_dataset())
    return Workspace(store)


def _document(tmp_path: Path) -> dict[str, Any]:
    write_any(small_dataset(), tmp_path / "export.json")
    return json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))


def _person(doc: dict[str, Any], sid: str, **fields: Any) -> None:
    for s in doc["stakeholders"]:
        if s["id"] == sid:
            s.update(fields)


# --------------------------------------------------------------------------- 2. the facilitator

def _demoted(doc: dict[str, Any]) -> None:
    _person(doc, "me", kind="person")


def _demoted_kind_null(doc: dict[str, Any]) -> None:
    _person(doc, "me", kind=None)


def _swapped(doc: dict[str, Any]) -> None:
    _person(doc, "me", kind="person")
    _person(doc, "gem", kind="facilitator")


def _replaced_by_a_stranger(doc: dict[str, Any]) -> None:
    doc.update(stakeholders=[{"id": "boss", "name": "Boss", "kind": "facilitator"},
                             {"id": "me", "name": "Me", "kind": "person"}],
               relations=[], readings=[], interactions=[], sessions=[])


@pytest.mark.parametrize("edit", [_demoted, _demoted_kind_null, _swapped, _replaced_by_a_stranger])
def test_an_import_cannot_demote_the_facilitator(tmp_path: Path, qapp, edit: Callable[[dict], None]) -> None:
    ws = _workspace(tmp_path / "ws.voelspriet")
    doc = _document(tmp_path)
    edit(doc)
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    try:
        ws.import_file(source)
        assert ws.facilitator_id() == "me"
        assert [s.id for s in ws.stakeholders() if s.kind.value == "facilitator"] == ["me"]
        assert check_workspace(ws.path) == []
        ws.undo_stack.undo()
        assert check_workspace(ws.path) == []
    finally:
        ws.close()


def test_a_fresh_workspace_keeps_a_facilitator_when_the_file_names_its_placeholder(tmp_path: Path, qapp) -> None:
    """A new workspace's placeholder facilitator has the id ``facilitator``; a file whose
    person happens to have that id and names no facilitator leaves exactly one."""
    ws = Workspace(open_store(tmp_path / "new.voelspriet", create=True))
    source = tmp_path / "people.json"
    source.write_text(json.dumps({"format": "voelspriet", "version": 1, "stakeholders": [
        {"id": "facilitator", "name": "Someone", "kind": "person"}, {"id": "x", "name": "X"}]}))
    try:
        ws.import_file(source)
        assert check_workspace(ws.path) == []
    finally:
        ws.close()


def test_a_spreadsheet_cannot_demote_the_facilitator_either(tmp_path: Path, qapp) -> None:
    ws = _workspace(tmp_path / "ws.voelspriet")
    source = tmp_path / "people.csv"
    source.write_text("ID;Label;Type\nme;Floor;person\nanna;Anna;government\n", encoding="utf-8")
    try:
        ws.import_file(source)
        assert ws.facilitator_id() == "me" and check_workspace(ws.path) == []
    finally:
        ws.close()
