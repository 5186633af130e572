"""Printing session briefs: the brief's content (``brief.content``) with the map of its
attendees drawn by the canvas (``canvas.subset``), painted by ``brief.render`` onto a PDF
or a printer.

``save_brief_pdf`` is what File › Save Brief as PDF… and the command line
(``python main.py brief``) call. In the window, File › Print Brief… asks which session and
whether to leave out the private notes, then shows Qt's print dialog or print preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from workbench.brief.content import Brief, BriefError, build_brief, format_day, format_time, next_session
from workbench.workspace import Workspace

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtPrintSupport import QPrinter

    from workbench.brief.render import Rendered

    from workbench.ui.main_window import MainWindow


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


def save_brief_pdf(workspace: Workspace, session_id: str, path: Path, today: date | None = None,
                   with_notes: bool = True) -> Rendered:
    """Write the brief of *session_id* as a PDF at *path* (whole or not at all). Raises
    ``BriefError`` (no such session, nobody attends) or ``OSError`` (cannot write)."""
    from workbench.brief.render import write_pdf  # drawing a brief: not needed to start the app
    from workbench.canvas.subset import AttendeeMap

    brief = build_brief(workspace, session_id, today, with_notes)
    picture = AttendeeMap(workspace, brief.map_ids)
    try:
        return write_pdf(brief, picture, path)
    finally:
        picture.close()


def print_brief(brief: Brief, workspace: Workspace, printer: "QPrinter") -> Rendered:
    """Paint *brief* on *printer* (set up for A4 here)."""
    from workbench.brief.render import render, setup_page
    from workbench.canvas.subset import AttendeeMap

    setup_page(printer)
    picture = AttendeeMap(workspace, brief.map_ids)
    try:
        return render(brief, printer, picture)
    finally:
        picture.close()


# --------------------------------------------------------------------------- the window


@dataclass
class BriefChoice:
    """Which session, and whether the private notes are left out."""

    session_id: str
    with_notes: bool


class BriefDialog(QDialog):
    """Asks which session's brief and whether to print it without notes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None, current: str | None, title: str,
                 accept_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.session = QComboBox(self)
        sessions = sorted(workspace.sessions(), key=lambda s: (s.at, s.id))
        upcoming = next_session(workspace)
        for s in sessions:
            self.session.addItem(f"{format_day(s.at.date())} {format_time(s.at)} — {s.title}", s.id)
        wanted = current or (upcoming.id if upcoming is not None else None)
        if wanted is not None and self.session.findData(wanted) >= 0:
            self.session.setCurrentIndex(self.session.findData(wanted))
        form.addRow(tr("Session"), self.session)
        layout.addLayout(form)
        self.without_notes = QCheckBox(tr("Print without notes (leaves out the private notes and the "
                                          "wording of doubts, e.g. for a co-facilitator)"), self)
        layout.addWidget(self.without_notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def choice(self) -> BriefChoice | None:
        sid = self.session.currentData()
        return None if sid is None else BriefChoice(str(sid), not self.without_notes.isChecked())


class BriefActions:
    """File › Print Brief… and Save Brief as PDF… in the main window."""

    def __init__(self, window: "MainWindow", current: Callable[[], str | None]) -> None:
        self.window = window
        self.current = current
        file_menu = window.menuBar().actions()[0].menu()
        before = next((a for a in file_menu.actions() if a is window.quit_action), None)
        self.print_action = file_menu.addAction(tr("&Print Brief…"), self.print_dialog)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_action = file_menu.addAction(tr("Save &Brief as PDF…"), self.save_dialog)
        if before is not None:
            separator = file_menu.insertSeparator(before)
            file_menu.insertAction(separator, self.print_action)
            file_menu.insertAction(separator, self.save_action)

    def _choose(self, title: str, accept_text: str, with_more: bool = False) -> tuple[BriefChoice, str] | None:
        """Which session and whether without notes; and what next: "accept", or (with
        *with_more*) "preview" or "pdf"."""
        ws = self.window.workspace
        if not ws.sessions():
            QMessageBox.information(self.window, tr("No sessions yet"), tr(
                "Plan a session first (in the Sessions panel: New), then print its brief."))
            return None
        dialog = BriefDialog(ws, self.window, self.current(), title, accept_text)
        chosen = ["accept"]
        if with_more:
            for text, mode in ((tr("Pre&view…"), "preview"), (tr("Save as P&DF…"), "pdf")):
                button = dialog.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
                button.clicked.connect(lambda _c=False, m=mode: (chosen.__setitem__(0, m), dialog.accept()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        return None if choice is None else (choice, chosen[0])

    def _brief(self, choice: BriefChoice) -> Brief | None:
        try:
            return build_brief(self.window.workspace, choice.session_id, with_notes=choice.with_notes)
        except BriefError as exc:
            QMessageBox.warning(self.window, tr("Cannot make the brief"), str(exc))
            return None

    def print_dialog(self) -> None:
        """File › Print Brief…: the session, then Qt's print dialog, its preview, or a PDF."""
        chosen = self._choose(tr("Print Brief"), tr("&Print…"), with_more=True)
        if chosen is None:
            return
        choice, mode = chosen
        if mode == "pdf":
            self._save_as(choice)
            return
        brief = self._brief(choice)
        if brief is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog  # the command line needs none

        from workbench.brief.render import setup_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer)
        printer.setDocName(brief.title)
        if mode == "preview":
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.setWindowTitle(tr("Brief: %1").replace("%1", brief.title))
            dialog.paintRequested.connect(lambda p: self._print(brief, p))
            dialog.exec()
            return
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._print(brief, printer)

    def _print(self, brief: Brief, printer: "QPrinter") -> None:
        try:
            print_brief(brief, self.window.workspace, printer)
        except OSError:
            QMessageBox.warning(self.window, tr("Cannot print the brief"),
                                tr("The printer did not accept the brief. Check that it is connected "
                                   "and try again, or save the brief as a PDF."))

    def save_dialog(self) -> None:
        """File › Save Brief as PDF…"""
        chosen = self._choose(tr("Save Brief as PDF"), tr("&Save…"))
        if chosen is not None:
            self._save_as(chosen[0])

    def _save_as(self, choice: BriefChoice) -> None:
        session = self.window.workspace.sessions([choice.session_id])
        name = _file_name(session[0].title if session else "") or "brief"
        suggestion = self.window.last_folder() / tr("%1 brief.pdf").replace("%1", name)
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save Brief as PDF"), str(suggestion),
                                              tr("PDF document (*.pdf)"))
        if not path:
            return
        target = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path + ".pdf")
        self.window.remember_folder(target.parent)
        self.save(choice, target)

    def save(self, choice: BriefChoice, target: Path) -> Rendered | None:
        """Write the brief of *choice* to *target*; a dialog says why when it cannot."""
        try:
            result = save_brief_pdf(self.window.workspace, choice.session_id, target,
                                    with_notes=choice.with_notes)
        except BriefError as exc:
            QMessageBox.warning(self.window, tr("Cannot make the brief"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self.window, tr("Cannot save the brief"), tr(
                "The brief could not be written to %1 (%2). Choose another folder or name.").replace(
                "%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return None
        self.window.tell(tr("Saved the brief as %1").replace("%1", str(target)))
        return result


def _file_name(text: str) -> str:
    """*text* usable as a file name on every platform."""
    return "".join(c for c in text if c not in '/\\:*?"<>|').strip(" .")[:80]


def install(window: "MainWindow", current: Callable[[], str | None]) -> BriefActions:
    """Add File › Print Brief… and Save Brief as PDF… to *window*."""
    return BriefActions(window, current)


__all__ = ["BriefActions", "BriefChoice", "BriefDialog", "install", "print_brief", "save_brief_pdf"]
