"""Exporting the map draws from the model and leaves the live map as it is."""

from __future__ import annotations

from pathlib import Path

from tests.canvas.test_map import map_widget, node  # noqa: F401  (fixture)
from workbench.canvas import style
from workbench.canvas.map_widget import MapWidget


def test_export_leaves_the_live_scene_alone(map_widget: MapWidget, tmp_path: Path) -> None:  # noqa: F811
    scene = map_widget.scene
    node(map_widget, "gem").setSelected(True)
    scene.set_overview(True)
    modes = {id(item): item.cacheMode() for item in scene.items()}
    selection_events: list[object] = []
    map_widget.scene.selection.selection_changed.connect(selection_events.append)
    items_before = len(scene.items())

    image = map_widget.render_image(scale=1.0)

    assert [it.id for it in scene.selected_nodes()] == ["gem"]
    assert scene.overview is True
    assert {id(item): item.cacheMode() for item in scene.items()} == modes
    assert len(scene.items()) == items_before
    assert selection_events == []
    # the picture shows the nodes in full detail: the facilitator's fill at its place
    rect = map_widget._export_rect()
    at = node(map_widget, "me").pos() - rect.topLeft()
    color = image.pixelColor(int(at.x()), int(at.y()))
    assert color != style.BACKGROUND
    assert not image.isNull()
