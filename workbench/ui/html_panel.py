"""A scrollable, word-wrapped rich-text panel (the base of the read-only docks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class HtmlPanel(QScrollArea):
    """Shows one piece of rich text, top-aligned, scrolling when long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMargin(10)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
