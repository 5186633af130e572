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


def test_an_exported_png_keeps_the_screens_proportions_at_print_resolution(  # noqa: F811
        map_widget: MapWidget, tmp_path: Path) -> None:
    png = tmp_path / "map.png"
    map_widget.export_image(png)
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    rect = map_widget._export_rect()
    assert abs(image.width() / rect.width() - 2.0) < 0.01  # twice the screen's size…
    assert round(image.dotsPerMeterX() * 0.0254) == 192  # …marked as 192 dpi for print
    # a name is as long relative to its node as on screen: measure the dark text pixels of
    # the facilitator's name in a band below its node
    me = node(map_widget, "me").pos() - rect.topLeft()
    y0 = int((me.y() + style.NODE_RADIUS + 4) * 2)
    def text_ink(x: int, y: int) -> bool:  # the names' dark grey, not a coloured line
        c = image.pixelColor(x, y)
        return c.lightness() < 110 and c.hslSaturation() < 60

    from PySide6.QtGui import QFontMetricsF

    from workbench.canvas.items import label_fonts

    expected = QFontMetricsF(label_fonts()[1]).horizontalAdvance("Floor de Wit") * 2  # bold: core
    centre = me.x() * 2
    xs = [x for y in range(y0, y0 + 24) for x in range(int(centre - 0.65 * expected), int(centre + 0.65 * expected))
          if text_ink(x, y)]
    assert xs and 0.85 * expected <= max(xs) - min(xs) <= 1.1 * expected  # whole, not "Floor d…"
