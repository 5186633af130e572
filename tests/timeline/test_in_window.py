"""The timeline in the main window: its dock is shown and follows the shared selection;
pyqtgraph is imported only once the dock is first painted; an edit made in the
timeline recolours the map's line at once and is undone from the Edit menu."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from tests.timeline.conftest import FENNA_RUBEN, RUBEN, expected, segments
from workbench.bootstrap import demo_dataset
from workbench.timeline import TimelineWidget
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]

LAZY = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from workbench.ui.app import make_app
    from workbench.bootstrap import open_or_create_default
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace
    app = make_app()
    window = MainWindow(Workspace(open_or_create_default()))
    timeline = window.docks["timeline"].widget()
    assert type(timeline).__name__ == "TimelineWidget", type(timeline)
    print("before show:", "pyqtgraph" in sys.modules)
    window.show()
    deadline = time.monotonic() + 30
    while timeline.plot is None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    print("after show:", "pyqtgraph" in sys.modules, timeline.plot is not None,
          window.docks["timeline"].isVisible())
    window.close()
""")


def test_pyqtgraph_is_imported_only_once_the_timeline_is_shown(isolated_home: Path) -> None:
    out = subprocess.run([sys.executable, "-c", LAZY], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["before show: False", "after show: True True True"]


def test_the_dock_follows_the_selection_and_edits_recolour_the_map(qtbot, make_store) -> None:
    window = MainWindow(Workspace(make_store(data=demo_dataset())))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    timeline = window.docks["timeline"].widget()
    assert isinstance(timeline, TimelineWidget) and window.docks["timeline"].isVisible()
    assert window.docks["timeline"].toggleViewAction() in window.view_menu.actions()
    qtbot.waitUntil(lambda: timeline.plot is not None, timeout=15000)
    ws, plot = window.workspace, timeline.plot
    window.selection.select([RUBEN])
    assert segments(plot) == expected(ws, list(plot.overlay.tracks))
    assert window.map.scene.energy[FENNA_RUBEN][0] == 2
    dialog = plot.add_reading(datetime(2020, 5, 14, 10, 0), 5, FENNA_RUBEN)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.map.scene.energy[FENNA_RUBEN][0] == 5  # the map's line colour follows at once
    assert window.undo_action.text().replace("&", "") == "Undo Add energy reading"
    window.undo_action.trigger()
    assert window.map.scene.energy[FENNA_RUBEN][0] == 2
    assert segments(plot) == expected(ws, list(plot.overlay.tracks))
