"""Workspaces the operating system asks the running app to open.

On macOS, double-clicking a ``.voelspriet`` file in the Finder (or dropping one on the Dock
icon) does not put its path on the command line: the app receives a ``QFileOpenEvent``
(the bundle's Info.plist declares the document type, packaging/bundle.py). One arriving
while the app starts opens that workspace instead of the default one; one arriving later
switches the window to it (``MainWindow.open_path``: a dialog says why when it cannot).
On Linux and Windows the path comes as the command-line argument (the .desktop entry's
``%f``, Explorer's ``"%1"``): there the filter is not installed at all (a filter on the
application sees every event of every widget, thousands before the first frame).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class Opens(Protocol):
    def open_path(self, path: Path) -> bool: ...


class FileOpenFilter(QObject):
    """Installed on the application where the system sends ``QFileOpenEvent`` (*watch*:
    macOS): catches it and opens the file."""

    def __init__(self, app: QCoreApplication, watch: bool = sys.platform == "darwin") -> None:
        super().__init__(app)
        self.pending: list[Path] = []
        self._window: Opens | None = None
        self.watching = watch
        if watch:
            app.installEventFilter(self)

    def take_startup_path(self) -> Path | None:
        """The workspace asked for while the app started (the last one), if any."""
        if self.watching:
            QCoreApplication.processEvents()  # the Finder's request arrives right after launch
        return self.pending.pop() if self.pending else None

    def attach(self, window: Opens) -> None:
        """From now on open requests go to *window*; one that arrived meanwhile is opened."""
        self._window = window
        pending, self.pending = self.pending, []
        if pending:
            window.open_path(pending[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        text = event.file() or event.url().toLocalFile()
        if not text:
            return False
        path = Path(text)
        if self._window is None:
            self.pending.append(path)
        else:
            self._window.open_path(path)
        return True
