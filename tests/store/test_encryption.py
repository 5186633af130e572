"""Encryption at rest: an encrypted workspace on disk holds nothing readable, opens with
its passphrase only, and works as a plain one does (edits, undo, imports, copies,
backups, migrations, check); encrypting, changing the passphrase and decrypting are all
or nothing and leave no old bytes behind."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import normalized
from workbench.interchange.formats import write_any
from workbench.model import Stakeholder
from workbench.store import HEAD_REVISION, WorkspaceError, check_workspace, cipher, open_store, queries
from workbench.store import backups as store_backups
from workbench.store import database
from workbench.store.database import set_passphrase
from workbench.workspace import Workspace

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed here "
                                                                "(its wheels are for Linux only)")

PASS = "Lange zin: de kat krabt de krullen van de trap"
#: Quotes, a semicolon, SQL, spaces at the ends, accents and an emoji: the dialect (PRAGMA
#: key) and ATTACH … KEY ? must read it alike.
ODD = ' he said "ja"; DROP TABLE x; -- \'Zoë\' 🔑 '
#: What must never be readable in an encrypted workspace's bytes (all in small_dataset).
SECRETS = (b"SQLite format 3", "Anna Bakker".encode(), "Floor de Wit".encode(), b"Test network",
           b"Is this worth my time?", b"anna@example.org")


def files_beside(path: Path) -> dict[str, bytes]:
    """Every file in *path*'s folder whose name starts with the workspace's: its bytes."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())
            if p.name.startswith(path.name) and p.is_file()}


def readable(path: Path, *extra: bytes) -> list[str]:
    """Which secrets can be read in the workspace file and its -wal (and -shm)."""
    found = []
    for name, data in files_beside(path).items():
        for secret in SECRETS + extra:
            if secret in data:
                found.append(f"{secret!r} in {name}")
    return found


@pytest.fixture
def encrypted(make_store, dataset) -> Path:
    """A closed workspace holding small_dataset, encrypted with PASS."""
    store = make_store(data=dataset)
    path = store.path
    store.close()
    assert readable(path), "the plain workspace shows its names (else this test proves nothing)"
    assert set_passphrase(path, None, PASS) == []
    return path


def test_an_encrypted_workspace_has_nothing_readable_in_its_file_or_wal(encrypted: Path) -> None:
    assert cipher.is_encrypted(encrypted)
    assert readable(encrypted) == []
    store = open_store(encrypted, passphrase=PASS)
    ws = Workspace(store)
    try:
        ws.rename("anna", "Zoë Twijfelaar")
        ws.set_fields("piet", notes="doubts whether the network is worth it")
        wal = Path(f"{encrypted}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the edits are in the -wal now
        assert readable(encrypted, "Zoë Twijfelaar".encode(), b"doubts whether") == []
    finally:
        ws.close()
    assert readable(encrypted, "Zoë Twijfelaar".encode(), b"doubts whether") == []


def test_the_right_passphrase_opens_it_for_edits_undo_imports_and_check(encrypted: Path, tmp_path: Path,
                                                                      dataset) -> None:
    from dataclasses import replace

    extra = replace(dataset, stakeholders=dataset.stakeholders + (
        Stakeholder(id="kees", name="Kees Visser", x=10.0, y=10.0),))
    source = tmp_path / "more.json"
    write_any(extra, source)
    ws = Workspace(open_store(encrypted, passphrase=PASS))
    try:
        assert ws.encrypted
        summary = ws.import_file(source)
        assert summary.added["stakeholders"] == 1
        ws.undo_stack.undo()
        assert ws.stakeholder("kees") is None
        ws.undo_stack.redo()
        ws.rename("anna", "Anna de Boer")
        ws.undo_stack.undo()
        assert ws.stakeholder("anna").name == "Anna Bakker"
        ws.undo_stack.redo()
        assert ws.stakeholder("anna").name == "Anna de Boer"
    finally:
        ws.close()
    assert check_workspace(encrypted, PASS) == []
    store = open_store(encrypted, read_only=True, passphrase=PASS)
    try:
        with store.session() as s:
            names = {p.id: p.name for p in queries.dataset(s).stakeholders}
    finally:
        store.close()
    assert names["anna"] == "Anna de Boer" and names["kees"] == "Kees Visser"
    assert readable(encrypted, b"Kees Visser", b"Anna de Boer") == []


def test_a_wrong_or_missing_passphrase_is_refused_plainly_and_nothing_changes(encrypted: Path, capfd) -> None:
    before = files_beside(encrypted)
    folder = sorted(os.listdir(encrypted.parent))
    capfd.readouterr()
    for kwargs in ({}, {"read_only": True}, {"exclusive": False}):
        with pytest.raises(WorkspaceError) as wrong:
            open_store(encrypted, passphrase="not the passphrase", **kwargs)
        assert wrong.value.reason == "wrong_passphrase"
        assert "wrong passphrase" in str(wrong.value) and "not the passphrase" not in str(wrong.value)
        with pytest.raises(WorkspaceError) as missing:
            open_store(encrypted, **kwargs)
        assert missing.value.reason == "encrypted"
        assert "is encrypted" in str(missing.value)
    assert check_workspace(encrypted) == [f"{encrypted}: is encrypted; its passphrase is needed to open it"]
    [problem] = check_workspace(encrypted, "not the passphrase")
    assert "wrong passphrase" in problem
    assert files_beside(encrypted) == before
    assert sorted(os.listdir(encrypted.parent)) == folder  # no -wal, -shm or lock left
    assert "ERROR" not in capfd.readouterr().err  # SQLCipher's log lines are silenced


def test_decrypting_gives_back_a_plain_workspace_that_passes_check(encrypted: Path, dataset) -> None:
    assert set_passphrase(encrypted, PASS, None) == []
    assert encrypted.read_bytes().startswith(b"SQLite format 3\x00")
    assert not cipher.is_encrypted(encrypted)
    assert check_workspace(encrypted) == []
    con = sqlite3.connect(encrypted)  # any SQLite reads it again
    assert con.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    con.close()
    store = open_store(encrypted)
    try:
        with store.session() as s:
            assert normalized(queries.dataset(s)).stakeholders == normalized(dataset).stakeholders
    finally:
        store.close()


def test_an_odd_passphrase_reads_the_same_through_every_door(make_store, dataset) -> None:
    store = make_store(data=dataset)
    path = store.path
    store.close()
    set_passphrase(path, None, ODD)  # ATTACH … KEY ?
    for passphrase in (ODD.strip(), ODD + " ", ODD.replace('"', "'")):
        with pytest.raises(WorkspaceError):
            open_store(path, read_only=True, passphrase=passphrase)
    store = open_store(path, passphrase=ODD)  # SQLAlchemy's dialect: PRAGMA key
    store.close()
    assert check_workspace(path, ODD) == []  # a connection of our own
    set_passphrase(path, ODD, None)
    assert check_workspace(path) == []


def test_a_passphrase_that_cannot_be_used_is_refused(make_store) -> None:
    store = make_store()
    path = store.path
    store.close()
    before = path.read_bytes()
    for bad in ("", "a\x00b"):
        with pytest.raises(WorkspaceError) as refused:
            set_passphrase(path, None, bad)
        assert refused.value.reason == "bad_passphrase"
    assert path.read_bytes() == before


def test_the_open_store_changes_its_passphrase_and_keeps_working(make_store, dataset) -> None:
    store = make_store(data=dataset)
    path = store.path
    ws = Workspace(store)
    ws.rename("anna", "Anna Eerst")  # plain frames in the -wal, then encrypted in place
    assert ws.set_passphrase(PASS) == []
    assert ws.encrypted and readable(path, b"Anna Eerst") == []
    ws.rename("anna", "Anna Daarna")
    ws.undo_stack.undo()  # the undo history survives the rewrite
    assert ws.stakeholder("anna").name == "Anna Eerst"
    ws.set_passphrase("een andere zin")
    assert ws.passphrase_matches("een andere zin") and not ws.passphrase_matches(PASS)
    ws.close()
    with pytest.raises(WorkspaceError) as old:
        open_store(path, passphrase=PASS)
    assert old.value.reason == "wrong_passphrase"
    assert check_workspace(path, "een andere zin") == []
    assert readable(path, b"Anna Eerst", b"Anna Daarna") == []


def test_encrypting_leaves_no_plain_bytes_behind(make_store, dataset, tmp_path: Path) -> None:
    """A workspace whose app was killed has its last edits only in the -wal: encrypting
    takes them in, and neither the new file nor its -wal shows them; the old file and -wal
    are overwritten once they are no longer the workspace's."""
    store = make_store(data=dataset)
    ws = Workspace(store)
    ws.rename("anna", "Anna Laatste Wijziging")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # what a killed app leaves: the file and its -wal
        (crashed / f"ws.voelspriet{suffix}").write_bytes(Path(f"{store.path}{suffix}").read_bytes())
    ws.close()
    path = crashed / "ws.voelspriet"
    assert b"Anna Laatste Wijziging" in Path(f"{path}-wal").read_bytes()
    old_file = os.open(path, os.O_RDONLY)
    old_wal = os.open(f"{path}-wal", os.O_RDONLY)
    try:
        set_passphrase(path, None, PASS)
        assert not Path(f"{path}-wal").exists()
        assert readable(path, b"Anna Laatste Wijziging") == []
        for fd in (old_file, old_wal):  # the old inodes, which only we still hold
            os.lseek(fd, 0, os.SEEK_SET)
            old = os.read(fd, 1 << 24)
            assert old.count(0) == len(old), "the old bytes were not overwritten"
    finally:
        os.close(old_file)
        os.close(old_wal)
    store = open_store(path, read_only=True, passphrase=PASS)
    try:
        with store.session() as s:
            assert {p.name for p in queries.dataset(s).stakeholders} >= {"Anna Laatste Wijziging"}
    finally:
        store.close()


def test_a_failed_rewrite_changes_nothing(make_store, dataset, monkeypatch) -> None:
    store = make_store(data=dataset)
    path = store.path
    store.close()
    before = files_beside(path)

    def broken(*_args: object) -> None:
        raise OSError("the disk failed")

    monkeypatch.setattr(database, "_verify_rewritten", broken)
    with pytest.raises(OSError):
        set_passphrase(path, None, PASS)
    # The file is as it was (its -wal checkpointed into it first: the same content).
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(before)  # no temporary file left
    assert not cipher.is_encrypted(path) and check_workspace(path) == []
    store = open_store(path, read_only=True)
    try:
        with store.session() as s:
            assert normalized(queries.dataset(s)) == normalized(dataset)
    finally:
        store.close()


def test_a_workspace_open_elsewhere_is_not_rewritten(make_store, dataset) -> None:
    store = make_store(data=dataset)
    before = store.path.read_bytes()
    with pytest.raises(WorkspaceError) as held:
        set_passphrase(store.path, None, PASS)
    assert held.value.reason == "already_open"
    assert store.path.read_bytes() == before


def test_copies_and_backups_of_an_encrypted_workspace_are_encrypted(encrypted: Path, tmp_path: Path) -> None:
    store = open_store(encrypted, passphrase=PASS)
    ws = Workspace(store)
    try:
        copy = tmp_path / "copy.voelspriet"
        ws.save_copy(copy)
        backup = store_backups.make_backup(store, datetime(2020, 5, 1, 10, 0))
        ws.rename("anna", "Anna Na De Back-up")
        restored, before = store_backups.restore(store, backup.path, datetime(2020, 5, 1, 11, 0))
    finally:
        ws.close()
    try:
        with restored.session() as s:
            assert {p.name for p in queries.dataset(s).stakeholders} >= {"Anna Bakker"}
        assert restored.encrypted
    finally:
        restored.close()
    for path in (copy, backup.path, before.path):
        assert cipher.is_encrypted(path), path
        assert readable(path, b"Anna Na De Back-up") == []
        assert check_workspace(path, PASS) == []
        assert check_workspace(path)[0].endswith("is encrypted; its passphrase is needed to open it")


def test_backups_are_encrypted_and_decrypted_with_their_workspace(make_store, dataset) -> None:
    store = make_store(data=dataset)
    plain = store_backups.make_backup(store, datetime(2020, 5, 1, 10, 0))
    path = store.path
    store.close()
    assert not cipher.is_encrypted(plain.path)
    assert set_passphrase(path, None, PASS) == []
    assert cipher.is_encrypted(plain.path) and readable(plain.path) == []
    assert check_workspace(plain.path, PASS) == []
    assert set_passphrase(path, PASS, "nieuw") == []
    assert check_workspace(plain.path, "nieuw") == []
    assert set_passphrase(path, "nieuw", None) == []
    assert check_workspace(plain.path) == []


def test_restoring_a_backup_made_before_encrypting_keeps_the_workspace_encrypted(make_store, dataset,
                                                                               monkeypatch) -> None:
    store = make_store(data=dataset)
    backup = store_backups.make_backup(store, datetime(2020, 5, 1, 10, 0))
    path = store.path
    store.close()
    monkeypatch.setattr(database, "_rewrite_backups", lambda *_args: [])  # the backup stays plain
    set_passphrase(path, None, PASS)
    assert not cipher.is_encrypted(backup.path)
    store = open_store(path, passphrase=PASS)
    restored, _before = store_backups.restore(store, backup.path, datetime(2020, 5, 1, 11, 0))
    restored.close()
    assert cipher.is_encrypted(path) and readable(path) == []
    assert check_workspace(path, PASS) == []


def test_an_encrypted_older_workspace_is_migrated_over_the_encrypted_connection(tmp_path: Path) -> None:
    from tests.store.test_store import _old_workspace
    from workbench.store.database import KNOWN_REVISIONS, _make_engine
    from workbench.store.migrate import upgrade

    path = tmp_path / "old.voelspriet"
    _old_workspace(path)  # 0001_initial with data
    old = "0004_meetings" if HEAD_REVISION != "0004_meetings" else KNOWN_REVISIONS[-2]
    engine = _make_engine(path)
    upgrade(engine, old)
    engine.dispose()
    set_passphrase(path, None, PASS)
    with pytest.raises(WorkspaceError) as read_only:
        open_store(path, read_only=True, passphrase=PASS)
    assert read_only.value.reason == "needs_upgrade"
    store = open_store(path, passphrase=PASS)  # Alembic runs over the keyed connection
    try:
        assert store.backup_path is not None
        with store.session() as s:
            d = queries.dataset(s)
        assert [p.id for p in d.stakeholders] == ["a", "b", "f"]
        assert d.stakeholders[0].groups == ("g",)
        assert [r.energy for r in d.readings] == [4]
    finally:
        store.close()
    assert cipher.is_encrypted(path) and check_workspace(path, PASS) == []
    backup = store.backup_path
    assert cipher.is_encrypted(backup)  # the pre-migration backup is encrypted too
    con = cipher.connect(str(backup), PASS)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (old,)
    finally:
        con.close()


@pytest.mark.parametrize("content", [
    b"",  # empty
    b'{"format": "voelspriet", "version": 1}' * 200,  # JSON
    b"PK\x03\x04" + os.urandom(8188),  # a zip (an .xlsx)
    os.urandom(5000),  # random, not in whole pages
])
def test_a_file_that_is_not_encrypted_is_not_taken_for_one(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.voelspriet"
    path.write_bytes(content)
    assert not cipher.is_encrypted(path)
    with pytest.raises(WorkspaceError) as refused:
        open_store(path, passphrase=PASS)
    assert refused.value.reason in ("not_a_workspace", "corrupt")


def test_a_damaged_encrypted_workspace_is_reported_as_damaged(encrypted: Path) -> None:
    data = bytearray(encrypted.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page + 100] ^= 0xFF  # a page past the first: its authentication fails
    encrypted.write_bytes(bytes(data))
    problems = check_workspace(encrypted, PASS)
    assert problems and not any("wrong passphrase" in p for p in problems)


def test_a_backup_of_an_encrypted_workspace_opens_to_look_with_its_passphrase(encrypted: Path) -> None:
    from workbench.workspace.backups import make_backup, open_backup

    ws = Workspace(open_store(encrypted, passphrase=PASS))
    try:
        backup = make_backup(ws)
        with pytest.raises(WorkspaceError) as without:
            open_backup(backup.path)
        assert without.value.reason == "encrypted"
        look = open_backup(backup.path, ws)
        try:
            assert look.read_only and look.info().name == "Test network"
        finally:
            look.close()
    finally:
        ws.close()
    assert cipher.is_encrypted(backup.path)


def test_without_sqlcipher_an_encrypted_workspace_is_refused_plainly(encrypted: Path, make_store,
                                                                     monkeypatch) -> None:
    plain = make_store(name="plain.voelspriet")
    plain_path = plain.path
    plain.close()

    def missing() -> None:
        raise cipher.Unavailable("SQLCipher is not installed")

    monkeypatch.setattr(cipher, "driver", missing)
    assert not cipher.available()
    for call in (lambda: open_store(encrypted, passphrase=PASS),
                 lambda: open_store(encrypted, read_only=True, passphrase=PASS),
                 lambda: set_passphrase(plain_path, None, PASS)):
        with pytest.raises(WorkspaceError) as refused:
            call()
        assert refused.value.reason == "no_encryption"
    assert "cannot" in check_workspace(encrypted, PASS)[0]
    assert check_workspace(plain_path) == []  # plain workspaces need no SQLCipher
