"""Opening, creating, migrating, locking, checking and copying workspace files.

One engine per open file, short sessions per unit of work, durable commits. A file is
refused — with a message that says which problem and what to do — when it is missing,
not a workspace, corrupt, from a newer Voelspriet, read-only, or open in another
instance; it is never overwritten. Before a migration the file is backed up with
SQLite's backup API.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from workbench.store.lock import FileLock, LockHeld
from workbench.store.schema import Base, SettingsRow, StakeholderRow, WorkspaceRow

#: PRAGMA application_id of a Voelspriet workspace ('Voel').
APPLICATION_ID = 0x566F656C
#: Every schema revision this version knows, oldest first; the last is the head.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_map_and_sensing", "0003_standalone_followups",
                                     "0004_meetings")
HEAD_REVISION = KNOWN_REVISIONS[-1]
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".voelspriet"


class WorkspaceError(Exception):
    """A workspace file that cannot be used.

    ``str()`` is the command line's one concise English line (it may name commands);
    ``reason`` says which problem it is, so that the window can say it in its own words
    and language (``workbench.ui.messages``), and ``path`` names the file (when known).
    Reasons: ``missing``, ``no_folder``, ``folder``, ``not_a_workspace``, ``unreadable``,
    ``corrupt``, ``newer_version``, ``needs_upgrade``, ``read_only``, ``already_open``,
    ``closed``, ``same_file``, ``exists``.
    """

    def __init__(self, reason: str, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


def _error(reason: str, path: Path, what: str) -> WorkspaceError:
    return WorkspaceError(reason, f"{path}: {what}", path)


@dataclass
class Store:
    """An open workspace file: its engine, session factory and lock."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    lock: FileLock | None
    backup_path: Path | None = None
    _closed: bool = False

    @property
    def closed(self) -> bool:
        """True after ``close``: the file is no longer ours to read or write."""
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            # Never reconnect: the lock is released and another window may own the file.
            raise _error("closed", self.path, "this workspace was closed")

    def session(self) -> Session:
        """A new short-lived session; use as ``with store.session() as s, s.begin():``."""
        self._check_open()
        return self.sessions()

    def begin(self) -> Any:
        """A session in a transaction that commits on exit: ``with store.begin() as s:``."""
        self._check_open()
        return self.sessions.begin()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the workspace to *target* (SQLite backup API).

        The copy is written next to the target and renamed into place, so a failure
        leaves no half-written file.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise _error("same_file", target, "cannot copy a workspace onto itself")
        self._check_open()
        raw = self.engine.raw_connection()
        try:
            _backup(raw.driver_connection, target)
        finally:
            raw.close()

    def close(self) -> None:
        """Dispose of the engine (checkpointing the WAL) and release the lock; any later
        session is refused."""
        self._closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


@contextmanager
def _written_aside(target: Path) -> Iterator[Path]:
    """A temporary file beside *target*, renamed to it when the block succeeds (else removed)."""
    fd, tmp = tempfile.mkstemp(prefix=".voelspriet-", dir=str(target.parent))
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _backup(source: sqlite3.Connection, target: Path) -> None:
    with _written_aside(target) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()


def _make_engine(path: Path) -> Engine:
    # A pooled connection: opening one per edit (NullPool) costs a WAL checkpoint each
    # time; pooled, an edit is one durable commit. close() disposes of the pool.
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that
        # PRAGMAs run outside any transaction (foreign_keys cannot change inside one).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # durable: a committed edit survives a crash
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _probe(path: Path) -> str | None:
    """Validate the file's identity; return its schema revision (None for a fresh file)."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise _error("folder", path, "is a folder, not a Voelspriet workspace") from None
    except PermissionError:
        raise _error("unreadable", path, "cannot be read (permission denied)") from None
    if header != SQLITE_HEADER:
        raise _error(
            "not_a_workspace",
            path,
            "is not a Voelspriet workspace; to bring in a .json, .xlsx, .csv or .graphml "
            "file, use 'import FILE --into WORKSPACE'",
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise _error(
                    "not_a_workspace",
                    path,
                    "is an SQLite database but not a Voelspriet workspace",
                )
            problems = [r[0] for r in con.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise _error(
                    "corrupt",
                    path,
                    "is damaged (" + "; ".join(problems[:3]) + "); open a backup or a "
                    "saved copy instead",
                )
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _error(
            "corrupt", path, f"is damaged or truncated ({exc}); open a backup or a saved copy"
        ) from None
    return row[0] if row else None


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise _error(
            "read_only",
            path,
            "is read-only (the file or its folder cannot be written); "
            "copy it to a writable folder or change its permissions",
        )


def remove_workspace(path: Path) -> None:
    """Remove a workspace file and its WAL companions (undoing a failed creation)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup_path_for(path: Path, revision: str) -> Path:
    """Where the pre-migration backup of *path* goes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")


def _create(path: Path, name: str, facilitator: str) -> None:
    """Create a new, empty workspace at *path* (written aside, then renamed into place)."""
    with _written_aside(path) as tmp:
        engine = _make_engine(tmp)
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            Base.metadata.create_all(engine)
            with engine.begin() as conn:
                conn.exec_driver_sql(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
                conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": HEAD_REVISION})
            with Session(engine) as s, s.begin():
                s.add(WorkspaceRow(id=1, name=name))
                s.add(SettingsRow(id=1))
                # Exactly one facilitator; an import's facilitator takes this one's place.
                s.add(StakeholderRow(id="facilitator", name=facilitator, kind="facilitator",
                                     status="core", x=0.0, y=0.0))
        finally:
            engine.dispose()


def open_store(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    exclusive: bool = True,
    name: str | None = None,
    facilitator: str = "Facilitator",
) -> Store:
    """Open (or with *create*, create) the workspace at *path*.

    With *exclusive* (the app, imports) the file is locked against other instances;
    readers pass ``exclusive=False``. Raises ``WorkspaceError`` for any unusable file.
    """
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise _error("no_folder", path, "its folder does not exist")
    if not path.exists() and not create:
        raise _error("missing", path, "does not exist")
    lock: FileLock | None = None
    if exclusive:
        lock = FileLock(path)
        try:
            lock.acquire()
        except LockHeld:
            raise _error(
                "already_open",
                path,
                "is already open in another Voelspriet window; close it there first",
            ) from None
        except OSError:
            _check_writable(path if path.exists() else path.parent)
            raise
    try:
        backup: Path | None = None
        if not path.exists():
            _check_writable(path.parent / ".")
            _create(path, name or path.stem, facilitator)
        revision = _probe(path)
        if revision not in KNOWN_REVISIONS:
            raise _error(
                "newer_version",
                path,
                f"was written by a newer version of Voelspriet (schema {revision!r}); "
                "update Voelspriet to open it",
            )
        _check_writable(path)
        engine = _make_engine(path)
        if revision != HEAD_REVISION:
            if not exclusive:
                engine.dispose()
                raise _error(
                    "needs_upgrade",
                    path,
                    "was made by an older Voelspriet; open it in the app once to upgrade it",
                )
            backup = backup_path_for(path, revision)
            raw = engine.raw_connection()
            try:
                _backup(raw.driver_connection, backup)
            finally:
                raw.close()
            from workbench.store.migrate import upgrade  # Alembic only when needed

            upgrade(engine)
        return Store(path, engine, sessionmaker(engine, expire_on_commit=False), lock, backup)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def check_workspace(path: str | os.PathLike[str]) -> list[str]:
    """Integrity and schema problems of the file at *path*; an empty list when healthy."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        return [f"{path}: does not exist"]
    try:
        revision = _probe(path)
    except WorkspaceError as exc:
        return [str(exc)]
    problems: list[str] = []
    if revision not in KNOWN_REVISIONS:
        return [f"schema revision {revision!r} is unknown to this version of Voelspriet"]
    if revision != HEAD_REVISION:
        problems.append(f"schema revision {revision} is older than {HEAD_REVISION}")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {msg}" for msg in integrity]
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent} row")
        facilitators = con.execute(
            "SELECT count(*) FROM stakeholders WHERE kind = 'facilitator'"
        ).fetchone()[0]
        if facilitators != 1:
            problems.append(f"there are {facilitators} facilitators; a workspace has exactly one")
        if con.execute("SELECT count(*) FROM workspace").fetchone()[0] != 1:
            problems.append("the workspace signature row is missing")
    except sqlite3.DatabaseError as exc:
        problems.append(f"integrity: {exc}")
    finally:
        con.close()
    return problems

