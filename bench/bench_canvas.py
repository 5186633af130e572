"""The stakeholder map at scale: synthetic workspaces of 5,000 stakeholders with 15,000
relations and of 20,000 with 60,000 (PRODUCT.md targets, and the zoom targets of the
tiled layer caches).

- open: from the open workspace to the map built, shown, fitted and painted once;
- full repaint zoomed out (the whole map in view) and at 1:1 (around the facilitator):
  ``viewport().repaint()``, median of 15;
- first paint after a wheel step: a real ``QWheelEvent`` (one notch, at the centre of the
  view) is sent to the viewport, which sets the new transform, then
  ``viewport().repaint()``; timed from sending the event to the end of that paint. Every
  step goes to a zoom level not seen before, and the map's layers have finished rebuilding
  before each step (``layers.rebuild_pending``). Zoomed out (from the fitted map, 4 steps
  in and 4 out) and at 1:1 (3 in, 3 out): the median, with the spread in the note. Beside
  it, informational: how long until the picture in sight is final (the new tiles built in
  the background while the event loop runs, as in the app);
- first paint after a jump (``set_zoom``, as the 0 key or a search does): informational;
- one drag step of a node with 50 relations (5,000 map only): the map's part of a
  mouse-move while dragging (``setPos`` and ``nodes_dragged``: scene bookkeeping, regions,
  the update of the changed area), median of 200 steps; and, informational, the step
  including the repaint of that area;
- memory: the process's RSS with the main window open on the 5,000 workspace.

The workspaces are written once per run (the 20,000 one takes about a minute).
"""

from __future__ import annotations

import resource
import time

import numpy as np

from bench.common import bench_dir, median, qt_app, spread, write_demo_workspace

N = 5000
LARGE = 20000
RELATIONS_OF_DRAGGED = 50


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pending(in_sight: bool = False) -> bool:
    """True while the map's layers are still rebuilding their caches in the background (with
    *in_sight*: while the picture in sight is not final yet)."""
    from workbench.canvas import layers

    pending = getattr(layers, "rebuild_pending", None)  # (none before the tiled caches)
    return bool(pending(in_sight=in_sight)) if pending is not None else False


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until the layers' background rebuild is done."""
    app.processEvents()
    while _pending():
        app.processEvents()
    app.processEvents()


def _repaint_ms(app, view, times: int = 15) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    _settle(app)
    for _ in range(times):
        app.processEvents()
        start = time.perf_counter()
        view.viewport().repaint()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _first_paint_ms(app, view, change) -> float:  # type: ignore[no-untyped-def]
    _settle(app)
    change()
    start = time.perf_counter()
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def _wheel_steps(app, view, notches: list[int]) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Per wheel notch: the first paint after it, and the time until the picture in sight is
    final (ms), the event loop running as in the app."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    viewport = view.viewport()
    at = QPointF(viewport.rect().center())
    first, done = [], []
    for notch in notches:
        _settle(app)
        event = QWheelEvent(at, QPointF(viewport.mapToGlobal(at.toPoint())), QPoint(), QPoint(0, 120 * notch),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        start = time.perf_counter()
        app.sendEvent(viewport, event)  # the view sets the new transform …
        viewport.repaint()  # … and paints
        first.append((time.perf_counter() - start) * 1000)
        while _pending(in_sight=True):
            app.processEvents()
        done.append((time.perf_counter() - start) * 1000)
    return first, done


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


def _zoom_rows(app, window, label: str, target: float | None) -> list[dict]:  # type: ignore[no-untyped-def]
    """First paint after wheel steps, zoomed out and at 1:1, and the rebuild that follows."""
    view, scene = window.map.view, window.map.scene
    rows: list[dict] = []
    view.fit()
    out_first, out_done = _wheel_steps(app, view, [1, 1, 1, 1])
    view.fit()
    first, done = _wheel_steps(app, view, [-1, -1, -1, -1])
    out_first += first
    out_done += done
    view.set_zoom(1.0)
    view.centerOn(scene.items_by_id[window.workspace.facilitator_id()].pos())
    one_first, one_done = _wheel_steps(app, view, [1, 1, 1])
    view.set_zoom(1.0)
    first, done = _wheel_steps(app, view, [-1, -1, -1])
    one_first += first
    one_done += done
    for where, firsts, dones in (("zoomed out", out_first, out_done), ("at 1:1", one_first, one_done)):
        rows.append({"name": f"map first paint after a wheel step, {where}, {label} (ms)", "value": median(firsts),
                     "unit": "ms", "target": target, "note": f"max {max(firsts):.1f} ms; " + spread(firsts, unit="ms")})
        rows.append({"name": f"map final after a wheel step, {where}, {label} (ms)", "value": median(dones),
                     "unit": "ms", "target": None,
                     "note": "informational: until the new tiles in sight are built; " + spread(dones, unit="ms")})
    view.fit()
    _settle(app)
    return rows


def _open(app, path):  # type: ignore[no-untyped-def]
    from workbench.store import open_store
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    start = time.perf_counter()
    window = MainWindow(Workspace(open_store(path)))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    view = window.map.view
    view.fit()
    view.viewport().repaint()
    return window, time.perf_counter() - start


def run() -> list[dict]:
    app = qt_app()
    from PySide6.QtCore import QPointF

    results: list[dict] = []
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "big.voelspriet", N)
        hub = _give_a_node_relations(path, RELATIONS_OF_DRAGGED)
        rss_before = _rss_mb()
        window, opened = _open(app, path)
        view, scene = window.map.view, window.map.scene
        results.append({"name": "map open, 5,000 + 15,000 (s)", "value": opened, "unit": "s",
                        "target": 3.0, "note": f"{len(scene.ids)} nodes, {len(scene.rel_ids)} relations"})

        out = _repaint_ms(app, view)
        results.append({"name": "map repaint, zoomed out (ms)", "value": median(out), "unit": "ms",
                        "target": 30.0, "note": f"overview={scene.overview}; " + spread(out, unit="ms")})

        first = _first_paint_ms(app, view, lambda: view.set_zoom(0.05))
        results.append({"name": "map first paint after a jump out (set_zoom) (ms)", "value": first, "unit": "ms",
                        "target": None, "note": "informational: the layers' caches are rebuilt at once"})

        facilitator = window.workspace.facilitator_id()
        view.set_zoom(1.0)
        view.centerOn(scene.items_by_id[facilitator].pos())
        at_one = _repaint_ms(app, view)
        results.append({"name": "map repaint at 1:1, at the facilitator (ms)", "value": median(at_one),
                        "unit": "ms", "target": 8.0, "note": spread(at_one, unit="ms")})
        first = _first_paint_ms(app, view, lambda: view.set_zoom(1.25))
        results.append({"name": "map first paint after a jump in (set_zoom) (ms)", "value": first, "unit": "ms",
                        "target": None, "note": "informational: the layers' caches are rebuilt at once"})
        view.set_zoom(1.0)

        results += _zoom_rows(app, window, "5,000", 50.0)

        counts = np.array([len(r) for r in scene.node_relations])
        i = scene.index[hub]
        item = scene.items_by_id[hub]
        view.set_zoom(1.0)
        view.centerOn(item.pos())
        _settle(app)
        scene.clearSelection()
        item.setSelected(True)
        # what turns a press/moves/release into one drag (the scene's tracker, or its controller)
        tracker = getattr(scene, "move_tracker", None) or scene.controller
        tracker.press()
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
        tracker.release()
        results.append({"name": f"map drag step, node with {counts[i]} relations (ms)", "value": median(steps),
                        "unit": "ms", "target": 2.0, "note": spread(steps, unit="ms")})
        results.append({"name": "map drag step incl. repaint of the area (ms)", "value": median(painted) + median(steps),
                        "unit": "ms", "target": None, "note": "informational; " + spread(painted, unit="ms")})
        view.fit()
        _settle(app)
        results.append({"name": "memory with the 5,000 workspace open (MB)", "value": _rss_mb(), "unit": "MB",
                        "target": 400.0, "note": f"RSS; {rss_before:.0f} MB before opening"})
        window.close()
        _settle(app)

        path = write_demo_workspace(folder / "larger.voelspriet", LARGE)
        window, opened = _open(app, path)
        view, scene = window.map.view, window.map.scene
        results.append({"name": "map open, 20,000 + 60,000 (s)", "value": opened, "unit": "s",
                        "target": 5.0, "note": f"{len(scene.ids)} nodes, {len(scene.rel_ids)} relations"})
        out = _repaint_ms(app, view)
        results.append({"name": "map repaint, zoomed out, 20,000 (ms)", "value": median(out), "unit": "ms",
                        "target": None, "note": f"informational; overview={scene.overview}; "
                        + spread(out, unit="ms")})
        view.set_zoom(1.0)
        view.centerOn(scene.items_by_id[window.workspace.facilitator_id()].pos())
        at_one = _repaint_ms(app, view)
        results.append({"name": "map repaint at 1:1, 20,000 (ms)", "value": median(at_one), "unit": "ms",
                        "target": None, "note": "informational; " + spread(at_one, unit="ms")})
        results += _zoom_rows(app, window, "20,000", 100.0)
        window.close()
        _settle(app)
    return results
