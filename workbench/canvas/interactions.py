"""Drag-to-connect as an interaction object with started/finished/canceled (as in
Orange's canvas): it draws the preview line and lights up the target; the
``MapController`` turns a finished gesture into a relation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from workbench.canvas import style

if TYPE_CHECKING:
    from workbench.canvas.items import NodeItem
    from workbench.canvas.scene import MapScene


class ConnectInteraction(QObject):
    """Drag from a node (its handle, or Alt+drag, or "Connect to…") to another node.

    A dashed preview line follows the pointer and the node under it lights up. Dropping
    on another node asks for the relation's kind; dropping on empty space, on the
    same node, or pressing Esc cancels.
    """

    started = Signal()
    finished = Signal(str, str)  # source id, target id
    canceled = Signal()

    def __init__(self, scene: "MapScene", source: "NodeItem", at: QPointF) -> None:
        super().__init__(scene)
        self.scene = scene
        self.source = source
        self.target: NodeItem | None = None
        self.line = QGraphicsLineItem(QLineF(source.pos(), at))
        pen = QPen(style.SELECTION, 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.line.setZValue(50)
        scene.addItem(self.line)

    def move(self, at: QPointF) -> None:
        """The pointer moved: follow it and light up the node under it."""
        self.line.setLine(QLineF(self.source.pos(), at))
        target = self.scene.node_at(at)
        if target is self.source:
            target = None
        if target is not self.target:
            if self.target is not None:
                self.target.set_highlighted(False)
            self.target = target
            if target is not None:
                target.set_highlighted(True)

    def release(self, at: QPointF) -> None:
        """Dropped: finish on a node, else cancel."""
        self.move(at)
        target = self.target
        self._clean_up()
        if target is None:
            self.canceled.emit()
        else:
            self.finished.emit(self.source.id, target.id)

    def cancel(self) -> None:
        """Esc: nothing is created."""
        self._clean_up()
        self.canceled.emit()

    def _clean_up(self) -> None:
        if self.target is not None:
            self.target.set_highlighted(False)
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
