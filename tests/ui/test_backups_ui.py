"""Rolling backups as the app makes them (at most one per half hour of editing, one on
closing), File › Restore from Backup… driven like a user, and the private settings file."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.conftest import small_dataset
from workbench.bootstrap import make_private, private_settings
from workbench.store import check_workspace, open_store
from workbench.store.backups import backups_of
from workbench.store.imports import import_dataset
from workbench.store.lock import FileLock, LockHeld
from workbench.ui.backups import RestoreDialog, policy_from
from workbench.ui.main_window import MainWindow
from workbench.workspace import EditRefused, Workspace
from workbench.workspace.backups import BackupPolicy, BackupSchedule


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "ws.voelspriet"
    store = open_store(path, create=True)
    with store.begin() as s:
        import_dataset(s, small_dataset())
    store.close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, path: Path, settings: QSettings) -> MainWindow:
    win = MainWindow(Workspace(open_store(path)), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 6, 15, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now


def test_at_most_one_backup_per_half_hour_of_editing_and_one_on_closing(qtbot, path: Path) -> None:
    clock = Clock()
    ws = Workspace(open_store(path))
    schedule = BackupSchedule(ws, BackupPolicy(), clock=clock)
    ws.rename("anna", "Anna 1")
    qtbot.waitUntil(lambda: len(backups_of(path)) == 1)  # the first edit: there was none yet
    clock.now += timedelta(minutes=10)
    ws.rename("anna", "Anna 2")
    clock.now += timedelta(minutes=19)
    ws.rename("anna", "Anna 3")
    qtbot.wait(50)
    assert len(backups_of(path)) == 1  # 29 minutes: not yet
    clock.now += timedelta(minutes=1)
    ws.rename("anna", "Anna 4")
    qtbot.waitUntil(lambda: len(backups_of(path)) == 2)
    newest = backups_of(path)[0]
    assert newest.at == clock.now
    copy = open_store(newest.path, read_only=True)
    try:
        with copy.session() as s:
            from workbench.store import queries
            assert queries.stakeholder(s, "anna").name == "Anna 4"  # type: ignore[union-attr]
    finally:
        copy.close()
    clock.now += timedelta(minutes=5)
    ws.close()  # nothing changed since: no backup on closing
    assert len(backups_of(path)) == 2
    assert schedule.last == datetime(2024, 6, 15, 9, 30)


def test_closing_after_an_edit_backs_up(qtbot, path: Path) -> None:
    clock = Clock()
    ws = Workspace(open_store(path))
    BackupSchedule(ws, BackupPolicy(), clock=clock)
    ws.rename("anna", "Anna 1")
    qtbot.waitUntil(lambda: len(backups_of(path)) == 1)
    clock.now += timedelta(minutes=3)
    ws.rename("anna", "Anna 2")
    ws.close()
    made = backups_of(path)
    assert [b.at for b in made] == [clock.now, clock.now - timedelta(minutes=3)]
    assert check_workspace(made[0].path) == []


def test_a_failed_backup_is_said_and_editing_goes_on(qtbot, path: Path) -> None:
    (path.parent / "ws backups").write_text("a file where the folder would go")
    said: list[Exception] = []
    ws = Workspace(open_store(path))
    BackupSchedule(ws, BackupPolicy(), failed=said.append)
    ws.rename("anna", "Anna 1")
    qtbot.waitUntil(lambda: len(said) == 1)
    ws.rename("anna", "Anna 2")
    assert ws.stakeholder("anna").name == "Anna 2"  # type: ignore[union-attr]
    ws.close()


def test_the_window_backs_up_on_closing_with_the_settings_policy(qtbot, path: Path, settings: QSettings) -> None:
    settings.setValue("backups/minutes", 45)
    settings.setValue("backups/dailyDays", "x")
    assert policy_from(settings) == BackupPolicy(interval=timedelta(minutes=45))
    assert policy_from(None) == BackupPolicy()
    win = MainWindow(Workspace(open_store(path)), settings)
    qtbot.addWidget(win)
    assert win.backups.schedule is not None and win.backups.schedule.policy.interval == timedelta(minutes=45)
    win.close()
    assert len(backups_of(path)) == 1  # none yet: one on closing


def test_no_backups_for_a_window_without_settings(qtbot, path: Path) -> None:
    win = MainWindow(Workspace(open_store(path)))
    qtbot.addWidget(win)
    win.workspace.rename("anna", "Anna 1")
    win.close()
    assert not (path.parent / "ws backups").exists()


def test_restore_dialog_lists_backups_with_date_and_size(qtbot, window: MainWindow, path: Path) -> None:
    from workbench.workspace.backups import make_backup

    empty = window.backups.dialog()
    assert empty.list.isHidden() and not empty.empty.isHidden()
    assert not empty.restore_button.isEnabled()
    empty.reject()
    made = [make_backup(window.workspace, now=datetime(2024, 6, d, 10, 0)) for d in (13, 14)]
    dialog = window.backups.dialog()
    assert isinstance(dialog, RestoreDialog)
    assert "ws backups" in dialog.about.text()
    assert dialog.list.topLevelItemCount() == 2
    first = dialog.list.topLevelItem(0)
    assert "14" in first.text(0) and "2024" in first.text(0)  # newest first, with its date
    assert first.text(1).endswith("kB") and first.text(1)[0].isdigit()
    assert dialog.chosen() == made[1].path
    dialog.reject()


def test_open_a_backup_to_look_at_read_only(qtbot, window: MainWindow, path: Path) -> None:
    from workbench.workspace.backups import make_backup

    make_backup(window.workspace, now=datetime(2024, 6, 13, 10, 0))
    window.workspace.rename("anna", "Anna now")
    dialog = window.backups.dialog()
    dialog.look_button.click()
    assert len(window.backups.looking) == 1
    copy = window.backups.looking[0]  # deletes itself on closing
    assert copy.isVisible() and "(read only)" in copy.windowTitle()
    assert copy.workspace.read_only and copy.workspace.stakeholder("anna").name == "Anna Bakker"  # type: ignore[union-attr]
    with pytest.raises(EditRefused):
        copy.workspace.rename("anna", "changed")
    assert not copy.backups.restore_action.isEnabled()
    assert copy.backups.schedule is None
    backup = backups_of(path)[0].path
    before = backup.read_bytes()
    copy.close()
    assert backup.read_bytes() == before  # looked at, not touched
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]
    dialog.reject()


def test_restore_backs_up_first_and_reopens(qtbot, window: MainWindow, path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.workspace.backups import make_backup

    make_backup(window.workspace, now=datetime(2024, 6, 13, 10, 0))
    window.workspace.rename("anna", "Anna now")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    old = window.workspace
    dialog = window.backups.dialog()
    dialog.restore_button.click()
    assert "The workspace goes back to how it was on" in asked[0]
    assert "backed up first" in asked[0]
    assert window.workspace is not old and old.closed
    assert window.workspace.stakeholder("anna").name == "Anna Bakker"  # type: ignore[union-attr]
    assert window.table.model.rowCount() == len(window.workspace.stakeholders())
    assert window.workspace.undo_stack.count() == 0
    assert "Restored the backup" in window.statusBar().currentMessage()
    with pytest.raises(LockHeld):  # still this window's
        FileLock(path).acquire()
    states = backups_of(path)
    assert len(states) == 2
    copy = open_store(states[0].path, read_only=True)  # the state before the restore
    try:
        from workbench.store import queries
        with copy.session() as s:
            assert queries.stakeholder(s, "anna").name == "Anna now"  # type: ignore[union-attr]
    finally:
        copy.close()
    window.workspace.rename("anna", "Anna after")  # editing goes on
    window.close()
    assert check_workspace(path) == []


def test_restore_cancelled_changes_nothing(qtbot, window: MainWindow, path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.workspace.backups import make_backup

    backup = make_backup(window.workspace, now=datetime(2024, 6, 13, 10, 0)).path
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    old = window.workspace
    assert not window.backups.restore(backup)
    assert window.workspace is old and not old.closed
    assert len(backups_of(path)) == 1


def test_a_damaged_backup_is_refused_with_a_dialog(qtbot, window: MainWindow, path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = path.parent / "ws backups"
    folder.mkdir()
    bad = folder / "ws 2024-06-13 100000.voelspriet"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append(text))
    old = window.workspace
    assert not window.backups.restore(bad, ask=False)
    assert window.workspace is old and not old.closed
    assert len(said) == 1 and "Traceback" not in said[0]


def test_the_settings_file_is_private(qapp, isolated_home: Path) -> None:
    settings = private_settings()
    settings.setValue("recentFiles", ["/somewhere/people.voelspriet"])
    settings.sync()
    file = Path(settings.fileName())
    assert str(file).startswith(str(isolated_home))  # the test's own home
    assert (file.stat().st_mode & 0o777) == 0o600
    assert (file.parent.stat().st_mode & 0o777) == 0o700
    settings.setValue("recentFiles", ["/elsewhere/people.voelspriet"])  # Qt rewrites it
    settings.sync()
    assert (file.stat().st_mode & 0o777) == 0o600


def test_an_existing_world_readable_settings_file_is_made_private(tmp_path: Path) -> None:
    file = tmp_path / "conf" / "Voelspriet.conf"
    file.parent.mkdir()
    file.write_text("[General]\nrecentFiles=/x.voelspriet\n")
    os.chmod(file, 0o644)
    make_private(file)
    assert (file.stat().st_mode & 0o777) == 0o600
    assert file.read_text() == "[General]\nrecentFiles=/x.voelspriet\n"
