"""Opening, creating, migrating, locking, checking and copying workspace files.

One engine per open file, short sessions per unit of work, durable commits. A file is
refused — with a message that says which problem and what to do — when it is missing,
not a workspace, corrupt, from a newer Voelspriet, read-only, or open in another
instance; it is never overwritten. Before a migration the file is backed up with
SQLite's backup API.

Creating is all or nothing: a new workspace is built beside its target (a hidden file in
the same folder), filled, and only then moved into place (``new_workspace``), so a killed
process leaves either no workspace or a complete one.

Reading only (``check``, ``export``, a screenshot, the probe before every open) writes
nothing, not even SQLite's ``-wal`` and ``-shm`` files: a file that no one has open (no
``-wal`` beside it) is read as ``immutable``, which works in a read-only folder and leaves
nothing behind; one that is open in a Voelspriet window is read beside that window's
``-wal`` and ``-shm``. A reader checks afterwards that the file did not change while it
read (``FileState``).

A workspace may be encrypted (``store.cipher``: SQLCipher through SQLAlchemy's
``sqlite+pysqlcipher`` dialect). Everything here takes its passphrase (``passphrase=``)
and works on it the same: the probe, reading only, the pre-migration backup (encrypted
with the same key), migrations (Alembic over the keyed connection), copies and ``check``.
Without the passphrase an encrypted file is refused as ``encrypted``, with a wrong one as
``wrong_passphrase``; a passphrase given for a plain file is ignored. ``set_passphrase``
encrypts a workspace, changes its passphrase or decrypts it, in place and all or nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import URL, Connection, Engine, create_engine, event, insert, text
from sqlalchemy.pool import QueuePool

from workbench.store import cipher
from workbench.store.lock import FileLock, LockHeld
from workbench.store.schema import TABLES, metadata

#: PRAGMA application_id of a Voelspriet workspace ('Voel').
APPLICATION_ID = 0x566F656C
#: Every schema revision this version knows, oldest first; the last is the head.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_map_and_sensing", "0003_standalone_followups",
                                     "0004_meetings", "0005_radar_marks")
HEAD_REVISION = KNOWN_REVISIONS[-1]
SQLITE_HEADER = cipher.SQLITE_HEADER
SUFFIX = ".voelspriet"
#: The tables every revision has (0001_initial made them); the head has all of the schema's.
FIRST_TABLES = frozenset({
    "workspace", "sensing_settings", "groups", "stakeholders", "group_members", "relations",
    "interactions", "readings", "interaction_participants", "remarks", "followups", "sessions",
    "session_attendees"})
#: What a workspace being built beside its target is called: ``.<name>.<random>.building``.
BUILDING = ".building"
#: Error messages quote at most this many characters of a value (``shorten``).
QUOTE = 80


def shorten(value: object, limit: int = QUOTE) -> str:
    """*value* as ``repr`` shows it, cut to *limit* characters with … (an error line must
    stay one readable line, whatever the file holds)."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class WorkspaceError(Exception):
    """A workspace file that cannot be used.

    ``str()`` is the command line's one concise English line (it may name commands);
    ``reason`` says which problem it is, so that the window can say it in its own words
    and language (``workbench.ui.messages``), and ``path`` names the file (when known).
    Reasons: ``missing``, ``no_folder``, ``folder``, ``not_a_workspace``, ``unreadable``,
    ``corrupt``, ``newer_version``, ``needs_upgrade``, ``read_only``, ``already_open``,
    ``closed``, ``same_file``, ``exists``, ``encrypted`` (its passphrase is needed),
    ``wrong_passphrase``, ``bad_passphrase`` (one that cannot be set, such as an empty one),
    ``no_encryption`` (SQLCipher is not installed here).
    """

    def __init__(self, reason: str, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


def _error(reason: str, path: Path, what: str) -> WorkspaceError:
    return WorkspaceError(reason, f"{path}: {what}", path)


@dataclass(frozen=True)
class FileState:
    """What tells a reader that a file changed under it: its inode, size, modification
    time and whether a ``-wal`` is beside it."""

    inode: int
    size: int
    mtime_ns: int
    wal: bool

    @staticmethod
    def of(path: Path) -> "FileState | None":
        try:
            st = os.stat(path)
        except OSError:
            return None
        return FileState(st.st_ino, st.st_size, st.st_mtime_ns, os.path.exists(f"{path}-wal"))


@dataclass
class Store:
    """An open workspace file: its engine and lock.

    A unit of work is a Core ``Connection`` (``session()``, ``begin()``): every read and
    write is a Core statement on ``schema.TABLES``, so SQLAlchemy's ORM is never loaded.

    A ``read_only`` store (``open_store(read_only=True)``) never writes and holds no lock;
    ``changed()`` says whether the file changed since it was opened (then what was read
    may mix two states: read again). An encrypted workspace's store holds its
    ``passphrase`` in memory while it is open (new connections, copies and backups need
    it); it is never shown (``repr``) nor written anywhere."""

    path: Path
    engine: Engine
    lock: FileLock | None
    backup_path: Path | None = None
    _closed: bool = False
    read_only: bool = False
    opened_as: FileState | None = field(default=None, repr=False)
    passphrase: str | None = field(default=None, repr=False)
    #: The file's key as derived from the passphrase (``key_for``): what connections use.
    key: str | None = field(default=None, repr=False)
    #: Reads on other threads (``reading``) and what must wait for them (``alone``).
    _use: threading.Condition = field(default_factory=threading.Condition, init=False, repr=False,
                                      compare=False)
    _readers: int = field(default=0, init=False, repr=False, compare=False)
    _alone: int = field(default=0, init=False, repr=False, compare=False)

    @property
    def encrypted(self) -> bool:
        """True when the workspace file is encrypted (it has a passphrase)."""
        return self.key is not None

    def changed(self) -> bool:
        """True when the file changed since this (read-only) store was opened."""
        return self.read_only and FileState.of(self.path) != self.opened_as

    @property
    def closed(self) -> bool:
        """True after ``close``: the file is no longer ours to read or write."""
        return self._closed

    def _check_open(self) -> None:
        if self._closed:
            # Never reconnect: the lock is released and another window may own the file.
            raise _error("closed", self.path, "this workspace was closed")

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Around a read on another thread than the window's (the radar off the window's
        thread): the store is not closed, rewritten nor scrubbed while it runs (``alone``
        waits for it), and once it is closed the read is refused like any other."""
        with self._use:
            while self._alone:
                self._use.wait()
            self._check_open()
            self._readers += 1
        try:
            yield
        finally:
            with self._use:
                self._readers -= 1
                self._use.notify_all()

    @contextmanager
    def alone(self) -> Iterator[None]:
        """Wait until no read on another thread runs (``reading``), and let none start
        meanwhile: around closing, rewriting and scrubbing the file."""
        with self._use:
            self._alone += 1
            while self._readers:
                self._use.wait()
        try:
            yield
        finally:
            with self._use:
                self._alone -= 1
                self._use.notify_all()

    def session(self) -> Connection:
        """A new short-lived connection (to read: ``with store.session() as s:``; to write:
        ``with store.session() as s, s.begin():``); what it did not commit is rolled back."""
        self._check_open()
        return self.engine.connect()

    def begin(self) -> Any:
        """A connection in a transaction that commits on exit: ``with store.begin() as s:``."""
        self._check_open()
        return self.engine.begin()

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
            _backup(raw.driver_connection, target, self.key)
        finally:
            raw.close()

    def set_passphrase(self, passphrase: str | None) -> list[Path]:
        """Encrypt the workspace with *passphrase*, change its passphrase to it, or (with
        None) decrypt it: in place and all or nothing (``set_passphrase``), under the
        lock this store holds, and its backups after it. The store stays open on the
        rewritten file. Returns the backups that could not be rewritten (left as they were)."""
        self._check_open()
        if self.read_only or self.lock is None:
            raise _error("read_only", self.path, "is open to read only here; its passphrase cannot change")
        _check_passphrase(self.path, passphrase)
        with self.alone():
            self.engine.dispose()  # the last connection checkpoints and removes the -wal
            old = self.passphrase
            try:
                _rewrite(self.path, self.key, passphrase)
            except BaseException:
                self.engine = _make_engine(self.path, passphrase=self.key)  # the file is as it was
                raise
            self.key = key_for(self.path, passphrase)
            self.passphrase = passphrase if self.key is not None else None
            self.engine = _make_engine(self.path, passphrase=self.key)
        return _rewrite_backups(self.path, old, passphrase)

    def close(self) -> None:
        """Dispose of the engine (checkpointing the WAL) and release the lock; any later
        session is refused. Waits for reads on other threads to end first (``reading``)."""
        with self.alone():
            self._closed = True
            self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


@contextmanager
def _written_aside(target: Path, overwrite: bool = True) -> Iterator[Path]:
    """A temporary file beside *target*, moved to it when the block succeeds (else
    removed); without *overwrite* an existing *target* is refused, never replaced."""
    fd, tmp = tempfile.mkstemp(prefix=".voelspriet-", dir=str(target.parent))
    os.close(fd)
    try:
        yield Path(tmp)
        if overwrite:
            os.replace(tmp, target)
            _sync_folder(target.parent)
        else:
            _place(Path(tmp), target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _place(complete: Path, target: Path) -> None:
    """Give the complete file *complete* the name *target*, atomically and never over an
    existing file (``exists``), and make the new name durable."""
    try:
        if os.name == "nt":  # pragma: no cover - Windows: rename refuses an existing target
            os.rename(complete, target)
        else:
            try:
                os.link(complete, target)  # refuses an existing target (FileExistsError)
            except FileExistsError:
                raise
            except OSError:  # a file system without hard links
                if os.path.lexists(target):
                    raise FileExistsError(target) from None
                os.rename(complete, target)
            else:
                os.unlink(complete)
    except FileExistsError:
        raise _error("exists", target, "already exists; choose another name or remove it first") from None
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the folder's entries (a rename) durable, where the system allows it."""
    if os.name == "nt":  # pragma: no cover - NTFS journals renames
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _backup(source: Any, target: Path, passphrase: str | None = None) -> None:
    """Copy the open database *source* (a DB-API connection) to *target* with SQLite's
    backup API, encrypted with *passphrase* when one is given (an encrypted workspace's
    copy is encrypted with its own passphrase: SQLCipher refuses a plain copy)."""
    with _written_aside(target) as tmp:
        dest = cipher.connect(str(tmp), passphrase)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()


def _uri(path: Path) -> str:
    """The ``file:`` URI that reads *path* only: ``immutable`` when no one has it open
    (no ``-wal`` beside it, nor a rollback ``-journal``), so that nothing is written, not
    even ``-wal`` and ``-shm`` (which a read-only connection would leave behind, and cannot
    make in a read-only folder); else read-only beside the writer's ``-wal`` and ``-shm``."""
    busy = os.path.exists(f"{path}-wal") or os.path.exists(f"{path}-journal")
    flags = "mode=ro" if busy else "mode=ro&immutable=1"
    return f"{path.as_uri()}?{flags}"


def _connect_read_only(path: Path, passphrase: str | None = None) -> Any:
    return cipher.connect(_uri(path), passphrase, uri=True)


def _make_engine(path: Path, read_only: bool = False, passphrase: str | None = None) -> Engine:
    # A pooled connection: opening one per edit (NullPool) costs a WAL checkpoint each
    # time; pooled, an edit is one durable commit (and, encrypted, one key derivation per
    # connection instead of per edit). close() disposes of the pool.
    # The driver opens the file itself: a "sqlite:///PATH" URL would cut a path at a "?"
    # or "#" (a folder may be called so).
    target, uri = (_uri(path), True) if read_only else (str(path), False)
    if passphrase is None:
        engine = create_engine("sqlite://", poolclass=QueuePool, json_deserializer=_json_loads,
                               creator=lambda: sqlite3.connect(target, uri=uri, check_same_thread=False))
    else:
        # SQLAlchemy's SQLCipher dialect keys every new connection ("PRAGMA key") before
        # the listener below runs; the passphrase is the URL's password, which the URL
        # never shows (repr, str, logging).
        module = cipher.driver()
        engine = create_engine(URL.create("sqlite+pysqlcipher", password=passphrase), poolclass=QueuePool,
                               json_deserializer=_json_loads, creator=lambda: module.connect(target, uri=uri, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that
        # PRAGMAs run outside any transaction (foreign_keys cannot change inside one).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # durable: a committed edit survives a crash
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def engine_key(engine: Engine) -> str | None:
    """The key an engine made here keys its connections with (None: plain); it keys a new
    file (a backup) so that the workspace's passphrase opens it (``cipher.file_key``)."""
    return engine.url.password if engine.dialect.driver == "pysqlcipher" else None


def key_for(path: Path, passphrase: str | None) -> str | None:
    """The key to open *path* with: when the file is encrypted, its key derived from
    *passphrase* (``cipher.file_key``: derived once, then every connection is keyed at
    no cost), else None (a passphrase given for a plain file is not used). None too
    without a *passphrase*: the probe then says the file is encrypted."""
    if not cipher.is_encrypted(path):
        return None
    if not cipher.available():
        raise _unavailable(path)
    return None if passphrase is None else cipher.file_key(path, passphrase)


def _json_loads(text: str) -> Any:
    """``json.loads``, with the empty list and object (most tags and fields) made without the
    parser: opening 20,000 stakeholders and 60,000 relations reads 100,000 of them."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return json.loads(text)


def _probe(path: Path, passphrase: str | None = None) -> str:
    """Validate the file's identity and tables; return its schema revision. *passphrase*
    is the key of an encrypted file (``key_for``): None for a plain one."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise _error("folder", path, "is a folder, not a Voelspriet workspace") from None
    except PermissionError:
        raise _error("unreadable", path, "cannot be read (permission denied)") from None
    if header != SQLITE_HEADER and passphrase is None and cipher.is_encrypted(path):
        raise _error("encrypted", path, "is encrypted; its passphrase is needed to open it")
    if header != SQLITE_HEADER and passphrase is None:
        raise _error(
            "not_a_workspace",
            path,
            "is not a Voelspriet workspace; to bring in a .json, .xlsx, .csv or .graphml "
            "file, use 'import FILE --into WORKSPACE'",
        )
    try:
        con = _connect_read_only(path, passphrase)
        try:
            try:
                app_id = con.execute("PRAGMA application_id").fetchone()[0]
            except cipher.errors() as exc:
                if passphrase is not None and cipher.wrong_key(exc):
                    raise _wrong_passphrase(path) from None
                raise
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
                    "is damaged (" + "; ".join(_line(p) for p in problems[:3]) + "); open a "
                    "backup or a saved copy instead",
                )
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                raise _damaged(path, "its schema version table is missing")
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except cipher.errors() as exc:
        if _read_only_cause(path, exc):
            raise _read_only(path) from None
        raise _error(
            "corrupt", path, f"is damaged or truncated ({_line(exc)}); open a backup or a saved copy"
        ) from None
    if len(rows) != 1 or not isinstance(rows[0][0], str) or not rows[0][0]:
        raise _damaged(path, "its schema version is missing" if not rows else "its schema version is not one value")
    revision: str = rows[0][0]
    if revision in KNOWN_REVISIONS:
        required = set(TABLES) if revision == HEAD_REVISION else FIRST_TABLES
        missing = sorted(required - tables)
        if len(missing) == 1:
            raise _damaged(path, f"its table {missing[0]!r} is missing")
        if missing:
            raise _damaged(path, f"{len(missing)} of its tables are missing: {', '.join(missing[:3])}"
                                 + (", …" if len(missing) > 3 else ""))
    return revision


def _wrong_passphrase(path: Path) -> WorkspaceError:
    return _error("wrong_passphrase", path, "wrong passphrase; nothing was read or changed (if you are "
                                            "sure it is right, the file is damaged: open a backup)")


def _unavailable(path: Path) -> WorkspaceError:
    return _error("no_encryption", path, "is encrypted, or is to be, and this Voelspriet cannot "
                                         "encrypt or decrypt (SQLCipher is not installed here)")


def _check_passphrase(path: Path, passphrase: str | None) -> None:
    if passphrase is not None and not cipher.available():
        raise _unavailable(path)
    said = None if passphrase is None else cipher.problem(passphrase)
    if said is not None:
        raise _error("bad_passphrase", path, said)


def _line(text: object) -> str:
    """A message from SQLite as one short line (it may quote a whole SQL statement)."""
    first = str(text).strip().splitlines()[0] if str(text).strip() else ""
    return first if len(first) <= 200 else first[:199] + "…"


def _damaged(path: Path, what: str) -> WorkspaceError:
    return _error("corrupt", path, f"is damaged ({what}); open a backup or a saved copy instead")


def _read_only_cause(path: Path, exc: Exception) -> bool:
    """True when *exc* (opening *path* to read) comes from a folder or file that cannot be
    written, not from damage: SQLite needs to make ``-shm`` beside a ``-wal``."""
    said = str(exc).lower()
    return ("readonly" in said or "read-only" in said or "unable to open" in said) and not (
        os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _read_only(path: Path) -> WorkspaceError:
    return _error("read_only", path, "is in a read-only folder and was not closed properly (its -wal "
                                     "file holds the last changes); open it where it can be written "
                                     "once, or copy the folder to a writable place")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_writable(path: Path) -> None:
    if not _writable(path):
        raise _error(
            "read_only",
            path,
            "is read-only (the file or its folder cannot be written); "
            "copy it to a writable folder or change its permissions",
        )


def remove_workspace(path: Path) -> None:
    """Remove a workspace file and its companions (undoing a failed creation)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup_path_for(path: Path, revision: str) -> Path:
    """Where the pre-migration backup of *path* goes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")


def _create(path: Path, name: str, facilitator: str) -> None:
    """Create a new, empty workspace at *path* (written aside, then moved into place,
    never over an existing file)."""
    with _written_aside(path, overwrite=False) as tmp:
        _fill_new(tmp, name, facilitator)


def _fill_new(tmp: Path, name: str, facilitator: str) -> None:
    """Make the (new or empty) file *tmp* an empty workspace."""
    engine = _make_engine(tmp)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
            conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": HEAD_REVISION})
        with engine.begin() as conn:
            conn.execute(insert(TABLES["workspace"]), {"id": 1, "name": name})
            conn.execute(insert(TABLES["sensing_settings"]), {"id": 1})
            # Exactly one facilitator; an import's facilitator takes this one's place.
            conn.execute(insert(TABLES["stakeholders"]), {
                "id": "facilitator", "name": facilitator, "kind": "facilitator", "status": "core",
                "x": 0.0, "y": 0.0})
    finally:
        engine.dispose()


def open_store(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    exclusive: bool = True,
    read_only: bool = False,
    name: str | None = None,
    facilitator: str = "Facilitator",
    passphrase: str | None = None,
) -> Store:
    """Open (or with *create*, create) the workspace at *path*.

    With *exclusive* (the app, imports) the file is locked against other instances;
    others pass ``exclusive=False``. With *read_only* (check, export, a screenshot: what
    only reads) the file is opened to read only, without a lock, writing nothing at all:
    a read-only file or folder is fine then. Raises ``WorkspaceError`` for any unusable
    file (``read_only`` when it must be written and cannot). An encrypted workspace needs
    its *passphrase* (else ``encrypted``; a wrong one: ``wrong_passphrase``); a new one is
    created plain.
    """
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise _error("no_folder", path, "its folder does not exist")
    if not path.exists() and not create:
        raise _error("missing", path, "does not exist")
    if read_only:
        return _open_read_only(path, passphrase)
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
        key = key_for(path, passphrase)
        revision = _probe(path, key)
        _check_revision(path, revision)
        _check_writable(path)
        engine = _make_engine(path, passphrase=key)
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
                _backup(raw.driver_connection, backup, key)  # encrypted like the workspace
            finally:
                raw.close()
            from workbench.store.migrate import upgrade  # Alembic only when needed

            upgrade(engine)
        return Store(path, engine, lock, backup, passphrase=passphrase if key else None, key=key)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _check_revision(path: Path, revision: str) -> None:
    if revision not in KNOWN_REVISIONS:
        raise _error(
            "newer_version",
            path,
            f"was written by a newer version of Voelspriet (schema {shorten(revision)}); "
            "update Voelspriet to open it",
        )


def _open_read_only(path: Path, passphrase: str | None = None) -> Store:
    """A store that only reads *path* (see ``open_store``)."""
    state = FileState.of(path)
    key = key_for(path, passphrase)
    revision = _probe(path, key)
    _check_revision(path, revision)
    if revision != HEAD_REVISION:
        raise _error("needs_upgrade", path,
                     "was made by an older Voelspriet; open it in the app once to upgrade it")
    engine = _make_engine(path, read_only=True, passphrase=key)
    return Store(path, engine, None, read_only=True, opened_as=state,
                 passphrase=passphrase if key else None, key=key)


@contextmanager
def new_workspace(path: str | os.PathLike[str], *, name: str | None = None,
                  facilitator: str = "Facilitator") -> Iterator[Store]:
    """A new workspace for *path*, all or nothing: it is built beside *path* (a hidden
    file in the same folder, locked while it is built), the block fills the store it
    yields, and only when the block succeeds is the complete file moved to *path* (never
    over an existing file). A failed block, or a killed process, leaves no *path*; what
    a killed build left beside it is removed by the next build for the same *path*.

    The store is closed on leaving the block; open *path* again to use it.
    """
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise _error("no_folder", path, "its folder does not exist")
    if os.path.lexists(path):
        raise _error("exists", path, "already exists; choose another name or remove it first")
    _check_writable(path.parent / ".")
    _remove_stale_builds(path)
    import secrets  # (its hashing modules are not needed to open a workspace)

    building = path.with_name(f".{path.name}.{secrets.token_hex(6)}{BUILDING}")
    guard = FileLock(building)
    guard.acquire()
    try:
        os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private, like mkstemp's
        _fill_new(building, name or path.stem, facilitator)  # aside already: no second file
        store = open_store(building, exclusive=False)
        try:
            yield store
        finally:
            store.close()
        _settle(building)
        _place(building, path)
    except BaseException:
        remove_workspace(building)
        raise
    finally:
        guard.release()


def _settle(path: Path) -> None:
    """Make the closed workspace at *path* one self-contained file: everything in its
    ``-wal`` checkpointed into it (it opens in WAL mode again wherever it is opened)."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    if os.path.exists(f"{path}-wal"):
        raise OSError(f"{path}: its -wal could not be checkpointed")


def _remove_stale_builds(path: Path) -> None:
    """Remove what builds of *path* killed before they finished left beside it (a build
    still running holds its lock and is left alone)."""
    prefix = f".{path.name}."
    builds = {entry.name.removesuffix(".lock") for entry in os.scandir(path.parent)
              if entry.name.startswith(prefix) and entry.name.removesuffix(".lock").endswith(BUILDING)}
    for name in sorted(builds):  # a build, or the lock of one killed before it began
        old = path.parent / name
        lock = FileLock(old)
        try:
            lock.acquire()
        except (LockHeld, OSError):
            continue
        try:
            remove_workspace(old)
        finally:
            lock.release()


#: ``check`` lists at most this many integrity problems (SQLite reports up to 100).
MAX_PROBLEMS = 10


def check_workspace(path: str | os.PathLike[str], passphrase: str | None = None) -> list[str]:
    """Integrity and schema problems of the file at *path*; an empty list when healthy.

    It only reads, and writes nothing (no ``-wal`` or ``-shm``), so a workspace in a
    read-only folder is checked as well; one that changed while it was read is read again.
    An encrypted workspace is checked with its *passphrase* (without it, or with a wrong
    one, that is the problem reported).
    """
    path = Path(path).expanduser().absolute()
    if not path.exists():
        return [f"{path}: does not exist"]
    for _attempt in range(3):
        state = FileState.of(path)
        try:
            key = key_for(path, passphrase)
        except WorkspaceError as exc:  # encrypted, and SQLCipher is not installed here
            return [str(exc)]
        problems = _check(path, key)
        if FileState.of(path) == state:
            break
    return problems


def _check(path: Path, passphrase: str | None = None) -> list[str]:
    try:
        revision = _probe(path, passphrase)
    except WorkspaceError as exc:
        return [str(exc)]
    problems: list[str] = []
    if revision not in KNOWN_REVISIONS:
        return [f"schema revision {shorten(revision)} is unknown to this version of Voelspriet"]
    if revision != HEAD_REVISION:
        problems.append(f"schema revision {revision} is older than {HEAD_REVISION}")
    try:
        con = _connect_read_only(path, passphrase)
    except cipher.errors() as exc:
        return [str(_read_only(path)) if _read_only_cause(path, exc) else f"{path}: cannot be read ({_line(exc)})"]
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems += [f"integrity: {_line(msg)}" for msg in integrity[:MAX_PROBLEMS]]
            if len(integrity) > MAX_PROBLEMS:
                problems.append(f"integrity: … and {len(integrity) - MAX_PROBLEMS} more problems")
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        for table, rowid, parent, _fk in broken[:MAX_PROBLEMS]:
            problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent} row")
        if len(broken) > MAX_PROBLEMS:
            problems.append(f"foreign key: … and {len(broken) - MAX_PROBLEMS} more dangling references")
        facilitators = con.execute(
            "SELECT count(*) FROM stakeholders WHERE kind = 'facilitator'"
        ).fetchone()[0]
        if facilitators != 1:
            problems.append(f"there are {facilitators} facilitators; a workspace has exactly one")
        if con.execute("SELECT count(*) FROM workspace").fetchone()[0] != 1:
            problems.append("the workspace signature row is missing")
    except cipher.errors() as exc:
        problems.append(f"integrity: {_line(exc)}")
    finally:
        con.close()
    return problems


# ---------------------------------------------------------------------------- encryption
def set_passphrase(path: str | os.PathLike[str], old: str | None, new: str | None) -> list[Path]:
    """Encrypt the workspace at *path* with *new* (it is plain: *old* None), change its
    passphrase from *old* to *new*, or decrypt it (*new* None): in place, all or nothing,
    under its lock (refused as ``already_open`` while a window has it); then its backups
    the same way (``_rewrite_backups``), and returns those that could not be. Raises
    ``WorkspaceError`` as ``open_store`` does (``encrypted``, ``wrong_passphrase`` …).
    """
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise _error("missing", path, "does not exist")
    _check_passphrase(path, new)
    lock = FileLock(path)
    try:
        lock.acquire()
    except LockHeld:
        raise _error("already_open", path,
                     "is already open in another Voelspriet window; close it there first") from None
    try:
        key = key_for(path, old)
        _check_revision(path, _probe(path, key))
        _check_writable(path)
        _rewrite(path, key, new)
        return _rewrite_backups(path, old if key is not None else None, new)
    finally:
        lock.release()


def _rewrite_backups(path: Path, old: str | None, new: str | None) -> list[Path]:
    """Rewrite the backups of the workspace *path* (the rolling ones and those upgrades
    left beside it) from *old* to *new* as the workspace was, so that a workspace and its
    backups are encrypted alike, with one passphrase. A backup in another state (one that
    *old* does not open) is left as it is. Returns the backups that could not be rewritten."""
    from workbench.store import backups  # it imports this module

    left: list[Path] = []
    for backup in [b.path for b in backups.backups_of(path)] + backups.migration_backups_of(path):
        encrypted = cipher.is_encrypted(backup)
        if not encrypted and new is None:
            continue  # plain already
        if encrypted and old is None:
            left.append(backup)  # encrypted with a passphrase we do not know
            continue
        try:
            _rewrite(backup, key_for(backup, old) if encrypted else None, new)
        except (WorkspaceError, OSError, *cipher.errors()):
            left.append(backup)
    return left


def _rewrite(path: Path, old: str | None, new: str | None) -> None:
    """Write the closed workspace at *path* (its key *old*, None when plain) again under
    the key *new* (None: plain), all or nothing: SQLCipher's ``sqlcipher_export`` copies it
    into a new file beside it, which is checked (same tables and rows) and moved into
    place. The caller holds the lock and has no connection open.

    Nothing of the old file is left to read beside the new one: its ``-wal`` is
    checkpointed into it and removed first (a new file must never meet the old one's
    ``-wal``), and the old file and ``-wal`` are overwritten with zeros once they are no
    longer the workspace's (as far as the disk allows: a copy-on-write or flash disk may
    keep old blocks). The new file is ``.<name>.<random>.rewriting``, hidden beside the
    workspace; what a killed rewrite left of one is removed by the next (``REWRITING``).
    """
    module = cipher.driver()
    wal = Path(f"{path}-wal")
    _remove_stale_rewrites(path)
    with _overwritten_when_unlinked([path, wal]):
        source = module.connect(str(path))  # SQLCipher's, plain or keyed: it can export
        try:
            source.isolation_level = None
            if old is not None:
                source.execute(f"PRAGMA key = {cipher.quoted(old)}")
            source.execute("PRAGMA busy_timeout=5000")
            # Checkpoint the -wal into the file and remove it (waits for readers).
            mode = source.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete" or wal.exists():
                raise _error("already_open", path, "is being read by another program; try again in a moment")
            app_id = source.execute("PRAGMA application_id").fetchone()[0]
            version = source.execute("PRAGMA user_version").fetchone()[0]
            counts = _row_counts(source, "main")
            with _rewritten_aside(path) as tmp:
                source.execute("ATTACH DATABASE ? AS rewritten KEY ?", (str(tmp), new or ""))
                try:
                    source.execute("SELECT sqlcipher_export('rewritten')")
                    source.execute(f"PRAGMA rewritten.application_id = {int(app_id)}")
                    source.execute(f"PRAGMA rewritten.user_version = {int(version)}")
                    if _row_counts(source, "rewritten") != counts:
                        raise OSError(f"{path}: the rewritten copy differs; nothing was changed")
                finally:
                    source.execute("DETACH DATABASE rewritten")
                source.close()
                _verify_rewritten(tmp, new, counts, path)
                _fsync(tmp)
        finally:
            source.close()


#: What a workspace being rewritten beside its file is called: ``.<name>.<random>.rewriting``.
REWRITING = ".rewriting"


@contextmanager
def _rewritten_aside(path: Path) -> Iterator[Path]:
    """A new private file beside *path*, moved over it when the block succeeds (else
    removed, with its journal)."""
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}{REWRITING}")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield tmp
        os.replace(tmp, path)
        _sync_folder(path.parent)
    except BaseException:
        remove_workspace(tmp)
        raise


def _remove_stale_rewrites(path: Path) -> None:
    """Remove what rewrites of *path* killed before they finished left beside it (the
    caller holds the workspace's lock: no rewrite of it is running)."""
    prefix = f".{path.name}."
    for entry in os.scandir(path.parent):
        name = entry.name.removesuffix("-journal")
        if name.startswith(prefix) and name.endswith(REWRITING):
            Path(entry.path).unlink(missing_ok=True)


def _row_counts(con: Any, schema: str) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: con.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def _verify_rewritten(tmp: Path, key: str | None, counts: dict[str, int], path: Path) -> None:
    """The rewritten file opens with *key*, is healthy and has the rows it should."""
    con = cipher.driver().connect(str(tmp)) if key is not None else sqlite3.connect(tmp)
    try:
        if key is not None:
            con.execute(f"PRAGMA key = {cipher.quoted(key)}")
        healthy = [r[0] for r in con.execute("PRAGMA quick_check")] == ["ok"]
        if not healthy or con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID \
                or _row_counts(con, "main") != counts:
            raise OSError(f"{path}: the rewritten copy did not read back the same; nothing was changed")
    finally:
        con.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _overwritten_when_unlinked(paths: list[Path]) -> Iterator[None]:
    """Keep the files at *paths* open through the block; afterwards overwrite with zeros
    those that are no longer linked anywhere (replaced or removed inside the block), so
    their old bytes do not stay readable on the disk. Call it with no SQLite connection
    open on these files after the block (closing a file drops the process's locks on it)."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be replaced on Windows
        yield
        return
    held: list[int] = []
    for p in paths:
        try:
            held.append(os.open(p, os.O_RDWR))
        except OSError:
            continue
    try:
        yield
    finally:
        for fd in held:
            try:
                st = os.fstat(fd)
                if st.st_nlink == 0:
                    zeros = bytes(1 << 20)
                    os.lseek(fd, 0, os.SEEK_SET)
                    left = st.st_size
                    while left > 0:
                        left -= os.write(fd, zeros[:min(left, len(zeros))])
                    os.fsync(fd)
            except OSError:
                pass
            finally:
                os.close(fd)
