"""Erase a person, and export everything about one, from the stakeholder's context menu
(on the map and in the list of stakeholders).

Erasing asks first in a dialog that says plainly that it cannot be undone and names what
goes (with counts) and where the name is replaced in other people's texts; it can also
delete the older backups, which still hold the person. Afterwards a message says where
the name was replaced and that the undo history was cleared.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.model import Channel, StakeholderKind
from workbench.ui.messages import explain
from workbench.workspace import EditRefused, InterchangeError, Selection, Workspace, WorkspaceError
from workbench.workspace.backups import delete_backups, make_backup, older_backups
from workbench.workspace.labels import channel_label

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow
    from workbench.workspace.privacy import Erasure, Mention


def escape(text: str) -> str:
    """``html.escape``, imported when first needed (the first frame shows no such text)."""
    from html import escape as html_escape

    return html_escape(text)


#: At most this many places are named in a dialog (then "… and N more").
MAX_PLACES = 12


def _counts(erasure: Erasure) -> list[tuple[str, int]]:
    labels = (
        ("relations", QCoreApplication.translate("EraseDialog", "Relations, with the energy readings on them")),
        ("contacts", QCoreApplication.translate("EraseDialog", "Contacts they took part in")),
        ("contacts_removed", QCoreApplication.translate("EraseDialog", "… of which with no one else (removed whole)")),
        ("remarks", QCoreApplication.translate("EraseDialog", "Remarks they made")),
        ("followups", QCoreApplication.translate("EraseDialog", "Follow-ups for them")),
        ("sessions", QCoreApplication.translate("EraseDialog", "Places in planned sessions")),
        ("groups", QCoreApplication.translate("EraseDialog", "Group memberships")),
        ("drafts", QCoreApplication.translate("EraseDialog", "Unsaved drafts that name them")),
    )
    return [(label, erasure.counts.get(key, 0)) for key, label in labels if erasure.counts.get(key, 0)]


def place_of(mention: Mention) -> str:
    """Where a mention was, in the window's words."""
    subject = mention.subject
    if mention.table in ("interactions", "remarks", "followups") and ", " in subject:
        channel, day = subject.split(", ", 1)
        try:
            subject = f"{channel_label(Channel(channel))}, {day}"
        except ValueError:
            pass
    texts = {
        "workspace": QCoreApplication.translate("EraseDialog", "the signature"),
        "groups": QCoreApplication.translate("EraseDialog", "group %1"),
        "stakeholders": QCoreApplication.translate("EraseDialog", "about %1"),
        "relations": QCoreApplication.translate("EraseDialog", "the relation %1"),
        "readings": QCoreApplication.translate("EraseDialog", "an energy reading of %1"),
        "interactions": QCoreApplication.translate("EraseDialog", "the contact (%1)"),
        "remarks": QCoreApplication.translate("EraseDialog", "a remark in the contact (%1)"),
        "followups": QCoreApplication.translate("EraseDialog", "a follow-up of the contact (%1)") if subject
        else QCoreApplication.translate("EraseDialog", "a follow-up"),
        "sessions": QCoreApplication.translate("EraseDialog", "the session %1"),
        "drafts": QCoreApplication.translate("EraseDialog", "an unsaved draft"),
    }
    return texts.get(mention.table, mention.table).replace("%1", subject)


def places_html(mentions: tuple[Mention, ...]) -> str:
    """The places, as a list (at most ``MAX_PLACES``, then how many more)."""
    names = list(dict.fromkeys(place_of(m) for m in mentions))
    items = "".join(f"<li>{escape(n)}</li>" for n in names[:MAX_PLACES])
    if len(names) > MAX_PLACES:
        items += "<li>" + escape(QCoreApplication.translate("EraseDialog", "… and %n more").replace(
            "%n", str(len(names) - MAX_PLACES))) + "</li>"
    return f"<ul style='margin-top:2px'>{items}</ul>"


class EraseDialog(QDialog):
    """Asks before a person is erased: what goes, that it cannot be undone, and whether
    the older backups (which still hold them) go too."""

    def __init__(self, plan: Erasure, old_backups: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Erase %1?").replace("%1", plan.name))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        name = escape(plan.name)
        rows = "".join(f"<tr><td>{escape(label)}</td><td align='right'>&nbsp;&nbsp;{n}</td></tr>"
                       for label, n in _counts(plan))
        text = ("<p><b>" + escape(self.tr("This cannot be undone.")) + "</b> "
                + escape(self.tr("Everything this workspace holds about %1 is removed, and the space it took "
                                 "is overwritten so that it cannot be recovered:")).replace("%1", name)
                + "</p>" + (f"<table>{rows}</table>" if rows else "")
                + "<p>" + escape(self.tr("and their card, with their contact details and notes.")) + "</p>")
        if plan.mentions:
            text += ("<p>" + escape(self.tr("Other people's texts that name them keep their words, with the name "
                                            "replaced by [erased], in:")) + "</p>" + places_html(plan.mentions))
        text += "<p>" + escape(self.tr("The undo history of this workspace is cleared.")) + "</p>"
        self.text = QLabel(text, self)
        self.text.setObjectName("eraseText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        self.delete_backups = QCheckBox(self.tr("Also delete the %n older backups: they still hold %1")
                                        .replace("%n", str(old_backups)).replace("%1", plan.name), self)
        self.delete_backups.setObjectName("deleteBackups")
        self.delete_backups.setVisible(old_backups > 0)
        layout.addWidget(self.delete_backups)
        buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("Erase %1").replace("%1", plan.name), self)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not erase
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PrivacyActions(QObject):
    """The stakeholder menu's "Export everything about this person…" and "Erase person…"."""

    erased = Signal(object)  # Erasure

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.dialog: EraseDialog | None = None
        self.report: QMessageBox | None = None

    def show_workspace(self, workspace: Workspace, _selection: Selection) -> None:
        """Hook the map's and the table's menus of the workspace now shown."""
        filled = getattr(self.window.map.controller, "node_menu_filled", None)
        if filled is not None:
            filled.connect(self.fill_menu)
        view = self.window.table.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._table_menu)

    # ------------------------------------------------------------------ menus
    def fill_menu(self, menu: QMenu, stakeholder_id: str) -> None:
        """Add the privacy actions for *stakeholder_id* to *menu*."""
        found = self.window.workspace.stakeholder(stakeholder_id)
        if found is None:
            return
        menu.addSeparator()
        menu.addAction(self.tr("Export Everything About This Person…"),
                       lambda: self.export_dialog(stakeholder_id))
        text = self.tr("Erase Person…") if found.kind == StakeholderKind.PERSON else self.tr("Erase Stakeholder…")
        erase = menu.addAction(text, lambda: self.erase(stakeholder_id))
        erase.setEnabled(found.kind != StakeholderKind.FACILITATOR and not self.window.workspace.read_only)

    def table_menu(self, row: int) -> QMenu | None:
        """The menu of the table's *row* (None outside the rows)."""
        table = self.window.table
        if not 0 <= row < table.model.rowCount():
            return None
        sid = table.model.stakeholder_id(row)
        menu = QMenu(table)
        menu.addAction(self.tr("Log a contact…"), lambda: self.window.capture.log_contact([sid]))
        self.fill_menu(menu, sid)
        return menu

    def _table_menu(self, at: QPoint) -> None:
        view = self.window.table.view
        menu = self.table_menu(view.indexAt(at).row())
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(at))

    # ------------------------------------------------------------------ export
    def export_dialog(self, stakeholder_id: str) -> bool:
        """Ask where, then write everything about *stakeholder_id* there."""
        found = self.window.workspace.stakeholder(stakeholder_id)
        if found is None:
            return False
        suggestion = self.window.last_folder() / f"{_file_name(found.name) or stakeholder_id}.json"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Everything About %1").replace("%1", found.name), str(suggestion),
            self.tr("Voelspriet JSON (*.json)"))
        if not path:
            return False
        path = path if path.lower().endswith(".json") else path + ".json"
        self.window.remember_folder(Path(path).parent)
        return self.export(stakeholder_id, Path(path))

    def export(self, stakeholder_id: str, path: Path) -> bool:
        """Write everything about *stakeholder_id* to *path*; a dialog says why when it cannot."""
        from workbench.workspace.privacy import ErasureRefused, export_person  # when first used, not at start

        try:
            data = export_person(self.window.workspace, stakeholder_id, path)
        except ErasureRefused:
            self.window.show_refusal(self.tr("This stakeholder no longer exists."))
            return False
        except (InterchangeError, OSError) as exc:
            QMessageBox.warning(self.window, explain(exc).title, explain(exc).text)
            return False
        self.window.tell(self.tr("Wrote everything about %1 to %2")
                         .replace("%1", data.dataset.stakeholders[0].name).replace("%2", str(path)))
        return True

    # ------------------------------------------------------------------ erase
    def erase(self, stakeholder_id: str) -> EraseDialog | None:
        """Ask (a dialog, opened and returned) before erasing *stakeholder_id*."""
        from workbench.workspace.privacy import ErasureRefused, erasure_preview

        busy = self._busy_elsewhere()
        if busy:
            QMessageBox.information(self.window, self.tr("Not now"), busy)
            return None
        try:
            with _waiting():  # a large workspace takes a moment or two to read through
                plan = erasure_preview(self.window.workspace, stakeholder_id)
        except ErasureRefused as exc:
            self.window.show_refusal(self.tr("The facilitator cannot be erased.") if exc.reason == "facilitator"
                                     else self.tr("This stakeholder no longer exists."))
            return None
        dialog = EraseDialog(plan, len(older_backups(self.window.workspace.path)), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.do_erase(stakeholder_id, dialog.delete_backups.isChecked()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def _busy_elsewhere(self) -> str:
        """Why erasing must wait: a meeting or a contact form open on this workspace."""
        from workbench.ui.meeting import MeetingView

        if any(isinstance(w, MeetingView) and w.isVisible() for w in QApplication.topLevelWidgets()):
            return self.tr("A meeting is being captured. End or close it first, then erase.")
        if getattr(self.window.capture, "dialog", None) is not None:
            return self.tr("A contact is open in the form. Save or close it first, then erase.")
        return ""

    def do_erase(self, stakeholder_id: str, delete_old: bool = False) -> Erasure | None:
        """Erase *stakeholder_id* now (and the older backups when *delete_old*); then say
        what was done in a message (opened, not waited for)."""
        from workbench.workspace.privacy import ErasureRefused, erase_person

        window = self.window
        try:
            with _waiting():
                erasure = erase_person(window.workspace, stakeholder_id, initiator=self)
        except ErasureRefused:
            window.show_refusal(self.tr("This stakeholder no longer exists."))
            return None
        except (EditRefused, WorkspaceError, OSError) as exc:
            QMessageBox.warning(window, explain(exc).title, explain(exc).text)
            return None
        old = older_backups(window.workspace.path)
        deleted = 0
        if delete_old and old:
            deleted = len(delete_backups(window.workspace.path))
            try:
                make_backup(window.workspace)  # something to go back to, made after the erase
            except (WorkspaceError, OSError):
                pass  # the next backup comes with the next edit or on closing
        self.erased.emit(erasure)
        self._report(erasure, len(old), deleted)
        return erasure

    def _report(self, erasure: Erasure, old: int, deleted: int) -> None:
        name = escape(erasure.name)
        text = "<p>" + escape(self.tr("%1 was erased. This cannot be undone; the undo history was cleared.")
                              ).replace("%1", name) + "</p>"
        if erasure.mentions:
            text += "<p>" + escape(self.tr("Their name was replaced by [erased] in:")) + "</p>"
            text += places_html(erasure.mentions)
        if deleted:
            text += "<p>" + escape(self.tr("The %n older backups were deleted.").replace("%n", str(deleted))) + "</p>"
        elif old:
            text += "<p>" + escape(self.tr(
                "%n older backups still hold %1. They are deleted as they age (after six months at the "
                "latest); to remove them now, delete them from the folder of backups beside the workspace.")
                .replace("%n", str(old))).replace("%1", name) + "</p>"
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Erased %1").replace("%1", erasure.name), "",
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.setObjectName("erasedReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = box
        box.finished.connect(lambda _r: setattr(self, "report", None))
        box.open()
        self.window.tell(self.tr("Erased %1").replace("%1", erasure.name))


@contextmanager
def _waiting() -> Iterator[None]:
    """The busy cursor while the block runs."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _file_name(text: str) -> str:
    return "".join(c for c in text if c not in '/\\:*?"<>|').strip(" .")


def install(window: "MainWindow") -> PrivacyActions:
    """Add erasing and exporting a person to the stakeholder menus of *window*."""
    return PrivacyActions(window)
