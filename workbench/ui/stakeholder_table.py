"""A filterable, sortable table of every stakeholder; follows and sets the shared selection.

The model sorts and filters in Python over plain values (a proxy model would call back
into Python for every comparison: seconds at 5,000 stakeholders).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from workbench.model import Stakeholder
from workbench.workspace import PLACE, Change, Selection, ViewFilter, Workspace
from workbench.workspace.labels import kind_label, status_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6
#: The names keep at least this much room; other columns show only beside it.
NAME_MIN_WIDTH = 140


class StakeholderModel(QAbstractTableModel):
    """Stakeholders as rows (name, kind, organisation, role, status, groups), filtered and sorted."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._all: list[Stakeholder] = []
        self._rows: list[Stakeholder] = []
        self._groups: dict[str, str] = {}
        self._filter = ""
        self._view_filter = ViewFilter()
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.reload()
        workspace.changed.connect(self._on_changed)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Organisation"), self.tr("Role"),
                self.tr("Status"), self.tr("Groups")]

    def _text(self, s: Stakeholder, column: int) -> str:
        if column == 0:
            return s.name
        if column == 1:
            return kind_label(s.kind)
        if column == 2:
            return s.organisation
        if column == 3:
            return s.role
        if column == 4:
            return status_label(s.status)
        return ", ".join(self._groups.get(g, g) for g in s.groups)

    def _shown(self, s: Stakeholder) -> tuple[str, ...]:
        return tuple(self._text(s, c) for c in range(COLUMNS))

    def reload(self) -> None:
        """Re-read every stakeholder."""
        self._all = self._workspace.stakeholders()
        self._groups = {g.id: g.name for g in self._workspace.groups()}
        self._arrange()

    def _keeps(self, s: Stakeholder) -> bool:
        """Whether the filters show *s*."""
        needle = self._filter.casefold()
        return ((not needle or any(needle in self._text(s, c).casefold() for c in range(COLUMNS)))
                and self._view_filter.matches(s))

    def _key(self, s: Stakeholder) -> str:
        return self._text(s, self._sort[0]).casefold()

    def _arrange(self) -> None:
        """Apply the filter and the sort order to all rows."""
        self.beginResetModel()
        rows = [s for s in self._all if self._keeps(s)]
        self._rows = sorted(rows, key=self._key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def _in_place(self, fresh: dict[str, Stakeholder]) -> bool:
        """Show these edited stakeholders in their rows when that is where the filters and the
        sort order keep them (one row's cells repainted, not the whole table reset); False if
        some row would come, go or move."""
        rows = {s.id: i for i, s in enumerate(self._rows) if s.id in fresh}
        for sid, s in fresh.items():
            i = rows.get(sid)
            if self._keeps(s) != (i is not None):
                return False
            if i is None:
                continue
            key, after = self._key(s), self._rows[i + 1:i + 2]
            before = self._rows[i - 1:i] if i else []
            descending = self._sort[1] == Qt.SortOrder.DescendingOrder
            lo, hi = (after, before) if descending else (before, after)
            if (lo and self._key(lo[0]) > key) or (hi and self._key(hi[0]) < key):
                return False
        for sid, i in rows.items():
            self._rows[i] = fresh[sid]
            self.dataChanged.emit(self.index(i, 0), self.index(i, COLUMNS - 1))
        return True

    def set_filter(self, text: str) -> None:
        """Show only stakeholders with *text* in any column."""
        self._filter = text
        self._arrange()

    def set_view_filter(self, view_filter: ViewFilter) -> None:
        """Show only stakeholders the map's filter keeps (group, kind, status, tag)."""
        self._view_filter = view_filter
        self._arrange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._arrange()

    def _on_changed(self, change: Change) -> None:
        if not change.touches("stakeholders", "groups"):
            return
        if change.reset or change.added.get("stakeholders") or change.removed.get("stakeholders"):
            self.reload()
            return
        if change.touches("groups"):
            self._groups = {g.id: g.name for g in self._workspace.groups()}
        updated = change.updated_ids("stakeholders", ignoring=PLACE)  # a move changes nothing here
        if updated:
            fresh = {s.id: s for s in self._workspace.stakeholders(list(updated))}
            shown = any(self._shown(fresh[s.id]) != self._shown(s) for s in self._all if s.id in fresh)
            self._all = [fresh.get(s.id, s) for s in self._all]
            if not (shown or self._view_filter.active()):  # nothing seen changed
                self._rows = [fresh.get(s.id, s) for s in self._rows]
            elif not self._in_place(fresh):
                self._arrange()
        elif change.touches("groups") and self._rows:
            self.dataChanged.emit(self.index(0, 5), self.index(len(self._rows) - 1, 5))

    def stakeholder_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, stakeholder_id: str) -> int:
        for i, s in enumerate(self._rows):
            if s.id == stakeholder_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(self._rows[index.row()], index.column())


class StakeholderTable(QWidget):
    """A search box above a sortable table of stakeholders."""

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self.model = StakeholderModel(workspace)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter stakeholders by name, organisation, role…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_filter)
        selection.filter_changed.connect(self._on_filter)  # a method: no lambda holding the table
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        selection.selection_changed.connect(self._on_selection)
        self.model.modelReset.connect(lambda: self._on_selection(None))
        self.model.modelReset.connect(self._fit_columns)

    def _column_width(self, column: int) -> int:
        """Room for a column's widest text (header included), measured in the current font."""
        metrics = self.view.fontMetrics()
        texts = [self.model.headerData(column, Qt.Orientation.Horizontal) or ""]
        texts += [self.model.data(self.model.index(r, column)) or "" for r in range(min(self.model.rowCount(), 400))]
        return min(260, max(metrics.horizontalAdvance(str(t)) for t in texts) + 28)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Show as many columns as fit whole beside the names; no horizontal scrolling."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # from our own width: the view inside is laid out only after this widget
        margins = self.layout().contentsMargins()
        room = (self.width() - margins.left() - margins.right() - 2 * self.view.frameWidth()
                - self.view.verticalScrollBar().sizeHint().width() - NAME_MIN_WIDTH)
        for column in range(1, COLUMNS):
            width = self._column_width(column)
            fits = room >= width
            self.view.setColumnHidden(column, not fits)
            if fits:
                self.view.setColumnWidth(column, width)
                room -= width
            else:
                room = -1  # keep the columns in order: none after the first that does not fit

    def _on_view_selection(self, *_: Any) -> None:
        rows = self.view.selectionModel().selectedRows()
        ids = [self.model.stakeholder_id(i.row()) for i in rows]
        self._selection.select(ids, (), initiator=self)

    def _on_filter(self) -> None:
        self.model.set_view_filter(self._selection.filter)

    def _on_selection(self, initiator: object | None) -> None:
        if initiator is self:
            return
        wanted = QItemSelection()
        for sid in self._selection.stakeholders:
            row = self.model.row_of(sid)
            if row >= 0:
                index = self.model.index(row, 0)
                wanted.select(index, index)
        model = self.view.selectionModel()
        model.blockSignals(True)
        model.select(wanted, QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
        model.blockSignals(False)
        self.view.viewport().update()
        if not wanted.isEmpty():
            self.view.scrollTo(wanted.indexes()[0])
