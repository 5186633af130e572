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
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.conftest import small_dataset
from workbench.interchange import InterchangeError
from workbench.interchange.formats import read_any, write_any
from workbench.store import check_workspace, open_store
from workbench.store.imports import import_dataset
from workbench.workspace import Workspace

ROOT = Path(__file__).parents[2]


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


# --------------------------------------------------------------------------- 3. the lock

CONTENDER = textwrap.dedent("""
    import importlib.util, os, sys, time
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("lock", "workbench/store/lock.py")  # light: no SQLAlchemy
    lock_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lock_module)
    FileLock, LockHeld = lock_module.FileLock, lock_module.LockHeld
    path, marker, start, end = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    taken = doubles = 0
    while time.time() < start:
        time.sleep(0.001)
    while time.time() < end:
        lock = FileLock(path)
        try:
            lock.acquire()
        except LockHeld:
            continue
        taken += 1
        try:
            os.mkdir(marker)  # only one holder at a time can make it
        except FileExistsError:
            doubles += 1
        else:
            os.rmdir(marker)
        lock.release()
    print(taken, doubles)
""")


def test_the_lock_is_never_held_by_two_processes(tmp_path: Path) -> None:
    """Four processes take and release the lock as fast as they can for two seconds; while
    holding it, each makes (and removes) a folder that only one process can make at a time."""
    path = tmp_path / "ws.voelspriet"
    start = time.time() + 1.0  # all at once, after starting up
    contenders = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(path), str(tmp_path / "held"),
                                    str(start), str(start + 2.0)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
                  for _ in range(4)]
    results = [tuple(map(int, c.communicate(timeout=60)[0].split())) for c in contenders]
    taken = sum(t for t, _d in results)
    doubles = sum(d for _t, d in results)
    assert taken > 200, results  # they did contend
    assert doubles == 0, f"{doubles} double holds in {taken} acquisitions"
    assert not list(tmp_path.iterdir())  # and no lock file is left behind


def test_a_held_lock_is_refused_and_a_released_one_taken(tmp_path: Path) -> None:
    from workbench.store.lock import FileLock, LockHeld

    first, second = FileLock(tmp_path / "ws"), FileLock(tmp_path / "ws")
    first.acquire()
    with pytest.raises(LockHeld):
        second.acquire()
    first.release()
    second.acquire()
    second.release()
    assert not list(tmp_path.iterdir())
