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
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.model import Channel, Reading, Source
from workbench.timeline.editor import ReadingDialog
from workbench.timeline.legend import LegendModel
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
from workbench.workspace.labels import energy_label

#: Up to this many readings the plot draws a dot on each (and smooth lines); beyond,
#: lines only: a scatter item costs ~3 µs per point to build.
DOTS_MAX = 4000
#: Up to this many contacts in view the markers are shapes; beyond, ticks.
SHAPES_MAX = 1500
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


class DateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis (from seconds to decades: years and months, months and days,
    days and hours …) with month and day names in the user's language. Zoomed in to days,
    the first day in view also names its month, so that a week reads "4 May 5 6 7 …"."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        zoom = getattr(self, "zoomLevel", None)
        spec = None if zoom is None else next((s for s in zoom.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%Y", "%b", "%d", "%a %d"):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        out = []
        for i, v in enumerate(values):
            try:
                d = EPOCH + timedelta(seconds=float(v))
            except (OverflowError, ValueError):
                out.append("")
                continue
            month = locale.standaloneMonthName(d.month, QLocale.FormatType.ShortFormat)
            if spec.format == "%Y":
                out.append(str(d.year))
            elif spec.format == "%b":
                out.append(month)
            elif spec.format == "%d":
                out.append(f"{d.day} {month}" if i == 0 else str(d.day))
            else:
                day = f"{locale.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {d.day}"
                out.append(f"{day} {month}" if i == 0 else day)
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
        self._icons: dict[object, QIcon] = {}
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
                                          label=tr("today"), labelOpts={"position": 0.98, "color": today,
                                                                        "anchors": [(-0.05, 0), (-0.05, 0)]})
        self.today_line.setZValue(-10)
        item.addItem(self.today_line, ignoreBounds=True)
        marker_colour = QColor(text)
        marker_colour.setAlpha(170)
        # one item per channel: a scatter item with one symbol per point is ~100× slower
        self.marker_items: dict[Channel, pg.ScatterPlotItem] = {}
        for channel, symbol in SHAPES.items():
            markers = pg.ScatterPlotItem(size=14 if symbol == "star" else 11, symbol=symbol,
                                         pen=_pen(base, 1), brush=marker_colour)
            markers.setZValue(5)
            item.addItem(markers)
            self.marker_items[channel] = markers
        self.highlight = pg.ScatterPlotItem(size=17, pen=_pen(text, 2), brush=QColor(0, 0, 0, 0))
        self.highlight.setZValue(30)
        item.addItem(self.highlight, ignoreBounds=True)
        self.vb.sigXRangeChanged.connect(self._place_band_label)

        # every move of the pointer, from the viewport: pyqtgraph's sigMouseMoved drops moves
        # closer than its rate limit (10 ms), the last one too, which would leave a stale hover
        self.plot_widget.viewport().installEventFilter(self)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_click)

        self.legend = QListView(page)
        self.legend.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.legend.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both names of a pair stay readable
        self.legend.setIconSize(QSize(26, 14))
        self.legend.setUniformItemSizes(True)
        self.legend.setToolTip(tr("Tick to show, untick to hide"))
        self.legend_model = LegendModel(self.overlay, self._legend_icon, self)
        self.legend_model.toggled.connect(self._on_legend_toggled)
        self.legend.setModel(self.legend_model)
        row.addWidget(self.legend)

        # many contacts (a large overlay): ticks in one curve instead of shaped markers,
        # which cost ~3 µs each to build
        self.marker_ticks = pg.PlotCurveItem(pen=_pen(marker_colour, 1), connect="pairs", skipFiniteCheck=True)
        self.marker_ticks.setZValue(5)
        item.addItem(self.marker_ticks)

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
            self.legend_model.refresh()
        if redraw.band:
            self._draw_band()

    # ------------------------------------------------------------------ drawing
    def data_items(self) -> list[pg.GraphicsObject]:
        """Every item the plot draws readings and markers with (the few merged ones)."""
        return [*self._curves.values(), *self._dots.values(), *self.marker_items.values(), self.marker_ticks]

    def curve(self, relation_id: str) -> pg.PlotCurveItem | None:
        """The curve that draws a shown relation (shared with relations of its style)."""
        track = self.overlay.tracks.get(relation_id)
        return None if track is None else self._curves.get(track.key)

    def redraw_all(self) -> None:
        """Draw every shown relation again, and the legend, band, markers and title."""
        self._redraw_curves()
        self.redraw_markers()
        self._draw_band()
        self.legend_model.refresh()
        self._update_title()
        self._hide_hover()

    def _redraw_curves(self) -> None:
        """Every style's curve (and dots) again; items of styles no longer used go."""
        self.overlay.invalidate_hits()
        keys = self.overlay.bucket_keys()
        dots = self.overlay.visible_points() <= DOTS_MAX
        for key in [k for k in self._curves if k not in keys]:
            self.plot_item.removeItem(self._curves.pop(key))
        for key in [k for k in self._dots if k not in keys or not dots]:
            self.plot_item.removeItem(self._dots.pop(key))
        for key in keys:
            self._draw_bucket(key, dots)

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
        self._update_title()
        self._hide_hover()

    def _draw_bucket(self, key: tuple[int, bool], dots: bool) -> None:
        colour_index, emphasised = key
        colour = QColor(PALETTE[colour_index])
        x, y, connect, _rids = self.overlay.bucket(key)
        curve = self._curves.get(key)
        if curve is None:
            curve = pg.PlotCurveItem(skipFiniteCheck=True)
            curve.setZValue(20 if emphasised else 10)
            self._curves[key] = curve
            self.plot_item.addItem(curve)
        # thin, aliased lines when there are many: a wider or smoothed pen costs 2–4× to paint;
        # see-through when the colours repeat, so that where many run together reads darker
        width = 3.0 if emphasised else (2.2 if len(self.overlay.tracks) <= 3 else 1.6 if dots else 1.0)
        crowded = len(self.overlay.tracks) > len(PALETTE) and not emphasised
        if crowded:
            colour.setAlpha(150)
        curve.setData(x=x, y=y, connect=connect if len(x) else "all", antialias=dots,
                      pen=_pen(colour, width))
        if dots:
            scatter = self._dots.get(key)
            if scatter is None:
                scatter = pg.ScatterPlotItem(pen=_pen(self._base, 1.2), antialias=True)
                scatter.setZValue(21 if emphasised else 11)
                self._dots[key] = scatter
                self.plot_item.addItem(scatter)
            scatter.setData(x=x, y=y, size=10 if emphasised else 5 if crowded else 7, brush=colour)

    def redraw_markers(self) -> None:
        """Draw the interactions of the visible relations: shaped by channel, or up from
        ``SHAPES_MAX`` contacts as ticks (the hover still names each one's channel)."""
        markers = self.overlay.visible_markers()
        shapes = len(markers) <= SHAPES_MAX
        by_channel: dict[Channel, list[float]] = {c: [] for c in self.marker_items}
        if shapes:
            for m in markers:
                by_channel.setdefault(m.interaction.channel, []).append(m.x)
        for channel, xs in by_channel.items():
            if channel in self.marker_items:
                self.marker_items[channel].setData(x=np.array(xs, dtype=float), y=np.full(len(xs), MARKER_Y))
        if shapes:
            self.marker_ticks.setData(x=np.zeros(0), y=np.zeros(0))
        else:
            x = np.repeat(np.fromiter((m.x for m in markers), dtype=float, count=len(markers)), 2)
            y = np.tile(np.array([MARKER_Y - 0.2, MARKER_Y + 0.2]), len(markers))
            self.marker_ticks.setData(x=x, y=y, connect="pairs")

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
        # more room on the right: the last reading's dot, and "today" beside its line
        self.vb.setXRange(middle - span / 2 - pad, middle + span / 2 + 2 * pad, padding=0)
        self.vb.setYRange(*Y_RANGE, padding=0)

    def _update_title(self) -> None:
        o = self.overlay
        n = len(o.tracks)
        if not o.stakeholders and not o.selected_relations:
            self.title.setText(tr("Energy over time"))
            self._show_message(tr("Select a stakeholder or a relation on the map or in the list to see "
                                  "how its energy developed over time."))
            return
        if o.stakeholders and not o.selected_relations and len(o.stakeholders) <= 3:
            missing = [s for s in o.stakeholders if s not in o.names]
            names = {**o.names, **{s.id: s.name for s in self.workspace.stakeholders(missing)}} if missing \
                else o.names
            who = ", ".join(names.get(s, "?") for s in o.stakeholders)
            text = (tr("%1: one relation") if n == 1 else tr("%1: %2 relations")).replace(
                "%1", who).replace("%2", str(n))
        elif n == 1:
            text = o.relation_title(next(iter(o.tracks)))
        else:
            text = tr("%1 relations").replace("%1", str(n))
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
    def legend_row(self, relation_id: str) -> QModelIndex:
        """The legend row of a shown relation (invalid when it is not shown)."""
        row = self.legend_model.row_of("relation", relation_id)
        return self.legend_model.index(row) if row >= 0 else QModelIndex()

    def legend_texts(self) -> list[str]:
        """The legend's rows as the user reads them."""
        m = self.legend_model
        return [m.data(m.index(i)) for i in range(m.rowCount())]

    def _on_legend_toggled(self, kind: str, key: str, _shown: bool) -> None:
        if kind == "relation" and key in self.overlay.tracks:
            dots = self.overlay.visible_points() <= DOTS_MAX
            if dots != bool(self._dots):
                self._redraw_curves()
            else:
                self._draw_bucket(self.overlay.tracks[key].key, dots)
            self._update_title()
        self.redraw_markers()
        self._hide_hover()

    def _legend_icon(self, kind: str, key: str) -> QIcon:
        if kind == "relation":
            track = self.overlay.tracks[key]
            return self._line_icon(track.colour, track.emphasised)
        return self._shape_icon(SHAPES[Channel(key)])

    def _line_icon(self, colour_index: int, emphasised: bool) -> QIcon:
        key = (colour_index, emphasised)
        if key not in self._icons:
            self._icons[key] = self._paint_line_icon(colour_index, emphasised)
        return self._icons[key]

    def _paint_line_icon(self, colour_index: int, emphasised: bool) -> QIcon:
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
        if symbol in self._icons:
            return self._icons[symbol]
        size = self.legend.iconSize()
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(size.width() / 2, size.height() / 2)
        colour = QColor(self._text)
        colour.setAlpha(170)
        pg.graphicsItems.ScatterPlotItem.drawSymbol(p, symbol, 15 if symbol == "star" else 11,
                                                    _pen(self._base, 1), colour)
        p.end()
        self._icons[symbol] = QIcon(pixmap)
        return self._icons[symbol]

    # ------------------------------------------------------------------ pointing
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.plot_widget.viewport():
            if event.type() == QEvent.Type.MouseMove and not event.buttons():
                self._on_mouse_moved(self.plot_widget.mapToScene(event.position().toPoint()))
            elif event.type() == QEvent.Type.Leave:
                self._hide_hover()
        return False

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

