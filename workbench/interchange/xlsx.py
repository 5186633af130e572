"""A small, fast reader and writer of .xlsx workbooks as tables of plain values (stdlib only).

Why not openpyxl: it is general (styles, charts, formulas) and, without lxml, takes about
2.5 s of CPU to read and 3 s to write the 20,000 rows of PRODUCT.md's import target,
more than the whole budget. Spreadsheet interchange needs only the values, so this module
reads exactly what a values table needs — the sheets in order, shared and inline strings
(rich text joined), numbers, booleans, error values, cached formula results, and dates
(told by the cell's number format, 1900 and 1904 systems, as openpyxl converts them) —
streaming each sheet through expat; and it writes one plain workbook (shared strings, a
bold header row, the header frozen). Files written by Excel, LibreOffice, Google Sheets, Kumu and
openpyxl read the same as with openpyxl (the tests check files openpyxl writes, and that
openpyxl reads ours). Transitional and Strict OOXML namespaces are both understood.

Every failure on a damaged file is the caller's to turn into a message: ``read_*``
functions raise whatever the zip and XML layers raise (``Workbook.rows`` is a generator,
so that happens while iterating).

Zip bombs: a few MB of .xlsx can unpack to gigabytes. Every part is streamed, and what it
unpacks to is counted *as it is decompressed* (not taken from the sizes the zip declares):
a part that unpacks to more than ``MAX_RATIO`` times the packed bytes read for it (past
``GRACE``), more than ``MAX_PART``, or a workbook that unpacks to more than ``MAX_TOTAL``
in all raises ``TooLarge`` at once; so do more than ``MAX_STRINGS`` shared strings, and a
text longer than ``MAX_TEXT`` characters raises ``TooLong``. No part is ever held whole:
sheets and shared strings go through expat, the small parts through ``iterparse`` with
each element cleared when read.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import IO, Any, Iterable, Iterator, Sequence
from xml.etree.ElementTree import Element, iterparse
from xml.parsers import expat
from xml.sax.saxutils import escape

MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")
REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships")
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: Built-in number formats that show dates or times.
DATE_FORMAT_IDS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47,
                             *range(27, 37), *range(50, 59)})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[(?!h\]|m\]|s\])[^\]]*\]')
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CELL_REF = re.compile(r"([A-Z]{1,3})")
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)

#: Limits on what a workbook unpacks to, counted as its parts are decompressed. Ordinary
#: spreadsheets pack 5 to 30 times (the 20,000-row benchmark workbook: 11 times); zip
#: bombs a thousand times. POI, which reads Excel files for much of the world, refuses
#: parts past 100 times too.
MAX_RATIO = 100
GRACE = 2 << 20  # unpacked bytes of a part before the ratio counts (tiny parts pack badly)
MAX_PART = 256 << 20
MAX_TOTAL = 512 << 20
MAX_STRINGS = 2_000_000
MAX_TEXT = 1_000_000  # characters in one cell or shared string (Excel's own limit: 32,767)
CHUNK = 1 << 16
#: A part is unpacked this much at a time: the zip layer reads at most as many packed bytes
#: ahead, so the ratio is known closely (a bomb trips it within its first few MB).
STEP = 1 << 14


def column_index(letters: str) -> int:
    """0-based index of Excel column letters (A → 0, AB → 27)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def column_letters(index: int) -> str:
    """Excel column letters of a 0-based index."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _unescape(text: str) -> str:
    """Excel's ``_xHHHH_`` escapes of characters XML cannot hold, undone (a lone
    surrogate, which no text can hold, becomes U+FFFD)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)) if not 0xD800 <= int(m.group(1), 16) < 0xE000
                        else "\ufffd", text)


def _is_date_format(code: str) -> bool:
    return bool(_DATE_CODE.search(_QUOTED.sub("", code)))


class TooLarge(Exception):
    """A workbook whose parts unpack to more than the reader accepts (a zip bomb, or a
    workbook too large to import); ``str()`` says which part and which limit."""


class TooLong(Exception):
    """A cell (``row``, ``column``) or a shared string (``row`` None, ``column`` its index)
    with a text longer than ``MAX_TEXT`` characters."""

    def __init__(self, row: int | None, column: int) -> None:
        super().__init__(f"row {row} column {column_letters(column)}" if row is not None
                         else f"shared string {column + 1}")
        self.row = row
        self.column = column


class _Counted:
    """The workbook file, counting the (packed) bytes the zip layer reads from it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.count += len(data)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def seekable(self) -> bool:
        return True


class _Part:
    """One part of the workbook, streamed: each read counts what it unpacked against the
    part's and the workbook's limits, and the ratio to the packed bytes read for it."""

    def __init__(self, book: "Workbook", member: str) -> None:
        self._book = book
        self._member = member
        self._start = book._file.count
        self._stream = book._zip.open(member)
        self._unpacked = 0

    def read(self, n: int = -1) -> bytes:
        data = self._stream.read(STEP if n is None or n < 0 else min(n, STEP))
        self._unpacked += len(data)
        self._book._unpacked += len(data)
        if self._unpacked > MAX_PART:
            raise TooLarge(f"its part {self._member} unpacks to more than {MAX_PART >> 20:,} MB; "
                           "too large to import (split the file)")
        if self._book._unpacked > MAX_TOTAL:
            raise TooLarge(f"unpacks to more than {MAX_TOTAL >> 20:,} MB; too large to import (split the file)")
        if self._unpacked > GRACE and self._unpacked > MAX_RATIO * (self._book._file.count - self._start):
            raise TooLarge(f"its part {self._member} unpacks to more than {MAX_RATIO} times its packed "
                           "size, as no spreadsheet does (a zip bomb?); not imported")
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> "_Part":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class TooWide(Exception):
    """A sheet with a value further right than the reader accepts."""

    def __init__(self, row: int, column: int) -> None:
        super().__init__(f"row {row} column {column_letters(column)}")
        self.row = row
        self.column = column


@dataclass(frozen=True)
class Sheet:
    """A worksheet's name and where it is in the package (``None`` for a chart sheet)."""

    title: str
    member: str | None


class Workbook:
    """An .xlsx opened for reading values. Use as a context manager."""

    def __init__(self, file: str | os.PathLike[str] | IO[bytes]) -> None:
        raw = open(file, "rb") if isinstance(file, (str, os.PathLike)) else file
        self._owned = raw if raw is not file else None
        self._file = _Counted(raw)
        self._unpacked = 0
        try:
            self._zip = zipfile.ZipFile(self._file)  # type: ignore[arg-type]  # file-like enough
            try:
                self._open()
            except BaseException:
                self._zip.close()
                raise
        except BaseException:
            if self._owned is not None:
                self._owned.close()
            raise

    def _open(self) -> None:
        root_rels = self._relations("_rels/.rels", "")
        main = next((t for kind, t in root_rels.values() if kind.endswith("/officeDocument")),
                    "xl/workbook.xml")
        folder = posixpath.dirname(main)
        rels = self._relations(posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels"), folder)
        by_kind = {kind.rsplit("/", 1)[-1]: target for kind, target in rels.values()}
        self.date1904 = False
        self.sheets: list[Sheet] = []
        for _event, element in self._parse(main):
            local = element.tag.rsplit("}", 1)[-1]
            if local == "workbookPr":
                self.date1904 = element.get("date1904", "").lower() in ("1", "true")
            elif local == "sheet":
                rid = next((v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "id"), "")
                kind, target = rels.get(rid, ("", ""))
                member = target if kind.endswith("/worksheet") else None
                self.sheets.append(Sheet(element.get("name") or f"Sheet{len(self.sheets) + 1}", member))
        self.strings = self._shared_strings(by_kind.get("sharedStrings"))
        self.date_styles = self._date_styles(by_kind.get("styles"))

    def _parse(self, member: str, events: Sequence[str] = ("end",)) -> Iterator[tuple[str, Element]]:
        """``iterparse`` of one (small) part, streamed and metered, each element cleared
        once the caller has seen its end (so that no part is ever held whole)."""
        with _Part(self, member) as stream:
            for event, element in iterparse(stream, events=events):
                yield event, element
                if event == "end":
                    element.clear()

    def _relations(self, member: str, folder: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, target member path) of one part."""
        if member not in self._zip.NameToInfo:
            return {}
        out = {}
        for _event, element in self._parse(member):
            if element.tag.rsplit("}", 1)[-1] == "Relationship" and element.get("TargetMode") != "External":
                target = element.get("Target") or ""
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                out[element.get("Id") or ""] = (element.get("Type") or "", posixpath.normpath(path))
        return out

    def _shared_strings(self, member: str | None) -> list[str]:
        """The shared strings: each item's ``t``, or its rich-text runs joined (not its
        phonetic runs), streamed through expat."""
        if member is None or member not in self._zip.NameToInfo:
            return []
        strings: list[str] = []
        parts: list[str] = []
        length = 0
        collecting = False
        phonetic = 0
        names: dict[str, str] = {}

        def local(name: str) -> str:
            names[name] = name.rpartition("}")[2].rpartition(":")[2]
            return names[name]

        def start(name: str, _attrs: dict[str, str]) -> None:
            nonlocal collecting, phonetic, parts, length
            tag = names.get(name) or local(name)
            if tag == "t" and not phonetic:
                collecting = True
            elif tag == "si":
                parts, length = [], 0
            elif tag == "rPh":
                phonetic += 1

        def data(chunk: str) -> None:
            nonlocal length
            if collecting:
                length += len(chunk)
                if length > MAX_TEXT:
                    raise TooLong(None, len(strings))
                parts.append(chunk)

        def end(name: str) -> None:
            nonlocal collecting, phonetic
            tag = names.get(name) or local(name)
            if tag == "t":
                collecting = False
            elif tag == "si":
                if len(strings) >= MAX_STRINGS:
                    raise TooLarge(f"holds more than {MAX_STRINGS:,} different texts; too large to import (split the file)")
                strings.append(_unescape("".join(parts)))
            elif tag == "rPh":
                phonetic -= 1

        self._expat(member, start, end, data)
        return strings

    def _expat(self, member: str, start: Any, end: Any, data: Any) -> None:
        """Stream *member* through expat with these handlers."""
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        with _Part(self, member) as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)

    def _date_styles(self, member: str | None) -> frozenset[int]:
        """Indices of the cell styles whose number format shows a date or time."""
        if member is None or member not in self._zip.NameToInfo:
            return frozenset()
        custom: dict[int, str] = {}
        formats: list[int] = []
        in_cell_xfs = False
        for event, element in self._parse(member, ("start", "end")):
            local = element.tag.rsplit("}", 1)[-1]
            if local == "cellXfs":
                in_cell_xfs = event == "start"
            elif event == "end" and local == "numFmt":
                custom[int(element.get("numFmtId") or -1)] = element.get("formatCode") or ""
            elif event == "end" and local == "xf" and in_cell_xfs:
                formats.append(int(element.get("numFmtId") or 0))
        return frozenset(i for i, f in enumerate(formats)
                         if f in DATE_FORMAT_IDS or (f in custom and _is_date_format(custom[f])))

    def rows(self, sheet: Sheet, max_columns: int = 16_384) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values) of each row with cells, in order; values by column, None
        where a cell is empty. Numbers are int or float, dates datetime (a time of day:
        time). A value beyond *max_columns* raises ``TooWide`` (rows are lists as wide as
        their last cell: a lone cell in column XFD of every row would take gigabytes).

        The sheet is streamed through expat with three handlers: the hot loop of a large
        import, where ``iterparse``'s element objects cost more than the parsing."""
        assert sheet.member is not None
        strings, date_styles = self.strings, self.date_styles
        epoch = _EPOCH_1904 if self.date1904 else _EPOCH_1900
        done: list[tuple[int, list[Any]]] = []
        values: list[Any] = []
        text: list[str] = []
        number = 0
        row_ref: str | None = None
        ref: str | None = None
        kind = "n"
        style: str | None = None
        raw: str | None = None
        collecting = inline = False
        phonetic = 0
        length = 0  # characters of the cell's text so far
        names: dict[str, str] = {}

        def local(name: str) -> str:  # the name without namespace or prefix, remembered
            names[name] = name.rpartition("}")[2].rpartition(":")[2]
            return names[name]

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal ref, kind, style, raw, collecting, inline, phonetic, text, row_ref, length
            tag = names.get(name) or local(name)
            if tag == "c":
                ref, kind, style, raw, inline = attrs.get("r"), attrs.get("t", "n"), attrs.get("s"), None, False
            elif tag == "v" or (tag == "t" and inline and not phonetic):
                collecting, text = True, []
                if tag == "v" or raw == "":
                    length = 0
            elif tag == "is":
                inline, raw = True, ""
            elif tag == "rPh":
                phonetic += 1
            elif tag == "row":
                row_ref = attrs.get("r")

        def data(chunk: str) -> None:
            nonlocal length
            if collecting:
                length += len(chunk)
                if length > MAX_TEXT:
                    letters = _CELL_REF.match(ref) if ref else None
                    raise TooLong(number + 1 if row_ref is None else int(row_ref),
                                  column_index(letters.group(1)) if letters else len(values))
                text.append(chunk)

        def end(name: str) -> None:
            nonlocal raw, collecting, phonetic, values, number
            tag = names.get(name) or local(name)
            if collecting and tag in ("v", "t"):
                raw = "".join(text) if tag == "v" else (raw or "") + "".join(text)
                collecting = False
            elif tag == "c":
                value = _cell_value("inlineStr" if inline else kind, raw, style, strings, date_styles, epoch)
                if value is not None:
                    letters = _CELL_REF.match(ref) if ref else None  # no match: damaged (AttributeError)
                    column = column_index(letters.group(1)) if ref else len(values)  # type: ignore[union-attr]
                    if column >= max_columns:
                        raise TooWide(number + 1 if row_ref is None else int(row_ref), column)
                    if column >= len(values):
                        values.extend([None] * (column + 1 - len(values)))
                    values[column] = value
            elif tag == "rPh":
                phonetic -= 1
            elif tag == "row":
                number = int(row_ref) if row_ref else number + 1
                if values:
                    done.append((number, values))
                    values = []

        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        with _Part(self, sheet.member) as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
                yield from done
                done.clear()
            parser.Parse(b"", True)
            yield from done

    def close(self) -> None:
        """Close the file."""
        self._zip.close()
        if self._owned is not None:
            self._owned.close()

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _cell_value(kind: str, raw: str | None, style: str | None, strings: Sequence[str],
                date_styles: frozenset[int], epoch: datetime) -> Any:
    """A cell's value from its type (``t``), its text and its style (for dates)."""
    if not raw:
        return None
    if kind == "s":
        return strings[int(raw)]
    if kind in ("inlineStr", "str", "e", "d"):
        return _unescape(raw)
    if kind == "b":
        return raw.strip() in ("1", "true")
    text = raw.strip()
    value: int | float = int(text) if text.isdigit() or (text[:1] == "-" and text[1:].isdigit()) \
        else float(text)
    if style is not None and date_styles and int(style) in date_styles:
        return _from_serial(value, epoch)
    return value


def _from_serial(value: float, epoch: datetime) -> datetime | time:
    """A date serial as Excel (and openpyxl) read it: to the millisecond, a time of day
    below 1, and Excel's phantom 29 February 1900 accounted for."""
    day, fraction = divmod(value, 1)
    moment = timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 <= value < 1 and moment.days == 0:
        return (datetime.min + moment).time()
    if 0 < value < 60 and epoch is _EPOCH_1900:
        day += 1
    return epoch + timedelta(days=day) + moment


# ----------------------------------------------------------------------------- writing

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
{sheets}</Types>"""
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets>{sheets}</sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}\
<Relationship Id="rIdStyles" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
<Relationship Id="rIdStrings" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
Target="sharedStrings.xml"/></Relationships>"""
_SHEET_REL = ('<Relationship Id="rId{n}" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
              'Target="worksheets/sheet{n}.xml"/>')
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
               'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>')


def _xml_text(value: str) -> str:
    """Text as a shared string holds it: XML-escaped, control characters Excel-escaped."""
    text = escape(value)
    if _CONTROL.search(text) or "\r" in text:
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_" if ord(m.group()) < 0xD800 else "",
                            text).replace("\r", "_x000D_")
    return text


def write(path: Any, sheets: Iterable[tuple[str, Iterable[Sequence[Any]]]]) -> None:
    """Write a workbook of *sheets* (title, rows), the first row of each its bold header.

    Values are text, int, float, bool or None (an empty cell); anything else is written
    as its ``str``. Text is always text, never a formula.
    """
    strings: dict[str, int] = {}
    letters: list[str] = []
    titles: list[str] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
        for n, (title, rows) in enumerate(sheets, start=1):
            titles.append(title)
            with archive.open(f"xl/worksheets/sheet{n}.xml", "w") as raw:
                out: list[str] = [_SHEET_HEAD]
                for r, row in enumerate(rows, start=1):
                    style = ' s="1"' if r == 1 else ""
                    cells = []
                    for c, value in enumerate(row):
                        if value is None or value == "":
                            continue
                        while c >= len(letters):
                            letters.append(column_letters(len(letters)))
                        ref = f"{letters[c]}{r}"
                        if isinstance(value, bool):
                            cells.append(f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>')
                        elif isinstance(value, (int, float)) and value == value and abs(value) != float("inf"):
                            cells.append(f'<c r="{ref}"{style}><v>{value!r}</v></c>')
                        else:
                            text = str(value)
                            index = strings.setdefault(text, len(strings))
                            cells.append(f'<c r="{ref}"{style} t="s"><v>{index}</v></c>')
                    out.append(f'<row r="{r}">{"".join(cells)}</row>')
                    if len(out) >= 2000:
                        raw.write("".join(out).encode("utf-8"))
                        out = []
                out.append("</sheetData></worksheet>")
                raw.write("".join(out).encode("utf-8"))
        count = len(titles)
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(
            sheets="".join(_SHEET_TYPE.format(n=n) for n in range(1, count + 1))))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(sheets="".join(
            f'<sheet name="{escape(t, {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
            for n, t in enumerate(titles, start=1))))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(
            rels="".join(_SHEET_REL.format(n=n) for n in range(1, count + 1))))
        archive.writestr("xl/styles.xml", _STYLES)
        shared = "".join(f'<si><t xml:space="preserve">{_xml_text(s)}</t></si>' for s in strings)
        archive.writestr("xl/sharedStrings.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'))
