"""Erase Person… and Export Everything About This Person… in the window: from the map's
and the table's stakeholder menus, through the confirmation dialog, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from tests.store.test_privacy import assert_gone, mentioning_dataset, raw
from workbench.store import check_workspace, open_store
from workbench.store.backups import backups_of, make_backup
from workbench.store.imports import import_dataset
from workbench.ui.main_window import MainWindow
from workbench.ui.privacy import EraseDialog
from workbench.workspace import Workspace
from workbench.workspace.backups import open_backup


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "ws.voelspriet"
    store = open_store(path, create=True)
    with store.begin() as s:
        import_dataset(s, mentioning_dataset())
    store.close()
    return path


@pytest.fixture
def window(qtbot, path: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Workspace(open_store(path)), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    for a in menu.actions():
        if a.text().replace("&", "") == text:
            return a
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def node_menu(window: MainWindow, sid: str) -> QMenu:
    menu = QMenu(window)
    node = window.map.scene.items_by_id[sid]
    window.map.controller.node_menu(menu, node, node.pos())
    return menu


def row_of(window: MainWindow, sid: str) -> int:
    return window.table.model.row_of(sid)


def test_the_map_menu_offers_export_and_erase(window: MainWindow) -> None:
    menu = node_menu(window, "anna")
    assert action(menu, "Erase Person…").isEnabled()
    assert action(menu, "Export Everything About This Person…").isEnabled()
    facilitator = node_menu(window, "me")
    assert not action(facilitator, "Erase Stakeholder…").isEnabled()
    assert action(node_menu(window, "gem"), "Erase Stakeholder…").isEnabled()  # a municipality is no person


def test_cancel_erases_nothing(qtbot, window: MainWindow) -> None:
    before = window.workspace.dataset()
    action(window.privacy.table_menu(row_of(window, "anna")), "Erase Person…").trigger()
    dialog = window.privacy.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    assert dialog.cancel_button.isDefault()  # Enter does not erase
    dialog.cancel_button.click()
    assert window.workspace.dataset() == before
    assert window.privacy.dialog is None


def test_the_dialog_says_it_cannot_be_undone_and_names_what_goes(qtbot, window: MainWindow) -> None:
    dialog = window.privacy.erase("anna")
    assert dialog is not None
    text = dialog.text.text()
    assert "This cannot be undone." in text
    assert "Anna Bakker" in dialog.windowTitle()
    assert "Relations, with the energy readings on them</td><td align='right'>&nbsp;&nbsp;1" in text
    assert "Remarks they made</td><td align='right'>&nbsp;&nbsp;2" in text
    assert "Unsaved drafts" not in text  # none: counts of nothing are not listed
    assert "<li>the contact (meeting, 2020-04-02)</li>" in text
    assert "<li>about Piet Jansen</li>" in text
    assert "<li>the session Inner circle, 2020-05-28</li>" in text
    assert "The undo history of this workspace is cleared." in text
    assert dialog.delete_backups.isHidden()  # no backups to delete
    assert dialog.erase_button.text() == "Erase Anna Bakker"
    dialog.reject()


def test_erasing_from_the_table_menu(qtbot, window: MainWindow, path: Path) -> None:
    ws = window.workspace
    ws.rename("piet", "Piet J.")  # an undo entry that the erase clears
    assert window.undo_action.isEnabled()
    action(window.privacy.table_menu(row_of(window, "anna")), "Erase Person…").trigger()
    window.privacy.dialog.erase_button.click()  # type: ignore[union-attr]
    assert ws.stakeholder("anna") is None
    assert row_of(window, "anna") == -1
    assert "anna" not in window.map.scene.items_by_id
    assert not window.undo_action.isEnabled() and ws.undo_stack.count() == 0
    report = window.privacy.report
    assert report is not None and report.isVisible()
    assert "This cannot be undone; the undo history was cleared." in report.text()
    assert "<li>the contact (meeting, 2020-04-02)</li>" in report.text()
    assert_gone(raw(path))
    report.accept()
    window.close()
    assert check_workspace(path) == []
    assert_gone(raw(path))


def test_older_backups_are_named_and_deleted_when_ticked(qtbot, window: MainWindow, path: Path) -> None:
    from workbench.workspace.backups import make_backup as ws_backup

    old = ws_backup(window.workspace).path
    dialog = window.privacy.erase("anna")
    assert dialog is not None and not dialog.delete_backups.isHidden()
    assert dialog.delete_backups.text() == "Also delete the 1 older backups: they still hold Anna Bakker"
    dialog.delete_backups.setChecked(True)
    dialog.erase_button.click()
    left = backups_of(path)  # the old one went (a new one may take its name within the same second)
    assert len(left) == 1  # made after the erase
    assert_gone(left[0].path.read_bytes())
    assert "The 1 older backups were deleted." in window.privacy.report.text()  # type: ignore[union-attr]


def test_older_backups_left_are_said_to_hold_the_person(qtbot, window: MainWindow, path: Path) -> None:
    store = open_store(path, read_only=True)
    old = make_backup(store).path
    store.close()
    window.privacy.erase("anna").erase_button.click()  # type: ignore[union-attr]
    assert old.exists()
    assert "1 older backups still hold Anna Bakker" in window.privacy.report.text()  # type: ignore[union-attr]


def test_erase_waits_for_an_open_contact_form(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    form = window.capture.log_contact(["anna"])
    assert window.privacy.erase("anna") is None
    assert told == ["A contact is open in the form. Save or close it first, then erase."]
    assert window.workspace.stakeholder("anna") is not None
    form.reject()


def test_export_everything_about_a_person_from_the_map(qtbot, window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out" / "anna"
    out.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent, title, suggestion, _filter):  # type: ignore[no-untyped-def]
        asked.append(title)
        assert suggestion.endswith("Anna Bakker.json")
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    action(node_menu(window, "anna"), "Export Everything About This Person…").trigger()
    assert asked == ["Export Everything About Anna Bakker"]
    written = out.with_name("anna.json")
    doc = json.loads(written.read_text("utf-8"))
    assert doc["person"] == "anna" and doc["stakeholders"][0]["name"] == "Anna Bakker"
    assert "Wrote everything about Anna Bakker" in window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_so(qtbot, window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append(text))
    assert not window.privacy.export("anna", tmp_path / "gone" / "anna.json")
    assert len(said) == 1 and "anna.json" in said[0]
    assert "Traceback" not in said[0] and "InterchangeError" not in said[0]


def test_a_backup_opened_to_look_cannot_erase(qtbot, window: MainWindow, path: Path) -> None:
    from workbench.workspace.backups import make_backup as ws_backup

    copy = MainWindow(open_backup(ws_backup(window.workspace).path))
    qtbot.addWidget(copy)
    assert not action(node_menu(copy, "anna"), "Erase Person…").isEnabled()
    assert action(node_menu(copy, "anna"), "Export Everything About This Person…").isEnabled()
    copy.close()


def test_a_scrub_that_cannot_finish_still_clears_undo_and_says_why(qtbot, window: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program reading the file keeps the WAL from being truncated: the person is
    erased all the same (no undo may bring them back), and a dialog says what to do."""
    from workbench.store import privacy as store_privacy
    from workbench.store.database import WorkspaceError as StoreError

    def busy(store) -> None:  # type: ignore[no-untyped-def]
        raise StoreError("already_open", f"{store.path}: another program is reading the workspace", store.path)

    monkeypatch.setattr(store_privacy, "scrub", busy)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append(text))
    window.workspace.rename("piet", "Piet J.")
    assert window.privacy.do_erase("anna") is None
    assert window.workspace.stakeholder("anna") is None
    assert window.workspace.undo_stack.count() == 0
    assert row_of(window, "anna") == -1  # the views read again
    assert len(said) == 1 and "Traceback" not in said[0]
