"""Guards the PySide6 pin: 6.12.0 on Python 3.11 frees ``None`` in QPainter calls and
aborts after a few thousand paints (ARCHITECTURE.md). Paint tens of thousands of items
through a custom ``paint()``; on a bad build this process dies."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget


class Busy(QGraphicsItem):
    """An item whose paint() makes every kind of QPainter call that returns None."""

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-6, -6, 12, 12)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#335"), 1))
        painter.setBrush(QBrush(QColor("#8ac")))
        painter.drawRect(QRectF(-5, -5, 10, 10))
        painter.drawEllipse(QPointF(0, 0), 4, 4)
        painter.drawLine(QLineF(-5, 0, 5, 0))
        painter.fillRect(QRectF(-2, -2, 4, 4), QColor("#fa0"))
        painter.drawText(QRectF(-5, -5, 10, 10), Qt.AlignmentFlag.AlignCenter, "x")


def test_pinned_pyside6_is_not_the_broken_release() -> None:
    assert PySide6.__version__ != "6.12.0"


def test_painting_many_thousands_of_items_survives(qapp) -> None:
    scene = QGraphicsScene()
    for i in range(6000):
        item = Busy()
        item.setPos((i % 80) * 14, (i // 80) * 14)
        scene.addItem(item)
    image = QImage(1200, 1100, QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(4):  # 24,000 paint() calls, 120,000 QPainter calls
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        scene.render(painter)
        painter.end()
    assert image.pixelColor(7, 7) != QColor(Qt.GlobalColor.white)
