"""Fuzzing the readers: random and mutated JSON, CSV, XLSX and GraphML files.

The promise under test (PRODUCT.md, "What bad input and faults get"): whatever the bytes,
reading either gives a dataset or raises ``InterchangeError`` — never another exception —
and importing into a workspace either succeeds (and undoing it restores the workspace
exactly) or changes nothing at all. Every import that succeeds leaves a workspace that
passes ``check`` (before and after its undo), and zip bombs are refused like any bad file.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import normalized, small_dataset
from tests.interchange.test_graphml import YED
from workbench.interchange import InterchangeError
from workbench.interchange.formats import read_any, write_any
from workbench.model import Dataset
from workbench.store import check_workspace, open_store
from workbench.store.imports import import_dataset
from workbench.workspace import EditRefused, Workspace

FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: For files that mostly import (each import and undo is two durable commits): fewer.
FUZZ_IMPORTS = settings(FUZZ, max_examples=25)
TOKENS = [b";", b",", b"\t", b'"', b"\n", b"\r\n", b"|", b"=", b"<", b">", b"/>", b"&", b"\x00",
          b"\xef\xbb\xbf", b"\xe9", b"{", b"}", b"[", b"]", b":", b"null", b"-1", b"1e999", b"ID",
          b"Label", b"From", b"To", b"facilitator", b"<node id='z'/>", b"<edge source='z' target='a'/>"]


# --------------------------------------------------------------------------- seeds

def _seeds() -> dict[str, bytes]:
    d = small_dataset()
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".json", ".xlsx", ".graphml"):
            path = Path(folder) / f"seed{suffix}"
            write_any(d, path)
            out[suffix] = path.read_bytes()
    out[".csv"] = ("\ufeffID;Label;Type;Description;Tags;Budget\r\n"
                   "anna;Anna Bakker;person;\"zegt; ja\";a|b;12\r\nkees;Kees;Volunteer;;;\r\n"
                   "gem;Gemeente Zeewolde;government;;;3,5\r\n").encode("utf-8")
    out[".yed.graphml"] = YED.encode("utf-8")
    out[".links.csv"] = "From,To,Type,Strength\nanna,piet,knows,3\nAnna Bakker,gem,funds,\n".encode("cp1252")
    return out


SEEDS = _seeds()


def _mutate(seed: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for op, position, chunk in ops:
        at = position % (len(data) + 1)
        if op == 0:  # overwrite
            data[at:at + len(chunk)] = chunk
        elif op == 1:  # insert
            data[at:at] = chunk
        elif op == 2:  # delete
            del data[at:at + len(chunk) * 4]
        else:  # truncate
            del data[at:]
    return bytes(data)


CHUNKS = st.one_of(st.binary(min_size=1, max_size=6), st.sampled_from(TOKENS))
OPS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1 << 20), CHUNKS), min_size=1, max_size=6)


def mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    return OPS.map(lambda ops: _mutate(seed, ops))


def _rezip(seed: bytes, member: int, ops: list[tuple[int, int, bytes]], drop: bool) -> bytes:
    """The workbook with one of its parts mutated (or left out): deeper than byte noise,
    which mostly only breaks the zip's checksums."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        items = src.infolist()
        target = items[member % len(items)].filename
        for item in items:
            data = src.read(item)
            if item.filename == target:
                if drop:
                    continue
                data = _mutate(data, ops)
            dst.writestr(item.filename, data)
    return out.getvalue()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10 ** 20) | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


@st.composite
def json_documents(draw: st.DrawFn) -> bytes:
    """The seed document with a few values replaced by random JSON at random places."""
    doc = json.loads(SEEDS[".json"])
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = draw(JSON_VALUES)
    return json.dumps(doc).encode("utf-8")


# --------------------------------------------------------------------------- the property

@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[Workspace]:
    store = open_store(tmp_path_factory.mktemp("fuzz") / "fuzz.voelspriet", create=True)
    with store.begin() as s:
        import_dataset(s, small_dataset())
    ws = Workspace(store)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzzfiles")


def check(workspace: Workspace, folder: Path, suffix: str, data: bytes) -> str:
    """Reading gives a dataset or InterchangeError; importing succeeds (and undoes
    exactly) or changes nothing. Returns what happened: unreadable, refused or imported."""
    path = folder / f"fuzzed{suffix}"
    path.write_bytes(data)
    try:
        dataset = read_any(path)
    except InterchangeError as exc:
        assert str(exc).startswith(str(path))
        return "unreadable"
    assert isinstance(dataset, Dataset)
    before = normalized(workspace.dataset())
    entries = workspace.undo_stack.index()
    try:
        workspace.import_file(path)
    except (InterchangeError, EditRefused):
        assert normalized(workspace.dataset()) == before
        assert workspace.undo_stack.index() == entries
        return "refused"
    assert check_workspace(workspace.path) == [], path.read_bytes()[:2000]
    if workspace.undo_stack.index() > entries:
        workspace.undo_stack.undo()
    assert normalized(workspace.dataset()) == before
    assert check_workspace(workspace.path) == []
    return "imported"


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv", ".graphml"])
@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(workspace: Workspace, folder: Path, suffix: str, data: bytes) -> None:
    check(workspace, folder, suffix, data)


@pytest.mark.parametrize("seed", [".json", ".csv", ".links.csv", ".graphml", ".yed.graphml", ".xlsx"])
@FUZZ
@given(data=st.data())
def test_mutated_files(workspace: Workspace, folder: Path, seed: str, data: st.DataObject) -> None:
    check(workspace, folder, "." + seed.rsplit(".", 1)[-1], data.draw(mutations(SEEDS[seed])))


@FUZZ_IMPORTS
@given(member=st.integers(0, 50), ops=OPS, drop=st.booleans())
def test_mutated_workbook_parts(workspace: Workspace, folder: Path, member: int, ops, drop: bool) -> None:
    check(workspace, folder, ".xlsx", _rezip(SEEDS[".xlsx"], member, ops, drop))


@FUZZ_IMPORTS
@given(data=json_documents())
def test_mutated_json_documents(workspace: Workspace, folder: Path, data: bytes) -> None:
    check(workspace, folder, ".json", data)


KINDS = st.sampled_from(["facilitator", "person", "government", None, "", "alien"])


@st.composite
def people_documents(draw: st.DrawFn) -> bytes:
    """The seed document with stakeholders' kinds and ids shuffled about: who is the
    facilitator is the rule an import must not break (exactly one, and it stays)."""
    doc = json.loads(SEEDS[".json"])
    people = doc["stakeholders"]
    assert people[0]["kind"] == "facilitator"
    for person in draw(st.lists(st.sampled_from(range(len(people))), max_size=3)) + [0] * draw(st.booleans()):
        people[person]["kind"] = draw(KINDS)
    if draw(st.booleans()):
        people.append({"id": draw(st.sampled_from(["boss", "me", "facilitator", "anna"])),
                       "name": "Someone", "kind": draw(KINDS)})
    if draw(st.booleans()):
        doc["stakeholders"] = [p for p in people if p["id"] != draw(st.sampled_from(["me", "anna"]))]
        doc["relations"] = doc["readings"] = doc["interactions"] = doc["sessions"] = []
    return json.dumps(doc).encode("utf-8")


@FUZZ_IMPORTS
@given(data=people_documents())
def test_who_is_the_facilitator_survives_any_import(workspace: Workspace, folder: Path, data: bytes) -> None:
    check(workspace, folder, ".json", data)


@pytest.fixture(scope="module")
def fresh_workspace(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[Workspace]:
    """A new workspace: its facilitator is the placeholder a file's facilitator replaces."""
    ws = Workspace(open_store(tmp_path_factory.mktemp("fresh") / "fresh.voelspriet", create=True))
    yield ws
    ws.close()


@FUZZ_IMPORTS
@given(data=people_documents())
def test_who_is_the_facilitator_survives_any_import_into_a_new_workspace(
        fresh_workspace: Workspace, folder: Path, data: bytes) -> None:
    check(fresh_workspace, folder, ".json", data)


@settings(FUZZ, max_examples=8)
@given(member=st.sampled_from(["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml",
                               "xl/styles.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"]),
       block=st.binary(min_size=1, max_size=64) | st.sampled_from([b"<si><t>ab</t></si>", b"<c/>", b"<row/>", b" "]),
       megabytes=st.integers(50, 400))
def test_zip_bombs_are_refused(workspace: Workspace, folder: Path, member: str, block: bytes,
                               megabytes: int) -> None:
    """A part of the seed workbook blown up to hundreds of MB (a few MB packed): refused
    as too large, or as damaged when the bytes break the XML first; never read whole."""
    from tests.interchange.test_zip_bombs import Part, write_zip

    parts = []
    with zipfile.ZipFile(io.BytesIO(SEEDS[".xlsx"])) as seed:
        for item in seed.infolist():
            data = seed.read(item)
            if item.filename == member:
                split = data.rfind(b"</")
                unit = block * max(1, (1 << 16) // len(block))
                parts.append(Part(member, repeat=(data[:split], unit, (megabytes << 20) // len(unit), data[split:])))
            else:
                parts.append(Part(item.filename, data))
    assert check(workspace, folder, ".xlsx", write_zip(folder / "bomb.xlsx", parts).read_bytes()) == "unreadable"


def test_the_seeds_themselves_import(workspace: Workspace, folder: Path) -> None:
    """The starting points are good files: the mutations start from what imports."""
    for name, data in SEEDS.items():
        assert check(workspace, folder, "." + name.rsplit(".", 1)[-1], data) == "imported", name
