"""Building large QPainterPaths from numpy arrays in one step.

Creating thousands of QLineF or QPointF objects from Python is what makes big maps
slow. Instead the path is written in Qt's documented QDataStream format for
QPainterPath (element count; per element: type, x, y; then the start of the current
sub-path and the fill rule) and read back in one call.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath

MOVE_TO, LINE_TO = 0, 1
_ELEMENT = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])
#: A unit square outline (dots in the overview: cheap to build and to fill).
SQUARE = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0]])


def _from_elements(elements: np.ndarray) -> QPainterPath:
    header = np.array([len(elements)], dtype=">i4").tobytes()
    footer = np.array([0, 0], dtype=">i4").tobytes()  # current sub-path start, OddEvenFill
    data = QByteArray(header + elements.tobytes() + footer)
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    path = QPainterPath()
    stream >> path
    return path


def segments_path(a: np.ndarray, b: np.ndarray) -> QPainterPath:
    """One path holding the line segments a[i] → b[i] ((n, 2) arrays)."""
    n = len(a)
    if n == 0:
        return QPainterPath()
    elements = np.empty(2 * n, dtype=_ELEMENT)
    elements["type"][0::2] = MOVE_TO
    elements["type"][1::2] = LINE_TO
    elements["x"][0::2], elements["y"][0::2] = a[:, 0], a[:, 1]
    elements["x"][1::2], elements["y"][1::2] = b[:, 0], b[:, 1]
    return _from_elements(elements)


def squares_path(centers: np.ndarray, radius: float) -> QPainterPath:
    """One path holding a square dot of half-width *radius* around each center ((n, 2))."""
    n = len(centers)
    if n == 0:
        return QPainterPath()
    k = len(SQUARE)
    elements = np.empty(n * k, dtype=_ELEMENT)
    types = np.full(k, LINE_TO, dtype=">i4")
    types[0] = MOVE_TO
    elements["type"] = np.tile(types, n)
    points = centers[:, None, :] + SQUARE[None, :, :] * radius
    elements["x"] = points[:, :, 0].ravel()
    elements["y"] = points[:, :, 1].ravel()
    return _from_elements(elements)
