"""A cold start imports only what the window's first frame needs (bench/README.md,
"Start-up"): the app is started in a fresh process the way ``python main.py WORKSPACE``
starts it, and the modules it holds are looked at when the first frame is painted, and
again once the work queued for after that frame has run. Nothing is timed here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.bootstrap import demo_dataset, write_new_workspace

REPO = Path(__file__).resolve().parents[1]

#: Loaded when first used, never for the first frame: libraries for other features
#: (the timeline's plots, migrations, the meshwork's graph measures, spreadsheets,
#: encryption, printing, PostgreSQL, SQLAlchemy's ORM, numpy's masked arrays) and our
#: modules that pull them in or build what starts behind another dock's tab.
FIRST_FRAME_LAZY = (
    "pyqtgraph", "alembic", "networkx", "openpyxl", "sqlcipher3", "PySide6.QtPrintSupport",
    "sqlalchemy.orm", "sqlalchemy.dialects.postgresql", "numpy.ma",
    "workbench.store.migrate", "workbench.interchange.kumu", "workbench.interchange.xlsx",
    "workbench.interchange.graphml", "workbench.brief.render", "workbench.canvas.subset",
    "workbench.layout", "workbench.timeline.plot", "workbench.sensing.meshwork",
    "workbench.ui.signature_panel", "workbench.ui.interaction_log", "workbench.ui.followups",
    "workbench.ui.meeting", "workbench.ui.sensing_settings",
    "workbench.ui.sparkline",  # the details panel's person page, built when someone is selected
    "html",  # the panels' rich texts
)
#: Still not loaded once the work queued for after the first frame has run (the radar's
#: ranking, the panels behind other tabs; the timeline, shown at the bottom, loads
#: pyqtgraph then, by design): nothing for a feature the user has not asked for.
SETTLED_LAZY = (
    "alembic", "networkx", "openpyxl", "sqlcipher3", "PySide6.QtPrintSupport",
    "sqlalchemy.orm", "sqlalchemy.dialects.postgresql", "workbench.store.migrate",
    "workbench.interchange.kumu", "workbench.interchange.xlsx", "workbench.interchange.graphml",
    "workbench.brief.render", "workbench.canvas.subset",
)

# What bootstrap.run_app does, with a look at sys.modules when the first frame is painted
# (a 0 ms timer queued by the window's first Paint, from a filter on the application, so
# that it runs before what the app queues for after its first frame) and 1 s later.
CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path

    import workbench.cli  # main.py's first import
    from PySide6.QtCore import QEvent, QObject, QTimer

    from workbench.bootstrap import build_main_window, private_settings
    from workbench.ui.app import make_app

    app = make_app()
    window = build_main_window(Path(sys.argv[1]) if len(sys.argv) > 1 else None, private_settings())
    seen = {}

    def settled():
        seen["settled"] = sorted(sys.modules)
        window.close()
        app.quit()

    def painted():
        seen["first_frame"] = sorted(sys.modules)
        QTimer.singleShot(1000, settled)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if obj is window and event.type() == QEvent.Type.Paint and not seen.get("paint"):
                seen["paint"] = True
                QTimer.singleShot(0, painted)
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    QTimer.singleShot(60000, lambda: app.exit(3))
    window.show()
    code = app.exec()
    print(json.dumps(seen))
    sys.exit(code)
""")


def _start(*args: str) -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen.keys() == {"paint", "first_frame", "settled"}
    return seen


def _loaded(modules: list[str], lazy: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in lazy))


@pytest.mark.parametrize("start", ["demo", "first start"])
def test_the_first_frame_imports_only_what_it_needs(tmp_path: Path, start: str) -> None:
    if start == "demo":
        path = tmp_path / "demo.voelspriet"
        write_new_workspace(path, demo_dataset()).close()
        seen = _start(str(path))
    else:  # the default workspace, made from the demo first
        seen = _start()
        assert Path(os.environ["VOELSPRIET_HOME"], "Voelspriet.voelspriet").exists()
    first, settled = seen["first_frame"], seen["settled"]
    # the map is there: the window, its canvas and the store are loaded
    assert {"workbench.canvas.map_widget", "workbench.store.schema", "numpy", "sqlalchemy"} <= set(first)
    assert _loaded(first, FIRST_FRAME_LAZY) == []
    assert _loaded(settled, SETTLED_LAZY) == []
    # what waited for the first frame has run by then: the panels behind other tabs exist
    assert {"workbench.ui.signature_panel", "workbench.ui.interaction_log"} <= set(settled)
