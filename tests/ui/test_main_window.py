"""The main window as a user meets it: the default workspace with the demo, menus,
undo/redo through the Edit menu, files, recent files, remembered geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from workbench.bootstrap import default_workspace_path, open_or_create_default
from workbench.store import check_workspace, open_store
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings: QSettings) -> MainWindow:
    win = MainWindow(Workspace(open_or_create_default()), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


def action(m: QMenu, prefix: str):  # type: ignore[no-untyped-def]
    for a in m.actions():
        if a.text().replace("&", "").startswith(prefix):
            return a
    raise AssertionError(f"no action {prefix} in {[a.text() for a in m.actions()]}")


def test_first_start_creates_the_default_workspace_with_the_demo(window: MainWindow) -> None:
    path = default_workspace_path()
    assert path.exists() and window.workspace.path == path.absolute()
    assert window.windowTitle().endswith("— Voelspriet")
    assert window.workspace.info().name in window.windowTitle()
    assert window.table.model.rowCount() == len(window.workspace.stakeholders()) > 50
    assert {m.text().replace("&", "") for m in window.menuBar().actions()} >= {"File", "Edit", "View", "Help"}


def test_undo_and_redo_through_the_edit_menu_name_the_command(window: MainWindow) -> None:
    ws = window.workspace
    anna = next(s for s in ws.stakeholders() if s.name.startswith("Anna"))
    ws.move_stakeholders({anna.id: (1234.0, 567.0)})
    edit = menu(window, "Edit")
    undo = action(edit, "Undo")
    assert undo.text().replace("&", "") == f"Undo Move {anna.name}"
    undo.trigger()
    assert (ws.stakeholder(anna.id).x, ws.stakeholder(anna.id).y) == (anna.x, anna.y)
    redo = action(edit, "Redo")
    assert redo.text().replace("&", "") == f"Redo Move {anna.name}"
    redo.trigger()
    assert ws.stakeholder(anna.id).x == 1234.0
    assert not action(edit, "Redo").isEnabled()


def test_filter_and_select_show_the_stakeholder(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.table.search, "Verbeek")
    assert window.table.model.rowCount() == 1
    view = window.table.view
    rect = view.visualRect(window.table.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (selected,) = window.selection.stakeholders
    assert "Verbeek" in window.workspace.stakeholder(selected).name
    details = window.docks["details"].widget()
    assert "Verbeek" in details.name.text()


def test_details_follow_edits(window: MainWindow) -> None:
    ws = window.workspace
    anna = next(s for s in ws.stakeholders() if s.name.startswith("Anna"))
    window.selection.select([anna.id])
    ws.set_fields(anna.id, needs="a quiet week")
    assert window.docks["details"].widget().texts["needs"].toPlainText() == "a quiet week"


def test_save_a_copy_writes_a_healthy_independent_file(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "copy"
    assert window.save_copy(target)
    saved = tmp_path / "copy.voelspriet"
    assert check_workspace(saved) == []
    other = open_store(saved)
    try:
        from workbench.store import queries

        with other.session() as s:
            assert len(queries.stakeholders(s)) == len(window.workspace.stakeholders())
    finally:
        other.close()


def test_new_open_and_recent(window: MainWindow, tmp_path: Path, settings: QSettings) -> None:
    first = window.workspace.path
    assert window.new_workspace(tmp_path / "fresh", "Fresh network")
    assert window.windowTitle().startswith("Fresh network")
    assert window.table.model.rowCount() == 1  # just the facilitator
    open_store(first).close()  # the previous workspace was closed and unlocked
    assert [Path(p) for p in window.recent_files()][:2] == [tmp_path / "fresh.voelspriet", first]
    recent = menu(window, "File").actions()
    open_recent = next(a for a in recent if a.text().replace("&", "") == "Open Recent").menu()
    open_recent.aboutToShow.emit()
    entry = next(a for a in open_recent.actions() if a.toolTip() == str(first))
    entry.trigger()
    assert window.workspace.path == first


def test_a_workspace_open_elsewhere_is_refused_with_a_dialog(window: MainWindow, tmp_path: Path,
                                                             monkeypatch) -> None:
    from workbench.store import open_store as raw_open

    other = raw_open(tmp_path / "busy.voelspriet", create=True)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        before = window.workspace.path
        assert not window.open_path(tmp_path / "busy.voelspriet")
        assert "already open" in shown[0]
        assert window.workspace.path == before
    finally:
        other.close()
    text_file = tmp_path / "notes.voelspriet"
    text_file.write_text("not a workspace", encoding="utf-8")
    assert not window.open_path(text_file)
    assert "not a Voelspriet workspace" in shown[1]
    assert text_file.read_text(encoding="utf-8") == "not a workspace"


def test_geometry_and_docks_are_remembered(qtbot, window: MainWindow, settings: QSettings) -> None:
    window.resize(731, 517)  # within the offscreen screen (800×800)
    window.move(QPoint(40, 30))
    window.docks["signature"].hide()
    window.close()
    again = MainWindow(Workspace(open_or_create_default()), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (731, 517)
    assert not again.docks["signature"].isVisible()
    assert again.docks["details"].isVisible()


def test_quit_closes_the_window_and_releases_the_file(window: MainWindow) -> None:
    path = window.workspace.path
    action(menu(window, "File"), "Quit").trigger()
    assert not window.isVisible()
    open_store(path).close()


def test_a_first_start_fits_the_window_to_the_screen(window: MainWindow) -> None:
    """On a small screen (the test platform's is 800×800) the first window is no bigger than
    the screen leaves room for, so the map is fitted to the size it really gets."""
    room = window.screen().availableGeometry()
    assert room.width() < 1400  # the default would not fit
    assert window.width() <= room.width() and window.height() <= room.height() - 40


def test_no_tab_bar_is_left_over_the_map(window: MainWindow) -> None:
    """Each group of tabbed docks shows one tab bar: the one Qt leaves behind when a group
    grows is hidden (it was drawn over the map's filter row)."""
    from PySide6.QtWidgets import QTabBar

    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    groups = [{bar.tabText(i) for i in range(bar.count())} for bar in bars]
    assert len(groups) >= 2
    assert not any(a < b for a in groups for b in groups)
    assert not any(bar.geometry().intersects(window.map.geometry().adjusted(0, 0, 0, -60)) for bar in bars)


def test_the_dock_layout_starts_no_animation(window: MainWindow) -> None:
    """Qt animates a dock's, a tab bar's or the map's geometry change (for zero time, docks
    not being animated) unless the style says 0 ms; a window freed while one is pending
    crashes inside Qt. The window's style sheet says 0 for all it holds, new tab bars too."""
    from PySide6.QtCore import QPropertyAnimation

    assert window.findChildren(QPropertyAnimation) == []
    timeline, details = window.docks["timeline"], window.docks["details"]
    timeline.setFloating(True)
    timeline.setFloating(False)
    window.tabifyDockWidget(details, timeline)  # a new tab group: a new tab bar
    window.resizeDocks([details], [420], Qt.Orientation.Horizontal)
    assert window.findChildren(QPropertyAnimation) == []
