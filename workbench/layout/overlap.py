"""Overlap removal for the stakeholder map's boxes: pure numpy, no Qt, no database.

The map's nodes are drawn as a ~40 px icon with a ~110 px label underneath, so for layout
purposes every node is a box of ``120 x 60`` scene px at the default ``spacing`` of 90
(the box scales with ``spacing``; see ``box_size``).

Public functions
----------------
``remove_overlaps``
    Push-apart of overlapping boxes (grid hash, vectorised Jacobi rounds, a slight
    expansion for jams), and for whatever is left a sequential move to the nearest free
    spot found in an occupancy bitmap, so the result is guaranteed free of overlaps
    between movable boxes and between movable and fixed boxes.
``count_overlaps``
    How many pairs of boxes overlap (for tests and quality checks).
``box_size``
    A node's box for a given spacing.

The input checks and the grid-hash pair searches below (names with a leading
underscore) are shared with ``workbench.layout.force``, inside this package only.

Everything is deterministic for a given input.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

__all__ = [
    "BOX_HEIGHT",
    "BOX_WIDTH",
    "REFERENCE_SPACING",
    "box_size",
    "count_overlaps",
    "remove_overlaps",
]

#: Width and height of a node's box (icon plus label) at the reference spacing.
BOX_WIDTH = 120.0
BOX_HEIGHT = 60.0
REFERENCE_SPACING = 90.0
#: Rounds of plain push-apart before the slight expansion per round kicks in.
_EXPAND_AFTER = 40
_EXPAND_RATE = 0.003
#: Rounds without fewer overlaps after which the push-apart gives up on the rest.
_STALL_ROUNDS = 40

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def box_size(spacing: float = REFERENCE_SPACING) -> tuple[float, float]:
    """Width and height of a node's box for ``spacing`` (120 x 60 at spacing 90)."""
    if not (math.isfinite(spacing) and spacing > 0):
        raise ValueError(f"spacing must be a positive number, not {spacing!r}")
    scale = float(spacing) / REFERENCE_SPACING
    return BOX_WIDTH * scale, BOX_HEIGHT * scale


# --------------------------------------------------------------------------- inputs


def _as_positions(positions: np.ndarray) -> FloatArray:
    pos = np.array(positions, dtype=np.float64, copy=True)
    if pos.size == 0:
        return pos.reshape(0, 2)
    if pos.ndim != 2 or pos.shape[1] != 2:
        raise ValueError(f"positions must have shape (n, 2), not {pos.shape}")
    return pos


def _as_pairs(array: np.ndarray | None, name: str) -> IntArray:
    if array is None:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.asarray(array)
    if pairs.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    if pairs.ndim != 2 or pairs.shape[1] != 2:
        raise ValueError(f"{name} must have shape (m, 2), not {pairs.shape}")
    return pairs.astype(np.int64, copy=False)


def _clean_edges(edges: np.ndarray | None, n: int) -> IntArray:
    """Valid, deduplicated undirected edges as (a < b) rows."""
    pairs = _as_pairs(edges, "edges")
    if len(pairs) == 0:
        return pairs
    if pairs.min() < 0 or pairs.max() >= n:
        raise ValueError("edges refer to a node index outside 0..n-1")
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    pairs = np.sort(pairs, axis=1)
    return np.unique(pairs, axis=0) if len(pairs) else pairs


# --------------------------------------------------------------------------- geometry


def _cell_index(coord: FloatArray, size: float) -> IntArray:
    """Grid cell index of each coordinate along one axis, from 1 upwards (room for a
    neighbour on either side). A huge range is compressed, runs of empty cells shrinking
    to one, so that neighbours stay neighbours and the cell keys stay small."""
    cell = np.floor(coord / size)
    low = float(cell.min())
    if float(cell.max()) - low < 2**20:
        return (cell - low).astype(np.int64) + 1
    values, inverse = np.unique(cell, return_inverse=True)
    rank = np.concatenate(([0.0], np.cumsum(np.minimum(np.diff(values), 2.0))))
    return rank[inverse.reshape(-1)].astype(np.int64) + 1


def _grid_pairs(points: FloatArray, cell_w: float, cell_h: float) -> tuple[IntArray, IntArray]:
    """Candidate pairs (i, j), each unordered pair once, of points in the same or in
    neighbouring cells of a ``cell_w x cell_h`` grid (points sorted by cell, ranges of
    the neighbour cells found by binary search). Every pair closer than one cell along
    both axes is among them."""
    n = len(points)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    cx = _cell_index(points[:, 0], cell_w)
    cy = _cell_index(points[:, 1], cell_h)
    rows = int(cy.max()) + 3
    key = cx * rows + cy
    order = np.argsort(key, kind="stable")
    skey = key[order]
    first_of_run = np.empty(n, dtype=bool)
    first_of_run[0] = True
    np.not_equal(skey[1:], skey[:-1], out=first_of_run[1:])
    starts = np.flatnonzero(first_of_run)
    cells = skey[starts]
    ends = np.append(starts[1:], n)
    cell_of = np.cumsum(first_of_run) - 1
    here = np.arange(n, dtype=np.int64)
    # Same cell (later points only), then the cells right-below, right, right-above, above.
    targets = np.concatenate([skey + step for step in (rows - 1, rows, rows + 1, 1)])
    where = np.minimum(np.searchsorted(cells, targets), len(cells) - 1)
    found = cells[where] == targets
    lo = np.concatenate((here + 1, np.where(found, starts[where], 0)))
    hi = np.concatenate((ends[cell_of], np.where(found, ends[where], 0)))
    count = hi - lo
    total = int(count.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    first = np.repeat(np.tile(here, 5), count)
    second = np.repeat(lo - (np.cumsum(count) - count), count) + np.arange(total, dtype=np.int64)
    return order[first], order[second]


def _grid_cross_pairs(
    points: FloatArray, queries: FloatArray, cell: float
) -> tuple[IntArray, IntArray]:
    """Pairs (query, point) of every point in the 3 x 3 grid cells (size ``cell``)
    around each query: all points within ``cell`` of a query are among them."""
    if len(points) == 0 or len(queries) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    both = np.concatenate((points, queries))
    cx = _cell_index(both[:, 0], cell)
    cy = _cell_index(both[:, 1], cell)
    rows = int(cy.max()) + 3
    keys = cx * rows + cy
    key, qkey = keys[: len(points)], keys[len(points) :]
    order = np.argsort(key, kind="stable")
    skey = key[order]
    steps = np.array([dx * rows + dy for dx in (-1, 0, 1) for dy in (-1, 0, 1)])
    targets = (qkey[:, None] + steps[None, :]).ravel()
    lo = np.searchsorted(skey, targets, side="left")
    hi = np.searchsorted(skey, targets, side="right")
    count = hi - lo
    total = int(count.sum())
    query = np.repeat(np.repeat(np.arange(len(queries)), len(steps)), count)
    at = np.repeat(lo - (np.cumsum(count) - count), count) + np.arange(total, dtype=np.int64)
    return query, order[at]


def _movable_pairs(
    points: FloatArray, movable: BoolArray | None, cell_w: float, cell_h: float
) -> tuple[IntArray, IntArray]:
    """Like ``_grid_pairs``, but only pairs with at least one movable point are needed:
    when the movable points are few, search only around them."""
    if movable is None or 2 * int(movable.sum()) >= len(points):
        return _grid_pairs(points, cell_w, cell_h)
    mov_idx = np.flatnonzero(movable)
    query, other = _grid_cross_pairs(points, points[mov_idx], max(cell_w, cell_h))
    mine = mov_idx[query]
    # Each unordered pair once: movable-fixed from the movable side, movable-movable
    # from the lower index.
    keep = (other != mine) & (~movable[other] | (mine < other))
    return mine[keep], other[keep]


def _overlapping_pairs(
    points: FloatArray, width: float, height: float, movable: BoolArray | None = None
) -> tuple[IntArray, IntArray, FloatArray, FloatArray]:
    i, j = _movable_pairs(points, movable, width, height)
    dx = points[j, 0] - points[i, 0]
    dy = points[j, 1] - points[i, 1]
    hit = (np.abs(dx) < width) & (np.abs(dy) < height)
    return i[hit], j[hit], dx[hit], dy[hit]


def count_overlaps(
    positions: np.ndarray,
    among: np.ndarray | None = None,
    *,
    spacing: float = REFERENCE_SPACING,
) -> int:
    """Number of pairs of placed nodes (restricted to ``among`` if given) whose boxes
    overlap: ``|dx| < width and |dy| < height``."""
    pos = _as_positions(positions)
    mask = np.isfinite(pos).all(axis=1)
    if among is not None:
        mask &= np.asarray(among, dtype=bool)
    width, height = box_size(spacing)
    i, _, _, _ = _overlapping_pairs(pos[mask], width, height)
    return int(len(i))


def _sunflower(count: int, start: int = 0) -> FloatArray:
    """Vogel's sunflower: points ``start .. start+count-1`` at radius sqrt(index), about
    one point per pi units of area."""
    index = np.arange(start, start + count, dtype=np.float64)
    radius = np.sqrt(index)
    angle = index * _GOLDEN_ANGLE
    return np.column_stack((radius * np.cos(angle), radius * np.sin(angle)))


def _declump(points: FloatArray, movable: BoolArray, width: float, height: float) -> None:
    """Spread crowds of movable points sharing one box-sized cell (e.g. all at one spot)
    on a sunflower, so the pair search of the push-apart stays small. In place."""
    cx = _cell_index(points[:, 0], width)
    cy = _cell_index(points[:, 1], height)
    key = cx * (int(cy.max()) + 1) + cy
    _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    crowded = movable & (counts[inverse] > 6)
    if not crowded.any():
        return
    idx = np.flatnonzero(crowded)
    order = idx[np.argsort(inverse[idx], kind="stable")]
    cell = inverse[order]
    first = np.searchsorted(cell, cell)  # first position of each cell in ``order``
    rank = np.arange(len(order)) - first
    centre = points[order].copy()
    for axis in (0, 1):
        sums = np.bincount(cell, weights=centre[:, axis], minlength=len(counts))
        num = np.bincount(cell, minlength=len(counts))
        centre[:, axis] = sums[cell] / num[cell]
    offsets = _sunflower(int(rank.max()) + 1)[rank] * 0.85
    points[order, 0] = centre[:, 0] + offsets[:, 0] * width
    points[order, 1] = centre[:, 1] + offsets[:, 1] * height


def _settle(points: FloatArray, offenders: IntArray, width: float, height: float) -> None:
    """Move every offender, one by one, to the nearest spot where its box overlaps no
    other box (the other points and the offenders already settled). In place.

    Free spots come from an occupancy bitmap of quarter-box cells around the
    offenders: the cells touched by any obstacle's box are marked (conservatively), and
    a box-aligned window of ``sub x sub`` unmarked cells is a guaranteed free spot.
    """
    if len(offenders) == 0:
        return
    box = np.array([width, height])
    settling = np.zeros(len(points), dtype=bool)
    settling[offenders] = True
    obstacles = points[~settling]
    margin = max(8.0, 2.0 * math.sqrt(len(offenders)))
    sub = 4
    while True:
        cell = box / sub
        lo = points[offenders].min(axis=0) - margin * box
        hi = points[offenders].max(axis=0) + margin * box
        nx, ny = (np.ceil((hi - lo) / cell).astype(np.int64) + 1).tolist()
        if nx * ny > 4_000_000 and sub > 1:
            sub //= 2
            continue
        if nx * ny > 4_000_000:  # offenders far apart: one small region each
            for node in offenders.tolist():
                _settle(points, np.array([node]), width, height)
            return
        cover = np.zeros((nx + 1, ny + 1), dtype=np.int64)
        if len(obstacles):
            first = np.floor((obstacles - box / 2 - lo) / cell - 1e-6).astype(np.int64)
            last = np.ceil((obstacles + box / 2 - lo) / cell + 1e-6).astype(np.int64) - 1
            inside = (last >= 0).all(axis=1) & (first[:, 0] < nx) & (first[:, 1] < ny)
            first = np.clip(first[inside], 0, [nx - 1, ny - 1])
            last = np.clip(last[inside], 0, [nx - 1, ny - 1]) + 1
            np.add.at(cover, (first[:, 0], first[:, 1]), 1)
            np.add.at(cover, (last[:, 0], first[:, 1]), -1)
            np.add.at(cover, (first[:, 0], last[:, 1]), -1)
            np.add.at(cover, (last[:, 0], last[:, 1]), 1)
            cover = (cover.cumsum(axis=0).cumsum(axis=1) > 0).astype(np.int64)
        table = np.zeros((nx + 2, ny + 2), dtype=np.int64)
        table[1:, 1:] = cover.cumsum(axis=0).cumsum(axis=1)
        wx, wy = nx + 1 - sub, ny + 1 - sub
        used = (
            table[sub : sub + wx, sub : sub + wy]
            - table[:wx, sub : sub + wy]
            - table[sub : sub + wx, :wy]
            + table[:wx, :wy]
        )
        free = used == 0
        if free.sum() < len(offenders):
            margin *= 2.0
            continue
        break
    # Inside out, so that the middle of a crowd is not left for the last ones.
    centre = points[offenders].mean(axis=0)
    spread = ((points[offenders] - centre) / box) ** 2
    order = offenders[np.argsort(spread.sum(axis=1), kind="stable")]
    for node in order.tolist():
        target = (points[node] - box / 2 - lo) / cell
        tx, ty = int(round(float(target[0]))), int(round(float(target[1])))
        reach = 6 * sub
        while True:
            x0, y0 = max(tx - reach, 0), max(ty - reach, 0)
            local = np.argwhere(free[x0 : tx + reach + 1, y0 : ty + reach + 1])
            if len(local) or reach > max(nx, ny):
                break
            reach *= 3
        spots = local + [x0, y0]
        dist = (spots[:, 0] - target[0]) ** 2 + ((spots[:, 1] - target[1]) * 2.0) ** 2
        ix, iy = spots[int(np.argmin(dist))].tolist()
        points[node] = lo + (np.array([ix, iy]) + sub / 2.0) * cell
        free[max(ix - sub + 1, 0) : ix + sub, max(iy - sub + 1, 0) : iy + sub] = False


def _separation(
    points: FloatArray, movable: BoolArray, width: float, height: float
) -> tuple[FloatArray, int]:
    """For every overlapping pair of boxes (at least one movable), the moves that
    separate them along the line through their centres just far enough to touch,
    shared by movable partners; summed per node. Also the number of such pairs."""
    n = len(points)
    i, j, dx, dy = _overlapping_pairs(points, width, height, movable)
    keep = movable[i] | movable[j]
    i, j, dx, dy = i[keep], j[keep], dx[keep], dy[keep]
    move = np.zeros((n, 2))
    if len(i) == 0:
        return move, 0
    dist = np.hypot(dx, dy)
    # Coincident centres: split in a direction that depends on the indices.
    same = dist < 1e-9
    if same.any():
        turn = (i + 7 * j).astype(np.float64) * _GOLDEN_ANGLE
        dx = np.where(same, np.cos(turn), dx)
        dy = np.where(same, np.sin(turn), dy)
        dist = np.where(same, 1.0, dist)
    ux, uy = dx / dist, dy / dist
    with np.errstate(divide="ignore", over="ignore"):  # one of the two is finite
        touch = np.minimum(width / np.abs(ux), height / np.abs(uy))
    gap = touch - np.where(same, 0.0, dist)
    both = movable[i] & movable[j]
    share_i = np.where(both, 0.5, movable[i].astype(np.float64))
    share_j = np.where(both, 0.5, movable[j].astype(np.float64))
    for axis, unit in ((0, ux), (1, uy)):
        push = gap * unit
        move[:, axis] = np.bincount(j, weights=push * share_j, minlength=n)
        move[:, axis] -= np.bincount(i, weights=push * share_i, minlength=n)
    return move, int(len(i))


def _resolve_overlaps(
    points: FloatArray, movable: BoolArray, width: float, height: float, rounds: int = 300
) -> FloatArray:
    """Remove box overlaps among finite ``points``; rows not ``movable`` never move.

    Jacobi push-apart: every overlapping pair is separated along the line through the
    two centres, just far enough for the boxes to touch, movable partners sharing the
    move (over-relaxed, which converges much faster than pushing along the axis of least
    penetration). Jams that local pushes cannot clear (crowds pressing from all sides)
    are relieved by expanding the movable nodes very slightly about their centroid on
    every later round. Leftovers (after ``rounds``, or when the count of overlaps stops
    falling) go one by one to the nearest free spot, which guarantees the result.
    """
    pts = points.copy()
    if len(pts) < 2 or not movable.any():
        return pts
    _declump(pts, movable, width, height)
    best, stalled = len(pts) ** 2, 0
    for round_ in range(rounds):
        move, count = _separation(pts, movable, width * 1.004, height * 1.004)
        if count == 0:
            return pts
        if count < best:
            best, stalled = count, 0
        else:
            stalled += 1
            if stalled > _STALL_ROUNDS:
                break  # jammed against fixed boxes: settle the rest
        if round_ < _EXPAND_AFTER:
            pts += move * 1.3
        else:
            pts += move * 1.5
            centre = pts[movable].mean(axis=0)
            pts[movable] = centre + (pts[movable] - centre) * (1.0 + _EXPAND_RATE)
    # Last resort: move the remaining offenders one by one to the nearest free spot.
    for _ in range(4):
        i, j, _, _ = _overlapping_pairs(pts, width, height, movable)
        keep = movable[i] | movable[j]
        if not keep.any():
            break
        _settle(pts, np.unique(np.where(movable[j[keep]], j[keep], i[keep])), width, height)
    return pts


def remove_overlaps(
    positions: np.ndarray,
    movable: np.ndarray | None = None,
    *,
    spacing: float = REFERENCE_SPACING,
) -> FloatArray:
    """Move ``movable`` placed nodes (default: all) as little as practical so that no
    box of a movable node overlaps any other box. Boxes are ``box_size(spacing)``
    centred on the positions. Rows that are not movable, or NaN, are returned
    unchanged; overlaps among immovable nodes are left as they are."""
    pos = _as_positions(positions)
    n = len(pos)
    mov = np.ones(n, dtype=bool) if movable is None else np.asarray(movable, dtype=bool).copy()
    if mov.shape != (n,):
        raise ValueError("movable must have shape (n,)")
    finite = np.isfinite(pos).all(axis=1)
    idx = np.flatnonzero(finite)
    width, height = box_size(spacing)
    if len(idx) < 2:
        return pos
    pos[idx] = _resolve_overlaps(pos[idx], mov[idx], width, height)
    return pos

