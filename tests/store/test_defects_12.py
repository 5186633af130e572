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
import os
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
from workbench.store import WorkspaceError, check_workspace, open_store
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


# --------------------------------------------------------------------------- 5. lone surrogates

@pytest.mark.parametrize("fields", [
    '{"note": "\\ud800"}',
    '{"\\udfff": "a name no UTF-8 can hold"}',
    '{"nested": {"list": ["ok", "\\ud83d"]}}',
])
def test_a_lone_surrogate_in_a_custom_field_is_refused(tmp_path: Path, qapp, fields: str) -> None:
    source = tmp_path / "fields.json"
    source.write_text('{"format": "voelspriet", "version": 1, "stakeholders": [{"id": "x", "name": "X", '
                      f'"fields": {fields}}}], "relations": [{{"id": "r", "a": "x", "b": "x2", "fields": {{}}}}]}}',
                      encoding="ascii")
    with pytest.raises(InterchangeError, match=r"stakeholders\[0\]\.fields.*lone UTF-16 surrogate"):
        read_any(source)
    ws = _workspace(tmp_path / "ws.voelspriet")
    try:
        with pytest.raises(InterchangeError):
            ws.import_file(source)
        ws.export_file(tmp_path / "still.json")  # the lossless format can still be written
    finally:
        ws.close()


def test_relation_fields_are_checked_too(tmp_path: Path) -> None:
    source = tmp_path / "fields.json"
    source.write_text('{"format": "voelspriet", "version": 1, "stakeholders": [{"id": "x", "name": "X"}, '
                      '{"id": "y", "name": "Y"}], "relations": [{"id": "r", "a": "x", "b": "y", '
                      '"fields": {"w": "\\udc00"}}]}', encoding="ascii")
    with pytest.raises(InterchangeError, match=r"relations\[0\]\.fields\.w"):
        read_any(source)


# --------------------------------------------------------------------------- 6. read-only

def _closed_workspace(folder: Path) -> Path:
    ws = _workspace(folder / "ws.voelspriet")
    ws.close()
    return folder / "ws.voelspriet"


def test_export_reads_a_file_it_cannot_write(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Export only reads: a file (or folder) it may not write is fine (as root, the
    permissions are played by os.access)."""
    from workbench.cli import main

    path = _closed_workspace(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK and str(p).startswith(
        str(path)) else real_access(p, mode))
    assert main(["export", str(path), "--to", str(tmp_path / "out.json")]) == 0
    assert len(read_any(tmp_path / "out.json").stakeholders) == 4
    assert main(["check", str(path)]) == 0


AS_NOBODY = 65534


def _as_another_user(fn: Callable[[], Any]) -> Any:
    """Run *fn* in a forked child as the unprivileged user ``nobody`` (uid 65534) and
    return what it returned: permissions hold for it as for any normal user, which they
    do not for root. (Forked, not started: this interpreter's own files may not be
    readable by nobody, so everything *fn* needs must be imported already.)"""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            os.setgid(AS_NOBODY)
            os.setuid(AS_NOBODY)
            result: Any = {"ok": fn()}
        except BaseException as exc:  # everything goes back to the test
            result = {"error": f"{type(exc).__name__}: {exc}"}
        os.write(write_end, json.dumps(result, default=str).encode())
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 1 << 16):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    outcome = json.loads(b"".join(chunks) or b'{"error": "the child died"}')
    assert "error" not in outcome, outcome["error"]
    return outcome["ok"]


@pytest.mark.skipif(not hasattr(os, "fork") or os.geteuid() != 0,
                    reason="needs root to become another user (as a normal user: "
                           "test_export_reads_a_file_it_cannot_write plays the permissions)")
def test_a_workspace_in_a_read_only_folder_as_a_normal_user(qapp) -> None:
    """As a normal user, a healthy workspace in a folder they cannot write: check and
    export work and leave nothing behind; opening it to edit is refused as read-only,
    not as damaged."""
    import contextlib
    import io
    import shutil
    import tempfile

    from workbench import cli
    from workbench.store import WorkspaceError, queries

    top = Path(tempfile.mkdtemp(prefix="voelspriet-ro-"))
    try:
        top.chmod(0o755)
        folder, out = top / "ro", top / "out"
        folder.mkdir()
        out.mkdir()
        out.chmod(0o777)
        path = _closed_workspace(folder)
        assert cli.main(["export", str(path), "--to", str(out / "warm.json")]) == 0  # imports it all
        assert cli.main(["check", str(path)]) == 0
        (out / "warm.json").unlink()
        path.chmod(0o444)
        folder.chmod(0o555)
        before = sorted(os.listdir(folder))

        def as_nobody() -> dict[str, Any]:
            said: dict[str, Any] = {}
            for command in (["check", str(path)], ["export", str(path), "--to", str(out / "all.json")]):
                err = io.StringIO()
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                    said[command[0]] = (cli.main(command), err.getvalue())
            try:
                open_store(path).close()
                said["open"] = "opened"
            except WorkspaceError as exc:
                said["open"] = (exc.reason, str(exc))
            store = open_store(path, read_only=True)
            try:
                with store.session() as s:
                    said["people"] = len(queries.stakeholders(s))
            finally:
                store.close()
            said["files"] = sorted(os.listdir(folder))
            return said

        said = _as_another_user(as_nobody)
        assert said["check"] == [0, ""], said
        assert said["export"] == [0, ""], said
        assert len(read_any(out / "all.json").stakeholders) == 4
        assert said["open"][0] == "read_only" and "read-only" in said["open"][1], said
        assert said["people"] == 4
        assert said["files"] == before == ["ws.voelspriet"]
    finally:
        for folder in (top, *top.iterdir()):
            folder.chmod(0o755)
        shutil.rmtree(top)


# --------------------------------------------------------------------------- smaller

def _sql(path: Path, *statements: str) -> None:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def _files(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_check_export_and_refused_opens_leave_no_wal_or_shm_behind(tmp_path: Path, qapp) -> None:
    from workbench.cli import main

    path = _closed_workspace(tmp_path)
    assert _files(tmp_path) == ["ws.voelspriet"]
    assert check_workspace(path) == []
    assert _files(tmp_path) == ["ws.voelspriet"]
    assert main(["export", str(path), "--to", str(tmp_path / "all.json")]) == 0
    assert _files(tmp_path) == ["all.json", "ws.voelspriet"]
    (tmp_path / "all.json").unlink()
    _sql(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    content = path.read_bytes()
    with pytest.raises(WorkspaceError) as refused:
        open_store(path)
    assert refused.value.reason == "newer_version"
    with pytest.raises(WorkspaceError):
        open_store(path, exclusive=False)
    assert check_workspace(path) != []
    assert _files(tmp_path) == ["ws.voelspriet"] and path.read_bytes() == content


def test_a_workspace_missing_a_table_is_refused_in_one_line(tmp_path: Path, qapp, capsys) -> None:
    from workbench.cli import main

    path = _closed_workspace(tmp_path)
    _sql(path, "DROP TABLE remarks")
    with pytest.raises(WorkspaceError) as refused:
        open_store(path)
    said = str(refused.value)
    assert refused.value.reason == "corrupt"
    assert "'remarks' is missing" in said and "\n" not in said and "SELECT" not in said
    (problem,) = check_workspace(path)
    assert "'remarks' is missing" in problem
    assert main(["export", str(path), "--to", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'remarks' is missing" in err and "SELECT" not in err


def test_an_empty_schema_version_is_damage_not_a_newer_version(tmp_path: Path, qapp) -> None:
    path = _closed_workspace(tmp_path)
    _sql(path, "DELETE FROM alembic_version")
    with pytest.raises(WorkspaceError) as refused:
        open_store(path)
    assert refused.value.reason == "corrupt" and "None" not in str(refused.value)
    (problem,) = check_workspace(path)
    assert "damaged" in problem and "newer" not in problem


def test_a_wrongly_typed_graph_attribute_names_the_file(tmp_path: Path) -> None:
    source = tmp_path / "typed.graphml"
    source.write_text('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                      '<key id="g" for="graph" attr.name="year" attr.type="int"/>'
                      '<graph edgedefault="undirected"><data key="g">nineteen</data><node id="a"/></graph>'
                      '</graphml>', encoding="utf-8")
    with pytest.raises(InterchangeError) as refused:
        read_any(source)
    assert str(refused.value).startswith(f"{source}: <graph> attribute 'year'")


LONG = "x" * 40_000


@pytest.mark.parametrize("edit", [
    lambda doc: _person(doc, "anna", kind=LONG),
    lambda doc: _person(doc, "anna", status=LONG),
    lambda doc: doc["interactions"][0].update(at=LONG),
    lambda doc: doc.update(version=LONG),
    lambda doc: doc["stakeholders"].extend([{"id": LONG, "name": "a"}, {"id": LONG, "name": "b"}]),
    lambda doc: doc["relations"].append({"id": "r9", "a": "anna", "b": LONG}),
    lambda doc: doc["readings"].append({"relation": "r1", "at": "2020-01-01", "energy": 10 ** 4000}),
])
def test_error_messages_cut_long_values(tmp_path: Path, edit: Callable[[dict], None], capsys) -> None:
    from workbench.cli import main

    doc = _document(tmp_path)
    edit(doc)
    source = tmp_path / "long.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InterchangeError) as refused:
        read_any(source)
    assert len(str(refused.value)) < len(str(source)) + 250, str(refused.value)[:500]
    assert "…" in str(refused.value)
    assert main(["import", str(source), "--into", str(tmp_path / "new.voelspriet")]) == 1
    assert len(capsys.readouterr().err) < 600


def test_a_long_header_in_a_spreadsheet_is_cut(tmp_path: Path) -> None:
    source = tmp_path / "long.csv"
    source.write_text(f"Label;{LONG};{LONG}\nAnna;1;2\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as refused:
        read_any(source)
    assert len(str(refused.value)) < len(str(source)) + 250


# --------------------------------------------------------------------------- 4. creating (see test_kill.py)

def test_a_failed_build_leaves_nothing_and_a_new_workspace_is_private(tmp_path: Path) -> None:
    from workbench.store.database import new_workspace

    target = tmp_path / "new.voelspriet"
    with pytest.raises(RuntimeError):
        with new_workspace(target) as store:
            with store.begin() as s:
                import_dataset(s, small_dataset())
            raise RuntimeError("the import failed")
    assert _files(tmp_path) == []
    with new_workspace(target) as store:
        with store.begin() as s:
            import_dataset(s, small_dataset())
    assert _files(tmp_path) == ["new.voelspriet"] and check_workspace(target) == []
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    with pytest.raises(WorkspaceError) as refused:
        with new_workspace(target):
            pass
    assert refused.value.reason == "exists"


def test_a_folder_named_with_question_marks_and_hashes(tmp_path: Path, capsys) -> None:
    from workbench.cli import main

    folder = tmp_path / "what? #1 é"
    folder.mkdir()
    assert main(["demo", str(folder / "a?b#c.voelspriet"), "--language", "en"]) == 0
    assert main(["check", str(folder / "a?b#c.voelspriet")]) == 0
    assert main(["export", str(folder / "a?b#c.voelspriet"), "--to", str(tmp_path / "all.json")]) == 0
    assert main(["import", str(tmp_path / "all.json"), "--into", str(folder / "new?.voelspriet")]) == 0
    assert _files(folder) == ["a?b#c.voelspriet", "new?.voelspriet"]
