"""Zooming without a stutter: the map's tiled layer caches (workbench/canvas/layers.py).

A real MapView on a synthetic map, driven with wheel events, looked at as a user sees it
(grabs of the viewport). No timings: whether a paint waited for the rebuild is read from
``layers.rebuild_pending``. "A fresh render" is the same view after every cache was
dropped, so that each tile is drawn at once; the final picture after a background rebuild
must be that, pixel for pixel. What matters to a user:

- a zoom step paints at once, from the previous picture scaled (not blank), and ends up
  exactly as a fresh render (and as close as it can be to drawing without tiles), also
  when the steps come faster than the tiles are built;
- an edit or a drag during a rebuild is shown at once, never a stale picture;
- a level zoomed back to is final at once; panning onto tiles not built draws them at once;
- entering overview mode with a step shows the dots at once (the nodes stop painting).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.canvas import layers
from workbench.canvas import scene as scene_module
from workbench.canvas.map_widget import MapWidget
from workbench.interchange.synthetic import synthetic_dataset
from workbench.store import open_store
from workbench.store.imports import import_dataset
from workbench.workspace import Selection, Workspace


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic map, imported once for the module (about a second): each test opens
    a copy of this file of its own."""
    path = tmp_path_factory.mktemp("zoom") / "big.voelspriet"
    store = open_store(path, create=True)
    try:
        with store.begin() as s:
            import_dataset(s, synthetic_dataset(800))
    finally:
        store.close()
    return path


@pytest.fixture
def big_map(qtbot, big_file: Path, tmp_path: Path) -> Iterator[MapWidget]:
    path = tmp_path / big_file.name
    shutil.copyfile(big_file, path)
    store = open_store(path)
    try:
        widget = MapWidget(Workspace(store), Selection())
        qtbot.addWidget(widget)
        widget.resize(1000, 760)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget
    finally:
        store.close()


def settle(qtbot) -> None:
    """Run the event loop until the layers have rebuilt everything (the ring around the view too)."""
    qtbot.waitUntil(lambda: not layers.rebuild_pending(), timeout=30000)
    QApplication.processEvents()


def go(widget: MapWidget, place: str) -> None:
    view = widget.view
    if place == "zoomed out":
        view.fit()
        assert widget.scene.overview
    else:
        view.set_zoom(1.0)
        view.centerOn(widget.scene.items_by_id[widget.workspace.facilitator_id()].pos())
        assert not widget.scene.overview


def wheel(widget: MapWidget, notches: int = 1) -> None:
    """One notch of the mouse wheel at the centre of the view."""
    viewport = widget.view.viewport()
    at = QPointF(viewport.rect().center())
    QApplication.sendEvent(viewport, QWheelEvent(
        at, QPointF(viewport.mapToGlobal(at.toPoint())), QPoint(), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


def grab(widget: MapWidget) -> np.ndarray:
    """What the view shows now (painting it), as an array of pixels."""
    image = widget.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4).astype(np.int16)


def fresh(widget: MapWidget) -> np.ndarray:
    """The picture drawn from scratch: every cache dropped, every tile in sight drawn at once."""
    scene = widget.scene
    for layer in (scene.edge_layer, scene.overview_layer, scene.region_layer):
        layer.invalidate()
    picture = grab(widget)
    assert not layers.rebuild_pending(in_sight=True)
    return picture


def untiled(widget: MapWidget, monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    """The picture drawn directly, without tiles (as before the caches, and as exports draw)."""
    with monkeypatch.context() as m:
        m.setattr(layers, "TILES", False)
        return grab(widget)


def without_cached_layers(widget: MapWidget) -> np.ndarray:
    """The picture without the cached layers: what a blank "not drawn yet" would look like."""
    scene = widget.scene
    cached = (scene.edge_layer, scene.overview_layer, scene.region_layer)
    for layer in cached:
        layer.setVisible(False)
    try:
        return grab(widget)
    finally:
        for layer in cached:
            layer.setVisible(True)


def share_differing(a: np.ndarray, b: np.ndarray, tolerance: int = 0) -> float:
    """The share of pixels where some channel differs by more than *tolerance*."""
    return float((np.abs(a - b).max(axis=2) > tolerance).mean())


def ink_apart(a: np.ndarray, b: np.ndarray, blank: np.ndarray) -> int:
    """Pixels where one picture has ink (differs from *blank*) and the other has none at or next
    to it: what is missing or extra, not what moved by a pixel or blends a little differently."""
    def ink(x: np.ndarray, strength: int) -> np.ndarray:
        return np.abs(x - blank).max(axis=2) > strength

    def near(mask: np.ndarray) -> np.ndarray:
        padded = np.pad(mask, 1)
        h, w = mask.shape
        return np.logical_or.reduce([padded[dy:dy + h, dx:dx + w] for dy in (0, 1, 2) for dx in (0, 1, 2)])

    # strong ink in one must have at least faint ink near it in the other (a region's tint is
    # faint: rounded a little differently it must not count)
    return int(((ink(a, 80) & ~near(ink(b, 40))) | (ink(b, 80) & ~near(ink(a, 40)))).sum())


@pytest.mark.parametrize("place", ["zoomed out", "at 1:1"])
def test_a_zoom_step_paints_at_once_from_the_old_picture_and_ends_as_a_fresh_render(
        qtbot, big_map: MapWidget, place: str, monkeypatch: pytest.MonkeyPatch) -> None:
    go(big_map, place)
    settle(qtbot)
    wheel(big_map)
    first = grab(big_map)
    assert layers.rebuild_pending(in_sight=True)  # that paint did not wait for the new tiles
    settle(qtbot)
    final = grab(big_map)
    assert share_differing(first, final) > 0.001  # the first paint showed the old picture, scaled …
    blank = without_cached_layers(big_map)
    assert np.abs(first - final).mean() < 0.5 * np.abs(blank - final).mean()  # … not nothing
    assert np.array_equal(final, fresh(big_map))  # built in slices, yet the same as at once
    # and the tiles join up: the picture drawn without them, but for translucent colours
    # rounded once more and thin lines a pixel aside where Qt cut them at a tile's edge
    direct = untiled(big_map, monkeypatch)
    assert share_differing(final, direct, tolerance=40) < 0.01
    assert ink_apart(final, direct, blank) == 0


def test_a_fast_wheel_spin_never_waits_for_the_rebuild(qtbot, big_map: MapWidget,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layers, "SLICE_MS", 0.0)  # notches come faster than tiles are built
    go(big_map, "zoomed out")
    settle(qtbot)
    for _ in range(6):
        wheel(big_map)
        grab(big_map)
        assert layers.rebuild_pending(in_sight=True)  # shown from an earlier level, not built at once
        QApplication.processEvents()
    settle(qtbot)
    assert np.array_equal(grab(big_map), fresh(big_map))


def test_an_edit_during_the_rebuild_is_shown_at_once(qtbot, big_map: MapWidget,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layers, "SLICE_MS", 0.0)  # one step per slice: the rebuild takes many rounds
    go(big_map, "zoomed out")
    settle(qtbot)
    wheel(big_map)
    grab(big_map)
    QApplication.processEvents()
    assert layers.rebuild_pending(in_sight=True)  # in the middle of the rebuild
    scene, ws = big_map.scene, big_map.workspace
    centre = big_map.view.mapToScene(big_map.view.viewport().rect().center())
    members = [sid for sid, item in scene.items_by_id.items() if item.stakeholder.groups]
    sid = min(members, key=lambda s: (scene.items_by_id[s].pos() - centre).manhattanLength())
    p = scene.items_by_id[sid].pos()
    i = scene.index[sid]
    before = scene._box(scene._changed_areas([i], scene.node_relations[i]))
    # its lines and its dot (its region changes only if it was a corner of the hull or
    # leaves it; an unchanged region is left to the zoom's rebuild, so it is not looked at)
    scene.region_layer.setVisible(False)
    ws.move_stakeholders({sid: (p.x() + 400.0, p.y() + 250.0)})
    after = scene._box(scene._changed_areas([i], scene.node_relations[i]))
    shown = grab(big_map)
    settle(qtbot)
    # Only what the edit touched is drawn again at once (elsewhere the zoom's rebuild goes on):
    # there the picture is final, the new place of the node and its lines as well as the old.
    box = big_map.view.mapFromScene(before.united(after)).boundingRect().intersected(
        big_map.view.viewport().rect())
    crop = (slice(box.top(), box.bottom()), slice(box.left(), box.right()))
    assert not box.isEmpty()
    assert np.array_equal(shown[crop], grab(big_map)[crop])
    assert np.array_equal(shown[crop], fresh(big_map)[crop])


def test_a_drag_during_the_rebuild_is_shown_at_once(qtbot, big_map: MapWidget,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layers, "SLICE_MS", 0.0)
    go(big_map, "at 1:1")
    settle(qtbot)
    wheel(big_map)
    grab(big_map)
    QApplication.processEvents()
    assert layers.rebuild_pending(in_sight=True)
    view, scene = big_map.view, big_map.scene
    viewport = view.viewport()
    facilitator = scene.items_by_id[big_map.workspace.facilitator_id()]
    assert not facilitator.stakeholder.groups  # so the regions are not touched by this drag …
    scene.region_layer.setVisible(False)  # … and may still be finishing the zoom step: not looked at
    start = view.mapFromScene(facilitator.pos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(30 * step, 20 * step))
    try:
        assert scene.live_nodes.any()  # the drag is on: its lines are drawn live
        shown = grab(big_map)
        assert np.array_equal(shown, fresh(big_map))
    finally:
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           start + QPoint(150, 100))
    shown = grab(big_map)  # dropped: the moved relations are back in the cached layer
    assert np.array_equal(shown, fresh(big_map))


def test_a_level_zoomed_back_to_is_final_at_once(qtbot, big_map: MapWidget,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    go(big_map, "at 1:1")
    settle(qtbot)
    wheel(big_map, 1)
    grab(big_map)
    settle(qtbot)
    built = []
    build = layers._Layer._build
    monkeypatch.setattr(layers._Layer, "_build", lambda *a, **k: built.append(a[2]) or build(*a, **k))
    wheel(big_map, -1)
    back = grab(big_map)
    assert built == []  # the tiles of that level were kept: nothing drawn again …
    assert not layers.rebuild_pending(in_sight=True)
    monkeypatch.undo()
    assert np.array_equal(back, fresh(big_map))  # … and they are the picture


def test_panning_onto_tiles_not_built_draws_them_at_once(qtbot, big_map: MapWidget) -> None:
    go(big_map, "at 1:1")
    settle(qtbot)
    wheel(big_map)
    grab(big_map)
    settle(qtbot)  # the zoom step is over, the ring around the view is built
    bar = big_map.view.horizontalScrollBar()
    bar.setValue(bar.value() + 3 * layers.TILE)  # beyond the ring
    shown = grab(big_map)
    assert np.array_equal(shown, fresh(big_map))


def test_entering_overview_with_a_step_shows_the_dots_at_once(qtbot, big_map: MapWidget) -> None:
    view, scene = big_map.view, big_map.scene
    go(big_map, "zoomed out")
    from workbench.canvas import style

    view.set_zoom(style.OVERVIEW_SCALE * 0.7)  # dots, near the zoom coming next
    settle(qtbot)
    view.set_zoom(style.OVERVIEW_SCALE * 1.07)  # just above the overview threshold (for a map this size)
    settle(qtbot)
    assert not scene.overview
    wheel(big_map, -1)
    assert scene.overview  # the nodes have stopped painting themselves …
    hidden = (scene.edge_layer, scene.region_layer)  # (these may show the old picture a moment)
    for layer in hidden:
        layer.setVisible(False)
    try:
        first = grab(big_map)
        settle(qtbot)
        assert np.array_equal(first, grab(big_map))  # … and the dots stand in for them at once
        assert np.array_equal(first, fresh(big_map))
    finally:
        for layer in hidden:
            layer.setVisible(True)


@pytest.mark.parametrize("zoom", [None, 0.45])
def test_an_edit_patches_the_tiles_in_sight_and_equals_a_fresh_render(qtbot, big_map: MapWidget, zoom: float | None,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit at a settled zoom redraws only the areas it changed inside the tiles in use
    (no tile of lines or dots is drawn again whole), and the picture is exactly a fresh
    render's: a long new line, a line changing colour, a node and its lines moving, and each
    undone again (a line erased, the old colour, the old place). Zoomed out (dots, thin lines
    drawn without antialiasing), and zoomed in (nodes, antialiased wide lines)."""
    from datetime import datetime

    from workbench.model import Reading, new_id

    go(big_map, "zoomed out")
    if zoom is not None:
        big_map.view.set_zoom(zoom)
        assert not big_map.scene.overview
    settle(qtbot)
    scene, ws, view = big_map.scene, big_map.workspace, big_map.view
    box = view.mapToScene(view.viewport().rect()).boundingRect()
    pos = {sid: item.pos() for sid, item in scene.items_by_id.items() if box.contains(item.pos())}
    lines = {sid: scene.node_relations[scene.index[sid]].size for sid in pos}
    a = min((sid for sid in pos if sid != ws.facilitator_id() and lines[sid]),  # few lines, top left
            key=lambda sid: (lines[sid], pos[sid].x() + pos[sid].y()))
    linked = {scene.ids[j] for i in scene.node_relations[scene.index[a]] for j in (scene.rel_a[i], scene.rel_b[i])}
    far = 300 / view.transform().m11()  # a long line: 300 px on screen, across tiles
    b = min((sid for sid in pos if sid not in linked and (pos[sid] - pos[a]).manhattanLength() > far),
            key=lambda sid: (pos[sid] - pos[a]).manhattanLength())
    rid = scene.rel_ids[scene.node_relations[scene.index[a]][0]]
    built: list[tuple[str, tuple[int, int]]] = []
    patched: list[tuple[int, int]] = []
    build, patch = layers._Layer._build, layers._Layer._patch

    def counting_build(layer: layers._Layer, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if not isinstance(layer, layers.RegionLayer):  # regions: a few shapes, drawn again when one changes
            built.append((type(layer).__name__, args[1]))
        return build(layer, *args, **kwargs)

    def counting_patch(layer: layers._Layer, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        patched.append(args[1])
        return patch(layer, *args, **kwargs)

    def looks_fresh() -> None:
        picture = grab(big_map)
        assert patched and not built, built  # patched in place, never drawn again whole …
        assert not layers.rebuild_pending(in_sight=True)
        with monkeypatch.context() as m:
            m.setattr(layers._Layer, "_build", build)
            assert np.array_equal(picture, fresh(big_map))  # … and exactly what a fresh render draws
            settle(qtbot)
        patched.clear()

    monkeypatch.setattr(layers._Layer, "_build", counting_build)
    monkeypatch.setattr(layers._Layer, "_patch", counting_patch)
    edits = [lambda: ws.connect(a, b, "knows"),
             lambda: ws.add_reading(Reading(id=new_id(), relation=rid, at=datetime(2031, 1, 1), energy=1)),
             lambda: ws.move_stakeholders({a: (pos[a].x() + 40.0, pos[a].y() + 25.0)})]
    for edit in edits:
        edit()
        looks_fresh()
    for _ in edits:
        ws.undo_stack.undo()
        looks_fresh()


def test_zoomed_out_thin_lines_are_drawn_opaque_in_their_lighter_colour(qtbot, big_map: MapWidget) -> None:
    """Qt draws a thin see-through line pixel by pixel (18 times slower): zoomed out, a
    line's colour is its energy colour at 140 of 255 (a dimmed one at 40) mixed with the
    map's background, drawn opaque; zoomed in, wide lines keep their colours."""
    from workbench.canvas import style

    edges = big_map.scene.edge_layer
    for bucket, (energy, _width, dimmed) in enumerate(big_map.scene.edge_buckets):
        thin = edges._pen(bucket, True).color()
        share = (40 if dimmed else 140) / 255
        full, back = style.ENERGY_COLORS[energy], style.BACKGROUND
        assert thin.alpha() == 255
        assert abs(thin.red() - (share * full.red() + (1 - share) * back.red())) <= 0.5
        assert abs(thin.green() - (share * full.green() + (1 - share) * back.green())) <= 0.5
        assert abs(thin.blue() - (share * full.blue() + (1 - share) * back.blue())) <= 0.5
        wide = edges._pen(bucket, False).color()
        assert wide.rgb() == full.rgb() and wide.alpha() == (40 if dimmed else 255)


def test_moving_the_hub_redraws_what_its_lines_crossed_as_a_fresh_render(qtbot, big_map: MapWidget,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The facilitator's hundreds of lines move with them: too many to find the squares
    they pass through one by one, so the box around them all is drawn again. The picture
    is a fresh render's, after the move and after its undo."""
    go(big_map, "zoomed out")
    settle(qtbot)
    scene, ws = big_map.scene, big_map.workspace
    hub = ws.facilitator_id()
    boxes: list[int] = []
    areas = scene._changed_areas
    monkeypatch.setattr(scene, "_changed_areas",
                        lambda *a, **k: boxes.append(len(found := areas(*a, **k))) or found)
    squares: list[int] = []
    distinct = scene_module.distinct_rows
    monkeypatch.setattr(scene_module, "distinct_rows", lambda rows: squares.append(len(rows)) or distinct(rows))
    at = scene.items_by_id[hub].pos()
    build = layers._Layer._build
    for edit in (lambda: ws.move_stakeholders({hub: (at.x() + 60.0, at.y() - 35.0)}), ws.undo_stack.undo):
        edit()
        picture = grab(big_map)
        with monkeypatch.context() as m:
            m.setattr(layers._Layer, "_build", build)
            assert np.array_equal(picture, fresh(big_map))
            settle(qtbot)
    assert boxes == [2, 2] and squares == []  # the node's own area and the box around its lines
