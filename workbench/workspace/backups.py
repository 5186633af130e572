"""Rolling backups for an open workspace: when they are made, which are kept, restoring one.

A ``BackupSchedule`` follows one workspace: after an edit, when the newest backup is at
least ``interval`` old (30 minutes), it makes one (at most one per interval of editing);
when the workspace closes after edits (or has no backup yet) it makes one more. After each
backup the rolling scheme prunes the folder (``store.backups``: every backup of the last
day, one a day for ``daily_days``, one a week for ``weekly_weeks``).

Where and how backups are written is ``store.backups``'s business; this module gives the
window what it needs without the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer

from workbench.store import open_store
from workbench.store import backups as store_backups
from workbench.store.backups import DAILY_DAYS, INTERVAL, WEEKLY_WEEKS, Backup
from workbench.workspace.workspace import Change, Workspace

__all__ = ["Backup", "BackupPolicy", "BackupSchedule", "backups_of", "delete_backups", "folder_for",
           "make_backup", "open_backup", "older_backups", "restore_backup"]

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class BackupPolicy:
    """How often backups are made and how long they are kept (the app's settings)."""

    interval: timedelta = INTERVAL
    daily_days: int = DAILY_DAYS
    weekly_weeks: int = WEEKLY_WEEKS


def folder_for(workspace: Path) -> Path:
    """Where the backups of the workspace file *workspace* go."""
    return store_backups.folder_for(workspace)


def backups_of(workspace: Path) -> list[Backup]:
    """The rolling backups of the workspace file *workspace*, newest first."""
    return store_backups.backups_of(workspace)


def older_backups(workspace: Path) -> list[Path]:
    """Every backup of *workspace* that exists now: the rolling ones and those an upgrade
    left beside it (after an erase: the ones that still hold the person)."""
    return [b.path for b in backups_of(workspace)] + store_backups.migration_backups_of(workspace)


def delete_backups(workspace: Path, before: datetime | None = None) -> list[Path]:
    """Delete the backups of *workspace* made before *before* (all when None), and those an
    upgrade left; returns what was deleted."""
    return store_backups.delete_backups(workspace, before)


def make_backup(workspace: Workspace, policy: BackupPolicy = BackupPolicy(),
                now: datetime | None = None) -> Backup:
    """Back *workspace* up now, then prune its backups by *policy*."""
    now = now or datetime.now()
    backup = store_backups.make_backup(workspace._store, now)
    store_backups.prune(workspace.path, now, policy.daily_days, policy.weekly_weeks)
    return backup


def restore_backup(workspace: Workspace, backup: Path, now: datetime | None = None) -> tuple[Workspace, Backup]:
    """Make *workspace* what *backup* holds: the current state is backed up first, then
    the file is replaced and opened again. Returns the reopened Workspace (*workspace* is
    closed, its undo history gone) and the backup of the state before. Raises
    ``WorkspaceError`` (a damaged backup: nothing changed)."""
    workspace.undo_stack.clear()
    store, before = store_backups.restore(workspace._store, Path(backup), now)
    return Workspace(store), before


def open_backup(backup: Path, of: Workspace | None = None) -> Workspace:
    """Open *backup* to look at only: nothing can be changed or written. The backup of an
    encrypted workspace opens with the passphrase of that workspace (*of*, open)."""
    passphrase = of._store.passphrase if of is not None else None
    return Workspace(open_store(Path(backup), read_only=True, passphrase=passphrase))


class BackupSchedule(QObject):
    """Makes the rolling backups of one open workspace (see the module's doc).

    *clock* gives the time (tests pass their own); *failed* is called with the exception
    when a backup cannot be written (the window says so; editing goes on)."""

    def __init__(self, workspace: Workspace, policy: BackupPolicy = BackupPolicy(),
                 clock: Clock = datetime.now, failed: Callable[[Exception], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else workspace)  # lives as long as the workspace
        self.workspace = workspace
        self.policy = policy
        self._clock = clock
        self._failed = failed
        self._dirty = False
        self._pending = False
        newest = backups_of(workspace.path)
        self.last: datetime | None = newest[0].at if newest else None
        workspace.changed.connect(self._on_changed)
        workspace.about_to_close.connect(self._on_closing)

    def _on_changed(self, _change: Change) -> None:
        self._dirty = True
        if self._due() and not self._pending:
            self._pending = True  # after the edit has been shown, not inside it
            QTimer.singleShot(0, self, self._backup_if_due)

    def _due(self) -> bool:
        return self.last is None or self._clock() - self.last >= self.policy.interval

    def _backup_if_due(self) -> None:
        self._pending = False
        if self._dirty and self._due() and not self.workspace.closed:
            self.backup()

    def _on_closing(self) -> None:
        if self._dirty or self.last is None:
            self.backup()

    def backup(self) -> Backup | None:
        """Back up now (whatever the interval); None when it could not be written."""
        try:
            made = make_backup(self.workspace, self.policy, self._clock())
        except Exception as exc:  # noqa: BLE001 - a failed backup must never stop editing
            if self._failed is not None:
                self._failed(exc)
            return None
        self.last = made.at
        self._dirty = False
        return made
