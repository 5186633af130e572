"""Who needs attention, on the map: the radar's findings as a halo around each person it
flags, switched on and off in the legend (its "needs attention" row)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from workbench.bootstrap import open_or_create_default
from workbench.canvas import style
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace


def halo_pixels(window: MainWindow, sid: str) -> int:
    """Pixels of the radar's colour around stakeholder *sid* on screen."""
    view = window.map.view
    view.set_zoom(1.0)
    view.centerOn(window.map.scene.items_by_id[sid].pos())
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    centre = view.mapFromScene(window.map.scene.items_by_id[sid].pos())
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, :3].astype(int)
    r = int(style.NODE_RADIUS * 2)
    around = pixels[centre.y() - r:centre.y() + r, centre.x() - r:centre.x() + r]
    colour = np.array([style.RADAR.blue(), style.RADAR.green(), style.RADAR.red()])  # BGR in memory
    return int((np.abs(around - colour).max(axis=2) < 40).sum())


def test_the_map_rings_who_the_radar_flags_and_the_legend_switches_it(qtbot) -> None:
    window = MainWindow(Workspace(open_or_create_default()), None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dock = window.radar.dock_widget
    qtbot.waitUntil(lambda: dock.recomputes >= 1, timeout=5000)
    flagged = set(dock.flags())
    items = window.map.scene.items_by_id
    calm = next(sid for sid in items if sid not in flagged and sid != window.workspace.facilitator_id())
    assert "s-yvonne" in flagged  # the demo's story: her doubt
    assert {sid for sid, item in items.items() if item.flagged} == flagged
    assert halo_pixels(window, "s-yvonne") > 20 and halo_pixels(window, calm) == 0
    legend = window.map.view.legend
    assert legend.isVisible()
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     legend.radar_row().center().toPoint())
    assert not legend.radar_shown and not any(item.flagged for item in items.values())
    assert halo_pixels(window, "s-yvonne") == 0
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     legend.radar_row().center().toPoint())
    assert {sid for sid, item in items.items() if item.flagged} == flagged
    # a click elsewhere on the legend is the map's, not a switch
    QTest.mouseClick(legend, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    assert legend.radar_shown
    # a new finding rings its person once the radar has run again
    before = dock.recomputes
    window.workspace.set_fields("s-yvonne", status="own_way")
    qtbot.waitUntil(lambda: dock.recomputes > before, timeout=5000)
    assert not items["s-yvonne"].flagged
