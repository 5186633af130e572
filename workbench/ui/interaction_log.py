"""The interaction log: every logged contact, newest first, for the whole workspace or
one stakeholder, filtered by channel, person and date range. Enter (or a double click)
opens a contact in the capture form to edit it; Del deletes it with the energy readings
sensed in it, as one undo entry.

It reads lazily: nothing until the dock is first shown, then the whole log once; after
that it follows the Workspace's changes, re-reading only the contacts a change names.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QEvent, QModelIndex, QObject, \
    QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from workbench.model import Channel, Interaction
from workbench.ui.scrolled import LazyDock, scrolled_body
from workbench.ui.capture import ENTER, NamePicker, People, delete_contacts, format_day, remark_kind_label, \
    tr, undo_key, workspace_today
from workbench.workspace import Change, Selection, Workspace
from workbench.workspace.labels import channel_label

#: The date edits show "any" at this date: no bound.
NO_DATE = QDate(1900, 1, 1)
ID_ROLE = Qt.ItemDataRole.UserRole
#: (label, days back; None: any time)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("", "Any time"), None),
    (QT_TRANSLATE_NOOP("", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("", "Last 12 months"), 365),
)


def _channel(value: object) -> Channel | None:
    """A combo box's data as a Channel (Qt hands a StrEnum back as str)."""
    return None if value is None else Channel(str(value))


class LogModel(QAbstractTableModel):
    """Interactions as rows of two lines, to read in a narrow dock: when (the date, then
    the channel) and the contact (with whom, then the summary, remarks and follow-ups)."""

    COLUMNS = (QT_TRANSLATE_NOOP("", "When"), QT_TRANSLATE_NOOP("", "Contact"))

    def __init__(self, people: People, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = people
        # Kept oldest first, shown newest first (row r is _asc[-1 - r]); an edit finds its
        # place by bisection, so that nothing is sorted through Qt (100,000 rows sorted by
        # a proxy model took seconds) and no per-row index has to be rebuilt.
        self._asc: list[Interaction] = []
        self._by_id: dict[str, Interaction] = {}

    @staticmethod
    def _key(i: Interaction) -> tuple[datetime, str]:
        return (i.at, i.id)

    @property
    def rows(self) -> list[Interaction]:
        """The contacts held, newest first."""
        return self._asc[::-1]

    def interaction(self, row: int) -> Interaction:
        """The contact shown in *row*."""
        return self._asc[len(self._asc) - 1 - row]

    def set_rows(self, interactions: list[Interaction]) -> None:
        """Show these (replacing everything)."""
        self.beginResetModel()
        self._asc = sorted(interactions, key=self._key)
        self._by_id = {i.id: i for i in self._asc}
        self.endResetModel()

    def _index_of(self, interaction: Interaction) -> int:
        return bisect_left(self._asc, self._key(interaction), key=self._key)

    def upsert(self, interactions: list[Interaction]) -> None:
        """Add or refresh these."""
        for interaction in interactions:
            old = self._by_id.get(interaction.id)
            if old is not None and old.at == interaction.at:
                i = self._index_of(old)
                self._asc[i] = interaction
                self._by_id[interaction.id] = interaction
                row = len(self._asc) - 1 - i
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                continue
            if old is not None:
                self.remove({old.id})
            i = self._index_of(interaction)
            row = len(self._asc) - i
            self.beginInsertRows(QModelIndex(), row, row)
            self._asc.insert(i, interaction)
            self._by_id[interaction.id] = interaction
            self.endInsertRows()

    def remove(self, ids: set[str]) -> None:
        """Drop these."""
        for sid in ids:
            old = self._by_id.pop(sid, None)
            if old is None:
                continue
            i = self._index_of(old)
            row = len(self._asc) - 1 - i
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._asc[i]
            self.endRemoveRows()

    def names_changed(self) -> None:
        """Someone was renamed: redraw the Contact column."""
        if self._asc:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._asc) - 1, 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._asc)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = self.interaction(index.row())
        col = index.column()
        if role == ID_ROLE:
            return i.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{format_day(i.at.date())}  {i.at:%H:%M}\n{channel_label(i.channel)}"
            details = " · ".join(p for p in (" ".join(i.summary.split()), self._notes(i)) if p)
            return f"{self._with(i)}\n{details}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i)
        return None

    def _with(self, i: Interaction) -> str:
        return ", ".join(self.people.name(s) for s in self.people.partners(i.with_))

    @staticmethod
    def _notes(i: Interaction) -> str:
        parts = []
        if i.remarks:
            parts.append(tr("%n remarks").replace("%n", str(len(i.remarks))) if len(i.remarks) != 1
                         else tr("1 remark"))
        open_ = sum(1 for f in i.followups if not f.done)
        if open_:
            parts.append(tr("%n open follow-ups").replace("%n", str(open_)) if open_ != 1
                         else tr("1 open follow-up"))
        return " · ".join(parts)

    def _tooltip(self, i: Interaction) -> str:
        lines = [f"{format_day(i.at.date())} {i.at:%H:%M} — {channel_label(i.channel)}", self._with(i)]
        if i.summary:
            lines += ["", i.summary]
        for r in i.remarks:
            lines.append(f"• {remark_kind_label(r.kind)} ({self.people.name(r.by)}): {r.text}"
                         + (f" [{r.theme}]" if r.theme else ""))
        for f in i.followups:
            lines.append(("☑ " if f.done else "☐ ") + f.what + (f" — {format_day(f.due)}" if f.due else ""))
        return "\n".join(lines)


class LogFilter(QSortFilterProxyModel):
    """Keeps the contacts of one channel, one person, a date range (None: any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.channel: Channel | None = None
        self.person: str | None = None
        self.start: date | None = None
        self.end: date | None = None
        self.setDynamicSortFilter(False)  # the source keeps its order: newest first

    def set(self, **values: Any) -> None:
        """Change some of ``channel``, ``person``, ``start``, ``end``."""
        if all(getattr(self, k) == v for k, v in values.items()):
            return
        self.beginFilterChange()
        for k, v in values.items():
            setattr(self, k, v)
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        i: Interaction = self.sourceModel().interaction(row)  # type: ignore[attr-defined]
        day = i.at.date()
        return ((self.channel is None or i.channel == self.channel)
                and (self.person is None or self.person in i.with_)
                and (self.start is None or day >= self.start)
                and (self.end is None or day <= self.end))


class InteractionLog(LazyDock):
    """The log dock: filters above, contacts below, newest first."""

    open_requested = Signal(str)    # interaction id
    log_requested = Signal(list)    # stakeholder ids: log a new contact with them
    told = Signal(str)              # a message for the status bar

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selection = selection
        self.people = People(workspace)
        self.model = LogModel(self.people, self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.loaded = False
        self.scope: str | None = None  # the rows held are this person's only (None: everyone's)
        self._build()
        workspace.changed.connect(self._on_changed)
        selection.selection_changed.connect(self._follow_selection)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        area, body, layout = scrolled_body(self)
        row = QHBoxLayout()
        self.channel = QComboBox(self)
        self.channel.addItem(tr("All channels"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.currentIndexChanged.connect(self._channel_chosen)
        self.person = NamePicker(self.people, self, keep_text=True)
        self.person.setPlaceholderText(tr("Everyone"))
        self.person.setClearButtonEnabled(True)
        self.person.picked.connect(self._person_picked)
        self.person.textChanged.connect(self._person_typed)
        self.follow = QCheckBox(tr("Follow the selection"), self)
        self.follow.setToolTip(tr("Show the contacts of the stakeholder selected on the map or in the list"))
        self.follow.setChecked(True)
        self.follow.toggled.connect(lambda on: on and self._follow_selection(None))
        for combo in (self.channel,):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.person.setMinimumWidth(80)
        row.addWidget(self.channel, 1)
        row.addWidget(self.person, 1)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.period = QComboBox(self)
        for label, days in PERIODS:
            self.period.addItem(tr(label), days)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start = self._date_edit(tr("From"))
        self.end = self._date_edit(tr("To"))
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period.setMinimumContentsLength(6)
        row.addWidget(self.period, 1)
        row.addWidget(self.follow)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.start, 1)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.end, 1)
        layout.addLayout(row)
        layout.addWidget(self.count)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, self.table.fontMetrics().horizontalAdvance("Wed 30 Sep 2026  00:00") + 12)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()  # two lines a row, all alike: no measuring 100,000 rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.log_button = QPushButton(tr("Log a contact…"), self)
        self.log_button.setToolTip(tr("Log a contact (Ctrl+L), with the person shown here"))
        self.log_button.clicked.connect(lambda: self.log_requested.emit([self.proxy.person] if self.proxy.person
                                                                        else []))
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.setToolTip(tr("Open the contact to read or edit it (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.setToolTip(tr("Delete the contact and the energy sensed in it (Del); %1 brings it "
                                         "back").replace("%1", undo_key()))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.log_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        area.setWidget(body)
        self.setStyleSheet("QLabel#hint { color: palette(placeholder-text); }")
        self._update_buttons()

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setToolTip(tip)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("any"))
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("d-M-yyyy")
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._dates_changed)
        return edit

    # ------------------------------------------------------------------ reading

    def reload(self) -> None:
        """Read the log again: of the person shown when there is one (a quick, indexed
        read), else of everyone (every interaction: 1.8 s at 100,000)."""
        self.people.reload()
        self.loaded = False  # following the selection only sets the filter here
        self._follow_selection(None)
        self.loaded = True
        self.scope = self.proxy.person
        self.model.set_rows(self.workspace.interactions(stakeholder_id=self.scope) if self.scope
                            else self.workspace.interactions())
        self._count()

    def _show_person(self, sid: str | None) -> None:
        """Filter on *sid*; read more first when the rows held are someone else's only."""
        self.proxy.set(person=sid)
        if self.loaded and self.scope is not None and sid != self.scope:
            self.scope = sid
            self.model.set_rows(self.workspace.interactions(stakeholder_id=sid) if sid
                                else self.workspace.interactions())
        self._count()

    def _on_changed(self, change: Change) -> None:
        if self.workspace.closed:
            return
        if People.affected(change):
            self.people.reload()
            self.model.names_changed()
        if not self.loaded:
            return
        if change.reset:
            self.reload()
            return
        if not change.touches("interactions"):
            return
        removed = set(change.removed.get("interactions", ()))
        changed = [i for i in change.added.get("interactions", frozenset()) | change.updated.get(
            "interactions", frozenset()) if i not in removed]
        found = self.workspace.interactions(changed) if changed else []
        if self.scope is not None:  # only this person's contacts are held
            found = [i for i in found if self.scope in i.with_]
        gone = removed | (set(changed) - {i.id for i in found})
        self.model.upsert(found)
        self.model.remove(gone)
        self._count()
        self._update_buttons()

    # ------------------------------------------------------------------ filters
    def _channel_chosen(self, _index: int) -> None:
        self.proxy.set(channel=_channel(self.channel.currentData()))
        self._count()

    def _person_picked(self, sid: str) -> None:
        self._show_person(sid)

    def _person_typed(self, text: str) -> None:
        if not text.strip():
            self._show_person(None)
        elif self.person.resolve() is not None:
            self._show_person(self.person.resolve())

    def set_person(self, sid: str | None) -> None:
        """Show the contacts of one stakeholder (None: everyone)."""
        self.person.blockSignals(True)
        self.person.set_current(sid)
        self.person.blockSignals(False)
        self._show_person(sid)

    def _follow_selection(self, _initiator: object) -> None:
        if not self.follow.isChecked():
            return
        chosen = [s for s in self.selection.stakeholders if s != self.people.facilitator]
        if len(chosen) == 1:
            self.set_person(chosen[0])
        elif not self.selection.stakeholders:
            self.set_person(None)

    def _period_chosen(self, _index: int) -> None:
        days = self.period.currentData()
        today = workspace_today(self.workspace)
        start = None if days is None else today - timedelta(days=days)
        for edit, value in ((self.start, start), (self.end, None)):
            edit.blockSignals(True)
            edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
        self._dates_changed()

    def _dates_changed(self, *_args: object) -> None:
        start = None if self.start.date() == NO_DATE else self.start.date().toPython()
        end = None if self.end.date() == NO_DATE else self.end.date().toPython()
        self.proxy.set(start=start, end=end)
        self._count()

    def set_range(self, start: date | None, end: date | None) -> None:
        """Show the contacts between these dates (inclusive; None: open)."""
        for edit, value in ((self.start, start), (self.end, end)):
            edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def set_channel(self, channel: Channel | None) -> None:
        """Show one channel (None: all)."""
        self.channel.setCurrentIndex(self.channel.findData(channel))

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(tr("%1 of %2 contacts").replace("%1", str(shown)).replace("%2", str(total))
                           if shown != total else tr("%n contacts").replace("%n", str(total)))

    def shown_ids(self) -> list[str]:
        """The ids of the contacts listed, top to bottom."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    # ------------------------------------------------------------------ open and delete
    def selected_ids(self) -> list[str]:
        """The contacts selected in the list."""
        return [i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(ID_ROLE))

    def open_current(self) -> None:
        """Open the contact under the cursor (Enter)."""
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def delete_selected(self) -> None:
        """Delete the selected contacts and their readings (one undo entry)."""
        ids = self.selected_ids()
        if not ids:
            return
        what = delete_contacts(self.workspace, ids, initiator=self)
        if what:
            self.told.emit(tr("Deleted %1 — %2 brings it back").replace("%1", what).replace("%2", undo_key()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is self.table:
            if event.key() in ENTER:
                self.open_current()
                return True
            if event.key() == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
