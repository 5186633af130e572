"""Kumu-style spreadsheets: .xlsx written by openpyxl (as Excel users make them), CSV
files as Dutch Excel writes them, our own export read back, re-imports that keep what
the file does not carry, and every bad file refused with its sheet, row and column."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from tests.interchange.conftest import content, read_workbook, write_workbook
from workbench.interchange import InterchangeError, kumu
from workbench.interchange.formats import read_any, write_any
from workbench.model import Dataset, Relation, Stakeholder, StakeholderKind, Status
from workbench.workspace import Workspace

ELEMENTS = [
    ["Label", "Type", "Description", "Tags", "Email", "URL", "Birthday", "Budget"],
    ["Anna Bakker", "Person", "Met at the Creathon", "volunteer | director", "anna@example.org",
     "https://anna.example", None, 1200],
    ["Gemeente Zeewolde", "government", None, None, None, None, None, None],
    ["Stichting Waarde", "Foundation", None, "funder", None, None, None, 50000.5],
    ["Kees", "Volunteer", None, None, None, None, "1970-01-02", None],
]
CONNECTIONS = [
    ["From", "To", "Type", "Label", "Strength", "Direction", "Since"],
    ["Anna Bakker", "Gemeente Zeewolde|Stichting Waarde", "works with", "project", 3, "mutual", 2019],
    ["Kees", "Anna Bakker", "knows", None, None, None, None],
]


def people(d: Dataset) -> dict[str, Stakeholder]:
    return {s.name: s for s in d.stakeholders}


def between(d: Dataset, a: str, b: str) -> Relation:
    ids = {s.name: s.id for s in d.stakeholders}
    pair = {ids[a], ids[b]}
    (found,) = [r for r in d.relations if {r.a, r.b} == pair]
    return found


# --------------------------------------------------------------------------- reading

def test_a_kumu_workbook_maps_pre_named_columns_and_keeps_the_rest(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "map.xlsx", {"Elements": ELEMENTS, "Connections": CONNECTIONS})
    d = read_any(path)
    found = people(d)
    anna = found["Anna Bakker"]
    assert anna.kind == StakeholderKind.PERSON
    assert anna.notes == "Met at the Creathon"
    assert anna.tags == ("volunteer", "director")
    assert anna.email == "anna@example.org"
    assert anna.fields == {"URL": "https://anna.example", "Budget": 1200}
    assert found["Gemeente Zeewolde"].kind == StakeholderKind.GOVERNMENT
    assert found["Stichting Waarde"].fields == {"Budget": 50000.5}
    kees = found["Kees"]  # a Type that names no kind is kept as a tag
    assert kees.kind == StakeholderKind.PERSON and kees.tags == ("Volunteer",)
    assert kees.fields == {"Birthday": "1970-01-02"}
    assert len(d.relations) == 3  # To "A|B" is one relation each
    project = between(d, "Anna Bakker", "Stichting Waarde")
    assert project.kind == "works with"
    assert project.fields == {"Label": "project", "Strength": 3, "Direction": "mutual", "Since": 2019}
    assert between(d, "Kees", "Anna Bakker").kind == "knows"
    assert d.skipped == ()


def test_id_columns_match_connections_by_id(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "ids.xlsx", {
        "People": [["ID", "Label"], ["p1", "Anna"], ["p2", "Anna"], [3, "Bob"]],
        "Links": [["ID", "From", "To", "Label"], ["c1", "p1", "3", "coach"], ["c2", "p2", "Bob", "peer"]]})
    d = read_any(path)
    assert {s.id for s in d.stakeholders} == {"p1", "p2", "3"}
    assert {(r.id, r.a, r.b, r.kind) for r in d.relations} == {("c1", "3", "p1", "coach"),
                                                                ("c2", "3", "p2", "peer")}


def test_several_connections_between_one_pair_become_one_relation_keeping_everything(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "multi.xlsx", {
        "Elements": [["Label"], ["A"], ["B"]],
        "Connections": [["From", "To", "Type", "Label", "Strength", "Description"],
                        ["A", "B", "knows", "school", 2, "since 2010"],
                        ["B", "A", "works with", "project", 4, "at Acme"],
                        ["A", "B", "knows", "school", 2, None]]})
    (relation,) = read_any(path).relations
    assert relation.kind == "knows"
    assert relation.fields == {"kinds": "knows|works with", "Label": "school|project", "Strength": "2|4"}
    assert relation.note == "since 2010\nat Acme"


def test_ignored_unknown_and_empty_rows_are_skipped_with_reasons(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "skips.xlsx", {
        "Elements": [["Label", "Type"], ["Anna", None], [None, "person"], [], ["Bob", None]],
        "Notes (ignore)": [["Label"], ["Ghost"]],
        "Loops": [["Name", "Elements"], ["x", "y"]],
        "Connections": [["From", "To"], ["Anna", None], ["Bob", "Bob"], ["Anna", "Bob"]]})
    d = read_any(path)
    assert sorted(s.name for s in d.stakeholders) == ["Anna", "Bob"]
    assert len(d.relations) == 1
    assert d.skipped == (
        "sheet 'Notes (ignore)' skipped: its name says (ignore)",
        "sheet 'Loops' starts with 'Name', not Label (elements) or From (connections); skipped",
        "sheet 'Elements' row 3: empty Label; skipped",
        "sheet 'Connections' row 2: empty To; skipped",
        f"sheet 'Connections' row 3: connects {d.stakeholders[1].id!r} with itself; skipped",
    )


@pytest.mark.parametrize(("sheets", "where", "fragment"), [
    ({"Elements": [["ID", "Label"], ["a", "Anna"], ["a", "Bob"]]},
     "sheet 'Elements' row 3 column 'ID'", "ID 'a' is used again (first at sheet 'Elements' row 2)"),
    ({"Elements": [["Label"], ["Anna"], ["anna "]]},
     "sheet 'Elements' row 3 column 'Label'", "label 'anna' is used again"),
    ({"Elements": [["Label", "Type", "type"], ["Anna", "x", "y"]]},
     "sheet 'Elements' row 1 column C", "header 'type' appears twice (also column B)"),
    ({"Elements": [["Label", None, "Role"], ["Anna", "oops", "x"]]},
     "sheet 'Elements' row 2 column B", "a value in a column without a header"),
    ({"Connections": [["From", "Label"], ["a", "b"]]},
     "sheet 'Connections' row 1", "needs a To column"),
    ({"People": [["Name", "Role"], ["Anna", "x"]]}, "",
     "no sheet of elements or connections"),
    ({"Elements": [["Label"], ["Anna"], ["Bob"]],
      "Connections": [["ID", "From", "To"], ["c", "Anna", "Bob"], ["c", "Bob", "Carla"]]},
     "sheet 'Connections' row 3 column 'ID'", "ID 'c' is used again"),
    ({"Elements": [["ID", "Label"], ["1", "Jan"], ["2", "Jan"]], "Connections": [["From", "To"], ["Jan", "1"]]},
     "sheet 'Connections' row 2 column 'From'", "'Jan' is the label of 2 elements"),
    ({"Elements": [["Label", "Type"], ["A", "facilitator"], ["B", "Facilitator"]]},
     "stakeholders", "2 facilitators"),
])
def test_bad_workbooks_name_sheet_row_and_column(tmp_path: Path, sheets, where: str, fragment: str) -> None:
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    with pytest.raises(InterchangeError) as caught:
        read_any(path)
    assert caught.value.where == where
    assert fragment in caught.value.message
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(("data", "fragment"), [
    (b"", "is empty"),
    (b"Label;Type\nAnna;person\n", "is not an .xlsx spreadsheet"),
    (kumu.OLE_MAGIC + b"\0" * 600, "is password-protected (encrypted) or an old .xls"),
    (b"PK\x03\x04" + b"\0" * 30, "is damaged or truncated"),
])
def test_files_that_are_not_workbooks(tmp_path: Path, data: bytes, fragment: str) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    with pytest.raises(InterchangeError, match=None) as caught:
        read_any(path)
    assert fragment in caught.value.message


def test_a_truncated_or_foreign_zip_is_refused(tmp_path: Path) -> None:
    good = write_workbook(tmp_path / "good.xlsx", {"Elements": ELEMENTS})
    data = good.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(InterchangeError, match="damaged or truncated"):
        read_any(cut)
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(InterchangeError, match="not an Excel workbook"):
        read_any(other)


def test_a_sheet_with_garbage_xml_is_a_clean_error(tmp_path: Path) -> None:
    good = write_workbook(tmp_path / "good.xlsx", {"Elements": ELEMENTS})
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(InterchangeError, match="damaged or not an .xlsx"):
        read_any(broken)


def test_huge_files_are_refused_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kumu, "MAX_ROWS", 10)
    path = write_workbook(tmp_path / "big.xlsx", {"Elements": [["Label"]] + [[f"P{i}"] for i in range(20)]})
    with pytest.raises(InterchangeError, match="more than 10 rows"):
        read_any(path)
    # a single row far down the sheet does not make the reader walk a million empty rows
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["Label"])
    workbook.active.cell(row=1_000_000, column=1, value="Far away")
    workbook.save(tmp_path / "far.xlsx")
    with pytest.raises(InterchangeError, match="more than 10 rows"):
        read_any(tmp_path / "far.xlsx")
    # a value far to the right is refused before rows become that wide
    workbook = openpyxl.Workbook()
    workbook.active.append(["Label"])
    workbook.active.cell(row=2, column=16_000, value="x")
    workbook.save(tmp_path / "wide.xlsx")
    with pytest.raises(InterchangeError) as caught:
        read_any(tmp_path / "wide.xlsx")
    assert caught.value.where == "sheet 'Sheet' row 2 column WQJ"
    assert "at most 1,000 columns" in caught.value.message
    (tmp_path / "wide.csv").write_text("Label" + ";" * 1500 + "\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="at most 1,000 columns"):
        read_any(tmp_path / "wide.csv")
    from workbench.interchange import formats

    monkeypatch.setattr(formats, "MAX_BYTES", 100)
    with pytest.raises(InterchangeError, match="up to 0 MB"):
        read_any(path)


# --------------------------------------------------------------------------- writing

def test_export_has_the_kumu_shape_and_reads_back_the_same(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "out.xlsx"
    write_any(dataset, path)
    sheets = read_workbook(path)
    assert list(sheets) == ["Elements", "Connections"]
    elements, connections = sheets["Elements"], sheets["Connections"]
    assert elements[0][:7] == ("ID", "Label", "Type", "Description", "Tags", "Email", "URL")
    assert connections[0][:3] == ("ID", "From", "To")
    anna = next(row for row in elements if row[0] == "anna")
    assert anna[1:5] == ("Anna Bakker", "person", "met at the Creathon", "volunteer|director")
    assert len(connections) == 1 + len(dataset.relations)

    back = read_any(path)
    assert back.references == ()
    names = {g.id: g.name for g in (*dataset.groups, *back.groups)}  # groups travel by name

    def by_name(s: Stakeholder) -> Stakeholder:
        return replace(s, groups=tuple(sorted(names[g] for g in s.groups)))

    assert {s.id: by_name(s) for s in back.stakeholders} == {s.id: by_name(s) for s in dataset.stakeholders}
    assert {"groups", "x", "y"} <= back.carried.stakeholders["anna"]
    assert "pinned" not in back.carried.stakeholders["anna"]  # what a spreadsheet does not carry
    assert not {"x", "y"} & back.carried.stakeholders["piet"]  # unplaced: no position to carry
    assert {r.id: r for r in back.relations} == {
        r.id: replace(r, a=min(r.a, r.b), b=max(r.a, r.b)) for r in dataset.relations}


def test_export_writes_text_that_looks_like_a_formula_as_text_and_keeps_control_characters(
        tmp_path: Path) -> None:
    d = Dataset(stakeholders=(Stakeholder(id="x", name="=HYPERLINK(\"http://evil\")", notes="a\x01b",
                                          fields={"List": ["a", "b"], "Nested": {"k": 1}}),))
    path = tmp_path / "formula.xlsx"
    write_any(d, path)
    row = read_workbook(path)["Elements"][1]
    assert row[1] == "=HYPERLINK(\"http://evil\")"
    assert row[3] == "a_x0001_b"  # Excel's escape of a control character (Excel shows it)
    (back,) = read_any(path).stakeholders
    assert back.name == "=HYPERLINK(\"http://evil\")"
    assert back.notes == "a\x01b"
    assert back.fields == {"List": "a|b", "Nested": '{"k": 1}'}


def test_a_failed_export_leaves_no_file(tmp_path: Path, dataset: Dataset, monkeypatch) -> None:
    def broken(d: Dataset, path: Path) -> None:
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    from workbench.interchange import formats

    monkeypatch.setitem(formats.WRITERS, ".xlsx", broken)  # type: ignore[index]
    target = tmp_path / "out.xlsx"
    with pytest.raises(InterchangeError, match="No space left"):
        write_any(dataset, target)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InterchangeError, match="folder does not exist"):
        write_any(dataset, tmp_path / "nope" / "out.xlsx")


# --------------------------------------------------------------------------- CSV

def test_dutch_excel_csv_with_semicolons_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "mensen.csv"
    path.write_bytes("\ufeffLabel;Type;Beschrijving;Tags\r\nRené Smit;person;\"zegt: ja; nee\";a|b\r\n"
                     "Zoë de Vries;organisation;;\r\n".encode("utf-8"))
    d = read_any(path)
    found = people(d)
    assert set(found) == {"René Smit", "Zoë de Vries"}
    assert found["René Smit"].fields == {"Beschrijving": "zegt: ja; nee"}
    assert found["René Smit"].tags == ("a", "b")
    assert found["Zoë de Vries"].kind == StakeholderKind.ORGANISATION


def test_cp1252_csv_with_e_acute_and_e_diaeresis(tmp_path: Path) -> None:
    path = tmp_path / "oud.csv"
    path.write_bytes("Label;Description\r\nAndré Maës;café, één\r\n".encode("cp1252"))
    (person,) = read_any(path).stakeholders
    assert (person.name, person.notes) == ("André Maës", "café, één")


def test_comma_csv_utf8_without_bom_and_an_excel_sep_line(tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text('ID,Label,Email\n1,"Smit, Jan",jan@example.org\n', encoding="utf-8")
    (jan,) = read_any(plain).stakeholders
    assert (jan.id, jan.name, jan.email) == ("1", "Smit, Jan", "jan@example.org")
    sep = tmp_path / "sep.csv"
    sep.write_text("sep=;\nLabel;Role\nAnna;chair\n", encoding="utf-8")
    (anna,) = read_any(sep).stakeholders
    assert anna.role == "chair"


@pytest.mark.parametrize(("data", "where", "fragment"), [
    (b"Name;Role\nAnna;x\n", "row 1", "starts with 'Name', not Label"),
    (b"\xff\xfe\x00\x00garbage\x00", "", "is not a text file"),
    (b"Label;Label\nA;B\n", "row 1 column B", "appears twice"),
    (b"Label\n" + b"\x81\x8d\x8f" * 3, "", "is not a text file"),
    (b"   \n", "", "is empty"),
])
def test_bad_csv_files(tmp_path: Path, data: bytes, where: str, fragment: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(InterchangeError) as caught:
        read_any(path)
    assert caught.value.where == where
    assert fragment in caught.value.message


def test_a_connections_csv_links_stakeholders_of_the_workspace(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("From;To;Type\ngem;Piet Jansen;funds\nanna bakker;Gemeente Zeewolde;talks to\n",
                    encoding="utf-8")
    summary = ws.import_file(path)
    assert summary.added["relations"] == 2
    assert ws.relation_between("gem", "piet").kind == "funds"
    assert ws.relation_between("anna", "gem").kind == "talks to"
    assert ws.undo_stack.undoText() == "Import links.csv"


def test_a_connection_to_an_unknown_stakeholder_names_row_and_column(ws: Workspace, tmp_path: Path) -> None:
    before = content(ws)
    path = tmp_path / "links.csv"
    path.write_text("From;To\ngem;piet\nanna;Xavier\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        ws.import_file(path)
    assert caught.value.where == "row 3 column 'To'"
    assert "no element or stakeholder 'Xavier'" in caught.value.message
    assert content(ws) == before
    assert ws.undo_stack.count() == 0


# --------------------------------------------------------------------------- re-import

def test_reimport_updates_what_the_file_carries_and_keeps_the_rest(ws: Workspace, tmp_path: Path) -> None:
    readings_before = ws.readings()
    path = write_workbook(tmp_path / "kumu.xlsx", {
        "Elements": [["ID", "Label", "Description", "URL", "Type"],
                     ["anna", "Anna Bakker-de Vries", "moved to Utrecht", None, "Person"],
                     ["me", "Floor de Wit", None, None, "Person"],
                     ["new", "Nieuwe Partner", None, "https://new.example", "Company"]],
        "Connections": [["From", "To", "Type", "Strength"],
                        ["anna", "piet", "co-founders", 5], ["anna", "new", "supplier", None]]})
    summary = ws.import_file(path)
    assert summary.added == {**summary.added, "stakeholders": 1, "relations": 1}
    assert summary.updated["stakeholders"] == 1 and summary.updated["relations"] == 1
    assert summary.unchanged["stakeholders"] == 1
    anna = ws.stakeholder("anna")
    assert anna.name == "Anna Bakker-de Vries" and anna.notes == "moved to Utrecht"
    # kept: what a Kumu sheet does not carry
    assert (anna.interests, anna.needs, anna.organisation, anna.phone) == ("impact", "time",
                                                                           "Stichting Waarde", "+31 6 0000")
    assert anna.groups == ("inner",) and (anna.x, anna.y) == (120.5, -40.0)
    assert anna.tags == ("volunteer", "director")
    assert anna.fields == {}  # the file carries URL, empty for Anna: removed
    assert ws.stakeholder("me").kind == StakeholderKind.FACILITATOR  # stays the facilitator
    assert ws.stakeholder("me").status == Status.CORE
    relation = ws.relation_between("anna", "piet")
    assert relation.id == "r2" and relation.kind == "co-founders"
    assert relation.note == "old friends" and relation.fields == {"Strength": 5}
    assert ws.readings() == readings_before
    ws.undo_stack.undo()
    assert ws.stakeholder("anna").name == "Anna Bakker" and ws.stakeholder("new") is None


def test_reimport_without_ids_matches_by_name(ws: Workspace, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "names.xlsx", {
        "Elements": [["Label", "Email"], ["Anna  bakker", "new@example.org"], ["Karel", None]],
        "Connections": [["From", "To"], ["Anna  bakker", "Karel"], ["Karel", "Piet Jansen"]]})
    count = len(ws.stakeholders())
    summary = ws.import_file(path)
    assert summary.added["stakeholders"] == 1 and summary.updated["stakeholders"] == 1
    assert len(ws.stakeholders()) == count + 1
    assert ws.stakeholder("anna").email == "new@example.org"
    assert ws.stakeholder("anna").name == "Anna  bakker"
    karel = next(s for s in ws.stakeholders() if s.name == "Karel")
    assert ws.relation_between("anna", karel.id) and ws.relation_between("piet", karel.id)
    again = ws.import_file(path)  # the same file again: nothing new
    assert not again.changed and again.unchanged["stakeholders"] == 2


def test_a_name_shared_in_the_workspace_is_ambiguous(ws: Workspace, tmp_path: Path) -> None:
    ws.add_stakeholder(Stakeholder(id="anna2", name="Anna Bakker"))
    path = tmp_path / "people.csv"
    path.write_text("Label,Role\nAnna Bakker,chair\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        ws.import_file(path)
    assert caught.value.where == "row 2 column 'Label'"
    assert "is the name of 2 stakeholders" in caught.value.message


def test_our_export_imported_into_a_new_workspace_gives_the_same_network(
        ws: Workspace, empty_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "all.xlsx"
    ws.export_file(path)
    empty_ws.import_file(path)
    original, copy = content(ws), content(empty_ws)
    names = {g.id: g.name for g in (*original.groups, *copy.groups)}
    unplaced = {s.id for s in original.stakeholders if s.x is None}

    def same(s: Stakeholder) -> Stakeholder:  # groups by name; the unplaced get placed
        return replace(s, groups=tuple(sorted(names[g] for g in s.groups)),
                       **({"x": None, "y": None} if s.id in unplaced else {}))

    assert {s.id: same(s) for s in original.stakeholders} == {s.id: same(s) for s in copy.stakeholders}
    assert all(s.x is not None for s in copy.stakeholders)
    assert original.relations == copy.relations
    second = tmp_path / "again.xlsx"
    empty_ws.export_file(second)
    first, again = read_workbook(path), read_workbook(second)
    assert again["Connections"] == first["Connections"]
    header = again["Elements"][0]
    xy = [header.index("X"), header.index("Y")]

    def without_new_places(rows: list) -> list:
        return [tuple(None if i in xy and row[0] in unplaced else v for i, v in enumerate(row))
                for row in rows]

    assert without_new_places(again["Elements"]) == without_new_places(first["Elements"])


# --------------------------------------------------------------------------- the xlsx layer

def _values(path: Path) -> dict[str, list[tuple[int, list]]]:
    from workbench.interchange import xlsx

    with xlsx.Workbook(path) as workbook:
        return {s.title: list(workbook.rows(s)) for s in workbook.sheets if s.member}


def test_values_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    """A differential check: every kind of cell openpyxl writes, read by both."""
    from datetime import date, datetime, time

    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Mixed"
    sheet.append(["Label", "When", "Day", "Time", "Flag", "Count", "Ratio", "Negative", "Rich", "Formula"])
    sheet.append(["A", datetime(2019, 12, 8, 14, 30), date(1900, 1, 15), time(9, 45), True, 25, 0.125,
                  -3, CellRichText([TextBlock(InlineFont(b=True), "bold"), " plain"]), "=1+1"])
    sheet.cell(row=5, column=3, value="after a gap")
    sheet.cell(row=6, column=2, value="line\r\nbreak")
    workbook.save(tmp_path / "mixed.xlsx")
    ours = _values(tmp_path / "mixed.xlsx")["Mixed"]
    theirs = openpyxl.load_workbook(tmp_path / "mixed.xlsx", read_only=True, data_only=True)
    try:
        expected = [(n, list(row)) for n, row in enumerate(theirs["Mixed"].values, start=1) if any(
            v is not None for v in row)]
    finally:
        theirs.close()
    trimmed = [(n, row[:max(i for i, v in enumerate(row) if v is not None) + 1]) for n, row in expected]
    assert ours == trimmed
    assert ours[1][1][1:4] == [datetime(2019, 12, 8, 14, 30), datetime(1900, 1, 15), time(9, 45)]
    assert ours[1][1][8] == "bold plain"


def test_hand_made_workbooks_strict_inline_1904_prefixed_and_charts(tmp_path: Path) -> None:
    from datetime import datetime

    strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    rels = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    path = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/officeDocument/'
                   'relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{strict}" xmlns:r="{rels}"><workbookPr date1904="1"/>'
                   '<sheets><sheet name="People" sheetId="1" r:id="rId1"/><sheet name="Chart" sheetId="2" '
                   'r:id="rId2"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rels}/worksheet" Target="worksheets/s1.xml"/>'
                   f'<Relationship Id="rId2" Type="{rels}/chartsheet" Target="chartsheets/c1.xml"/>'
                   f'<Relationship Id="rId3" Type="{rels}/sharedStrings" Target="strings.xml"/>'
                   f'<Relationship Id="rId4" Type="{rels}/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/strings.xml", f'<sst xmlns="{strict}"><si><t>Label</t></si><si><r><t>Ann</t></r>'
                   '<r><t>a</t></r><rPh><t>PHONETIC</t></rPh></si><si><t>a_x000D_b</t></si></sst>')
        z.writestr("xl/styles.xml", f'<styleSheet xmlns="{strict}"><numFmts><numFmt numFmtId="164" '
                   'formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot;d&quot;"/></numFmts>'
                   '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>')
        z.writestr("xl/worksheets/s1.xml", f'<x:worksheet xmlns:x="{strict}"><x:sheetData>'
                   '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Since</x:t></x:is></x:c>'
                   '<x:c t="inlineStr"><x:is><x:t>Days</x:t></x:is></x:c></x:row>'
                   '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="1"><x:v>1</x:v></x:c>'
                   '<x:c r="C3" s="2"><x:v>1.5</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c>'
                   '<x:c r="F3" t="str"><x:f>A3</x:f><x:v>Anna</x:v></x:c><x:c r="G3" t="s"><x:v>2</x:v></x:c>'
                   '<x:c r="H3" t="b"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    values = _values(path)
    assert values == {"People": [(1, ["Label", "Since", "Days"]),
                                 (3, ["Anna", datetime(1904, 1, 2), 1.5, None, "#N/A", "Anna", "a\rb", False])]}
    with pytest.raises(InterchangeError) as caught:  # columns E…H have no header
        read_any(path)
    assert caught.value.where == "sheet 'People' row 3 column E"


def test_the_benchmark_workbook_imports(empty_ws: Workspace, tmp_path: Path) -> None:
    """bench/bench_interchange.py's generated workbook, small: every element, one relation
    per pair, the merged duplicates keeping their kinds."""
    from bench.bench_interchange import write_kumu_workbook

    path = write_kumu_workbook(tmp_path / "bench.xlsx", elements=60, connections=400)
    summary = empty_ws.import_file(path)
    assert summary.added["stakeholders"] == 60
    relations = empty_ws.relations()
    assert summary.added["relations"] == len(relations) < 400
    assert any("kinds" in r.fields for r in relations)
