"""Work that the window's first frame does not need, run right after that frame.

A cold start shows the map first: everything a view can do a moment later (the radar's
ranking, a panel behind another dock's tab) waits until the window has painted its first
frame, so that the frame comes as early as the design allows (bench/README.md,
"Start-up"). ``after_first_frame(widget, fn)`` runs *fn* once *widget*'s window has been
painted (at the next turn of the event loop when it already has been); ``when_seen(widget,
fn)`` runs *fn* once *widget* can be seen, not merely "visible" to Qt behind another tab.

Why not ``QTimer.singleShot(0, …)``: a zero timer started while the window is being built
or shown runs before the first paint (Qt handles it before the window's expose and
update events), so the work would still delay the first frame.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


class _FirstFrame(QObject):
    """Watches one window for its first Paint event; then runs what waited for it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("firstFrameWatch")
        self.painted = False
        self.waiting: list[tuple[QObject, Callable[[], None]]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # the window's Paint comes first in the frame: run once the whole frame is done
            QTimer.singleShot(0, self, self._run)
        elif event.type() == QEvent.Type.Hide and not event.spontaneous():
            # closed (or hidden) before the work ran: none of it is needed, and what waits
            # holds the window, which this watch (its child) keeps: it would never be freed
            self.waiting.clear()
        return False

    def _run(self) -> None:
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        waiting, self.waiting = self.waiting, []
        for owner, fn in waiting:
            if alive(owner):
                fn()


def alive(obj: QObject) -> bool:
    """False once *obj*'s Qt object was deleted (its Python wrapper may outlive it)."""
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except ImportError:  # pragma: no cover - shiboken6 comes with PySide6
        return True


def painted(widget: QWidget) -> bool:
    """True once *widget*'s window has painted its first frame."""
    watch = widget.window().findChild(_FirstFrame, "firstFrameWatch")
    return watch is not None and watch.painted


def after_first_frame(widget: QWidget, fn: Callable[[], None]) -> None:
    """Run *fn* once *widget*'s window has painted its first frame (not at all if *widget*
    is deleted before). Later calls run *fn* at the next turn of the event loop."""
    window = widget.window()
    watch = window.findChild(_FirstFrame, "firstFrameWatch")
    if watch is None:
        watch = _FirstFrame(window)
    if watch.painted:
        QTimer.singleShot(0, widget, fn)
    else:
        watch.waiting.append((widget, fn))


def seen(widget: QWidget) -> bool:
    """Whether *widget* can be seen: shown, and not behind another dock's tab (Qt calls
    every dock of a tab group visible; only the raised one has a visible region). In a
    dock the dock's region counts: a panel that its children cover has none of its own."""
    dock = dock_of(widget)
    return widget.isVisible() and not (dock or widget).visibleRegion().isEmpty()


def when_seen(widget: QWidget, fn: Callable[[], None]) -> None:
    """Run *fn* once *widget* can be seen (``seen``), after the window's first frame: at
    once-later if it can be now, else when its dock's tab is raised or the dock shown.
    *fn* runs at most once per call."""
    state = {"done": False}
    dock = dock_of(widget)

    def check() -> None:
        if state["done"] or not alive(widget):
            return
        if seen(widget):
            state["done"] = True
            if dock is not None:
                try:
                    dock.visibilityChanged.disconnect(on_visibility)
                except (RuntimeError, TypeError):  # pragma: no cover - already gone
                    pass
            fn()

    def on_visibility(visible: bool) -> None:
        if visible and not state["done"] and alive(widget):
            QTimer.singleShot(0, widget, check)  # once the tab's geometry is applied

    if dock is not None:
        dock.visibilityChanged.connect(on_visibility)
    after_first_frame(widget, check)


def dock_of(widget: QWidget) -> QDockWidget | None:
    """The dock *widget* is in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent
