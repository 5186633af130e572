"""Migration 0005_radar_marks: a workspace of schema 0004 (the demo, taken back with
Alembic's downgrade) opens upgraded, with a backup of the 0004 file beside it and every
row kept; the command line asks for the app to upgrade it first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.store import HEAD_REVISION, WorkspaceError, check_workspace, open_store, queries
from workbench.store.database import KNOWN_REVISIONS, _make_engine
from workbench.store.migrate import alembic_config, upgrade


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def demo_at_0004(path: Path) -> dict[str, int]:
    """The demo written at the head, then downgraded to 0004; its row counts."""
    store = write_new_workspace(path, demo_dataset(language="en"))
    with store.session() as s:
        counts = queries.counts(s)
    store.close()
    engine = _make_engine(path)
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004_meetings")
        conn.commit()
    engine.dispose()
    return counts


def test_a_0004_workspace_is_upgraded_with_a_backup_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.voelspriet"
    counts = demo_at_0004(path)
    assert KNOWN_REVISIONS.index("0005_radar_marks") == KNOWN_REVISIONS.index("0004_meetings") + 1
    assert _revision(path) == "0004_meetings"
    assert not {"radar_snoozes", "radar_dismissals"} & _tables(path)
    store = open_store(path)
    try:
        assert store.backup_path is not None and store.backup_path.exists()
        assert "backup-0004_meetings" in store.backup_path.name
        with store.session() as s:
            assert queries.counts(s) == counts
            assert not queries.radar_marks(s)
    finally:
        store.close()
    assert _revision(path) == HEAD_REVISION
    assert {"radar_snoozes", "radar_dismissals"} <= _tables(path)
    assert _revision(store.backup_path) == "0004_meetings"  # the backup is the file as it was
    assert not {"radar_snoozes", "radar_dismissals"} & _tables(store.backup_path)
    assert check_workspace(path) == []


def test_the_command_line_does_not_upgrade_a_0004_workspace(tmp_path: Path) -> None:
    path = tmp_path / "old.voelspriet"
    demo_at_0004(path)
    before = path.read_bytes()
    try:
        open_store(path, read_only=True)
    except WorkspaceError as exc:
        assert exc.reason == "needs_upgrade"
    else:  # pragma: no cover - the assertion below says what went wrong
        raise AssertionError("a 0004 workspace was read without an upgrade")
    assert path.read_bytes() == before


def test_upgrading_step_by_step_from_the_first_schema_reaches_the_marks(tmp_path: Path) -> None:
    path = tmp_path / "first.voelspriet"
    engine = _make_engine(path)
    upgrade(engine, "0004_meetings")
    assert "radar_snoozes" not in _tables(path)
    upgrade(engine, "0005_radar_marks")
    engine.dispose()
    assert {"radar_snoozes", "radar_dismissals"} <= _tables(path)
