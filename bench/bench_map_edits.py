"""One edit, from the user's action to the next frame: "one notification per operation,
and views that update incrementally", on the synthetic 5,000 stakeholders + 15,000
relations (target: one frame, 16 ms).

Each operation is timed from the Workspace call (or the controller call a gesture makes)
until the views have reacted and the map's viewport has painted: the event loop is run
(``processEvents``: the queued reactions and the paints they posted, as the app's own
loop would) until the viewport has received a paint event, and while the map's layers
still build tiles in sight in the background (``layers.rebuild_pending(in_sight=True)``);
the time is taken at the end of the paint that made the picture in sight final (what
the same turn of the event loop runs after it, such as a panel's timer, is not the
frame's). A viewport that did not paint by then is repainted (``repaint()``), counted
as "forced" in the note. When finishing the
background work around the view (tiles for panning) took longer, the note says so.
Operations, each on one stakeholder:

- connect: ``workspace.connect(a, b, "knows")`` (undone after each repetition);
- reading: ``workspace.add_reading(Reading(relation=…, energy=2))``, newer than any
  other reading of that relation, so its line changes colour (undone after each);
- drop: ``controller.commit_move({sid: (x + 5, y)})`` (what a mouse release commits),
  and the same through ``workspace.move_stakeholders`` for comparison; 5 units to the
  right, then back, so every call moves. The synthetic map's 10 group regions
  cover it all, so no node lies away from regions: the stakeholder moved is the one
  without groups, so that no region joins or changes;
- drop into regions: ``controller.press()`` (untimed), then ``commit_move`` of a
  stakeholder onto a point inside at least two shown regions it was outside of (it joins
  the topmost: a macro of the move and the membership; undone after each);
- set fields: ``workspace.set_fields(sid, role=…)``, "x" and "y" alternately;
- undo and redo of a move (``undo_stack.undo()`` / ``redo()``) of a group member: each
  repetition times the undo, then the redo.

The stakeholder an operation acts on is selected first (the details panel shows it).
Measured twice: on a bare MapWidget (the map only), and with the whole main window
(1400×900: map, table, details and signature panels) listening; the bare map gets the
size the map has in that window. In the window, the radar recomputes after a change that
can alter it (150 ms later, off the window's thread, then shows its list and the map's
halos): that is not the edit's frame, and each repetition waits for it to end first
(``_Frame.settle``: until the window is at rest, its radar list laid out), as a user's
next edit mostly does; bench_radar_dock measures it.
Zoom: the default fit (whole map in view), named in the notes. Median of ``REPS`` after ``WARMUP``; the note gives the p95, the spread, the median
of the call alone (the Workspace's work and what the views do in their ``changed``
slots, before any paint) and, from
one more repetition run under cProfile, the two biggest cumulative costs inside
workbench/ (functions that only pass the time on to other workbench functions are
skipped; the largest callee of the first one follows in brackets).
"""

from __future__ import annotations

import cProfile
import linecache
import pstats
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from bench.common import bench_dir, median, percentile, qt_app, spread, write_demo_workspace

N = 5000
WARMUP = 1
REPS = 15
TARGET_MS = 16.0
WINDOW_SIZE = (1400, 900)
READING_AT = datetime(2024, 7, 1, 12, 0)  # after the synthetic data's last reading
#: A workbench function whose workbench callees take this share of its time only passes it on.
PASS_ON = 0.8


# ---------------------------------------------------------------------- waiting for the frame
def _pending(in_sight: bool = False) -> bool:
    """True while the map's layers are still rebuilding their caches in the background
    (with *in_sight*: only while the picture in sight is not final yet)."""
    from workbench.canvas import layers

    pending = getattr(layers, "rebuild_pending", None)
    if pending is None:
        return False
    try:
        return bool(pending(in_sight=in_sight))
    except TypeError:  # an older signature
        return bool(pending())


class _Frame:
    """Runs the event loop until the map's viewport has painted once and all is idle."""

    def __init__(self, app: Any, viewport: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class Counter(QObject):
            count = 0

            def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == paint:
                    Counter.count += 1
                return False

        self.app, self.viewport = app, viewport
        self.counter = Counter()
        self._type = Counter
        viewport.installEventFilter(self.counter)
        self.forced = 0
        # when a paint of the map ended (what runs after it in the same turn of the event
        # loop, such as a panel's timer, is not the frame's)
        self.view = viewport.parentWidget()
        self.painted_at = 0.0
        own = self.view.viewportEvent
        frame = self

        def stamped(event: Any) -> bool:
            handled = own(event)
            if event.type() == paint:
                frame.painted_at = time.perf_counter()
            return handled

        self.view.viewportEvent = stamped  # the view's own, for this view only

    def start(self) -> None:
        self._type.count = 0
        self.painted_at = 0.0

    def wait(self, force: bool = True) -> float:
        """Run the event loop until the viewport has painted (else, if *force*, repaint it)
        and the picture in sight is final; then until the layers' background work (tiles
        around the view) is done too. Returns when the paint that made the picture in sight
        final ended (perf_counter)."""
        app = self.app
        for _ in range(20):
            app.processEvents()
            if self._type.count:
                break
        else:
            if force:
                self.viewport.repaint()
                self.forced += 1
        while _pending(in_sight=True):
            app.processEvents()
        shown = self.painted_at or time.perf_counter()
        app.processEvents()
        while _pending():
            app.processEvents()
        return shown

    def settle(self) -> None:
        """Untimed: let everything an untimed step caused happen (paints included), and
        what the window does later on its own: the radar's recompute (``DEBOUNCE_MS``
        after a change, then off the window's thread) and showing its result. Each timed
        edit so starts from a window at rest, as a user's next edit mostly does."""
        self.start()
        self.wait(force=False)
        from workbench.ui import background
        from workbench.ui.radar_dock import RadarDock

        docks = self.viewport.window().findChildren(RadarDock)
        deadline = time.perf_counter() + 30.0
        while (background.busy() or any(d.timer.isActive() for d in docks)) and time.perf_counter() < deadline:
            time.sleep(0.005)
            self.app.processEvents()
        self.wait(force=False)
        # … and what that result set going: a list of thousands is laid out 100 items per
        # turn of the loop. At rest: five turns in a row with nothing to do (< 1 ms each).
        idle = 0
        while idle < 5 and time.perf_counter() < deadline:
            started = time.perf_counter()
            self.app.processEvents()
            idle = idle + 1 if time.perf_counter() - started < 0.001 else 0

    def remove(self) -> None:
        self.viewport.removeEventFilter(self.counter)
        del self.view.viewportEvent


# ---------------------------------------------------------------------- profile hot spots
def _qualname(filename: str, lineno: int, func: str) -> str:
    """``layers.EdgeLayer.paint`` for a function of workbench/canvas/layers.py."""
    owner = ""
    line = linecache.getline(filename, lineno)
    indent = len(line) - len(line.lstrip())
    for k in range(lineno - 1, 0, -1):
        text = linecache.getline(filename, k)
        stripped = text.lstrip()
        if stripped and len(text) - len(stripped) < indent:
            if stripped.startswith("class "):
                owner = stripped[6:].split("(")[0].split(":")[0].strip() + "."
                break
            if not stripped.startswith(("@", "#")):
                indent = len(text) - len(stripped)  # a nested function: keep looking outwards
            if indent == 0:
                break
    return f"{Path(filename).stem}.{owner}{func}"


def _label(key: tuple[str, int, str]) -> str:
    filename, lineno, func = key
    if filename == "~":  # a builtin: "<method 'drawPath' of 'PySide6.QtGui.QPainter' objects>"
        if func.startswith("<method '") and " of '" in func:
            name = func.split("'")[1]
            owner = func.split(" of '")[1].split("'")[0].rsplit(".", 1)[-1]
            return f"{owner}.{name}"
        return func.strip("<>").replace("built-in method ", "")
    if "/workbench/" in filename:
        return _qualname(filename, lineno, func)
    return f"{Path(filename).stem}.{func}"


def hot_spots(profile: cProfile.Profile, top: int = 2) -> str:
    """The biggest cumulative costs inside workbench/, as ``name NN%`` of the profiled time.

    A workbench function that passes ``PASS_ON`` of its time on to other workbench
    functions (directly, or through Qt calling back into Python, as a view's paint event
    calls the items' ``paint``) is skipped for those; a spot called by one already named
    is skipped too. The first spot's largest callee follows in brackets.
    """
    stats = pstats.Stats(profile)
    stats.calc_callees()
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    callees: dict[Any, dict[Any, Any]] = stats.all_callees  # type: ignore[attr-defined]
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]

    def ours(key: tuple[str, int, str]) -> bool:
        return "/workbench/" in key[0]

    reach_memo: dict[Any, float] = {}

    def passed_on(key: Any, depth: int = 0) -> float:
        """Seconds of *key*'s time spent in workbench functions it calls (at any depth
        through code outside workbench/)."""
        out = 0.0
        for callee, edge in callees.get(key, {}).items():
            if callee == key:
                continue
            if ours(callee):
                out += edge[3]
            elif depth < 8:
                if callee not in reach_memo:
                    reach_memo[callee] = 0.0  # against cycles
                    ct = raw[callee][3] if callee in raw else 0.0
                    reach_memo[callee] = min(1.0, passed_on(callee, depth + 1) / ct) if ct > 0 else 0.0
                out += edge[3] * reach_memo[callee]
        return out

    def below(a: Any, b: Any) -> bool:
        """True when *b* is called (at any depth) by *a*."""
        seen, todo = {a}, [a]
        while todo:
            for callee in callees.get(todo.pop(), {}):
                if callee == b:
                    return True
                if callee not in seen:
                    seen.add(callee)
                    todo.append(callee)
        return False

    spots = sorted(((ct, key) for key, (_cc, _nc, _tt, ct, _callers) in raw.items()
                    if ours(key) and ct > 0 and passed_on(key) < PASS_ON * ct), reverse=True)
    chosen: list[tuple[float, Any]] = []
    for ct, key in spots:
        if len(chosen) == top:
            break
        if not any(below(other, key) for _ct, other in chosen):
            chosen.append((ct, key))
    parts = []
    for n, (ct, key) in enumerate(chosen):
        text = f"{_label(key)} {100 * ct / total:.0f}%"
        if n == 0:
            inner = sorted(((edge[3], callee) for callee, edge in callees.get(key, {}).items()), reverse=True)
            if inner and inner[0][0] > 0.3 * ct:
                text += f" ({_label(inner[0][1])} {100 * inner[0][0] / total:.0f}%)"
        parts.append(text)
    return ", ".join(parts) if parts else "nothing inside workbench/"


# ---------------------------------------------------------------------- operations
@dataclass
class Op:
    """One operation: *do* is timed (with the frame), *prepare* and *after* are not.

    *then* (key, label, call) is a second operation timed in the same repetition, right
    after the first one's frame (a redo after an undo).
    """

    key: str
    label: str
    do: Callable[[int], None]
    select: str | None = None
    prepare: Callable[[int], None] | None = None
    after: Callable[[int], None] | None = None
    note: str = ""
    then: tuple[str, str, Callable[[int], None]] | None = None


def _operations(map_widget: Any) -> tuple[list[Op], list[bool]]:
    from PySide6.QtCore import QPointF

    from workbench.model import Reading, StakeholderKind

    ws = map_widget.workspace
    scene, controller = map_widget.scene, map_widget.controller
    items = scene.items_by_id
    undo = ws.undo_stack.undo

    def regions_at(point: Any) -> set[str]:
        return {g for g, r in scene.regions.items() if r.contains_scene_point(point)}

    people = [s for s in scene.ids if items[s].stakeholder.kind != StakeholderKind.FACILITATOR]
    grouped = [s for s in people if items[s].stakeholder.groups]

    # connect: a pair not connected yet
    a = grouped[len(grouped) // 3]
    b = next(s for s in reversed(people) if s != a and ws.relation_between(a, s) is None)

    # a reading on one of a's relations
    relation = ws.relations(stakeholder_ids=[a])[0]

    # a plain drop: a stakeholder without groups (no region joins or changes)
    loner = next((s for s in scene.ids if not items[s].stakeholder.groups), scene.ids[0])
    who = "the facilitator" if items[loner].stakeholder.kind == StakeholderKind.FACILITATOR else "a stakeholder"
    lx, ly = items[loner].pos().x(), items[loner].pos().y()
    loner_regions = regions_at(items[loner].pos())
    loner_joins = [g for g in regions_at(QPointF(lx + 5, ly)) if g not in loner_regions]

    # a drop into overlapping regions: a point inside >= 2 shown regions (fewest first),
    # and a node outside them and not a member of them
    inside_at = {s: regions_at(items[s].pos()) for s in people}
    where = sorted(people, key=lambda s: len(inside_at[s]))
    target_point, target_regions, dropped = None, set(), None
    for s in where:
        if len(inside_at[s]) < 2:
            continue
        point = items[s].pos() + QPointF(3.0, 3.0)
        inside = regions_at(point)
        if len(inside) < 2:
            continue
        dropped = next((c for c in where if c != s and not inside & inside_at[c]
                        and not inside & set(items[c].stakeholder.groups)), None)
        if dropped is not None:
            target_point, target_regions = point, inside
            break
    if dropped is None or target_point is None:  # no such point: still a drop, into whatever is there
        dropped, target_point = grouped[-1], items[grouped[0]].pos() + QPointF(3.0, 3.0)
        target_regions = regions_at(target_point)

    # set fields, undo and redo: ordinary group members
    edited = grouped[len(grouped) // 2]
    roles = ("y", "x") if items[edited].stakeholder.role == "x" else ("x", "y")  # every call changes it
    mover = grouped[(2 * len(grouped)) // 3]
    mx, my = items[mover].pos().x(), items[mover].pos().y()

    def nudge(i: int) -> dict[str, tuple[float, float]]:
        """5 units to the right, then back, from where the stakeholder is."""
        at = items[loner].pos()
        return {loner: (at.x() + (5.0 if i % 2 == 0 else -5.0), at.y())}

    stack = ws.undo_stack

    def move_once(i: int) -> None:
        if i == 0:
            ws.move_stakeholders({mover: (mx + 5.0, my)})

    joined: list[bool] = []

    def drop_into_regions(_i: int) -> None:
        controller.commit_move({dropped: (target_point.x(), target_point.y())})
        if not joined:
            joined.append(bool(set(items[dropped].stakeholder.groups) & target_regions))

    names = ", ".join(sorted(scene.regions[g].group.name for g in target_regions))
    return [
        Op("connect", 'workspace.connect(a, b, "knows")', lambda _i: ws.connect(a, b, "knows"), select=a,
           after=lambda _i: undo(), note="undone after each"),
        Op("reading", "workspace.add_reading(energy 2)",
           lambda _i: ws.add_reading(Reading(id="", relation=relation.id, at=READING_AT, energy=2)),
           select=a, after=lambda _i: undo(), note="the newest reading of its relation; undone after each"),
        Op("drop", "drop: controller.commit_move",
           lambda i: controller.commit_move(nudge(i)), select=loner,
           prepare=lambda _i: controller.press(),
           note=f"{who}, in no group, 5 units right then back; regions it would join: {len(loner_joins)}"),
        Op("move", "move: workspace.move_stakeholders",
           lambda i: ws.move_stakeholders(nudge(i)), select=loner,
           note="the same stakeholder and steps as the drop"),
        Op("drop_regions", "drop into 2+ regions: controller.commit_move",
           drop_into_regions, select=dropped, prepare=lambda _i: controller.press(), after=lambda _i: undo(),
           note=f"into {len(target_regions)} regions ({names}); from outside them; undone after each"),
        Op("set_fields", 'workspace.set_fields(sid, role="x")',
           lambda i: ws.set_fields(edited, role=roles[i % 2]), select=edited,
           note='role "x" and "y" alternately'),
        Op("undo", "undo a move (undo_stack.undo)", lambda _i: stack.undo(), select=mover,
           prepare=move_once, note="a move of a group member; each undo followed by its redo",
           then=("redo", "redo a move (undo_stack.redo)", lambda _i: stack.redo())),
    ], joined


# ---------------------------------------------------------------------- measuring
def _measure(app: Any, map_widget: Any, selection: Any) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Every operation on a shown map (alone or in the window): times, profile, notes."""
    view = map_widget.view
    frame = _Frame(app, view.viewport())
    ws = map_widget.workspace
    for gid, region in list(map_widget.scene.regions.items()):
        if not region.group.show_region:  # every group's region is shown
            ws.set_group_fields(gid, show_region=True)
    view.fit()
    frame.settle()
    context = {"zoom": view.scale_factor(), "overview": map_widget.scene.overview,
               "viewport": (view.viewport().width(), view.viewport().height())}
    ops, joined = _operations(map_widget)
    out: dict[str, dict[str, Any]] = {}
    last = WARMUP + REPS  # the repetition run under cProfile (not in the times)

    def timed(i: int, call: Callable[[int], None], entry: dict[str, Any]) -> None:
        """Time *call* and its frame (and until idle) into *entry*."""
        profile = cProfile.Profile() if i == last else None
        forced = frame.forced
        frame.start()
        if profile is not None:
            profile.enable()
        started = time.perf_counter()
        call(i)
        returned = time.perf_counter()
        shown = frame.wait()
        idle = time.perf_counter()
        if profile is not None:
            profile.disable()
            entry["profile"] = hot_spots(profile)
        elif i >= WARMUP:
            entry["times"].append((shown - started) * 1000)
            entry["idle"].append((idle - started) * 1000)
            entry["call"].append((returned - started) * 1000)
        entry["forced"] += frame.forced - forced

    try:
        for op in ops:
            if op.select is not None:
                selection.select([op.select])
                frame.settle()
            phases = [(op.key, op.label, op.do)] + ([op.then] if op.then is not None else [])
            data = {key: {"label": label, "times": [], "idle": [], "call": [], "profile": "", "forced": 0,
                          "note": op.note} for key, label, _call in phases}
            for i in range(last + 1):
                if op.prepare is not None:
                    op.prepare(i)
                    frame.settle()
                for key, _label, call in phases:
                    timed(i, call, data[key])
                if op.after is not None:
                    op.after(i)
                    frame.settle()
            out.update(data)
        context["joined"] = bool(joined and joined[0])
    finally:
        selection.select([])
        frame.settle()
        frame.remove()
    return out, context


def measure_window(app: Any, path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any], tuple[int, int]]:
    """With the whole main window listening."""
    from workbench.store import open_store
    from workbench.ui import heap
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    window = MainWindow(Workspace(open_store(path)), None)
    try:
        window.rest_heap_once_painted()  # as the app does (ui.heap)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        size = (window.map.width(), window.map.height())
        results, context = _measure(app, window.map, window.selection)
        return results, context, size
    finally:
        window.close()  # closes the workspace
        window.deleteLater()
        app.processEvents()
        heap.wake()


def measure_map_only(app: Any, path: Path, size: tuple[int, int]) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """A bare MapWidget of the size the map has in the window."""
    from workbench.canvas.map_widget import MapWidget
    from workbench.store import open_store
    from workbench.ui import heap
    from workbench.workspace import Selection, Workspace

    ws = Workspace(open_store(path))
    selection = Selection()
    widget = None
    try:
        widget = MapWidget(ws, selection)
        widget.resize(*size)
        widget.show()
        app.processEvents()
        heap.rest()  # as the app does once the map is painted (ui.heap)
        return _measure(app, widget, selection)
    finally:
        heap.wake()
        if widget is not None:
            widget.close()
            widget.deleteLater()
        selection.deleteLater()
        app.processEvents()
        ws.close()


def run() -> list[dict[str, Any]]:
    app = qt_app()
    with bench_dir() as folder:
        path = write_demo_workspace(folder / "edits.voelspriet", stakeholders=N)
        window, window_ctx, size = measure_window(app, path)
        alone, alone_ctx = measure_map_only(app, path, size)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # leave nothing behind
    rows: list[dict[str, Any]] = []
    for key, first in alone.items():
        for where, data, ctx in (("map only", first, alone_ctx), ("whole window", window[key], window_ctx)):
            t = data["times"]
            zoom = f"fit, zoom {ctx['zoom']:.3f}{' (overview)' if ctx['overview'] else ''}, " \
                   f"viewport {ctx['viewport'][0]}×{ctx['viewport'][1]}"
            forced = f"; {data['forced']} frames forced" if data["forced"] else ""
            if key == "drop_regions" and not ctx.get("joined"):
                forced += "; NO GROUP WAS JOINED"
            idle = median(data["idle"])
            if idle > median(t) + 0.05:
                forced += f"; until idle (tiles around the view): median {idle:.1f} ms"
            rows.append({
                "name": f"{data['label']} → frame, {where}, median (ms)", "value": median(t), "unit": "ms",
                "target": TARGET_MS,
                "note": f"p95 {percentile(t, 95):.1f} ms, {spread(t, unit='ms')}; the call itself (with the "
                        f"views' direct reactions) {median(data['call']):.1f} ms; {data['note']}; {zoom}{forced}; "
                        f"profile: {data['profile']}"})
    return rows
