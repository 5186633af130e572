"""Kumu-style spreadsheets: ``.xlsx`` workbooks and ``.csv`` files in, ``.xlsx`` out.

A sheet is recognised by its first header: ``Label`` (or ``ID, Label``) holds elements,
``From`` (or ``ID, From``) with a ``To`` column holds connections; a sheet whose name
contains ``(ignore)`` is skipped, as is one that is neither (the summary says so). What
the columns mean is ``tabular``'s business; this module reads and writes the files.

Beyond Kumu's own fields an export writes the map: ``Groups`` (group names, pipe-separated
like ``Tags``; a group's id where its name would not say which) and ``X``, ``Y`` (the
position). Kumu keeps them as custom fields; reading them back restores memberships and
positions. ``X`` and ``Y`` mean a position only when a table has both (a lone ``X``, say
a handle on X, stays a custom field); a table without them leaves positions alone.

A CSV file is one table, its type told by its header. Excel writes CSV as UTF-8 (with
or without a BOM) or, in Western Europe, as Windows-1252, and Dutch Excel separates with
``;``: all are read. A connections CSV on its own names stakeholders the workspace has.

Rows in messages are numbered as Excel shows them (the header is row 1). Files that are
too large are refused before they can exhaust the machine: more than ``MAX_ROWS`` rows,
or an .xlsx whose parts declare more than ``MAX_UNPACKED`` bytes — and, as the parts are
decompressed, one that unpacks like a zip bomb or past ``xlsx``'s limits. Workbooks are
read and written by ``xlsx`` (values only, fast); anything a damaged one makes it raise
becomes an ``InterchangeError``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import zipfile
from collections import Counter
from contextlib import closing
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterator, Literal, Sequence

from workbench.interchange import xlsx
from workbench.interchange.errors import InterchangeError
from workbench.interchange.tabular import (
    PIPE,
    ConnectionColumns,
    ElementColumns,
    GraphBuilder,
    Place,
    text,
)
from workbench.interchange.references import name_key
from workbench.interchange.validate import quoted
from workbench.model import Dataset, Group, Relation, Stakeholder

MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_UNPACKED = xlsx.MAX_TOTAL  # declared sizes; the parts are metered as they unpack too
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
Kind = Literal["elements", "connections"]
#: Element columns of an export, after ID and Label: (header, value of a stakeholder).
ELEMENT_EXPORT: Sequence[tuple[str, Callable[[Stakeholder], Any]]] = (
    ("Type", lambda s: s.kind.value),
    ("Description", lambda s: s.notes),
    ("Tags", lambda s: PIPE.join(s.tags)),
    ("Email", lambda s: s.email),
    ("URL", lambda s: s.fields.get("URL")),
    ("Phone", lambda s: s.phone),
    ("Organisation", lambda s: s.organisation),
    ("Role", lambda s: s.role),
    # A custom Status from an earlier import (a word that is not one of ours) wins, so
    # that such a file reads back the same.
    ("Status", lambda s: s.fields.get("Status") or s.status.value),
    ("Interests", lambda s: s.interests),
    ("Needs", lambda s: s.needs),
    ("Drivers", lambda s: s.drivers),
    ("Value", lambda s: s.value),
)
#: The map's columns of an export, after ELEMENT_EXPORT (and before custom fields):
#: ``Groups``, written from the workspace's groups (``_group_labels``), then the position.
GROUPS_COLUMN = "Groups"
POSITION_EXPORT: Sequence[tuple[str, Callable[[Stakeholder], Any]]] = (
    ("X", lambda s: s.x),
    ("Y", lambda s: s.y),
)
#: Element columns read as more than custom fields, beyond tabular's pre-named ones:
#: groups always, a position only when both of its columns are there.
GROUPS_READ = {GROUPS_COLUMN.casefold(): "groups"}
POSITION_READ = {h.casefold(): h.casefold() for h, _f in POSITION_EXPORT}
#: Connection columns of an export, after ID, From and To.
CONNECTION_EXPORT: Sequence[tuple[str, Callable[[Relation], Any]]] = (
    ("Type", lambda r: r.kind),
    ("Label", lambda r: r.fields.get("Label")),
    ("Strength", lambda r: r.fields.get("Strength")),
    ("Direction", lambda r: r.fields.get("Direction")),
    ("Description", lambda r: r.note),
)


# ----------------------------------------------------------------------------- tables

def table_kind(headers: Sequence[str]) -> Kind | None:
    """What a table holds, told by its first header (after an optional ID)."""
    lowered = [h.casefold() for h in headers]
    first = lowered[1:2] if lowered[:1] == ["id"] else lowered[:1]
    if first == ["label"]:
        return "elements"
    if first == ["from"]:
        return "connections"
    return None


class _Table:
    """One sheet or CSV file: its checked headers and its rows (row number, values)."""

    def __init__(self, source: str, title: str, headers: list[str], kind: Kind) -> None:
        self.source = source
        self.title = title  # "sheet 'Elements' " or "" for a CSV file
        self.headers = headers
        self.kind = kind
        self.rows: list[tuple[int, Sequence[Any]]] = []
        lowered = [h.casefold() for h in headers]
        self.index = {h: i for i, h in enumerate(lowered) if h}

    def place(self, row: int) -> Place:
        return Place(f"{self.title}row {row}")

    def add(self, number: int, values: Sequence[Any]) -> None:
        """Keep a data row; a value in a column without a header is refused."""
        if len(values) > len(self.headers) or "" in self.headers:
            for i, value in enumerate(values):
                if (i >= len(self.headers) or not self.headers[i]) and text(value):
                    raise InterchangeError(self.source, f"{self.title}row {number} column {xlsx.column_letters(i)}",
                                           "a value in a column without a header (expected a header in row 1)")
        self.rows.append((number, values))

    def column(self, name: str) -> int | None:
        return self.index.get(name)


def _headers(source: str, title: str, raw: Sequence[Any]) -> list[str]:
    """The header row as text, trailing empty cells dropped; duplicates are refused."""
    headers = [text(h) for h in raw]
    while headers and not headers[-1]:
        headers.pop()
    seen: dict[str, int] = {}
    for i, header in enumerate(headers):
        if not header:
            continue
        first = seen.setdefault(header.casefold(), i)
        if first != i:
            raise InterchangeError(source, f"{title}row 1 column {xlsx.column_letters(i)}",
                                   f"header {quoted(header)} appears twice (also column {xlsx.column_letters(first)})")
    return headers


def _table(source: str, title: str, raw_headers: Sequence[Any], where: str) -> _Table | str:
    """A table for these headers, or why it is not one (for a skip or an error)."""
    headers = _headers(source, title, raw_headers)
    kind = table_kind(headers)
    if kind is None:
        first = headers[0] if headers else ""
        return (f"{where} starts with {quoted(first)}, not Label (elements) or From (connections)"
                if first else f"{where} has no header in row 1")
    if kind == "connections" and "to" not in (h.casefold() for h in headers):
        raise InterchangeError(source, f"{title}row 1", "a connections table needs a To column next to From")
    return _Table(source, title, headers, kind)


def _build(source: str, tables: list[_Table], skipped: list[str]) -> Dataset:
    """Feed the tables to a builder, elements first (connections look them up)."""
    builder = GraphBuilder(source)
    for reason in skipped:
        builder.skip(reason)
    for table in (t for t in tables if t.kind == "elements"):
        label = table.column("label")
        ident = table.column("id")
        assert label is not None
        extra = dict(GROUPS_READ)
        if POSITION_READ.keys() <= table.index.keys():
            extra.update(POSITION_READ)
        columns = ElementColumns([None if i in (label, ident) else h for i, h in enumerate(table.headers)],
                                 extra=extra)
        label_name, id_name = table.headers[label], table.headers[ident] if ident is not None else "ID"
        for number, values in table.rows:
            builder.element(_get(values, ident), _get(values, label), values, columns, table.place(number),
                            id_column=id_name, label_column=label_name)
    for table in (t for t in tables if t.kind == "connections"):
        ends = table.column("from"), table.column("to")
        ident = table.column("id")
        assert ends[0] is not None and ends[1] is not None
        columns = ConnectionColumns([None if i in (*ends, ident) else h for i, h in enumerate(table.headers)])
        names = (table.headers[ends[0]], table.headers[ends[1]])
        for number, values in table.rows:
            builder.connection(_get(values, ident), _get(values, ends[0]), _get(values, ends[1]), values,
                               columns, table.place(number), ends=names)
    return builder.build()


def _get(values: Sequence[Any], index: int | None) -> Any:
    return values[index] if index is not None and index < len(values) else None


def _blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _too_wide(source: str, where: str) -> InterchangeError:
    return InterchangeError(source, where, f"a value beyond column {xlsx.column_letters(MAX_COLUMNS - 1)}; "
                                           f"Voelspriet imports at most {MAX_COLUMNS:,} columns")


def _too_many(source: str, where: str) -> InterchangeError:
    return InterchangeError(source, where, f"more than {MAX_ROWS:,} rows; Voelspriet imports at most "
                                           f"{MAX_ROWS:,} (split the file)")


# ----------------------------------------------------------------------------- xlsx

def read_xlsx(path: Path) -> Dataset:
    """Read and validate a Kumu-style .xlsx workbook."""
    source = str(path)
    _check_workbook(path, source)
    tables: list[_Table] = []
    skipped: list[str] = []
    total = 0
    with _guard(source, "", lambda: xlsx.Workbook(path)) as workbook:
        for sheet in workbook.sheets:
            where = f"sheet {quoted(sheet.title)}"
            if "(ignore)" in sheet.title.casefold():
                skipped.append(f"{where} skipped: its name says (ignore)")
                continue
            if sheet.member is None:
                skipped.append(f"{where} skipped: a chart, not a table")
                continue
            table: _Table | str = f"{where} is empty"
            with closing(_rows(workbook, sheet, source, where)) as rows:
                for number, values in rows:
                    if isinstance(table, str):  # the first row with cells: the header
                        table = (_table(source, f"{where} ", values, where) if number == 1
                                 else f"{where} has no header in row 1")
                        if isinstance(table, str):
                            break
                        continue
                    if number > MAX_ROWS + 1 or total >= MAX_ROWS:
                        raise _too_many(source, where)
                    if not _blank(values):
                        table.add(number, values)
                        total += 1
            if isinstance(table, _Table):
                tables.append(table)
            else:
                skipped.append(f"{table}; skipped")
    if not tables:
        raise InterchangeError(source, "", "no sheet of elements or connections: expected a sheet whose "
                                           "first header is Label (or ID, Label) or From, To (or ID, From, To)"
                                           + (f" ({'; '.join(skipped)})" if skipped else ""))
    return _build(source, tables, skipped)


def _check_workbook(path: Path, source: str) -> None:
    """Refuse what is not a readable .xlsx before parsing it."""
    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        raise InterchangeError(source, "", "is empty")
    if head == OLE_MAGIC:
        raise InterchangeError(source, "", "is password-protected (encrypted) or an old .xls workbook; "
                                           "save it in Excel as an .xlsx without a password, then import that")
    if not head.startswith(b"PK"):
        raise InterchangeError(source, "", "is not an .xlsx spreadsheet (expected an Excel workbook)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except Exception as exc:  # zipfile on untrusted bytes raises many kinds of error
        raise InterchangeError(source, "", f"is damaged or truncated ({type(exc).__name__}: {exc})") from None
    if not any(e.filename.endswith("workbook.xml") for e in entries):
        raise InterchangeError(source, "", "is a zip file but not an Excel workbook")
    if sum(e.file_size for e in entries) > MAX_UNPACKED:
        raise InterchangeError(source, "", f"unpacks to more than {MAX_UNPACKED >> 20:,} MB; "
                                           "too large to import (split the file)")


def _guard(source: str, where: str, call: Callable[[], Any]) -> Any:
    """Run a step of reading the workbook; whatever a damaged file makes the zip and XML
    layers raise becomes a clean error naming the file (and sheet)."""
    try:
        return call()
    except InterchangeError:
        raise
    except xlsx.TooWide as exc:
        raise _too_wide(source, f"{where} row {exc.row} column {xlsx.column_letters(exc.column)}") from None
    except xlsx.TooLarge as exc:
        raise InterchangeError(source, "", str(exc), "too_large") from None
    except xlsx.TooLong as exc:
        raise InterchangeError(source, f"{where} {exc}".strip(), f"a text longer than {xlsx.MAX_TEXT:,} "
                                                                 "characters; too large to import",
                               "content") from None
    except Exception as exc:  # parsing untrusted bytes: any error at all means "damaged"
        raise InterchangeError(source, where, f"cannot be read; the workbook is damaged or not "
                                              f"an .xlsx file ({type(exc).__name__}: {exc})") from None


def _rows(workbook: xlsx.Workbook, sheet: xlsx.Sheet, source: str,
          where: str) -> Iterator[tuple[int, list[Any]]]:
    """The sheet's (row number, values), each step guarded."""
    iterator = workbook.rows(sheet, MAX_COLUMNS)
    try:
        while True:
            row = _guard(source, where, lambda: next(iterator, None))
            if row is None:
                return
            yield row
    finally:
        iterator.close()


def write_xlsx(d: Dataset, path: Path) -> None:
    """Write *d*'s stakeholders and relations as a Kumu workbook: sheets Elements and
    Connections, elements by ID, their groups and positions, every custom field a column
    (one named like a column of ours gets `` (field)`` added)."""
    people = d.stakeholders
    labels = _group_labels(d.groups)
    map_columns: list[tuple[str, Callable[[Stakeholder], Any]]] = [
        (GROUPS_COLUMN, lambda s: PIPE.join(sorted((labels.get(g, g) for g in s.groups), key=str.casefold))),
        *POSITION_EXPORT]
    columns = _used([*ELEMENT_EXPORT, *map_columns], people, keep=("Type",))
    custom = _custom_keys(people, {h for h, _f in ELEMENT_EXPORT} | {"ID", "Label"})
    written = {h.casefold() for h, _f in columns}
    custom_headers = [f"{k} (field)" if k.casefold() in written else k for k in custom]
    elements = ([s.id, s.name, *(f(s) for _h, f in columns), *(s.fields.get(k) for k in custom)]
                for s in people)
    links = d.relations
    columns_r = _used(CONNECTION_EXPORT, links, keep=("Type",))
    custom_r = _custom_keys(links, {h for h, _f in CONNECTION_EXPORT} | {"ID", "From", "To"})
    connections = ([r.id, r.a, r.b, *(f(r) for _h, f in columns_r), *(r.fields.get(k) for k in custom_r)]
                   for r in links)
    xlsx.write(path, [
        ("Elements", chain([["ID", "Label", *(h for h, _f in columns), *custom_headers]],
                           map(_cells, elements))),
        ("Connections", chain([["ID", "From", "To", *(h for h, _f in columns_r), *custom_r]],
                              map(_cells, connections))),
    ])


def _group_labels(groups: Sequence[Group]) -> dict[str, str]:
    """How the Groups column names each group: by its name, which an import matches with
    the workspace's groups, or by its id where the name would not say which group (a name
    shared by several groups, another group's id, empty, or holding the separator)."""
    shared = Counter(name_key(g.name) for g in groups)
    ids = {g.id for g in groups}
    return {g.id: g.name if (name_key(g.name) and PIPE not in g.name and shared[name_key(g.name)] == 1
                             and (g.name == g.id or g.name not in ids)) else g.id
            for g in groups}


def _used(columns: Sequence[tuple[str, Callable[[Any], Any]]], items: Sequence[Any],
          keep: Sequence[str]) -> list[tuple[str, Callable[[Any], Any]]]:
    """The export columns that hold a value for at least one item (and those in *keep*)."""
    return [(h, f) for h, f in columns if h in keep or any(f(i) not in (None, "") for i in items)]


def _custom_keys(items: Sequence[Stakeholder] | Sequence[Relation], taken: set[str]) -> list[str]:
    """Custom field names in order of first use, except those a pre-named column holds."""
    lowered = {t.casefold() for t in taken}
    keys: dict[str, None] = {}
    for item in items:
        for key in item.fields:
            if key not in keys and key.casefold() not in lowered:
                keys[key] = None
    return list(keys)


def _cells(values: list[Any]) -> list[Any]:
    """Custom field values as cells: lists pipe-joined, objects as JSON."""
    return [PIPE.join(map(str, v)) if isinstance(v, (list, tuple))
            else json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v for v in values]


# ----------------------------------------------------------------------------- csv

def read_csv(path: Path) -> Dataset:
    """Read and validate one Kumu-style CSV table (elements or connections)."""
    source = str(path)
    data = Path(path).read_bytes()
    if not data.strip():
        raise InterchangeError(source, "", "is empty")
    content = _decode(data, source)
    delimiter, content = _delimiter(content)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    table: _Table | None = None
    try:
        for number, values in enumerate(reader, start=1):
            if len(values) > MAX_COLUMNS:
                raise _too_wide(source, f"row {number} column {xlsx.column_letters(len(values) - 1)}")
            if number == 1:
                found = _table(source, "", values, "the header")
                if isinstance(found, str):
                    raise InterchangeError(source, "row 1", f"{found}: this is not a Kumu-style CSV table")
                table = found
                continue
            if number > MAX_ROWS + 1:
                raise _too_many(source, f"row {number}")
            if not _blank(values):
                assert table is not None
                table.add(number, values)
    except csv.Error as exc:
        raise InterchangeError(source, f"row {reader.line_num}", f"not valid CSV ({exc})") from None
    if table is None:
        raise InterchangeError(source, "", "is empty")
    return _build(source, [table], [])


def _decode(data: bytes, source: str) -> str:
    """The text of a CSV file: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            content = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in content:
            break
        return content
    raise InterchangeError(source, "", "is not a text file (expected a CSV table in UTF-8 or Windows-1252)")


def _delimiter(content: str) -> tuple[str, str]:
    """The separator (Excel's ``sep=`` line, else what splits the header most) and the
    content without a ``sep=`` line."""
    first, _newline, rest = content.partition("\n")
    line = first.strip("\r")
    if line.casefold().startswith("sep=") and len(line) == 5:
        return line[4], rest

    def columns(delimiter: str) -> int:
        try:
            return len(next(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter), []))
        except csv.Error:
            return 0

    return max((",", ";", "\t"), key=columns), content
