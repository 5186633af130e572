"""Rolling backups in the window: made while editing and on closing, and File › Restore
from Backup… (the list with date and size; open one to look at, read only; restore one).

Backups are made in the app only (a window with settings), not for screenshots or a copy
opened to look at. The settings ``backups/minutes`` (30), ``backups/dailyDays`` (14) and
``backups/weeklyWeeks`` (26) say how often they are made and how long they are kept.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.messages import explain
from workbench.workspace import Selection, Workspace, WorkspaceError
from workbench.workspace.backups import (
    Backup,
    BackupPolicy,
    BackupSchedule,
    backups_of,
    folder_for,
    open_backup,
    restore_backup,
)

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow


def policy_from(settings: QSettings | None) -> BackupPolicy:
    """The backup settings (defaults where a setting is missing or unusable)."""
    default = BackupPolicy()
    if settings is None:
        return default

    def number(key: str, fallback: int, least: int) -> int:
        try:
            return max(least, int(settings.value(key, fallback)))
        except (TypeError, ValueError):
            return fallback

    return BackupPolicy(interval=timedelta(minutes=number("backups/minutes", int(default.interval.total_seconds()
                                                                                   // 60), 1)),
                        daily_days=number("backups/dailyDays", default.daily_days, 0),
                        weekly_weeks=number("backups/weeklyWeeks", default.weekly_weeks, 0))


def when(at: datetime, locale: QLocale | None = None) -> str:
    """A backup's moment as people read it: the long date and the time of day (local time,
    as the backup's name holds it; no time zone)."""
    locale = locale or QLocale()
    return (f"{locale.toString(at.date(), QLocale.FormatType.LongFormat)}  "
            f"{locale.toString(at.time(), QLocale.FormatType.ShortFormat)}")


def size_text(size: int) -> str:
    """A file size as people read it (kB, MB), in the window's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class RestoreDialog(QDialog):
    """File › Restore from Backup…: the backups, newest first, with date and size."""

    def __init__(self, actions: "BackupActions", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        folder = folder_for(actions.window.workspace.path)
        self.about = QLabel(self.tr(
            "Voelspriet backs this workspace up every half hour while you edit and when you close it, "
            "in the folder “%1” beside it. It keeps every backup of the last day, one a day for two "
            "weeks and one a week for six months.").replace("%1", folder.name), self)
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Size")])
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda *_: self.look())
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("There are no backups yet: the first is made after your first edit, "
                                    "and when you close the workspace."), self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.look_button = QPushButton(self.tr("Open to Look"), self)
        self.look_button.setToolTip(self.tr("Open the backup in a window of its own, read only"))
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        buttons.addButton(self.look_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.look_button.clicked.connect(self.look)
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        """List the backups as they are now."""
        self.list.clear()
        locale = QLocale()
        for backup in backups_of(self.actions.window.workspace.path):
            item = QTreeWidgetItem([when(backup.at, locale), size_text(backup.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        has = self.list.topLevelItemCount() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update()

    def chosen(self) -> Path | None:
        """The backup picked in the list."""
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update(self) -> None:
        picked = self.chosen() is not None
        self.look_button.setEnabled(picked)
        self.restore_button.setEnabled(picked)

    def look(self) -> None:
        """Open the picked backup in a window of its own, read only."""
        path = self.chosen()
        if path is not None:
            self.actions.look(path)

    def restore(self) -> None:
        """Restore the picked backup (after asking)."""
        path = self.chosen()
        if path is not None and self.actions.restore(path):
            self.accept()


class BackupActions(QObject):
    """File › Restore from Backup…, and the rolling backups of the workspace shown."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.schedule: BackupSchedule | None = None
        self.looking: list["MainWindow"] = []  # backups opened to look at
        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.triggered.connect(self.dialog)
        menu = window.menuBar().actions()[0].menu()  # File
        menu.insertAction(window.quit_action, self.restore_action)
        menu.insertSeparator(window.quit_action)

    def show_workspace(self, workspace: Workspace, _selection: Selection) -> None:
        """Follow *workspace*: back it up while it is edited and when it closes."""
        self.restore_action.setEnabled(not workspace.read_only)
        settings = self.window._settings
        if settings is None or workspace.read_only:
            self.schedule = None  # a screenshot, a test window, a copy opened to look at
            return
        self.schedule = BackupSchedule(workspace, policy_from(settings), failed=self._failed, parent=workspace)

    def _failed(self, exc: Exception) -> None:
        self.window.tell(self.tr("Could not write a backup: %1").replace("%1", explain(exc).text))

    def dialog(self) -> RestoreDialog:
        """Open File › Restore from Backup… (returned; not waited for)."""
        dialog = RestoreDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def look(self, backup: Path) -> "MainWindow | None":
        """A window of its own showing *backup*, read only."""
        from workbench.ui.main_window import MainWindow

        try:
            workspace = open_backup(backup, self.window.workspace)  # encrypted: with its passphrase
        except WorkspaceError as exc:
            QMessageBox.warning(self.window, explain(exc).title, explain(exc).text)
            return None
        window = MainWindow(workspace)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(self.tr("%1 — backup of %2 (read only) — Voelspriet")
                              .replace("%1", workspace.info().name)
                              .replace("%2", when(_made(backup))))
        window.statusBar().showMessage(self.tr("A backup, open to look at only: nothing here can be changed. "
                                               "To go back to it, use Restore from Backup… in the workspace's "
                                               "own window."))
        self.looking.append(window)
        window.destroyed.connect(lambda *_: self.looking.remove(window) if window in self.looking else None)
        window.show()
        return window

    def restore(self, backup: Path, ask: bool = True) -> bool:
        """Make the workspace what *backup* holds (after asking): its current state is
        backed up first, then the workspace is opened again."""
        window = self.window
        if ask:
            answer = QMessageBox.question(
                window, self.tr("Restore this backup?"),
                self.tr("The workspace goes back to how it was on %1. Its current state is backed up "
                        "first, so you can come back to it the same way. The undo history is cleared.")
                .replace("%1", when(_made(backup))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        old = window.workspace
        try:
            workspace, _before = restore_backup(old, backup)
        except (WorkspaceError, OSError) as exc:
            if old.closed:  # closed for the restore, which then failed: open it again
                self._reopen(old.path)
            QMessageBox.warning(window, explain(exc).title, explain(exc).text)
            return False
        window.switch_to(workspace)
        window.tell(self.tr("Restored the backup of %1").replace("%1", when(_made(backup))))
        return True

    def _reopen(self, path: Path) -> None:
        from workbench.workspace import open_workspace

        try:
            self.window.switch_to(open_workspace(path))
        except WorkspaceError as exc:
            QMessageBox.critical(self.window, explain(exc).title, explain(exc).text)


def _made(backup: Path) -> datetime:
    found = [b for b in backups_of(_workspace_of(backup)) if b.path == backup]
    return found[0].at if found else datetime.fromtimestamp(backup.stat().st_mtime)


def _workspace_of(backup: Path) -> Path:
    """The workspace file whose backups folder holds *backup*."""
    folder = backup.parent
    stem = folder.name.removesuffix(" backups")
    return folder.parent / f"{stem}{backup.suffix}"


def install(window: "MainWindow") -> BackupActions:
    """Add File › Restore from Backup… and the rolling backups to *window*."""
    return BackupActions(window)


__all__ = ["BackupActions", "Backup", "RestoreDialog", "install", "policy_from", "size_text"]
