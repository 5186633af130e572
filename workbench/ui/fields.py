"""Text fields shared by the panels that edit in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QWidget


class GrowingText(QPlainTextEdit):
    """A multi-line field that says when the user leaves it (``left``) and grows with its
    text, between *lines* and *most* lines high (scrolling beyond), so that a narrow
    panel shows whole paragraphs rather than a scroll bar per field."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3, most: int = 12) -> None:
        super().__init__(parent)
        self._lines, self._most = lines, most
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textChanged.connect(self.fit)
        self.fit()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.left.emit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def shown_lines(self) -> int:
        """How many lines the field is high now."""
        return self._shown

    def fit(self) -> None:
        """Be as high as the text (wrapped at the current width), within the bounds."""
        lines = max(1, int(self.document().size().height()))  # the plain-text layout counts lines
        self._shown = min(self._most, max(self._lines, lines))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        height = (self.fontMetrics().lineSpacing() * self._shown + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + frame)
        if self.height() != int(height) or self.minimumHeight() != int(height):
            self.setFixedHeight(int(height))


__all__ = ["GrowingText"]


def title_edit(parent: QWidget, scale: float, accessible_name: str) -> QLineEdit:
    """A frameless, bold line edit larger than the text around it: a panel's editable title."""
    edit = QLineEdit(parent)
    font = edit.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    edit.setFont(font)
    edit.setFrame(False)
    edit.setAccessibleName(accessible_name)
    return edit
