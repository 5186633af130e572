"""The map panel: a toolbar (search, filters, fit, layout, legend) above the MapView,
and the glue that turns requests from the scene into editors and Workspace edits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QGraphicsItem,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench.canvas import style
from workbench.canvas.controller import MapController
from workbench.canvas.scene import MapScene
from workbench.canvas.view import InlineEditor, MapView
from workbench.model import Stakeholder, StakeholderKind, Status
from workbench.workspace import Change, EditRefused, Selection, ViewFilter, Workspace
from workbench.workspace.labels import kind_label, status_label

MAX_EXPORT_SIDE = 12000
#: Distance between neighbours after auto-layout: room for a name under each node.
LAYOUT_SPACING = 130.0


class MapWidget(QWidget):
    """The stakeholder map with its toolbar."""

    refused = Signal(str)
    told = Signal(str)  # a short message for the status bar

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scene = MapScene(workspace, selection)
        self.controller = MapController(self.scene, workspace)
        self.view = MapView(self.scene, self)
        self.selection = selection
        # two rows, so that nothing hides behind "»" beside the docks, in either language
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(16, 16))
        self.filter_bar = QToolBar(self)
        self._build_toolbar()
        self._build_filter_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)
        self.controller.rename_requested.connect(self.rename)
        self.controller.connect_kind_requested.connect(self.ask_relation_kind)
        self.controller.refused.connect(self.refused)
        self.controller.told.connect(self.told)
        self.controller.context_menu_empty.connect(self._empty_menu)
        self.view.create_requested.connect(self.create_at)
        workspace.changed.connect(self._on_changed)
        self._filled: tuple[list[str], list[str], list[tuple[str, str]]] | None = None
        self._fill_filters()

    # ------------------------------------------------------------------ toolbar
    def _build_toolbar(self) -> None:
        tb = self.toolbar
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a stakeholder (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 40)
        self.search.returnPressed.connect(self.find)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(lambda text: self.find(text))
        self.search.setCompleter(self.completer)
        self.completer.popup().setMinimumWidth(260)  # whole names, not "Omar…"
        tb.addWidget(self.search)
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(self.find_action)
        tb.addSeparator()
        self.fit_action = tb.addAction(self.tr("Fit"), self.view.fit)
        self.fit_action.setToolTip(self.tr("Show the whole map (F); Shift+F: the selection"))
        self.layout_action = tb.addAction(self.tr("Auto-layout"), self.auto_layout)
        self.layout_action.setToolTip(self.tr("Arrange the map; pinned stakeholders stay put"))
        self.tidy_action = tb.addAction(self.tr("Tidy selection"), lambda: self.auto_layout(selection_only=True))
        self.legend_action = tb.addAction(self.tr("Legend"))
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(True)
        self.legend_action.toggled.connect(self.view.show_legend)
        self.view.legend.radar_toggled.connect(self._show_radar)

    def _show_radar(self, shown: bool) -> None:
        self.scene.set_radar(shown=shown)

    def _build_filter_bar(self) -> None:
        fb = self.filter_bar
        fb.addWidget(QLabel(self.tr("Show:"), self))
        self.group_filter = self._combo(self.tr("All groups"))
        self.kind_filter = self._combo(self.tr("All kinds"))
        for kind in StakeholderKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter = self._combo(self.tr("All statuses"))
        for status in Status:
            self.status_filter.addItem(status_label(status), status)
        self.tag_filter = self._combo(self.tr("All tags"))
        for combo in (self.group_filter, self.kind_filter, self.status_filter, self.tag_filter):
            fb.addWidget(combo)
            combo.currentIndexChanged.connect(self._apply_filter)
        self.nothing_matches = QLabel(self.tr("Nothing matches these filters."), self)
        self.nothing_matches.setStyleSheet("color: #a33; padding: 0 6px;")
        self.nothing_matches_action = fb.addWidget(self.nothing_matches)
        self.reset_filter_action = fb.addAction(self.tr("Show everyone"), self.reset_filter)
        self.reset_filter_action.setToolTip(self.tr("Clear every filter"))
        self._show_filter_state()
        self.selection.filter_changed.connect(self._show_filter_state)

    def reset_filter(self) -> None:
        """Clear every filter."""
        for combo in (self.group_filter, self.kind_filter, self.status_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filter()

    def _show_filter_state(self) -> None:
        active = self.selection.filter.active()
        self.reset_filter_action.setVisible(active)
        self.nothing_matches_action.setVisible(active and not self.scene.matching_ids())

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _fill_filters(self) -> None:
        """Names for search, groups and tags for the filters, from what the map shows."""
        people = [item.stakeholder for item in self.scene.items_by_id.values()]
        names = sorted(s.name for s in people)
        tags = sorted({t for s in people for t in s.tags})
        groups = sorted(((r.group.name, gid) for gid, r in self.scene.regions.items()))
        if (names, tags, groups) == self._filled:
            return
        self._filled = (names, tags, groups)
        self.completer.setModel(QStringListModel(names, self.completer))
        for combo, values in ((self.group_filter, groups),
                              (self.tag_filter, [(t, t) for t in tags])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in values:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _on_changed(self, change: Change) -> None:
        if change.reset or change.touches("groups") or change.added.get("stakeholders") \
                or change.removed.get("stakeholders") or _names_or_tags(change):
            self._fill_filters()  # names, tags and groups: a move or a role changes none of them

    def _apply_filter(self) -> None:
        self.selection.set_filter(ViewFilter(self.group_filter.currentData(), self.kind_filter.currentData(),
                                             self.status_filter.currentData(), self.tag_filter.currentData()))

    # ------------------------------------------------------------------ search
    def find(self, text: str | None = None) -> bool:
        """Center on and select the stakeholder whose name best matches the search."""
        query = (text if text is not None else self.search.text()).strip().lower()
        if not query:
            return False
        people = self.workspace.stakeholders()
        ranked = sorted((s for s in people if query in s.name.lower()),
                        key=lambda s: (not s.name.lower().startswith(query), s.name.lower() != query, s.name))
        if not ranked:
            return False
        self.view.focus_on(ranked[0].id)
        self.view.setFocus()
        return True

    # ------------------------------------------------------------------ editors
    def create_at(self, at: QPointF) -> InlineEditor:
        """Double-click on empty space: type a name, choose a kind, Enter creates."""
        editor = InlineEditor(self.view, "", self.tr("Name of the new stakeholder"),
                              self.view.kind_choices(), StakeholderKind.PERSON)

        def create(name: str, kind: object) -> None:
            try:
                sid = self.workspace.add_stakeholder(Stakeholder(
                    id="", name=name, kind=StakeholderKind(kind or StakeholderKind.PERSON),
                    x=at.x(), y=at.y()))
            except EditRefused as exc:
                self.refused.emit(str(exc))
                return
            self.scene.clearSelection()
            self.scene.items_by_id[sid].setSelected(True)
            self.view.setFocus()

        editor.committed.connect(create)
        editor.canceled.connect(self.view.setFocus)
        return self.view.open_editor(editor, at)

    def rename(self, stakeholder_id: str) -> InlineEditor | None:
        """F2 or double-click: edit the name in place."""
        item = self.scene.items_by_id.get(stakeholder_id)
        if item is None:
            return None
        editor = InlineEditor(self.view, item.stakeholder.name, self.tr("Name"))

        def rename(name: str, _data: object) -> None:
            try:
                self.workspace.rename(stakeholder_id, name)
            except EditRefused as exc:
                self.refused.emit(str(exc))
            self.view.setFocus()

        editor.committed.connect(rename)
        editor.canceled.connect(self.view.setFocus)
        return self.view.open_editor(editor, item.pos())

    def ask_relation_kind(self, source: str, target: str) -> InlineEditor:
        """After a drop: pick or type the relation's kind; Enter connects, Esc cancels."""
        kinds = self.controller.relation_kinds()
        a_item, b_item = self.scene.items_by_id[source], self.scene.items_by_id[target]
        title = (self.tr("Kind of relation between %1 and %2")
                 .replace("%1", a_item.stakeholder.name).replace("%2", b_item.stakeholder.name))
        editor = InlineEditor(self.view, kinds[0] if kinds else "", self.tr("Kind of relation"),
                              [(k, k) for k in kinds], editable_choice=True, title=title)
        editor.committed.connect(lambda kind, _d: (self.controller.connect(source, target, kind),
                                                   self.view.setFocus()))
        editor.canceled.connect(self.view.setFocus)
        a, b = a_item.pos(), b_item.pos()
        return self.view.open_editor(editor, (a + b) / 2, avoid=[_body(a_item), _body(b_item)])

    def _empty_menu(self, menu: QMenu, at: QPointF) -> None:
        menu.addAction(self.tr("Add stakeholder here…"), lambda: self.create_at(at))
        menu.addSeparator()
        menu.addAction(self.tr("Fit"), self.view.fit)
        menu.addAction(self.tr("Auto-layout"), self.auto_layout)
        if self.scene.regions:
            regions = menu.addMenu(self.tr("Show group regions"))
            for gid, region in sorted(self.scene.regions.items(), key=lambda kv: kv[1].group.name):
                a = regions.addAction(region.group.name)
                a.setCheckable(True)
                a.setChecked(region.group.show_region)
                a.toggled.connect(lambda on, g=gid: self.toggle_region(g, on))

    def toggle_region(self, group_id: str, shown: bool) -> None:
        """Show or hide a group's region (remembered in the workspace)."""
        region = self.scene.regions.get(group_id)
        if region is not None and region.group.show_region != shown:
            self.workspace.set_group_fields(group_id, show_region=shown)

    # ------------------------------------------------------------------ layout
    def auto_layout(self, selection_only: bool = False) -> int:
        """Arrange the map (or the selection) as one undo entry; returns how many moved."""
        from workbench.layout import force_layout

        scene = self.scene
        if not scene.ids:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pinned = np.array([scene.items_by_id[s].stakeholder.pinned for s in scene.ids], dtype=bool)
            fixed = pinned.copy()
            if selection_only:
                fixed |= ~scene.selected_node_mask()
            group_index = {g: i for i, g in enumerate(scene.group_members)}
            memberships = np.array([[i, group_index[g]] for g, members in scene.group_members.items()
                                    for i in members], dtype=np.int64).reshape(-1, 2)
            edges = np.stack([scene.rel_a, scene.rel_b], axis=1) if len(scene.rel_a) else np.zeros((0, 2), np.int64)
            result = force_layout(scene.pos.copy(), edges, memberships, fixed, spacing=LAYOUT_SPACING)
        finally:
            QApplication.restoreOverrideCursor()
        moved = {sid: (float(result[i, 0]), float(result[i, 1])) for i, sid in enumerate(scene.ids)
                 if not fixed[i] and (abs(result[i, 0] - scene.pos[i, 0]) > 0.5
                                      or abs(result[i, 1] - scene.pos[i, 1]) > 0.5)}
        text = self.tr("Tidy selection") if selection_only else self.tr("Auto-layout")
        self.controller.apply_positions(moved, text)
        return len(moved)

    # ------------------------------------------------------------------ export
    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole map as an image, drawn in full detail at *scale* × scene size."""
        rect = self._export_rect()
        scale = min(scale, MAX_EXPORT_SIDE / max(rect.width(), rect.height()))
        image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
        # Painted at the screen's 96 dpi, so that text keeps its proportion to the map (the
        # painter's scale enlarges everything alike); only then marked as print resolution.
        image.setDotsPerMeterX(round(96 / 0.0254))
        image.setDotsPerMeterY(round(96 / 0.0254))
        image.fill(style.BACKGROUND)
        painter = QPainter(image)
        self._render(painter, QRectF(image.rect()), rect)
        painter.end()
        image.setDotsPerMeterX(round(96 * scale / 0.0254))
        image.setDotsPerMeterY(round(96 * scale / 0.0254))
        return image

    def export_image(self, path: Path) -> None:
        """Write the map as PNG (print quality) or SVG, by extension."""
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            rect = self._export_rect()
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(rect.size().toSize())
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle(self.workspace.info().name)
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), style.BACKGROUND)
            self._render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()
        else:
            if not self.render_image().save(str(path), "PNG"):
                raise OSError(f"{path}: cannot write the image")

    def _export_rect(self) -> QRectF:
        rect = self.scene.edge_layer.boundingRect()
        for region in self.scene.regions.values():
            if region.isVisible():
                rect = rect.united(region.shape().boundingRect().adjusted(0, -60, 0, 0))
        return rect.adjusted(-60, -30, 60, 60)  # room for labels at the edges

    def _render(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        """Draw the map from the model into *painter*: a scene of its own, in full detail,
        unselected, with the live map's filter; the live scene is not touched."""
        scene = MapScene(self.workspace, Selection(), follow=False)
        scene.full_names = True  # on paper every name is written whole
        try:
            if self.scene.filter.active():
                scene.set_filter(self.scene.filter)
            for item in scene.items():  # vectors, not cached pixmaps, in SVG and print
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            scene.render(painter, target, source)
            if self.view.legend.isVisible():
                k = target.width() / source.width()
                size = self.view.legend.size()
                painter.resetTransform()
                painter.translate(target.right() - (size.width() + 16) * k,
                                  target.bottom() - (size.height() + 16) * k)
                painter.scale(k, k)
                self.view.legend.draw(painter)
        finally:
            scene.clear()
            scene.deleteLater()


def _body(item: QGraphicsItem) -> QRectF:
    """A node's shape and name, in scene coordinates (what an editor should not cover)."""
    r = style.NODE_RADIUS
    return item.mapRectToScene(QRectF(-style.LABEL_WIDTH / 2, -r - 4, style.LABEL_WIDTH, 2 * r + 4 + 22))


#: The stakeholder fields the search and the filter lists are filled from.
FILTERED_FIELDS = frozenset({"name", "tags"})


def _names_or_tags(change: Change) -> bool:
    """Whether *change* updated a stakeholder's name or tags (or fields it does not name)."""
    fields = change.fields.get("stakeholders", {})
    return any(sid not in fields or fields[sid] & FILTERED_FIELDS for sid in change.updated.get("stakeholders", ()))
