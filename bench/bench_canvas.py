"""The stakeholder map at scale: a synthetic workspace of 5,000 stakeholders with 15,000
relations (PRODUCT.md targets).

- open: from the open workspace to the map built, shown and painted once;
- full repaint zoomed out (the whole map in view) and at 1:1 (around the facilitator):
  ``viewport().repaint()``, median of 15;
- one drag step of a node with 50 relations: the map's part of a mouse-move while
  dragging (``setPos`` and ``nodes_dragged``: scene bookkeeping, regions, the update of
  the changed area), median of 200 steps; and, informational, the step including the repaint of that area;
- memory: the process's RSS with the main window open on that workspace.

The workspace is written once per run (the import of 100,000 interactions takes a while).
"""

from __future__ import annotations

import resource
import time

import numpy as np

from bench.common import bench_dir, median, qt_app, spread, write_demo_workspace

N = 5000
RELATIONS_OF_DRAGGED = 50


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _repaint_ms(app, view, times: int = 15) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(times):
        app.processEvents()
        start = time.perf_counter()
        view.viewport().repaint()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _first_paint_ms(app, view, change) -> float:  # type: ignore[no-untyped-def]
    app.processEvents()
    change()
    start = time.perf_counter()
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def _give_a_node_relations(path, count: int) -> str:  # type: ignore[no-untyped-def]
    """Connect one ordinary stakeholder to others until it has *count* relations."""
    from workbench.store import open_store
    from workbench.workspace import Workspace

    ws = Workspace(open_store(path))
    try:
        people = [s.id for s in ws.stakeholders() if s.kind.value != "facilitator"]
        hub = people[len(people) // 2]
        have = {r.other(hub) for r in ws.relations(stakeholder_ids=[hub])}
        with ws.macro("bench"):
            for other in people:
                if len(have) >= count:
                    break
                if other != hub and other not in have:
                    ws.connect(hub, other, "knows")
                    have.add(other)
        return hub
    finally:
        ws.close()


def run() -> list[dict]:
    app = qt_app()
    from PySide6.QtCore import QPointF

    from workbench.store import open_store
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    results: list[dict] = []
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "big.voelspriet", N)
        hub = _give_a_node_relations(path, RELATIONS_OF_DRAGGED)
        rss_before = _rss_mb()
        start = time.perf_counter()
        window = MainWindow(Workspace(open_store(path)))
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        view, scene = window.map.view, window.map.scene
        view.fit()
        view.viewport().repaint()
        opened = time.perf_counter() - start
        results.append({"name": "map open, 5,000 + 15,000 (s)", "value": opened, "unit": "s",
                        "target": 3.0, "note": f"{len(scene.ids)} nodes, {len(scene.rel_ids)} relations"})

        out = _repaint_ms(app, view)
        results.append({"name": "map repaint, zoomed out (ms)", "value": median(out), "unit": "ms",
                        "target": 30.0, "note": f"overview={scene.overview}; " + spread(out, unit="ms")})

        first = _first_paint_ms(app, view, lambda: view.set_zoom(0.05))
        results.append({"name": "map first paint after zooming out (ms)", "value": first, "unit": "ms",
                        "target": None, "note": "informational: the layers' caches are rebuilt"})

        facilitator = window.workspace.facilitator_id()
        view.set_zoom(1.0)
        view.centerOn(scene.items_by_id[facilitator].pos())
        at_one = _repaint_ms(app, view)
        results.append({"name": "map repaint at 1:1, at the facilitator (ms)", "value": median(at_one),
                        "unit": "ms", "target": 8.0, "note": spread(at_one, unit="ms")})
        first = _first_paint_ms(app, view, lambda: view.set_zoom(1.25))
        results.append({"name": "map first paint after zooming in (ms)", "value": first, "unit": "ms",
                        "target": None, "note": "informational: the layers' caches are rebuilt"})
        view.set_zoom(1.0)

        counts = np.array([len(r) for r in scene.node_relations])
        i = scene.index[hub]
        item = scene.items_by_id[hub]
        view.centerOn(item.pos())
        app.processEvents()
        scene.clearSelection()
        item.setSelected(True)
        scene.move_tracker.press()
        origin = item.pos()
        steps, painted = [], []
        for k in range(200):
            target = origin + QPointF(3.0 * (k % 40), 2.0 * (k % 25))
            start = time.perf_counter()
            item.setPos(target)  # what Qt does on a mouse move while dragging …
            scene.nodes_dragged([item])  # … and what the node then tells the scene
            steps.append((time.perf_counter() - start) * 1000)
            if k % 4 == 0:
                start = time.perf_counter()
                app.processEvents()
                painted.append((time.perf_counter() - start) * 1000)
        scene.move_tracker.release()
        results.append({"name": f"map drag step, node with {counts[i]} relations (ms)", "value": median(steps),
                        "unit": "ms", "target": 2.0, "note": spread(steps, unit="ms")})
        results.append({"name": "map drag step incl. repaint of the area (ms)", "value": median(painted) + median(steps),
                        "unit": "ms", "target": None, "note": "informational; " + spread(painted, unit="ms")})
        view.fit()
        app.processEvents()
        results.append({"name": "memory with the 5,000 workspace open (MB)", "value": _rss_mb(), "unit": "MB",
                        "target": 400.0, "note": f"RSS; {rss_before:.0f} MB before opening"})
        window.close()
    return results
