"""The radar dock: who needs attention now, most urgent first, and what to do about it.

Each item shows who, the signals as small coloured badges, why in words (the evidence)
and the suggested action; its tooltip adds the score and what it is made of. From an item
(buttons under the list, the context menu — the Menu key or Shift+F10 — and keys):

- Enter or a double-click: select its people (the map, the details and the timeline follow);
  "Open" also raises the details dock;
- log the contact: the capture form with its people and the channel the action suggests
  (a phone call, a personal conversation, a meeting);
- snooze until a day (a week by default); dismiss (Del): off the radar until something new
  happens; mark a partner as gone their own way (asked first: they will no longer be
  flagged). Each is one undo entry.

The list follows the workspace: a change that can alter the radar (``affects_radar``: a
capture, an import, an undo; not a move) schedules one recompute ``DEBOUNCE_MS`` later, so
a burst of changes costs one; while the dock is hidden nothing is computed until it shows.
The recompute runs off the window's thread (``ui.background``: at thousands of
stakeholders it takes most of a second); a result that a newer change overtook is dropped.
What the user does on the radar itself (snooze, dismiss …) recomputes at once, here.
``flags()`` gives per stakeholder the signals flagged now (for badges on the map), and
``flags_changed`` says when they change.

``install(window)`` adds the dock's menu entries and tab; ``show_workspace`` builds the
dock for each workspace (``MainWindow._show_workspace``).
"""

from __future__ import annotations

import weakref
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtCore import QDate, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTimer, \
    Signal
from PySide6.QtCore import QAbstractListModel
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QFontMetrics, QKeySequence, QPainter, QPen, \
    QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.model import Action, Channel, Signal as RadarSignal, Status
from workbench.ui import background
from workbench.ui.capture import format_day, tr, undo_key
from workbench.ui.first_frame import after_first_frame
from workbench.workspace import Change, EditRefused, Selection, Workspace
from workbench.workspace.radar import Finding, Radar, affects_radar, flagged, radar
from workbench.workspace.radar_words import action_label, signal_hint, signal_label, templates, why, why_with_score

if TYPE_CHECKING:  # pragma: no cover
    from workbench.ui.main_window import MainWindow

#: A burst of changes within this many milliseconds costs one recompute.
DEBOUNCE_MS = 150
#: Snoozing suggests this many days.
SNOOZE_DAYS = 7
FINDING_ROLE = Qt.ItemDataRole.UserRole

#: Badge colours per signal: (background, text), dark text on a light tint, readable.
BADGE_COLORS: dict[RadarSignal, tuple[str, str]] = {
    RadarSignal.RADIO_SILENCE: ("#dde5f3", "#24406e"),
    RadarSignal.LOW_ENERGY: ("#fbe0d1", "#8a2f0b"),
    RadarSignal.DOUBT: ("#f8e6a8", "#624800"),
    RadarSignal.DIVERGING: ("#eadcf6", "#5b2380"),
    RadarSignal.RECURRING_THEME: ("#d4efe9", "#0b5249"),
    RadarSignal.OVERDUE_FOLLOWUP: ("#f7d6d9", "#821a23"),
}
ACTION_COLOR = QColor("#1f5d99")
WHY_COLOR = QColor("#3c3c3c")

#: The channel a suggested action is logged as.
CHANNEL_OF: dict[Action, Channel] = {
    Action.PHONE_CALL: Channel.CALL,
    Action.PERSONAL_CONVERSATION: Channel.CONVERSATION,
    Action.BRING_TOGETHER: Channel.MEETING,
    Action.ADJUST_COMMUNICATION: Channel.MESSAGE,
    Action.FOLLOW_UP: Channel.CONVERSATION,
}


def log_label(action: Action) -> str:
    """What the log button says for a finding with *action*."""
    return {
        Channel.CALL: tr("Log the call…"),
        Channel.CONVERSATION: tr("Log the talk…"),
        Channel.MEETING: tr("Log the meeting…"),
        Channel.MESSAGE: tr("Log the message…"),
    }[CHANNEL_OF[action]]


def finding_identity(finding: Finding) -> tuple[tuple[str, ...], frozenset[RadarSignal]]:
    """What tells one finding from another across recomputes: its people and signals."""
    return finding.ids, frozenset(finding.signals)


def who(finding: Finding) -> str:
    """Whom a finding is about, in words."""
    return ", ".join(finding.names) or tr("You (the facilitator's own follow-ups)")


# --------------------------------------------------------------------------- the list


class RadarModel(QAbstractListModel):
    """The findings, ranked (the radar's order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.words: dict[str, str] = {}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.words = templates()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role == FINDING_ROLE:
            return finding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            badges = ", ".join(signal_label(s) for s in finding.signals)
            return f"{who(finding)} — {badges}. {why(finding, self.words)} {action_label(finding.action)}."
        if role == Qt.ItemDataRole.ToolTipRole:
            hints = "\n".join(f"{signal_label(s)}: {signal_hint(s)}" for s in finding.signals)
            return f"{why_with_score(finding, self.words)}\n\n{hints}"
        return None


class _Style:
    """The fonts of an item, made once per font of the list."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.name_font = QFont(base)
        self.name_font.setBold(True)
        self.badge_font = QFont(base)
        self.badge_font.setPointSizeF(max(7.5, base.pointSizeF() * 0.88))
        self.badge_font.setWeight(QFont.Weight.DemiBold)
        self.why_font = QFont(base)
        self.action_font = QFont(base)
        self.action_font.setWeight(QFont.Weight.DemiBold)
        self.name_metrics = QFontMetrics(self.name_font)
        self.badge_metrics = QFontMetrics(self.badge_font)
        self.why_metrics = QFontMetrics(self.why_font)
        self.action_metrics = QFontMetrics(self.action_font)


class _Layout:
    """Where the parts of one item go, for a width: computed the same way to size and to paint."""

    PAD = 8
    GAP = 4
    BADGE_PAD_X = 6
    BADGE_PAD_Y = 2
    BADGE_GAP = 4
    FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)

    def __init__(self, finding: Finding, width: int, style: _Style | QFont, words: dict[str, str],
                 why_text: str | None = None) -> None:
        if isinstance(style, QFont):
            style = _Style(style)
        self.style = style
        self.flags = self.FLAGS
        inner = max(40, width - 2 * self.PAD)
        y = self.PAD
        self.who = who(finding)
        self.name_rect = self._text(style.name_metrics, self.who, y, inner)
        y = self.name_rect.bottom() + 1 + self.GAP
        badge_metrics = style.badge_metrics
        self.badges: list[tuple[QRect, RadarSignal, str]] = []
        x = self.PAD
        height = badge_metrics.height() + 2 * self.BADGE_PAD_Y
        for signal in finding.signals:
            text = signal_label(signal)
            w = badge_metrics.horizontalAdvance(text) + 2 * self.BADGE_PAD_X
            if x > self.PAD and x + w > self.PAD + inner:
                x = self.PAD
                y += height + self.BADGE_GAP
            self.badges.append((QRect(x, y, w, height), signal, text))
            x += w + self.BADGE_GAP
        y += height + self.GAP
        self.why = why(finding, words) if why_text is None else why_text
        self.why_rect = self._text(style.why_metrics, self.why, y, inner)
        y = self.why_rect.bottom() + 1 + self.GAP
        self.action = "→ " + action_label(finding.action)
        self.action_rect = self._text(style.action_metrics, self.action, y, inner)
        self.height = self.action_rect.bottom() + 1 + self.PAD

    def _text(self, metrics: QFontMetrics, text: str, y: int, inner: int) -> QRect:
        """The rectangle *text* takes when wrapped to *inner* pixels, at *y*."""
        if metrics.horizontalAdvance(text) <= inner:  # one line: no wrapping to work out
            return QRect(self.PAD, y, inner, metrics.height())
        rect = metrics.boundingRect(QRect(self.PAD, y, inner, 100000), self.FLAGS, text)
        rect.setWidth(inner)
        return rect


class RadarDelegate(QStyledItemDelegate):
    """Paints a finding: who (bold), the signal badges, why, the suggested action. Each
    item's layout is kept for its width until the list is filled again, and by its words
    across fillings: after a recompute most findings read as before, and wrapping their
    words again (~0.1 ms each) took a third of a second at 5,000 stakeholders."""

    #: How many layouts are kept by their words (many widths seen while resizing).
    KEPT = 20000

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._style: _Style | None = None
        self._layouts: dict[tuple[int, int], _Layout] = {}
        self._by_words: dict[tuple[Any, ...], _Layout] = {}

    def forget(self) -> None:
        """Drop the layouts kept per row (the list was filled again)."""
        self._layouts.clear()

    def _layout(self, index: QModelIndex | QPersistentModelIndex, width: int) -> _Layout | None:
        finding = index.data(FINDING_ROLE)
        if finding is None:
            return None
        key = (index.row(), width)
        found = self._layouts.get(key)
        if found is not None:
            return found
        font = self.view.font()
        if self._style is None or self._style.base != font:
            self._style = _Style(font)
            self._layouts.clear()
            self._by_words.clear()
        if len(self._layouts) > self.KEPT:
            self._layouts.clear()
        if len(self._by_words) > self.KEPT:
            self._by_words.clear()
        model = index.model()
        words = getattr(model, "words", None) or templates()
        text = why(finding, words)
        said = (who(finding), finding.signals, finding.action, text, width)
        layout = self._by_words.get(said)
        if layout is None:
            layout = self._by_words[said] = _Layout(finding, width, self._style, words, text)
        self._layouts[key] = layout
        return layout

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        width = self.view.viewport().width() - 2 * self.view.spacing()
        layout = self._layout(index, width)
        return QSize(width, layout.height if layout else 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        layout = self._layout(index, option.rect.width())
        if layout is None:
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            tint = QColor(palette.highlight().color())
            tint.setAlpha(48)
            painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), palette.highlight())
        painter.setPen(QPen(QColor("#d8d8d8")))
        painter.drawLine(rect.left() + 4, rect.bottom(), rect.right() - 4, rect.bottom())
        painter.translate(rect.topLeft())
        style = layout.style
        painter.setFont(style.name_font)
        painter.setPen(palette.text().color())
        painter.drawText(layout.name_rect, layout.flags, layout.who)
        painter.setFont(style.badge_font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for box, signal, text in layout.badges:
            background, foreground = BADGE_COLORS[signal]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(foreground))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setFont(style.why_font)
        painter.setPen(WHY_COLOR)
        painter.drawText(layout.why_rect, layout.flags, layout.why)
        painter.setFont(style.action_font)
        painter.setPen(ACTION_COLOR)
        painter.drawText(layout.action_rect, layout.flags, layout.action)
        if option.state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(1, 1, rect.width() - 3, rect.height() - 3))
        painter.restore()


class RadarList(QListView):
    """The ranked list; the context menu opens at the current item when asked by key."""

    menu_requested = Signal(QPoint)  # global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(False)
        # thousands of findings at 5,000 stakeholders: laid out in batches, the first at once
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.pos())
        if event.reason() != QContextMenuEvent.Reason.Mouse or not index.isValid():
            index = self.currentIndex()
        if not index.isValid():
            return
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        rect = self.visualRect(index)
        at = event.pos() if event.reason() == QContextMenuEvent.Reason.Mouse else rect.topLeft() + QPoint(24, 24)
        self.menu_requested.emit(self.viewport().mapToGlobal(at))


# --------------------------------------------------------------------------- snooze


class SnoozeDialog(QDialog):
    """Until which day to leave a finding off the radar (a week by default)."""

    def __init__(self, about: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(tr("Snooze"))
        self.today = today
        layout = QVBoxLayout(self)
        text = QLabel(tr("Leave %1 off the radar until:").replace("%1", about), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        first = today + timedelta(days=1)
        self.date.setMinimumDate(QDate(first.year, first.month, first.day))
        self.set_until(today + timedelta(days=SNOOZE_DAYS))
        text.setBuddy(self.date)
        layout.addWidget(self.date)
        hint = QLabel(tr("It shows again on that day, or at once if you undo."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Snooze"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.date.setFocus()

    def set_until(self, day: date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def until(self) -> date:
        """The day chosen."""
        d = self.date.date()
        return date(d.year(), d.month(), d.day())


# --------------------------------------------------------------------------- the dock


def _compute(workspace: Workspace, generation: int) -> tuple[int, Radar | Exception, dict | None]:
    """The radar of *workspace* and whom it flags, off the window's thread (a failure is
    handed back too)."""
    try:
        found = radar(workspace)
        return generation, found, flagged(found.findings)
    except Exception as exc:  # noqa: BLE001 - the dock computes again where it can say it
        return generation, exc, None


class RadarDock(QWidget):
    """Who needs attention now, ranked, with what to do about each (see the module's doc)."""

    log_requested = Signal(object, object)   # stakeholder ids, Channel
    open_requested = Signal(object)          # stakeholder ids
    settings_requested = Signal()
    told = Signal(str)
    flags_changed = Signal(object)           # {stakeholder id: (Signal, …)}
    refreshed = Signal()

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarDock")
        self.workspace = workspace
        self.selection = selection
        self.today: date | None = None
        self.recomputes = 0
        self._stale = True
        self._flags: dict[str, tuple[RadarSignal, ...]] = {}
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_in_background)
        self._generation = 0  # the newest computation asked for; older results are dropped
        self._computing = False  # one runs off the window's thread now
        self._again = False  # and another was asked for meanwhile
        self._build()
        workspace.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.summary = QLabel(self)
        self.summary.setObjectName("radarSummary")
        self.summary.setWordWrap(True)
        head.addWidget(self.summary, 1)
        self.settings_button = QToolButton(self)
        self.settings_button.setText(tr("Rules…"))
        self.settings_button.setToolTip(tr("Sensing settings: when the radar flags someone"))
        self.settings_button.clicked.connect(lambda: self.settings_requested.emit())
        head.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        self.model = RadarModel(self)
        self.list = RadarList(self)
        self.list.setModel(self.model)
        self.delegate = RadarDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.model.modelReset.connect(self.delegate.forget)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.list.menu_requested.connect(self._menu)
        outer.addWidget(self.list, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("radarEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(6, 12, 6, 6)
        self.empty.hide()
        outer.addWidget(self.empty, 1)

        grid = QGridLayout()
        grid.setSpacing(4)
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.setToolTip(tr("Select them on the map and show their details (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_current())
        self.log_button = QPushButton(tr("Log the talk…"), self)
        self.log_button.clicked.connect(lambda: self.log_current())
        self.snooze_button = QPushButton(tr("Snooze…"), self)
        self.snooze_button.setToolTip(tr("Leave it off the radar until a day you choose"))
        self.snooze_button.clicked.connect(lambda: self.snooze_current())
        self.own_way_button = QPushButton(tr("Own way…"), self)
        self.own_way_button.setToolTip(tr("They went their own way: stop flagging them"))
        self.own_way_button.clicked.connect(lambda: self.own_way_current())
        self.dismiss_button = QPushButton(tr("Dismiss"), self)
        self.dismiss_button.setToolTip(tr("Off the radar until something new happens (Del)"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_current())
        grid.addWidget(self.open_button, 0, 0)
        grid.addWidget(self.log_button, 0, 1, 1, 2)
        grid.addWidget(self.snooze_button, 1, 0)
        grid.addWidget(self.own_way_button, 1, 1)
        grid.addWidget(self.dismiss_button, 1, 2)
        outer.addLayout(grid)
        self.buttons = (self.open_button, self.log_button, self.snooze_button, self.own_way_button,
                        self.dismiss_button)

        self.dismiss_action = QAction(tr("Dismiss"), self.list)
        self.dismiss_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.dismiss_action.triggered.connect(lambda: self.dismiss_current())
        self.list.addAction(self.dismiss_action)
        self._update_buttons()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, 200)

    # ------------------------------------------------------------------ computing
    def _on_changed(self, change: Change) -> None:
        if not affects_radar(change):
            return
        self._stale = True
        if self.seen() and not self.timer.isActive():
            self.timer.start()

    def seen(self) -> bool:
        """Whether the dock can be seen (shown, and not behind another dock's tab)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.came_into_view()

    def came_into_view(self) -> None:
        """The dock shows (again): bring it up to date if changes came meanwhile (at
        start, once the window's first frame, with the map, is painted)."""
        if self._stale and not self.timer.isActive():
            after_first_frame(self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and not self.timer.isActive():
            self.refresh_in_background()

    def refresh_in_background(self) -> None:
        """Compute the radar again off the window's thread and show it when done, unless a
        change came meanwhile (then a newer computation follows it). While one computes,
        another is not started beside it but right after it (edits faster than the radar
        would otherwise queue computations whose results are all dropped)."""
        self.timer.stop()
        if self.workspace.closed:
            return
        if self._computing:
            self._again = True  # _computed starts it
            return
        self._generation += 1
        self._computing = True
        background.run(self, partial(_compute, self.workspace, self._generation), RadarDock._computed)

    def _computed(self, result: tuple[int, Radar | Exception, dict | None]) -> None:
        self._computing = False
        again, self._again = self._again, False
        generation, found, flags = result
        if generation != self._generation or self.workspace.closed or self.timer.isActive():
            return  # overtaken (by a recompute here, or a change: its recompute follows), or closed
        if again:
            self.refresh_in_background()  # asked for again while it computed: this one is old
            return
        if isinstance(found, Exception):
            self.refresh()  # again here, where a failure reaches the user like any other
            return
        self._show(found, flags)

    def refresh(self) -> None:
        """Compute the radar again now and show it, keeping the current item where it
        still is (a computation running in the background is dropped)."""
        self.timer.stop()
        if self.workspace.closed:
            return
        self._generation += 1
        self._again = False
        self._show(radar(self.workspace))

    def _show(self, found: Radar, flags: dict[str, tuple[RadarSignal, ...]] | None = None) -> None:
        current = self.current()
        row = self.list.currentIndex().row()
        self.recomputes += 1
        self._stale = False
        self.today = found.today
        self._restoring = True
        try:
            self.model.set_findings(found.findings)
            self._restore(current, row)
        finally:
            self._restoring = False
        self._show_summary()
        self._update_buttons()
        if flags is None:
            flags = flagged(found.findings)
        if flags != self._flags:
            self._flags = flags
            self.flags_changed.emit(dict(flags))
        self.refreshed.emit()

    def _restore(self, current: Finding | None, row: int) -> None:
        findings = self.model.findings
        if current is None or not findings:
            return
        identity = finding_identity(current)
        match = next((i for i, f in enumerate(findings) if finding_identity(f) == identity), None)
        if match is None:
            match = next((i for i, f in enumerate(findings) if f.ids == current.ids), None)
        if match is None:
            match = min(max(row, 0), len(findings) - 1)  # the next one moved up into its place
        index = self.model.index(match, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _show_summary(self) -> None:
        count = len(self.model.findings)
        day = format_day(self.today) if self.today else ""
        if count:
            self.summary.setText(tr("%1 on the radar on %2, most urgent first").replace("%1", str(count))
                                 .replace("%2", day))
        else:
            self.summary.setText(day)
            self.empty.setText(tr("Nobody needs attention now. Snoozed and dismissed findings come back "
                                  "on their day, or when something new happens."))
        self.list.setVisible(bool(count))
        self.empty.setVisible(not count)

    def flags(self) -> dict[str, tuple[RadarSignal, ...]]:
        """Per stakeholder id, the signals flagged now (computed first if out of date)."""
        if self._stale:
            self.refresh()
        return dict(self._flags)

    # ------------------------------------------------------------------ the current item
    def current(self) -> Finding | None:
        """The finding the buttons act on."""
        index = self.list.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def findings(self) -> list[Finding]:
        """The findings shown, most urgent first."""
        return list(self.model.findings)

    def set_current(self, finding: Finding) -> None:
        """Make *finding* (one of those shown) the current item, selected."""
        row = self.model.findings.index(finding)
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        finding = self.current()
        for button in self.buttons:
            button.setEnabled(finding is not None)
        self.dismiss_action.setEnabled(finding is not None)
        self.own_way_button.setEnabled(bool(finding is not None and finding.ids))
        if finding is not None:
            self.log_button.setText(log_label(finding.action))
            self.log_button.setToolTip(tr("Log the contact with them, the people and the kind filled in"))

    def _selected(self, *_: Any) -> None:
        if self._restoring:
            return
        finding = self.current()
        if finding is not None and self.list.selectionModel().isSelected(self.list.currentIndex()):
            self.selection.select(finding.ids, initiator=self)

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            self.selection.select(finding.ids, initiator=self)

    # ------------------------------------------------------------------ actions
    def open_current(self) -> None:
        """Select the current item's people and show their details."""
        finding = self.current()
        if finding is not None:
            self.selection.select(finding.ids, initiator=self)
            self.open_requested.emit(list(finding.ids))

    def log_current(self) -> None:
        """Ask for the capture form, with the people and the channel the action suggests."""
        finding = self.current()
        if finding is not None:
            self.log_requested.emit(list(finding.ids), CHANNEL_OF[finding.action])

    def snooze_current(self, until: date | None = None) -> None:
        """Snooze the current item until a day (asked in a small dialog when not given)."""
        finding = self.current()
        if finding is None or self.today is None:
            return
        if until is None:
            dialog = SnoozeDialog(who(finding), self.today, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            until = dialog.until()
        self._edit(lambda: self.workspace.snooze(finding, until, initiator=self),
                   tr("Snoozed %1 until %2 — %3 brings it back").replace("%1", who(finding))
                   .replace("%2", format_day(until)).replace("%3", undo_key()))

    def dismiss_current(self) -> None:
        """Dismiss the current item: off the radar until something new happens."""
        finding = self.current()
        if finding is None:
            return
        self._edit(lambda: self.workspace.dismiss(finding, self.today, initiator=self),
                   tr("Dismissed %1 until something new happens — %2 brings it back")
                   .replace("%1", who(finding)).replace("%2", undo_key()))

    def own_way_current(self, person: str | None = None) -> None:
        """Mark a partner of the current item as gone their own way, after asking."""
        finding = self.current()
        if finding is None or not finding.ids:
            return
        if person is None:
            if len(finding.ids) > 1:
                menu = self._own_way_menu(finding, self)
                menu.exec(self.own_way_button.mapToGlobal(QPoint(0, self.own_way_button.height())))
                return
            person = finding.ids[0]
        name = finding.names[finding.ids.index(person)]
        if not self.confirm_own_way(name):
            return
        self._edit(lambda: self.workspace.set_fields(person, initiator=self, status=Status.OWN_WAY),
                   tr("%1 has gone their own way and is no longer flagged — %2 undoes it")
                   .replace("%1", name).replace("%2", undo_key()))

    def confirm_own_way(self, name: str) -> bool:
        """Ask whether *name* has gone their own way, saying what follows."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Gone their own way?"),
                          tr("Mark %1 as gone their own way?").replace("%1", name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("ownWayBox")
        box.setInformativeText(tr(
            "People move on, and that is fine. The radar will no longer flag %1: no silence, "
            "energy, doubts or follow-ups. Their history stays, and you can set their status back "
            "in their details at any time.").replace("%1", name))
        yes = box.addButton(tr("Mark as gone their own way"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    def _edit(self, do: Callable[[], None], message: str) -> None:
        try:
            do()
        except EditRefused as exc:
            QMessageBox.information(self, tr("Not possible"), str(exc))
            return
        self.told.emit(message)
        self.refresh()  # the one who acted sees it at once (the scheduled recompute is dropped)

    # ------------------------------------------------------------------ the context menu
    def _own_way_menu(self, finding: Finding, parent: QWidget) -> QMenu:
        menu = QMenu(tr("Gone their own way"), parent)
        for sid, name in zip(finding.ids, finding.names):
            menu.addAction(tr("%1 has gone their own way…").replace("%1", name),
                           lambda sid=sid: self.own_way_current(sid))
        return menu

    def context_menu(self) -> QMenu | None:
        """The menu of the current item's actions."""
        finding = self.current()
        if finding is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("radarMenu")
        menu.addAction(tr("Open"), lambda: self.open_current())
        menu.addAction(log_label(finding.action), lambda: self.log_current())
        menu.addSeparator()
        menu.addAction(tr("Snooze…"), lambda: self.snooze_current())
        menu.addAction(self.dismiss_action)
        if len(finding.ids) == 1:
            menu.addAction(tr("%1 has gone their own way…").replace("%1", finding.names[0]),
                           lambda: self.own_way_current(finding.ids[0]))
        elif finding.ids:
            menu.addMenu(self._own_way_menu(finding, menu))
        menu.addSeparator()
        menu.addAction(tr("Sensing Settings…"), lambda: self.settings_requested.emit())
        return menu

    def _menu(self, at: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(at)
            menu.deleteLater()


# --------------------------------------------------------------------------- in the window


def _visibility_changed(actions: "RadarActions | None", visible: bool) -> None:
    dock = getattr(actions, "dock_widget", None)
    if visible and dock is not None and not dock.workspace.closed:
        dock.came_into_view()


class RadarActions(QObject):
    """The radar in the main window: its dock (first tab on the left), View › Radar and
    Edit › Sensing Settings…; the dock is rebuilt per workspace."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.dock_widget: RadarDock | None = None
        self.settings_action = QAction(tr("Sensing &Settings…"), window)
        self.settings_action.setToolTip(tr("When the radar flags someone: the thresholds of each rule"))
        self.settings_action.triggered.connect(self.edit_settings)
        dock = window.docks["radar"]
        # (through a weak reference: a window freed by Python's cycle collector may have emptied
        # this object before Qt hides the dock on destroying it)
        actions = weakref.ref(self)
        dock.visibilityChanged.connect(lambda visible: _visibility_changed(actions(), visible))
        window.tabifyDockWidget(window.docks["stakeholders"], dock)
        window.view_menu.addAction(dock.toggleViewAction())
        dock.show()
        dock.raise_()

    def show_workspace(self, workspace: Workspace, selection: Selection) -> None:
        """Build the radar dock for *workspace*, and its menu entry."""
        window = self.window
        self.dock_widget = dock = RadarDock(workspace, selection, window)
        dock.log_requested.connect(self.log_contact)
        dock.open_requested.connect(self._open)
        dock.settings_requested.connect(self.edit_settings)
        dock.told.connect(window.tell)
        window.docks["radar"].setWidget(dock)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.settings_action)


    def log_contact(self, ids: Sequence[str], channel: Channel) -> None:
        """The capture form with these people and this channel."""
        self.window.capture.log_contact(ids, channel=channel)

    def _open(self, _ids: Sequence[str]) -> None:
        dock = self.window.docks["details"]
        dock.show()
        dock.raise_()

    def edit_settings(self) -> None:
        """Edit › Sensing Settings…"""
        from workbench.ui.sensing_settings import SensingSettingsDialog

        dialog = SensingSettingsDialog(self.window.workspace, self.window)
        dialog.told.connect(self.window.tell)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog

    def flags(self) -> dict[str, tuple[RadarSignal, ...]]:
        """Per stakeholder id, the signals the radar flags now (for badges on the map)."""
        return self.dock_widget.flags() if self.dock_widget is not None else {}


def install(window: "MainWindow") -> RadarActions:
    """Add the radar dock and its menu entries to *window*."""
    return RadarActions(window)


__all__ = ["BADGE_COLORS", "CHANNEL_OF", "DEBOUNCE_MS", "RadarActions", "RadarDelegate", "RadarDock", "RadarList",
           "RadarModel", "SnoozeDialog", "install", "log_label", "who"]
