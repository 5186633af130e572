"""Docks that list things: contents in a scroll area, so that the dock can be narrower than
its filters (the map keeps its room), modest sizes, and rows read when first shown."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from workbench.ui.first_frame import dock_of, when_seen


def scrolled_body(owner: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """Give *owner* a frameless scroll area filling it; returns the area, the widget to put in
    it (``area.setWidget(body)`` once it is filled) and that widget's layout."""
    body = QWidget(owner)
    area = QScrollArea(owner)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(4)
    return area, body, layout


class LazyDock(QWidget):
    """A dock's panel that reads its rows only when first seen (``reload``), and asks for
    modest sizes: a dock shares its side with the others and leaves the map its width.

    In a dock, "seen" means its tab is the raised one, after the window's first frame
    (``first_frame.when_seen``): a dock behind another's tab is shown to Qt but never seen,
    and reads nothing. Outside a dock the panel reads its rows when it is shown."""

    loaded = False
    _waiting = False

    def reload(self) -> None:
        """Read what the panel shows (again)."""
        raise NotImplementedError

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(280, 360)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, 160)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self.loaded and not self._waiting:
            if dock_of(self) is None:
                self.reload()
            else:
                self._waiting = True
                when_seen(self, self._seen)
        super().showEvent(event)

    def _seen(self) -> None:
        self._waiting = False
        if not self.loaded:
            self.reload()
