"""A timeline on the demo workspace, loaded (pyqtgraph imported) and shown."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF

from workbench.bootstrap import demo_dataset
from workbench.timeline import TimelineWidget
from workbench.workspace import Selection, Workspace

FENNA, RUBEN, PIETER, LOTTE = "s-fenna", "s-ruben", "s-pieter", "s-lotte"
FENNA_RUBEN, PIETER_LOTTE, KARIM_RUBEN = "r-031", "r-103", "r-111"


@pytest.fixture
def timeline(qtbot, make_store) -> TimelineWidget:
    ws = Workspace(make_store(data=demo_dataset()))
    widget = TimelineWidget(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(1100, 380)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.plot is not None, timeout=15000)
    return widget


def seconds(at: datetime) -> float:
    return (at - datetime(1970, 1, 1)).total_seconds()


def segments(plot) -> list[tuple[tuple[float, float], ...]]:  # type: ignore[no-untyped-def]
    """What the plot's curves draw, as runs of connected (x, y) points, read from the items."""
    out = []
    for curve in plot.data_items():
        if curve not in plot._curves.values():
            continue
        x, y = curve.getData()
        if x is None or not len(x):
            continue
        connect = curve.opts["connect"]
        ends = np.flatnonzero(~np.asarray(connect, dtype=bool)) + 1
        for xs, ys in zip(np.split(x, ends), np.split(y, ends)):
            if len(xs):
                out.append(tuple(zip(xs.tolist(), ys.tolist())))
    return sorted(out)


def expected(ws: Workspace, relation_ids) -> list[tuple[tuple[float, float], ...]]:  # type: ignore[no-untyped-def]
    """The readings of these relations, one run per relation, as the workspace holds them."""
    runs: dict[str, list[tuple[float, float]]] = {}
    for r in ws.readings(list(relation_ids)):
        runs.setdefault(r.relation, []).append((seconds(r.at.replace(microsecond=0)), float(r.energy)))
    return sorted(tuple(v) for v in runs.values())


def viewport_pos(plot, x: float, y: float) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the data point (x, y) is on the plot's viewport, in pixels."""
    scene = plot.vb.mapViewToScene(QPointF(x, y))
    return plot.plot_widget.mapFromScene(scene)
