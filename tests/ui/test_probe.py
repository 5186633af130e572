"""The bench's start-up probe inside the app (workbench/ui/probe.py): asleep unless
``VOELSPRIET_STARTUP_PROBE`` is set; set, ``python main.py`` (and so the packaged app)
reports its first frame and quits. Nothing is timed here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.ui.app import make_app
from workbench.ui.probe import PROBE_VARIABLE, _FirstFrameReport

REPO = Path(__file__).resolve().parents[2]


def test_without_the_variable_the_app_has_no_probe(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROBE_VARIABLE, raising=False)
    app = make_app()
    assert app.findChild(_FirstFrameReport) is None


@pytest.mark.parametrize("mode", ["app", "bare"])
def test_main_py_reports_the_first_frame_and_quits(tmp_path: Path, mode: str) -> None:
    args = [sys.executable, str(REPO / "main.py")]
    if mode == "app":
        path = tmp_path / "demo.voelspriet"
        write_new_workspace(path, demo_dataset()).close()
        args.append(str(path))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{PROBE_VARIABLE: mode})
    out = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0] == "painted"
    marks = json.loads(lines[1])
    assert marks.keys() == {"painted", "cpu_painted"} and marks["cpu_painted"] > 0
    if mode == "app":  # the window closed as a user closes it: the workspace is closed cleanly
        assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
