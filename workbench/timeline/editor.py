"""The form that adds, edits or deletes one energy reading (opened from the timeline).

It only collects and checks values; the timeline makes the one Workspace call (one undo
entry). Energy is chosen from the scale (1–5, typed as a digit too), so a value outside
it cannot be entered; a moment more than a day ahead is refused in the form with a message.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.model import ENERGY_LABELS
from workbench.workspace.labels import energy_label

#: How far ahead of now a reading may lie (clock differences, a meeting tonight).
FUTURE_SLACK = timedelta(days=1)


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


def to_datetime(value: QDateTime) -> datetime:
    """A QDateTime as a naive datetime, to the minute."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ReadingDialog(QDialog):
    """Add or edit one energy reading: relation (when adding), energy, moment, note.

    OK (or Delete reading, when editing) calls *save* with the dialog: it makes the
    Workspace call and returns "" when done, else why the workspace refused it, which
    the form shows while staying open. ``deleting`` says which button it was.
    """

    def __init__(self, parent: QWidget | None, relations: Sequence[tuple[str, str]], relation: str,
                 at: datetime, energy: int, note: str = "", editing: bool = False,
                 save: Callable[["ReadingDialog"], str] | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self._save = save
        self.deleting = False
        self.setWindowTitle(tr("Edit energy reading") if editing else tr("Add energy reading"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.relation = QComboBox(self)
        for rid, label in relations:
            self.relation.addItem(label, rid)
        self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))
        self.relation.setEnabled(not editing and len(relations) > 1)
        form.addRow(tr("Relation"), self.relation)
        self.energy = QComboBox(self)
        for value in sorted(ENERGY_LABELS):
            self.energy.addItem(f"{value} — {energy_label(value)}", value)
        self.energy.setCurrentIndex(self.energy.findData(min(5, max(1, int(energy)))))
        self.energy.setToolTip(tr("Press 1–5 to choose"))
        form.addRow(tr("Energy"), self.energy)
        self.at = QDateTimeEdit(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)), self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("d MMM yyyy HH:mm")
        form.addRow(tr("When"), self.at)
        self.note = QLineEdit(note, self)
        self.note.setPlaceholderText(tr("What you noticed (optional)"))
        form.addRow(tr("Note"), self.note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button: QPushButton | None = None
        if editing:
            self.delete_button = self.buttons.addButton(tr("Delete reading"),
                                                        QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self._delete)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.energy.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """1–5 anywhere but in the text fields sets the energy."""
        text = event.text()
        typing = self.focusWidget() in (self.note, self.at)
        if not typing and text in {"1", "2", "3", "4", "5"}:
            self.energy.setCurrentIndex(self.energy.findData(int(text)))
            return
        super().keyPressEvent(event)

    def values(self) -> tuple[str, int, datetime, str]:
        """(relation id, energy, moment, note) as entered."""
        return (str(self.relation.currentData()), int(self.energy.currentData()),
                to_datetime(self.at.dateTime()), self.note.text().strip())

    def problem(self) -> str:
        """Why the values cannot be saved ("" when they can)."""
        _rid, _energy, at, _note = self.values()
        if at > datetime.now() + FUTURE_SLACK:
            return tr("A reading cannot lie in the future: choose today or an earlier date.")
        return ""

    def accept(self) -> None:
        self.deleting = False
        problem = self.problem()
        if problem:
            self.at.setFocus()
        self._finish(problem)

    def _delete(self) -> None:
        self.deleting = True
        self._finish("")

    def _finish(self, problem: str) -> None:
        if not problem and self._save is not None:
            problem = self._save(self)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


