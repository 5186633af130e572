"""Interactions on the map, each an object of its own: moving and drag-to-connect.

They turn gestures into Workspace edits: a whole drag becomes one undoable move (plus
joining the groups whose region a node was dropped into); a connect gesture becomes one
relation, of a kind the user picks or types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from workbench.canvas import style
from workbench.workspace import EditRefused

if TYPE_CHECKING:
    from workbench.canvas.items import NodeItem
    from workbench.canvas.scene import MapScene


class MoveTracker(QObject):
    """Records where the selected nodes were at mouse press and commits the move on release."""

    def __init__(self, scene: "MapScene") -> None:
        super().__init__(scene)
        self.scene = scene
        self.start: dict[str, QPointF] = {}
        self.moving = False

    def press(self) -> None:
        """The mouse went down on a node: remember where the selection is."""
        self.start = {item.id: item.pos() for item in self.scene.selected_nodes()}
        self.moving = False

    def moved(self) -> None:
        """A node moved while the button is down: the drag has begun."""
        if self.start and not self.moving:
            self.moving = True
            self.scene.start_live(list(self.start))

    def release(self) -> None:
        """The mouse went up: one undoable edit for the whole drag."""
        start, self.start = self.start, {}
        if not self.moving:
            return
        self.moving = False
        self.scene.end_live()
        positions = {}
        for sid, before in start.items():
            item = self.scene.items_by_id.get(sid)
            if item is not None and item.pos() != before:
                positions[sid] = (item.pos().x(), item.pos().y())
        if positions:
            self.scene.commit_move(positions)


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


def connect_or_select(scene: "MapScene", a: str, b: str, kind: str) -> str | None:
    """Create the relation a–b of *kind*; if the pair is connected, select that relation."""
    existing = scene.workspace.relation_between(a, b)
    if existing is not None:
        scene.select_relations([existing.id])
        return existing.id
    try:
        rid = scene.workspace.connect(a, b, kind.strip(), initiator=scene)
    except EditRefused as exc:
        scene.refused.emit(str(exc))
        return None
    scene.select_relations([rid])
    return rid
