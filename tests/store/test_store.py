"""The workspace file: round trips, constraints, refusals, migrations, locking, copies."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.conftest import normalized
from workbench.model import Dataset, Relation, Stakeholder, StakeholderKind
from workbench.store import HEAD_REVISION, WorkspaceError, check_workspace, open_store, queries
from workbench.store import rows as R
from workbench.store.database import _make_engine
from workbench.store.imports import import_dataset
from workbench.store.migrate import upgrade


def test_every_entity_round_trips(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    path = store.path
    store.close()
    reopened = open_store(path)
    try:
        with reopened.session() as s:
            assert normalized(queries.dataset(s)) == normalized(dataset)
    finally:
        reopened.close()


def test_new_workspace_has_exactly_one_facilitator_and_pragmas(make_store) -> None:
    store = make_store()
    with store.session() as s:
        people = queries.stakeholders(s)
        assert [p.kind for p in people] == [StakeholderKind.FACILITATOR]
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL: durable commits
        assert s.execute(text("PRAGMA busy_timeout")).scalar() > 0


@pytest.mark.parametrize(
    ("statement", "fragment"),
    [
        ("UPDATE readings SET energy = 6", "energy"),
        ("UPDATE readings SET energy = 0", "energy"),
        ("INSERT INTO relations (id, a, b, kind, note, fields) VALUES ('x', 'anna', 'anna', '', '', '{}')",
         "not_self"),
        ("INSERT INTO relations (id, a, b, kind, note, fields) VALUES ('x', 'anna', 'me', '', '', '{}')",
         "relations"),
        ("UPDATE stakeholders SET kind = 'facilitator' WHERE id = 'anna'", "stakeholders.kind"),
        ("UPDATE stakeholders SET kind = 'alien' WHERE id = 'anna'", "kind"),
        ("UPDATE stakeholders SET status = 'gone' WHERE id = 'anna'", "status"),
        ("UPDATE interactions SET channel = 'telepathy'", "channel"),
        ("UPDATE remarks SET kind = 'rant'", "kind"),
        ("INSERT INTO group_members VALUES ('nope', 'anna')", "FOREIGN KEY"),
        ("UPDATE stakeholders SET name = '' WHERE id = 'anna'", "name_not_empty"),
    ],
)
def test_constraints_refuse_bad_values(make_store, dataset: Dataset, statement: str, fragment: str) -> None:
    store = make_store(data=dataset)
    with pytest.raises(IntegrityError, match=fragment):
        with store.begin() as s:
            s.execute(text(statement))
    with store.session() as s:
        assert normalized(queries.dataset(s)) == normalized(dataset)


def test_relations_are_one_per_pair_whatever_the_order(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    with pytest.raises(IntegrityError):
        with store.begin() as s:
            R.apply(s, [], R.relation_rows(Relation(id="dup", a="anna", b="me")))


def test_deleting_a_stakeholder_cascades_as_the_domain_says(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    with store.begin() as s:
        s.execute(text("DELETE FROM stakeholders WHERE id = 'anna'"))
    with store.session() as s:
        d = queries.dataset(s)
    assert [r.id for r in d.relations] == []  # both relations touched anna
    assert d.readings == ()
    (interaction,) = d.interactions  # the interaction stays, without her
    assert interaction.with_ == ("me",)
    assert interaction.remarks == ()
    assert interaction.followups[0].who is None  # the follow-up stays, unassigned
    assert d.sessions[0].attendees == ("piet",)


def test_capture_and_apply_restore_a_deleted_stakeholder_with_the_same_ids(make_store, dataset) -> None:
    store = make_store(data=dataset)
    with store.begin() as s:
        before, after = R.deletion(s, "stakeholders", [("anna",)])
        R.apply(s, before, after)
    with store.begin() as s:
        R.apply(s, after, before)
    with store.session() as s:
        assert normalized(queries.dataset(s)) == normalized(dataset)


def test_reimport_updates_instead_of_duplicating(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    renamed = replace(dataset, stakeholders=tuple(
        replace(p, name="Anna B.") if p.id == "anna" else p for p in dataset.stakeholders))
    with store.begin() as s:
        import_dataset(s, renamed)
    with store.session() as s:
        counts = queries.counts(s)
        assert queries.stakeholder(s, "anna").name == "Anna B."
    assert counts["stakeholders"] == len(dataset.stakeholders)
    assert counts["relations"] == len(dataset.relations)
    assert counts["remarks"] == 1


def test_import_adopts_the_files_facilitator_in_a_fresh_workspace(make_store, dataset) -> None:
    store = make_store(data=dataset)
    with store.session() as s:
        assert queries.facilitator_id(s) == "me"
        assert queries.stakeholder(s, "facilitator") is None


def test_import_maps_the_facilitator_of_a_second_file_onto_the_existing_one(make_store, dataset) -> None:
    store = make_store(data=dataset)
    other = Dataset(stakeholders=(
        Stakeholder(id="boss", name="Other facilitator", kind=StakeholderKind.FACILITATOR),
        Stakeholder(id="kees", name="Kees"),
    ), relations=(Relation(id="rk", a="boss", b="kees"),))
    with store.begin() as s:
        import_dataset(s, other)
    with store.session() as s:
        assert queries.facilitator_id(s) == "me"
        assert {frozenset((r.a, r.b)) for r in queries.relations(s)} >= {frozenset(("me", "kees"))}


def _old_workspace(path: Path) -> None:
    """A file as the first released schema wrote it, with some data."""
    engine = _make_engine(path)
    upgrade(engine, "0001_initial")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO workspace VALUES (1, 'Old', '', '', '', '', 'network')")
        c.exec_driver_sql("INSERT INTO sensing_settings VALUES (1, 21, 2.0, 3, 2.0, 2, 2, 3, 30, 3, 30)")
        c.exec_driver_sql("INSERT INTO groups VALUES ('g', 'Team', NULL)")
        for sid, kind in (("f", "facilitator"), ("a", "person"), ("b", "person")):
            c.exec_driver_sql(
                f"INSERT INTO stakeholders VALUES ('{sid}', '{sid.upper()}', '{kind}', '', '', '', '', "
                "'', '', '', '', '', 'active', '[]', 1.0, 2.0, '{}')")
        c.exec_driver_sql("INSERT INTO group_members VALUES ('g', 'a')")
        c.exec_driver_sql("INSERT INTO relations VALUES ('r', 'a', 'b', 'knows', '', '{}')")
        c.exec_driver_sql("INSERT INTO readings VALUES ('x', 'r', '2020-01-01 00:00:00', 4, 'sense', '', NULL)")
    engine.dispose()


def test_migrating_an_older_file_keeps_its_data_and_leaves_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.voelspriet"
    _old_workspace(path)
    store = open_store(path)
    try:
        assert store.backup_path is not None and store.backup_path.exists()
        with store.session() as s:
            d = queries.dataset(s)
        assert [p.id for p in d.stakeholders] == ["a", "b", "f"]
        assert d.stakeholders[0].groups == ("g",)  # child rows survived the table rebuild
        assert d.groups[0].show_region is True
        assert [r.energy for r in d.readings] == [4]
        assert d.settings.as_of is None
    finally:
        store.close()
    backup = sqlite3.connect(store.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
    assert backup.execute("SELECT count(*) FROM group_members").fetchone() == (1,)
    backup.close()
    assert check_workspace(path) == []


def test_migrations_and_the_schema_module_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from workbench.store.schema import metadata

    path = tmp_path / "old.voelspriet"
    _old_workspace(path)
    open_store(path).close()
    engine = _make_engine(path)
    with engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), metadata) == []
    engine.dispose()


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from workbench.store.database import KNOWN_REVISIONS
    from workbench.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_file_from_a_newer_version_is_refused_untouched(make_store) -> None:
    store = make_store()
    path = store.path
    store.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    before = _bytes(path)
    with pytest.raises(WorkspaceError, match="newer version of Voelspriet") as caught:
        open_store(path)
    assert caught.value.reason == "newer_version"
    assert _bytes(path) == before
    assert not list(path.parent.glob("*.backup-*"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"name,kind\nAnna,person\n", "not_a_workspace"),
        (b"", "not_a_workspace"),
        (b"\x00\x01garbage" * 100, "not_a_workspace"),
    ],
)
def test_files_that_are_not_workspaces_are_refused_untouched(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "thing.voelspriet"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError) as caught:
        open_store(path)
    assert caught.value.reason == reason
    assert path.read_bytes() == content


def test_another_sqlite_database_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="SQLite database but not a Voelspriet workspace"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_truncated_workspace_is_refused_as_damaged(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    path = store.path
    store.close()
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkspaceError) as caught:
        open_store(path)
    assert caught.value.reason == "corrupt"
    assert "backup" in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_a_read_only_file_is_refused(make_store) -> None:  # pragma: no cover - not as root
    store = make_store()
    path = store.path
    store.close()
    path.chmod(0o444)
    with pytest.raises(WorkspaceError, match="read-only"):
        open_store(path)


def test_a_read_only_folder_is_refused_even_for_root(make_store, monkeypatch) -> None:
    store = make_store()
    path = store.path
    store.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(WorkspaceError, match="read-only") as caught:
        open_store(path, exclusive=False)
    assert caught.value.reason == "read_only"


def test_a_workspace_open_in_another_instance_is_refused(make_store) -> None:
    store = make_store()
    with pytest.raises(WorkspaceError, match="already open") as caught:
        open_store(store.path)
    assert caught.value.reason == "already_open"
    store.close()
    open_store(store.path).close()  # released on close


def test_missing_file_is_refused_unless_creating(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_store(tmp_path / "nope.voelspriet")
    assert not (tmp_path / "nope.voelspriet").exists()
    assert not list(tmp_path.iterdir())  # no stray lock file either


def test_save_a_copy_is_consistent_and_independent(make_store, dataset: Dataset, tmp_path: Path) -> None:
    store = make_store(data=dataset)
    target = tmp_path / "copy.voelspriet"
    store.save_copy(target)
    with store.begin() as s:
        s.execute(text("DELETE FROM sessions"))
    copy = open_store(target)
    try:
        with copy.session() as s:
            assert normalized(queries.dataset(s)) == normalized(dataset)
    finally:
        copy.close()
    assert check_workspace(target) == []
    with pytest.raises(WorkspaceError):
        store.save_copy(store.path)


def test_check_reports_integrity_and_foreign_key_failures(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    path = store.path
    store.close()
    assert check_workspace(path) == []
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO group_members VALUES ('ghost-group', 'anna')")
    con.commit()
    con.close()
    problems = check_workspace(path)
    assert any("foreign key: group_members" in p for p in problems)


def test_check_reports_a_damaged_page(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    path = store.path
    store.close()
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'stakeholders'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    problems = check_workspace(path)
    assert problems and any("damaged" in p or "integrity" in p for p in problems)


def test_dates_keep_their_time_of_day(make_store, dataset: Dataset) -> None:
    store = make_store(data=dataset)
    with store.session() as s:
        (reading,) = [r for r in queries.readings(s) if r.id == "rd2"]
    assert reading.at == datetime(2020, 3, 2, 14, 30)
