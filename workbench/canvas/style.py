"""How the map looks: shapes and colours by kind, energy colours, status styles, sizes."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QInputDevice, QPainterPath, QPolygonF

from workbench.model import StakeholderKind, Status

NODE_RADIUS = 18.0
LABEL_WIDTH = 120.0
LABEL_HEIGHT = 30.0
HANDLE_RADIUS = 6.0
#: The handle's radius never grows beyond this (scene units): 10 px on screen down to the
#: zoom below which nodes draw no handle (LABEL_MIN_SCALE).
HANDLE_MAX_RADIUS = 30.0
#: Below this view scale, labels and decorations are left out.
LABEL_MIN_SCALE = 0.22
#: Labels keep about this on-screen size (×8.5 pt) while zoomed out, up to LABEL_MAX_GROWTH.
LABEL_SCREEN_SCALE = 0.85
LABEL_MAX_GROWTH = 3.2
#: A label gets at most this many pixels, and none when its neighbour is nearer than LABEL_MIN_ROOM.
LABEL_MAX_PX = 150.0
LABEL_MIN_ROOM = 34.0
#: Below this view scale (or with many nodes, below OVERVIEW_SCALE_LARGE) the map is
#: drawn in batched form by layers instead of item by item.
OVERVIEW_SCALE = 0.22
OVERVIEW_SCALE_LARGE = 0.55
LARGE_MAP = 1500

BACKGROUND = QColor("#fbfaf7")
TEXT = QColor("#1f2933")
SELECTION = QColor("#2563eb")
HIGHLIGHT = QColor("#f59e0b")
#: The halo of a stakeholder the radar flags.
RADAR = QColor("#e8590c")

#: Fill and outline per kind: calm, distinguishable, readable on a projector.
KIND_COLORS: dict[StakeholderKind, tuple[QColor, QColor]] = {
    StakeholderKind.FACILITATOR: (QColor("#1f2933"), QColor("#f59e0b")),
    StakeholderKind.PERSON: (QColor("#a5c8ec"), QColor("#2f5f8f")),
    StakeholderKind.ORGANISATION: (QColor("#b9dfc0"), QColor("#2f7a45")),
    StakeholderKind.COMPANY: (QColor("#f6c7a1"), QColor("#a4521c")),
    StakeholderKind.GOVERNMENT: (QColor("#d4c5ea"), QColor("#5b3f8c")),
    StakeholderKind.FOUNDATION: (QColor("#f2b8c6"), QColor("#9b2c4d")),
    StakeholderKind.EDUCATION: (QColor("#f3e19a"), QColor("#8a6d0b")),
    StakeholderKind.NETWORK: (QColor("#a8dedb"), QColor("#1f6f6b")),
}

#: Relation colour by latest energy: 1 red … 3 neutral … 5 green; None: no reading yet.
ENERGY_COLORS: dict[int | None, QColor] = {
    1: QColor("#d73027"),
    2: QColor("#f08a4b"),
    3: QColor("#c9b458"),
    4: QColor("#7fbf4d"),
    5: QColor("#1a9850"),
    None: QColor("#b8bcc2"),
}


def relation_width(readings: int) -> float:
    """Thicker with more history: 1 px without readings, up to 5 px."""
    return round(1.0 + min(4.0, math.log2(1 + readings)), 1)


def status_style(status: Status) -> tuple[Qt.PenStyle, float, float]:
    """(outline style, outline width, opacity) for a status."""
    if status == Status.PROSPECT:
        return Qt.PenStyle.DashLine, 1.8, 1.0
    if status == Status.CORE:
        return Qt.PenStyle.SolidLine, 3.6, 1.0
    if status == Status.OWN_WAY:
        return Qt.PenStyle.SolidLine, 1.4, 0.38
    return Qt.PenStyle.SolidLine, 1.8, 1.0


def _polygon(sides: int, radius: float, rotation: float) -> QPainterPath:
    points = [QPointF(radius * math.cos(rotation + 2 * math.pi * i / sides),
                      radius * math.sin(rotation + 2 * math.pi * i / sides)) for i in range(sides)]
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def _shape(kind: StakeholderKind) -> QPainterPath:
    r = NODE_RADIUS
    path = QPainterPath()
    if kind == StakeholderKind.FACILITATOR:
        star = [QPointF((r * 1.25 if i % 2 == 0 else r * 0.6) * math.cos(-math.pi / 2 + math.pi * i / 5),
                        (r * 1.25 if i % 2 == 0 else r * 0.6) * math.sin(-math.pi / 2 + math.pi * i / 5))
                for i in range(10)]
        path.addPolygon(QPolygonF(star))
        path.closeSubpath()
        return path
    if kind == StakeholderKind.PERSON:
        path.addEllipse(QPointF(0, 0), r, r)
    elif kind == StakeholderKind.ORGANISATION:
        path.addRoundedRect(QRectF(-r, -r * 0.8, 2 * r, 1.6 * r), 6, 6)
    elif kind == StakeholderKind.COMPANY:
        path.addRect(QRectF(-r * 0.85, -r * 0.85, 1.7 * r, 1.7 * r))
    elif kind == StakeholderKind.GOVERNMENT:
        house = [QPointF(0, -r * 1.05), QPointF(r, -r * 0.25), QPointF(r, r * 0.85),
                 QPointF(-r, r * 0.85), QPointF(-r, -r * 0.25)]
        path.addPolygon(QPolygonF(house))
        path.closeSubpath()
    elif kind == StakeholderKind.FOUNDATION:
        return _polygon(4, r * 1.15, -math.pi / 2)
    elif kind == StakeholderKind.EDUCATION:
        return _polygon(3, r * 1.2, -math.pi / 2)
    else:
        return _polygon(6, r * 1.05, 0.0)
    return path


SHAPES: dict[StakeholderKind, QPainterPath] = {kind: _shape(kind) for kind in StakeholderKind}


@functools.cache
def handle_screen_radius() -> float:
    """The connect handle's radius on screen (logical pixels): 10, or 16 with a touch screen."""
    touch = any(d.type() == QInputDevice.DeviceType.TouchScreen for d in QInputDevice.devices())
    return 16.0 if touch else 10.0
