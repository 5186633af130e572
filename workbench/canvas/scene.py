"""The map's scene: follows the Workspace (model → scene, one way) and the shared selection.

It only draws and hit-tests; what the user does on it (drags, connecting, menus, edits)
is the ``MapController``'s job (``controller.py``), which the scene passes its events to.
It updates only what a ``Change`` names: a move re-reads nothing, a reading recolours
its relation's line, a new relation is appended to the arrays.

``items_by_id`` maps stakeholder ids to node items. Relations are not items: their ends
and pens live in numpy arrays drawn by the EdgeLayer, which keeps 15,000 relations
cheap. Far zoomed out (``overview``), nodes stop painting themselves and the
OverviewLayer draws them all in a few calls; they stay clickable and draggable.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from workbench.canvas import style
from workbench.canvas.arrays import distinct, distinct_rows
from workbench.canvas.items import NodeItem, Region
from workbench.canvas.layers import EdgeLayer, OverviewLayer, RegionLayer, point_segment_distances
from workbench.model import Relation, Stakeholder, StakeholderKind
from workbench.workspace import Change, Selection, ViewFilter, Workspace

EMPTY_INT = np.zeros(0, dtype=np.int64)
#: An edit redraws a band around each changed line, in pieces of about this length on screen ...
PIECE_PX = 16.0
#: ... as wide as the widest line (scene units) ...
LINE_PAD = 8.0
#: ... as the squares of that size they pass through, unless there are more of them than this
#: (a node with hundreds of lines moved): then one box.
MAX_CELLS = 1500
#: Stakeholder fields the cached layers draw (a dot's colour far zoomed out, a line's fading).
LOOK = frozenset({"kind", "status"})
#: Fields a filter can match on.
FILTERED = frozenset({"kind", "status", "groups", "tags"})


class MapScene(QGraphicsScene):
    """Stakeholders as items, relations as batched lines, groups as regions."""

    #: Set by the MapController that owns the gestures (None: a scene that only draws).
    controller: Any = None

    def __init__(self, workspace: Workspace, selection: Selection, follow: bool = True) -> None:
        """*follow*: keep up with the Workspace and the selection (False: a still picture
        of the model, e.g. for an export, that leaves the live map alone)."""
        super().__init__()
        self.workspace = workspace
        self.selection = selection
        self.items_by_id: dict[str, NodeItem] = {}
        self.regions: dict[str, Region] = {}
        self.relations: dict[str, Relation] = {}
        self.energy: dict[str, tuple[int, int]] = {}
        self.filter = selection.filter
        self.overview = False
        self.selected_relations: list[str] = []
        self._following_selection = False
        self.edge_layer = EdgeLayer(self)
        self.live_layer = EdgeLayer(self, live=True)
        self.overview_layer = OverviewLayer(self)
        self.region_layer = RegionLayer(self)
        for layer in (self.region_layer, self.edge_layer, self.live_layer, self.overview_layer):
            self.addItem(layer)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._reset_arrays()
        self.load()
        if follow:
            workspace.changed.connect(self._on_changed)
            selection.selection_changed.connect(self._on_selection)
            selection.filter_changed.connect(self._on_filter)  # a method, not a lambda holding the scene
            self.selectionChanged.connect(self._push_selection)

    # ------------------------------------------------------------------ arrays
    def _reset_arrays(self) -> None:
        self.ids: list[str] = []
        self.index: dict[str, int] = {}
        self.pos = np.zeros((0, 2))
        self.node_bucket = EMPTY_INT
        self.node_buckets: list[tuple[StakeholderKind, bool]] = []
        self.live_nodes = np.zeros(0, dtype=bool)
        self.rel_ids: list[str] = []
        self.rel_index: dict[str, int] = {}
        self.rel_a = EMPTY_INT
        self.rel_b = EMPTY_INT
        self.rel_bucket = EMPTY_INT
        self.edge_buckets: list[tuple[int | None, float, bool]] = []
        self.live_relations = np.zeros(0, dtype=bool)
        self.node_relations: list[np.ndarray] = []
        self.group_members: dict[str, list[int]] = {}
        self.room = np.zeros(0)

    def _rebuild_arrays(self) -> None:
        """Recompute every array from the items and relations (after nodes came or went)."""
        self.ids = list(self.items_by_id)
        self.index = {sid: i for i, sid in enumerate(self.ids)}
        items = [self.items_by_id[sid] for sid in self.ids]
        self.pos = np.array([[it.pos().x(), it.pos().y()] for it in items], dtype=float).reshape(-1, 2)
        self.live_nodes = np.zeros(len(self.ids), dtype=bool)
        self.group_members = {}
        for i, it in enumerate(items):
            for g in it.stakeholder.groups:
                self.group_members.setdefault(g, []).append(i)
        self._relation_arrays()
        self._rebuild_buckets()
        self._refresh_layers()

    def _rebuild_buckets(self) -> None:
        """Pens and fills per relation and node (energy, width, kind, dimmed)."""
        dimmed = np.array([it.dimmed for it in (self.items_by_id[s] for s in self.ids)], dtype=bool)
        keys: dict[tuple[StakeholderKind, bool], int] = {}
        self.node_bucket = np.array([
            keys.setdefault((self.items_by_id[sid].stakeholder.kind, bool(dimmed[i])), len(keys))
            for i, sid in enumerate(self.ids)], dtype=np.int64)
        self.node_buckets = list(keys)
        self._edge_buckets(dimmed)

    def _edge_buckets(self, dimmed: np.ndarray | None = None) -> None:
        """The pen of every relation (energy, history length, faded)."""
        if dimmed is None:
            dimmed = np.array([self.items_by_id[s].dimmed for s in self.ids], dtype=bool)
        n = len(self.rel_ids)
        energy, count = np.full(n, -1, dtype=np.int64), np.zeros(n, dtype=np.int64)
        for rid, (e, c) in self.energy.items():
            i = self.rel_index.get(rid)
            if i is not None:
                energy[i], count[i] = -1 if e is None else e, c
        faded = (dimmed[self.rel_a] | dimmed[self.rel_b]) if n else np.zeros(0, dtype=bool)
        counts, count_of = np.unique(count, return_inverse=True)
        widths, width_of = np.unique(np.array([style.relation_width(int(c)) for c in counts])[count_of.reshape(-1)],
                                     return_inverse=True)
        # one pen per (energy, width, faded), numbered in order of first use
        code = (energy + 1) * 2 * len(widths) + width_of.reshape(-1) * 2 + faded
        codes, first, bucket = np.unique(code, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        self.rel_bucket = rank[bucket.reshape(-1)].astype(np.int64)
        self.edge_buckets = []
        for c in codes[order].tolist():
            e, rest = divmod(c, 2 * len(widths))
            self.edge_buckets.append((None if e == 0 else e - 1, float(widths[rest // 2]), bool(rest % 2)))
        for layer in (self.edge_layer, self.live_layer, self.overview_layer):
            layer.invalidate()

    def _refresh_layers(self, groups: Iterable[str] | None = None) -> None:
        """Positions changed: new bounds, fresh caches, label room, regions (of *groups*)."""
        rect = self._nodes_rect()
        for layer in (self.edge_layer, self.live_layer, self.overview_layer):
            layer.set_bounds(rect)
            layer.invalidate()
        self._room_valid = False
        self._refresh_regions(groups)

    _room_valid = False

    def _nodes_rect(self) -> QRectF:
        """Every node with room around it (the cached layers' bounds)."""
        if not len(self.pos):
            return QRectF()
        lo, hi = self.pos.min(axis=0), self.pos.max(axis=0)
        pad = style.NODE_RADIUS * 2 + 10
        return QRectF(lo[0] - pad, lo[1] - pad, hi[0] - lo[0] + 2 * pad, hi[1] - lo[1] + 2 * pad)

    def _changed_areas(self, nodes: Iterable[int] = (), relations: Iterable[int] = (),
                       segments: Sequence[tuple[np.ndarray, np.ndarray]] = (),
                       points: np.ndarray | None = None) -> list[QRectF]:
        """Where these nodes (with their names), relations, other segments (a, b arrays: where
        moved lines were) and points (where moved nodes were) are drawn, as small rectangles: a long line is covered by
        pieces of about PIECE_PX on screen, so that an edit redraws a thin band around it
        rather than the box around it (the squares of a grid these pieces pass through)."""
        nodes = np.fromiter(nodes, dtype=np.int64)
        relations = np.fromiter(relations, dtype=np.int64)
        pad = style.LABEL_WIDTH
        centres = self.pos[nodes] if points is None else np.concatenate([self.pos[nodes], points])
        rects = [QRectF(x - pad, y - pad, 2 * pad, 2 * pad) for x, y in centres.tolist()]
        ends = [(self.pos[self.rel_a[relations]], self.pos[self.rel_b[relations]]), *segments]
        a = np.concatenate([e[0] for e in ends]).reshape(-1, 2)
        b = np.concatenate([e[1] for e in ends]).reshape(-1, 2)
        if len(a):
            # pieces of each line, as the cells (squares of a piece's length) they pass through
            cell = max(PIECE_PX / max(self.view_scale, 1e-9), 2 * LINE_PAD)
            counts = np.maximum(np.ceil(np.hypot(*(b - a).T) / cell), 1).astype(np.int64)
            if counts.sum() > 4 * MAX_CELLS:  # (a hub moved) surely too many: skip finding them
                return [self._box(rects), _around(a, b)]
            seg = np.repeat(np.arange(len(a)), counts)
            k = np.arange(len(seg)) - np.repeat(np.cumsum(counts) - counts, counts)
            t0, t1 = (k / counts[seg])[:, None], ((k + 1) / counts[seg])[:, None]
            p, q = a[seg] + (b - a)[seg] * t0, a[seg] + (b - a)[seg] * t1
            first = np.floor((np.minimum(p, q) - LINE_PAD) / cell).astype(np.int64)
            last = np.floor((np.maximum(p, q) + LINE_PAD) / cell).astype(np.int64)
            cells = [first + (di, dj) for di in range(3) for dj in range(3)]
            cells = np.concatenate([c[((c <= last).all(axis=1))] for c in cells])
            cells = distinct_rows(cells)
            if len(cells) > MAX_CELLS:  # one box around them all
                return [self._box(rects), _around(a, b)]
            rects += [QRectF(i * cell, j * cell, cell, cell) for i, j in cells.tolist()]
        return rects

    @staticmethod
    def _box(rects: Sequence[QRectF]) -> QRectF:
        whole = QRectF()
        for r in rects:
            whole = whole.united(r)
        return whole

    def _redraw(self, rects: Sequence[QRectF]) -> None:
        """What the cached layers draw in these areas changed: only that is drawn again."""
        rects = [r for r in rects if not r.isEmpty()]
        if not rects:
            return
        self._fit_bounds()
        for layer in (self.edge_layer, self.overview_layer):
            layer.changed(rects)
        self.live_layer.update(self._box(rects))

    def _fit_bounds(self) -> None:
        """The cached layers' bounds follow the nodes (a node moved beyond them)."""
        rect = self._nodes_rect()
        for layer in (self.edge_layer, self.live_layer, self.overview_layer):
            if not layer.boundingRect().contains(rect):
                layer.set_bounds(rect.united(layer.boundingRect()) if not layer.boundingRect().isEmpty() else rect)

    def _refresh_room(self) -> None:
        """How wide each node's label may be (scene units) without running into another.

        A label (centred under its node) collides with labels of nodes at about the same
        height, and with nodes just below it.
        """
        n = len(self.pos)
        room = np.full(n, 1e6)
        for start in range(0, n, 512):
            block = self.pos[start:start + 512]
            dx = np.abs(self.pos[None, :, 0] - block[:, None, 0])
            dy = self.pos[None, :, 1] - block[:, None, 1]
            same_row = np.where(np.abs(dy) < 30, dx, np.inf)
            below = np.where((dy >= 30) & (dy < 56), 2 * dx, np.inf)
            limit = np.minimum(same_row, below)
            limit[np.arange(len(block)), np.arange(start, start + len(block))] = np.inf
            room[start:start + 512] = np.minimum(limit.min(axis=1), 1e6)
        self.room = room

    def label_room(self, stakeholder_id: str) -> float:
        """Horizontal room (scene units) for a node's label (computed when first needed)."""
        if not self._room_valid:
            self._refresh_room()
            self._room_valid = True
        i = self.index.get(stakeholder_id)
        return float(self.room[i]) if i is not None and i < len(self.room) else style.LABEL_MAX_PX

    def _refresh_regions(self, groups: Iterable[str] | None = None) -> None:
        reshaped = False
        for gid in (self.regions if groups is None else groups):
            region = self.regions.get(gid)
            if region is not None:
                members = self.group_members.get(gid, [])
                region.set_points(self.pos[members] if members else np.zeros((0, 2)))
                reshaped = True
        self._separate_region_labels(reshaped)

    #: The view's zoom (the connect handle keeps its size on screen by it).
    view_scale = 1.0
    #: Write every name whole, at its own size (an export), instead of fitting the room.
    full_names = False

    def set_view_scale(self, scale: float) -> None:
        """The view zoomed: region names keep a readable size, and apart."""
        self.view_scale = scale
        grow = min(3.0, max(1.0, 0.9 / max(scale, 1e-3)))
        if grow != self.label_grow:
            self.label_grow = grow
            self._separate_region_labels()

    label_grow = 1.0

    def _separate_region_labels(self, reshaped: bool = True) -> None:
        """Put each region's name where it covers no node or name and no other region's
        name (of the spots ``Region.label_spots`` offers, the least covering one); lift
        it further when every spot is taken. The regions are drawn again when a name moved
        or (*reshaped*) a region changed."""
        before = [(region.label_at, region.grow) for region in self.regions.values()]
        r = style.NODE_RADIUS
        # every node with the name under it, as (left, top, right, bottom) rows
        bodies = np.column_stack([self.pos[:, 0] - style.LABEL_WIDTH / 2, self.pos[:, 1] - r,
                                  self.pos[:, 0] + style.LABEL_WIDTH / 2, self.pos[:, 1] + r + 22]) \
            if len(self.pos) else np.zeros((0, 4))
        placed: list[QRectF] = []
        for region in self.regions.values():
            region.grow = self.label_grow
            if not region.isVisible():
                continue
            best: tuple[int, int, QRectF] | None = None
            for order, spot in enumerate(region.label_spots()):
                region.set_label_at(spot)
                rect = region.label_rect()
                covered = int(np.count_nonzero(
                    (bodies[:, 0] < rect.right()) & (bodies[:, 2] > rect.left())
                    & (bodies[:, 1] < rect.bottom()) & (bodies[:, 3] > rect.top())))
                covered += 100 * sum(rect.intersects(other) for other in placed)
                if best is None or (covered, order) < best[:2]:
                    best = (covered, order, rect)
                if covered == 0:
                    break
            assert best is not None
            rect = best[2]
            while any(rect.intersects(other) for other in placed):
                rect.translate(0, -rect.height())
            region.set_label_at(QPointF(rect.center().x(), rect.bottom()))
            placed.append(rect)
        if reshaped or before != [(region.label_at, region.grow) for region in self.regions.values()]:
            self.region_layer.refresh()

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        """Read everything from the Workspace (at start and after a reset)."""
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id, self.regions = {}, {}
        self.relations = {r.id: r for r in self.workspace.relations()}
        self.energy = self.workspace.relation_energy()
        people = self.workspace.stakeholders()
        placed = self._positions(people)
        for s in people:
            self._add_node(s, placed[s.id])
        for g in self.workspace.groups():
            self.regions[g.id] = Region(g)
        self._apply_filter_flags()
        self._rebuild_arrays()
        self._sync_overview_flags()

    def _positions(self, people: Sequence[Stakeholder]) -> dict[str, QPointF]:
        """Where to draw each stakeholder; unplaced ones (e.g. imported) get a spot."""
        coords = np.array([[np.nan if s.x is None else s.x, np.nan if s.y is None else s.y]
                           for s in people], dtype=float).reshape(-1, 2)
        missing = np.isnan(coords).any(axis=1)
        if missing.any():
            from workbench.layout import place_unplaced

            index = {s.id: i for i, s in enumerate(people)}
            edges = np.array([[index[r.a], index[r.b]] for r in self.relations.values()
                              if r.a in index and r.b in index], dtype=np.int64).reshape(-1, 2)
            coords[missing] = np.nan
            coords = place_unplaced(coords, edges)
        return {s.id: QPointF(float(coords[i, 0]), float(coords[i, 1])) for i, s in enumerate(people)}

    def _add_node(self, s: Stakeholder, at: QPointF) -> NodeItem:
        item = NodeItem(s)
        item.setPos(at)
        item.flagged = self.show_radar and s.id in self.radar_ids
        self.items_by_id[s.id] = item
        self.addItem(item)
        return item

    # ------------------------------------------------------------------ following the model
    def _on_changed(self, change: Change) -> None:
        if change.reset:
            self.load()
            return
        if not change.touches("stakeholders", "relations", "readings", "groups"):
            return
        structural = False  # nodes came or went: every array is rebuilt
        restyled: set[str] = set()  # nodes whose look (kind, dimmed) may have changed
        moved: list[str] = []
        regrouped: set[str] = set()
        for sid in change.removed.get("stakeholders", ()):
            item = self.items_by_id.pop(sid, None)
            if item is not None:
                self.removeItem(item)
                structural = True
        fields = change.fields.get("stakeholders", {})
        values = change.values.get("stakeholders", {})
        to_read = list(change.added.get("stakeholders", ()))
        for sid in change.updated.get("stakeholders", ()):
            item = self.items_by_id.get(sid)
            if item is None:
                continue
            named = fields.get(sid, frozenset())
            if named & {"x", "y"}:  # a move: the change carries the new position
                row = values.get(sid, {})
                x, y = row.get("x", item.stakeholder.x), row.get("y", item.stakeholder.y)
                item.stakeholder = replace(item.stakeholder, x=x, y=y)
                # no position any more (an undone first placement): it stays where it is shown
                at = item.pos() if x is None or y is None else QPointF(x, y)
                if item.pos() != at:
                    item.setPos(at)
                moved.append(sid)
            if named - {"x", "y"}:
                to_read.append(sid)
        for s in self.workspace.stakeholders(to_read) if to_read else ():
            item = self.items_by_id.get(s.id)
            if item is None:
                self._add_node(s, QPointF(s.x if s.x is not None else 0.0, s.y if s.y is not None else 0.0))
                structural = True
                continue
            old = item.stakeholder
            item.update_from(s)  # its own shape, outline and name
            named = fields.get(s.id, frozenset())
            if named & LOOK or (self.filter.active() and named & FILTERED):
                restyled.add(s.id)  # its dot far zoomed out, or dimmed lines
            if old.groups != s.groups:
                regrouped.add(s.id)
        if change.touches("groups"):
            groups = {g.id: g for g in self.workspace.groups()}
            for gid in list(self.regions):
                if gid not in groups:
                    del self.regions[gid]
            for gid, g in groups.items():
                if gid in self.regions:
                    self.regions[gid].set_group(g)
                else:
                    self.regions[g.id] = Region(g)
        gone: list[str] = []  # relations removed: taken out of the arrays
        appended: list[Relation] = []  # only new ones: appended to the arrays
        if change.touches("relations"):
            for rid in change.removed.get("relations", ()):
                if self.relations.pop(rid, None) is not None:
                    gone.append(rid)
            fresh = list(change.added.get("relations", frozenset()) | change.updated.get("relations", frozenset()))
            for r in self.workspace.relations(fresh) if fresh else ():
                if r.id not in self.relations:
                    appended.append(r)
                self.relations[r.id] = r
            self.selected_relations = [r for r in self.selected_relations if r in self.relations]
        recolour = self._energy_changed(change)
        if structural:
            self._apply_filter_flags()
            self._rebuild_arrays()
        else:
            if gone:
                self._remove_relations(gone)
            if appended:
                self._append_relations(appended)
            if regrouped:
                self._regroup(regrouped)
            if restyled:
                self._restyle(restyled)
            if recolour:
                self._recolour([self.rel_index[r] for r in recolour if r in self.rel_index])
            if moved:
                self._positions_changed(moved)
            elif regrouped or change.touches("groups"):
                self._refresh_regions(None if change.touches("groups") else
                                      {g for sid in regrouped for g in self._groups_of(sid)})
        if structural:
            self._sync_overview_flags()
        self.selection.forget(change.removed.get("stakeholders", ()), change.removed.get("relations", ()))

    def _energy_changed(self, change: Change) -> set[str]:
        """Re-read the latest energy of the relations whose readings changed; their ids."""
        readings = change.values.get("readings", {})
        rids = {row["relation_id"] for row in readings.values() if "relation_id" in row}
        rids |= change.added.get("relations", frozenset())
        if not rids:
            return set()
        fresh = self.workspace.relation_energy(sorted(rids))
        for rid in rids:
            if rid in fresh:
                self.energy[rid] = fresh[rid]
            else:
                self.energy.pop(rid, None)
        return rids

    def _groups_of(self, sid: str) -> set[str]:
        return {g for g, members in self.group_members.items() if self.index.get(sid) in members}

    def _regroup(self, ids: Iterable[str]) -> None:
        """Group memberships of these nodes changed: update the member lists and regions."""
        touched: set[str] = set()
        for sid in ids:
            i = self.index[sid]
            now = set(self.items_by_id[sid].stakeholder.groups)
            for gid in self._groups_of(sid) - now:
                self.group_members[gid].remove(i)
                touched.add(gid)
            for gid in now - self._groups_of(sid):
                self.group_members.setdefault(gid, []).append(i)
                touched.add(gid)
        self._refresh_regions(touched)

    def _restyle(self, ids: Iterable[str]) -> None:
        """These nodes may look different (kind, filter): their buckets and their lines'."""
        if self.filter.active():
            for sid in ids:
                item = self.items_by_id[sid]
                item.set_dimmed(not self.filter.matches(item.stakeholder))
        idx = [self.index[sid] for sid in ids]
        keys = {k: n for n, k in enumerate(self.node_buckets)}
        for i in idx:
            item = self.items_by_id[self.ids[i]]
            key = (item.stakeholder.kind, bool(item.dimmed))
            if key not in keys:
                keys[key] = len(self.node_buckets)
                self.node_buckets.append(key)
            self.node_bucket[i] = keys[key]
        rels = distinct(np.concatenate([self.node_relations[i] for i in idx])) if idx else EMPTY_INT
        self._redraw(self._changed_areas(idx))  # their dots
        self._recolour(rels.tolist())

    def _recolour(self, indices: Sequence[int]) -> None:
        """These relations' energy or ends changed: their pens, and a repaint."""
        if not len(indices):
            return
        keys = {k: n for n, k in enumerate(self.edge_buckets)}
        for i in indices:
            energy, count = self.energy.get(self.rel_ids[i], (None, 0))
            a, b = self.items_by_id[self.ids[self.rel_a[i]]], self.items_by_id[self.ids[self.rel_b[i]]]
            key = (energy, style.relation_width(count), bool(a.dimmed or b.dimmed))
            if key not in keys:
                keys[key] = len(self.edge_buckets)
                self.edge_buckets.append(key)
            self.rel_bucket[i] = keys[key]
        self._redraw(self._changed_areas(relations=indices))

    def _append_relations(self, relations: Sequence[Relation]) -> None:
        """New relations (e.g. one connect): added to the arrays, only their lines drawn."""
        shown = [r for r in relations if r.a in self.index and r.b in self.index]
        start = len(self.rel_ids)
        for k, r in enumerate(shown):
            self.rel_ids.append(r.id)
            self.rel_index[r.id] = start + k
        a = np.array([self.index[r.a] for r in shown], dtype=np.int64)
        b = np.array([self.index[r.b] for r in shown], dtype=np.int64)
        self.rel_a, self.rel_b = np.concatenate([self.rel_a, a]), np.concatenate([self.rel_b, b])
        self.live_relations = np.concatenate([self.live_relations, np.zeros(len(shown), dtype=bool)])
        self.rel_bucket = np.concatenate([self.rel_bucket, np.zeros(len(shown), dtype=np.int64)])
        for k in range(len(shown)):
            for end in (a[k], b[k]):
                self.node_relations[end] = np.append(self.node_relations[end], start + k)
        self._recolour(list(range(start, start + len(shown))))

    def _remove_relations(self, gone: Sequence[str]) -> None:
        """Relations went (already out of ``relations``): out of the arrays, their lines erased.
        The others keep their pens and drawing order."""
        idx = [self.rel_index[rid] for rid in gone if rid in self.rel_index]
        areas = self._changed_areas(relations=idx)
        keep = np.ones(len(self.rel_ids), dtype=bool)
        keep[idx] = False
        buckets = self.rel_bucket[keep]
        self._relation_arrays()  # in the same order, without them
        self.rel_bucket = buckets
        self._redraw(areas)

    def _relation_arrays(self) -> None:
        relations = [r for r in self.relations.values() if r.a in self.index and r.b in self.index]
        self.rel_ids = [r.id for r in relations]
        self.rel_index = {rid: i for i, rid in enumerate(self.rel_ids)}
        self.rel_a = np.array([self.index[r.a] for r in relations], dtype=np.int64)
        self.rel_b = np.array([self.index[r.b] for r in relations], dtype=np.int64)
        self.live_relations = np.zeros(len(relations), dtype=bool)
        order = np.concatenate([self.rel_a, self.rel_b])
        rel_of = np.concatenate([np.arange(len(relations))] * 2)
        sort = np.argsort(order, kind="stable")
        bounds = np.searchsorted(order[sort], np.arange(len(self.ids) + 1))
        self.node_relations = [rel_of[sort[bounds[i]:bounds[i + 1]]] for i in range(len(self.ids))]

    def _positions_changed(self, ids: Sequence[str]) -> None:
        """Some nodes moved (an edit, undo or redo): redraw only around them, their lines
        and their regions."""
        moves: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}  # per group, its members' moves
        idx = [self.index[sid] for sid in ids]
        old = self.pos[idx].copy()
        rels = distinct(np.concatenate([self.node_relations[i] for i in idx])) if idx else EMPTY_INT
        old_lines = (self.pos[self.rel_a[rels]], self.pos[self.rel_b[rels]])
        for k, (sid, i) in enumerate(zip(ids, idx)):
            item = self.items_by_id[sid]
            p = item.pos()
            self.pos[i] = (p.x(), p.y())
            for gid in item.stakeholder.groups:
                moves.setdefault(gid, []).append((old[k], self.pos[i]))
        # where the nodes and their lines were, and where they are now
        self._redraw(self._changed_areas(idx, rels, [old_lines], old))
        self._room_valid = False
        # a region changes only when a corner of its hull moved or a member left the hull
        self._refresh_regions([gid for gid, moved in moves.items()
                               if gid not in self.regions or self.regions[gid].moves_reshape(moved)])

    # ------------------------------------------------------------------ moving
    def nodes_dragged(self, items: Sequence[NodeItem]) -> None:
        """The mouse moved these nodes (one drag step)."""
        for item in items:
            self.node_moved(item)

    def node_moved(self, item: NodeItem) -> None:
        """One drag step of *item*: repaint only around its relations, refresh its regions."""
        i = self.index.get(item.id)
        if i is None:
            return
        old = self.pos[i].copy()
        p = item.pos()
        if (old[0], old[1]) == (p.x(), p.y()):
            return
        self.pos[i] = (p.x(), p.y())
        if self.controller is not None:
            self.controller.moved()
        rels = self.node_relations[i]
        ends = np.concatenate([self.pos[self.rel_a[rels]], self.pos[self.rel_b[rels]], [old, self.pos[i]]])
        lo, hi = ends.min(axis=0) - 8, ends.max(axis=0) + 8
        self.live_layer.update(QRectF(lo[0], lo[1], hi[0] - lo[0], hi[1] - lo[1]))
        changed = False
        for gid in item.stakeholder.groups:
            region = self.regions.get(gid)
            if region is not None:
                changed |= region.member_moved(old, self.pos[i],
                                               lambda g=gid: self.pos[self.group_members.get(g, [])])
        if changed:
            self._separate_region_labels()
        if not self.edge_layer.boundingRect().contains(p):
            self._refresh_layers([])

    def start_live(self, ids: Sequence[str]) -> None:
        """Nodes start being dragged: leave them out of the cached layers."""
        idx = [self.index[s] for s in ids if s in self.index]
        self.live_nodes[:] = False
        self.live_nodes[idx] = True
        self.live_relations = self.live_nodes[self.rel_a] | self.live_nodes[self.rel_b]
        for sid in ids:
            item = self.items_by_id.get(sid)
            if item is not None:
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
        self._redraw(self._changed_areas(idx, np.flatnonzero(self.live_relations)))

    def end_live(self) -> None:
        """The drag is over."""
        nodes = np.flatnonzero(self.live_nodes)
        groups = {g for i in nodes for g in self.items_by_id[self.ids[i]].stakeholder.groups}
        area = self._changed_areas(nodes, np.flatnonzero(self.live_relations))
        self.live_nodes[:] = False
        self.live_relations = np.zeros(len(self.rel_ids), dtype=bool)
        self._sync_overview_flags([self.ids[i] for i in nodes])
        self._redraw(area)
        self._room_valid = False
        self._refresh_regions(groups)

    # ------------------------------------------------------------------ overview mode
    def set_overview(self, on: bool) -> None:
        """Switch between drawing nodes one by one and the batched overview."""
        if on != self.overview:
            self.overview = on
            self._sync_overview_flags()
            for layer in (self.edge_layer, self.live_layer, self.overview_layer):
                layer.invalidate()

    def _sync_overview_flags(self, ids: Sequence[str] | None = None) -> None:
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for sid in self.ids if ids is None else ids:
            i = self.index[sid]
            item = self.items_by_id[sid]
            live = bool(self.live_nodes[i]) if i < len(self.live_nodes) else False
            want = self.overview and not live
            if bool(item.flags() & flag) != want:
                item.setFlag(flag, want)

    # ------------------------------------------------------------------ filters
    #: Who the radar flags now (ids), and whether their halos are shown.
    radar_ids: frozenset[str] = frozenset()
    show_radar = True

    def set_radar(self, ids: Iterable[str] | None = None, shown: bool | None = None) -> None:
        """The stakeholders the radar flags now (*ids*), and/or whether the map shows it
        (*shown*): a halo around each, drawn by the nodes themselves (not far zoomed out)."""
        if ids is not None:
            self.radar_ids = frozenset(ids)
        if shown is not None:
            self.show_radar = shown
        for sid, item in self.items_by_id.items():
            item.set_flagged(self.show_radar and sid in self.radar_ids)

    def _on_filter(self) -> None:
        self.set_filter(self.selection.filter)

    def set_filter(self, f: ViewFilter) -> None:
        """Dim what does not match *f*."""
        self.filter = f
        self._apply_filter_flags()
        self._rebuild_buckets()

    def _apply_filter_flags(self) -> None:
        on = self.filter.active()
        for item in self.items_by_id.values():
            item.set_dimmed(on and not self.filter.matches(item.stakeholder))

    def matching_ids(self) -> list[str]:
        """Stakeholders the current filter keeps bright."""
        return [sid for sid, it in self.items_by_id.items() if not it.dimmed]

    # ------------------------------------------------------------------ selection
    def selected_nodes(self) -> list[NodeItem]:
        return [it for it in self.selectedItems() if isinstance(it, NodeItem)]

    def selected_node_mask(self) -> np.ndarray:
        mask = np.zeros(len(self.ids), dtype=bool)
        for it in self.selected_nodes():
            i = self.index.get(it.id)
            if i is not None:
                mask[i] = True
        return mask

    def selected_relation_indices(self) -> np.ndarray:
        return np.array([self.rel_index[r] for r in self.selected_relations if r in self.rel_index],
                        dtype=np.int64)

    def select_relations(self, ids: Sequence[str], add: bool = False) -> None:
        """Select relations (and, unless *add*, nothing else)."""
        self._following_selection = True
        if not add:
            self.clearSelection()
        self._following_selection = False
        self.selected_relations = list(dict.fromkeys((self.selected_relations if add else []) + list(ids)))
        self.live_layer.update()
        self._push_selection()

    def _push_selection(self) -> None:
        if self._following_selection:
            return
        self.overview_layer.invalidate()
        self.selection.select([it.id for it in self.selected_nodes()], self.selected_relations, initiator=self)

    def _on_selection(self, initiator: object | None) -> None:
        if initiator is self:
            return
        self._following_selection = True
        try:
            wanted = set(self.selection.stakeholders)
            for sid, item in self.items_by_id.items():
                item.setSelected(sid in wanted)
            self.selected_relations = [r for r in self.selection.relations if r in self.rel_index]
        finally:
            self._following_selection = False
        self.live_layer.update()
        self.overview_layer.invalidate()

    # ------------------------------------------------------------------ hit testing
    def node_at(self, at: QPointF) -> NodeItem | None:
        """The node under a scene point."""
        for item in self.items(at, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, NodeItem):
                return item
        return None

    def relation_at(self, at: QPointF, tolerance: float) -> str | None:
        """The relation line nearest to *at*, within *tolerance* (scene units)."""
        if not len(self.rel_ids):
            return None
        d = point_segment_distances(at, self.pos[self.rel_a], self.pos[self.rel_b])
        best = int(np.argmin(d))
        return self.rel_ids[best] if d[best] <= tolerance else None

    def tolerance(self, event: QGraphicsSceneMouseEvent) -> float:
        """How near (scene units) a click must be to a line to hit it: 6 px on screen."""
        view = event.widget().parent() if event.widget() is not None else None
        scale = view.transform().m11() if view is not None and hasattr(view, "transform") else 1.0
        return 6.0 / max(scale, 1e-3)

    # ------------------------------------------------------------------ events, for the controller
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.controller is not None and self.controller.mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.controller is not None and self.controller.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.controller is not None and self.controller.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.controller is not None and self.controller.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        if self.controller is not None:
            self.controller.context_menu(event)
        event.accept()


def _around(a: np.ndarray, b: np.ndarray) -> QRectF:
    """The box around the lines a[i]–b[i] and LINE_PAD beyond (where they are drawn)."""
    lo, hi = np.minimum(a.min(axis=0), b.min(axis=0)), np.maximum(a.max(axis=0), b.max(axis=0))
    return QRectF(lo[0] - LINE_PAD, lo[1] - LINE_PAD, *(hi - lo + 2 * LINE_PAD))
