"""A small energy sparkline (QPainter only: no pyqtgraph at start-up)."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Energy 1–5: red to green, as on the map's lines.
COLOURS = {1: "#c0392b", 2: "#e67e22", 3: "#9a9a9a", 4: "#6aa84f", 5: "#2e7d32"}


class Sparkline(QWidget):
    """Energy readings (1–5) over time as a small line with dots; the band of low energy
    (≤ *low*) tinted. Clicking it emits ``clicked``."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, low: int = 2) -> None:
        super().__init__(parent)
        self._points: tuple[tuple[datetime, int], ...] = ()
        self._low = low
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 38)

    def set_points(self, points: Sequence[tuple[datetime, int]], low: int | None = None) -> None:
        """Show *points* ``(at, energy)``, oldest first."""
        self._points = tuple(points)
        if low is not None:
            self._low = low
        self.update()

    @property
    def points(self) -> tuple[tuple[datetime, int], ...]:
        """What is drawn."""
        return self._points

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def positions(self) -> list[QPointF]:
        """Where each point is drawn (left to right by time, 5 at the top)."""
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if not self._points:
            return []
        first = self._points[0][0].timestamp()
        span = self._points[-1][0].timestamp() - first
        out = []
        for k, (at, energy) in enumerate(self._points):
            if span > 0:
                x = r.left() + r.width() * (at.timestamp() - first) / span
            else:
                x = r.left() + r.width() * (k + 1) / (len(self._points) + 1)
            y = r.bottom() - r.height() * (min(5, max(1, energy)) - 1) / 4
            out.append(QPointF(x, y))
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        band_top = r.bottom() - r.height() * (self._low - 1 + 0.5) / 4
        painter.fillRect(QRectF(r.left(), band_top, r.width(), r.bottom() - band_top + 4),
                         QColor(192, 57, 43, 28))
        grid = QPen(QColor(0, 0, 0, 30))
        grid.setWidthF(1.0)
        painter.setPen(grid)
        for level in (1, 3, 5):
            y = r.bottom() - r.height() * (level - 1) / 4
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        points = self.positions()
        if not points:
            painter.end()
            return
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        line = QPen(QColor("#2c5d8f"))
        line.setWidthF(1.6)
        painter.setPen(line)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for p, (_at, energy) in zip(points, self._points):
            painter.setBrush(QColor(COLOURS.get(energy, "#777")))
            painter.drawEllipse(p, 2.6, 2.6)
        painter.end()


__all__ = ["COLOURS", "Sparkline"]

