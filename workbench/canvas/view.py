"""The map's view: zoom around the pointer (wheel, pinch, keys), pan (space-drag,
middle-drag, scroll bars), fit, rubber-band selection, and in-place editors."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.canvas import style
from workbench.canvas.layers import view_change
from workbench.canvas.legend import Legend
from workbench.canvas.scene import MapScene
from workbench.model import StakeholderKind
from workbench.workspace.labels import kind_label

MIN_SCALE = 0.02
MAX_SCALE = 4.0


class InlineEditor(QFrame):
    """A small editor floating over the map: a text field and, optionally, a choice.

    Enter commits, Esc or clicking elsewhere cancels.
    """

    committed = Signal(str, object)  # text, chosen data
    canceled = Signal()

    def __init__(self, parent: QWidget, text: str, placeholder: str,
                 choices: list[tuple[str, object]] | None = None, current: object = None,
                 editable_choice: bool = False, title: str = "") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 6)
        outer.setSpacing(3)
        self.title = QLabel(title, self)  # what it asks, e.g. "Kind of relation between A and B"
        self.title.setWordWrap(True)
        self.title.setMaximumWidth(320)
        self.title.setVisible(bool(title))
        outer.addWidget(self.title)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        self.field: QLineEdit | None = None
        self.combo: QComboBox | None = None
        if not editable_choice:
            self.field = QLineEdit(text, self)
            self.field.setPlaceholderText(placeholder)
            self.field.setMinimumWidth(200)
            self.field.selectAll()
            self.field.returnPressed.connect(self._commit)
            layout.addWidget(self.field)
        if choices is not None:
            self.combo = QComboBox(self)
            self.combo.setEditable(editable_choice)
            for label, data in choices:
                self.combo.addItem(label, data)
            if editable_choice:
                self.combo.setEditText(text)
                self.combo.lineEdit().setPlaceholderText(placeholder)
                self.combo.lineEdit().returnPressed.connect(self._commit)
                self.combo.setMinimumWidth(220)
            elif current is not None:
                self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
            layout.addWidget(self.combo)
        self._done = False
        self.adjustSize()

    def focus(self) -> None:
        self.show()
        self.raise_()
        target = self.field if self.field is not None else self.combo
        assert target is not None
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        if self.field is not None:
            return self.field.text()
        assert self.combo is not None
        return self.combo.currentText()

    def _commit(self) -> None:
        if self._done:
            return
        text = self.text().strip()
        if not text and self.field is not None:
            return
        self._done = True
        data = self.combo.currentData() if self.combo is not None and not self.combo.isEditable() else None
        self.hide()
        self.committed.emit(text, data)
        self.deleteLater()

    def cancel(self) -> None:
        """Close without doing anything."""
        if not self._done:
            self._done = True
            self.hide()
            self.canceled.emit()
            self.deleteLater()


class MapView(QGraphicsView):
    """Looks at the MapScene; owns zoom, pan, fit, keys and the legend overlay."""

    zoom_changed = Signal(float)
    create_requested = Signal(QPointF)  # double-click on empty space (scene position)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                                  | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setBackgroundBrush(style.BACKGROUND)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 96 * 1024))  # KB, for item caches
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.legend = Legend(self)
        self._space = False
        self._pan_from: QPoint | None = None
        self.editor: InlineEditor | None = None
        self.setSceneRect(QRectF(-1e6, -1e6, 2e6, 2e6))

    # ------------------------------------------------------------------ zoom
    def scale_factor(self) -> float:
        """The current zoom (1 = 1:1)."""
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """One zoom step (wheel, pinch, keys) by *factor*, keeping the scene point under *anchor*
        (view coords) in place. The map's cached layers show their picture of the previous zoom,
        scaled, until the new one is drawn in the background: a step never waits for it."""
        self._zoom(factor, anchor, gradual=True)

    def set_zoom(self, scale: float) -> None:
        """Set an absolute zoom around the view's center (a jump: drawn in full at once)."""
        self._zoom(scale / self.scale_factor(), None, gradual=False)

    def _zoom(self, factor: float, anchor: QPoint | None, gradual: bool) -> None:
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        if abs(factor - 1.0) < 1e-6:
            return
        if anchor is None:
            anchor = self.viewport().rect().center()
        with view_change(self.map, gradual):
            before = self.mapToScene(anchor)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            after = self.mapToScene(anchor)
            delta = after - before
            self.translate(delta.x(), delta.y())
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self._zoomed()

    def _zoomed(self) -> None:
        scale = self.scale_factor()
        threshold = style.OVERVIEW_SCALE_LARGE if len(self.map.ids) > style.LARGE_MAP else style.OVERVIEW_SCALE
        self.map.set_overview(scale < threshold)
        self.map.set_view_scale(scale)
        self.zoom_changed.emit(scale)

    def fit(self, rect: QRectF | None = None) -> None:
        """Show everything (or *rect*) with a margin."""
        if rect is None:
            rect = self.map.edge_layer.boundingRect()
            for region in self.map.regions.values():
                if region.isVisible():
                    rect = rect.united(region.shape().boundingRect())
        if rect.isEmpty():
            rect = QRectF(-200, -150, 400, 300)
        margin = max(rect.width(), rect.height()) * 0.04 + 30
        rect = rect.adjusted(-margin, -margin, margin, margin)
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height())
        scale = max(MIN_SCALE, min(1.6, scale))
        with view_change(self.map, gradual=False):
            self.resetTransform()
            self.scale(scale, scale)
            self.centerOn(rect.center())
            self._zoomed()

    def fit_selection(self) -> None:
        """Show the selected stakeholders."""
        items = self.map.selected_nodes()
        if not items:
            self.fit()
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        self.fit(rect)

    def focus_on(self, stakeholder_id: str) -> None:
        """Center on a stakeholder and select it."""
        item = self.map.items_by_id.get(stakeholder_id)
        if item is None:
            return
        self.map.clearSelection()
        item.setSelected(True)
        if self.scale_factor() < 0.8:
            self.set_zoom(1.0)
        self.centerOn(item.pos())

    # ------------------------------------------------------------------ events
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not event.pixelDelta().isNull() and not ctrl:
            super().wheelEvent(event)  # a touchpad's two-finger scroll pans; pinch zooms
            return
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.zoom_by(1.15 ** (delta / 120.0), event.position().toPoint())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), self.viewport().mapFromGlobal(event.globalPosition().toPoint()))
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor(), self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()))
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        controller = self.map.controller
        if controller is not None and controller.connecting is not None and key == Qt.Key.Key_Escape:
            controller.connecting.cancel()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        elif key == Qt.Key.Key_F and mods & Qt.KeyboardModifier.ShiftModifier:
            self.fit_selection()
        elif key == Qt.Key.Key_F and not mods & Qt.KeyboardModifier.ControlModifier:
            self.fit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and controller is not None:
            controller.delete_selected()
        elif key == Qt.Key.Key_F2 and controller is not None:
            nodes = self.map.selected_nodes()
            if len(nodes) == 1:
                controller.rename_requested.emit(nodes[0].id)
        elif key == Qt.Key.Key_Escape:
            self.map.clearSelection()
            self.map.select_relations([])
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.editor is not None:  # clicking elsewhere on the map closes an open editor
            self.editor.cancel()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        at = self.mapToScene(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self.map.node_at(at) is None:
            self.create_requested.emit(at)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_legend()

    def show_legend(self, wanted: bool) -> None:
        """The user's choice: legend on or off (it still steps aside on a small map)."""
        self._legend_wanted = wanted
        self._place_legend()

    _legend_wanted = True

    def _place_legend(self) -> None:
        margin = 12
        vp = self.viewport().geometry()
        self.legend.move(vp.right() - self.legend.width() - margin, vp.bottom() - self.legend.height() - margin)
        covers = self.legend.width() * self.legend.height() / max(1, vp.width() * vp.height())
        self.legend.setVisible(self._legend_wanted and covers < 0.22)

    # ------------------------------------------------------------------ editors
    def open_editor(self, editor: InlineEditor, at: QPointF, avoid: Sequence[QRectF] = ()) -> InlineEditor:
        """Show *editor* near a scene position, inside the view, covering none of the
        *avoid* scene rectangles where it can (e.g. the two people being connected)."""
        if self.editor is not None:
            self.editor.cancel()
        self.editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        p = self.mapFromScene(at)
        vp = self.viewport().rect()
        w, h = editor.width(), editor.height()
        blocked = [self.mapFromScene(r).boundingRect() for r in avoid]

        def inside(x: int, y: int) -> QRect:
            return QRect(max(4, min(x, vp.width() - w - 4)), max(4, min(y, vp.height() - h - 4)), w, h)

        candidates = [inside(p.x() - w // 2, p.y() + 26), inside(p.x() - w // 2, p.y() - h - 26),
                      *(inside(b.right() + 12, b.center().y() - h // 2) for b in blocked),
                      *(inside(b.left() - w - 12, b.center().y() - h // 2) for b in blocked)]
        place = next((c for c in candidates if not any(c.intersects(b) for b in blocked)), candidates[0])
        editor.move(self.viewport().mapTo(self, place.topLeft()))
        editor.focus()
        return editor

    def kind_choices(self) -> list[tuple[str, object]]:
        return [(kind_label(k), k) for k in StakeholderKind if k != StakeholderKind.FACILITATOR]
