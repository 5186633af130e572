"""``python main.py radar WORKSPACE [--today DATE] [--json]`` as a user runs it. Real processes
for wrong usage, the terminal's encoding and a workspace another process holds; what the radar
says is checked with the same ``main()`` run in this process (``here``), sparing a Python
start-up and the app's imports a call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import run_cli_here as here
from tests.test_demo_story import EXPECTED_RADAR, NEVER_FLAGGED
from workbench.cli import TABLE_WIDTH, radar_table
from workbench.model import Action, Signal
from workbench.sensing import Finding, Hit, Reason
from workbench.workspace.radar import Radar

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("VOELSPRIET_DEBUG", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          cwd=ROOT, env=full_env, timeout=120)


def out(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8")


def assert_one_error_line(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], stderr
    assert result.stdout == b""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("radar") / "demo.voelspriet"
    result = here("demo", path, "--language", "en")
    assert result.returncode == 0, result.stderr
    return path


def test_json_lists_the_demos_findings(demo_file: Path) -> None:
    result = here("radar", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    items = json.loads(out(result))
    assert isinstance(items, list) and len(items) == 6
    for item in items:
        assert {"ids", "names", "signals", "action", "score", "why", "evidence"} <= set(item)
        assert len(item["ids"]) == len(item["names"])
        assert all(isinstance(x, str) for x in item["ids"] + item["names"] + item["signals"])
        assert set(item["signals"]) <= {s.value for s in Signal}
        assert item["action"] in {a.value for a in Action}
        assert isinstance(item["score"], (int, float)) and item["why"]
    scores = [item["score"] for item in items]
    assert scores == sorted(scores, reverse=True)
    said = sorted((s, tuple(sorted(item["ids"])), item["action"]) for item in items for s in item["signals"])
    assert said == sorted(EXPECTED_RADAR)
    assert not NEVER_FLAGGED & {sid for item in items for sid in item["ids"]}
    # dates are ISO 8601
    [silence] = [item for item in items if item["signals"] == ["radio_silence"]]
    assert silence["evidence"][0]["last_contact"] == "2020-03-20T" + silence["evidence"][0]["last_contact"][11:]
    datetime.fromisoformat(silence["evidence"][0]["last_contact"])
    assert "2020-03-20" in silence["why"]


def test_the_table_fits_100_columns(demo_file: Path) -> None:
    result = here("radar", demo_file)
    assert result.returncode == 0, result.stderr
    text = out(result)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert lines[0] == "demo.voelspriet, 2020-05-15: 6 findings, most urgent first"
    for name in ("Jeroen", "Ruben", "Yvonne", "Lotte", "Pieter", "Bas", "Sanne", "Fatma", "Thijs"):
        assert name in text
    assert "Vincent" not in text
    for signal in ("radio_silence", "low_energy", "doubt", "diverging", "recurring_theme",
                   "overdue_followup"):
        assert signal in text
    assert [line.split()[0] for line in lines if line[:3].strip().isdigit()] == ["1", "2", "3", "4", "5", "6"]


def test_today_moves_the_radar(demo_file: Path) -> None:
    later = json.loads(out(here("radar", demo_file, "--json", "--today", "2020-06-30")))
    assert ("s-jeroen",) in {tuple(item["ids"]) for item in later}
    assert not [item for item in later if "doubt" in item["signals"]]  # Yvonne's is 53 days old
    table = out(here("radar", demo_file, "--today", "2020-06-30"))
    assert table.startswith("demo.voelspriet, 2020-06-30: ")


def test_an_empty_radar(tmp_path: Path) -> None:
    path = tmp_path / "empty.voelspriet"
    source = tmp_path / "empty.json"
    source.write_text(json.dumps({"format": "voelspriet", "version": 1, "stakeholders": [
        {"id": "ann", "name": "Ann"}]}), encoding="utf-8")
    assert here("import", source, "--into", path).returncode == 0
    assert json.loads(out(here("radar", path, "--json"))) == []
    result = here("radar", path, "--today", "2020-01-01")
    assert result.returncode == 0 and out(result) == "empty.voelspriet, 2020-01-01: nobody needs attention.\n"


def test_names_in_any_terminal(tmp_path: Path) -> None:
    """JSON is UTF-8 whatever the terminal speaks; the table replaces what it cannot show."""
    path = tmp_path / "names.voelspriet"
    source = tmp_path / "names.json"
    source.write_text(json.dumps({
        "format": "voelspriet", "version": 1,
        "stakeholders": [{"id": "z", "name": "Zoë Ŵ 张"}],
        "interactions": [{"id": "i", "at": "2020-01-01T10:00:00", "channel": "call", "with": ["z"]}]},
        ensure_ascii=False), encoding="utf-8")
    assert here("import", source, "--into", path).returncode == 0
    ascii_only = {"PYTHONIOENCODING": "ascii"}
    result = run("radar", path, "--json", "--today", "2020-03-01", env=ascii_only)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("utf-8"))[0]["names"] == ["Zoë Ŵ 张"]
    assert "Zoë Ŵ 张".encode("utf-8") in result.stdout  # UTF-8, not \u escapes
    assert result.stdout.startswith(b'[\n  {\n    "ids": [')
    result = run("radar", path, "--today", "2020-03-01", env=ascii_only)
    assert result.returncode == 0, result.stderr
    assert "Zo? ? ?" in result.stdout.decode("ascii")


def test_the_app_may_have_the_workspace_open(demo_file: Path) -> None:
    from workbench.store import open_store

    store = open_store(demo_file)  # locked, as the window holds it
    try:
        result = run("radar", demo_file, "--json")
    finally:
        store.close()
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize("args", [("radar",), ("radar", "a.voelspriet", "--today"),
                                  ("radar", "a.voelspriet", "--today", "15-05-2020"),
                                  ("radar", "a.voelspriet", "--today", "2020-02-30"),
                                  ("radar", "a.voelspriet", "--today", "tomorrow"),
                                  ("radar", "a.voelspriet", "--bogus"),
                                  ("radar", "a.voelspriet", "b.voelspriet")])
def test_wrong_usage_exits_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    stderr = result.stderr.decode("utf-8")
    assert "usage" in stderr and "Traceback" not in stderr
    assert result.stdout == b""


def test_a_bad_date_says_which(demo_file: Path) -> None:
    stderr = run("radar", demo_file, "--today", "2020-02-30").stderr.decode("utf-8")
    assert "--today" in stderr and "2020-02-30" in stderr


def test_a_missing_file(tmp_path: Path) -> None:
    assert_one_error_line(here("radar", tmp_path / "nope.voelspriet"), "does not exist")
    assert_one_error_line(here("radar", tmp_path / "no" / "nope.voelspriet", "--json"),
                          "folder does not exist")


def test_a_file_that_is_no_workspace(tmp_path: Path) -> None:
    path = tmp_path / "notes.voelspriet"
    path.write_text("Anna;person\n", encoding="utf-8")
    assert_one_error_line(here("radar", path, "--json"), "not a Voelspriet workspace")
    assert path.read_text(encoding="utf-8") == "Anna;person\n"


# --------------------------------------------------------------------------- the table, in-process


def finding(names: tuple[str, ...], what: str, action: Action = Action.PERSONAL_CONVERSATION,
            signals: tuple[Signal, ...] = (Signal.OVERDUE_FOLLOWUP,), score: float = 71.5) -> Finding:
    ids = tuple(f"id{k}" for k in range(len(names)))
    hit = Hit(signal=Signal.OVERDUE_FOLLOWUP, ids=ids, action=action, points=score,
              reasons=(Reason("overdue_followup.one", {"what": what, "due": "2020-05-01", "days": 14}),),
              score_parts=(Reason("score.overdue_followup", {"points": score, "days": 14}),),
              evidence={}, latest=date(2020, 5, 1))
    return Finding(ids=ids, names=names, signals=signals, action=action, score=score, hits=(hit,),
                   score_parts=hit.score_parts, latest=hit.latest)


@pytest.mark.parametrize("count", [1, 9, 10, 1234])
def test_every_line_fits(count: int) -> None:
    long_names = tuple(f"Stichting Maatschappelijke Ontwikkeling {k}" for k in range(7))
    word = "x" * 150  # no place to break
    findings = [finding(long_names if k % 2 else (word,), " ".join(["because"] * 60) + " " + word,
                        signals=tuple(Signal)) for k in range(count)]
    text = radar_table(Radar(date(2020, 5, 15), findings), "w" * 30)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= TABLE_WIDTH
    # every name whole on one line
    for name in long_names:
        assert sum(1 for line in lines if name in line) == count // 2
    assert sum(1 for line in lines if "because " * 10 in line) >= count


def test_an_item_without_people() -> None:
    text = radar_table(Radar(date(2020, 5, 15), [finding((), "Book the room", Action.FOLLOW_UP)]), "ws")
    assert "1   71.5  follow_up  (the facilitator's own)\n" in text


def test_the_layout_of_one_item() -> None:
    text = radar_table(Radar(date(2020, 5, 15), [finding(("Ann", "Bob"), "Short", Action.FOLLOW_UP)]),
                       "ws.voelspriet")
    assert text == (
        "ws.voelspriet, 2020-05-15: 1 finding, most urgent first\n"
        "\n"
        "#  score  action     who (signals)\n"
        "\n"
        "1   71.5  follow_up  Ann, Bob\n"
        "                     overdue_followup\n"
        "     Follow-up \u201cShort\u201d was due on 2020-05-01, 14 days ago. Score 71.5: 71.5 for being 14 days\n"
        "     overdue.\n")


@pytest.mark.skipif(not hasattr(os, "fork") or os.geteuid() != 0,
                    reason="needs root to become another user (root may write anywhere)")
def test_a_workspace_in_a_read_only_folder_as_a_normal_user(demo_file: Path) -> None:
    """As a normal user (``nobody``, in a forked child), a workspace in a folder and a file
    they cannot write (an archive, a USB stick): the radar reads it and writes nothing."""
    import contextlib
    import io
    import shutil
    import tempfile

    from workbench import cli

    top = Path(tempfile.mkdtemp(prefix="voelspriet-radar-ro-"))
    try:
        top.chmod(0o755)
        folder = top / "ro"
        folder.mkdir()
        path = folder / "demo.voelspriet"
        path.write_bytes(demo_file.read_bytes())
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["radar", str(path), "--json"]) == 0  # imports it all
        path.chmod(0o444)
        folder.chmod(0o555)
        before = sorted(os.listdir(folder))
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_end)
            try:
                os.setgid(65534)
                os.setuid(65534)
                stdout, stderr = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                    code = cli.main(["radar", str(path), "--json"])
                said = {"code": code, "out": stdout.getvalue(), "err": stderr.getvalue(),
                        "files": sorted(os.listdir(folder))}
            except BaseException as exc:
                said = {"code": -1, "err": f"{type(exc).__name__}: {exc}"}
            os.write(write_end, json.dumps(said).encode())
            os._exit(0)
        os.close(write_end)
        chunks = []
        while chunk := os.read(read_end, 1 << 16):
            chunks.append(chunk)
        os.close(read_end)
        os.waitpid(pid, 0)
        said = json.loads(b"".join(chunks) or b'{"code": -1, "err": "the child died"}')
        assert (said["code"], said["err"]) == (0, ""), said
        assert len(json.loads(said["out"])) == 6
        assert said["files"] == before == ["demo.voelspriet"]
    finally:
        for entry in (top, *top.iterdir()):
            entry.chmod(0o755)
        shutil.rmtree(top)
