"""Encryption at rest in the window: File › Encrypt Workspace… / Change Passphrase… /
Remove Encryption, and the passphrase asked when an encrypted workspace is opened.

Opening (``open_asking``: File › Open…, Open Recent, the workspace at start-up): a plain
workspace opens as before; an encrypted one brings up ``AskPassphraseDialog``. A wrong
passphrase is said plainly in the dialog, which stays open for another try; after
``TRIES`` wrong ones Voelspriet stops asking and says the workspace was not opened.
Cancel leaves everything as it was (the current workspace stays open).

Setting a passphrase (``NewPassphraseDialog``) says first, before any field, that a lost
passphrase means the data is gone; the passphrase is typed twice and the warning ticked
as understood before the button is enabled. Changing it asks the current one too, and
removing the encryption asks for it as a confirmation. The passphrase is never shown,
stored or remembered by the window: the open workspace holds it in memory only.

``install(window)`` adds the actions to the File menu (before Quit) and returns the
``EncryptionActions``; the window calls ``show_workspace`` for each workspace it shows
and opens files through ``open``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.messages import explain
from workbench.workspace import Workspace, WorkspaceError, open_workspace
from workbench.workspace.files import encryption_available

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

#: How many wrong passphrases opening a workspace takes before it stops asking.
TRIES = 3
#: Dialogs are at least this wide, so that the warning reads in a few lines.
DIALOG_WIDTH = 460


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _wrapped(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _problem_label(parent: QWidget) -> QLabel:
    """A line that says what is wrong (hidden while nothing is)."""
    label = _wrapped("", parent, "problem")
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


class AskPassphraseDialog(QDialog):
    """Asks for the passphrase of the encrypted workspace *path*, to open it."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted workspace"))
        self.setMinimumWidth(DIALOG_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("“%1” is encrypted. Enter its passphrase to open it.")
                                  .replace("%1", path.name), self, "intro"))
        self.field = _password_field(self, "passphrase")
        self.field.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.problem = _problem_label(self)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        self.open_button.setEnabled(False)

    def passphrase(self) -> str:
        """What was typed."""
        return self.field.text()

    def wrong(self, tries_left: int) -> None:
        """Say that the passphrase was not right, empty the field for another try."""
        self.problem.setText(self.tr("That passphrase is not right. Try again (tries left: %1).")
                             .replace("%1", str(tries_left)))
        self.problem.show()
        self.field.clear()
        self.field.setFocus()


class NewPassphraseDialog(QDialog):
    """Chooses a passphrase: to encrypt a workspace, or (with *current*: a check of the
    current passphrase) to change it. The warning about a lost passphrase comes first."""

    def __init__(self, name: str, parent: QWidget | None = None,
                 current: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self._current = current
        changing = current is not None
        self.setWindowTitle(self.tr("Change Passphrase") if changing else self.tr("Encrypt Workspace"))
        self.setMinimumWidth(DIALOG_WIDTH)
        layout = QVBoxLayout(self)
        warning = _wrapped(self.tr(
            "If you lose the passphrase, the data is gone. Nobody can open this workspace or its "
            "backups without it: not you, and not the makers of Voelspriet. There is no way to "
            "recover it. Write it down and keep it somewhere safe."), self, "warning")
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        explanation = self.tr(
            "“%1” stays encrypted; from now on it opens with the new passphrase only, and so do "
            "its backups.") if changing else self.tr(
            "“%1” will be stored encrypted: without the passphrase, nothing in the file can be "
            "read, not even a name. Voelspriet asks for it each time the workspace is opened; "
            "copies and backups are encrypted with it too.")
        layout.addWidget(_wrapped(explanation.replace("%1", name), self, "explanation"))
        form = QFormLayout()
        self.current_field: QLineEdit | None = None
        if changing:
            self.current_field = _password_field(self, "current")
            form.addRow(self.tr("Current passphrase:"), self.current_field)
        self.new_field = _password_field(self, "new")
        self.again_field = _password_field(self, "again")
        form.addRow(self.tr("New passphrase:") if changing else self.tr("Passphrase:"), self.new_field)
        form.addRow(self.tr("The same again:"), self.again_field)
        layout.addLayout(form)
        self.understood = QCheckBox(self.tr("I understand that a lost passphrase cannot be recovered"), self)
        self.understood.setObjectName("understood")
        layout.addWidget(self.understood)
        self.problem = _problem_label(self)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change Passphrase") if changing else self.tr("Encrypt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.current_field, self.new_field, self.again_field):
            if field is not None:
                field.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        """The new passphrase."""
        return self.new_field.text()

    def _update(self) -> None:
        new, again = self.new_field.text(), self.again_field.text()
        differ = bool(new and again) and new != again and not new.startswith(again)
        current_given = self.current_field is None or bool(self.current_field.text())
        self.ok_button.setEnabled(bool(new) and new == again and self.understood.isChecked()
                                  and current_given)
        if differ:
            self._say(self.tr("The two passphrases differ."))
        elif self.problem.text() == self.tr("The two passphrases differ."):
            self._say("")

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def accept(self) -> None:  # noqa: D102 - checks before closing
        if not self.ok_button.isEnabled():
            return
        if "\x00" in self.passphrase():
            self._say(self.tr("A passphrase cannot hold this character; choose another."))
            return
        if self.current_field is not None and self._current is not None \
                and not self._current(self.current_field.text()):
            self._say(self.tr("The current passphrase is not right."))
            self.current_field.clear()
            self.current_field.setFocus()
            return
        super().accept()


class RemoveEncryptionDialog(QDialog):
    """Confirms removing the encryption with the current passphrase (*check* tells)."""

    def __init__(self, name: str, check: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("Remove Encryption"))
        self.setMinimumWidth(DIALOG_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "“%1” will be stored unencrypted: anyone who gets hold of the file, or of a copy or "
            "backup made from now on, can read everything in it. Enter the passphrase to remove "
            "the encryption.").replace("%1", name), self, "explanation"))
        self.field = _password_field(self, "passphrase")
        self.field.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.problem = _problem_label(self)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Remove Encryption"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)

    def accept(self) -> None:  # noqa: D102 - checks before closing
        if not self._check(self.field.text()):
            self.problem.setText(self.tr("That passphrase is not right."))
            self.problem.show()
            self.field.clear()
            self.field.setFocus()
            return
        super().accept()


def open_asking(parent: QWidget | None, path: Path, tries: int = TRIES) -> Workspace | None:
    """Open the workspace at *path*, asking for its passphrase when it is encrypted;
    None when the user cancelled or gave a wrong passphrase *tries* times (then a message
    says it was not opened). Other problems raise ``WorkspaceError`` as ``open_workspace``."""
    try:
        return open_workspace(path)
    except WorkspaceError as exc:
        if exc.reason != "encrypted":
            raise
    dialog = AskPassphraseDialog(Path(path), parent)
    try:
        for attempt in range(1, tries + 1):
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                with _busy():
                    return open_workspace(path, dialog.passphrase())
            except WorkspaceError as exc:
                if exc.reason != "wrong_passphrase":
                    raise
            if attempt < tries:
                dialog.wrong(tries - attempt)
    finally:
        dialog.field.clear()
        dialog.deleteLater()
    QMessageBox.warning(parent, QApplication.translate("EncryptionActions", "Wrong passphrase"),
                        QApplication.translate(
                            "EncryptionActions",
                            "The passphrase was not right, so “%1” was not opened. Nothing in it was "
                            "changed. If you are sure of the passphrase, the file may be damaged: open a "
                            "backup.").replace("%1", Path(path).name))
    return None


class _busy:
    """The wait cursor while a passphrase is worked through (a key is derived slowly on
    purpose, and encrypting rewrites the whole file)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


class EncryptionActions(QObject):
    """File › Encrypt Workspace… / Change Passphrase… / Remove Encryption for *window*."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.encrypt_action = QAction(self.tr("&Encrypt Workspace…"), window)
        self.encrypt_action.triggered.connect(self.encrypt)
        self.change_action = QAction(self.tr("Change &Passphrase…"), window)
        self.change_action.triggered.connect(self.change_passphrase)
        self.remove_action = QAction(self.tr("Remove Encr&yption…"), window)
        self.remove_action.triggered.connect(self.remove_encryption)

    def add_to(self, menu: QMenu, before: QAction) -> None:
        """Put the actions into *menu*, in a group of their own before *before*."""
        menu.insertActions(before, [self.encrypt_action, self.change_action, self.remove_action])
        menu.insertSeparator(before)

    # ------------------------------------------------------------------ the window's hooks
    def show_workspace(self, workspace: Workspace) -> None:
        """Enable the actions that fit *workspace*."""
        self._update()

    def open(self, path: Path) -> Workspace | None:
        """Open the workspace at *path* for the window (asking for a passphrase when it is
        encrypted); None when the user cancelled."""
        return open_asking(self.window, path)

    def _update(self) -> None:
        ws = self.window.workspace
        usable = encryption_available() and not ws.closed and not getattr(ws, "read_only", False)
        self.encrypt_action.setEnabled(usable and not ws.encrypted)
        self.change_action.setEnabled(usable and ws.encrypted)
        self.remove_action.setEnabled(usable and ws.encrypted)

    # ------------------------------------------------------------------ the actions
    def encrypt(self) -> bool:
        """File › Encrypt Workspace…"""
        ws = self.window.workspace
        dialog = NewPassphraseDialog(ws.info().name, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            passphrase = dialog.passphrase()
        finally:
            dialog.deleteLater()
        return self._set(passphrase, self.tr("The workspace is encrypted now. Keep the passphrase safe."))

    def change_passphrase(self) -> bool:
        """File › Change Passphrase…"""
        ws = self.window.workspace
        dialog = NewPassphraseDialog(ws.info().name, self.window, current=ws.passphrase_matches)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            passphrase = dialog.passphrase()
        finally:
            dialog.deleteLater()
        return self._set(passphrase, self.tr("The passphrase is changed. Keep the new one safe."))

    def remove_encryption(self) -> bool:
        """File › Remove Encryption…"""
        ws = self.window.workspace
        dialog = RemoveEncryptionDialog(ws.info().name, ws.passphrase_matches, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        return self._set(None, self.tr("The workspace is no longer encrypted."))

    def _set(self, passphrase: str | None, done: str) -> bool:
        try:
            with _busy():
                left = self.window.workspace.set_passphrase(passphrase)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("The encryption was not changed"), explain(exc).text)
            return False
        finally:
            self._update()
        self.window.statusBar().showMessage(done, 10000)
        if left:
            QMessageBox.information(self.window, self.tr("Some backups stay as they were"), self.tr(
                "The workspace is done, but some of its backups (%2) could not be changed with it and "
                "stay as they were, in %1. Delete them if they should not stay.")
                .replace("%2", str(len(left))).replace("%1", str(left[0].parent)))
        return True


def install(window: MainWindow) -> EncryptionActions:
    """Add the encryption actions to *window*'s File menu (before Quit)."""
    actions = EncryptionActions(window)
    before = window.quit_action
    menu = next((m for m in before.associatedObjects() if isinstance(m, QMenu)), None)
    assert menu is not None, "the Quit action is in the File menu"
    actions.add_to(menu, before)
    return actions
