"""Rolling backups of a workspace: where they go, how they are made, kept and restored.

Every backup is a complete workspace file (it passes ``check`` and opens like any
workspace), written with SQLite's backup API from the open connection, so it is
consistent while the workspace is being edited. ``backup_to`` is the one function that
writes a backup: whatever a backup must be (e.g. encrypted like its workspace) is decided
there.

Where: a folder beside the workspace, ``<name> backups`` (private: 0700, each file 0600),
so that backups stay with the workspace in the folder the user chose for it, are easy to
find (and to delete), and never land anywhere else. A backup is called
``<name> YYYY-MM-DD HHMMSS.voelspriet`` (its local time of writing).

Which are kept (``prune``): every backup of the last day, the newest of each day for
``daily_days`` days, the newest of each week for ``weekly_weeks`` weeks, and always the
newest one; the rest are deleted.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from workbench.store import cipher
from workbench.store.database import (
    SUFFIX,
    Store,
    WorkspaceError,
    _rewrite,
    _written_aside,
    engine_key,
    key_for,
    check_workspace,
    open_store,
    remove_workspace,
)

#: How the defaults of the rolling backups read (PRODUCT.md, issue 12).
INTERVAL = timedelta(minutes=30)
DAILY_DAYS = 14
WEEKLY_WEEKS = 26
#: Every backup younger than this is kept (the ones made every half hour).
RECENT = timedelta(days=1)
STAMP = "%Y-%m-%d %H%M%S"
_NAME = re.compile(r" (\d{4}-\d{2}-\d{2} \d{6})(?:-(\d+))?" + re.escape(SUFFIX) + r"$")


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was made and how large it is (bytes)."""

    path: Path
    at: datetime
    size: int


def backup_to(source: Engine | Store, path: Path) -> None:
    """Write a consistent copy of the workspace *source* (an open store or its engine) to
    *path* with SQLite's backup API: written beside *path* and moved there when complete
    (a failure leaves no half-written file), private (0600), one self-contained file (no
    ``-wal``). The backup of an encrypted workspace is encrypted with its passphrase."""
    engine = source.engine if isinstance(source, Store) else source
    key = source.key if isinstance(source, Store) else engine_key(engine)
    raw = engine.raw_connection()
    try:
        with _written_aside(Path(path)) as tmp:
            dest = cipher.connect(str(tmp), key)
            try:
                raw.driver_connection.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
    finally:
        raw.close()


def folder_for(workspace: Path) -> Path:
    """The folder that holds the backups of *workspace*: ``<name> backups`` beside it."""
    workspace = Path(workspace)
    return workspace.with_name(f"{workspace.stem} backups")


def backups_of(workspace: Path) -> list[Backup]:
    """The rolling backups of *workspace*, newest first."""
    folder = folder_for(workspace)
    prefix = Path(workspace).stem
    found: list[tuple[datetime, int, Backup]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME.search(entry.name)
        if not match or entry.name[:match.start()] != prefix or not entry.is_file():
            continue
        try:
            at = datetime.strptime(match.group(1), STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((at, int(match.group(2) or 1), Backup(Path(entry.path), at, size)))
    found.sort(key=lambda f: f[:2], reverse=True)
    return [f[2] for f in found]


def migration_backups_of(workspace: Path) -> list[Path]:
    """The backups an upgrade left beside *workspace* (``NAME.backup-REVISION-DATE``)."""
    workspace = Path(workspace)
    return sorted(p for p in workspace.parent.glob(f"{glob_escape(workspace.stem)}.backup-*{SUFFIX}")
                  if p.is_file())


def glob_escape(text: str) -> str:
    """*text* matched literally by ``glob`` (a name may hold ``[``, ``*`` or ``?``)."""
    return re.sub(r"([\[\]*?])", r"[\1]", text)


def make_backup(store: Store, now: datetime | None = None) -> Backup:
    """Back up the open *store* now into its backups folder; returns the new backup."""
    now = (now or datetime.now()).replace(microsecond=0)
    folder = folder_for(store.path)
    folder.mkdir(mode=0o700, exist_ok=True)
    base = f"{store.path.stem} {now.strftime(STAMP)}"
    target = folder / f"{base}{SUFFIX}"
    n = 1
    while target.exists():  # two in one second: the newer gets a number
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    backup_to(store, target)
    return Backup(target, now, target.stat().st_size)


def to_keep(backups: list[Backup], now: datetime, daily_days: int = DAILY_DAYS,
            weekly_weeks: int = WEEKLY_WEEKS) -> set[Path]:
    """Which of *backups* the rolling scheme keeps at *now* (see the module's doc)."""
    if not backups:
        return set()
    ordered = sorted(backups, key=lambda b: (b.at, b.path.name))  # newest last: it wins below
    keep = {ordered[-1].path}
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for b in ordered:
        age = now - b.at
        if age <= RECENT:
            keep.add(b.path)
        if age <= timedelta(days=daily_days):
            days[b.at.date()] = b.path
        if age <= timedelta(weeks=weekly_weeks):
            weeks[tuple(b.at.isocalendar())[:2]] = b.path
    return keep | set(days.values()) | set(weeks.values())


def prune(workspace: Path, now: datetime | None = None, daily_days: int = DAILY_DAYS,
          weekly_weeks: int = WEEKLY_WEEKS) -> list[Path]:
    """Delete the backups of *workspace* the rolling scheme no longer keeps; returns them."""
    now = now or datetime.now()
    backups = backups_of(workspace)
    keep = to_keep(backups, now, daily_days, weekly_weeks)
    gone = [b.path for b in backups if b.path not in keep]
    for path in gone:
        remove_workspace(path)
    return gone


def delete_backups(workspace: Path, before: datetime | None = None) -> list[Path]:
    """Delete every backup of *workspace* (rolling ones made before *before*, and the
    backups upgrades left beside it); returns what was deleted."""
    gone = [b.path for b in backups_of(workspace) if before is None or b.at < before]
    gone += migration_backups_of(workspace)
    for path in gone:
        remove_workspace(path)
    return gone


def restore(store: Store, backup: Path, now: datetime | None = None) -> tuple[Store, Backup]:
    """Make the workspace of the open *store* what *backup* holds.

    The backup is checked first (a damaged one is refused: ``WorkspaceError``); the current
    state is backed up; then the workspace is closed (keeping its lock, so no other window
    can take it meanwhile), replaced by a copy of the backup (written beside it and moved
    into place: a failure leaves the workspace as it was) and opened again. Returns the
    reopened store (*store* is closed) and the backup of the state before.
    """
    backup = Path(backup)
    passphrase = store.passphrase  # the workspace keeps its encryption, whatever the backup's
    problems = check_workspace(backup, passphrase)
    if problems:
        raise WorkspaceError("corrupt", f"{backup}: cannot be restored ({problems[0]})", backup)
    before = make_backup(store, now)
    lock, store.lock = store.lock, None
    path = store.path
    store.close()  # the last connection checkpoints and removes -wal and -shm
    try:
        if os.path.exists(f"{path}-wal"):
            raise WorkspaceError("already_open", f"{path}: is being read by another program; "
                                                 "try again in a moment", path)
        try:
            source = open_store(backup, read_only=True, passphrase=passphrase)
        except WorkspaceError as exc:
            if exc.reason != "needs_upgrade":
                raise
            _copy(backup, path)  # an older Voelspriet's: upgraded when opened below
        else:
            try:
                backup_to(source, path)
            finally:
                source.close()
        Path(f"{path}-shm").unlink(missing_ok=True)
        if cipher.is_encrypted(path) != (passphrase is not None):  # a backup made before encrypting
            _rewrite(path, key_for(path, passphrase), passphrase)
        return _reopen(path, lock, passphrase), before
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _copy(source: Path, target: Path) -> None:
    with _written_aside(target) as tmp:
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())


def _reopen(path: Path, lock: object, passphrase: str | None = None) -> Store:
    """Open *path* again under the *lock* its store held (none: as a new store would)."""
    if lock is None:
        return open_store(path, exclusive=False, passphrase=passphrase)
    try:
        reopened = open_store(path, exclusive=False, passphrase=passphrase)
    except WorkspaceError as exc:
        if exc.reason != "needs_upgrade":
            raise
        lock.release()  # type: ignore[attr-defined]
        return open_store(path, passphrase=passphrase)  # upgrades it (after its own pre-upgrade backup)
    reopened.lock = lock  # type: ignore[assignment]
    return reopened
