"""File > Import…, File > Export… and dropping a file on the window, as a user meets them:
the menu, the file dialog, the summary, the error dialog, undo, and a real drop event."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.interchange.conftest import content, read_workbook, write_workbook
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace

KUMU = {"Elements": [["Label", "Type", "Description"], ["Karel Appel", "person", "painter"],
                     ["Anna Bakker", "person", "director"]],
        "Connections": [["From", "To", "Type"], ["Karel Appel", "Anna Bakker", "knows"]],
        "Scratch": [["Notes"], ["x"]]}


@pytest.fixture
def window(qtbot, make_store, dataset) -> MainWindow:
    win = MainWindow(Workspace(make_store(data=dataset)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_file_menu_offers_import_and_export_before_save_a_copy(window: MainWindow) -> None:
    texts = file_menu_texts(window)
    assert texts.index("Open Recent") < texts.index("Import…") < texts.index("Export…") \
        < texts.index("Save a Copy…")


def test_import_through_the_dialog_shows_a_summary_and_is_one_undo_entry(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_workbook(tmp_path / "people.xlsx", KUMU)
    before = content(window.workspace)
    seen: dict[str, Any] = {}

    def choose(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        seen.update(caption=caption, filters=filters)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.interchange.import_action.trigger()
    assert seen["caption"] == "Import"
    assert "*.xlsx" in seen["filters"] and "*.graphml" in seen["filters"] and "*.csv" in seen["filters"]
    box = window.interchange.summary_box
    assert box is not None and box.isVisible()
    assert box.text() == "Imported people.xlsx."
    assert "Stakeholders: 1 added, 1 updated, 0 unchanged" in box.informativeText()
    assert "Relations: 1 added, 0 updated, 0 unchanged" in box.informativeText()
    assert "1 skipped" in box.informativeText()
    assert "sheet 'Scratch'" in box.detailedText()
    karel = next(s for s in window.workspace.stakeholders() if s.name == "Karel Appel")
    assert karel.notes == "painter"
    assert window.workspace.stakeholder("anna").interests == "impact"  # kept: not in the sheet
    assert window.undo_action.text().replace("&", "") == "Undo Import people.xlsx"
    box.close()
    window.undo_action.trigger()
    assert content(window.workspace) == before


def test_a_bad_file_shows_why_and_changes_nothing(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_workbook(tmp_path / "bad.xlsx", {"Elements": [["ID", "Label"], ["a", "A"], ["a", "B"]]})
    before = content(window.workspace)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    window.interchange.import_action.trigger()
    ((title, text),) = warnings
    assert title == "Cannot import bad.xlsx"
    assert "Nothing was imported; the workspace is unchanged." in text
    assert "sheet 'Elements' row 3 column 'ID': ID 'a' is used again" in text
    assert content(window.workspace) == before
    assert not window.undo_action.isEnabled()
    assert window.interchange.summary_box is None


def test_export_through_the_dialog_writes_the_chosen_format(window: MainWindow, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "network"

    def choose(parent, caption, suggestion, filters):  # type: ignore[no-untyped-def]
        kumu = next(f for f in filters.split(";;") if "*.xlsx" in f)
        return str(target), kumu

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.interchange.export_action.trigger()
    written = tmp_path / "network.xlsx"
    sheets = read_workbook(written)
    assert [row[1] for row in sheets["Elements"][1:]] == [s.name for s in window.workspace.dataset().stakeholders]
    assert "Exported to" in window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_so(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert not window.interchange.export_path(tmp_path / "missing" / "out.graphml")
    assert "its folder does not exist" in warnings[0]


def _drop(qtbot, window: MainWindow, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = window.centralWidget()
    position = QPointF(target.width() / 2, target.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)  # over the map: it passes files on to the window
    assert enter.isAccepted()
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop


def test_dropping_a_file_on_the_window_imports_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "mensen.csv"
    path.write_bytes("\ufeffLabel;Type\r\nRené Smit;person\r\n".encode("utf-8"))
    drop = _drop(qtbot, window, [path])
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.interchange.summary_box is not None)
    assert window.interchange.summary_box.text() == "Imported mensen.csv."
    assert any(s.name == "René Smit" for s in window.workspace.stakeholders())
    assert window.undo_action.text().replace("&", "") == "Undo Import mensen.csv"


def test_files_voelspriet_does_not_import_are_not_accepted(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_window_the_garbage_collector_frees_takes_its_drop_filter_along(qtbot, make_store,
                                                                         dataset) -> None:
    """A closed window nobody holds is freed by Python's cycle collector (it and what it
    holds refer to each other), which may first empty the Python objects in the cycle;
    while Qt then destroys the window, the drop filter still sees its last events
    (ChildRemoved, …). It must not raise: the autouse fixture ``fail_on_exceptions_inside_qt``
    fails this test if it does (``make bench`` printed four such AttributeErrors)."""
    def open_and_close() -> weakref.ref[MainWindow]:
        win = MainWindow(Workspace(make_store(data=dataset)))
        win.show()
        qtbot.waitExposed(win)
        QApplication.processEvents()  # shown and settled, as a user meets it
        win.close()
        return weakref.ref(win)

    gone = open_and_close()
    gc.collect()
    assert gone() is None, "the closed window is never freed: something outside Python holds it"
