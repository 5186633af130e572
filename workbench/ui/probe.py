"""The bench's probe of a start (bench/bench_startup.py, bench/README.md "Start-up").

PyInstaller's bundle runs no script of ours but main.py, so the probe that times a start of
the packaged app lives in the app, asleep unless ``VOELSPRIET_STARTUP_PROBE`` is set:
``app`` makes ``make_app`` report the first frame of the main window; ``bare`` makes main.py
show a bare PySide6 window, the reference, and report its first frame instead. The report
is ``painted`` on stdout, then one JSON line of time marks (``time.monotonic()``, and the
CPU time so far as ``cpu_painted``), then the window is closed and the app quits.

Imports only PySide6 (the bare window pays for nothing the app alone needs).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

#: Set by bench/bench_startup.py; nothing else reads it.
PROBE_VARIABLE = "VOELSPRIET_STARTUP_PROBE"


class _FirstFrameReport(QObject):
    """On the application (whose filters see an event before the window's own): at the
    first Paint of a main window, queue the report, so that it runs once that whole frame is
    painted and before what the app queued for after it (as bench/startup_probe.py does)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow) and watched.isWindow():
            parent = self.parent()
            if parent is not None:
                parent.removeEventFilter(self)
            QTimer.singleShot(0, lambda: _report(watched))
        return False


def _report(window: QMainWindow) -> None:
    import json
    import sys
    import time

    sys.stdout.write("painted\n")
    sys.stdout.write(json.dumps({"painted": time.monotonic(), "cpu_painted": time.process_time()}) + "\n")
    sys.stdout.flush()
    window.close()  # the app's closeEvent: saves the settings, closes the workspace
    QApplication.quit()


def report_first_frame(app: QObject) -> None:
    """With ``VOELSPRIET_STARTUP_PROBE`` set (the bench), print ``painted`` and the time
    marks once the first main window has painted its first frame, then quit."""
    if os.environ.get(PROBE_VARIABLE) in ("app", "bare") and app.findChild(_FirstFrameReport) is None:
        app.installEventFilter(_FirstFrameReport(app))


def bare_window() -> int:
    """The bench's reference: a bare PySide6 window (1400×900, as the main window starts),
    its first frame reported as the app's is; started by main.py like the app."""
    import sys

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    report_first_frame(app)
    window.show()
    return app.exec()
