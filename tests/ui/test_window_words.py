"""What the window says and proposes: delete tells how to undo, exports propose a
sensible name in the last folder used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from workbench.bootstrap import open_or_create_default
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Workspace(open_or_create_default()), settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_delete_says_how_to_bring_it_back(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    anna = next(s for s in ws.stakeholders() if s.name == "Anna de Wit")
    window.map.scene.items_by_id[anna.id].setSelected(True)
    window.map.view.setFocus()
    qtbot.keyClick(window.map.view, Qt.Key.Key_Delete)
    assert ws.stakeholder(anna.id) is None
    assert window.statusBar().currentMessage() == "Deleted Anna de Wit — Ctrl+Z brings it back"
    ws.undo_stack.undo()
    assert ws.stakeholder(anna.id) is not None


def test_a_refused_delete_says_nothing_about_undo(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.statusBar().clearMessage()
    me = window.workspace.facilitator_id()
    window.map.scene.items_by_id[me].setSelected(True)
    window.map.controller.delete_selected()
    assert window.workspace.stakeholder(me) is not None
    assert "brings it back" not in window.statusBar().currentMessage()


def test_export_map_proposes_the_workspace_name_in_the_last_folder(window: MainWindow, tmp_path: Path,
                                                                   monkeypatch) -> None:
    proposed: list[str] = []
    target = tmp_path / "prints"
    target.mkdir()

    def save_as(_parent, _title, suggestion, _filter):  # type: ignore[no-untyped-def]
        proposed.append(suggestion)
        return str(target / "map.png"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.export_map_dialog()
    name = window.workspace.info().name
    assert Path(proposed[0]).name == f"{name} map.png".replace("/", "")
    assert Path(proposed[0]).parent != window.workspace.path.parent  # not the data folder
    assert (target / "map.png").exists()
    window.export_map_dialog()
    assert Path(proposed[1]).parent == target
