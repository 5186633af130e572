"""The command line as a user runs it: exit codes, one `error:` line. Real processes for the
entry point, wrong usage and the app's commands (``screenshot``); what the other commands do
is checked with the same ``main()`` run in this process (``run_cli_here``), which spares a
Python start-up and the app's imports a call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli_here

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("VOELSPRIET_DEBUG", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=full_env, timeout=120)


def here(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """What :func:`run` gives, from ``main()`` in this process."""
    done = run_cli_here(*args)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))


def assert_one_error_line(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.voelspriet"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    return path


def test_demo_writes_a_healthy_workspace(demo_file: Path) -> None:
    result = run("check", demo_file)
    assert result.returncode == 0
    assert "healthy" in result.stdout


def test_demo_refuses_to_overwrite(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    assert_one_error_line(here("demo", demo_file), "already exists")
    assert demo_file.read_bytes() == before


def test_synthetic_demo_of_n_stakeholders(tmp_path: Path) -> None:
    path = tmp_path / "big.voelspriet"
    assert here("demo", path, "--stakeholders", "300").returncode == 0
    out = tmp_path / "big.json"
    assert here("export", path, "--to", out).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["stakeholders"]) == 300


@pytest.mark.parametrize("args", [("demo",), ("check",), ("screenshot", "x.voelspriet"),
                                  ("demo", "x", "--stakeholders", "lots"), ("import", "a.json"),
                                  ("a.voelspriet", "b.voelspriet"), ("--bogus",)])
def test_wrong_usage_exits_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_check_a_missing_file(tmp_path: Path) -> None:
    assert_one_error_line(here("check", tmp_path / "nope.voelspriet"), "does not exist")


def test_check_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.voelspriet"
    path.write_text("Anna;person\n", encoding="utf-8")
    assert_one_error_line(here("check", path), "not a Voelspriet workspace")
    assert path.read_text(encoding="utf-8") == "Anna;person\n"


def test_check_a_truncated_workspace(demo_file: Path, tmp_path: Path) -> None:
    data = demo_file.read_bytes()
    path = tmp_path / "truncated.voelspriet"
    path.write_bytes(data[: len(data) // 3])
    result = here("check", path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def test_opening_a_text_file_in_the_app_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "text.voelspriet"
    path.write_text("hello", encoding="utf-8")
    assert_one_error_line(run("screenshot", path, "--out", tmp_path / "x.png"), "not a Voelspriet workspace")


def test_screenshot_renders_the_window_with_a_selection(demo_file: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    result = run("screenshot", demo_file, "--out", out, "--select", "s-anna", "--size", "1200x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


def test_screenshot_of_an_unknown_stakeholder(demo_file: Path, tmp_path: Path) -> None:
    assert_one_error_line(run("screenshot", demo_file, "--out", tmp_path / "x.png", "--select", "ghost"),
                          "no stakeholder with id 'ghost'")
    assert not (tmp_path / "x.png").exists()


def test_export_and_import_json_round_trip(demo_file: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert here("export", demo_file, "--to", first).returncode == 0
    copy = tmp_path / "copy.voelspriet"
    assert here("import", first, "--into", copy).returncode == 0
    second = tmp_path / "second.json"
    assert here("export", copy, "--to", second).returncode == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))
    again = here("import", first, "--into", copy)  # re-import updates, no duplicates
    assert again.returncode == 0, again.stderr
    third = tmp_path / "third.json"
    here("export", copy, "--to", third)
    assert json.loads(third.read_text("utf-8")) == json.loads(first.read_text("utf-8"))


def test_a_failed_import_leaves_the_workspace_unchanged(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.voelspriet"
    assert here("demo", target).returncode == 0
    before = here("export", target, "--to", tmp_path / "before.json")
    assert before.returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "voelspriet", "version": 1, "stakeholders": [
        {"id": "x", "name": "X"}], "relations": [{"id": "r", "a": "x", "b": "ghost"}]}), "utf-8")
    assert_one_error_line(here("import", bad, "--into", target), "'ghost' does not exist")
    here("export", target, "--to", tmp_path / "after.json")
    assert (tmp_path / "before.json").read_text("utf-8") == (tmp_path / "after.json").read_text("utf-8")
    assert not (tmp_path / "nope.voelspriet").exists()
    assert_one_error_line(here("import", bad, "--into", tmp_path / "nope.voelspriet"), "ghost")
    assert not (tmp_path / "nope.voelspriet").exists()
