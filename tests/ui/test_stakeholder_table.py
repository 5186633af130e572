"""The stakeholder table follows edits: a cell edit repaints that row in place (no reset of
the whole table, the selection and scroll position kept); an edit that moves a row in the
sort order, or in or out of the filter, arranges the rows again."""

from __future__ import annotations

import pytest

from workbench.ui.stakeholder_table import StakeholderTable
from workbench.workspace import Selection, Workspace


@pytest.fixture
def table(qtbot, make_store, dataset) -> StakeholderTable:
    ws = Workspace(make_store(data=dataset))
    widget = StakeholderTable(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def names(table: StakeholderTable) -> list[str]:
    model = table.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def cell(table: StakeholderTable, name: str, column: int) -> str:
    model = table.model
    return model.data(model.index(names(table).index(name), column))


def test_a_cell_edit_repaints_its_row_without_resetting_the_table(table: StakeholderTable, qtbot) -> None:
    ws, model = table.model._workspace, table.model
    before = names(table)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row(), a.column(), b.column())))
    ws.set_fields("anna", role="chair")
    assert cell(table, "Anna Bakker", 3) == "chair"
    assert names(table) == before and not resets
    row = before.index("Anna Bakker")
    assert changed == [(row, row, 0, 5)]
    ws.undo_stack.undo()
    assert cell(table, "Anna Bakker", 3) == "director" and not resets


def test_an_edit_that_moves_a_row_in_the_sort_order_arranges_the_rows_again(table: StakeholderTable) -> None:
    ws = table.model._workspace
    assert names(table) == sorted(names(table), key=str.casefold)
    ws.rename("anna", "Zeger Anna")
    assert names(table) == sorted(names(table), key=str.casefold)
    assert names(table)[-1] == "Zeger Anna"
    ws.undo_stack.undo()
    assert names(table)[0] == "Anna Bakker"


def test_an_edit_that_takes_a_row_out_of_the_filter_hides_it(table: StakeholderTable) -> None:
    ws = table.model._workspace
    table.search.setText("director")
    assert names(table) == ["Anna Bakker"]
    ws.set_fields("gem", role="director of works")
    assert names(table) == ["Anna Bakker", "Gemeente Zeewolde"]  # comes into the filter
    ws.set_fields("anna", role="chair")
    assert names(table) == ["Gemeente Zeewolde"]  # goes out of it
