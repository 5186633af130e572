"""Connecting is comfortable: a handle big enough to hit, a kind editor that says what
it asks and covers neither person."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect

from tests.canvas.test_map import drag, editor, handle_of, hover, map_widget, node  # noqa: F401
from workbench.canvas.map_widget import MapWidget, _body


def _handle_on_screen(widget: MapWidget, sid: str) -> float:
    item = node(widget, sid)
    a = widget.view.mapFromScene(item.mapToScene(item.handle_center()))
    b = widget.view.mapFromScene(item.mapToScene(item.handle_center() + QPointF(item.handle_radius(), 0)))
    return (b - a).manhattanLength()


def test_the_handle_is_a_comfortable_target_at_any_zoom(qtbot, map_widget: MapWidget) -> None:  # noqa: F811
    for zoom in (0.5, 1.0, 2.0):
        map_widget.view.set_zoom(zoom)
        radius = _handle_on_screen(map_widget, "gem")
        assert radius >= 9, f"handle radius {radius} px at zoom {zoom}"
    map_widget.view.set_zoom(0.5)
    map_widget.view.centerOn(node(map_widget, "gem").pos())
    hover(map_widget, "gem")
    item = node(map_widget, "gem")
    # a press 8 screen px from the handle's centre still starts connecting
    centre = map_widget.view.mapFromScene(item.mapToScene(item.handle_center()))
    near = map_widget.view.mapToScene(centre + type(centre)(7, 3))
    assert item.on_handle(item.mapFromScene(near))


def test_the_kind_editor_names_both_people_and_covers_neither(qtbot, map_widget: MapWidget) -> None:  # noqa: F811
    gem = node(map_widget, "gem").pos()
    map_widget.workspace.move_stakeholders({"piet": (gem.x(), gem.y() + 90)})  # just below: in the way
    hover(map_widget, "gem")
    drag(qtbot, map_widget, handle_of(map_widget, "gem"), node(map_widget, "piet").pos())
    kind_editor = editor(map_widget)
    assert kind_editor.title.isVisible()
    assert kind_editor.title.text() == "Kind of relation between Gemeente Zeewolde and Piet Jansen"
    placed = QRect(map_widget.view.viewport().mapFrom(map_widget.view, kind_editor.pos()), kind_editor.size())
    for sid in ("gem", "piet"):
        person = map_widget.view.mapFromScene(_body(node(map_widget, sid))).boundingRect()
        assert not placed.intersects(person), f"the editor covers {sid}"
