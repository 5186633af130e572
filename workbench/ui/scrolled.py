"""A dock's contents in a scroll area, so that the dock can be narrower than its filters
(the map keeps its room)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolled_body(owner: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """Give *owner* a frameless scroll area filling it; returns the area, the widget to put in
    it (``area.setWidget(body)`` once it is filled) and that widget's layout."""
    body = QWidget(owner)
    area = QScrollArea(owner)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(4)
    return area, body, layout
