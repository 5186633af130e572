"""One undoable edit, durably committed: moving a stakeholder through the Workspace.

PRODUCT.md: ≤ 5 ms median. Each ``Workspace.move_stakeholders`` call is the whole edit:
it reads the rows, applies them in one transaction (``synchronous=FULL``, so the commit
is fsync'ed), pushes the command on the undo stack and emits ``changed``. Timed with
nothing listening (the Workspace's own cost), and once more with the main window built
on the workspace (what the views' reaction adds per edit; informational).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

from bench.common import bench_dir, median, percentile, qt_app, spread, tmpfs_note, write_demo_workspace

MOVES = 300
WARMUP = 10
UNDOS = 100
UI_MOVES = 100
TARGET_MS = 5.0


def _timed(n: int, step: Callable[[int], None]) -> list[float]:
    """Milliseconds of each of *n* calls of *step*."""
    out: list[float] = []
    for i in range(n):
        started = time.perf_counter()
        step(i)
        out.append((time.perf_counter() - started) * 1000)
    return out


def _mover(workspace: Any) -> tuple[str, Callable[[int], None]]:
    from workbench.model import StakeholderKind

    target = next(s for s in workspace.stakeholders() if s.kind != StakeholderKind.FACILITATOR)
    x, y = target.x or 0.0, target.y or 0.0

    def move(i: int) -> None:
        workspace.move_stakeholders({target.id: (x + i + 1, y)})

    return target.id, move


def measure_workspace(path: Path) -> dict[str, list[float]]:
    """Moves and undos on a bare Workspace."""
    from workbench.store import open_store
    from workbench.workspace import Workspace

    ws = Workspace(open_store(path))
    try:
        _id, move = _mover(ws)
        _timed(WARMUP, move)
        moves = _timed(MOVES, lambda i: move(WARMUP + i))
        assert ws.undo_stack.count() == WARMUP + MOVES, "every move is one undo entry"
        undos = _timed(UNDOS, lambda _i: ws.undo_stack.undo())
        redos = _timed(UNDOS, lambda _i: ws.undo_stack.redo())
    finally:
        ws.close()
    return {"move": moves, "undo": undos, "redo": redos}


def measure_with_window(path: Path) -> list[float]:
    """Moves with the main window (table, panels, title) listening to the Workspace."""
    from workbench.store import open_store
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    app = qt_app()
    window = MainWindow(Workspace(open_store(path)))
    try:
        window.show()
        app.processEvents()
        sid, move = _mover(window.workspace)
        window.selection.select([sid])  # the details panel shows the moved stakeholder

        def step(i: int) -> None:
            move(i)
            app.processEvents()  # let queued reactions run inside the measurement

        _timed(WARMUP, step)
        return _timed(UI_MOVES, lambda i: step(WARMUP + i))
    finally:
        window.close()  # closes the workspace
        app.processEvents()


def run() -> list[dict[str, Any]]:
    qt_app()
    with bench_dir() as folder:
        note_fs = tmpfs_note(folder)
        path = write_demo_workspace(folder / "demo.voelspriet")
        t = measure_workspace(path)
        ui = measure_with_window(path)

    def note(text: str) -> str:
        return "; ".join(x for x in (text, note_fs) if x)

    return [
        {"name": "move one stakeholder, median (ms)", "value": median(t["move"]), "unit": "ms",
         "target": TARGET_MS, "note": note(spread(t["move"], unit="ms"))},
        {"name": "move one stakeholder, p95 (ms)", "value": percentile(t["move"], 95),
         "unit": "ms", "target": TARGET_MS, "note": "informational"},
        {"name": "undo a move, median (ms)", "value": median(t["undo"]), "unit": "ms",
         "target": TARGET_MS, "note": note(spread(t["undo"], unit="ms"))},
        {"name": "redo a move, median (ms)", "value": median(t["redo"]), "unit": "ms",
         "target": TARGET_MS, "note": spread(t["redo"], unit="ms")},
        {"name": "move with the main window listening, median (ms)", "value": median(ui),
         "unit": "ms", "target": None,
         "note": "informational: edit + the views' reaction; " + spread(ui, unit="ms")},
    ]
