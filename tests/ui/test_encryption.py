"""Encryption in the window, driven as a user would: the passphrase dialog when opening an
encrypted workspace (wrong ones said plainly, three tries, cancel changes nothing), File ›
Encrypt Workspace… / Change Passphrase… / Remove Encryption…, Open Recent and start-up."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from workbench.model import WorkspaceInfo
from workbench.store import check_workspace, cipher, open_store
from workbench.store.database import set_passphrase
from workbench.store.imports import import_dataset
from workbench.ui.encryption import AskPassphraseDialog, NewPassphraseDialog, RemoveEncryptionDialog
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed here "
                                                                "(its wheels are for Linux only)")

PASS = "zeven zwanen zwemmen zuidwaarts"


@pytest.fixture
def encrypted(tmp_path: Path, dataset) -> Path:
    """A closed workspace called "Versleuteld netwerk", encrypted with PASS."""
    path = tmp_path / "secret.voelspriet"
    store = open_store(path, create=True)
    with store.begin() as s:
        import_dataset(s, replace(dataset, workspace=WorkspaceInfo(name="Versleuteld netwerk")))
    store.close()
    set_passphrase(path, None, PASS)
    return path


@pytest.fixture
def window(qtbot, make_store, dataset) -> MainWindow:
    win = MainWindow(Workspace(make_store(data=dataset)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every QMessageBox.warning and .information shown: (title, text)."""
    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def answer_dialogs(kind: type[QDialog], *steps: Callable[[QDialog], None]) -> list[str]:
    """Act on the next dialogs of *kind* as they are shown (each ``exec``): *steps* in
    order, one a showing (each step closes the dialog, or leaves it open no more).
    Returns the problem line each showing had when it came up ("" when none)."""
    seen: list[str] = []
    pending = list(steps)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            problem = dialog.problem  # type: ignore[attr-defined]
            seen.append(problem.text() if problem.isVisible() else "")
            try:
                pending.pop(0)(dialog)
            except BaseException:
                pending.clear()
                dialog.reject()  # a failed step must not leave the dialog waiting for ever
                raise
        if pending:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def type_and_open(qtbot, text: str) -> Callable[[QDialog], None]:
    def step(dialog: QDialog) -> None:
        assert isinstance(dialog, AskPassphraseDialog)
        assert dialog.field.echoMode() == dialog.field.EchoMode.Password  # never shown as typed
        assert "secret.voelspriet" in dialog.findChild(QLabel, "intro").text()
        qtbot.keyClicks(dialog.field, text)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return step


def cancel(qtbot) -> Callable[[QDialog], None]:
    def step(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    return step


def test_opening_an_encrypted_workspace_asks_and_allows_three_tries(qtbot, window: MainWindow,
                                                                    encrypted: Path, warnings) -> None:
    seen = answer_dialogs(AskPassphraseDialog, type_and_open(qtbot, "nee"), type_and_open(qtbot, "ook niet"),
                          type_and_open(qtbot, PASS))
    assert window.open_path(encrypted)
    assert seen[0] == ""
    assert "not right" in seen[1] and "tries left: 2" in seen[1]
    assert "not right" in seen[2] and "tries left: 1" in seen[2]
    assert window.workspace.path == encrypted and window.workspace.encrypted
    assert window.windowTitle().startswith("Versleuteld netwerk")
    assert warnings == []
    # File › Encrypt is off for an encrypted workspace; Change and Remove are on
    assert not window.encryption.encrypt_action.isEnabled()
    assert window.encryption.change_action.isEnabled() and window.encryption.remove_action.isEnabled()


def test_three_wrong_passphrases_leave_the_window_as_it_was(qtbot, window: MainWindow, encrypted: Path,
                                                           warnings) -> None:
    before = window.workspace
    data = encrypted.read_bytes()
    answer_dialogs(AskPassphraseDialog, *(type_and_open(qtbot, f"fout {i}") for i in range(3)))
    assert not window.open_path(encrypted)
    assert window.workspace is before and not before.closed
    assert before.stakeholder("anna").name == "Anna Bakker"
    [(title, text)] = warnings
    assert title == "Wrong passphrase" and "not right" in text and "secret.voelspriet" in text
    assert encrypted.read_bytes() == data


def test_cancel_leaves_the_window_as_it_was(qtbot, window: MainWindow, encrypted: Path, warnings) -> None:
    before = window.workspace
    answer_dialogs(AskPassphraseDialog, cancel(qtbot))
    assert not window.open_path(encrypted)
    assert window.workspace is before and not before.closed
    assert warnings == []


def test_open_recent_asks_for_the_passphrase(qtbot, make_store, dataset, encrypted: Path, tmp_path: Path,
                                             warnings) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recentFiles", [str(encrypted)])
    win = MainWindow(Workspace(make_store(data=dataset)), settings)
    qtbot.addWidget(win)
    win._fill_recent()
    [action] = [a for a in win.recent_menu.actions() if a.text() == encrypted.name]
    answer_dialogs(AskPassphraseDialog, type_and_open(qtbot, PASS))
    action.trigger()
    assert win.workspace.path == encrypted and win.workspace.encrypted
    win.close()


def test_start_up_asks_for_the_passphrase_and_cancel_opens_nothing(qtbot, encrypted: Path, warnings) -> None:
    from workbench.bootstrap import Cancelled, build_main_window

    answer_dialogs(AskPassphraseDialog, cancel(qtbot))
    with pytest.raises(Cancelled):
        build_main_window(encrypted, None)
    answer_dialogs(AskPassphraseDialog, type_and_open(qtbot, "nee"), type_and_open(qtbot, PASS))
    win = build_main_window(encrypted, None)
    qtbot.addWidget(win)
    assert win.workspace.encrypted and win.workspace.info().name == "Versleuteld netwerk"
    win.close()


def test_an_encrypted_default_workspace_asks_at_start_up(qtbot, encrypted: Path, warnings) -> None:
    import shutil

    from workbench.bootstrap import build_main_window, default_workspace_path

    default = default_workspace_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(encrypted, default)
    data = default.read_bytes()
    seen = answer_dialogs(AskPassphraseDialog, lambda dialog: (
        dialog.field.setText(PASS), qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)))
    win = build_main_window(None, None)  # no path: the default workspace, not created anew
    qtbot.addWidget(win)
    assert seen == [""] and win.workspace.path == default and win.workspace.encrypted
    win.close()
    assert default.read_bytes()[:16] == data[:16]  # the same encrypted file, not a new demo


def test_encrypt_warns_first_and_needs_the_passphrase_twice(qtbot, window: MainWindow, warnings) -> None:
    ws = window.workspace
    path = ws.path
    ws.rename("anna", "Anna Voor Het Versleutelen")
    assert window.encryption.encrypt_action.isEnabled()
    assert not window.encryption.change_action.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog)
        warning = dialog.findChild(QLabel, "warning")
        assert "If you lose the passphrase, the data is gone" in warning.text()
        # the warning comes before the fields, and the button waits for all of it
        assert warning.mapTo(dialog, warning.rect().topLeft()).y() < dialog.new_field.mapTo(
            dialog, dialog.new_field.rect().topLeft()).y()
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.new_field, PASS)
        qtbot.keyClicks(dialog.again_field, PASS + "x")
        assert dialog.problem.isVisible() and "differ" in dialog.problem.text()
        qtbot.keyClick(dialog.again_field, Qt.Key.Key_Backspace)
        assert not dialog.problem.isVisible()
        assert not dialog.ok_button.isEnabled()  # the warning is not ticked as understood yet
        qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
        assert dialog.understood.isChecked() and dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialogs(NewPassphraseDialog, fill)
    window.encryption.encrypt_action.trigger()
    assert ws.encrypted and window.workspace is ws
    assert cipher.is_encrypted(path) and b"Anna Voor Het Versleutelen" not in path.read_bytes()
    ws.undo_stack.undo()  # the undo history is kept
    assert ws.stakeholder("anna").name == "Anna Bakker"
    assert window.encryption.change_action.isEnabled() and not window.encryption.encrypt_action.isEnabled()
    assert "encrypted" in window.statusBar().currentMessage()
    assert warnings == []


def test_change_and_remove_ask_for_the_current_passphrase(qtbot, window: MainWindow, warnings) -> None:
    ws = window.workspace
    path = ws.path
    ws.set_passphrase(PASS)
    window.encryption.show_workspace(ws)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPassphraseDialog) and dialog.current_field is not None
        qtbot.keyClicks(dialog.current_field, "niet de huidige")
        qtbot.keyClicks(dialog.new_field, "nieuwe zin")
        qtbot.keyClicks(dialog.again_field, "nieuwe zin")
        dialog.understood.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "current passphrase is not right" in dialog.problem.text()
        qtbot.keyClicks(dialog.current_field, PASS)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialogs(NewPassphraseDialog, change)
    window.encryption.change_action.trigger()
    assert ws.passphrase_matches("nieuwe zin")

    def remove(dialog: QDialog) -> None:
        assert isinstance(dialog, RemoveEncryptionDialog)
        qtbot.keyClicks(dialog.field, PASS)  # the old one no longer
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "not right" in dialog.problem.text()
        qtbot.keyClicks(dialog.field, "nieuwe zin")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_dialogs(RemoveEncryptionDialog, remove)
    window.encryption.remove_action.trigger()
    assert not ws.encrypted and not cipher.is_encrypted(path)
    assert window.encryption.encrypt_action.isEnabled()
    ws.rename("anna", "Anna Weer Leesbaar")
    ws.close()
    assert check_workspace(path) == []
    assert warnings == []


def test_cancelling_the_encrypt_dialog_changes_nothing(qtbot, window: MainWindow) -> None:
    path = window.workspace.path
    answer_dialogs(NewPassphraseDialog, cancel(qtbot))
    window.encryption.encrypt_action.trigger()
    assert not window.workspace.encrypted and not cipher.is_encrypted(path)


def test_the_dialogs_and_messages_speak_dutch(qapp, encrypted: Path) -> None:
    from PySide6.QtCore import QLocale

    from workbench.store import WorkspaceError
    from workbench.ui.app import install_translation, make_app
    from workbench.ui.messages import explain

    app = make_app()
    assert install_translation(app, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        dialog = NewPassphraseDialog("Ons netwerk")
        assert dialog.findChild(QLabel, "warning").text().startswith("Raak je het wachtwoord kwijt")
        assert dialog.ok_button.text() == "Versleutelen"
        dialog.deleteLater()
        ask = AskPassphraseDialog(encrypted)
        ask.wrong(2)
        assert ask.problem.text() == "Dat wachtwoord klopt niet. Probeer het opnieuw (pogingen over: 2)."
        ask.deleteLater()
        for passphrase, title in ((None, "Versleutelde werkruimte"), ("nee", "Verkeerd wachtwoord")):
            with pytest.raises(WorkspaceError) as refused:
                open_store(encrypted, passphrase=passphrase)
            said = explain(refused.value)
            assert said.title == title and "secret.voelspriet" in said.text
    finally:
        install_translation(app, QLocale(QLocale.Language.English))


def test_without_sqlcipher_the_actions_are_off(window: MainWindow, monkeypatch) -> None:
    import workbench.ui.encryption as encryption

    monkeypatch.setattr(encryption, "encryption_available", lambda: False)
    window.encryption.show_workspace(window.workspace)
    actions = window.encryption
    assert not any(a.isEnabled() for a in (actions.encrypt_action, actions.change_action, actions.remove_action))
