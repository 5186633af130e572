"""A Kumu spreadsheet carries the map: positions (``X``, ``Y``) and groups (``Groups``)
go out with an export and come back with an import, through .xlsx and through CSV files
as Excel saves the sheets; a sheet without those columns leaves them alone."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from tests.interchange.conftest import read_workbook, write_workbook
from workbench.bootstrap import demo_dataset
from workbench.interchange.errors import InterchangeError
from workbench.interchange.formats import read_any, write_any
from workbench.model import Dataset, Group, Stakeholder
from workbench.workspace import Workspace


def _map(ws: Workspace) -> dict[str, tuple[float | None, float | None, frozenset[str]]]:
    """Every stakeholder's position and the names of their groups, by id."""
    names = {g.id: g.name for g in ws.groups()}
    return {s.id: (s.x, s.y, frozenset(names[g] for g in s.groups)) for s in ws.stakeholders()}


@pytest.fixture
def demo_ws(make_store, qapp) -> Workspace:
    """The demo: 65 stakeholders, every one placed, in 7 groups."""
    return Workspace(make_store("demo.voelspriet", data=demo_dataset()))


def _csv(rows: list[tuple[Any, ...]], dutch: bool) -> bytes:
    """A sheet saved as CSV by Excel: English (``,``, ``.``) or Dutch (``;``, decimal
    comma, a BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if dutch else ",", lineterminator="\r\n")
    for row in rows:
        cells = []
        for value in row:
            if value is None:
                value = ""
            elif isinstance(value, float) and dutch:
                value = repr(value).replace(".", ",")
            cells.append(value)
        writer.writerow(cells)
    return (b"\xef\xbb\xbf" if dutch else b"") + out.getvalue().encode("utf-8")


def test_an_export_carries_positions_and_group_names(demo_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "demo.xlsx"
    demo_ws.export_file(path)
    elements = read_workbook(path)["Elements"]
    header = elements[0]
    assert {"Groups", "X", "Y"} <= set(header)
    at = {h: header.index(h) for h in ("ID", "Groups", "X", "Y")}
    row = next(r for r in elements if r[at["ID"]] == "s-gem-amf")
    assert (row[at["X"]], row[at["Y"]]) == (-533, 182)
    assert row[at["Groups"]] == "Amersfoort"
    several = next(s for s in demo_ws.stakeholders() if len(s.groups) > 1)
    names = {g.id: g.name for g in demo_ws.groups()}
    row = next(r for r in elements if r[at["ID"]] == several.id)
    assert row[at["Groups"]] == "|".join(sorted((names[g] for g in several.groups), key=str.casefold))


@pytest.mark.parametrize("via", ["xlsx", "csv", "dutch csv"])
def test_positions_and_groups_survive_a_round_trip_into_an_empty_workspace(
        demo_ws: Workspace, empty_ws: Workspace, tmp_path: Path, via: str) -> None:
    path = tmp_path / "demo.xlsx"
    demo_ws.export_file(path)
    if via == "xlsx":
        empty_ws.import_file(path)
    else:
        for title, rows in read_workbook(path).items():  # each sheet saved as CSV
            sheet = tmp_path / f"{title}.csv"
            sheet.write_bytes(_csv(rows, dutch=via == "dutch csv"))
            empty_ws.import_file(sheet)
    assert _map(empty_ws) == _map(demo_ws)
    assert {g.name for g in empty_ws.groups()} == {g.name for g in demo_ws.groups()}
    again = tmp_path / "again.xlsx"
    empty_ws.export_file(again)
    assert read_workbook(again)["Elements"] == read_workbook(path)["Elements"]


def test_a_file_without_map_columns_leaves_positions_and_groups_alone(
        demo_ws: Workspace, tmp_path: Path) -> None:
    before = _map(demo_ws)
    path = write_workbook(tmp_path / "kumu.xlsx", {
        "Elements": [["ID", "Label", "Description"],
                     ["s-gem-amf", "Gemeente Amersfoort", "updated"]]})
    summary = demo_ws.import_file(path)
    assert summary.updated["stakeholders"] == 1
    assert demo_ws.stakeholder("s-gem-amf").notes == "updated"
    assert _map(demo_ws) == before


def test_a_row_with_empty_coordinates_keeps_its_position_and_groups_are_matched(
        demo_ws: Workspace, tmp_path: Path) -> None:
    colours = {g.id: g.color for g in demo_ws.groups()}
    path = write_workbook(tmp_path / "kumu.xlsx", {
        "Elements": [["ID", "Label", "Groups", "X", "Y"],
                     ["s-gem-amf", "Gemeente Amersfoort", "amsterdam | g-inner|Nieuw team", None, None],
                     ["s-koers", "Stichting Gedeelde Koers", None, 10, -20.5]]})
    demo_ws.import_file(path)
    amf, koers = demo_ws.stakeholder("s-gem-amf"), demo_ws.stakeholder("s-koers")
    assert (amf.x, amf.y) == (-533.0, 182.0)  # empty coordinates: kept
    assert (koers.x, koers.y) == (10.0, -20.5)
    new = [g for g in demo_ws.groups() if g.id not in colours]
    assert [g.name for g in new] == ["Nieuw team"]
    assert amf.groups == ("g-amsterdam", "g-inner", new[0].id)  # by name (case aside), by id, new
    assert koers.groups == ()  # an empty Groups cell: in no group, as an empty Tags cell
    assert {g.id: g.color for g in demo_ws.groups() if g.id in colours} == colours
    demo_ws.set_group_fields(new[0].id, name="Team Noord")
    demo_ws.import_file(path)  # again: the group made the first time is found (renamed since)
    assert [g.name for g in demo_ws.groups() if g.id not in colours] == ["Team Noord"]
    assert demo_ws.stakeholder("s-gem-amf").groups == amf.groups
    for _ in range(3):
        demo_ws.undo_stack.undo()
    assert demo_ws.stakeholder("s-gem-amf").groups == ("g-amersfoort",)
    assert {g.id for g in demo_ws.groups()} == set(colours)


def test_a_group_name_shared_in_the_workspace_must_be_given_by_id(
        demo_ws: Workspace, tmp_path: Path) -> None:
    demo_ws.add_group(Group(id="g-twin", name="Amsterdam"))
    path = tmp_path / "people.csv"
    path.write_text("ID,Label,Groups\ns-koers,Stichting Gedeelde Koers,Amsterdam\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        demo_ws.import_file(path)
    assert "is the name of 2 groups" in caught.value.message
    assert "Stichting Gedeelde Koers" in caught.value.where
    path.write_text("ID,Label,Groups\ns-koers,Stichting Gedeelde Koers,g-twin\n", encoding="utf-8")
    demo_ws.import_file(path)
    assert demo_ws.stakeholder("s-koers").groups == ("g-twin",)


def test_groups_whose_names_do_not_say_which_are_written_by_id(tmp_path: Path) -> None:
    d = Dataset(
        groups=(Group("a", "Team"), Group("b", "team"), Group("c", "x|y"), Group("d", "a"), Group("e", "Solo")),
        stakeholders=(Stakeholder("p", "P", groups=("a", "b", "c", "d", "e")),))
    path = tmp_path / "g.xlsx"
    write_any(d, path)
    elements = read_workbook(path)["Elements"]
    assert elements[1][elements[0].index("Groups")] == "a|b|c|d|Solo"  # sorted, case aside


def test_half_a_position_is_refused_naming_row_and_column(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "half.xlsx", {
        "Elements": [["Label", "X", "Y"], ["Anna", 1.5, 2], ["Bob", 3, None]]})
    with pytest.raises(InterchangeError) as caught:
        read_any(path)
    assert caught.value.where == "sheet 'Elements' row 3 column 'Y'"
    assert "X has a number but Y is empty" in caught.value.message
    bad = write_workbook(tmp_path / "bad.xlsx", {"Elements": [["Label", "X", "Y"], ["Anna", "left", 2]]})
    with pytest.raises(InterchangeError) as caught:
        read_any(bad)
    assert caught.value.where == "sheet 'Elements' row 2 column 'X'"


def test_a_lone_x_column_is_a_custom_field_and_exported_beside_the_position(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "x.xlsx", {"Elements": [["Label", "X"], ["Anna", "@anna"]]})
    d = read_any(path)
    anna = d.stakeholders[0]
    assert anna.fields == {"X": "@anna"} and (anna.x, anna.y) == (None, None)
    assert "x" not in d.carried.stakeholders[anna.id]
    out = tmp_path / "out.xlsx"
    write_any(Dataset(stakeholders=(Stakeholder(anna.id, "Anna", x=1.0, y=2.0, fields={"X": "@anna"}),)), out)
    header, row = read_workbook(out)["Elements"]
    assert dict(zip(header, row)) == {"ID": anna.id, "Label": "Anna", "Type": "person", "Status": "active",
                                      "X": 1, "Y": 2, "X (field)": "@anna"}
