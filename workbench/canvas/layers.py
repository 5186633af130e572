"""Batched layers: all relation lines, and all nodes when zoomed far out, in a few calls.

A layer reads the scene's numpy arrays (node positions, relation ends, buckets of
equal pen) and draws each bucket as one QPainterPath. Nodes being dragged ("live") are
left out of the cached layers and drawn fresh by the live edge layer, so a drag step
never rebuilds a cache.

The cached layers (the static edges, the overview dots, the regions) keep their picture
as square tiles of device pixels (512 px; 1024 for the regions), per zoom: a *tile set*
is keyed by the view's scale and its sub-pixel offset, so panning by whole pixels reuses
the tiles and a repaint is a copy of the tiles in sight. A tile is drawn in steps (a pen's
lines or a part of them, a region, the dots), at once or a few at a time in the
background: the same picture either way (see ``_Tile``). When tiles are missing:

- after a content change everywhere (``invalidate()``, ``RegionLayer.refresh()``) every
  tile is dropped and the tiles in sight are redrawn by the next paint;
- after a change in a few places (``changed(rects)``, or ``update(rect)`` as with Qt's item
  cache: an edit, a drag starting, the selection) the tiles of the zoom in use are *patched*
  by the next paint that shows them: only what reaches into the changed areas is drawn
  again, and copied into the tile there (a patched tile equals one drawn afresh, to the
  pixel; tests check it). A tile changed over much of its area is drawn
  again whole; the other zoom levels drop the tiles concerned. Nothing stale is ever shown
  after an edit, and an edit costs a frame, not a tile;
- after a zoom *step* (wheel, pinch, +/-: the view wraps it in ``view_change(scene,
  gradual=True)``), the first paint shows the tiles of other zoom levels scaled (blurry
  for a moment) and the new tiles are built on a zero timer in slices of ``SLICE_MS``,
  those in sight first, from the centre out, then a ring around the view for panning;
  each finished tile is repainted;
- otherwise (opening, a zoom jump such as fit or 1:1, panning onto tiles not built yet)
  the tiles in sight are built at once.

A few zoom levels are kept (``levels``), so zooming back is immediate. Painting for an
export (no widget) draws directly, without tiles.
"""

from __future__ import annotations

import math
import time
import weakref
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workbench.canvas import style
from workbench.canvas.arrays import distinct
from workbench.canvas.paths import segments_path, squares_path

if TYPE_CHECKING:
    from workbench.canvas.scene import MapScene

#: Above this share of the layer exposed, draw the cached whole instead of culling (direct drawing).
WHOLE = 0.5
#: Use the tile caches (tests switch them off to compare with direct drawing).
TILES = True
#: Side of a tile in device-independent pixels (each layer has its own: tile_size).
TILE = 512
#: Time for one slice of background rebuilding (ms); at least one step is run per slice.
SLICE_MS = 6.0
#: Thin lines zoomed out are drawn in steps of about this many pixels of line (~ a few ms).
CHUNK_PX = 25_000.0
#: Tile sets (zoom levels) kept per layer, the current one included; the last one completed is
#: always among them (in a fast wheel spin the levels in between may have no tile yet).
MAX_SETS = 3
#: A zoom level stands in for another (scaled) only up to this factor apart.
MAX_STALE_SCALE = 8.0
#: Rings of tiles built around the view (in the background) for panning (each layer: ring).
RING = 1
#: Sub-pixel offsets are taken in steps of 1/SUBPIXEL px: exact binary fractions, the same after
#: any pan by whole pixels (Qt's stroker of wide lines draws differently for a shift of 1e-13 px,
#: and 1/256 px moves some pixels of thin lines).
SUBPIXEL = 1 << 20
#: Stale tiles are scaled smoothly (blurry rather than blocky; ~4 ms more per step at 5,000).
SMOOTH_STALE = True
#: The widest relation pen (scene units): a tile takes lines this near to its edge.
MAX_PEN = 6.0
#: A tile changed in more places than this, or over more than PATCH_SHARE of its area, is drawn
#: again whole instead of patched (``changed``).
MAX_PATCHES = 256
PATCH_SHARE = 0.6

Step = Callable[[QPainter], None]


def _faded(color: QColor, dimmed: bool) -> QColor:
    c = QColor(color)
    if dimmed:
        c.setAlpha(40)
    return c


def _over_background(color: QColor, alpha: int) -> QColor:
    """*color* at *alpha* (of 255) over the map's background, as one opaque colour."""
    back, share = style.BACKGROUND, alpha / 255.0
    return QColor(*(round(share * c + (1.0 - share) * k) for c, k in
                    ((color.red(), back.red()), (color.green(), back.green()), (color.blue(), back.blue()))))


class _Tile:
    """A tile being drawn: its steps, how many are done, and the image.

    Drawn at once a tile has a step per pen; in the background, its lines are cut into parts
    of about CHUNK_PX pixels. Both give the same image: Qt rasterises and blends the
    segments of a path one by one, in order (tests/canvas/test_zoom_cache.py checks it)."""

    __slots__ = ("steps", "done", "image")

    def __init__(self, steps: list[Step]) -> None:
        self.steps = steps
        self.done = 0
        self.image: QImage | None = None


class _TileSet:
    """The tiles of one layer at one zoom.

    Grid coordinates are scene × scale + (fx, fy) − (gx, gy): device pixels up to a whole-pixel
    shift that panning changes. Tile (i, j) covers the grid square [i·size, (i+1)·size) ×
    [j·size, (j+1)·size). (gx, gy) puts the view's corner on a tile corner when the set is
    made, so that the tiles in sight cover little more than the view.
    """

    def __init__(self, key: tuple, scale: float, fx: float, fy: float, gx: int, gy: int, size: int,
                 dpr: float, gradual: bool) -> None:
        self.key = key
        self.scale, self.fx, self.fy, self.dpr = scale, fx, fy, dpr
        self.gx, self.gy, self.size = gx, gy, size
        self.fresh = True  # False: the content changed with a zoom; kept only as a stale picture
        self.gradual = gradual  # missing tiles may be shown stale and built in the background
        self.tiles: dict[tuple[int, int], QImage | None] = {}  # None: nothing drawn there
        self.building: dict[tuple[int, int], _Tile] = {}
        self.dirty: dict[tuple[int, int], list[QRectF]] = {}  # areas to patch (grid coordinates)
        self.visible: list[tuple[int, int]] = []  # in sight, centre first
        self.ring: list[tuple[int, int]] = []
        self.used = 0  # when last painted
        self.completed = 0  # when last all tiles in sight were built (0: never)

    def scene_rect(self, tile: tuple[int, int]) -> QRectF:
        s, n = self.scale, self.size
        return QRectF((self.gx + tile[0] * n - self.fx) / s, (self.gy + tile[1] * n - self.fy) / s, n / s, n / s)

    def transform(self, tile: tuple[int, int] = (0, 0)) -> QTransform:
        """Scene → the tile's image (device-independent pixels); for (0, 0) scene → grid."""
        s, n = self.scale, self.size
        return QTransform(s, 0, 0, s, self.fx - self.gx - tile[0] * n, self.fy - self.gy - tile[1] * n)

    def rect(self, tile: tuple[int, int]) -> QRectF:
        """The tile in grid coordinates."""
        return QRectF(tile[0] * self.size, tile[1] * self.size, self.size, self.size)

    def tiles_in(self, rect: QRectF) -> list[tuple[int, int]]:
        """The tiles meeting *rect* (grid coordinates)."""
        if rect.isEmpty():
            return []
        n = self.size
        i0, i1 = math.floor(rect.left() / n), math.ceil(rect.right() / n)
        j0, j1 = math.floor(rect.top() / n), math.ceil(rect.bottom() / n)
        return [(i, j) for j in range(j0, j1) for i in range(i0, i1)]

    def missing(self, tiles: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [t for t in tiles if t not in self.tiles]

    def trim(self, keep: set[tuple[int, int]]) -> None:
        """Forget tiles (and unfinished ones) outside *keep*."""
        for t in [t for t in self.tiles if t not in keep]:
            del self.tiles[t]
        for t in [t for t in self.building if t not in keep]:
            del self.building[t]
        for t in [t for t in self.dirty if t not in keep]:
            del self.dirty[t]

    def drop_dirty(self) -> None:
        """Forget the tiles still waiting for a patch (a set no longer in use is kept only as a
        stale picture, and that must not show what an edit changed)."""
        for t in self.dirty:
            self.tiles.pop(t, None)
        self.dirty.clear()


class _Layer(QGraphicsItem):
    """Common plumbing: no mouse, exposed-rect painting, bounds following the scene, and the
    tile caches of the cached layers (see the module's docstring)."""

    #: Side of this layer's tiles (device-independent pixels), the rings built around the view,
    #: and the zoom levels kept.
    tile_size = TILE
    ring = RING
    levels = MAX_SETS

    def __init__(self, scene: "MapScene", z: float, tiled: bool = False) -> None:
        super().__init__()
        self.map = scene
        self.tiled = tiled
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._bounds = QRectF()
        self._cache: dict[object, QPainterPath] | None = None  # whole paths, for direct drawing
        self._data: tuple | None = None  # arrays the tiles are drawn from
        self._sets: dict[tuple, _TileSet] = {}
        self._current: _TileSet | None = None
        # each zoom's grid, kept when its tiles go: redrawn after an edit, what did not change
        # comes out the same to the pixel (a line cut at other tile edges can differ a little)
        self._grids: dict[tuple, tuple[int, int]] = {}
        self._edited: list[QRectF] = []  # changed since the zoom changed: drawn at once, never stale
        self._soft = 0  # inside view_change(): a content change follows from the zoom
        self._gradual = False  # the next new zoom level may be shown stale first
        self._tick = 0
        if tiled:
            _LAYERS.add(self)

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def invalidate(self) -> None:
        """Drop the caches (positions or content changed) and repaint."""
        self._cache = None
        self._data = None
        if self._soft:
            self._stale_all()
        else:
            self._drop_all()
        QGraphicsItem.update(self)

    def update(self, *args: object) -> None:  # type: ignore[override]
        """Repaint; on a cached layer also "what is drawn there changed", as with Qt's item cache:
        the tiles there (all for no rectangle) are drawn again."""
        if self.tiled:
            if len(args) == 4:
                rect = QRectF(*args)  # type: ignore[arg-type]
            else:
                rect = QRectF(args[0]) if args else QRectF()  # type: ignore[arg-type]
            if rect.isEmpty():
                self.invalidate()
            else:
                self.changed([rect])
            return
        QGraphicsItem.update(self, *args)  # type: ignore[arg-type]

    def changed(self, rects: list[QRectF]) -> None:
        """What is drawn in these scene areas changed (and nothing else): they are drawn again
        (patched into the tiles in use; see the module's docstring) and repainted."""
        rects = [QRectF(r) for r in rects if not r.isEmpty()]
        if not rects:
            return
        if self.tiled:
            self._drop_areas(rects)
        whole = QRectF()
        for r in rects:
            whole = whole.united(r)
        QGraphicsItem.update(self, whole)

    def _whole(self, exposed: QRectF) -> bool:
        b = self._bounds
        area = max(b.width() * b.height(), 1.0)
        e = exposed.intersected(b)
        return e.width() * e.height() / area > WHOLE

    # ------------------------------------------------------------------ what a cached layer draws
    def _has_content(self) -> bool:
        """Anything to draw at all."""
        return True

    def _tile_steps(self, tiles: _TileSet, rect: QRectF, parts: bool,
                    within: list[QRectF] | None = None) -> list[Step]:
        """The steps that draw the scene area *rect* at *tiles*' zoom (scene coordinates); with
        *parts* in small steps for the background (the same picture: see _Tile). With *within*
        (parts of *rect*) the steps may leave out what cannot reach into them (a patch)."""
        raise NotImplementedError

    def _paint_direct(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        w = painter.worldTransform()
        plain = (w.m12() == 0 and w.m21() == 0 and w.m13() == 0 and w.m23() == 0 and w.m11() > 0
                 and abs(w.m22() - w.m11()) <= 1e-9 * w.m11())  # scaled and moved, not turned
        if not (self.tiled and TILES and widget is not None and plain):
            self._paint_direct(painter, option)  # exports, the live layer, rotated views
            return
        if self._has_content():
            self._paint_tiles(painter, option, widget, w)

    def _paint_tiles(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget,
                     w: QTransform) -> None:
        s = w.m11()
        qx, qy = round(w.dx() * SUBPIXEL), round(w.dy() * SUBPIXEL)
        ox, oy = qx // SUBPIXEL, qy // SUBPIXEL  # whole device pixels: where the grid's origin is
        dpr = painter.device().devicePixelRatioF()
        key = (round(math.log(s) * 1e9), qx % SUBPIXEL, qy % SUBPIXEL, dpr)
        size = widget.rect().size()
        n = self.tile_size
        # a new grid has the view in the middle of its tiles
        gx = -ox - (math.ceil(size.width() / n) * n - size.width()) // 2
        gy = -oy - (math.ceil(size.height() / n) * n - size.height()) // 2
        tiles = self._use_set(key, s, (qx % SUBPIXEL) / SUBPIXEL, (qy % SUBPIXEL) / SUBPIXEL, gx, gy, dpr)
        ox, oy = ox + tiles.gx, oy + tiles.gy  # grid → device: a whole-pixel shift
        grid = tiles.transform()
        bounds = grid.mapRect(self._bounds)
        view = QRectF(widget.rect()).translated(-ox, -oy)
        self._look_at(tiles, view, bounds)
        exposed = grid.mapRect(option.exposedRect).intersected(view).intersected(bounds)
        needed = tiles.tiles_in(exposed)
        later = []
        stale = tiles.gradual and self._stale_sets(tiles)
        for t in tiles.missing(needed):
            if stale and not self._was_edited(tiles, t):
                later.append(t)
            else:
                self._build(tiles, t)
        for t in needed:
            if t in tiles.dirty:
                self._patch(tiles, t)
        painter.save()
        painter.setWorldTransform(QTransform())
        for t in needed:
            image = tiles.tiles.get(t)
            if image is not None:
                painter.drawImage(tiles.rect(t).topLeft() + QPointF(ox, oy), image)
        if later:
            self._paint_stale(painter, tiles, later, s, w.dx(), w.dy(), ox, oy)
        painter.restore()
        self._settled(tiles)
        if self._work(tiles) is not None:
            _scheduler().want(self)

    def _use_set(self, key: tuple, s: float, fx: float, fy: float, gx: int, gy: int, dpr: float) -> _TileSet:
        """The tile set for this zoom (made if needed); forgets old ones beyond ``levels``."""
        tiles = self._sets.get(key)  # only fresh sets are under their key (see _stale_all)
        previous = self._current
        self._tick += 1
        if tiles is None:
            gx, gy = self._grids.setdefault(key, (gx, gy))
            if len(self._grids) > 4 * MAX_SETS:
                del self._grids[next(iter(self._grids))]
            tiles = _TileSet(key, s, fx, fy, gx, gy, self.tile_size, dpr, gradual=False)
            self._sets[key] = tiles
        tiles.used = self._tick
        if tiles is not previous:
            tiles.gradual = self._gradual  # a zoom step: show stale while building
            self._gradual = False
            self._edited = []
            if previous is not None:
                previous.drop_dirty()
                previous.trim(set(previous.visible))  # no ring for a set not in use
            self._current = tiles
            self._evict(tiles)
        return tiles

    def _evict(self, current: _TileSet) -> None:
        """Keep a few sets (``levels``): the current one, the last completed one, then the most
        recently used; those with no tile at all go first."""
        while len(self._sets) > self.levels:
            others = [o for o in self._sets.values() if o is not current]
            last_complete = max(others, key=lambda o: o.completed)
            candidates = [o for o in others if o is not last_complete or not o.completed] or others
            victim = min(candidates, key=lambda o: (bool(o.tiles), o.used))
            del self._sets[victim.key]

    def _look_at(self, tiles: _TileSet, view: QRectF, bounds: QRectF) -> None:
        """The view is at *view* (grid coordinates): tiles in sight and the ring; far ones go."""
        centre, n = view.center(), tiles.size
        visible = tiles.tiles_in(view.intersected(bounds))
        visible.sort(key=lambda t: abs((t[0] + 0.5) * n - centre.x()) + abs((t[1] + 0.5) * n - centre.y()))
        near = view.adjusted(-self.ring * n, -self.ring * n, self.ring * n, self.ring * n)
        seen = set(visible)
        tiles.visible = visible
        tiles.ring = [t for t in tiles.tiles_in(near.intersected(bounds)) if t not in seen]
        far = near.adjusted(-n, -n, n, n)
        tiles.trim(set(tiles.tiles_in(far)))

    def _stale_sets(self, tiles: _TileSet) -> list[_TileSet]:
        """Other zoom levels that can stand in for missing tiles, least scaled first."""
        others = [o for o in self._sets.values() if o is not tiles and o.tiles
                  and abs(math.log(o.scale / tiles.scale)) <= math.log(MAX_STALE_SCALE)]
        others.sort(key=lambda o: abs(math.log(o.scale / tiles.scale)))
        return others

    def _was_edited(self, tiles: _TileSet, tile: tuple[int, int]) -> bool:
        rect = tiles.scene_rect(tile)
        return any(rect.intersects(e) for e in self._edited)

    def _paint_stale(self, painter: QPainter, tiles: _TileSet, later: list[tuple[int, int]], s: float,
                     dx: float, dy: float, ox: int, oy: int) -> None:
        """Fill the missing tiles *later* from other zoom levels, scaled (device coordinates)."""
        remaining = QRegion()
        for t in later:
            remaining = remaining.united(tiles.rect(t).translated(ox, oy).toRect())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, SMOOTH_STALE)
        for old in self._stale_sets(tiles):
            if remaining.isEmpty():
                break
            k = s / old.scale
            # old grid → scene → device
            to_device = QTransform(k, 0, 0, k, dx + k * (old.gx - old.fx), dy + k * (old.gy - old.fy))
            area = to_device.inverted()[0].mapRect(QRectF(remaining.boundingRect()))
            for t in old.tiles_in(area):
                if t not in old.tiles:
                    continue
                target = to_device.mapRect(old.rect(t))
                image = old.tiles[t]
                if image is not None:
                    clip = remaining.intersected(target.toAlignedRect())
                    if not clip.isEmpty():
                        painter.save()
                        painter.setClipRegion(clip, Qt.ClipOperation.IntersectClip)
                        painter.setWorldTransform(to_device)
                        painter.drawImage(old.rect(t), image)
                        painter.restore()
                inner = QRect(math.ceil(target.left()), math.ceil(target.top()), 0, 0)
                inner.setRight(math.floor(target.right()) - 1)
                inner.setBottom(math.floor(target.bottom()) - 1)
                remaining = remaining.subtracted(QRegion(inner))

    # ------------------------------------------------------------------ building tiles
    def _build(self, tiles: _TileSet, tile: tuple[int, int], deadline: float | None = None) -> bool:
        """Draw *tile* (all of it, or until *deadline*); True when it is finished."""
        job = tiles.building.get(tile)
        if job is None:
            job = tiles.building[tile] = _Tile(self._tile_steps(tiles, tiles.scene_rect(tile), deadline is not None))
        if job.done < len(job.steps):
            if job.image is None:
                side = math.ceil(tiles.size * tiles.dpr)
                job.image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
                job.image.setDevicePixelRatio(tiles.dpr)
                job.image.fill(0)
            painter = QPainter(job.image)
            painter.setRenderHints(QPainter.RenderHint.TextAntialiasing)
            painter.setWorldTransform(tiles.transform(tile))
            try:
                while job.done < len(job.steps):
                    job.steps[job.done](painter)
                    job.done += 1
                    if deadline is not None and time.perf_counter() >= deadline:
                        break
            finally:
                painter.end()
        if job.done < len(job.steps):
            return False
        del tiles.building[tile]
        tiles.tiles[tile] = job.image
        return True

    def _thin(self, tiles: _TileSet) -> bool:
        """Whether this layer draws only thin (cosmetic) lines at *tiles*' zoom."""
        return False

    def _patch(self, tiles: _TileSet, tile: tuple[int, int]) -> None:
        """Draw the changed areas of a built tile again, the rest kept, the same to the pixel
        as drawing the tile afresh. Thin lines are drawn into the tile clipped to the areas (Qt
        rasterises them the same with a clip; only what reaches into the areas is drawn, so
        little). Anything else is drawn on a blank image as the tile is drawn (the same
        shapes, cut the same way, no clip: wide antialiased lines come out a little different
        when clipped) and copied into the tile there."""
        areas = tiles.dirty.pop(tile)
        image = tiles.tiles.get(tile)
        if image is None:
            return
        origin = tiles.rect(tile).topLeft()
        bounds = QRect(0, 0, tiles.size, tiles.size)
        clip = QRegion()
        for area in areas:
            clip = clip.united(area.translated(-origin).toAlignedRect().intersected(bounds))
        if clip.isEmpty():
            return
        to_tile = tiles.transform(tile)
        within = [to_tile.inverted()[0].mapRect(QRectF(r)) for r in clip]
        steps = self._tile_steps(tiles, tiles.scene_rect(tile), False, within)
        if self._thin(tiles):
            painter = QPainter(image)
            painter.setRenderHints(QPainter.RenderHint.TextAntialiasing)
            painter.setClipRegion(clip)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(clip.boundingRect(), Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setWorldTransform(to_tile)
            try:
                for step in steps:
                    step(painter)
            finally:
                painter.end()
            return
        scratch = QImage(image.size(), image.format())
        scratch.setDevicePixelRatio(image.devicePixelRatio())
        scratch.fill(0)
        painter = QPainter(scratch)
        painter.setRenderHints(QPainter.RenderHint.TextAntialiasing)
        painter.setWorldTransform(to_tile)
        try:
            for step in steps:
                step(painter)
        finally:
            painter.end()
        painter = QPainter(image)
        painter.setClipRegion(clip)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QPointF(0, 0), scratch)
        painter.end()

    def _work(self, tiles: _TileSet | None, ring: bool = True) -> tuple[int, int] | None:
        """The next tile to build in the background (in sight first, then the ring)."""
        if tiles is None or tiles is not self._current or not tiles.fresh:
            return None
        for t in tiles.building:
            if ring or t in tiles.visible:
                return t
        for t in tiles.visible:
            if t not in tiles.tiles:
                return t
        for t in tiles.ring if ring else ():
            if t not in tiles.tiles:
                return t
        return None

    def _settled(self, tiles: _TileSet) -> None:
        """Every tile in sight is built: the zoom step is over; stale pictures go."""
        if tiles.missing(tiles.visible):
            return
        tiles.completed = self._tick
        tiles.gradual = False
        for old in [o for o in self._sets.values() if not o.fresh]:
            del self._sets[old.key]

    def _background_step(self, deadline: float) -> QRectF | None:
        """Build on the next tile until *deadline*; the scene area of a tile finished, if one was."""
        tiles = self._current
        tile = self._work(tiles)
        if tiles is None or tile is None:
            return None
        finished = self._build(tiles, tile, deadline)
        self._settled(tiles)
        return tiles.scene_rect(tile) if finished else None

    def _pending(self, ring: bool = True) -> bool:
        return self._work(self._current, ring) is not None

    # ------------------------------------------------------------------ dropping tiles
    def _drop_all(self) -> None:
        self._sets.clear()
        self._current = None
        self._edited = []

    def _stale_all(self) -> None:
        """The content changed because the zoom did: keep the tiles only as stale pictures."""
        for tiles in self._sets.values():
            if tiles.fresh:
                tiles.fresh = False
                tiles.building.clear()
                tiles.drop_dirty()
                tiles.key = (*tiles.key, "stale", self._tick)  # no longer found by its zoom
                self._tick += 1
        self._sets = {tiles.key: tiles for tiles in self._sets.values()}
        self._current = None

    def _drop_areas(self, rects: list[QRectF]) -> None:
        """What is drawn in *rects* (scene) changed: no tile of any zoom may show it any more.
        The tiles of the zoom in use are patched when next shown (areas noted in ``dirty``);
        a tile changed over much of its area, an empty one and those of other zooms are
        dropped (drawn again whole when needed)."""
        self._cache = None
        self._data = None
        if self._soft:
            self._stale_all()
            return
        for tiles in self._sets.values():
            patching = tiles is self._current and tiles.fresh
            margin = 2.0 / tiles.scale
            grid = tiles.transform()
            for rect in rects:
                area = grid.mapRect(rect.adjusted(-margin, -margin, margin, margin))
                for t in tiles.tiles_in(area):
                    tiles.building.pop(t, None)
                    if patching and tiles.tiles.get(t) is not None:
                        tiles.dirty.setdefault(t, []).append(area.intersected(tiles.rect(t)))
                    else:
                        tiles.tiles.pop(t, None)
                        tiles.dirty.pop(t, None)
            for t, areas in list(tiles.dirty.items()):
                if len(areas) > MAX_PATCHES or _covered(areas) > PATCH_SHARE * tiles.size * tiles.size:
                    del tiles.dirty[t]
                    tiles.tiles.pop(t, None)
        self._edited.extend(QRectF(r) for r in rects)
        if len(self._edited) > 32:  # many small changes: one area holding them all
            whole = QRectF()
            for r in self._edited:
                whole = whole.united(r)
            self._edited = [whole]


class EdgeLayer(_Layer):
    """Relations as lines coloured by their latest energy, thicker with more history.

    Two instances: the static one draws every relation not being dragged and is cached
    in tiles (a repaint is then a copy); the live one draws the relations of nodes being
    dragged, and the selected relations, fresh every time.
    """

    def __init__(self, scene: "MapScene", live: bool = False) -> None:
        super().__init__(scene, -9 if live else -10, tiled=not live)
        self.live = live

    def _pen(self, bucket: int, cosmetic: bool) -> QPen:
        energy, width, dimmed = self.map.edge_buckets[bucket]
        # Solid pens (Qt dashes a whole line before clipping it) and flat caps (its stroker
        # is two orders of magnitude slower with round caps on long lines).
        if cosmetic:
            # Zoomed out, thin lines: lighter (as if 140 of 255 opaque, dimmed ones 40), but
            # opaque, mixed with the map's background. Qt draws a thin line with a see-through
            # pen pixel by pixel: 15,000 lines took 620 ms that way, opaque 35 ms.
            color = _over_background(style.ENERGY_COLORS[energy], 40 if dimmed else 140)
        else:
            color = _faded(style.ENERGY_COLORS[energy], dimmed)
        pen = QPen(color, 0 if cosmetic else width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _paths(self, mask: np.ndarray, a: np.ndarray | None = None,
               b: np.ndarray | None = None) -> dict[object, QPainterPath]:
        m = self.map
        if a is None or b is None:
            a, b = m.pos[m.rel_a], m.pos[m.rel_b]
        out: dict[object, QPainterPath] = {}
        buckets = m.rel_bucket
        for bucket in distinct(buckets[mask]):
            sel = mask & (buckets == bucket)
            out[int(bucket)] = segments_path(a[sel], b[sel])
        return out

    def _has_content(self) -> bool:
        return len(self.map.rel_a) > 0

    def _arrays(self) -> tuple[np.ndarray, ...]:
        """The static relations' ends, buckets and bounding boxes, in drawing order (by bucket)."""
        if self._data is None:
            m = self.map
            idx = np.flatnonzero(~m.live_relations)
            idx = idx[np.argsort(m.rel_bucket[idx], kind="stable")]
            a, b = m.pos[m.rel_a[idx]], m.pos[m.rel_b[idx]]
            self._data = (a, b, m.rel_bucket[idx], np.minimum(a, b), np.maximum(a, b))
        return self._data

    def _tile_lines(self, tiles: _TileSet, rect: QRectF) -> tuple[np.ndarray, ...]:
        """The lines of the tile *rect*, cut to it (with a margin), their buckets, and the margin."""
        a, b, bucket, lo, hi = self._arrays()
        s = tiles.scale
        margin = 3.0 / s + (0.0 if s < style.LABEL_MIN_SCALE else MAX_PEN)
        r = rect.adjusted(-margin, -margin, margin, margin)
        sel = np.flatnonzero((lo[:, 0] <= r.right()) & (hi[:, 0] >= r.left())
                             & (lo[:, 1] <= r.bottom()) & (hi[:, 1] >= r.top()))
        # Only the part of each line near the tile: Qt strokes a long line in full otherwise.
        ca, cb, keep = clip_segments(a[sel], b[sel], r)
        return ca[keep], cb[keep], bucket[sel][keep], np.float64(margin)

    def _tile_steps(self, tiles: _TileSet, rect: QRectF, parts: bool,
                    within: list[QRectF] | None = None) -> list[Step]:
        return self._line_steps(tiles, rect, self._tile_lines(tiles, rect), parts, within)

    def _thin(self, tiles: _TileSet) -> bool:
        return tiles.scale < style.LABEL_MIN_SCALE

    def _line_steps(self, tiles: _TileSet, rect: QRectF, lines: tuple[np.ndarray, ...], parts: bool,
                    within: list[QRectF] | None) -> list[Step]:
        ca, cb, kb, margin = lines
        s = tiles.scale
        cosmetic = s < style.LABEL_MIN_SCALE
        if within is not None:  # a patch: only the lines reaching into it (cut as for the tile) …
            keep = _meets(np.minimum(ca, cb), np.maximum(ca, cb), within, margin)
            if not self.map.overview or not cosmetic:
                ca, cb, kb = ca[keep], cb[keep], kb[keep]
            else:  # … and, drawn clipped without antialiasing, of each the line before it with
                # the same pen that reaches into the tile: Qt's stroker skips a line's first pixel
                # when the line before it ended there, so the same pixels need the same line before
                drawn = _meets(np.minimum(ca, cb), np.maximum(ca, cb), [rect], 0.0)
                before, kept = np.flatnonzero(drawn), np.flatnonzero(keep)
                j = np.searchsorted(before, kept) - 1
                prev = before[j[j >= 0]]
                keep[prev[kb[prev] == kb[kept[j >= 0]]]] = True
                ca, cb, kb = ca[keep], cb[keep], kb[keep]
        if not len(ca):
            return []
        cuts = set((np.flatnonzero(np.diff(kb)) + 1).tolist())  # one step per pen …
        if parts:  # … or parts of about CHUNK_PX pixels (see _Tile)
            widths = np.array([w for _e, w, _d in self.map.edge_buckets])[kb] * s
            pixels = np.cumsum((np.hypot(*(cb - ca).T) * s + 1.0) * np.maximum(widths if not cosmetic else 1.0, 1.0))
            cuts |= set(np.searchsorted(pixels, np.arange(CHUNK_PX, pixels[-1], CHUNK_PX)).tolist())
        ends = [0, *sorted(c for c in cuts if 0 < c < len(ca)), len(ca)]
        antialias = not self.map.overview
        return [partial(_stroke, self._pen(int(kb[lo_]), cosmetic), antialias, ca[lo_:hi_], cb[lo_:hi_])
                for lo_, hi_ in zip(ends, ends[1:])]

    def _paint_direct(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        m = self.map
        if len(m.rel_a) == 0:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        cosmetic = lod < style.LABEL_MIN_SCALE
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not m.overview)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the view does not reset painter state between items
        mine = m.live_relations if self.live else ~m.live_relations
        exposed = option.exposedRect
        if self.live and not mine.any():
            paths: dict[object, QPainterPath] = {}
        elif self._whole(exposed):
            if self.live:
                paths = self._paths(mine)  # few lines, drawn fresh every time
            else:
                if self._cache is None:
                    self._cache = self._paths(mine)
                paths = self._cache
        else:
            # Zoomed in: only the visible parts of the visible lines. Clipping matters:
            # Qt strokes a long line in full even when most of it is off screen.
            a, b, visible = clip_segments(m.pos[m.rel_a], m.pos[m.rel_b], exposed.adjusted(-8, -8, 8, 8))
            paths = self._paths(visible & mine, a, b)
        for bucket, path in paths.items():
            painter.setPen(self._pen(int(bucket), cosmetic))  # type: ignore[arg-type]
            painter.drawPath(path)
        selected = m.selected_relation_indices() if self.live else ()
        if len(selected):
            pen = QPen(style.SELECTION, 0 if cosmetic else 6)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawPath(segments_path(m.pos[m.rel_a[selected]], m.pos[m.rel_b[selected]]))


def _stroke(pen: QPen, antialias: bool, a: np.ndarray, b: np.ndarray, painter: QPainter) -> None:
    """One step of an edge tile: the lines a[i]–b[i] with one pen."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.drawPath(segments_path(a, b))


class OverviewLayer(_Layer):
    """All nodes as dots coloured by kind, drawn only in overview mode (cached)."""

    def __init__(self, scene: "MapScene") -> None:
        super().__init__(scene, 5, tiled=True)

    def _has_content(self) -> bool:
        return self.map.overview and len(self.map.ids) > 0

    def invalidate(self) -> None:
        """As for every layer; leaving overview mode also drops every tile, even on a zoom step,
        so that on entering it again the dots are drawn at once, never stood in for by old ones
        (the nodes stop painting themselves at once)."""
        if not self.map.overview:
            self._drop_all()
        super().invalidate()

    def _arrays(self) -> tuple[np.ndarray, ...]:
        """Positions and buckets of the dots in drawing order, and the selected ones."""
        if self._data is None:
            m = self.map
            shown = ~m.live_nodes
            idx = np.flatnonzero(shown)
            idx = idx[np.argsort(m.node_bucket[idx], kind="stable")]
            self._data = (m.pos[idx], m.node_bucket[idx], m.pos[m.selected_node_mask() & shown])
        return self._data

    def _tile_steps(self, tiles: _TileSet, rect: QRectF, parts: bool,
                    within: list[QRectF] | None = None) -> list[Step]:
        pos, bucket, selected = self._arrays()
        margin = style.NODE_RADIUS * 1.6 + 2.0 / tiles.scale
        r = rect.adjusted(-margin, -margin, margin, margin)

        def inside(p: np.ndarray) -> np.ndarray:
            return ((p[:, 0] >= r.left()) & (p[:, 0] <= r.right())
                    & (p[:, 1] >= r.top()) & (p[:, 1] <= r.bottom()))

        here = inside(pos)
        chosen = selected[inside(selected)]
        if within is not None:  # a patch: only the dots reaching into it
            here &= _meets(pos, pos, within, margin)
            chosen = chosen[_meets(chosen, chosen, within, margin)]
        if not here.any() and not len(chosen):
            return []
        return [partial(self._dots, pos[here], bucket[here], chosen)]

    def _dots(self, pos: np.ndarray, bucket: np.ndarray, selected: np.ndarray, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        if len(selected):
            painter.setBrush(QBrush(style.SELECTION))
            painter.drawPath(squares_path(selected, style.NODE_RADIUS * 1.6))
        for b in distinct(bucket):
            kind, dimmed = self.map.node_buckets[int(b)]
            painter.setBrush(QBrush(_faded(style.KIND_COLORS[kind][0].darker(115), dimmed)))
            painter.drawPath(squares_path(pos[bucket == b], style.NODE_RADIUS))

    def _paint_direct(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        m = self.map
        if not m.overview or len(m.ids) == 0:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._cache is None:
            shown = ~m.live_nodes
            cache: dict[object, QPainterPath] = {}
            for bucket in distinct(m.node_bucket[shown]):
                sel = shown & (m.node_bucket == bucket)
                cache[int(bucket)] = squares_path(m.pos[sel], style.NODE_RADIUS)
            selected = m.selected_node_mask() & shown
            if selected.any():
                cache["selected"] = squares_path(m.pos[selected], style.NODE_RADIUS * 1.6)
            self._cache = cache
        if "selected" in self._cache:
            painter.setBrush(QBrush(style.SELECTION))
            painter.drawPath(self._cache["selected"])
        for bucket, path in self._cache.items():
            if bucket == "selected":
                continue
            kind, dimmed = m.node_buckets[int(bucket)]  # type: ignore[call-overload]
            painter.setBrush(QBrush(_faded(style.KIND_COLORS[kind][0].darker(115), dimmed)))
            painter.drawPath(path)


def _covered(rects: list[QRectF]) -> int:
    """The area (whole pixels) that *rects* cover together."""
    region = QRegion()
    for r in rects:
        region = region.united(r.toAlignedRect())
    return sum(r.width() * r.height() for r in region)


def _meets(lo: np.ndarray, hi: np.ndarray, rects: list[QRectF], margin: float) -> np.ndarray:
    """Which boxes lo[i]–hi[i] ((n, 2) corners) come within *margin* of any of *rects*."""
    r = np.array([(q.left() - margin, q.top() - margin, q.right() + margin, q.bottom() + margin)
                  for q in rects]).reshape(-1, 4)
    return ((lo[:, None, 0] <= r[None, :, 2]) & (hi[:, None, 0] >= r[None, :, 0])
            & (lo[:, None, 1] <= r[None, :, 3]) & (hi[:, None, 1] >= r[None, :, 1])).any(axis=1)


def clip_segments(a: np.ndarray, b: np.ndarray, rect: QRectF) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Clip segments a[i]–b[i] to *rect* (Liang–Barsky, vectorised).

    Returns the clipped ends and a mask of the segments that touch the rectangle.
    """
    d = b - a
    t0 = np.zeros(len(a))
    t1 = np.ones(len(a))
    keep = np.ones(len(a), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-d[:, 0], a[:, 0] - rect.left()), (d[:, 0], rect.right() - a[:, 0]),
                     (-d[:, 1], a[:, 1] - rect.top()), (d[:, 1], rect.bottom() - a[:, 1])):
            parallel = p == 0
            keep &= ~(parallel & (q < 0))
            r = q / p
            entering = (p < 0) & ~parallel
            leaving = (p > 0) & ~parallel
            t0 = np.where(entering, np.maximum(t0, r), t0)
            t1 = np.where(leaving, np.minimum(t1, r), t1)
    keep &= t0 <= t1
    return a + d * t0[:, None], a + d * t1[:, None], keep


class RegionLayer(_Layer):
    """Every group's region behind the map, in one cached item (one copy per repaint).

    Big tiles: a region's outline is stroked in full for every tile it touches, and a few
    soft shapes are cheap to draw for a new tile when panning or zooming back (so no ring,
    and of other zoom levels only one, to stand in while a step is drawn)."""

    tile_size = 1024
    ring = 0
    levels = 2

    def __init__(self, scene: "MapScene") -> None:
        super().__init__(scene, -20, tiled=True)

    def refresh(self) -> None:
        """Regions changed: new bounds and a repaint."""
        rect = QRectF()
        for region in self.map.regions.values():
            if region.isVisible():
                rect = rect.united(region.bounds())
        self.set_bounds(rect)
        self.invalidate()

    def _has_content(self) -> bool:
        return bool(self.map.regions)

    def _tile_steps(self, tiles: _TileSet, rect: QRectF, parts: bool,
                    within: list[QRectF] | None = None) -> list[Step]:
        return [partial(_region, region, tiles.scale) for region in self.map.regions.values()
                if region.isVisible() and region.bounds().intersects(rect)]

    def _paint_direct(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = option.exposedRect
        for region in self.map.regions.values():
            if region.isVisible() and region.bounds().intersects(exposed):
                region.paint(painter, lod)


def _region(region: object, lod: float, painter: QPainter) -> None:
    """One step of a region tile: one region and its name."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    region.paint(painter, lod)  # type: ignore[attr-defined]


def point_segment_distances(p: QPointF, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from *p* to each segment a[i]–b[i]."""
    point = np.array([p.x(), p.y()])
    ab = b - a
    length2 = np.maximum((ab * ab).sum(axis=1), 1e-9)
    t = np.clip(((point - a) * ab).sum(axis=1) / length2, 0.0, 1.0)
    nearest = a + ab * t[:, None]
    return np.sqrt(((nearest - point) ** 2).sum(axis=1))


# ---------------------------------------------------------------------- zoom steps and the rebuild
_LAYERS: "weakref.WeakSet[_Layer]" = weakref.WeakSet()


@contextmanager
def view_change(scene: object, gradual: bool) -> Iterator[None]:
    """A view of *scene* changes its zoom; the map itself does not change.

    Inside, the cached layers take ``invalidate()`` and ``refresh()`` as consequences of the
    zoom (overview on or off, region names resized): their tiles stay usable as a stale
    picture instead of being dropped. With *gradual* (one step: wheel, pinch, +/-) the next
    paint at the new zoom shows the other zoom levels scaled while the new tiles are built in
    the background; without (fit, 1:1, a search) the tiles in sight are built at once.
    """
    layers = [layer for layer in list(_LAYERS) if layer.map is scene and shiboken6.isValid(layer)]
    for layer in layers:
        layer._soft += 1
        layer._gradual = gradual
    try:
        yield
    finally:
        for layer in layers:
            layer._soft -= 1


def rebuild_pending(in_sight: bool = False) -> bool:
    """True while some layer is still building tiles in the background; with *in_sight*, only
    while the picture in sight is not final yet (the ring around it aside)."""
    return _SCHEDULER is not None and _SCHEDULER.pending(ring=not in_sight)


class _Scheduler:
    """Builds tiles in the background: slices of SLICE_MS on a zero timer, round robin over the
    layers, tiles in sight before the ring; repaints every tile finished."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.run)
        self.layers: list[weakref.ref[_Layer]] = []

    def _alive(self) -> list[_Layer]:
        alive = [layer for layer in (ref() for ref in self.layers) if layer is not None and shiboken6.isValid(layer)]
        self.layers = [weakref.ref(layer) for layer in alive]
        return alive

    def want(self, layer: _Layer) -> None:
        if all(ref() is not layer for ref in self.layers):
            self.layers.append(weakref.ref(layer))
        if not self.timer.isActive():
            self.timer.start()

    def pending(self, ring: bool = True) -> bool:
        return any(layer._pending(ring) for layer in self._alive())

    def run(self) -> None:
        deadline = time.perf_counter() + SLICE_MS / 1000
        layers = self._alive()
        done: dict[int, tuple[_Layer, QRectF]] = {}
        while layers:
            busy = [layer for layer in layers if layer._pending()]
            if not busy:
                break
            # in-sight tiles of any layer before ring tiles
            urgent = [layer for layer in busy if layer._current is not None
                      and (layer._current.building or layer._current.missing(layer._current.visible))]
            layer = (urgent or busy)[0]
            rect = layer._background_step(deadline)
            layers.remove(layer)
            layers.append(layer)  # round robin
            if rect is not None:
                _, before = done.get(id(layer), (layer, QRectF()))
                done[id(layer)] = (layer, before.united(rect))
            if time.perf_counter() >= deadline:
                break
        for layer, rect in done.values():
            if shiboken6.isValid(layer):
                QGraphicsItem.update(layer, rect)  # a repaint; the tiles are already there
        self.layers = self.layers[1:] + self.layers[:1]  # the next slice starts with another layer
        if any(layer._pending() for layer in self._alive()):
            self.timer.start()


_SCHEDULER: _Scheduler | None = None


def _scheduler() -> _Scheduler:
    global _SCHEDULER
    if _SCHEDULER is None:
        _SCHEDULER = _Scheduler()
    return _SCHEDULER
