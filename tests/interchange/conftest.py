"""Helpers for the interchange tests: real files written by openpyxl, a workspace to
import into, and its content compared "ordering aside"."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pytest

from tests.conftest import normalized
from workbench.model import Dataset
from workbench.workspace import Workspace


def write_workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """An .xlsx as Excel users make them (openpyxl, normal mode), one sheet per entry."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def read_workbook(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows as values (how a user's Excel or Kumu sees the file)."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook.worksheets}
    finally:
        workbook.close()


def content(ws: Workspace) -> Dataset:
    """The workspace's content, ordering aside."""
    return normalized(ws.dataset())


@pytest.fixture
def ws(make_store, dataset, qapp) -> Workspace:
    """A workspace holding the small dataset (stakeholders me, anna, gem, piet)."""
    return Workspace(make_store(data=dataset))


@pytest.fixture
def empty_ws(make_store, qapp) -> Workspace:
    """A new workspace: only its placeholder facilitator."""
    return Workspace(make_store("empty.voelspriet"))
