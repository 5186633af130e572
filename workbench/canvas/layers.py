"""Batched layers: all relation lines, and all nodes when zoomed far out, in a few calls.

A layer reads the scene's numpy arrays (node positions, relation ends, buckets of
equal pen) and draws each bucket as one QPainterPath. Zoomed out, cached paths of
everything are drawn; zoomed in, only what intersects the exposed area is built and
drawn. Nodes being dragged ("live") are left out of the caches and drawn fresh, so a
drag step never rebuilds a cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workbench.canvas import style
from workbench.canvas.paths import segments_path, squares_path

if TYPE_CHECKING:
    from workbench.canvas.scene import MapScene

#: Above this share of the layer exposed, draw the cached whole instead of culling.
WHOLE = 0.5


def _faded(color: QColor, dimmed: bool) -> QColor:
    c = QColor(color)
    if dimmed:
        c.setAlpha(40)
    return c


class _Layer(QGraphicsItem):
    """Common plumbing: no mouse, exposed-rect painting, bounds following the scene."""

    def __init__(self, scene: "MapScene", z: float) -> None:
        super().__init__()
        self.map = scene
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._bounds = QRectF()
        self._cache: dict[object, QPainterPath] | None = None

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def invalidate(self) -> None:
        """Drop the caches (positions or content changed) and repaint."""
        self._cache = None
        self.update()

    def _whole(self, exposed: QRectF) -> bool:
        b = self._bounds
        area = max(b.width() * b.height(), 1.0)
        e = exposed.intersected(b)
        return e.width() * e.height() / area > WHOLE


class EdgeLayer(_Layer):
    """Relations as lines coloured by their latest energy, thicker with more history.

    Two instances: the static one draws every relation not being dragged and is cached
    as a pixmap of the view (a repaint is then a copy); the live one draws the relations
    of nodes being dragged, and the selected relations, fresh every time.
    """

    def __init__(self, scene: "MapScene", live: bool = False) -> None:
        super().__init__(scene, -9 if live else -10)
        self.live = live
        if not live:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _pen(self, bucket: int, cosmetic: bool) -> QPen:
        energy, width, dimmed = self.map.edge_buckets[bucket]
        # Solid pens (Qt dashes a whole line before clipping it) and flat caps (its stroker
        # is two orders of magnitude slower with round caps on long lines).
        color = _faded(style.ENERGY_COLORS[energy], dimmed)
        if cosmetic and not dimmed:
            color.setAlpha(140)  # zoomed out, many lines cross: let them blend
        pen = QPen(color, 0 if cosmetic else width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _paths(self, mask: np.ndarray, a: np.ndarray | None = None,
               b: np.ndarray | None = None) -> dict[object, QPainterPath]:
        m = self.map
        if a is None or b is None:
            a, b = m.pos[m.rel_a], m.pos[m.rel_b]
        out: dict[object, QPainterPath] = {}
        buckets = m.rel_bucket
        for bucket in np.unique(buckets[mask]):
            sel = mask & (buckets == bucket)
            out[int(bucket)] = segments_path(a[sel], b[sel])
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        m = self.map
        if len(m.rel_a) == 0:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        cosmetic = lod < style.LABEL_MIN_SCALE
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not m.overview)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the view does not reset painter state between items
        mine = m.live_relations if self.live else ~m.live_relations
        exposed = option.exposedRect
        if self.live and not mine.any():
            paths: dict[object, QPainterPath] = {}
        elif self._whole(exposed):
            if self.live:
                paths = self._paths(mine)  # few lines, drawn fresh every time
            else:
                if self._cache is None:
                    self._cache = self._paths(mine)
                paths = self._cache
        else:
            # Zoomed in: only the visible parts of the visible lines. Clipping matters:
            # Qt strokes a long line in full even when most of it is off screen.
            a, b, visible = clip_segments(m.pos[m.rel_a], m.pos[m.rel_b], exposed.adjusted(-8, -8, 8, 8))
            paths = self._paths(visible & mine, a, b)
        for bucket, path in paths.items():
            painter.setPen(self._pen(int(bucket), cosmetic))  # type: ignore[arg-type]
            painter.drawPath(path)
        selected = m.selected_relation_indices() if self.live else ()
        if len(selected):
            pen = QPen(style.SELECTION, 0 if cosmetic else 6)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawPath(segments_path(m.pos[m.rel_a[selected]], m.pos[m.rel_b[selected]]))


class OverviewLayer(_Layer):
    """All nodes as dots coloured by kind, drawn only in overview mode (cached)."""

    def __init__(self, scene: "MapScene") -> None:
        super().__init__(scene, 5)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        m = self.map
        if not m.overview or len(m.ids) == 0:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._cache is None:
            shown = ~m.live_nodes
            cache: dict[object, QPainterPath] = {}
            for bucket in np.unique(m.node_bucket[shown]):
                sel = shown & (m.node_bucket == bucket)
                cache[int(bucket)] = squares_path(m.pos[sel], style.NODE_RADIUS)
            selected = m.selected_node_mask() & shown
            if selected.any():
                cache["selected"] = squares_path(m.pos[selected], style.NODE_RADIUS * 1.6)
            self._cache = cache
        if "selected" in self._cache:
            painter.setBrush(QBrush(style.SELECTION))
            painter.drawPath(self._cache["selected"])
        for bucket, path in self._cache.items():
            if bucket == "selected":
                continue
            kind, dimmed = m.node_buckets[int(bucket)]  # type: ignore[call-overload]
            painter.setBrush(QBrush(_faded(style.KIND_COLORS[kind][0].darker(115), dimmed)))
            painter.drawPath(path)


def clip_segments(a: np.ndarray, b: np.ndarray, rect: QRectF) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Clip segments a[i]–b[i] to *rect* (Liang–Barsky, vectorised).

    Returns the clipped ends and a mask of the segments that touch the rectangle.
    """
    d = b - a
    t0 = np.zeros(len(a))
    t1 = np.ones(len(a))
    keep = np.ones(len(a), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-d[:, 0], a[:, 0] - rect.left()), (d[:, 0], rect.right() - a[:, 0]),
                     (-d[:, 1], a[:, 1] - rect.top()), (d[:, 1], rect.bottom() - a[:, 1])):
            parallel = p == 0
            keep &= ~(parallel & (q < 0))
            r = q / p
            entering = (p < 0) & ~parallel
            leaving = (p > 0) & ~parallel
            t0 = np.where(entering, np.maximum(t0, r), t0)
            t1 = np.where(leaving, np.minimum(t1, r), t1)
    keep &= t0 <= t1
    return a + d * t0[:, None], a + d * t1[:, None], keep


class RegionLayer(_Layer):
    """Every group's region behind the map, in one cached item (one copy per repaint)."""

    def __init__(self, scene: "MapScene") -> None:
        super().__init__(scene, -20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def refresh(self) -> None:
        """Regions changed: new bounds and a repaint."""
        rect = QRectF()
        for region in self.map.regions.values():
            if region.isVisible():
                rect = rect.united(region.bounds())
        self.set_bounds(rect)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = option.exposedRect
        for region in self.map.regions.values():
            if region.isVisible() and region.bounds().intersects(exposed):
                region.paint(painter, lod)


def point_segment_distances(p: QPointF, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from *p* to each segment a[i]–b[i]."""
    point = np.array([p.x(), p.y()])
    ab = b - a
    length2 = np.maximum((ab * ab).sum(axis=1), 1e-9)
    t = np.clip(((point - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
    nearest = a + ab * t[:, None]
    return np.sqrt(((nearest - point) ** 2).sum(axis=1))
