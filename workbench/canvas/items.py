"""Graphics items of the map: stakeholder nodes and group regions.

Items only draw and report; they never write the database. Moves, connections and
edits are carried out by the interactions and the scene, through the Workspace.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Callable, Iterable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workbench.canvas import style
from workbench.canvas.arrays import distinct_rows
from workbench.model import Group, Stakeholder

if TYPE_CHECKING:
    from workbench.canvas.scene import MapScene


_METRICS: dict[str, QFontMetricsF] = {}


def _metrics(font: QFont) -> QFontMetricsF:
    """The metrics of *font* (kept: thousands of names are measured with two fonts)."""
    key = font.key()
    found = _METRICS.get(key)
    if found is None:
        found = _METRICS[key] = QFontMetricsF(font)
    return found


@functools.cache
def label_fonts() -> tuple[QFont, QFont, QFont]:
    """Names, names of core members (bold) and region names, in the platform's font size
    (at least 9 pt: the map is read at arm's length)."""
    normal = QFont(QApplication.font())
    normal.setPointSizeF(max(9.0, normal.pointSizeF()))
    bold = QFont(normal)
    bold.setBold(True)
    region = QFont(normal)
    region.setPointSizeF(normal.pointSizeF() * 1.15)
    region.setBold(True)
    return normal, bold, region


class NodeItem(QGraphicsItem):
    """One stakeholder: a shape by kind, the name below, the status in the outline."""

    def __init__(self, stakeholder: Stakeholder) -> None:
        super().__init__()
        self.stakeholder = stakeholder
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # repaints become copies
        self.hovered = False
        self.highlighted = False  # a drag-to-connect target
        self.flagged = False  # on the radar: a halo (when the map shows the radar)
        self.dimmed = False
        self._labels: dict[int, QStaticText] = {}
        self.update_from(stakeholder)

    @property
    def id(self) -> str:
        """The stakeholder's id."""
        return self.stakeholder.id

    def update_from(self, stakeholder: Stakeholder) -> None:
        """Show a new version of the stakeholder."""
        self.prepareGeometryChange()
        self.stakeholder = stakeholder
        self._font = label_fonts()[1 if stakeholder.status.value == "core" else 0]
        self._labels = {}
        self._half = self._label_half_width()
        self._refresh_opacity()
        self.setToolTip(" · ".join(x for x in (stakeholder.name, stakeholder.role, stakeholder.organisation) if x))
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Fade out (not matching the filters)."""
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self._refresh_opacity()

    def _refresh_opacity(self) -> None:
        opacity = style.status_style(self.stakeholder.status)[2]
        self.setOpacity(0.12 if self.dimmed else opacity)

    def set_flagged(self, on: bool) -> None:
        """Show (or stop showing) that the radar flags this stakeholder."""
        if on != self.flagged:
            self.flagged = on
            self.update()

    def set_highlighted(self, on: bool) -> None:
        """Mark as the target of a connection being dragged."""
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    # ------------------------------------------------------------------ geometry
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = max(style.NODE_RADIUS * 1.35, style.NODE_RADIUS + 0.4 * style.HANDLE_MAX_RADIUS) + 4  # the handle
        half = max(self._half, r)
        return QRectF(-half, -r, 2 * half, r + style.NODE_RADIUS + 6 + style.LABEL_HEIGHT * style.LABEL_MAX_GROWTH)

    def _label_half_width(self) -> float:
        """Half the widest the name is ever drawn: whole and grown for a zoomed-out view, but
        never wider than LABEL_MAX_PX on screen, and its backing when hovered. Sized to the
        name, not to the widest name there could be: each node caches its picture at the
        device's scale (DeviceCoordinateCache), as large as this rectangle."""
        grow = style.LABEL_MAX_GROWTH
        natural = _metrics(self._font).horizontalAdvance(self.stakeholder.name)
        return (min(natural * grow, style.LABEL_MAX_PX / style.LABEL_MIN_SCALE) + 8 * grow) / 2

    def label(self, width: float) -> QStaticText:
        """The name elided to *width* (font units), cached per 8-unit step."""
        step = int(min(width, 4096) // 8)
        text = self._labels.get(step)
        if text is None:
            elided = QFontMetricsF(self._font).elidedText(self.stakeholder.name, Qt.TextElideMode.ElideRight,
                                                          step * 8.0)
            text = QStaticText(elided)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self._font)
            self._labels[step] = text
        return text

    def shape(self) -> QPainterPath:
        path = QPainterPath(style.SHAPES[self.stakeholder.kind])
        path.addRect(QRectF(-style.LABEL_WIDTH / 2 + 10, style.NODE_RADIUS + 2, style.LABEL_WIDTH - 20, 16))
        path.addEllipse(self.handle_center(), self.handle_radius() + 2, self.handle_radius() + 2)
        return path

    def handle_radius(self) -> float:
        """The connect handle's radius in scene units: a comfortable target on screen at
        any zoom (larger on a touch screen; logical pixels grow on HiDPI by themselves)."""
        scene = self.scene()
        scale = getattr(scene, "view_scale", 1.0) if scene is not None else 1.0
        return min(style.HANDLE_MAX_RADIUS, max(style.HANDLE_RADIUS, style.handle_screen_radius() / scale))

    def handle_center(self) -> QPointF:
        """Where the drag-to-connect handle sits (right of the shape)."""
        r = self.handle_radius()
        return QPointF(style.NODE_RADIUS + r + 2, -style.NODE_RADIUS + 0.6 * r)

    def on_handle(self, pos: QPointF) -> bool:
        """True when *pos* (item coordinates) is on the connect handle."""
        d = pos - self.handle_center()
        return d.x() * d.x() + d.y() * d.y() <= (self.handle_radius() + 2) ** 2

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        s = self.stakeholder
        fill, outline = style.KIND_COLORS[s.kind]
        pen_style, width, _opacity = style.status_style(s.status)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.2)
        if self.flagged:  # a halo: needs attention (the radar)
            painter.setPen(QPen(style.RADAR, max(3.0, 2.5 / max(lod, 0.05))))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), style.NODE_RADIUS * 1.3, style.NODE_RADIUS * 1.3)
        if selected or self.highlighted:
            ring = style.HIGHLIGHT if self.highlighted else style.SELECTION
            painter.setPen(QPen(ring, max(5.0, 4.0 / max(lod, 0.05))))  # ≥ 4 px on screen
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(style.SHAPES[s.kind])
        pen = QPen(outline, width, pen_style)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(style.SHAPES[s.kind])
        if s.pinned and lod >= style.LABEL_MIN_SCALE:
            painter.setPen(QPen(outline, 1.2))
            painter.setBrush(QBrush(outline))
            painter.drawEllipse(QPointF(-style.NODE_RADIUS * 0.75, -style.NODE_RADIUS * 0.75), 3, 3)
        if lod < style.LABEL_MIN_SCALE:
            return
        self._paint_label(painter, lod, selected)
        if self.hovered and not self.dimmed:
            painter.setPen(QPen(style.SELECTION, 1.5))
            painter.setBrush(QBrush(QColor("#ffffff")))
            c, r = self.handle_center(), self.handle_radius()
            painter.drawEllipse(c, r, r)
            painter.drawLine(QPointF(c.x() - r / 2, c.y()), QPointF(c.x() + r / 2, c.y()))
            painter.drawLine(QPointF(c.x(), c.y() - r / 2), QPointF(c.x(), c.y() + r / 2))

    def _paint_label(self, painter: QPainter, lod: float, selected: bool) -> None:
        """The name below the shape: readable when zoomed out, never wider than the room."""
        scene = self.scene()
        if getattr(scene, "full_names", False):
            grow, text = 1.0, self.label(1e6)
        else:
            grow = min(style.LABEL_MAX_GROWTH, max(1.0, style.LABEL_SCREEN_SCALE / lod))
            room = scene.label_room(self.id) if scene is not None else style.LABEL_MAX_PX  # type: ignore[attr-defined]
            px = min(style.LABEL_MAX_PX, room * lod - 8)
            if px < style.LABEL_MIN_ROOM and not (selected or self.hovered):
                return
            px = max(px, style.LABEL_MAX_PX * 0.6) if (selected or self.hovered) else px
            text = self.label(px / (lod * grow))
        painter.save()
        painter.translate(0, style.NODE_RADIUS + 3)
        painter.scale(grow, grow)
        width = text.size().width()
        if selected or self.hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 225)))
            painter.drawRoundedRect(QRectF(-width / 2 - 3, -1, width + 6, text.size().height() + 2), 3, 3)
        painter.setPen(style.TEXT)
        painter.setFont(self._font)
        painter.drawStaticText(QPointF(-width / 2, 0), text)
        painter.restore()

    # ------------------------------------------------------------------ events
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.setCursor(Qt.CursorShape.CrossCursor if self.on_handle(event.pos())
                       else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self.hovered = False
        self.unsetCursor()
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        scene: MapScene = self.scene()  # type: ignore[assignment]
        connect = (event.button() == Qt.MouseButton.LeftButton
                   and (self.on_handle(event.pos()) or event.modifiers() & Qt.KeyboardModifier.AltModifier))
        if connect and scene.controller is not None:
            scene.controller.start_connect(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and scene.controller is not None:
            scene.controller.press()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        # Qt moves every selected movable item; tell the scene which ones moved. (Not
        # itemChange: that would call into Python a dozen times per item while loading.)
        super().mouseMoveEvent(event)
        scene: MapScene = self.scene()  # type: ignore[assignment]
        if scene is not None:
            scene.nodes_dragged([it for it in scene.selected_nodes() if it.flags()
                                 & QGraphicsItem.GraphicsItemFlag.ItemIsMovable])

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        scene: MapScene = self.scene()  # type: ignore[assignment]
        if event.button() == Qt.MouseButton.LeftButton and scene.controller is not None:
            scene.controller.release()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        scene: MapScene = self.scene()  # type: ignore[assignment]
        if scene.controller is not None:
            scene.controller.rename_requested.emit(self.id)
        event.accept()


class Region:
    """A group's soft region behind its members, and its name (drawn by the RegionLayer)."""

    PADDING = 46.0

    def __init__(self, group: Group) -> None:
        self.group = group
        self.path = QPainterPath()
        self._hull = QPolygonF()
        self.label_at = QPointF()
        self._home = QPointF()  # where the name goes unless something is in the way
        self.grow = 1.0  # the name's size factor, set by the scene for the current zoom

    def isVisible(self) -> bool:  # noqa: N802 - reads like the Qt items beside it
        """Shown: the group's region is switched on and has members."""
        return self.group.show_region and not self.path.isEmpty()

    def shape(self) -> QPainterPath:
        """The region's outline."""
        return self.path

    def set_group(self, group: Group) -> None:
        """A new version of the group (name, colour, shown or not)."""
        self.group = group

    def set_points(self, points: np.ndarray) -> None:
        """Recompute the region from its members' positions ((n, 2) array)."""
        hull = _hull(points) if len(points) else np.zeros((0, 2))
        self._hull = QPolygonF([QPointF(float(x), float(y)) for x, y in hull])
        self.path = region_path(points, self.PADDING, hull)
        if len(points):
            top = points[int(np.argmin(points[:, 1]))]  # by default above the highest member
            self._home = self.label_at = QPointF(float(top[0]), float(top[1]) - self.PADDING - 3)

    def label_spots(self) -> list[QPointF]:
        """Where the name may go (the bottom centre of its box), most wanted first: above
        the highest member, just outside the region's top, bottom, left or right edge, or
        somewhere inside it."""
        box = self.path.boundingRect()
        if box.isEmpty():
            return [self._home]
        rect = self.label_rect()
        w, h = rect.width(), rect.height()
        spots = [self._home,
                 QPointF(box.center().x(), box.top() - 2),
                 QPointF(box.center().x(), box.bottom() + h + 2),
                 QPointF(box.left() - w / 2 - 4, box.center().y() + h / 2),
                 QPointF(box.right() + w / 2 + 4, box.center().y() + h / 2)]
        # and free space inside: a grid over the region
        for fy in (0.2, 0.35, 0.5, 0.65, 0.8):
            for fx in (0.25, 0.5, 0.75):
                spots.append(QPointF(box.left() + fx * box.width(), box.top() + fy * box.height() + h / 2))
        return spots

    def set_label_at(self, point: QPointF) -> None:
        """Put the name's bottom centre at *point*."""
        self.label_at = QPointF(point)

    def member_moved(self, old: np.ndarray, new: np.ndarray, points: Callable[[], np.ndarray]) -> bool:
        """A member is being dragged: recompute only if the outline changes; True if it did."""
        if not self.moves_reshape([(old, new)]):
            return False
        self.set_points(points())
        return True

    def moves_reshape(self, moves: Iterable[tuple[np.ndarray, np.ndarray]]) -> bool:
        """Whether members moving from these old to new points can change the region (the
        hull grown by the padding): only when one was a corner of the hull or leaves it."""
        for old, new in moves:
            inside = self._hull.containsPoint(QPointF(float(new[0]), float(new[1])), Qt.FillRule.OddEvenFill)
            if not inside or any(abs(v.x() - old[0]) < 1e-6 and abs(v.y() - old[1]) < 1e-6 for v in self._hull):
                return True
        return False

    def label_rect(self) -> QRectF:
        """Where the name is written, at the current label size."""
        metrics = QFontMetricsF(label_fonts()[2])
        width = (metrics.horizontalAdvance(self.group.name) + 12) * self.grow
        height = (metrics.height() + 4) * self.grow
        return QRectF(self.label_at.x() - width / 2, self.label_at.y() - height, width, height)

    def contains_scene_point(self, point: QPointF) -> bool:
        """True when *point* lies inside the shown region."""
        return self.isVisible() and self.path.contains(point)

    def bounds(self) -> QRectF:
        """Everything it draws: the region and its name."""
        return self.path.boundingRect().united(self.label_rect()).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, lod: float) -> None:
        """Draw the region, and its name when not too small."""
        color = QColor(self.group.color or "#9aa5b1")
        fill = QColor(color)
        fill.setAlpha(46)
        edge = QColor(color)
        edge.setAlpha(150)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.path)
        if lod < 0.12:
            return
        painter.save()
        painter.translate(self.label_at)
        painter.scale(self.grow, self.grow)  # stays readable when zoomed out
        font = label_fonts()[2]
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(self.group.name) + 10, metrics.height() + 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255, 190)))
        painter.drawRoundedRect(QRectF(-width / 2, -height - 1, width, height), 4, 4)
        painter.setPen(color.darker(200))
        painter.drawText(QRectF(-width / 2, -height - 1, width, height), Qt.AlignmentFlag.AlignCenter,
                         self.group.name)
        painter.restore()


def _hull(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain) of (n, 2) points, counter-clockwise."""
    pts = distinct_rows(points)  # sorted by x, then y
    if len(pts) <= 2:
        return pts

    def half(seq: np.ndarray) -> list[np.ndarray]:
        out: list[np.ndarray] = []
        for p in seq:
            while len(out) >= 2:
                o, a = out[-2], out[-1]
                if (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) > 0:
                    break
                out.pop()
            out.append(p)
        return out

    lower, upper = half(pts), half(pts[::-1])
    return np.array(lower[:-1] + upper[:-1])


def region_path(points: np.ndarray, padding: float, hull: np.ndarray | None = None) -> QPainterPath:
    """A soft, rounded region around *points*: their hull grown by *padding*."""
    path = QPainterPath()
    if len(points) == 0:
        return path
    if hull is None:
        hull = _hull(points)
    if len(hull) == 1:
        path.addEllipse(QPointF(*hull[0]), padding, padding)
        return path
    polygon = QPolygonF([QPointF(float(x), float(y)) for x, y in hull])
    core = QPainterPath()
    core.addPolygon(polygon)
    core.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * padding)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(core).united(core).simplified()
