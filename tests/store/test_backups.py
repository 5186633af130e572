"""Rolling backups on real files: where they go, that each is a workspace, which are kept,
and restoring one under the workspace's own lock."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from workbench.store import WorkspaceError, check_workspace, open_store, queries
from workbench.store import backups as B
from workbench.store.database import Store
from workbench.store.lock import FileLock, LockHeld

NOW = datetime(2024, 6, 15, 12, 0, 0)


def fake(folder: Path, stem: str, at: datetime, n: int = 0) -> B.Backup:
    path = folder / f"{stem} {at.strftime(B.STAMP)}{'-%d' % n if n else ''}.voelspriet"
    path.write_bytes(b"x")
    return B.Backup(path, at, 1)


def test_a_backup_is_a_private_workspace_beside_it(make_store: Any, dataset: Any) -> None:
    store = make_store(data=dataset)
    made = B.make_backup(store, NOW)
    assert made.path == store.path.parent / "ws backups" / "ws 2024-06-15 120000.voelspriet"
    assert made.size == made.path.stat().st_size > 0
    assert (made.path.parent.stat().st_mode & 0o777) == 0o700
    assert (made.path.stat().st_mode & 0o777) == 0o600
    assert check_workspace(made.path) == []  # check verifies a backup like a workspace
    assert not Path(f"{made.path}-wal").exists()
    copy = open_store(made.path, read_only=True)
    try:
        with copy.session() as s, store.session() as t:
            assert queries.dataset(s) == queries.dataset(t)
    finally:
        copy.close()
    assert [f.name for f in made.path.parent.iterdir()] == [made.path.name]  # nothing left beside it


def test_a_backup_while_editing_holds_what_was_committed(make_store: Any, dataset: Any) -> None:
    store = make_store(data=dataset)
    with store.begin() as s:
        s.execute(queries.T["stakeholders"].update().where(queries.T["stakeholders"].c.id == "anna")
                  .values(name="Anna B."))
    # the edit is in the -wal only; the backup API reads through it
    assert Path(f"{store.path}-wal").stat().st_size > 0
    made = B.make_backup(store, NOW)
    copy = open_store(made.path, read_only=True)
    try:
        with copy.session() as s:
            assert queries.stakeholder(s, "anna").name == "Anna B."  # type: ignore[union-attr]
    finally:
        copy.close()


def test_two_backups_in_one_second_both_stay(make_store: Any) -> None:
    store = make_store()
    first = B.make_backup(store, NOW)
    second = B.make_backup(store, NOW)
    assert second.path.name == "ws 2024-06-15 120000-2.voelspriet"
    assert [b.path for b in B.backups_of(store.path)] == [second.path, first.path]


def test_backups_of_lists_only_this_workspaces_backups(tmp_path: Path) -> None:
    folder = tmp_path / "ws backups"
    folder.mkdir()
    a = fake(folder, "ws", NOW - timedelta(days=1))
    b = fake(folder, "ws", NOW)
    fake(folder, "ws2", NOW)  # another workspace's name
    (folder / "ws notes.txt").write_text("mine")
    (folder / "ws 2024-13-45 999999.voelspriet").write_text("not a date")
    (folder / "ws 2024-06-15 120000.voelspriet.lock").write_text("")
    assert B.backups_of(tmp_path / "ws.voelspriet") == [b, a]
    assert B.backups_of(tmp_path / "other.voelspriet") == []


def test_to_keep_is_the_rolling_scheme(tmp_path: Path) -> None:
    half_hours = [fake(tmp_path, "ws", NOW - timedelta(minutes=30 * i)) for i in range(48)]  # the last day
    days = [fake(tmp_path, "ws", NOW - timedelta(days=d, hours=h)) for d in range(2, 40) for h in (1, 5)]
    keep = B.to_keep(half_hours + days, NOW, daily_days=14, weekly_weeks=26)
    assert {b.path for b in half_hours} <= keep  # everything of the last day
    day_kept = {b.at.date() for b in days if b.path in keep}
    recent_days = {(NOW - timedelta(days=d)).date() for d in range(2, 14)}
    assert recent_days <= day_kept
    for d in recent_days:  # one a day: the newest of that day
        of_day = sorted((b for b in days if b.at.date() == d), key=lambda b: b.at)
        assert of_day[-1].path in keep and of_day[0].path not in keep
    older = [b for b in days if NOW - b.at > timedelta(days=14)]
    weeks = {tuple(b.at.isocalendar())[:2] for b in older if b.path in keep}
    kept_old = [b for b in older if b.path in keep]
    assert len(kept_old) == len(weeks)  # one a week beyond two weeks
    assert B.to_keep([], NOW) == set()


def test_the_newest_backup_is_kept_however_old(tmp_path: Path) -> None:
    ancient = [fake(tmp_path, "ws", NOW - timedelta(days=400 + d)) for d in range(3)]
    assert B.to_keep(ancient, NOW) == {ancient[0].path}


def test_prune_deletes_what_the_scheme_drops(tmp_path: Path) -> None:
    folder = tmp_path / "ws backups"
    folder.mkdir()
    kept = fake(folder, "ws", NOW - timedelta(hours=2))
    dropped = fake(folder, "ws", NOW - timedelta(days=300))
    same_day = fake(folder, "ws", NOW - timedelta(days=3, hours=2))
    newest_of_day = fake(folder, "ws", NOW - timedelta(days=3, hours=1))
    gone = B.prune(tmp_path / "ws.voelspriet", NOW)
    assert sorted(gone) == sorted([dropped.path, same_day.path])
    assert kept.path.exists() and newest_of_day.path.exists() and not dropped.path.exists()


def test_delete_backups_before_a_moment_and_the_upgrade_backups(tmp_path: Path) -> None:
    folder = tmp_path / "ws backups"
    folder.mkdir()
    old = fake(folder, "ws", NOW - timedelta(days=1))
    new = fake(folder, "ws", NOW + timedelta(seconds=1))
    upgrade = tmp_path / "ws.backup-0003_standalone_followups-20240101-101010.voelspriet"
    upgrade.write_bytes(b"x")
    other = tmp_path / "ws2.backup-0003-20240101-101010.voelspriet"
    other.write_bytes(b"x")
    assert B.migration_backups_of(tmp_path / "ws.voelspriet") == [upgrade]
    gone = B.delete_backups(tmp_path / "ws.voelspriet", before=NOW)
    assert sorted(gone) == sorted([old.path, upgrade])
    assert new.path.exists() and other.exists()


def test_glob_escape_reads_names_literally(tmp_path: Path) -> None:
    odd = tmp_path / "a[1]*.backup-0001-x.voelspriet"
    odd.write_bytes(b"x")
    (tmp_path / "a1.backup-0001-x.voelspriet").write_bytes(b"x")
    assert B.migration_backups_of(tmp_path / "a[1]*.voelspriet") == [odd]


def test_restore_brings_back_the_backup_under_the_same_lock(make_store: Any, dataset: Any) -> None:
    store = make_store(data=dataset)
    made = B.make_backup(store, NOW - timedelta(hours=1))
    with store.begin() as s:
        s.execute(queries.T["stakeholders"].delete().where(queries.T["stakeholders"].c.id == "piet"))
    lock = store.lock
    reopened, before = B.restore(store, made.path, NOW)
    try:
        assert store.closed and not reopened.closed
        assert reopened.lock is lock  # held all along: no other window could take it
        with pytest.raises(LockHeld):
            FileLock(reopened.path).acquire()
        with reopened.session() as s:
            assert queries.stakeholder(s, "piet") is not None
        # the state before the restore was backed up first
        assert before.at == NOW
        copy = open_store(before.path, read_only=True)
        try:
            with copy.session() as s:
                assert queries.stakeholder(s, "piet") is None
        finally:
            copy.close()
        with reopened.begin() as s:  # and it is a normal, writable workspace again
            s.execute(queries.T["stakeholders"].update().where(queries.T["stakeholders"].c.id == "anna")
                      .values(name="Anna again"))
    finally:
        reopened.close()
    assert check_workspace(reopened.path) == []
    assert not os.path.exists(f"{reopened.path}.lock")


def test_a_damaged_backup_is_refused_and_nothing_changes(make_store: Any, dataset: Any, tmp_path: Path) -> None:
    store = make_store(data=dataset)
    bad = tmp_path / "ws backups" / "ws 2024-06-15 110000.voelspriet"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with store.session() as s:
        before = queries.dataset(s)
    with pytest.raises(WorkspaceError):
        B.restore(store, bad, NOW)
    assert not store.closed
    with store.session() as s:
        assert queries.dataset(s) == before
    assert [b.path for b in B.backups_of(store.path)] == [bad]  # no backup made for nothing


def test_restore_refused_while_another_program_reads(make_store: Any, dataset: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store: Store = make_store(data=dataset)
    made = B.make_backup(store, NOW - timedelta(hours=1))
    real = os.path.exists

    def wal_stays(path: Any) -> bool:  # as when a reader keeps the -wal from being removed
        return True if str(path).endswith("ws.voelspriet-wal") else real(path)

    monkeypatch.setattr(B.os.path, "exists", wal_stays)
    with pytest.raises(WorkspaceError) as caught:
        B.restore(store, made.path, NOW)
    assert caught.value.reason == "already_open"
    monkeypatch.undo()
    assert not os.path.exists(f"{store.path}.lock")  # let go: the window opens it again
    again = open_store(store.path)
    again.close()
