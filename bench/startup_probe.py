"""One cold start, run in a fresh process by bench_startup: ``startup_probe.py app WORKSPACE``
or ``startup_probe.py bare``.

``app`` goes the way ``python main.py WORKSPACE`` goes (workbench.cli, then what
``bootstrap.run_app`` does: ``make_app``, ``build_main_window``, ``show``, the event loop);
``bare`` shows an empty QMainWindow of the same size. When the main window has been
painted, the probe prints ``painted`` on stdout, then one JSON line of time marks
(``time.monotonic()``, comparable with the parent's clock), and quits.

"Painted" is reported from a 0 ms timer queued by the window's first Paint event: the
timer fires once that whole frame — the window and all its children — has been painted
and flushed, so the number covers the first complete frame, not just its start (nor what
the app queues to do after it).
"""

from __future__ import annotations

import time

MARKS: dict[str, float] = {"probe": time.monotonic()}

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

TIMEOUT_MS = 60_000


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else ""
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        MARKS["imported"] = time.monotonic()
        app = QApplication(argv[:1])
        MARKS["app"] = time.monotonic()
        window = QMainWindow()
        window.resize(1400, 900)  # the size MainWindow starts with
    elif mode == "app" and len(argv) == 3:
        # in main.py's order: the order matters, PySide6 reads the source of every module
        # imported after it (its __feature__ hook), so SQLAlchemy (imported by bootstrap)
        # costs less before PySide6 than after it
        import workbench.cli  # noqa: F401 - main.py's first import, part of a real start
        from workbench.bootstrap import build_main_window
        from workbench.ui.app import make_app  # run_app's first import: PySide6
        from workbench.ui import main_window  # noqa: F401 - imported by build_main_window anyway;
        from PySide6.QtCore import QSettings  # here first, so that the marks split import time

        MARKS["imported"] = time.monotonic()
        app = make_app()
        MARKS["app"] = time.monotonic()
        window = build_main_window(Path(argv[2]), QSettings())
    else:
        print("usage: startup_probe.py bare | app WORKSPACE", file=sys.stderr)
        return 2
    MARKS["window"] = time.monotonic()

    from PySide6.QtCore import QEvent, QObject, QTimer

    def report() -> None:
        MARKS["painted"] = time.monotonic()
        sys.stdout.write("painted\n")
        sys.stdout.write(json.dumps({**MARKS, "cpu_painted": time.process_time()}) + "\n")
        sys.stdout.flush()
        window.close()  # the app's closeEvent: saves the settings, closes the workspace
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if obj is window and event.type() == QEvent.Type.Paint and "paint" not in MARKS:
                MARKS["paint"] = time.monotonic()
                QTimer.singleShot(0, report)
            return False

    spy = FirstPaint()
    # On the application, whose filters see an event before the window's own: the report
    # is queued before anything the app itself queues for after its first frame
    # (workbench/ui/first_frame.py), so "painted" is the frame, not the work that follows it.
    app.installEventFilter(spy)
    QTimer.singleShot(TIMEOUT_MS, lambda: (print("timeout: no Paint event", file=sys.stderr),
                                           app.exit(3)))
    window.show()
    MARKS["shown"] = time.monotonic()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
