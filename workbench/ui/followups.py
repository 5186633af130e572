"""Open follow-ups by due date: tick one done, the overdue ones stand out, and add one on
its own ("call Anna next week") without logging a contact.

The list holds the open follow-ups (``Workspace.open_followups``), those without a due
date last. A follow-up ticked done here stays in the list, struck through, so that a
slip of the finger is undone by ticking it again (or with Ctrl+Z); it leaves the list
when the list is next read whole. "Today" is the workspace's (the radar's): the
settings' ``as_of`` when set, else the real date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QEvent, QItemSelection, QItemSelectionModel, \
    QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from workbench.model import Followup, Interaction
from workbench.ui.scrolled import LazyDock, scrolled_body
from workbench.ui.capture import ENTER, PLAIN, NamePicker, People, due_problem, format_day, parse_due, tr, \
    undo_key, workspace_today
from workbench.workspace import Change, EditRefused, Workspace
from workbench.workspace.labels import channel_label

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fdecea")
DUE_TODAY = QColor("#9a5b00")


@dataclass(frozen=True)
class Item:
    """One follow-up as the list shows it."""

    id: str
    what: str
    due: date | None
    who: str | None
    interaction: str | None
    done: bool = False


class FollowupModel(QAbstractTableModel):
    """Follow-ups as rows of two lines, to read in a narrow dock: what (with its tick), then
    who does it and where it came from; the due date, then how far off it is."""

    COLUMNS = (QT_TRANSLATE_NOOP("", "What"), QT_TRANSLATE_NOOP("", "Due"))
    ticked = Signal(str, bool)          # follow-up id, done
    edited = Signal(str, str, object)   # follow-up id, field (what, due), value as typed

    def __init__(self, people: People, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.items: list[Item] = []
        self.sources: dict[str, Interaction] = {}
        self.today = date.today()

    def set_items(self, items: list[Item], sources: dict[str, Interaction], today: date) -> None:
        """Show these follow-ups, by due date (none last)."""
        self.beginResetModel()
        self.items = sorted(items, key=lambda i: (i.due is None, i.due or date.max, i.what.casefold(), i.id))
        self.sources = sources
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def overdue(self, item: Item) -> bool:
        """Past its due date and not done."""
        return not item.done and item.due is not None and item.due < self.today

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        if index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                who = self.people.name(item.who) if item.who else tr("no one in particular")
                return f"{item.what}\n{who} · {self._source_text(item)}"
            return self._due_text(item)
        if role == Qt.ItemDataRole.EditRole:
            return item.what if col == 0 else (item.due.isoformat() if item.due else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if item.done:
                font.setStrikeOut(True)
            elif col == 1 and item.due is not None and item.due <= self.today:
                font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.done:
                return QBrush(QColor("#8a8f98"))
            if col == 1 and self.overdue(item):
                return QBrush(OVERDUE)
            if col == 1 and item.due == self.today:
                return QBrush(DUE_TODAY)
        if role == Qt.ItemDataRole.BackgroundRole and self.overdue(item):
            return QBrush(OVERDUE_BACKGROUND)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.ticked.emit(item.id, done)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() in (0, 1):
            self.edited.emit(item.id, "what" if index.column() == 0 else "due", value)
            return True
        return False

    def _due_text(self, item: Item) -> str:
        if item.due is None:
            return tr("no date")
        text = format_day(item.due)
        days = (item.due - self.today).days
        if item.done:
            return text + "\n" + tr("done")
        if days < 0:
            return text + "\n" + (tr("1 day overdue") if days == -1 else
                                  tr("%n days overdue").replace("%n", str(-days)))
        if days == 0:
            return text + "\n" + tr("today")
        if days == 1:
            return text + "\n" + tr("tomorrow")
        return text + "\n" + tr("in %n days").replace("%n", str(days))

    def _source_text(self, item: Item) -> str:
        if item.interaction is None:
            return tr("on its own")
        source = self.sources.get(item.interaction)
        if source is None:
            return ""
        names = self.people.list_names(self.people.partners(source.with_))
        return tr("%1 with %2, %3").replace("%1", channel_label(source.channel)).replace("%2", names).replace(
            "%3", format_day(source.at.date()))

    def _tooltip(self, item: Item) -> str:
        lines = [item.what]
        if item.interaction is not None and item.interaction in self.sources:
            source = self.sources[item.interaction]
            lines.append(self._source_text(item))
            if source.summary:
                lines.append(source.summary)
            lines.append(tr("Enter or a double click opens the contact."))
        return "\n".join(lines)


class FollowupsPanel(LazyDock):
    """The follow-ups dock: a line to add one on its own, the open ones below."""

    open_requested = Signal(str)  # interaction id
    told = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.people = People(workspace)
        self.model = FollowupModel(self.people, self)
        self.model.ticked.connect(self.tick)
        self.model.edited.connect(self._edited)
        self.loaded = False
        self._ticked: dict[str, Item] = {}  # done here since the list was read: shown struck through
        self._sources: dict[str, Interaction] = {}  # where the listed follow-ups came from
        self._build()
        workspace.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        area, body, layout = scrolled_body(self)
        row = QHBoxLayout()
        self.what = QLineEdit(self)
        self.what.setObjectName("newFollowup")
        self.what.setPlaceholderText(tr("Add a follow-up, e.g. call Anna next week"))
        self.who = NamePicker(self.people, self, keep_text=True)
        self.who.setPlaceholderText(tr("Who does it"))
        self.who.set_current(self.people.facilitator)
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(tr("Due: +7, fri, 1-6"))
        self.due.setToolTip(tr("When it is due: a date (2024-06-01, 1-6), a number of days (+7), "
                               "2w, a weekday (fri), tomorrow or next week; empty: no date"))
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.clicked.connect(self.add)
        for edit in (self.what, self.due):
            edit.returnPressed.connect(self.add)
        self.who.returnPressed.connect(self.add)
        layout.addWidget(self.what)
        self.who.setMinimumWidth(60)
        self.due.setMinimumWidth(50)
        row.addWidget(self.who, 2)
        row.addWidget(self.due, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2; a double click opens
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        bold = QFont(self.table.font())
        bold.setBold(True)
        header.resizeSection(1, QFontMetrics(bold).horizontalAdvance("Wed 30 Sep 2026  ") + 12)
        rows = self.table.verticalHeader()  # two lines a row
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        hint = QLabel(tr("Space: done · Enter: open the contact · F2: edit · Del: delete · overdue ones in red"),
                      self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        area.setWidget(body)
        self.setStyleSheet("""
            QLabel#hint { color: palette(placeholder-text); }
            QLabel#message { color: #a4262c; background: #fdecea; border: 1px solid #f1b8b5;
                             border-radius: 4px; padding: 4px 6px; }
        """)

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        """Read the open follow-ups (and where they came from) again."""
        self.loaded = True
        today = workspace_today(self.workspace)
        open_ = [Item(f.id, f.what, f.due, f.who, f.interaction) for f in self.workspace.open_followups()]
        present = {i.id for i in open_}
        kept = [replace(t, done=True) for t in self._ticked.values() if t.id not in present]
        items = open_ + kept
        wanted = {i.interaction for i in items if i.interaction is not None}
        missing = sorted(wanted - self._sources.keys())
        if missing:  # the contacts they came from, read once and kept until one changes
            self._sources.update((i.id, i) for i in self.workspace.interactions(missing))
        sources = {k: v for k, v in self._sources.items() if k in wanted}
        self._sources = dict(sources)
        self._ticked = {t.id: t for t in kept if t.interaction is None or t.interaction in sources}
        items = open_ + list(self._ticked.values())
        selected = set(self.selected_ids())
        current = self.table.currentIndex()
        current_id = current.data(ID_ROLE) if current.isValid() else None
        self.model.set_items(items, sources, today)
        self._reselect(selected, current_id, current.column() if current.isValid() else 0)
        self._summarize()

    def _reselect(self, ids: set[str], current_id: str | None, column: int) -> None:
        """Select the same follow-ups again after the list was read anew."""
        selection = QItemSelection()
        for row, item in enumerate(self.model.items):
            if item.id in ids:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
            if item.id == current_id:
                self.table.selectionModel().setCurrentIndex(self.model.index(row, column),
                                                            QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_changed(self, change: Change) -> None:
        if self.workspace.closed:
            return
        if People.affected(change):
            self.people.reload()
        if not self.loaded:
            return
        if change.reset:
            self._ticked.clear()
            self._sources.clear()
        # a contact that a listed follow-up came from changed: read it again
        stale = change.ids("interactions") & self._sources.keys()
        for iid in stale:
            del self._sources[iid]
        if (change.reset or stale or change.touches("followups", "settings") or People.affected(change)
                or change.removed.get("interactions")):
            self.reload()

    def _summarize(self) -> None:
        items = [i for i in self.model.items if not i.done]
        overdue = sum(1 for i in items if self.model.overdue(i))
        text = tr("%n open").replace("%n", str(len(items)))
        if overdue:
            text += " · <span style='color:%1; font-weight:bold'>%2</span>".replace("%1", OVERDUE.name()).replace(
                "%2", tr("%n overdue").replace("%n", str(overdue)))
        self.summary.setText(text)

    def ids(self) -> list[str]:
        """The follow-ups listed, top to bottom."""
        return [i.id for i in self.model.items]

    # ------------------------------------------------------------------ editing
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add(self) -> bool:
        """Add the follow-up typed in the top line, on its own (one undo entry)."""
        what = self.what.text().strip()
        if not what:
            self._say(tr("A follow-up needs to say what is to be done."))
            self.what.setFocus()
            return False
        try:
            due = parse_due(self.due.text(), workspace_today(self.workspace))
        except ValueError:
            self._say(due_problem(self.due.text()))
            self.due.setFocus()
            return False
        who = self.who.resolve()
        if self.who.text().strip() and who is None:
            self._say(tr("No one in this workspace is called “%1”. Pick a name from the list, or leave it "
                         "empty.").replace("%1", self.who.text().strip()))
            self.who.setFocus()
            return False
        try:
            self.workspace.add_followup(Followup(id="", what=what, due=due, who=who), initiator=self)
        except EditRefused as exc:
            self._say(str(exc))
            return False
        self._say("")
        self.what.clear()
        self.due.clear()
        self.who.set_current(self.people.facilitator)
        self.what.setFocus()
        self.told.emit(tr("Added the follow-up “%1” — %2 undoes it").replace("%1", what).replace(
            "%2", undo_key()))
        return True

    def tick(self, followup_id: str, done: bool) -> None:
        """Mark a follow-up done (or open again)."""
        item = next((i for i in self.model.items if i.id == followup_id), None)
        if item is not None and done:
            self._ticked[followup_id] = replace(item, done=True)  # stays listed, struck through
        else:
            self._ticked.pop(followup_id, None)
        try:
            self.workspace.set_followup_done(followup_id, done, initiator=self)  # the change reloads the list
        except EditRefused as exc:
            self._ticked.pop(followup_id, None)
            self._say(str(exc))
            self.reload()
            return
        if done:
            self.told.emit(tr("Done: %1 — %2 undoes it").replace("%1", item.what if item else "").replace(
                "%2", undo_key()))

    def _edited(self, followup_id: str, name: str, value: Any) -> None:
        try:
            if name == "due":
                try:
                    due = parse_due(str(value or ""), workspace_today(self.workspace))
                except ValueError:
                    self._say(due_problem(str(value)))
                    return
                self.workspace.set_followup_fields(followup_id, initiator=self, due=due)
            else:
                self.workspace.set_followup_fields(followup_id, initiator=self, what=str(value))
        except EditRefused as exc:
            self._say(str(exc))
            return
        self._say("")

    def selected_ids(self) -> list[str]:
        """The follow-ups selected in the list."""
        return [i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def delete_selected(self) -> None:
        """Delete the selected follow-ups (undoable)."""
        ids = self.selected_ids()
        if ids:
            self.workspace.delete_followups(ids, initiator=self)
            for i in ids:
                self._ticked.pop(i, None)
            self.reload()
            self.told.emit(tr("Deleted %1 — %2 brings it back").replace(
                "%1", tr("the follow-up") if len(ids) == 1 else tr("%n follow-ups").replace("%n", str(len(ids))))
                .replace("%2", undo_key()))

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self.model.items[index.row()]
        if item.interaction is not None:
            self.open_source(index.row())
        else:
            self.table.edit(self.model.index(index.row(), index.column()))

    def open_source(self, row: int) -> None:
        """Open the contact a follow-up came from."""
        item = self.model.items[row]
        if item.interaction is not None:
            self.open_requested.emit(item.interaction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is self.table
                and self.table.state() != QAbstractItemView.State.EditingState):
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
            if event.key() == Qt.Key.Key_Space and event.modifiers() in PLAIN and rows:
                items = [self.model.items[r] for r in rows]
                done = not all(i.done for i in items)
                for i in items:
                    self.tick(i.id, done)
                return True
            if event.key() in ENTER and rows:
                item = self.model.items[rows[0]]
                if item.interaction is not None:
                    self.open_source(rows[0])
                else:
                    self.table.edit(self.model.index(rows[0], 0))
                return True
            if event.key() == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
