"""The timeline dock's widget: light to build, it loads pyqtgraph once it is first painted.

pyqtgraph takes about half a second to import. ``TimelineWidget`` imports neither it nor
the plot module when it is built, so building the main window does not; the first time
the widget is painted (the dock shown, the window's first frame already on screen) it
queues the import and then replaces its placeholder with the plot
(:class:`~workbench.timeline.plot.TimelinePlot`), which reads the current selection. A
hidden dock never loads it. Until then nothing follows the selection or the Workspace:
the plot reads both when it is made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.workspace import Selection, Workspace


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


class TimelineWidget(QWidget):
    """The energy timeline of the selected stakeholder or relations (see the module)."""

    loaded = Signal()  # the plot is there

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.workspace = workspace
        self.selection = selection
        self.plot = None  # the TimelinePlot, once loaded
        self._queued = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(tr("Loading the energy timeline…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.installEventFilter(self)
        layout.addWidget(self._placeholder)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for the five energy levels and the contacts lane to read."""
        return QSize(800, 250)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self._placeholder and event.type() == QEvent.Type.Paint and not self._queued:
            self._queued = True  # after this frame: the window is on screen before the import
            QTimer.singleShot(0, self, self._load_if_shown)
        return False

    def _load_if_shown(self) -> None:
        if self.isVisible():  # not for a window closed meanwhile
            self.load()
        else:
            self._queued = False

    def load(self) -> None:
        """Import pyqtgraph and show the plot (once; also callable directly)."""
        if self.plot is not None:
            return
        self._queued = False
        if self.workspace.closed:  # torn down (another workspace opened) before it came to this
            return
        from workbench.timeline.overlay import Overlay
        from workbench.timeline.plot import TimelinePlot

        try:
            self.plot = TimelinePlot(Overlay(self.workspace), self.selection, self)
        except RuntimeError:  # Qt objects it builds on went away meanwhile: a window being freed
            self.plot = None
            return
        self._placeholder.removeEventFilter(self)
        self.layout().replaceWidget(self._placeholder, self.plot)
        self._placeholder.hide()
        self._placeholder.deleteLater()
        self.loaded.emit()
