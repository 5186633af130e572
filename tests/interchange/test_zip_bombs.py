"""Zip bombs: .xlsx files of a few MB whose parts unpack to hundreds of MB or more.

The reader limits what it reads per part and in total *as it decompresses* (the sizes a
zip declares are the attacker's to choose), and refuses early — when a part unpacks far
more than any spreadsheet does, or past a part's or the workbook's limit — with a clear
message. Each bomb is generated here on the fly (a few MB on disk, made in well under a
second without ever holding the unpacked bytes) and read in a subprocess that measures its
CPU time and peak memory: the target is refused in ≤ 2 s using ≤ 200 MB more memory —
with the check of the sizes the zip declares switched off, so that the limits counted
while unpacking are what refuses it.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from workbench.interchange import InterchangeError, xlsx
from workbench.interchange.formats import read_any

MAX_CPU_S = 2.0
MAX_EXTRA_MB = 200
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
ROOT_RELS = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
             f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
             f'</Relationships>').encode()
WORKBOOK_RELS = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 f'relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                 f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                 f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/></Relationships>').encode()
WORKBOOK = (f'<?xml version="1.0"?><workbook {NS} xmlns:r="{REL}"><sheets>'
            '<sheet name="Elements" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
SHEET = (f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
         '<row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>').encode()
STRINGS = f'<?xml version="1.0"?><sst {NS}><si><t>Label</t></si><si><t>Anna</t></si></sst>'.encode()
STYLES = f'<?xml version="1.0"?><styleSheet {NS}/>'.encode()


# --------------------------------------------------------------------------- making bombs

class Part:
    """One zip member: raw deflate data, its CRC-32 and its unpacked size."""

    def __init__(self, name: str, data: bytes | None = None, *, repeat: tuple[bytes, bytes, int, bytes] | None = None,
                 declared: int | None = None) -> None:
        self.name = name
        if repeat is None:
            assert data is not None
            compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
            self.deflated = compressor.compress(data) + compressor.flush()
            self.crc, self.size = zlib.crc32(data), len(data)
        else:
            self.deflated, self.crc, self.size = _deflate_repeated(*repeat)
        self.declared = self.size if declared is None else declared  # what the zip says it unpacks to


def _deflate_repeated(head: bytes, block: bytes, count: int, tail: bytes) -> tuple[bytes, int, int]:
    """``head + block * count + tail`` deflated, without compressing it all: after a full
    flush the compressor starts afresh, so the same block compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    piece = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert piece == again
    end = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return start + piece * count + end, zlib.crc32(tail, crc), len(head) + len(block) * count + len(tail)


def write_zip(path: Path, parts: list[Part]) -> Path:
    """A zip file of deflated *parts* (written by hand: ``zipfile`` wants the unpacked bytes)."""
    body = bytearray()
    central = bytearray()
    for part in parts:
        name = part.name.encode()
        offset = len(body)
        body += struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 8, 0, 0x21, part.crc,
                            len(part.deflated), part.declared, len(name), 0) + name + part.deflated
        central += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, 0, 8, 0, 0x21, part.crc,
                               len(part.deflated), part.declared, len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), len(body), 0)
    path.write_bytes(bytes(body + central + end))
    return path


def workbook(path: Path, **replaced: Part) -> Path:
    """A small valid workbook with some of its parts replaced."""
    parts = {
        "[Content_Types].xml": Part("[Content_Types].xml", CONTENT_TYPES),
        "_rels/.rels": Part("_rels/.rels", ROOT_RELS),
        "xl/workbook.xml": Part("xl/workbook.xml", WORKBOOK),
        "xl/_rels/workbook.xml.rels": Part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        "xl/worksheets/sheet1.xml": Part("xl/worksheets/sheet1.xml", SHEET),
        "xl/sharedStrings.xml": Part("xl/sharedStrings.xml", STRINGS),
        "xl/styles.xml": Part("xl/styles.xml", STYLES),
    }
    for part in replaced.values():
        parts[part.name] = part
    return write_zip(path, list(parts.values()))


MB = 1 << 20


def _sheet(rows: bytes, count: int) -> tuple[bytes, bytes, int, bytes]:
    return (f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
            .encode(), rows, count, b"</sheetData></worksheet>")


def _strings(item: bytes, count: int) -> tuple[bytes, bytes, int, bytes]:
    return (f'<?xml version="1.0"?><sst {NS}><si><t>Label</t></si>'.encode(), item, count, b"</sst>")


BOMBS = {
    # the report's three: shared strings to 1 GB, a 600 MB workbook part, one cell of 900 MB
    "shared strings, 1 GB": lambda: Part("xl/sharedStrings.xml", repeat=_strings(b"<si><t>ab</t></si>" * 58254, 1000)),
    "workbook part, 600 MB": lambda: Part("xl/workbook.xml", repeat=(
        f'<?xml version="1.0"?><workbook {NS} xmlns:r="{REL}"><sheets><sheet name="Elements" sheetId="1" '
        'r:id="rId1"/></sheets>'.encode(), b"<definedNames/>" * 69905, 600, b"</workbook>")),
    "one cell, 900 MB": lambda: Part("xl/worksheets/sheet1.xml", repeat=(
        f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'.encode(),
        b"a" * MB, 900, b"</t></is></c></row></sheetData></worksheet>")),
    "one shared string, 900 MB": lambda: Part("xl/sharedStrings.xml", repeat=(
        f'<?xml version="1.0"?><sst {NS}><si><t>Label</t></si><si><t>'.encode(), b"b" * MB, 900, b"</t></si></sst>")),
    "a row of empty cells, 900 MB": lambda: Part("xl/worksheets/sheet1.xml", repeat=_sheet(b"<c/>" * (MB // 4), 900)),
    "empty rows, 900 MB": lambda: Part("xl/worksheets/sheet1.xml", repeat=_sheet(b"<row/>" * (MB // 6), 900)),
    "styles, 900 MB": lambda: Part("xl/styles.xml", repeat=(
        f'<?xml version="1.0"?><styleSheet {NS}><cellXfs>'.encode(), b'<xf numFmtId="14"/>' * (MB // 19), 900,
        b"</cellXfs></styleSheet>")),
    "relations, 900 MB": lambda: Part("xl/_rels/workbook.xml.rels", repeat=(
        WORKBOOK_RELS[:-len(b"</Relationships>")], b"<!-- nothing -->" * (MB // 16), 900, b"</Relationships>")),
    "whitespace in a sheet, 900 MB": lambda: Part("xl/worksheets/sheet1.xml", repeat=_sheet(b" " * MB, 900)),
    # a zip that says its part unpacks to 1 kB: zipfile stops there, the reader sooner
    "shared strings, 1 GB declared as 1 kB": lambda: Part(
        "xl/sharedStrings.xml", repeat=_strings(b"<si><t>ab</t></si>" * 58254, 1000), declared=1000),
}

PROBE = textwrap.dedent("""
    import json, resource, sys, time
    from workbench.interchange import InterchangeError, kumu
    from workbench.interchange.formats import read_any
    if sys.argv[2] == "undeclared":  # only what the parts unpack to counts, not what the zip says
        kumu.MAX_UNPACKED = 1 << 50
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    try:
        read_any(sys.argv[1])
        outcome = {"accepted": True}
    except InterchangeError as exc:
        outcome = {"accepted": False, "reason": exc.reason, "message": str(exc)}
    after = resource.getrusage(resource.RUSAGE_SELF)
    outcome["cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    outcome["wall"] = time.perf_counter() - started
    outcome["extra_mb"] = (after.ru_maxrss - before.ru_maxrss) / 1024
    print(json.dumps(outcome))
""")


def _probe(path: Path, declared: bool = False) -> dict:
    """Read *path* in a fresh process (its memory capped at 2 GB, its time at a minute);
    without *declared*, the check of the sizes the zip declares is off."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
    try:
        done = subprocess.run([sys.executable, "-c", limit + PROBE, str(path),
                               "declared" if declared else "undeclared"], capture_output=True,
                              text=True, timeout=60, cwd=Path(__file__).parents[2])
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: still reading after 60 s")
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_a_zip_bomb_is_refused_quickly_in_little_memory(tmp_path: Path, bomb: str) -> None:
    part = BOMBS[bomb]()
    path = workbook(tmp_path / "bomb.xlsx", bomb=part)
    assert path.stat().st_size < 4 * MB and part.size >= 500 * MB
    outcome = _probe(path)
    assert not outcome["accepted"], bomb
    assert outcome["message"].startswith(str(path)), outcome
    if part.declared == part.size:  # one over-long text is refused at its place, all else as too large
        said = {"too_large": "unpacks to more than", "content": "a text longer than 1,000,000 characters"}
        assert said.get(outcome["reason"], "?") in outcome["message"], outcome
    assert len(outcome["message"]) < 300
    assert outcome["cpu"] <= MAX_CPU_S, outcome
    assert outcome["extra_mb"] <= MAX_EXTRA_MB, outcome


def test_sizes_the_zip_declares_are_checked_first(tmp_path: Path) -> None:
    path = workbook(tmp_path / "bomb.xlsx", bomb=BOMBS["shared strings, 1 GB"]())
    outcome = _probe(path, declared=True)
    assert outcome["reason"] == "too_large" and "unpacks to more than" in outcome["message"]
    assert outcome["cpu"] <= MAX_CPU_S and outcome["extra_mb"] <= MAX_EXTRA_MB


def test_the_harness_makes_a_workbook_that_reads(tmp_path: Path) -> None:
    """The bombs differ from a good workbook only in the part they blow up."""
    d = read_any(workbook(tmp_path / "good.xlsx"))
    assert [s.name for s in d.stakeholders] == ["Anna"]


def test_a_large_but_ordinary_workbook_is_not_taken_for_a_bomb(tmp_path: Path) -> None:
    """Repetitive, well-compressing content that spreadsheets really hold stays readable:
    40,000 styled rows of a few cells, and a shared-strings part of 40,000 names."""
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s" s="1"><v>{r - 1}</v></c><c r="B{r}" t="s" s="1"><v>0</v></c>'
                   f'<c r="C{r}" s="1"><v>3</v></c><c r="D{r}" s="1"/><c r="E{r}" s="1"/></row>'
                   for r in range(2, 40_002))
    sheet = (f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
             f'<c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>{rows}</sheetData></worksheet>')
    names = "".join(f"<si><t>Partner {i:05d}</t></si>" for i in range(3, 40_001))
    strings = (f'<?xml version="1.0"?><sst {NS}><si><t>Label</t></si><si><t>Type</t></si><si><t>Budget</t>'
               f'</si>{names}</sst>')
    path = workbook(tmp_path / "large.xlsx", sheet=Part("xl/worksheets/sheet1.xml", sheet.encode()),
                    strings=Part("xl/sharedStrings.xml", strings.encode()))
    d = read_any(path)
    assert len(d.stakeholders) == 40_000


def test_the_limits_are_counted_as_the_parts_unpack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A part that compresses no better than any spreadsheet is still refused at the
    per-part limit, and the message says which part and the limit."""
    import random

    rng = random.Random(5)
    noise = "".join(f"<si><t>{rng.getrandbits(64):x}</t></si>" for _ in range(20_000))
    strings = f'<?xml version="1.0"?><sst {NS}><si><t>Label</t></si>{noise}</sst>'.encode()
    path = workbook(tmp_path / "wide.xlsx", strings=Part("xl/sharedStrings.xml", strings))
    monkeypatch.setattr(xlsx, "MAX_PART", 256 * 1024)
    with pytest.raises(InterchangeError) as caught:
        read_any(path)
    assert caught.value.reason == "too_large"
    assert "xl/sharedStrings.xml" in str(caught.value) and "unpacks to more than" in str(caught.value)
    monkeypatch.setattr(xlsx, "MAX_PART", 64 * MB)
    monkeypatch.setattr(xlsx, "MAX_TOTAL", 256 * 1024)
    with pytest.raises(InterchangeError, match="unpacks to more than") as caught:
        read_any(path)
    assert caught.value.reason == "too_large"
