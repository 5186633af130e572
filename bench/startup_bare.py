"""A bare PySide6 window, frozen on its own by bench_startup (``bare_bundle``): the package's
reference. It shows an empty QMainWindow of the main window's size and reports its first
frame as the packaged app does (workbench/ui/probe.py): ``painted``, then one JSON line of
time marks, then it quits. Imports nothing but PySide6 and the standard library."""

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstFrame(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and watched is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    sys.stdout.write("painted\n")
    sys.stdout.write(json.dumps({"painted": time.monotonic(), "cpu_painted": time.process_time()}) + "\n")
    sys.stdout.flush()
    window.close()
    app.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)  # the size MainWindow starts with
spy = FirstFrame(app)
app.installEventFilter(spy)
window.show()
sys.exit(app.exec())
