"""The radar at 5,000 stakeholders and 100,000 interactions (PRODUCT.md: ≤ 1 s).

*whole radar* is ``workspace.radar.radar(workspace)``, what the window and ``radar`` on
the command line call: every column read (stakeholders, relation ends, latest readings,
contact times, remarks of the window, open follow-ups, the participants of the overdue
follow-ups that need them) and the sensing, on an open workspace with a warm page cache.
Beside it, the reads alone (``observations``) and the sensing alone (``sensing.sense`` on
those observations), and, for information, ``python main.py radar --json`` as a user runs
it (a fresh process: interpreter, imports, opening the file, printing).

The workspace is the seeded synthetic one (``write_demo_workspace(path, 5000)``: ~100,000
interactions, topped up if the generator ever makes fewer); its settings fix "today", so
the findings are the same on every run. Each number is the median of several runs after a
warm-up; the note gives the spread, the CPU time (on a busy machine the wall time also
counts waiting for a core) and how many findings there were.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

from bench.common import REPO, bench_dir, child_env, median, spread, write_demo_workspace

STAKEHOLDERS = 5_000
INTERACTIONS = 100_000
REPEATS = 7
CLI_REPEATS = 3
TARGET_S = 1.0


def _children_cpu() -> float:
    """CPU seconds of the finished child processes so far."""
    times = os.times()
    return times.children_user + times.children_system


def _timed(fn: Callable[[], Any], repeats: int = REPEATS,
           cpu_clock: Callable[[], float] = time.process_time) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds (by *cpu_clock*) of each of *repeats* calls of *fn*, after one
    untimed call."""
    fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), cpu_clock()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(cpu_clock() - started_cpu)
    return wall, cpu


def _result(name: str, times: tuple[list[float], list[float]], target: float | None,
            note: str = "") -> dict:
    wall, cpu = times
    return {"name": name, "value": round(median(wall) * 1000, 1), "unit": "ms",
            "target": None if target is None else target * 1000,
            "note": "; ".join(x for x in (spread(wall, 1000, "ms"), f"CPU {median(cpu) * 1000:.0f} ms",
                                          note) if x)}


def measure(path: Path, folder: Path) -> list[dict]:
    from bench.bench_reads import top_up_interactions
    from workbench import sensing
    from workbench.store import open_store
    from workbench.workspace import Workspace
    from workbench.workspace.radar import observations, radar

    store = open_store(path)
    try:
        added = top_up_interactions(store, INTERACTIONS)
    finally:
        store.close()
    workspace = Workspace(open_store(path, exclusive=False))
    try:
        n = workspace.counts()
        found = radar(workspace)
        settings = workspace.settings()
        shape = (f"{n['stakeholders']:,} stakeholders, {n['interactions']:,} interactions"
                 f"{f' ({added:,} added)' if added else ''}, {n['relations']:,} relations, "
                 f"{n['readings']:,} readings; {len(found.findings):,} findings as of {found.today}")
        results = [_result(f"radar, {STAKEHOLDERS:,} stakeholders + {INTERACTIONS:,} interactions, "
                           "reads included (ms)", _timed(lambda: radar(workspace)), TARGET_S, shape)]
        results.append(_result("  its reads: observations (ms)",
                               _timed(lambda: observations(workspace, found.today, settings)), None))
        observed = observations(workspace, found.today, settings)
        results.append(_result("  its sensing: sensing.sense (ms)",
                               _timed(lambda: sensing.sense(observed, settings, found.today)), None))
    finally:
        workspace.close()
    env = child_env(folder)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, str(REPO / "main.py"), "radar", str(path), "--json"]

    def cli() -> None:
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=REPO, timeout=300)

    results.append(_result("  python main.py radar --json, a fresh process (ms)",
                           _timed(cli, CLI_REPEATS, _children_cpu), None,
                           "informational: start-up, imports, output"))
    return results


def run() -> list[dict]:
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "radar.voelspriet", stakeholders=STAKEHOLDERS)
        return measure(path, folder)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for row in run():
        print(row)
