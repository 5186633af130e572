"""Sessions: plan them, see who comes, start their meeting, print their brief.

The Sessions dock lists the upcoming sessions (soonest first) and the past ones (latest
first); "today" is the workspace's (the radar's: the settings' ``as_of`` when set).
Selecting a session selects its attendees on the map. New plans a session with the
people selected on the map; Duplicate copies one a week later; Delete deletes (Ctrl+Z
brings it back); Enter or a double-click opens the editor.

The editor (``SessionEditor``, a window beside the map) saves as it goes, each change one
undo entry (the Workspace's session operations): title, date and time, place and goal
when their field is left; attendees added from the map's selection, a group or by typing
a name (the capture form's type-ahead), removed with Del; the agenda as a list of items,
each with its duration and who leads it, whose times follow from the start. Items are
reordered by dragging or with Alt+↑/Alt+↓, removed with Del, added from the line below.
"Start meeting" opens the meeting view with the attendees and records the session on the
meeting's interaction; "Print brief…" prints or saves its brief.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QStringListModel, \
    Qt, Signal
from PySide6.QtGui import QCloseEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.brief.content import format_time, workspace_today
from workbench.model import AgendaItem, Session
from workbench.ui.capture import ENTER, PLAIN, NamePicker, People, format_day, to_qdatetime, tr, undo_key
from workbench.ui.scrolled import LazyDock
from workbench.workspace import Change, EditRefused, Selection, Workspace
from workbench.workspace.workspace import MAX_AGENDA_MINUTES

if TYPE_CHECKING:  # pragma: no cover
    from workbench.ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
#: A new session: this many days after the workspace's today, at this hour.
NEW_AFTER_DAYS = 7
NEW_HOUR = 19
#: A new agenda item's duration (minutes).
NEW_ITEM_MINUTES = 15


def _when(at: datetime) -> str:
    return f"{format_day(at.date())} {format_time(at)}"


def _refuse(parent: QWidget, exc: Exception) -> None:
    QMessageBox.information(parent, tr("Not possible"), str(exc))


# --------------------------------------------------------------------------- the dock


class SessionsPanel(LazyDock):
    """Upcoming and past sessions, with New, Edit, Duplicate, Delete, Start meeting and
    Print brief."""

    edit_requested = Signal(str)       # session id
    meeting_requested = Signal(str)    # session id
    brief_requested = Signal(str)      # session id
    told = Signal(str)

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selection = selection
        self.sessions: dict[str, Session] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&New"), self)
        self.new_button.setToolTip(tr("Plan a session with the people selected on the map"))
        self.new_button.clicked.connect(self.new_session)
        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.edit_button.clicked.connect(self._edit_current)
        self.duplicate_button = QPushButton(tr("D&uplicate"), self)
        self.duplicate_button.setToolTip(tr("A copy of the session, a week later"))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        for b in (self.new_button, self.edit_button, self.duplicate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sessionList")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _c: self._activated(item))
        self.tree.installEventFilter(self)
        layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.meeting_button = QPushButton(tr("Start &meeting"), self)
        self.meeting_button.setToolTip(tr("Open the meeting view with the attendees of this session"))
        self.meeting_button.clicked.connect(lambda: self._with_current(self.meeting_requested.emit))
        self.brief_button = QPushButton(tr("Print &brief…"), self)
        self.brief_button.clicked.connect(lambda: self._with_current(self.brief_requested.emit))
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_current)
        for b in (self.meeting_button, self.brief_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        self.upcoming = QTreeWidgetItem([tr("Upcoming")])
        self.past = QTreeWidgetItem([tr("Past")])
        for head in (self.upcoming, self.past):
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = self.tree.font()
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        workspace.changed.connect(self._on_changed)
        self._update_buttons()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        """Read the sessions again, keeping the current one."""
        self.loaded = True
        current = self.current_id()
        self.sessions = {s.id: s for s in self.workspace.sessions()}
        today = workspace_today(self.workspace)
        self.tree.blockSignals(True)
        for head in (self.upcoming, self.past):
            head.takeChildren()
        coming = sorted((s for s in self.sessions.values() if s.at.date() >= today), key=lambda s: (s.at, s.id))
        gone = sorted((s for s in self.sessions.values() if s.at.date() < today), key=lambda s: (s.at, s.id),
                      reverse=True)
        for head, sessions in ((self.upcoming, coming), (self.past, gone)):
            for s in sessions:
                people = len(s.attendees)
                item = QTreeWidgetItem([f"{_when(s.at)}\n{s.title}"])
                item.setData(0, ID_ROLE, s.id)
                item.setToolTip(0, "\n".join(t for t in (s.title, s.place, tr("%n attendees").replace(
                    "%n", str(people))) if t))
                head.addChild(item)
            if not sessions:
                empty = QTreeWidgetItem([tr("none")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                head.addChild(empty)
        self.tree.blockSignals(False)
        if current is not None:
            self.set_current(current, select_people=False)
        self._update_buttons()

    def _on_changed(self, change: Change) -> None:
        if self.loaded and (change.touches("sessions", "settings") or change.removed.get("stakeholders")):
            self.reload()

    def current_id(self) -> str | None:
        """The selected session's id."""
        item = self.tree.currentItem()
        sid = item.data(0, ID_ROLE) if item is not None else None
        return sid if sid in self.sessions else None

    def set_current(self, session_id: str, select_people: bool = True) -> bool:
        """Make *session_id* the selected session (and, by default, select its attendees)."""
        for head in (self.upcoming, self.past):
            for k in range(head.childCount()):
                item = head.child(k)
                if item.data(0, ID_ROLE) == session_id:
                    if not select_people:
                        self.tree.blockSignals(True)
                    self.tree.setCurrentItem(item)
                    self.tree.blockSignals(False)
                    self._update_buttons()
                    return True
        return False

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self._update_buttons()
        sid = self.current_id()
        if sid is not None:
            self.selection.select(self.sessions[sid].attendees, initiator=self)

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for b in (self.edit_button, self.duplicate_button, self.meeting_button, self.brief_button,
                  self.delete_button):
            b.setEnabled(chosen)

    def _with_current(self, fn: Any) -> None:
        sid = self.current_id()
        if sid is not None:
            fn(sid)

    def _activated(self, item: QTreeWidgetItem) -> None:
        sid = item.data(0, ID_ROLE)
        if sid in self.sessions:
            self.edit_requested.emit(sid)

    def _edit_current(self) -> None:
        self._with_current(self.edit_requested.emit)

    # ------------------------------------------------------------------ edits
    def new_session(self) -> str | None:
        """Plan a session with the people selected on the map; opens it in the editor."""
        me = self.workspace.facilitator_id()
        when = datetime.combine(workspace_today(self.workspace) + timedelta(days=NEW_AFTER_DAYS),
                                datetime.min.time()).replace(hour=NEW_HOUR)
        people = [p for p in self.selection.stakeholders if p != me]
        try:
            sid = self.workspace.add_session(Session(id="", title=tr("New session"), at=when,
                                                     attendees=tuple(people)), initiator=self)
        except EditRefused as exc:
            _refuse(self, exc)
            return None
        self.reload()
        self.set_current(sid, select_people=False)
        self.edit_requested.emit(sid)
        return sid

    def duplicate_current(self) -> str | None:
        """A copy of the selected session, a week later."""
        sid = self.current_id()
        if sid is None:
            return None
        try:
            copy = self.workspace.duplicate_session(sid, at=self.sessions[sid].at + timedelta(days=7),
                                                    initiator=self)
        except EditRefused as exc:
            _refuse(self, exc)
            return None
        self.reload()
        self.set_current(copy)
        return copy

    def delete_current(self) -> None:
        """Delete the selected session (Ctrl+Z brings it back)."""
        sid = self.current_id()
        if sid is None:
            return
        title = self.sessions[sid].title
        self.workspace.delete_sessions([sid], initiator=self)
        self.told.emit(tr("Deleted %1 — %2 brings it back").replace("%1", title).replace("%2", undo_key()))

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt override
        if watched is self.tree and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and event.modifiers() in PLAIN:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)


# --------------------------------------------------------------------------- the agenda


class _MinutesDelegate(QStyledItemDelegate):
    """Minutes as a spin box; its lowest value, shown as —, is "no duration"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(-1, MAX_AGENDA_MINUTES)
        box.setSpecialValueText("—")
        box.setSuffix(" " + tr("min"))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        value = index.data(ID_ROLE)
        editor.setValue(-1 if value is None else int(value))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        value = editor.value()  # type: ignore[attr-defined]
        model.setData(index, None if value < 0 else value, ID_ROLE)


class _OwnerDelegate(QStyledItemDelegate):
    """Who leads an item: typed, with the attendees' names offered."""

    def __init__(self, names: QStringListModel, parent: QObject) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        line = QLineEdit(parent)
        completer = QCompleter(self.names, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        return line


class AgendaTree(QTreeWidget):
    """The agenda's items: time (from the start), title, minutes, who leads. Drag an item
    or press Alt+↑/Alt+↓ to move it; Del removes it."""

    TIME, TITLE, MINUTES, OWNER = range(4)
    changed_by_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setColumnCount(4)
        self.setHeaderLabels([tr("Time"), tr("Item"), tr("Minutes"), tr("Who leads")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.names = QStringListModel(self)
        self.setItemDelegateForColumn(self.MINUTES, _MinutesDelegate(self))
        self.setItemDelegateForColumn(self.OWNER, _OwnerDelegate(self.names, self))
        header = self.header()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((self.TIME, 96), (self.MINUTES, 70), (self.OWNER, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.itemChanged.connect(self._edited)
        self._filling = False
        self._pending: Session | None = None

    def set_items(self, session: Session) -> None:
        """Show *session*'s agenda with its times."""
        row = self.currentIndex().row()
        self._filling = True
        self.clear()
        for item, start, end in session.schedule():
            times = "" if start is None else format_time(start) + ("" if end is None else "–" + format_time(end))
            node = QTreeWidgetItem([times, item.title, "" if item.minutes is None else
                                    tr("%1 min").replace("%1", str(item.minutes)), item.owner])
            node.setData(self.MINUTES, ID_ROLE, item.minutes)
            node.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            node.setTextAlignment(self.MINUTES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(node)
        self._filling = False
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(max(0, min(row, self.topLevelItemCount() - 1))))

    def show_session(self, session: Session) -> None:
        """Show *session*'s agenda now, or once the cell being edited is closed (its edit
        is saved before its editor closes)."""
        if self.state() == QAbstractItemView.State.EditingState:
            self._pending = session
        else:
            self.set_items(session)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        pending, self._pending = self._pending, None
        if pending is not None:
            self.set_items(pending)

    def items(self) -> list[AgendaItem]:
        """The items as shown now, in order."""
        out = []
        for k in range(self.topLevelItemCount()):
            node = self.topLevelItem(k)
            minutes = node.data(self.MINUTES, ID_ROLE)
            out.append(AgendaItem(node.text(self.TITLE).strip(), None if minutes is None else int(minutes),
                                  node.text(self.OWNER).strip()))
        return out

    def _edited(self, _item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column != self.TIME:
            self.changed_by_user.emit()

    def move_current(self, step: int) -> bool:
        """Move the current item up (-1) or down (+1)."""
        row = self.indexOfTopLevelItem(self.currentItem()) if self.currentItem() is not None else -1
        target = row + step
        if row < 0 or not 0 <= target < self.topLevelItemCount():
            return False
        self._filling = True
        node = self.takeTopLevelItem(row)
        self.insertTopLevelItem(target, node)
        self._filling = False
        self.setCurrentItem(node)
        self.changed_by_user.emit()
        return True

    def remove_current(self) -> bool:
        """Remove the current item."""
        node = self.currentItem()
        if node is None:
            return False
        self._filling = True
        self.takeTopLevelItem(self.indexOfTopLevelItem(node))
        self._filling = False
        self.changed_by_user.emit()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier \
                and self.state() != QAbstractItemView.State.EditingState:
            self.remove_current()
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        before = [id(self.topLevelItem(k)) for k in range(self.topLevelItemCount())]
        self._filling = True
        super().dropEvent(event)
        self._filling = False
        after = [id(self.topLevelItem(k)) for k in range(self.topLevelItemCount())]
        if after != before:
            self.changed_by_user.emit()


# --------------------------------------------------------------------------- the editor


class _PlainText(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.left.emit()


class SessionEditor(QDialog):
    """One session, edited in place: every change saved at once as one undo entry."""

    meeting_requested = Signal(str)
    brief_requested = Signal(str)

    def __init__(self, workspace: Workspace, session_id: str, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.session_id = session_id
        self.selection = selection
        self.session: Session | None = None
        self.people = People(workspace)
        self.setObjectName("sessionEditor")
        self.setModal(False)
        self.resize(760, 720)
        self._build()
        workspace.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit(self)
        self.title.editingFinished.connect(lambda: self._save("title", self.title.text()))
        form.addRow(tr("&Title"), self.title)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.editingFinished.connect(self._save_when)
        form.addRow(tr("&Date and time"), self.when)
        self.place = QLineEdit(self)
        self.place.editingFinished.connect(lambda: self._save("place", self.place.text()))
        form.addRow(tr("&Place"), self.place)
        self.goal = _PlainText(self)
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(self.goal.fontMetrics().lineSpacing() * 3 + 14)
        self.goal.left.connect(lambda: self._save("goal", self.goal.toPlainText()))
        form.addRow(tr("&Goal"), self.goal)
        outer.addLayout(form)

        self.attendees_heading = self._heading(tr("Attendees"))
        outer.addWidget(self.attendees_heading)
        people_row = QHBoxLayout()
        self.attendees = QListWidget(self)
        self.attendees.setObjectName("attendees")
        self.attendees.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attendees.installEventFilter(self)
        people_row.addWidget(self.attendees, 1)
        adders = QVBoxLayout()
        self.picker = NamePicker(self.people, self)
        self.picker.setPlaceholderText(tr("Add someone: type a name"))
        self.picker.exclude = lambda: [*self._attendee_ids(), *([self.people.facilitator] if self.people.facilitator
                                                                else [])]
        self.picker.picked.connect(lambda sid: self.add_attendees([sid]))
        adders.addWidget(self.picker)
        self.from_map = QPushButton(tr("Add the map's selection"), self)
        self.from_map.clicked.connect(lambda: self.add_attendees(self.selection.stakeholders))
        adders.addWidget(self.from_map)
        self.group = QComboBox(self)
        self.group.activated.connect(self._add_group)
        adders.addWidget(self.group)
        self.remove_people = QPushButton(tr("Remove (Del)"), self)
        self.remove_people.clicked.connect(self.remove_selected_attendees)
        adders.addWidget(self.remove_people)
        adders.addStretch(1)
        people_row.addLayout(adders)
        outer.addLayout(people_row, 2)

        outer.addWidget(self._heading(tr("Agenda")))
        self.agenda = AgendaTree(self)
        self.agenda.changed_by_user.connect(self.save_agenda)
        outer.addWidget(self.agenda, 3)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(tr("New item: type it and press Enter"))
        self.new_item.returnPressed.connect(self.add_item)
        self.new_minutes = QSpinBox(self)
        self.new_minutes.setRange(-1, MAX_AGENDA_MINUTES)
        self.new_minutes.setSpecialValueText("—")
        self.new_minutes.setSuffix(" " + tr("min"))
        self.new_minutes.setValue(NEW_ITEM_MINUTES)
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.new_minutes)
        outer.addLayout(add_row)
        self.hint = QLabel(tr("Drag an item, or Alt+↑/Alt+↓, to move it; Del removes it; double-click a "
                              "cell to edit it."), self)
        self.hint.setStyleSheet("color: #555")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.ends = QLabel(self)
        outer.addWidget(self.ends)

        buttons = QHBoxLayout()
        self.meeting_button = QPushButton(tr("Start &meeting"), self)
        self.meeting_button.clicked.connect(lambda: self.meeting_requested.emit(self.session_id))
        self.brief_button = QPushButton(tr("Print &brief…"), self)
        self.brief_button.clicked.connect(lambda: self.brief_requested.emit(self.session_id))
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(self.meeting_button)
        buttons.addWidget(self.brief_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer.addLayout(buttons)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # ------------------------------------------------------------------ showing
    def reload(self) -> None:
        """Show the session as the workspace has it (a field being typed in is left alone)."""
        found = self.workspace.sessions([self.session_id])
        if not found:
            self.session = None
            self.close()
            return
        s = self.session = found[0]
        self.setWindowTitle(tr("Session: %1").replace("%1", s.title))
        for line, value in ((self.title, s.title), (self.place, s.place)):
            if not line.hasFocus() and line.text() != value:
                line.setText(value)
        if not self.goal.hasFocus() and self.goal.toPlainText() != s.goal:
            self.goal.setPlainText(s.goal)
        if not self.when.hasFocus():
            self.when.setDateTime(to_qdatetime(s.at))
        self.attendees.clear()
        for sid in s.attendees:
            item = QListWidgetItem(self.people.name(sid))
            item.setData(ID_ROLE, sid)
            self.attendees.addItem(item)
        self.attendees_heading.setText("<b>" + tr("Attendees (%n)").replace("%n", str(len(s.attendees))) + "</b>")
        self.agenda.names.setStringList([self.people.name(sid) for sid in s.attendees])
        self.agenda.show_session(s)
        end = s.end()
        self.ends.setText(tr("Ends at %1").replace("%1", format_time(end)) if end is not None else
                          tr("The end is not known: give every item a duration."))
        self._fill_groups()

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(tr("Add everyone in a group…"), None)
        for g in sorted(self.workspace.groups(), key=lambda g: g.name.casefold()):
            self.group.addItem(g.name, g.id)
        self.group.setCurrentIndex(0)
        self.group.blockSignals(False)

    def _on_changed(self, change: Change) -> None:
        if change.reset or People.affected(change):
            self.people.reload()
        if change.reset or self.session_id in change.ids("sessions") or People.affected(change) \
                or change.touches("groups"):
            self.reload()

    def _attendee_ids(self) -> list[str]:
        return list(self.session.attendees) if self.session is not None else []

    # ------------------------------------------------------------------ saving
    def _apply(self, fn: Any) -> bool:
        try:
            fn()
        except EditRefused as exc:
            _refuse(self, exc)
            self.reload()
            return False
        return True

    def _save(self, field: str, value: str) -> None:
        if self.session is None:
            return
        current = getattr(self.session, field)
        cleaned = " ".join(value.split()) if field == "title" else value.strip()
        if cleaned == current:
            return
        self._apply(lambda: self.workspace.set_session_fields(self.session_id, initiator=self, **{field: value}))

    def _save_when(self) -> None:
        if self.session is None:
            return
        q = self.when.dateTime()
        at = datetime(q.date().year(), q.date().month(), q.date().day(), q.time().hour(), q.time().minute())
        if at != self.session.at:
            self._apply(lambda: self.workspace.set_session_fields(self.session_id, initiator=self, at=at))

    def add_attendees(self, ids: Sequence[str]) -> None:
        """Add people (the facilitator, who leads every session, and those already in are left out)."""
        current = self._attendee_ids()
        me = self.people.facilitator
        new = [i for i in dict.fromkeys(ids) if i not in current and i != me]
        if new:
            self._apply(lambda: self.workspace.set_session_attendees(self.session_id, [*current, *new],
                                                                     initiator=self))

    def _add_group(self, index: int) -> None:
        gid = self.group.itemData(index)
        self.group.setCurrentIndex(0)
        if gid is None:
            return
        members = [s.id for s in self.workspace.stakeholders() if gid in s.groups]
        self.add_attendees(members)

    def remove_selected_attendees(self) -> None:
        """Remove the people selected in the list."""
        gone = {item.data(ID_ROLE) for item in self.attendees.selectedItems()}
        if gone:
            keep = [i for i in self._attendee_ids() if i not in gone]
            self._apply(lambda: self.workspace.set_session_attendees(self.session_id, keep, initiator=self))

    def save_agenda(self) -> None:
        """Save the agenda as the list shows it now (one undo entry)."""
        items = self.agenda.items()
        if self.session is not None and tuple(items) != self.session.agenda:
            self._apply(lambda: self.workspace.set_session_agenda(self.session_id, items, initiator=self))
        elif self.session is not None:
            self.agenda.set_items(self.session)

    def add_item(self) -> None:
        """Add the item typed in the line below the agenda."""
        title = self.new_item.text().strip()
        if not title or self.session is None:
            return
        minutes = self.new_minutes.value()
        item = AgendaItem(title, None if minutes < 0 else minutes)
        if self._apply(lambda: self.workspace.set_session_agenda(
                self.session_id, [*self.session.agenda, item], initiator=self)):  # type: ignore[union-attr]
            self.new_item.clear()
            self.agenda.setCurrentItem(self.agenda.topLevelItem(self.agenda.topLevelItemCount() - 1))

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt override
        if watched is self.attendees and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and event.modifiers() in PLAIN:
                self.remove_selected_attendees()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in ENTER and self.focusWidget() in (self.title, self.place):
            self.focusNextChild()  # Enter saves the line (editingFinished), not closes the window
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        focused = self.focusWidget()
        if focused is self.goal:
            self._save("goal", self.goal.toPlainText())
        super().closeEvent(event)


# --------------------------------------------------------------------------- in the window


class SessionsActions(QObject):
    """The Sessions dock, the session editors and File › Print Brief… in the main window."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        from workbench.ui.brief_print import install as install_brief

        self.window = window
        self.panel: SessionsPanel | None = None
        self.editors: dict[str, SessionEditor] = {}
        dock = QDockWidget(tr("Sessions"), window)
        dock.setObjectName("sessionsDock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.docks["sessions"] = dock
        beside = window.docks.get("interactions") or window.docks["details"]
        window.tabifyDockWidget(beside, dock)  # a tab behind Stakeholder and Interactions
        window.docks["details"].raise_()
        window.view_menu.addAction(dock.toggleViewAction())
        self.brief = install_brief(window, self.current)
        self.plan_action = window.meeting_menu.addAction(tr("Plan a &Session…"), self.plan)
        self.plan_action.setShortcut(QKeySequence("Ctrl+Shift+N"))

    def current(self) -> str | None:
        """The session selected in the dock (for File › Print Brief…)."""
        return self.panel.current_id() if self.panel is not None else None

    def show_workspace(self, workspace: Workspace, selection: Selection) -> None:
        """Build the dock for *workspace* (the editors of the previous one close)."""
        for editor in list(self.editors.values()):
            editor.close()
        self.editors.clear()
        self.panel = SessionsPanel(workspace, selection, self.window)
        self.panel.edit_requested.connect(self.edit)
        self.panel.meeting_requested.connect(self.start_meeting)
        self.panel.brief_requested.connect(self.print_brief)
        self.panel.told.connect(self.window.tell)
        self.window.docks["sessions"].setWidget(self.panel)

    def plan(self) -> str | None:
        """Meeting › Plan a Session…: a new session with the selected people, in the editor."""
        dock = self.window.docks["sessions"]
        dock.show()
        dock.raise_()
        assert self.panel is not None
        if not self.panel.loaded:
            self.panel.reload()
        return self.panel.new_session()

    def edit(self, session_id: str) -> SessionEditor:
        """Open a session in its editor (or bring its open editor forward)."""
        editor = self.editors.get(session_id)
        if editor is None:
            editor = SessionEditor(self.window.workspace, session_id, self.window.selection, self.window)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.meeting_requested.connect(self.start_meeting)
            editor.brief_requested.connect(self.print_brief)
            editor.destroyed.connect(lambda _o=None, sid=session_id: self.editors.pop(sid, None))
            self.editors[session_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def start_meeting(self, session_id: str) -> Any:
        """Open the meeting view with the session's attendees; the meeting records the session."""
        found = self.window.workspace.sessions([session_id])
        if not found:
            return None
        s = found[0]
        return self.window.start_meeting(list(s.attendees), s.title, session=s.id)

    def print_brief(self, session_id: str) -> None:
        """The session's brief: print, preview or save as PDF."""
        if self.panel is not None:
            self.panel.set_current(session_id, select_people=False)
        self.brief.print_dialog()


def install(window: "MainWindow") -> SessionsActions:
    """Add the Sessions dock, the session editor and the brief's File menu entries to *window*."""
    return SessionsActions(window)


__all__ = ["AgendaTree", "SessionEditor", "SessionsActions", "SessionsPanel", "install"]
