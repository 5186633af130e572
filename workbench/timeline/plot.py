"""The energy timeline drawn with pyqtgraph: the only module that imports it.

``TimelinePlot`` shows an :class:`~workbench.timeline.overlay.Overlay`: energy (1–5) over
time on a date axis, the low-energy band of the sensing settings, "today", the
interactions as markers shaped by channel in a lane below energy 1, and beside the plot
a legend whose entries show or hide a relation (or a kind of contact).

Few plot items, whatever the number of relations (pyqtgraph slows with items, not
points): the relations of one style (palette colour × emphasis) share one
``PlotCurveItem`` (a ``connect`` array breaks the line between relations) and, while the
plot shows at most ``DOTS_MAX`` readings, one ``ScatterPlotItem`` of dots; the markers
are one scatter item. So at most ``2 × (len(PALETTE) + 1)`` data items plus five fixed
ones. 200 relations × 500 readings draw in about 25–40 ms (bench/bench_timeline.py).

Pointing at a reading or a marker shows its details (a tooltip, also kept as
``hover_text``); clicking a reading opens it to edit or delete; clicking elsewhere in the
plot (or Add reading…) adds one at that date, on the relation whose line passes closest.
Every such edit is one Workspace operation, so one undo entry, and the plot follows the
Workspace's ``changed`` like every other view (redrawing only the relations it names).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.model import Channel, Reading, Source
from workbench.timeline.editor import ReadingDialog
from workbench.timeline.overlay import (
    EPOCH,
    MARKER_Y,
    PALETTE,
    Overlay,
    Redraw,
    as_html,
    seconds,
    tr,
)
from workbench.workspace import Change, EditRefused, Selection
from workbench.workspace.labels import channel_label, energy_label

#: Up to this many readings the plot draws a dot on each (and smooth lines); beyond,
#: lines only: a scatter item costs ~3 µs per point to build.
DOTS_MAX = 4000
#: Shapes of the interaction markers (pyqtgraph symbols), per channel.
SHAPES: dict[Channel, str] = {
    Channel.CONVERSATION: "o",
    Channel.CALL: "t1",
    Channel.MEETING: "s",
    Channel.EVENT: "star",
    Channel.EMAIL: "d",
    Channel.MESSAGE: "p",
}
LOW_COLOUR = QColor(214, 48, 49)
DAY = 86400.0
#: The y range: the marker lane below 1, then the scale, a little room above 5.
Y_RANGE = (0.0, 5.45)
#: The band's lower edge: it shades the readings at or below the threshold, not the marker lane.
BAND_FLOOR = 0.7
#: Row data of the legend: ("relation", id) or ("channel", name).
ROLE = Qt.ItemDataRole.UserRole


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis (from seconds to decades) with month and day names in the
    user's language."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%Y", "%b", "%d", "%a %d"):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        out = []
        for v in values:
            try:
                d = EPOCH + timedelta(seconds=float(v))
            except (OverflowError, ValueError):
                out.append("")
                continue
            if spec.format == "%Y":
                out.append(str(d.year))
            elif spec.format == "%b":
                out.append(locale.standaloneMonthName(d.month, QLocale.FormatType.ShortFormat))
            elif spec.format == "%d":
                out.append(str(d.day))
            else:
                out.append(f"{locale.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {d.day}")
        return out


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


class TimelinePlot(QWidget):
    """The plot, its legend and its buttons, showing an Overlay and editing through the
    Workspace."""

    hovered = Signal(str)  # the hover text, "" when the pointer leaves a reading or marker

    def __init__(self, overlay: Overlay, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overlay = overlay
        self.workspace = overlay.workspace
        self.selection = selection
        self.hover_text = ""
        self.editor: ReadingDialog | None = None
        self._curves: dict[tuple[int, bool], pg.PlotCurveItem] = {}
        self._dots: dict[tuple[int, bool], pg.ScatterPlotItem] = {}
        self._filling_legend = False
        self._build()
        selection.selection_changed.connect(self._on_selection)
        self.workspace.changed.connect(self._on_changed)
        self.show_selection()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.title, 1)
        self.add_button = QPushButton(tr("Add reading…"), self)
        self.add_button.setToolTip(tr("Add an energy reading (or click an empty place in the plot)"))
        self.add_button.clicked.connect(lambda: self.add_reading())
        top.addWidget(self.add_button)
        self.fit_button = QPushButton(tr("Show all"), self)
        self.fit_button.setToolTip(tr("Show every reading (zoom with the wheel, drag to move in time)"))
        self.fit_button.clicked.connect(lambda: self.fit())
        top.addWidget(self.fit_button)
        outer.addLayout(top)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack.addWidget(self.message)
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(page)

        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self._base, self._text = base, text
        self.date_axis = DateAxis(orientation="bottom", utcOffset=0)
        self.energy_axis = pg.AxisItem("left")
        self.plot_widget = pg.PlotWidget(page, background=base,
                                         axisItems={"bottom": self.date_axis, "left": self.energy_axis})
        self.plot_widget.setMinimumHeight(140)
        row.addWidget(self.plot_widget, 1)
        item = self.plot_widget.getPlotItem()
        self.plot_item = item
        item.setMenuEnabled(False)
        item.hideButtons()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(_pen(text, 1))
            axis.setTextPen(_pen(text, 1))
        item.showGrid(x=True, y=True, alpha=0.12)
        self.energy_axis.setTicks([[(MARKER_Y, tr("contacts"))]
                                   + [(v, f"{v} {energy_label(v)}") for v in range(1, 6)], []])
        self.vb = item.getViewBox()
        self.vb.setMouseEnabled(x=True, y=False)
        self.vb.setLimits(yMin=Y_RANGE[0] - 0.2, yMax=Y_RANGE[1] + 0.2,
                          minXRange=2 * DAY, maxXRange=60 * 365 * DAY)
        self.vb.setYRange(*Y_RANGE, padding=0)
        self.vb.disableAutoRange()

        self.band = pg.LinearRegionItem((BAND_FLOOR, 2.5), orientation="horizontal", movable=False,
                                        brush=QColor(LOW_COLOUR.red(), LOW_COLOUR.green(), LOW_COLOUR.blue(), 34))
        self.band.lines[0].setPen(_pen(QColor(0, 0, 0, 0), 0))
        self.band.lines[1].setPen(_pen(LOW_COLOUR, 1, Qt.PenStyle.DashLine))
        self.band.setZValue(-20)
        item.addItem(self.band, ignoreBounds=True)
        self.band_label = pg.TextItem(anchor=(0, 1), color=LOW_COLOUR)
        self.band_label.setZValue(-15)
        item.addItem(self.band_label, ignoreBounds=True)
        today = QColor(text)
        today.setAlpha(110)
        self.today_line = pg.InfiniteLine(angle=90, movable=False, pen=_pen(today, 1, Qt.PenStyle.DotLine),
                                          label=tr("today"), labelOpts={"position": 0.97, "color": today,
                                                                        "anchors": [(1.05, 0), (1.05, 0)]})
        self.today_line.setZValue(-10)
        item.addItem(self.today_line, ignoreBounds=True)
        marker_colour = QColor(text)
        marker_colour.setAlpha(170)
        self.marker_item = pg.ScatterPlotItem(size=11, pen=_pen(base, 1), brush=marker_colour)
        self.marker_item.setZValue(5)
        item.addItem(self.marker_item)
        self.highlight = pg.ScatterPlotItem(size=17, pen=_pen(text, 2), brush=QColor(0, 0, 0, 0))
        self.highlight.setZValue(30)
        item.addItem(self.highlight, ignoreBounds=True)
        self.vb.sigXRangeChanged.connect(self._place_band_label)

        scene = self.plot_widget.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_click)

        self.legend = QListWidget(page)
        self.legend.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 17)
        self.legend.setIconSize(QSize(26, 14))
        self.legend.setToolTip(tr("Tick to show, untick to hide"))
        self.legend.itemChanged.connect(self._on_legend_changed)
        row.addWidget(self.legend)

    # ------------------------------------------------------------------ following
    def _on_selection(self, _initiator: object | None) -> None:
        self.show_selection()

    def show_selection(self) -> None:
        """Show what the shared selection selects, the whole of it in view."""
        self.overlay.load(self.selection.stakeholders, self.selection.relations)
        self.redraw_all()
        self.fit()

    def _on_changed(self, change: Change) -> None:
        redraw = self.overlay.apply(change)
        if not redraw:
            return
        self.apply(redraw)

    def apply(self, redraw: Redraw) -> None:
        """Redraw what *redraw* names (and nothing else)."""
        if redraw.everything or redraw.labels:
            self.redraw_all()
            return
        if redraw.relations:
            self.redraw_relations(redraw.relations)
        if redraw.markers:
            self.redraw_markers()
            self._fill_legend()
        if redraw.band:
            self._draw_band()

    # ------------------------------------------------------------------ drawing
    def data_items(self) -> list[pg.GraphicsObject]:
        """Every item the plot draws readings and markers with (the few merged ones)."""
        return [*self._curves.values(), *self._dots.values(), self.marker_item]

    def curve(self, relation_id: str) -> pg.PlotCurveItem | None:
        """The curve that draws a shown relation (shared with relations of its style)."""
        track = self.overlay.tracks.get(relation_id)
        return None if track is None else self._curves.get(track.key)

    def redraw_all(self) -> None:
        """Draw every shown relation again, and the legend, band, markers and title."""
        for key in list(self._curves):
            self.plot_item.removeItem(self._curves.pop(key))
        for key in list(self._dots):
            self.plot_item.removeItem(self._dots.pop(key))
        self.overlay.invalidate_hits()
        dots = self.overlay.visible_points() <= DOTS_MAX
        for key in self.overlay.bucket_keys():
            self._draw_bucket(key, dots)
        self.redraw_markers()
        self._draw_band()
        self._fill_legend()
        self._update_title()
        self._hide_hover()

    def redraw_relations(self, relation_ids: frozenset[str] | set[str]) -> None:
        """Draw these shown relations again (the curves they share with others)."""
        self.overlay.invalidate_hits()
        dots = self.overlay.visible_points() <= DOTS_MAX
        if dots != bool(self._dots) and self._curves:  # crossed the dots limit: all again
            self.redraw_all()
            return
        keys = {self.overlay.tracks[r].key for r in relation_ids if r in self.overlay.tracks}
        for key in keys:
            self._draw_bucket(key, dots)
        self.redraw_markers()
        self._fill_legend()
        self._hide_hover()

    def _draw_bucket(self, key: tuple[int, bool], dots: bool) -> None:
        colour_index, emphasised = key
        colour = QColor(PALETTE[colour_index])
        x, y, connect, _rids = self.overlay.bucket(key)
        curve = self._curves.get(key)
        if curve is None:
            width = 3.0 if emphasised else (1.6 if dots else 1.0)
            curve = pg.PlotCurveItem(pen=_pen(colour, width), antialias=dots, skipFiniteCheck=True)
            curve.setZValue(20 if emphasised else 10)
            self._curves[key] = curve
            self.plot_item.addItem(curve)
        curve.setData(x=x, y=y, connect=connect if len(x) else "all")
        if dots:
            scatter = self._dots.get(key)
            if scatter is None:
                scatter = pg.ScatterPlotItem(size=10 if emphasised else 7, pen=_pen(self._base, 1.2),
                                             brush=colour, antialias=True)
                scatter.setZValue(21 if emphasised else 11)
                self._dots[key] = scatter
                self.plot_item.addItem(scatter)
            scatter.setData(x=x, y=y)

    def redraw_markers(self) -> None:
        """Draw the interactions of the visible relations, shaped by channel."""
        markers = self.overlay.visible_markers()
        self.marker_item.setData(x=np.array([m.x for m in markers], dtype=float),
                                 y=np.full(len(markers), MARKER_Y),
                                 symbol=[SHAPES.get(m.interaction.channel, "o") for m in markers])

    def _draw_band(self) -> None:
        top = self.overlay.low_energy_max + 0.5
        self.band.setRegion((BAND_FLOOR, top))
        self.band_label.setText(tr("low energy (≤ %1)").replace("%1", str(self.overlay.low_energy_max)))
        self.today_line.setValue(seconds(self.overlay.today()))
        self._place_band_label()

    def _place_band_label(self, *_args: object) -> None:
        (x0, _x1), _y = self.vb.viewRange()
        self.band_label.setPos(x0, self.overlay.low_energy_max + 0.5)

    def fit(self) -> None:
        """Show every reading and marker (at least a week), with a little room either side."""
        lo, hi = self.overlay.time_span()
        today = seconds(self.overlay.today())
        if hi <= today <= hi + max(60 * DAY, (hi - lo) * 0.25):
            hi = today  # "today" in view when it is near: a silence since then shows
        span = max(hi - lo, 7 * DAY)
        middle = (lo + hi) / 2
        pad = max(span * 0.04, DAY)
        self.vb.setXRange(middle - span / 2 - pad, middle + span / 2 + pad, padding=0)
        self.vb.setYRange(*Y_RANGE, padding=0)

    def _update_title(self) -> None:
        o = self.overlay
        n = len(o.tracks)
        if not o.stakeholders and not o.selected_relations:
            self.title.setText(tr("Energy over time"))
            self._show_message(tr("Select a stakeholder or a relation on the map or in the list to see "
                                  "how its energy developed over time."))
            return
        if len(o.stakeholders) == 1 and not o.selected_relations:
            name = o.names.get(o.stakeholders[0]) or next(
                (s.name for s in self.workspace.stakeholders(list(o.stakeholders))), "")
            text = (tr("%1: one relation") if n == 1 else tr("%1: %2 relations")).replace(
                "%1", name).replace("%2", str(n))
        else:
            text = tr("One relation") if n == 1 else tr("%1 relations").replace("%1", str(n))
        readings = o.visible_points()
        self.title.setText(text + " · " + (tr("one reading") if readings == 1 else
                                           tr("%1 readings").replace("%1", str(readings))))
        if n == 0:
            self._show_message(tr("No relations yet: connect them on the map, then their energy "
                                  "readings show here."))
        else:
            self.stack.setCurrentIndex(1)
        self.add_button.setEnabled(n > 0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentIndex(0)
        self.add_button.setEnabled(False)

    # ------------------------------------------------------------------ legend
    def _fill_legend(self) -> None:
        self._filling_legend = True
        try:
            self.legend.clear()
            for rid, track in self.overlay.tracks.items():
                item = QListWidgetItem(self._line_icon(track.colour, track.emphasised), track.label)
                item.setData(ROLE, ("relation", rid))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if track.visible else Qt.CheckState.Unchecked)
                count = len(track.x)
                latest = (tr("latest: %1").replace("%1", f"{int(track.y[-1])} {energy_label(int(track.y[-1]))}")
                          if count else tr("no readings yet"))
                tip = [self.overlay.relation_title(rid)]
                if track.relation.kind:
                    tip.append(track.relation.kind)
                tip.append((tr("one reading") if count == 1 else tr("%1 readings").replace("%1", str(count)))
                           + ", " + latest)
                item.setToolTip("\n".join(tip))
                if track.emphasised:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.legend.addItem(item)
            channels = [c for c in Channel if any(m.interaction.channel == c for m in self.overlay.markers)]
            if channels:
                head = QListWidgetItem(tr("Contacts"))
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(head.font())
                font.setItalic(True)
                head.setFont(font)
                self.legend.addItem(head)
                for channel in channels:
                    item = QListWidgetItem(self._shape_icon(SHAPES[channel]), channel_label(channel))
                    item.setData(ROLE, ("channel", str(channel)))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked if channel in self.overlay.hidden_channels
                                       else Qt.CheckState.Checked)
                    self.legend.addItem(item)
        finally:
            self._filling_legend = False

    def legend_item(self, relation_id: str) -> QListWidgetItem | None:
        """The legend entry of a shown relation."""
        for i in range(self.legend.count()):
            item = self.legend.item(i)
            if item.data(ROLE) == ("relation", relation_id):
                return item
        return None

    def _on_legend_changed(self, item: QListWidgetItem) -> None:
        if self._filling_legend:
            return
        data = item.data(ROLE)
        if not data:
            return
        kind, key = data
        on = item.checkState() == Qt.CheckState.Checked
        if kind == "relation" and key in self.overlay.tracks:
            track = self.overlay.tracks[key]
            if track.visible == on:
                return
            track.visible = on
            self.overlay.invalidate_hits()
            dots = self.overlay.visible_points() <= DOTS_MAX
            if dots != bool(self._dots):
                self._redraw_keeping_legend()
            else:
                self._draw_bucket(track.key, dots)
                self.redraw_markers()
            self._update_title()
        elif kind == "channel":
            (self.overlay.hidden_channels.discard if on else self.overlay.hidden_channels.add)(key)
            self.redraw_markers()
        self._hide_hover()

    def _redraw_keeping_legend(self) -> None:
        for key in list(self._curves):
            self.plot_item.removeItem(self._curves.pop(key))
        for key in list(self._dots):
            self.plot_item.removeItem(self._dots.pop(key))
        dots = self.overlay.visible_points() <= DOTS_MAX
        for key in self.overlay.bucket_keys():
            self._draw_bucket(key, dots)
        self.redraw_markers()

    def _line_icon(self, colour_index: int, emphasised: bool) -> QIcon:
        size = self.legend.iconSize()
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(PALETTE[colour_index])
        p.setPen(QPen(colour, 3.5 if emphasised else 2))
        mid = size.height() / 2
        p.drawLine(QPointF(1, mid), QPointF(size.width() - 1, mid))
        p.setBrush(colour)
        p.setPen(QPen(self._base, 1))
        r = 4.5 if emphasised else 3.5
        p.drawEllipse(QPointF(size.width() / 2, mid), r, r)
        p.end()
        return QIcon(pixmap)

    def _shape_icon(self, symbol: str) -> QIcon:
        size = self.legend.iconSize()
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(size.width() / 2, size.height() / 2)
        colour = QColor(self._text)
        colour.setAlpha(170)
        pg.graphicsItems.ScatterPlotItem.drawSymbol(p, symbol, 11, _pen(self._base, 1), colour)
        p.end()
        return QIcon(pixmap)

    # ------------------------------------------------------------------ pointing
    def _view_point(self, scene_pos: QPointF) -> tuple[float, float, float, float] | None:
        """(x, y, data per pixel in x, in y) of a scene position inside the plot, else None."""
        if not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.vb.mapSceneToView(scene_pos)
        per_x, per_y = self.vb.viewPixelSize()
        if per_x <= 0 or per_y <= 0:
            return None
        return p.x(), p.y(), per_x, per_y

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        at = self._view_point(scene_pos)
        lines: list[str] = []
        spot: tuple[float, float] | None = None
        if at is not None:
            hit = self.overlay.reading_at(*at)
            if hit is not None:
                rid, row = hit
                lines = self.overlay.reading_text(rid, row)
                track = self.overlay.tracks[rid]
                spot = (float(track.x[row]), float(track.y[row]))
            else:
                marker = self.overlay.marker_at(*at)
                if marker is not None:
                    lines = self.overlay.marker_text(marker)
                    spot = (marker.x, MARKER_Y)
        text = "\n".join(lines)
        if spot is None:
            self._hide_hover()
            return
        self.highlight.setData(x=[spot[0]], y=[spot[1]])
        self.highlight.show()
        if text != self.hover_text:
            self.hover_text = text
            self.hovered.emit(text)
        view_pos = self.plot_widget.mapFromScene(scene_pos)
        QToolTip.showText(self.plot_widget.viewport().mapToGlobal(view_pos) + QPoint(14, 14),
                          as_html(lines), self.plot_widget.viewport())

    def _hide_hover(self) -> None:
        self.highlight.hide()
        if self.hover_text:
            self.hover_text = ""
            self.hovered.emit("")
            QToolTip.hideText()

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.editor is not None:
            return
        at = self._view_point(event.scenePos())
        if at is None or not self.overlay.tracks:
            return
        hit = self.overlay.reading_at(*at)
        if hit is not None:
            self.edit_reading(*hit)
        elif self.overlay.marker_at(*at) is None:
            x, y = at[0], at[1]
            energy = int(round(y)) if 0.6 <= y <= 5.5 else 3
            self.add_reading(_clicked_time(x), energy, self.overlay.nearest_track(x, y))
        event.accept()

    # ------------------------------------------------------------------ editing
    def edit_reading(self, relation_id: str, row: int) -> ReadingDialog:
        """Open the reading at *row* of a shown relation to edit or delete it."""
        reading = self.overlay.reading(relation_id, row)
        choices = [(relation_id, self.overlay.relation_title(relation_id))]
        dialog = ReadingDialog(self, choices, relation_id, reading.at, reading.energy, reading.note,
                               editing=True, save=lambda d: self._save(d, reading))
        return self._open(dialog)

    def add_reading(self, at: datetime | None = None, energy: int = 3,
                    relation_id: str | None = None) -> ReadingDialog | None:
        """Open the form for a new reading (now, on the emphasised or first relation, by default)."""
        if not self.overlay.tracks:
            return None
        if at is None:
            at = datetime.now().replace(second=0, microsecond=0)
        if relation_id is None:
            relation_id = self.overlay.nearest_track(seconds(at), energy)
        choices = [(rid, self.overlay.relation_title(rid)) for rid in self.overlay.tracks]
        dialog = ReadingDialog(self, choices, relation_id or choices[0][0], at, energy,
                               save=lambda d: self._save(d, None))
        return self._open(dialog)

    def _open(self, dialog: ReadingDialog) -> ReadingDialog:
        self.editor = dialog
        dialog.finished.connect(self._editor_closed)
        dialog.open()
        return dialog

    def _editor_closed(self, _result: int) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = None

    def _save(self, dialog: ReadingDialog, reading: Reading | None) -> str:
        """Make the dialog's one Workspace call; "" when done, else why it was refused."""
        relation_id, energy, at, note = dialog.values()
        ws = self.workspace
        try:
            if reading is None:
                ws.add_reading(Reading(id="", relation=relation_id, at=at, energy=energy,
                                       source=Source.SENSE, note=note), initiator=self)
            elif dialog.deleting:
                ws.delete_readings([reading.id], initiator=self)
            else:
                fields: dict[str, object] = {}
                if energy != reading.energy:
                    fields["energy"] = energy
                if at != reading.at.replace(second=0, microsecond=0):
                    fields["at"] = at
                if note != reading.note:
                    fields["note"] = note
                if fields:
                    ws.set_reading_fields(reading.id, initiator=self, **fields)
        except EditRefused as exc:
            return str(exc)
        return ""


def _clicked_time(x: float) -> datetime:
    """The moment under a click: that day, at the clicked hour (to the quarter)."""
    at = EPOCH + timedelta(seconds=float(x))
    minutes = int(round((at.hour * 60 + at.minute) / 15) * 15)
    return datetime(at.year, at.month, at.day) + timedelta(minutes=min(minutes, 23 * 60 + 45))

