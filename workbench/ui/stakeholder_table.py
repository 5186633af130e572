"""A filterable table of every stakeholder; follows and sets the shared selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from workbench.model import Stakeholder
from workbench.workspace.labels import kind_label, status_label
from workbench.workspace import Change, Selection, Workspace

Index = QModelIndex | QPersistentModelIndex


class StakeholderModel(QAbstractTableModel):
    """Stakeholders as rows: name, kind, organisation, role, status, groups."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._rows: list[Stakeholder] = []
        self._groups: dict[str, str] = {}
        self.reload()
        workspace.changed.connect(self._on_changed)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Organisation"), self.tr("Role"),
                self.tr("Status"), self.tr("Groups")]

    def reload(self) -> None:
        """Re-read every stakeholder."""
        self.beginResetModel()
        self._rows = self._workspace.stakeholders()
        self._groups = {g.id: g.name for g in self._workspace.groups()}
        self.endResetModel()

    def _on_changed(self, change: Change) -> None:
        if change.reset or change.added.get("stakeholders") or change.removed.get("stakeholders"):
            self.reload()
            return
        if change.touches("groups"):
            self._groups = {g.id: g.name for g in self._workspace.groups()}
        updated = change.updated.get("stakeholders", frozenset())
        if updated:
            rows = {s.id: i for i, s in enumerate(self._rows)}
            for s in self._workspace.stakeholders(list(updated)):
                i = rows.get(s.id)
                if i is not None and s != self._rows[i]:
                    self._rows[i] = s
                    self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        elif change.touches("groups") and self._rows:
            self.dataChanged.emit(self.index(0, 5), self.index(len(self._rows) - 1, 5))

    def stakeholder_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, stakeholder_id: str) -> int:
        for i, s in enumerate(self._rows):
            if s.id == stakeholder_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self._rows[index.row()]
        column = index.column()
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


class StakeholderTable(QWidget):
    """A search box above a sortable table of stakeholders."""

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self.model = StakeholderModel(workspace)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter stakeholders by name, organisation, role…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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
        ids = [self.model.stakeholder_id(self.proxy.mapToSource(i).row()) for i in rows]
        self._selection.select(ids, (), initiator=self)

    def _on_selection(self, initiator: object | None) -> None:
        if initiator is self:
            return
        wanted = QItemSelection()
        for sid in self._selection.stakeholders:
            row = self.model.row_of(sid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    wanted.select(index, index)
        model = self.view.selectionModel()
        model.blockSignals(True)
        model.select(wanted, QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
        model.blockSignals(False)
        self.view.viewport().update()
        if not wanted.isEmpty():
            self.view.scrollTo(wanted.indexes()[0])
