"""`erase` and `export --person` as a user runs them: real files, the question on a terminal,
one `error:` line and an unchanged workspace for every refusal. Real processes where the
process matters (no terminal, a terminal, a window holding the file, wrong usage); the rest
runs the same ``main()`` in this process (``here``), sparing a start-up and imports a call."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_cli import ROOT, assert_one_error_line, here, run
from workbench.store.backups import backups_of, folder_for
from workbench.store.lock import FileLock


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("privacy") / "demo.voelspriet"
    result = run("demo", path, "--language", "en")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def ws(demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ws.voelspriet"
    shutil.copyfile(demo, path)
    return path


def test_erase_without_yes_and_without_a_terminal_is_refused(ws: Path) -> None:
    before = ws.read_bytes()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "erase", str(ws), "--person", "s-anna"],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert_one_error_line(result, "add --yes")
    assert ws.read_bytes() == before


@pytest.mark.parametrize(("person", "fragment"), [("s-nobody", "no stakeholder with id 's-nobody'"),
                                                  ("s-fenna", "the facilitator cannot be erased")])
def test_erase_refuses_no_one_and_the_facilitator(ws: Path, person: str, fragment: str) -> None:
    before = ws.read_bytes()
    assert_one_error_line(here("erase", ws, "--person", person, "--yes"), fragment)
    assert ws.read_bytes() == before
    assert not folder_for(ws).exists()


def test_erase_refuses_a_workspace_open_in_a_window(ws: Path) -> None:
    before = ws.read_bytes()
    lock = FileLock(ws)
    lock.acquire()
    try:
        assert_one_error_line(run("erase", ws, "--person", "s-anna", "--yes"), "already open")
    finally:
        lock.release()
    assert ws.read_bytes() == before


def test_erase_wrong_usage_exits_2(ws: Path) -> None:
    result = run("erase", ws)
    assert result.returncode == 2
    assert "--person" in result.stderr


def test_erase_with_yes_leaves_no_byte_of_them_and_says_where(ws: Path) -> None:
    assert b"Anna de Wit" in ws.read_bytes()
    result = here("erase", ws, "--person", "s-anna", "--yes")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Erased Anna de Wit (s-anna): their record")
    assert "      5  relations" in out
    assert "Their name was replaced by [erased] in 2 places:" in out
    assert "  contact meeting, 2019-11-26 (summary)" in out
    for suffix in ("", "-wal"):
        part = Path(f"{ws}{suffix}")
        if part.exists():
            assert b"Anna de Wit" not in part.read_bytes()
            assert b"Anna" not in part.read_bytes()  # her first name is nobody else's in the demo
    assert here("check", ws).returncode == 0
    assert "backups made before now" not in out  # there were none


def test_erase_says_older_backups_still_hold_them_and_deletes_them_when_asked(ws: Path, tmp_path: Path) -> None:
    folder = folder_for(ws)
    folder.mkdir()
    old = folder / "ws 2020-01-01 100000.voelspriet"
    shutil.copyfile(ws, old)
    other = tmp_path / "other.voelspriet"
    shutil.copyfile(ws, other)
    note = here("erase", other, "--person", "s-joost", "--yes")  # another workspace's backups: none
    assert "backups made before now" not in note.stdout
    result = here("erase", ws, "--person", "s-joost", "--yes")
    assert result.returncode == 0, result.stderr
    assert "note: 1 backups made before now still hold Joost Brink" in result.stdout
    assert old.exists()
    again = here("erase", ws, "--person", "s-anna", "--yes", "--delete-backups")
    assert again.returncode == 0, again.stderr
    assert "deleted 1 older backups that still held Anna de Wit" in again.stdout
    assert not old.exists()
    left = backups_of(ws)
    assert len(left) == 1  # one made after the erase, to go back to
    assert b"Anna de Wit" not in left[0].path.read_bytes()
    assert here("check", left[0].path).returncode == 0


def _converse(args: list[str], answers: list[str], timeout: float = 60.0) -> tuple[int, str]:
    """Run the command line on a terminal (a pty), typing *answers* as it asks."""
    master, slave = pty.openpty()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], stdin=slave, stdout=slave,
                            stderr=slave, cwd=ROOT, env=env, close_fds=True)
    os.close(slave)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if pending and seen.rstrip().endswith(b":"):
                    os.write(master, (pending.pop(0) + "\n").encode())
            elif proc.poll() is not None:
                break
        return proc.wait(timeout=30), seen.decode("utf-8", "replace")
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()


def content(path: Path) -> list[str]:
    """Every row of the workspace, as SQL (the header's journal mode aside: opening a
    workspace to edit it switches that on, whatever is done then)."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_on_a_terminal_erase_asks_and_no_erases_nothing(ws: Path) -> None:
    before = content(ws)
    code, seen = _converse(["erase", str(ws), "--person", "s-anna"], ["no"])
    assert "Erasing Anna de Wit (s-anna)" in seen
    assert "This cannot be undone" in seen
    assert "nothing erased" in seen
    assert code == 1
    assert content(ws) == before


def test_on_a_terminal_erase_asks_and_yes_erases(ws: Path) -> None:
    code, seen = _converse(["erase", str(ws), "--person", "s-anna"], ["yes"])
    assert code == 0, seen
    assert "Erased Anna de Wit" in seen
    assert b"Anna de Wit" not in ws.read_bytes()


def test_export_person_writes_readable_json_about_them(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "anna.json"
    result = here("export", ws, "--person", "s-anna", "--to", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out} (everything about Anna de Wit:")
    text = out.read_text("utf-8")
    assert text.startswith('{\n  "format": "voelspriet",\n  "version": 1')
    doc = json.loads(text)
    assert doc["person"] == "s-anna"
    assert doc["stakeholders"][0]["name"] == "Anna de Wit"
    assert all("s-anna" in i["with"] for i in doc["interactions"])
    assert all(r["by"] == "s-anna" for i in doc["interactions"] for r in i["remarks"])
    new = tmp_path / "imported.voelspriet"
    imported = here("import", out, "--into", new)
    assert imported.returncode == 0, imported.stderr
    assert here("check", new).returncode == 0


@pytest.mark.parametrize(("person", "to", "fragment"), [
    ("s-anna", "anna.csv", "give the file a .json name"),
    ("s-nobody", "nobody.json", "no stakeholder with id 's-nobody'"),
    ("s-anna", "missing/anna.json", "its folder does not exist"),
])
def test_export_person_refusals(ws: Path, tmp_path: Path, person: str, to: str, fragment: str) -> None:
    out = tmp_path / to
    assert_one_error_line(here("export", ws, "--person", person, "--to", out), fragment)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["ws.voelspriet"]  # nothing left beside
