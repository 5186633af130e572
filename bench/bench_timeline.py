"""The energy timeline: 200 relations × 500 readings overlaid (PRODUCT.md: ≤ 50 ms to draw).

The workspace is the seeded synthetic one at 600 stakeholders; 200 of its relations each
get 500 readings (one a day at a random hour, 100,000 in all) with executemany. The
timeline widget (1,400 × 320, the size of its dock in a full-HD window) is loaded
(pyqtgraph imported) before anything is timed.

*draw* (the target) is what the timeline does once the readings are in memory: build the
plot items from the overlay's columns (``TimelinePlot.redraw_all``: merged curves, the
markers, band, legend and title), put every reading in view (``fit``) and paint one full
frame of the plot (``viewport().repaint()``, synchronous). It is measured twice: on
readings that drift like real ones (a random walk, mostly staying put, the headline
number) and on readings that jump at random between 1 and 5 at every step (the worst case
for drawing lines: long vertical segments everywhere).

Informational, beside it:

- *select → painted*: ``Selection.select(relations=…)`` to the painted frame, including
  reading the 200 series and their contacts from the workspace (most of it is the store's
  ``readings_series``, bench_reads; the bench's readings were sensed outside any contact,
  and past 24 stakeholders' worth of relations the timeline reads only the contacts the
  readings were sensed in, so no contact is read here);
- *repaint*: one frame after moving the view (panning or zooming);
- *one reading added*: the timeline's share of ``Workspace.add_reading`` on a shown
  relation (re-read that relation, redraw its curve, repaint), without the commit;
- plot items: how many items draw the 200 relations.

Each number is the median of several runs after a warm-up.
"""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from typing import Any, Callable

from bench.common import bench_dir, median, qt_app, spread, write_demo_workspace

STAKEHOLDERS = 600
RELATIONS = 200
READINGS = 500
REPEATS = 9
DRAW_TARGET_MS = 50.0
SIZE = (1400, 320)


def _readings(relation_ids: list[str], per_relation: int, walk: bool, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    start = datetime(2019, 1, 1, 9, 0)
    rows = []
    for r, rid in enumerate(relation_ids):
        energy = rng.randint(2, 5)
        for k in range(per_relation):
            if walk:
                energy = min(5, max(1, energy + rng.choice((-1, 0, 0, 0, 0, 1))))
            else:
                energy = rng.randint(1, 5)
            rows.append({"id": f"bench-t{r:03d}-{k:04d}", "relation_id": rid,
                         "at": start + timedelta(days=k, hours=rng.randrange(12)),
                         "energy": energy, "source": "sense", "note": "", "interaction_id": None})
    return rows


def _fill(store: Any, relation_ids: list[str], walk: bool) -> None:
    from sqlalchemy import delete, insert

    from workbench.store.schema import TABLES as T

    with store.begin() as s:
        s.execute(delete(T["readings"]).where(T["readings"].c.relation_id.in_(relation_ids)))
        s.execute(insert(T["readings"]), _readings(relation_ids, READINGS, walk))


def _timed(fn: Callable[[], Any], repeats: int = REPEATS, warmup: int = 1) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each of *repeats* calls (CPU time goes in the note: on a
    machine busy with other work the wall time also counts waiting for a core)."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def _result(name: str, times: tuple[list[float], list[float]], target: float | None, note: str) -> dict:
    wall, cpu = times
    cpu_note = f"CPU {median(cpu):.1f} ms" if cpu else ""
    return {"name": name, "value": round(median(wall), 2), "unit": "ms", "target": target,
            "note": "; ".join(x for x in (spread(wall, unit="ms"), cpu_note, note) if x)}


def run() -> list[dict]:
    app = qt_app()
    from workbench.model import Reading
    from workbench.store import open_store
    from workbench.timeline import TimelineWidget
    from workbench.workspace import Selection, Workspace

    results: list[dict] = []
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "timeline.voelspriet", stakeholders=STAKEHOLDERS)
        store = open_store(path)
        ws = Workspace(store)
        widget = None
        try:
            relation_ids = sorted(ws.relation_ends())[:RELATIONS]
            selection = Selection()
            widget = TimelineWidget(ws, selection)
            widget.resize(*SIZE)
            widget.show()
            widget.load()
            app.processEvents()
            plot = widget.plot
            viewport = plot.plot_widget.viewport()

            # the worst case first, so that the numbers after the loop are on drifting readings
            for walk, label in ((False, "readings jumping at random"), (True, "drifting readings")):
                _fill(store, relation_ids, walk)
                selection.select()
                selection.select(relations=relation_ids)
                app.processEvents()
                shown = plot.overlay.visible_points()

                def draw() -> None:
                    plot.redraw_all()
                    plot.fit()
                    viewport.repaint()

                items = len(plot.data_items())
                results.insert(0 if walk else len(results), _result(
                    f"timeline draw, {RELATIONS} relations × {READINGS} readings, {label} (ms)",
                    _timed(draw), DRAW_TARGET_MS if walk else None,
                    f"{shown:,} readings, {items} data items; build items + fit + one painted frame "
                    f"at {SIZE[0]}×{SIZE[1]}" + ("" if walk else "; worst case, informational")))

            def select() -> None:
                selection.select()
                selection.select(relations=relation_ids)
                viewport.repaint()

            results.append(_result(f"  select {RELATIONS} relations → painted (ms)", _timed(select, 5), None,
                                   "includes reading the 100,000 readings (Workspace.readings_series) and "
                                   "the contacts from the workspace"))
            degree: dict[str, int] = {}
            for a, b in ws.relation_ends().values():
                for end in (a, b):
                    degree[end] = degree.get(end, 0) + 1
            fac = ws.facilitator_id()
            hub = max((sid for sid in degree if sid != fac), key=lambda sid: degree[sid])  # the busiest partner

            def select_person() -> None:
                selection.select()
                selection.select([hub])
                viewport.repaint()

            results.append(_result("  select one stakeholder → painted (ms)", _timed(select_person, 5), None,
                                   f"{len(ws.relations(stakeholder_ids=[hub]))} relations; all read from the "
                                   "workspace: relations, names, series, that person's contacts"))
            selection.select(relations=relation_ids)
            (x0, x1), _ = plot.vb.viewRange()
            flip = [False]

            def repaint() -> None:
                flip[0] = not flip[0]
                shift = (x1 - x0) * (0.1 if flip[0] else 0.0)
                plot.vb.setXRange(x0 + shift, x1 + shift, padding=0)
                viewport.repaint()

            results.append(_result("  repaint after panning (ms)", _timed(repaint), None,
                                   "one frame, everything in view"))
            target = relation_ids[0]
            moment = [datetime(2021, 1, 1)]
            pending: list[float] = []
            original = plot._on_changed

            def on_changed(change: Any) -> None:
                started = time.perf_counter()
                original(change)
                viewport.repaint()
                pending.append((time.perf_counter() - started) * 1000)

            ws.changed.disconnect(plot._on_changed)
            ws.changed.connect(on_changed)

            def add_one() -> None:
                moment[0] += timedelta(hours=1)
                ws.add_reading(Reading(id="", relation=target, at=moment[0], energy=3))

            _timed(add_one)
            results.append(_result("  one reading added to a shown relation (ms)", (pending[1:], []), None,
                                   "the timeline's share: re-read that relation, redraw its curve, "
                                   "repaint (the commit not counted)"))
        finally:
            if widget is not None:
                widget.close()
                widget.deleteLater()
            ws.close()
            app.processEvents()
    return results
