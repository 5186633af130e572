"""Who a stakeholder is, editable in place; or, with a relation selected, that relation.

Every field saves when the user leaves it (or presses Enter in a one-line field) as one
undoable operation that names that field only (``Workspace.set_fields``). The panel
follows the selection and the Workspace's changes; a field being typed in is never
overwritten by a change to another field. The conversation-prep panel grows out of this
one: its sections are ``QGroupBox``es built from ``FIELDS``.
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.model import Relation, Stakeholder, StakeholderKind, Status
from workbench.workspace import PLACE, Change, EditRefused, Selection, Workspace
from workbench.workspace.labels import energy_label, kind_label, status_label

#: One-line fields: (field, label); tags are written comma-separated.
LINES: tuple[tuple[str, str], ...] = (
    ("organisation", QT_TRANSLATE_NOOP("DetailsPanel", "Organisation")),
    ("role", QT_TRANSLATE_NOOP("DetailsPanel", "Role")),
    ("email", QT_TRANSLATE_NOOP("DetailsPanel", "Email")),
    ("phone", QT_TRANSLATE_NOOP("DetailsPanel", "Phone")),
    ("tags", QT_TRANSLATE_NOOP("DetailsPanel", "Tags")),
)
#: Longer texts: (field, label, placeholder).
TEXTS: tuple[tuple[str, str, str], ...] = (
    ("interests", QT_TRANSLATE_NOOP("DetailsPanel", "Interests"),
     QT_TRANSLATE_NOOP("DetailsPanel", "What they want to achieve")),
    ("needs", QT_TRANSLATE_NOOP("DetailsPanel", "Needs"),
     QT_TRANSLATE_NOOP("DetailsPanel", "What they need to take part")),
    ("drivers", QT_TRANSLATE_NOOP("DetailsPanel", "Drivers"),
     QT_TRANSLATE_NOOP("DetailsPanel", "Why they do this")),
    ("value", QT_TRANSLATE_NOOP("DetailsPanel", "Value for them"),
     QT_TRANSLATE_NOOP("DetailsPanel", "What they get out of it: the win-win")),
    ("notes", QT_TRANSLATE_NOOP("DetailsPanel", "Notes"),
     QT_TRANSLATE_NOOP("DetailsPanel", "Anything else worth remembering")),
)


class _PlainText(QPlainTextEdit):
    """A multi-line field that says when the user leaves it."""

    left = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.left.emit()


class DetailsPanel(QScrollArea):
    """The selected stakeholder's details as a form, or the selected relation."""

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._selection = selection
        self._shown: Stakeholder | None = None
        self._relation: Relation | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields wrap instead
        self.stack = QStackedWidget(self)
        self.setWidget(self.stack)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setMargin(10)
        self.message.setStyleSheet("color: #666")
        self.stack.addWidget(self.message)
        self.stack.addWidget(self._build_person())
        self.stack.addWidget(self._build_relation())
        selection.selection_changed.connect(lambda _initiator: self.refresh())
        workspace.changed.connect(self._on_changed)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_person(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 8)
        self.name = QLineEdit(page)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setFrame(False)
        self.name.setAccessibleName(self.tr("Name"))
        self._on_leave(self.name, lambda: self._save("name", self.name.text().strip()))
        outer.addWidget(self.name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox(page)
        for kind in StakeholderKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.activated.connect(lambda _i: self._save("kind", self.kind.currentData()))
        form.addRow(self.tr("Kind"), self.kind)
        self.status = QComboBox(page)
        for status in Status:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        form.addRow(self.tr("Status"), self.status)
        self.groups = QLabel(page)
        self.groups.setWordWrap(True)
        form.addRow(self.tr("Groups"), self.groups)
        self.lines: dict[str, QLineEdit] = {}
        for field, label in LINES:
            edit = QLineEdit(page)
            self._on_leave(edit, lambda f=field: self._save_line(f))
            self.lines[field] = edit
            form.addRow(self.tr(label), edit)
        self.lines["tags"].setPlaceholderText(self.tr("comma-separated, e.g. volunteer, director"))
        outer.addLayout(form)
        self.texts: dict[str, _PlainText] = {}
        for field, label, hint in TEXTS:
            title = QLabel(QCoreApplication.translate("DetailsPanel", label), page)
            title.setStyleSheet("font-weight: bold")
            edit = _PlainText(page)
            edit.setPlaceholderText(self.tr(hint))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.left.connect(lambda f=field: self._save(f, self.texts[f].toPlainText().strip()))
            title.setBuddy(edit)
            self.texts[field] = edit
            outer.addWidget(title)
            outer.addWidget(edit)
        outer.addStretch(1)
        return page

    def _build_relation(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 8)
        self.relation_title = QLabel(page)
        self.relation_title.setWordWrap(True)
        outer.addWidget(self.relation_title)
        form = QFormLayout()
        self.relation_kind = QComboBox(page)
        self.relation_kind.setEditable(True)
        self.relation_kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._on_leave(self.relation_kind.lineEdit(), self._save_relation_kind)
        self.relation_kind.activated.connect(lambda _i: self._save_relation_kind())
        form.addRow(self.tr("Kind of relation"), self.relation_kind)
        self.relation_energy = QLabel(page)
        form.addRow(self.tr("Latest energy"), self.relation_energy)
        outer.addLayout(form)
        note = QLabel(self.tr("Note"), page)
        note.setStyleSheet("font-weight: bold")
        outer.addWidget(note)
        self.relation_note = _PlainText(page)
        self.relation_note.setTabChangesFocus(True)
        self.relation_note.setFixedHeight(self.relation_note.fontMetrics().lineSpacing() * 4 + 14)
        self.relation_note.left.connect(self._save_relation_note)
        outer.addWidget(self.relation_note)
        outer.addStretch(1)
        return page

    def _on_leave(self, edit: QLineEdit, save: Callable[[], None]) -> None:
        edit.editingFinished.connect(save)  # Enter, or focus leaving the field

    # ------------------------------------------------------------------ showing
    def _on_changed(self, change: Change) -> None:
        if self._shown is not None:
            sid = self._shown.id
            if change.reset or sid in change.removed.get("stakeholders", ()) or sid in change.updated_ids(
                    "stakeholders", ignoring=PLACE) or change.touches("groups"):
                self.refresh()
        elif self._relation is not None:
            rid = self._relation.id
            ends = {self._relation.a, self._relation.b}
            if change.reset or rid in change.ids("relations") or change.touches("readings") or (
                    ends & change.updated_ids("stakeholders", ignoring=PLACE)):
                self.refresh()

    def refresh(self) -> None:
        """Show the one selected stakeholder, else the one selected relation, else say what to do."""
        ids = self._selection.stakeholders
        relations = self._selection.relations
        self._shown = self._workspace.stakeholder(ids[0]) if len(ids) == 1 else None
        self._relation = None
        if self._shown is not None:
            self._fill_person(self._shown)
            self.stack.setCurrentIndex(1)
            return
        if not ids and len(relations) == 1:
            found = self._workspace.relations([relations[0]])
            if found:
                self._relation = found[0]
                self._fill_relation(self._relation)
                self.stack.setCurrentIndex(2)
                return
        if ids:
            text = self.tr("%n stakeholders selected.").replace("%n", str(len(ids)))
        elif relations:
            text = self.tr("%n relations selected.").replace("%n", str(len(relations)))
        else:
            text = self.tr("Select a stakeholder to see who they are.")
        self.message.setText(text)
        self.stack.setCurrentIndex(0)

    def _set_text(self, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
        """Show *text* unless the user is typing in this field."""
        if edit.hasFocus():
            return
        if isinstance(edit, QLineEdit):
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)
        elif edit.toPlainText() != text:
            edit.setPlainText(text)

    def _fill_person(self, s: Stakeholder) -> None:
        self._set_text(self.name, s.name)
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        facilitator = s.kind == StakeholderKind.FACILITATOR
        self.kind.setEnabled(not facilitator)  # there is exactly one facilitator
        for i in range(self.kind.count()):
            item = self.kind.model().item(i)  # type: ignore[attr-defined]
            item.setEnabled(self.kind.itemData(i) != StakeholderKind.FACILITATOR)
        self.status.setCurrentIndex(self.status.findData(s.status))
        names = {g.id: g.name for g in self._workspace.groups()}
        self.groups.setText(", ".join(names.get(g, g) for g in s.groups) or "—")
        for field, edit in self.lines.items():
            value = getattr(s, field)
            self._set_text(edit, ", ".join(value) if field == "tags" else value)
        for field, edit in self.texts.items():
            self._set_text(edit, getattr(s, field))

    def _fill_relation(self, r: Relation) -> None:
        people = {s.id: s.name for s in self._workspace.stakeholders([r.a, r.b])}
        self.relation_title.setText(
            f"<h3 style='margin:0'>{escape(people.get(r.a, r.a))} — {escape(people.get(r.b, r.b))}</h3>")
        kinds = self._workspace.relation_kinds()
        if not self.relation_kind.lineEdit().hasFocus():
            self.relation_kind.clear()
            self.relation_kind.addItems(kinds)
            self.relation_kind.setEditText(r.kind)
        self._set_text(self.relation_note, r.note)
        latest = self._workspace.relation_energy([r.id]).get(r.id)
        if latest is None:
            self.relation_energy.setText(self.tr("no reading yet"))
        else:
            energy, count = latest
            text = self.tr("%1 (%2) — one reading") if count == 1 else self.tr("%1 (%2) — %3 readings")
            self.relation_energy.setText(text.replace("%1", str(energy)).replace("%2", energy_label(energy))
                                         .replace("%3", str(count)))

    # ------------------------------------------------------------------ saving
    def _save(self, field: str, value: Any) -> None:
        s = self._shown
        if s is None or getattr(s, field) == value:
            return
        try:
            self._workspace.set_fields(s.id, initiator=self, **{field: value})
        except EditRefused as exc:
            self._refused(str(exc))
            self.refresh()  # show what is stored again

    def _save_line(self, field: str) -> None:
        text = self.lines[field].text().strip()
        if field == "tags":
            self._save("tags", tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip())))
        else:
            self._save(field, text)

    def _save_relation_kind(self) -> None:
        r = self._relation
        kind = self.relation_kind.currentText().strip()
        if r is not None and kind != r.kind:
            self._workspace.set_relation_fields(r.id, initiator=self, kind=kind)

    def _save_relation_note(self) -> None:
        r = self._relation
        note = self.relation_note.toPlainText().strip()
        if r is not None and note != r.note:
            self._workspace.set_relation_fields(r.id, initiator=self, note=note)

    def _refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save this"), text)
