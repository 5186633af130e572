"""The benchmark harness (bench/harness.py) on fake modules: discovery, the contract, the
table and the exit status. Nothing is timed here (targets are measured in bench/ only)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bench import harness


def _module(results: Any = None, error: Exception | None = None) -> SimpleNamespace:
    def run() -> Any:
        if error is not None:
            raise error
        return results

    return SimpleNamespace(run=run)


FAKES = {
    "fake.bench_fast": _module([
        {"name": "quick thing (ms)", "value": 1.25, "unit": "ms", "target": 5.0},
        {"name": "slow thing (s)", "value": 2.0, "unit": "s", "target": 1.5, "note": "why"},
        {"name": "reference (s)", "value": 0.2, "unit": "s", "target": None},
        {"name": "ratio", "value": 3.0, "unit": "x", "target": 2.5},
    ]),
    "fake.bench_boom": _module(error=RuntimeError("disk on fire")),
    "fake.bench_bad": _module([{"name": "no unit", "value": 1.0, "target": 1.0}]),
}


def test_discover_sorts_and_filters(tmp_path: Path) -> None:
    for name in ("bench_zeta.py", "bench_alpha.py", "startup_probe.py", "helpers.py"):
        (tmp_path / name).write_text("")
    assert harness.discover(folder=tmp_path) == ["bench_alpha", "bench_zeta"]
    assert harness.discover(["zet"], folder=tmp_path) == ["bench_zeta"]
    assert harness.discover(["nothing"], folder=tmp_path) == []


def test_the_real_modules_are_found() -> None:
    assert {"bench_startup", "bench_edit"} <= set(harness.discover())


def test_report_statuses_table_and_crashes(capsys: pytest.CaptureFixture[str]) -> None:
    report = harness.run_modules(["bench_fast", "bench_boom", "bench_bad"], package="fake",
                                 importer=FAKES.__getitem__)
    capsys.readouterr()  # the crashes' tracebacks
    assert [r.status for r in report.results] == ["OK", "OVER", "info", "OVER"]
    assert set(report.crashed) == {"bench_boom", "bench_bad"}
    assert "disk on fire" in report.crashed["bench_boom"]
    assert "unit" in report.crashed["bench_bad"]

    table = harness.format_report(report)
    assert "PySide6" in table.splitlines()[0] and "cores" in table.splitlines()[0]
    row = next(line for line in table.splitlines() if "slow thing" in line)
    assert "2.000 s" in row and "1.500 s" in row and "OVER" in row and "why" in row
    assert "3.00×" in next(line for line in table.splitlines() if "ratio" in line)
    assert "2 of 3 over target" in table
    assert "CRASHED: bench_boom, bench_bad" in table

    data = json.loads(json.dumps(report.to_json()))
    assert data["results"][1]["status"] == "OVER"
    assert set(data["crashed"]) == {"bench_boom", "bench_bad"}


def test_validate_rejects_what_breaks_the_contract() -> None:
    with pytest.raises(ValueError):
        harness.validate("m", {"name": "x"})
    with pytest.raises(ValueError):
        harness.validate("m", [{"name": "x", "value": 1, "unit": "minutes", "target": 1}])
    assert harness.validate("m", []) == []


def test_main_exit_status(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    """Over target is still 0; a crash is 1; the JSON file is written either way."""
    real_run = harness.run_modules
    monkeypatch.setattr(harness, "discover", lambda names=(): ["bench_fast"])
    monkeypatch.setattr(harness, "run_modules", lambda names, echo=None: real_run(
        names, package="fake", importer=FAKES.__getitem__))
    out = tmp_path / "out" / "results.json"
    assert harness.main(["fast", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["results"][1]["status"] == "OVER"

    monkeypatch.setattr(harness, "discover", lambda names=(): ["bench_boom"])
    assert harness.main([]) == 1
    assert "CRASHED: bench_boom" in capsys.readouterr().out
