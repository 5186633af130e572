"""The legend: what shapes, colours, line colours and outlines mean; its last row, the
radar's halo, is a switch (click it) for showing who needs attention on the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from workbench.canvas import style
from workbench.model import ENERGY_LABELS, StakeholderKind, Status
from workbench.workspace.labels import energy_label, kind_label, status_label

ROW = 19


class Legend(QWidget):
    """A small card over the map's corner explaining its visual language."""

    radar_toggled = Signal(bool)  # the radar's halos shown on the map, or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar_shown = True
        self.setFixedSize(self.sizeHint())
        self._pixmap: QPixmap | None = None
        self.setToolTip(self.tr("Click “needs attention” to show or hide the radar on the map"))

    def radar_row(self) -> QRectF:
        """The switch: the row under the stakeholder kinds."""
        return QRectF(6, 30 + (len(StakeholderKind) + 0.5) * ROW, self._column() - 12, ROW)

    def set_radar_shown(self, shown: bool) -> None:
        if shown != self.radar_shown:
            self.radar_shown = shown
            self._pixmap = None
            self.update()
            self.radar_toggled.emit(shown)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.radar_row().contains(event.position()):
            self.set_radar_shown(not self.radar_shown)
            event.accept()
        else:
            event.ignore()  # the map beneath it

    def _column(self) -> float:
        """Where the second column starts: after the widest kind name."""
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(kind_label(k)) for k in StakeholderKind)
        return max(172.0, 38 + widest + 24, metrics.horizontalAdvance(self.tr("Stakeholders")) + 36)

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(len(StakeholderKind), len(ENERGY_LABELS) + 1 + 1 + len(Status))
        metrics = QFontMetricsF(self.font())
        texts = [self.tr("no reading yet"), *(f"5 {energy_label(e)}" for e in ENERGY_LABELS),
                 *(status_label(s) for s in Status)]
        right = max(max(metrics.horizontalAdvance(t) for t in texts) + 36,
                    metrics.horizontalAdvance(self.tr("thicker: longer history")),
                    metrics.horizontalAdvance(self.tr("Relation energy")) * 1.15)
        return QSize(int(self._column() + right + 14), 34 + rows * ROW)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # Drawn once into a pixmap: the legend sits over the map and repaints with it.
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.devicePixelRatio() != ratio:
            self._pixmap = QPixmap(self.size() * ratio)
            self._pixmap.setDevicePixelRatio(ratio)
            self._pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(self._pixmap)
            self.draw(painter)
            painter.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()

    def draw(self, p: QPainter) -> None:
        """Draw the legend at the painter's origin (also used for image exports)."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("#d0d4d9")))
        p.setBrush(QBrush(QColor(255, 255, 255, 235)))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        bold = p.font()
        bold.setBold(True)
        normal = p.font()
        p.setFont(bold)
        p.setPen(style.TEXT)
        p.drawText(QPointF(12, 20), self.tr("Stakeholders"))
        c = self._column()
        p.drawText(QPointF(c, 20), self.tr("Relation energy"))
        p.setFont(normal)
        y = 30.0
        for kind in StakeholderKind:
            fill, outline = style.KIND_COLORS[kind]
            p.save()
            p.translate(22, y + ROW / 2)
            p.scale(0.42, 0.42)
            p.setPen(QPen(outline, 3))
            p.setBrush(QBrush(fill))
            p.drawPath(style.SHAPES[kind])
            p.restore()
            p.setPen(style.TEXT)
            p.drawText(QPointF(38, y + ROW / 2 + 4), kind_label(kind))
            y += ROW
        self._draw_radar_row(p)
        y = 30.0
        for energy in (5, 4, 3, 2, 1, None):
            pen = QPen(style.ENERGY_COLORS[energy], 3.5 if energy else 1.5)
            p.setPen(pen)
            p.drawLine(QPointF(c, y + ROW / 2), QPointF(c + 28, y + ROW / 2))
            p.setPen(style.TEXT)
            text = f"{energy} {energy_label(energy)}" if energy else self.tr("no reading yet")
            p.drawText(QPointF(c + 36, y + ROW / 2 + 4), text)
            y += ROW
        p.setPen(QColor("#52606d"))
        p.drawText(QPointF(c, y + ROW / 2 + 4), self.tr("thicker: longer history"))
        y += ROW
        for status in (Status.PROSPECT, Status.CORE, Status.OWN_WAY):
            pen_style, width, opacity = style.status_style(status)
            p.setOpacity(opacity)
            p.setPen(QPen(QColor("#2f5f8f"), width, pen_style))
            p.setBrush(QBrush(QColor("#a5c8ec")))
            p.drawEllipse(QPointF(c + 14, y + ROW / 2), 7, 7)
            p.setOpacity(1.0)
            p.setPen(style.TEXT)
            p.drawText(QPointF(c + 36, y + ROW / 2 + 4), status_label(status))
            y += ROW
        p.restore()

    def _draw_radar_row(self, p: QPainter) -> None:
        row = self.radar_row()
        mid = row.center().y()
        box = QRectF(row.left() + 4, mid - 5, 10, 10)
        p.setPen(QPen(QColor("#52606d"), 1))
        p.setBrush(QBrush(QColor("#ffffff")))
        p.drawRect(box)
        if self.radar_shown:
            p.setPen(QPen(style.TEXT, 1.6))
            p.drawLine(QPointF(box.left() + 2, mid), QPointF(box.left() + 4.5, box.bottom() - 2))
            p.drawLine(QPointF(box.left() + 4.5, box.bottom() - 2), QPointF(box.right() - 1.5, box.top() + 2))
        p.setPen(QPen(style.RADAR, 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(row.left() + 26, mid), 6, 6)
        p.setPen(style.TEXT)
        p.drawText(QPointF(row.left() + 38, mid + 4), self.tr("needs attention"))
