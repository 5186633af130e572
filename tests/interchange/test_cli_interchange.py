"""``main.py import`` and ``main.py export`` with every format: the summary they print,
and bad files refused with one ``error:`` line while the workspace stays exactly as it
was. The round trips run real processes, as a user does; the many bad files call the
same ``main()`` in this process (what a process adds is covered by tests/test_cli.py).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from tests.interchange.conftest import read_workbook, write_workbook
from tests.test_cli import assert_one_error_line, run
from workbench.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-interchange") / "demo.voelspriet"
    assert run("demo", path).returncode == 0
    return path


@pytest.fixture(scope="module")
def demo_json(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return export_json(demo, tmp_path_factory.mktemp("demo-json") / "demo.json")


def export_json(workspace: Path, out: Path) -> dict:
    result = run("export", workspace, "--to", out)
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text("utf-8"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """``main.py ARGS`` in this process: a CompletedProcess-like result."""
    def call(*args: str | Path) -> subprocess.CompletedProcess[str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(map(str, args)), code, out, err)
    return call


def test_kumu_and_graphml_exports_import_into_new_workspaces(demo: Path, demo_json: dict,
                                                             tmp_path: Path) -> None:
    xlsx, graphml = tmp_path / "demo.xlsx", tmp_path / "demo.graphml"
    for out in (xlsx, graphml):
        result = run("export", demo, "--to", out)
        assert (result.returncode, result.stdout.strip()) == (0, f"wrote {out}")
    original = demo_json
    sheets = read_workbook(xlsx)
    assert len(sheets["Elements"]) == 1 + len(original["stakeholders"])
    assert len(sheets["Connections"]) == 1 + len(original["relations"])
    assert nx.read_graphml(graphml).number_of_nodes() == len(original["stakeholders"])
    for source in (xlsx, graphml):
        target = tmp_path / f"from-{source.suffix[1:]}.voelspriet"
        result = run("import", source, "--into", target)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"created {target} from {source} (stakeholders +")
        copy = export_json(target, tmp_path / f"{target.stem}.json")
        assert {s["id"]: s["name"] for s in copy["stakeholders"]} == \
            {s["id"]: s["name"] for s in original["stakeholders"]}
        assert {r["id"]: (r["a"], r["b"], r["kind"]) for r in copy["relations"]} == \
            {r["id"]: (r["a"], r["b"], r["kind"]) for r in original["relations"]}
        assert run("check", target).returncode == 0


def test_reimporting_a_kumu_export_changes_nothing(cli, demo: Path, demo_json: dict, tmp_path: Path) -> None:
    target = tmp_path / "copy.voelspriet"
    assert cli("import", demo, "--into", target).returncode == 1  # not an importable file type
    first = tmp_path / "first.json"
    first.write_text(json.dumps(demo_json), encoding="utf-8")
    assert cli("import", first, "--into", target).returncode == 0
    xlsx = tmp_path / "copy.xlsx"
    assert cli("export", target, "--to", xlsx).returncode == 0
    result = cli("import", xlsx, "--into", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"imported into {target} from {xlsx} (nothing changed)"
    assert cli("export", target, "--to", tmp_path / "after.json").returncode == 0
    assert json.loads((tmp_path / "after.json").read_text("utf-8")) == demo_json


def test_csv_elements_then_connections(cli, tmp_path: Path) -> None:
    people, links = tmp_path / "mensen.csv", tmp_path / "relaties.csv"
    people.write_bytes("\ufeffLabel;Type;Rol\r\nRené;person;voorzitter\r\nZoë;company;\r\n".encode("utf-8"))
    links.write_bytes("From;To;Type\r\nRené;Zoë;klant van\r\n".encode("cp1252"))
    target = tmp_path / "csv.voelspriet"
    assert cli("import", people, "--into", target).returncode == 0
    result = cli("import", links, "--into", target)
    assert result.returncode == 0, result.stderr
    assert "relations +1" in result.stdout
    assert cli("export", target, "--to", tmp_path / "csv.json").returncode == 0
    document = json.loads((tmp_path / "csv.json").read_text("utf-8"))
    names = {s["id"]: s["name"] for s in document["stakeholders"]}
    (relation,) = document["relations"]
    assert {names[relation["a"]], names[relation["b"]]} == {"René", "Zoë"}
    assert relation["kind"] == "klant van"


@pytest.mark.parametrize(("name", "make", "fragment"), [
    ("dup.xlsx", lambda p: write_workbook(p, {"Elements": [["ID", "Label"], ["s-anna", "A"], ["s-anna", "B"]]}),
     "sheet 'Elements' row 3 column 'ID': ID 's-anna' is used again"),
    ("locked.xlsx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512),
     "password-protected"),
    ("links.csv", lambda p: p.write_text("From;To\nFenna Hoogland;Nobody Known\n", encoding="utf-8"),
     "row 2 column 'To': no element or stakeholder 'Nobody Known'"),
    ("cut.graphml", lambda p: p.write_text("<graphml><graph><node id='a'>", encoding="utf-8"),
     "not valid XML"),
    ("v2.json", lambda p: p.write_text('{"format": "voelspriet", "version": 2}', encoding="utf-8"),
     "$.version: version 2 is not supported"),
    ("notes.txt", lambda p: p.write_text("x", encoding="utf-8"), "unsupported file type"),
])
def test_bad_files_leave_the_workspace_unchanged(cli, demo: Path, demo_json: dict, tmp_path: Path,
                                                  name: str, make, fragment: str) -> None:
    target = tmp_path / "target.voelspriet"
    target.write_bytes(demo.read_bytes())
    bad = tmp_path / name
    make(bad)
    assert_one_error_line(cli("import", bad, "--into", target), fragment)
    assert cli("export", target, "--to", tmp_path / "after.json").returncode == 0
    assert json.loads((tmp_path / "after.json").read_text("utf-8")) == demo_json
    fresh = tmp_path / "fresh.voelspriet"
    # into a new workspace: nobody is known there, so the first name fails
    assert_one_error_line(cli("import", bad, "--into", fresh),
                          "no element or stakeholder 'Fenna Hoogland'" if name == "links.csv" else fragment)
    assert not fresh.exists() and not list(tmp_path.glob("fresh.voelspriet*"))


def test_a_bad_file_in_a_real_process(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "dup.xlsx"
    write_workbook(bad, {"Elements": [["ID", "Label"], ["x", "A"], ["x", "B"]]})
    assert_one_error_line(run("import", bad, "--into", tmp_path / "new.voelspriet"),
                          "sheet 'Elements' row 3 column 'ID'")
    assert list(tmp_path.iterdir()) == [bad]


def test_exports_that_cannot_be_written(cli, demo: Path, tmp_path: Path) -> None:
    assert_one_error_line(cli("export", demo, "--to", tmp_path / "x.pdf"), "unsupported export type")
    assert_one_error_line(cli("export", demo, "--to", tmp_path / "no" / "x.xlsx"), "its folder does not exist")
    assert list(tmp_path.iterdir()) == []
