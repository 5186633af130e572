"""The stakeholder map driven as a user drives it: real mouse drags, clicks and keys."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import small_dataset
from workbench.canvas import style
from workbench.canvas.items import NodeItem
from workbench.canvas.map_widget import MapWidget
from workbench.canvas.view import InlineEditor
from workbench.model import StakeholderKind, Status
from workbench.store import open_store
from workbench.workspace import Selection, Workspace


@pytest.fixture
def map_widget(qtbot, make_store) -> MapWidget:
    ws = Workspace(make_store(data=small_dataset()))
    widget = MapWidget(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.set_zoom(1.0)
    widget.view.centerOn(QPointF(0, 0))
    return widget


def vp(widget: MapWidget, scene_point: QPointF) -> QPoint:
    return widget.view.mapFromScene(scene_point)


def drag(qtbot, widget: MapWidget, start: QPointF, end: QPointF,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = widget.view.viewport()
    a, b = vp(widget, start), vp(widget, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, a)
    for i in range(1, 9):
        p = a + (b - a) * (i / 8)
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, b)


def node(widget: MapWidget, sid: str) -> NodeItem:
    return widget.scene.items_by_id[sid]


def handle_of(widget: MapWidget, sid: str) -> QPointF:
    item = node(widget, sid)
    return item.mapToScene(item.handle_center())


def editor(widget: MapWidget) -> InlineEditor:
    assert widget.view.editor is not None, "no in-place editor is open"
    return widget.view.editor


def hover(widget: MapWidget, sid: str) -> None:
    QTest.mouseMove(widget.view.viewport(), vp(widget, node(widget, sid).pos()))


def test_drag_to_connect_creates_exactly_one_relation_of_the_chosen_kind(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    before = len(ws.relations())
    hover(map_widget, "gem")
    drag(qtbot, map_widget, handle_of(map_widget, "gem"), node(map_widget, "piet").pos())
    kind_editor = editor(map_widget)
    kind_editor.combo.setEditText("")
    qtbot.keyClicks(kind_editor.combo.lineEdit(), "subsidises")
    qtbot.keyClick(kind_editor.combo.lineEdit(), Qt.Key.Key_Return)
    relations = ws.relations()
    assert len(relations) == before + 1
    (new,) = [r for r in relations if {r.a, r.b} == {"gem", "piet"}]
    assert new.kind == "subsidises"
    assert map_widget.scene.selection.relations == (new.id,)
    assert ws.undo_stack.undoText().startswith("Connect")


def test_alt_drag_connects_too_and_esc_in_the_kind_editor_cancels(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    before = len(ws.relations())
    drag(qtbot, map_widget, node(map_widget, "gem").pos(), node(map_widget, "piet").pos(),
         Qt.KeyboardModifier.AltModifier)
    kind_editor = editor(map_widget)
    qtbot.keyClick(kind_editor.combo.lineEdit(), Qt.Key.Key_Escape)
    assert len(ws.relations()) == before
    assert kind_editor.isHidden()
    qtbot.waitUntil(lambda: map_widget.view.editor is None)  # and then gone


def test_dropping_on_empty_space_or_the_same_node_creates_nothing(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    before = len(ws.relations())
    hover(map_widget, "gem")
    drag(qtbot, map_widget, handle_of(map_widget, "gem"), QPointF(-420, 300))
    hover(map_widget, "gem")
    drag(qtbot, map_widget, handle_of(map_widget, "gem"), node(map_widget, "gem").pos())
    assert len(ws.relations()) == before
    assert map_widget.view.editor is None
    assert map_widget.controller.connecting is None
    assert not [i for i in map_widget.scene.items() if type(i).__name__ == "QGraphicsLineItem"]


def test_esc_during_a_connect_drag_cancels(qtbot, map_widget: MapWidget) -> None:
    viewport = map_widget.view.viewport()
    hover(map_widget, "gem")
    start = vp(map_widget, handle_of(map_widget, "gem"))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, vp(map_widget, node(map_widget, "piet").pos()))
    assert node(map_widget, "piet").highlighted
    qtbot.keyClick(map_widget.view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       vp(map_widget, node(map_widget, "piet").pos()))
    assert map_widget.controller.connecting is None
    assert not [i for i in map_widget.scene.items() if type(i).__name__ == "QGraphicsLineItem"]
    assert map_widget.workspace.relation_between("gem", "piet") is None
    assert not node(map_widget, "piet").highlighted


def test_connecting_a_connected_pair_selects_the_existing_relation(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    before = len(ws.relations())
    hover(map_widget, "anna")
    drag(qtbot, map_widget, handle_of(map_widget, "anna"), node(map_widget, "me").pos())
    assert len(ws.relations()) == before
    assert map_widget.view.editor is None
    assert map_widget.scene.selection.relations == ("r1",)


def test_connect_to_from_the_context_menu(qtbot, map_widget: MapWidget) -> None:
    scene = map_widget.scene
    menu = QMenu()
    map_widget.controller.node_menu(menu, node(map_widget, "gem"), node(map_widget, "gem").pos())
    next(a for a in menu.actions() if a.text() == "Connect to…").trigger()
    QTest.mouseMove(map_widget.view.viewport(), vp(map_widget, node(map_widget, "piet").pos()))
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(map_widget, node(map_widget, "piet").pos()))
    qtbot.keyClick(editor(map_widget).combo.lineEdit(), Qt.Key.Key_Return)
    assert map_widget.workspace.relation_between("gem", "piet") is not None


def test_moves_are_one_undo_entry_and_persist_after_reopening(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(map_widget, node(map_widget, "gem").pos()))
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     vp(map_widget, node(map_widget, "anna").pos()))
    assert {i.id for i in map_widget.scene.selected_nodes()} == {"gem", "anna"}
    count = ws.undo_stack.count()
    start_gem, start_anna = node(map_widget, "gem").pos(), node(map_widget, "anna").pos()
    drag(qtbot, map_widget, start_gem, start_gem + QPointF(80, 60))
    assert ws.undo_stack.count() == count + 1
    assert ws.undo_stack.undoText() == "Move 2 stakeholders"
    moved_gem = node(map_widget, "gem").pos()
    moved_anna = node(map_widget, "anna").pos()
    assert moved_gem != start_gem and moved_anna - start_anna == moved_gem - start_gem
    path = ws.path
    ws.close()
    reopened = open_store(path)
    try:
        from workbench.store import queries

        with reopened.session() as s:
            gem = queries.stakeholder(s, "gem")
        assert (gem.x, gem.y) == (moved_gem.x(), moved_gem.y())
    finally:
        reopened.close()


def test_undo_of_a_move_puts_the_node_back(qtbot, map_widget: MapWidget) -> None:
    start = node(map_widget, "gem").pos()
    drag(qtbot, map_widget, start, start + QPointF(50, 0))
    map_widget.workspace.undo_stack.undo()
    assert node(map_widget, "gem").pos() == start
    i = map_widget.scene.index["gem"]
    assert tuple(map_widget.scene.pos[i]) == (start.x(), start.y())


def test_delete_then_undo_restores_relations_with_their_ids(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(map_widget, node(map_widget, "anna").pos()))
    qtbot.keyClick(map_widget.view, Qt.Key.Key_Delete)
    assert "anna" not in map_widget.scene.items_by_id
    assert ws.relations() == []
    assert len(map_widget.scene.rel_ids) == 0
    ws.undo_stack.undo()
    assert "anna" in map_widget.scene.items_by_id
    assert sorted(map_widget.scene.rel_ids) == ["r1", "r2"]
    assert {r.id for r in ws.relations()} == {"r1", "r2"}


def test_clicking_a_relation_selects_it_and_delete_disconnects(qtbot, map_widget: MapWidget) -> None:
    a, b = node(map_widget, "me").pos(), node(map_widget, "anna").pos()
    middle = (a + b) / 2
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(map_widget, middle))
    assert map_widget.scene.selection.relations == ("r1",)
    qtbot.keyClick(map_widget.view, Qt.Key.Key_Delete)
    assert map_widget.workspace.relation_between("me", "anna") is None
    map_widget.workspace.undo_stack.undo()
    assert map_widget.workspace.relation_between("me", "anna").id == "r1"


def test_rubber_band_selects_the_nodes_inside(qtbot, map_widget: MapWidget) -> None:
    me, anna = node(map_widget, "me").pos(), node(map_widget, "anna").pos()
    top_left = QPointF(min(me.x(), anna.x()) - 40, min(me.y(), anna.y()) - 40)
    bottom_right = QPointF(max(me.x(), anna.x()) + 40, max(me.y(), anna.y()) + 40)
    drag(qtbot, map_widget, top_left, bottom_right)
    selected = {i.id for i in map_widget.scene.selected_nodes()}
    assert {"me", "anna"} <= selected and "gem" not in selected
    assert set(map_widget.scene.selection.stakeholders) == selected


def test_double_click_creates_a_stakeholder_with_name_and_kind(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    at = QPointF(300, 250)
    QTest.mouseDClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      vp(map_widget, at))
    e = editor(map_widget)
    e.combo.setCurrentIndex(e.combo.findData(StakeholderKind.COMPANY))
    qtbot.keyClicks(e.field, "Zeefdruk Zwolle")
    qtbot.keyClick(e.field, Qt.Key.Key_Return)
    (created,) = [s for s in ws.stakeholders() if s.name == "Zeefdruk Zwolle"]
    assert created.kind == StakeholderKind.COMPANY
    assert abs(created.x - at.x()) < 2 and abs(created.y - at.y()) < 2
    assert [i.id for i in map_widget.scene.selected_nodes()] == [created.id]
    assert ws.undo_stack.undoText() == "Add Zeefdruk Zwolle"


def test_f2_renames_in_place_and_esc_cancels(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    node(map_widget, "gem").setSelected(True)
    map_widget.view.setFocus()
    qtbot.keyClick(map_widget.view, Qt.Key.Key_F2)
    e = editor(map_widget)
    e.field.selectAll()
    qtbot.keyClicks(e.field, "Gemeente Zeewolde-Noord")
    qtbot.keyClick(e.field, Qt.Key.Key_Return)
    assert ws.stakeholder("gem").name == "Gemeente Zeewolde-Noord"
    qtbot.keyClick(map_widget.view, Qt.Key.Key_F2)
    qtbot.keyClicks(editor(map_widget).field, "nonsense")
    qtbot.keyClick(editor(map_widget).field, Qt.Key.Key_Escape)
    assert ws.stakeholder("gem").name == "Gemeente Zeewolde-Noord"
    qtbot.keyClick(map_widget.view, Qt.Key.Key_F2)
    open_editor = editor(map_widget)
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(map_widget, QPointF(-420, 300)))  # clicking elsewhere closes it
    assert open_editor._done and open_editor.isHidden()
    assert ws.stakeholder("gem").name == "Gemeente Zeewolde-Noord"


def test_context_menu_changes_kind_status_groups_and_pin(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    scene = map_widget.scene

    def trigger(*path: str) -> None:
        top = QMenu()
        map_widget.controller.node_menu(top, node(map_widget, "gem"), node(map_widget, "gem").pos())
        menu = top
        for title in path[:-1]:
            menu = next(a.menu() for a in menu.actions() if a.text() == title)
        next(a for a in menu.actions() if a.text() == path[-1]).trigger()

    trigger("Kind", "Education")
    assert ws.stakeholder("gem").kind == StakeholderKind.EDUCATION
    trigger("Status", "Core")
    assert ws.stakeholder("gem").status == Status.CORE
    trigger("Groups", "Inner circle")
    assert "inner" in ws.stakeholder("gem").groups
    trigger("Pinned (auto-layout leaves it)")
    assert ws.stakeholder("gem").pinned
    assert node(map_widget, "gem").stakeholder.kind == StakeholderKind.EDUCATION


def test_dragging_a_node_into_a_region_joins_that_group(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    region = map_widget.scene.regions["inner"]
    target = region.shape().boundingRect().center()
    assert region.contains_scene_point(target)
    drag(qtbot, map_widget, node(map_widget, "gem").pos(), target)
    assert "inner" in ws.stakeholder("gem").groups
    ws.undo_stack.undo()  # one entry: the move and the membership together
    assert "inner" not in ws.stakeholder("gem").groups
    assert node(map_widget, "gem").pos() == QPointF(-200, 80)


def test_region_toggle_is_remembered(map_widget: MapWidget) -> None:
    map_widget.toggle_region("inner", False)
    assert not map_widget.scene.regions["inner"].isVisible()
    shown = {g.id: g.show_region for g in map_widget.workspace.groups()}
    assert shown == {"inner": False, "ams": False}  # "ams" was hidden from the start


def test_filters_dim_what_does_not_match(qtbot, map_widget: MapWidget) -> None:
    kinds = map_widget.kind_filter
    kinds.setCurrentIndex(kinds.findData(StakeholderKind.GOVERNMENT))
    assert map_widget.scene.matching_ids() == ["gem"]
    assert node(map_widget, "anna").opacity() < 0.2 and node(map_widget, "gem").opacity() == 1.0
    kinds.setCurrentIndex(0)
    groups = map_widget.group_filter
    groups.setCurrentIndex(groups.findData("inner"))
    assert set(map_widget.scene.matching_ids()) == {"anna", "piet"}
    tags = map_widget.tag_filter
    tags.setCurrentIndex(tags.findData("director"))
    assert map_widget.scene.matching_ids() == ["anna"]
    groups.setCurrentIndex(0)
    tags.setCurrentIndex(0)
    statuses = map_widget.status_filter
    statuses.setCurrentIndex(statuses.findData(Status.OWN_WAY))
    assert map_widget.scene.matching_ids() == ["piet"]


def test_search_centres_and_selects(qtbot, map_widget: MapWidget) -> None:
    map_widget.view.set_zoom(0.5)
    map_widget.view.centerOn(QPointF(2000, 2000))
    qtbot.keyClick(map_widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert map_widget.search.hasFocus()
    qtbot.keyClicks(map_widget.search, "zeewol")
    qtbot.keyClick(map_widget.search, Qt.Key.Key_Return)
    assert [i.id for i in map_widget.scene.selected_nodes()] == ["gem"]
    centre = map_widget.view.mapToScene(map_widget.view.viewport().rect().center())
    assert (centre - node(map_widget, "gem").pos()).manhattanLength() < 20
    assert map_widget.view.scale_factor() == pytest.approx(1.0)


def test_auto_layout_is_one_undo_step_and_keeps_pinned(qtbot, map_widget: MapWidget) -> None:
    from dataclasses import replace

    ws = map_widget.workspace
    ws.update_stakeholder(replace(ws.stakeholder("gem"), pinned=True))
    before = {s.id: (s.x, s.y) for s in ws.stakeholders()}
    count = ws.undo_stack.count()
    assert map_widget.auto_layout() > 0
    assert ws.undo_stack.count() == count + 1
    assert ws.undo_stack.undoText() == "Auto-layout"
    assert (ws.stakeholder("gem").x, ws.stakeholder("gem").y) == before["gem"]
    ws.undo_stack.undo()
    assert {s.id: (s.x, s.y) for s in ws.stakeholders()} == before


def test_zoom_switches_the_level_of_detail(qtbot, map_widget: MapWidget) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    view, scene = map_widget.view, map_widget.scene
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert not scene.overview
    assert not node(map_widget, "anna").flags() & no_contents
    for _ in range(12):
        view.zoom_by(0.7)
    assert scene.overview
    assert node(map_widget, "anna").flags() & no_contents
    view.set_zoom(1.0)
    assert not scene.overview
    assert not node(map_widget, "anna").flags() & no_contents


def test_wheel_zooms_around_the_pointer_and_middle_drag_pans(qtbot, map_widget: MapWidget) -> None:
    view = map_widget.view
    anchor = vp(map_widget, node(map_widget, "anna").pos())
    before = view.mapToScene(anchor)
    view.zoom_by(1.5, anchor)
    assert view.scale_factor() == pytest.approx(1.5)
    assert (view.mapToScene(anchor) - before).manhattanLength() < 1.5
    h = view.horizontalScrollBar().value()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(300, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 300))
    assert view.horizontalScrollBar().value() == h + 100
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(1.5 * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.scale_factor() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_F)
    for sid in ("me", "anna", "gem", "piet"):
        assert view.viewport().rect().contains(vp(map_widget, node(map_widget, sid).pos()))


def test_selection_is_shared_with_the_rest_of_the_window(qtbot, map_widget: MapWidget) -> None:
    seen: list[tuple[str, ...]] = []
    map_widget.scene.selection.selection_changed.connect(lambda _i: seen.append(map_widget.scene.selection.stakeholders))
    QTest.mouseClick(map_widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     vp(map_widget, node(map_widget, "anna").pos()))
    assert seen[-1] == ("anna",)
    map_widget.scene.selection.select(["gem"])
    assert [i.id for i in map_widget.scene.selected_nodes()] == ["gem"]


def test_export_png_and_svg_at_print_quality(map_widget: MapWidget, tmp_path: Path) -> None:
    map_widget.view.set_zoom(0.1)  # exports are detailed whatever the zoom
    png = tmp_path / "map.png"
    map_widget.export_image(png)
    image = QImage(str(png))
    rect = map_widget._export_rect()
    assert image.width() == int(rect.width() * 2) and image.height() == int(rect.height() * 2)
    svg = tmp_path / "map.svg"
    map_widget.export_image(svg)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Anna Bakker" in text
    assert map_widget.scene.overview  # the view's mode is back


def test_a_large_map_paints_in_both_modes(qtbot, make_store) -> None:
    """Thousands of items through custom paint() at several zoom levels (paint stress), and
    what is painted is the map: a mark at every stakeholder in sight and a line along the
    relations between them, in overview (dots) as in detail (nodes)."""
    from workbench.interchange.synthetic import synthetic_dataset

    ws = Workspace(make_store(data=synthetic_dataset(1200)))
    widget = MapWidget(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    view, scene = widget.view, widget.scene
    viewport = view.viewport()
    nodes = list(scene.items_by_id.values())
    assert len(nodes) == 1200

    def render() -> QImage:
        image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        viewport.render(image)
        return image

    def without(items: list) -> QImage:  # type: ignore[type-arg]
        for item in items:
            item.setVisible(False)
        try:
            return render()
        finally:
            for item in items:
                item.setVisible(True)

    def differs(a: QImage, b: QImage, at: tuple[float, float]) -> bool:
        """*a* and *b* differ at or right next to the viewport point *at*."""
        x, y = round(at[0]), round(at[1])
        return any(a.pixel(x + dx, y + dy) != b.pixel(x + dx, y + dy)
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    ids = list(scene.items_by_id)
    row = {sid: i for i, sid in enumerate(ids)}
    ends = np.array([(row[r.a], row[r.b]) for r in scene.relations.values()])
    modes = set()
    for zoom in (0.03, 0.2, 0.6, 1.0):
        view.set_zoom(zoom)
        view.centerOn(nodes[0].pos())
        for _ in range(3):
            image = render()
            QApplication.processEvents()
        modes.add(scene.overview)
        at = np.array([(v.x(), v.y()) for v in (view.mapFromScene(scene.items_by_id[sid].pos()) for sid in ids)],
                      dtype=float)
        w, h = viewport.width(), viewport.height()

        def in_sight(points: np.ndarray) -> np.ndarray:
            return (points[:, 0] >= 4) & (points[:, 0] < w - 4) & (points[:, 1] >= 4) & (points[:, 1] < h - 4)

        # every stakeholder in sight left a mark where it stands
        no_nodes = without([*nodes, scene.overview_layer])
        seen = at[in_sight(at)]
        assert len(seen) >= 10, (zoom, len(seen))
        unmarked = [(int(x), int(y)) for x, y in seen if not differs(image, no_nodes, (x, y))]
        assert not unmarked, (zoom, len(unmarked), len(seen))
        # relations are lines between their ends: seen halfway, where no stakeholder stands
        no_edges = without([scene.edge_layer])
        clear = max(style.NODE_RADIUS * 2 * zoom, 5.0)  # px from any stakeholder's centre
        half = (at[ends[:, 0]] + at[ends[:, 1]]) / 2
        length = np.hypot(*(at[ends[:, 0]] - at[ends[:, 1]]).T)
        half = half[in_sight(half) & (length > 2 * clear)]
        near = at[(np.abs(at - (w / 2, h / 2)) < (w / 2 + clear, h / 2 + clear)).all(axis=1)]
        nearest = np.hypot(*(half[:, None, :] - near[None, :, :]).transpose(2, 0, 1)).min(axis=1)
        halfway = half[nearest > clear]
        assert len(halfway) >= 5, (zoom, len(halfway))
        undrawn = [(int(x), int(y)) for x, y in halfway if not differs(image, no_edges, (x, y))]
        assert not undrawn, (zoom, len(undrawn), len(halfway))
    assert modes == {True, False}  # dots far out, nodes close by


def test_space_drag_pans_and_shift_f_fits_the_selection(qtbot, map_widget: MapWidget) -> None:
    view = map_widget.view
    view.setFocus()
    h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 400))
    for x in range(490, 339, -10):
        QTest.mouseMove(viewport, QPoint(x, 400 - (500 - x) // 2))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(340, 320))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() > h and view.verticalScrollBar().value() > v
    assert map_widget.scene.selected_nodes() == []  # panning selects nothing
    node(map_widget, "gem").setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert view.scale_factor() > 1.0  # one stakeholder fills the view
    centre = view.mapToScene(view.viewport().rect().center())
    assert (centre - node(map_widget, "gem").sceneBoundingRect().center()).manhattanLength() < 5
