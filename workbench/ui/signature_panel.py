"""The workspace's signature and phase, editable in place, and how far the network has
become a meshwork.

The signature (name, about, what happens, who comes and why, shared goal) and the phase
save when the user leaves a field (or picks a phase) as one undoable operation naming that
field only (``Workspace.set_info_fields``); a field being typed in is never overwritten.

Below it the meshwork measures (``workspace.meshwork``): the share of positive relations
that do not involve the facilitator, the density between partners, partners connected only
through the facilitator, partners without any relation, and the brokers. Each is explained
in one line and is a button: clicking it selects those people on the map (the shared
``Selection``). They are computed once the panel is painted (so networkx is never
imported at start-up: a dock behind another tab is never painted), again after a change
that can alter them (relations, readings, who is a partner), and off the window's
thread: the brokers' betweenness takes seconds at thousands of partners.
"""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any, Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.ui import background
from workbench.ui.fields import GrowingText, title_edit
from workbench.model import Phase
from workbench.workspace import Change, EditRefused, Selection, Workspace
from workbench.workspace.labels import phase_label
from workbench.workspace.meshwork import POSITIVE, Inputs, Meshwork, compute, read

#: The signature's texts: (field, label, placeholder).
TEXTS: tuple[tuple[str, str, str], ...] = (
    ("about", QT_TRANSLATE_NOOP("SignaturePanel", "About"),
     QT_TRANSLATE_NOOP("SignaturePanel", "What the ecosystem is about: the shared question")),
    ("what_happens", QT_TRANSLATE_NOOP("SignaturePanel", "What happens"),
     QT_TRANSLATE_NOOP("SignaturePanel", "What partners do together, and how often")),
    ("who_comes_and_why", QT_TRANSLATE_NOOP("SignaturePanel", "Who comes and why"),
     QT_TRANSLATE_NOOP("SignaturePanel", "Who takes part, and what draws them")),
    ("shared_goal", QT_TRANSLATE_NOOP("SignaturePanel", "Shared goal"),
     QT_TRANSLATE_NOOP("SignaturePanel", "The goal all partners embrace")),
)
#: Stakeholder fields that change who counts in the meshwork (and how they are listed).
COUNTED_FIELDS = frozenset({"status", "kind", "name"})
#: Changes are gathered this long (ms) before the measures are computed again.
RECOMPUTE_DELAY_MS = 300


_PlainText = GrowingText


class MeasureButton(QFrame):
    """One meshwork measure: its value and what it means, clickable (mouse, Enter or Space)
    to select its people."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 6)
        layout.setSpacing(1)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        self.ids: tuple[str, ...] = ()

    def show_measure(self, title_html: str, explanation: str, ids: tuple[str, ...]) -> None:
        """Show a measure about *ids* (none: nothing to select)."""
        self.title.setText(title_html)
        self.explanation.setText(explanation)
        self.ids = ids
        self.setEnabled(bool(ids))
        self.setCursor(Qt.CursorShape.PointingHandCursor if ids else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()  # the release that follows clicks

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


#: What the panel counts (in the order its sentence names them).
COUNTED = ("stakeholders", "relations", "interactions", "sessions")


def _measure(generation: int, inputs: Inputs) -> tuple[int, object]:
    """The measures of *inputs* (or what went wrong), off the window's thread."""
    try:
        return generation, compute(inputs)
    except Exception as exc:  # noqa: BLE001 - shown in the panel, never lost
        return generation, exc


class SignaturePanel(QScrollArea):
    """What the ecosystem is about, its shared goal and phase, how big it is, and how far
    its partners are connected with each other."""

    #: The measures were computed (and shown).
    measured = Signal()

    def __init__(self, workspace: Workspace, selection: Selection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._selection = selection if selection is not None else Selection(self)
        self.meshwork: Meshwork | None = None
        self._stale = True
        self._counts: dict[str, int] | None = None  # shown under the signature
        self._generation = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.update_measures)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self._build())
        self.setStyleSheet("""
            QLabel#heading { font-weight: bold; padding-top: 6px; }
            QLabel#hint { color: palette(placeholder-text); }
            QFrame#measure { border: 1px solid rgba(0, 0, 0, 30); border-radius: 5px; }
            QFrame#measure:hover, QFrame#measure:focus { background: rgba(44, 93, 143, 22); }
        """)
        workspace.changed.connect(self._on_changed)
        self.viewport().installEventFilter(self)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 10)
        outer.setSpacing(4)
        self.name = title_edit(page, 1.25, self.tr("Name of the network"))
        self._leave(self.name, lambda: self._save("name", self.name.text().strip()))
        outer.addWidget(self.name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phase = QComboBox(page)
        for phase in Phase:
            self.phase.addItem(phase_label(phase), phase)
        self.phase.activated.connect(lambda _i: self._save("phase", self.phase.currentData()))
        form.addRow(self.tr("Phase"), self.phase)
        outer.addLayout(form)
        self.size = QLabel(page)
        self.size.setObjectName("hint")
        self.size.setWordWrap(True)
        outer.addWidget(self.size)
        self.texts: dict[str, _PlainText] = {}
        for field, label, hint in TEXTS:
            title = QLabel(self.tr(label), page)
            title.setObjectName("heading")
            edit = _PlainText(page, lines=2)
            edit.setPlaceholderText(self.tr(hint))
            edit.left.connect(lambda f=field: self._save(f, self.texts[f].toPlainText().strip()))
            title.setBuddy(edit)
            self.texts[field] = edit
            outer.addWidget(title)
            outer.addWidget(edit)

        heading = QLabel(self.tr("Meshwork"), page)
        heading.setObjectName("heading")
        outer.addWidget(heading)
        intro = QLabel(self.tr("How far partners are connected with each other, not only through you. "
                               "Click a measure to select those people on the map."), page)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.status = QLabel(page)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.measures: dict[str, MeasureButton] = {}
        for key in ("positive_share", "density", "only_through_facilitator", "unconnected", "brokers"):
            button = MeasureButton(page)
            button.setObjectName("measure")
            button.clicked.connect(lambda k=key: self.select_measure(k))
            button.hide()
            self.measures[key] = button
            outer.addWidget(button)
        outer.addStretch(1)
        return page

    def _leave(self, edit: QLineEdit, save: Callable[[], None]) -> None:
        edit.editingFinished.connect(save)

    # ------------------------------------------------------------------ the signature
    def _on_changed(self, change: Change) -> None:
        if change.reset or change.touches("workspace") or self._counts is None:
            self.refresh()
        elif any(change.added.get(e) or change.removed.get(e) for e in COUNTED):
            # counted from the change (every row an operation adds or removes, cascades
            # included, is in it): counting 100,000 interactions again costs a frame
            for table in COUNTED:
                self._counts[table] += len(change.added.get(table, ())) - len(change.removed.get(table, ()))
            self._show_counts()
        if self._affects_measures(change):
            self._stale = True
            if self._on_screen():
                self._timer.start()

    @staticmethod
    def _affects_measures(change: Change) -> bool:
        if change.reset or change.touches("readings"):
            return True
        if change.added.get("relations") or change.removed.get("relations"):
            return True
        if change.added.get("stakeholders") or change.removed.get("stakeholders"):
            return True
        return bool(change.fields_of("stakeholders") & COUNTED_FIELDS)

    def refresh(self) -> None:
        """Show the signature, the phase and the counts as stored (fields being typed in stay)."""
        info = self._workspace.info()
        if not self.name.hasFocus() and self.name.text() != info.name:
            self.name.setText(info.name)
            self.name.setCursorPosition(0)
        self.phase.setCurrentIndex(self.phase.findData(info.phase))
        for field, edit in self.texts.items():
            value = getattr(info, field)
            if not edit.hasFocus() and edit.toPlainText() != value:
                edit.setPlainText(value)
        counts = self._workspace.counts()
        self._counts = {table: counts[table] for table in COUNTED}
        self._show_counts()

    def _show_counts(self) -> None:
        assert self._counts is not None
        size = self.tr("%1 stakeholders · %2 relations · %3 interactions · %4 sessions")
        for i, table in enumerate(COUNTED, 1):
            size = size.replace(f"%{i}", str(self._counts[table]))
        self.size.setText(size)

    def _save(self, field: str, value: Any) -> None:
        if getattr(self._workspace.info(), field) == value:
            return
        try:
            self._workspace.set_info_fields(initiator=self, **{field: value})
        except EditRefused as exc:
            QMessageBox.warning(self, self.tr("Cannot save this"), str(exc))
            self.refresh()

    # ------------------------------------------------------------------ the meshwork
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # computed once the panel is really painted: a dock behind another tab is "visible"
        # to Qt, but never painted, so nothing is computed (nor networkx imported) for it
        if event.type() == QEvent.Type.Paint and self._stale and not self._running:
            self._stale = False
            QTimer.singleShot(0, self, self.update_measures)
        return super().eventFilter(watched, event)

    def _on_screen(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def update_measures(self) -> None:
        """Compute the measures again (off the window's thread) and show them when done."""
        if self._workspace.closed:
            return
        self._timer.stop()
        self._stale = False
        self._generation += 1
        self._running = True
        if self.meshwork is None:
            self.status.setText(self.tr("Measuring…"))
            self.status.show()
        background.run(self, partial(_measure, self._generation, read(self._workspace)), SignaturePanel._computed)

    @property
    def busy(self) -> bool:
        """True while measures are being computed."""
        return self._running

    def _computed(self, measured: tuple[int, object]) -> None:
        generation, result = measured
        if generation != self._generation:
            return  # a later computation is on its way
        self._running = False
        if isinstance(result, Exception):
            self.status.setText(self.tr("The measures could not be computed: %1").replace("%1", str(result)))
            self.status.show()
            return
        assert isinstance(result, Meshwork)
        self.meshwork = result
        self._show_measures(result)
        self.measured.emit()

    def _show_measures(self, m: Meshwork) -> None:
        names = self._names(m)
        self.status.setVisible(m.partners == 0)
        self.status.setText(self.tr("No partners yet."))
        share = m["positive_share"]
        d = share.detail
        self.measures["positive_share"].show_measure(
            self._title(_percent(share.value), self.tr("of the positive relations run between partners")),
            self.tr("%1 of %2 relations with energy %3 or more do not involve you.")
            .replace("%1", str(d["between"])).replace("%2", str(d["positive"])).replace("%3", str(POSITIVE)),
            share.ids)
        density = m["density"]
        d = density.detail
        self.measures["density"].show_measure(
            self._title(_percent(density.value), self.tr("density between partners")),
            self.tr("%1 of %2 possible pairs of partners have a relation.")
            .replace("%1", str(d["relations"])).replace("%2", str(d["pairs"])), density.ids)
        only = m["only_through_facilitator"]
        self.measures["only_through_facilitator"].show_measure(
            self._title(str(only.value), self.tr("connected only through you")),
            self.tr("Related to you and to no other partner: introduce them to someone."), only.ids)
        alone = m["unconnected"]
        self.measures["unconnected"].show_measure(
            self._title(str(alone.value), self.tr("without any relation")),
            self.tr("Not related to you or to anyone else on the map yet."), alone.ids)
        brokers = m["brokers"]
        listed = ", ".join(names.get(sid, sid) for sid in brokers.ids)
        explanation = self.tr("Partners who bridge the most paths between other partners (betweenness).")
        if brokers.detail.get("estimated"):
            explanation += " " + self.tr("Estimated from a sample: the network is large.")
        self.measures["brokers"].show_measure(
            self._title(self.tr("Brokers:"), escape(listed) if listed else escape(self.tr("none yet")), raw=True),
            explanation, brokers.ids)
        for button in self.measures.values():
            button.show()

    def _names(self, m: Meshwork) -> dict[str, str]:
        ids = [sid for measure in m.measures if measure.key == "brokers" for sid in measure.ids]
        return {s.id: s.name for s in self._workspace.stakeholders(ids)} if ids else {}

    @staticmethod
    def _title(value: str, words: str, raw: bool = False) -> str:
        return f"<span style='font-size:large'><b>{escape(value)}</b></span> {words if raw else escape(words)}"

    def select_measure(self, key: str) -> None:
        """Select the people of a measure on the map (and in every view)."""
        ids = self.measures[key].ids
        if ids:
            self._selection.select(ids, initiator=self)


def _percent(value: float | int | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(round(100 * value, 1), "g", 4) + "%"


__all__ = ["MeasureButton", "SignaturePanel"]
