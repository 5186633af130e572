"""The radar dock at 5,000 stakeholders and 100,000 interactions.

*dock refresh* is what the dock does after a burst of changes: ``RadarDock.refresh`` (the
whole radar, reads included, then the list filled and laid out: every item's height for
the dock's width) and the events that paint it, in a real main window, offscreen. The
radar's own target (PRODUCT.md: ≤ 1 s) is the budget for all of it. Beside it, the radar
with half of its findings snoozed and a quarter dismissed (the marks read and applied),
and one ``Workspace.dismiss`` (one undoable edit). Medians after a warm-up; the note gives
the spread and the CPU time.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

from bench.common import bench_dir, median, qt_app, spread, write_demo_workspace

STAKEHOLDERS = 5_000
INTERACTIONS = 100_000
REPEATS = 5
TARGET_S = 1.0


def _timed(fn: Callable[[], Any], repeats: int = REPEATS) -> tuple[list[float], list[float]]:
    fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return wall, cpu


def _row(name: str, times: tuple[list[float], list[float]], target: float | None, note: str = "") -> dict:
    wall, cpu = times
    return {"name": name, "value": round(median(wall) * 1000, 1), "unit": "ms",
            "target": None if target is None else target * 1000,
            "note": "; ".join(x for x in (spread(wall, 1000, "ms"), f"CPU {median(cpu) * 1000:.0f} ms", note) if x)}


def measure(path: Path) -> list[dict]:
    from bench.bench_reads import top_up_interactions
    from workbench.store import open_store
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace
    from workbench.workspace.radar import radar

    app = qt_app()
    store = open_store(path)
    try:
        top_up_interactions(store, INTERACTIONS)
    finally:
        store.close()
    workspace = Workspace(open_store(path))
    window = MainWindow(workspace)
    try:
        window.resize(1366, 768)
        window.show()
        dock = window.radar.dock_widget
        assert dock is not None
        for _ in range(5):
            app.processEvents()

        def refresh() -> None:
            dock.refresh()
            app.processEvents()

        found = radar(workspace).findings
        results = [_row(f"radar dock refresh, {STAKEHOLDERS:,} stakeholders + {INTERACTIONS:,} interactions (ms)",
                        _timed(refresh), TARGET_S, f"{len(found):,} findings listed and laid out")]
        day = radar(workspace).today
        for finding in found[::2]:
            workspace.snooze(finding, day + timedelta(days=7))
        for finding in found[1::4]:
            workspace.dismiss(finding)
        marks = workspace.radar_marks()
        left = len(radar(workspace).findings)
        results.append(_row("  the radar with half snoozed and a quarter dismissed (ms)",
                            _timed(lambda: radar(workspace)), TARGET_S,
                            f"{len(marks.snoozed) + len(marks.dismissed):,} marks, {left:,} findings left"))
        victims = iter(radar(workspace).findings)
        results.append(_row("  one dismiss, durably committed (ms)",
                            _timed(lambda: workspace.dismiss(next(victims))), None, "informational"))
    finally:
        window.close()
    return results


def run() -> list[dict]:
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "radar_dock.voelspriet", stakeholders=STAKEHOLDERS)
        return measure(path)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for row in run():
        print(row)
