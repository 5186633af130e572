"""A filterable, sortable table of every stakeholder; follows and sets the shared selection.

The model sorts and filters in Python over plain values (a proxy model would call back
into Python for every comparison: seconds at 5,000 stakeholders).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from workbench.model import Stakeholder
from workbench.workspace import PLACE, Change, Selection, Workspace
from workbench.workspace.labels import kind_label, status_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


class StakeholderModel(QAbstractTableModel):
    """Stakeholders as rows (name, kind, organisation, role, status, groups), filtered and sorted."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._all: list[Stakeholder] = []
        self._rows: list[Stakeholder] = []
        self._groups: dict[str, str] = {}
        self._filter = ""
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

    def _arrange(self) -> None:
        """Apply the filter and the sort order to all rows."""
        self.beginResetModel()
        needle = self._filter.casefold()
        rows = self._all if not needle else [
            s for s in self._all if any(needle in self._text(s, c).casefold() for c in range(COLUMNS))]
        column, order = self._sort
        key: Callable[[Stakeholder], str] = lambda s: self._text(s, column).casefold()  # noqa: E731
        self._rows = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only stakeholders with *text* in any column."""
        self._filter = text
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
            if shown:  # only what the table shows needs a re-sort (a move changes nothing here)
                self._arrange()
            else:
                self._rows = [fresh.get(s.id, s) for s in self._rows]
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
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 110, 200, 200, 80)):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        selection.selection_changed.connect(self._on_selection)
        self.model.modelReset.connect(lambda: self._on_selection(None))

    def _on_view_selection(self, *_: Any) -> None:
        rows = self.view.selectionModel().selectedRows()
        ids = [self.model.stakeholder_id(i.row()) for i in rows]
        self._selection.select(ids, (), initiator=self)

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
