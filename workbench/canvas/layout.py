"""Automatic layout of the stakeholder map: pure numpy, no Qt, no database.

The map's nodes are drawn as a ~40 px icon with a ~110 px label underneath, so for layout
purposes every node is a box of ``120 x 60`` scene px at the default ``spacing`` of 90
(the box scales with ``spacing``). Groups (circles, teams) are soft regions painted
behind their members, so members of one group should end up close together and apart
from other groups.

Public functions
----------------
``force_layout``
    Fruchterman-Reingold with linear cooling, plus a pull of every member towards its
    group's centroid, a push of non-members out of a group's region, and a weak linear
    gravity that keeps disconnected parts and isolated nodes near the map. Fixed nodes
    (pinned, or outside a "tidy selection") repel and attract like the others but never
    move. Repulsion is exact (all pairs, vectorised) for small maps; for large maps it
    is split into an exact near field (pairs found through a grid hash, within a cut-off
    radius) and a particle-mesh far field (cloud-in-cell deposit on a grid, FFT
    convolution with the cut-off 1/r kernel, interpolation back to the nodes). The
    simulation runs in a space stretched to the box's aspect ratio, so neighbours keep
    more room side by side than above each other. A final overlap-removal pass makes
    sure no two boxes overlap.
``place_unplaced``
    Initial positions for unplaced (NaN) nodes only: next to the centroid of their
    placed neighbours (wave by wave, so chains of new nodes follow their anchor), the
    rest on a spiral of free slots around the placed nodes' bounding box, then overlap
    removal among the new nodes.
``remove_overlaps``
    Iterative push-apart of overlapping boxes (grid hash, vectorised), with a
    sequential free-spot search as a last resort, so the result is guaranteed free of
    overlaps between movable boxes and between movable and fixed boxes.
``count_overlaps``
    How many pairs of boxes overlap (for tests and quality checks).

Everything is deterministic for a given input and ``seed``.
"""

from __future__ import annotations

import math
from collections import deque
from functools import lru_cache

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
    "force_layout",
    "place_unplaced",
    "remove_overlaps",
]

#: Width and height of a node's box (icon plus label) at the reference spacing.
BOX_WIDTH = 120.0
BOX_HEIGHT = 60.0
REFERENCE_SPACING = 90.0

#: Above this many (movable x all) node pairs, repulsion switches from exact all-pairs
#: to near field (grid hash) plus particle-mesh far field.
_EXACT_PAIR_LIMIT = 90_000
#: Cut-off radius of the exact near field in the approximate scheme, in units of spacing.
_NEAR_CUTOFF = 2.0
#: Largest far-field grid side (cells) before the cell size grows instead.
_MAX_GRID = 192
#: Linear strength of the pull to the group centroid, of the push out of foreign groups,
#: and of the gravity to the centre (per unit distance; FR forces are k^2/d and d^2/k).
_GROUP_PULL = 0.6
_FOREIGN_PUSH = 1.0
_GRAVITY = 1.0
#: Expected area per node of a laid out map (units of spacing^2), for the gravity's rim.
_MAP_AREA = 2.0
#: Area per group member (units of spacing^2) used for the target radius of a group.
_GROUP_AREA = 1.6
#: Above this many (node x group) pairs the foreign-group push is left out.
_FOREIGN_LIMIT = 2_000_000

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def box_size(spacing: float = REFERENCE_SPACING) -> tuple[float, float]:
    """Width and height of a node's box for ``spacing`` (120 x 60 at spacing 90)."""
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


def _grid_pairs(points: FloatArray, cell_w: float, cell_h: float) -> tuple[IntArray, IntArray]:
    """Candidate pairs (i, j), each unordered pair once, of points in the same or in
    neighbouring cells of a ``cell_w x cell_h`` grid. Every pair closer than one cell
    along both axes is among them."""
    n = len(points)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    cx = np.floor(points[:, 0] / cell_w).astype(np.int64)
    cy = np.floor(points[:, 1] / cell_h).astype(np.int64)
    cx -= cx.min() - 1
    cy -= cy.min() - 1
    rows = int(cy.max()) + 3
    key = cx * rows + cy
    order = np.argsort(key, kind="stable")
    skey = key[order]
    cells, starts, counts = np.unique(skey, return_index=True, return_counts=True)
    cell_of = np.searchsorted(cells, skey)
    ends_sorted = (starts + counts)[cell_of]
    positions = np.arange(n, dtype=np.int64)
    firsts: list[IntArray] = []
    seconds: list[IntArray] = []
    for ox, oy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        if ox == 0 and oy == 0:
            lo = positions + 1
            hi = ends_sorted
        else:
            target = skey + ox * rows + oy
            where = np.searchsorted(cells, target)
            where_c = np.minimum(where, len(cells) - 1)
            found = cells[where_c] == target
            lo = np.where(found, starts[where_c], 0)
            hi = np.where(found, starts[where_c] + counts[where_c], 0)
        count = hi - lo
        total = int(count.sum())
        if total == 0:
            continue
        first = np.repeat(positions, count)
        offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(count) - count, count)
        second = np.repeat(lo, count) + offsets
        firsts.append(order[first])
        seconds.append(order[second])
    if not firsts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return np.concatenate(firsts), np.concatenate(seconds)


def _overlapping_pairs(
    points: FloatArray, width: float, height: float
) -> tuple[IntArray, IntArray, FloatArray, FloatArray]:
    i, j = _grid_pairs(points, width, height)
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
    cx = np.floor(points[:, 0] / width).astype(np.int64)
    cy = np.floor(points[:, 1] / height).astype(np.int64)
    cx -= cx.min()
    cy -= cy.min()
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


def _free_spot(
    points: FloatArray, node: int, width: float, height: float
) -> tuple[float, float]:
    """A position near ``points[node]`` where its box overlaps no other box: the nearest
    free point of a lattice (a third of a box) within a few boxes, else just outside the
    bounding box of all points, level with the node (always free)."""
    here = points[node]
    others = np.ones(len(points), dtype=bool)
    others[node] = False
    for reach in (2.0, 4.0, 8.0):
        steps = int(round(reach * 3))
        grid = np.arange(-steps, steps + 1, dtype=np.float64) / 3.0
        ox, oy = np.meshgrid(grid * width, grid * height, indexing="ij")
        cand = np.column_stack((ox.ravel(), oy.ravel()))
        cand = cand[np.argsort(np.hypot(cand[:, 0] / width, cand[:, 1] / height), kind="stable")]
        cand += here
        close = (
            others
            & (np.abs(points[:, 0] - here[0]) < width * (reach + 1.0))
            & (np.abs(points[:, 1] - here[1]) < height * (reach + 1.0))
        )
        near = points[close]
        if len(near) == 0:
            return float(cand[0, 0]), float(cand[0, 1])
        if len(near) * len(cand) > 4_000_000:
            break
        blocked = np.zeros(len(cand), dtype=bool)
        for start in range(0, len(near), 64):
            chunk = near[start : start + 64]
            blocked |= (
                (np.abs(cand[:, None, 0] - chunk[None, :, 0]) < width * 1.002)
                & (np.abs(cand[:, None, 1] - chunk[None, :, 1]) < height * 1.002)
            ).any(axis=1)
        free = np.flatnonzero(~blocked)
        if len(free):
            return float(cand[free[0], 0]), float(cand[free[0], 1])
    rest = points[others]
    left, right = rest[:, 0].min() - width * 1.01, rest[:, 0].max() + width * 1.01
    x = left if here[0] - left < right - here[0] else right
    return float(x), float(here[1])


def _resolve_overlaps(
    points: FloatArray, movable: BoolArray, width: float, height: float, rounds: int = 200
) -> FloatArray:
    """Remove box overlaps among finite ``points``; rows not ``movable`` never move.

    Jacobi push-apart: every overlapping pair is separated along the line through the
    two centres, just far enough for the boxes to touch, movable partners sharing the
    move (over-relaxed, which converges much faster than pushing along the axis of least
    penetration). Leftovers, if the push-apart stalls, are moved one by one to the
    nearest free spot, which guarantees the result.
    """
    pts = points.copy()
    if len(pts) < 2 or not movable.any():
        return pts
    _declump(pts, movable, width, height)
    target_w, target_h = width * 1.004, height * 1.004
    n = len(pts)
    best = None
    stalled = 0
    for round_ in range(rounds):
        i, j, dx, dy = _overlapping_pairs(pts, width, height)
        keep = movable[i] | movable[j]
        i, j, dx, dy = i[keep], j[keep], dx[keep], dy[keep]
        if len(i) == 0:
            return pts
        if best is None or len(i) < best:
            best, stalled = len(i), 0
        else:
            stalled += 1
            if stalled > 30:
                break
        dist = np.hypot(dx, dy)
        # Coincident centres: split sideways by index, deterministically.
        same = dist < 1e-9
        if same.any():
            turn = (i + 7 * j).astype(np.float64) * _GOLDEN_ANGLE
            dx = np.where(same, np.cos(turn), dx)
            dy = np.where(same, np.sin(turn), dy)
            dist = np.where(same, 1.0, dist)
        ux, uy = dx / dist, dy / dist
        with np.errstate(divide="ignore"):
            touch = np.minimum(target_w / np.abs(ux), target_h / np.abs(uy))
        gap = touch - np.where(same, 0.0, dist)
        both = movable[i] & movable[j]
        share_i = np.where(both, 0.5, movable[i].astype(np.float64))
        share_j = np.where(both, 0.5, movable[j].astype(np.float64))
        omega = 1.3 if round_ < 60 else 1.6
        move = np.zeros((n, 2))
        for axis, unit in ((0, ux), (1, uy)):
            push = gap * unit * omega
            move[:, axis] = np.bincount(j, weights=push * share_j, minlength=n)
            move[:, axis] -= np.bincount(i, weights=push * share_i, minlength=n)
        pts += move
    # Last resort: move the remaining offenders one by one to the nearest free spot.
    for _ in range(4):
        i, j, _, _ = _overlapping_pairs(pts, width, height)
        keep = movable[i] | movable[j]
        if not keep.any():
            break
        offenders = np.unique(np.where(movable[j[keep]], j[keep], i[keep]))
        for node in offenders.tolist():
            here = pts[node]
            clash = (np.abs(pts[:, 0] - here[0]) < width) & (np.abs(pts[:, 1] - here[1]) < height)
            clash[node] = False
            if clash.any():
                pts[node] = _free_spot(pts, node, width, height)
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
    if len(idx) < 2:
        return pos
    width, height = box_size(spacing)
    pos[idx] = _resolve_overlaps(pos[idx], mov[idx], width, height)
    return pos


# --------------------------------------------------------------------------- placement


def _adjacency(n: int, edges: IntArray) -> tuple[IntArray, IntArray]:
    """CSR adjacency (indptr, neighbours) of the undirected ``edges``."""
    src = np.concatenate((edges[:, 0], edges[:, 1]))
    dst = np.concatenate((edges[:, 1], edges[:, 0]))
    order = np.argsort(src, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst[order]


def _bfs_order(nodes: IntArray, indptr: IntArray, neighbours: IntArray) -> IntArray:
    """``nodes`` ordered component by component (largest first), breadth-first from
    each component's best-connected node, following edges only within ``nodes``."""
    inside = np.zeros(len(indptr) - 1, dtype=bool)
    inside[nodes] = True
    degree = np.diff(indptr)
    seen = np.zeros(len(indptr) - 1, dtype=bool)
    components: list[list[int]] = []
    # Roots: highest degree first, then lowest index (deterministic).
    for root in nodes[np.lexsort((nodes, -degree[nodes]))].tolist():
        if seen[root]:
            continue
        seen[root] = True
        comp = [root]
        queue = deque([root])
        while queue:
            v = queue.popleft()
            nb = neighbours[indptr[v] : indptr[v + 1]]
            nb = nb[inside[nb] & ~seen[nb]]
            if len(nb):
                nb = np.unique(nb)
                seen[nb] = True
                comp.extend(nb.tolist())
                queue.extend(nb.tolist())
        components.append(comp)
    components.sort(key=len, reverse=True)
    return np.array([v for comp in components for v in comp], dtype=np.int64)


def _ring_slots(
    count: int, pitch_x: float, pitch_y: float, bbox: tuple[float, float, float, float] | None
) -> FloatArray:
    """``count`` lattice slots (pitch ``pitch_x x pitch_y``) spiralling outwards around
    ``bbox`` (x0, y0, x1, y1), none inside it; around the origin without a bbox."""
    if bbox is None:
        side = int(math.ceil(math.sqrt(count * 1.6))) // 2 + 1
        axis = np.arange(-side, side + 1)
        gx, gy = np.meshgrid(axis, axis, indexing="ij")
        square = np.column_stack((gx.ravel(), gy.ravel())).astype(np.float64)
        dist = np.round(np.hypot(square[:, 0], square[:, 1] * 1.6), 6)
        angle = np.arctan2(square[:, 1], square[:, 0])
        pick = np.lexsort((angle, dist))[:count]
        return square[pick] * np.array([pitch_x, pitch_y])
    else:
        x0, y0, x1, y1 = bbox
        cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        half_x = int(math.ceil((x1 - x0) / 2.0 / pitch_x))
        half_y = int(math.ceil((y1 - y0) / 2.0 / pitch_y))
    # Smallest margin r (slots) such that the ring around the bbox holds enough slots.
    inner_w, inner_h = 2 * half_x + 1, 2 * half_y + 1
    r = 1
    while (inner_w + 2 * r) * (inner_h + 2 * r) - inner_w * inner_h < count * 1.3 + 8:
        r *= 2
    ax = np.arange(-half_x - r, half_x + r + 1)
    ay = np.arange(-half_y - r, half_y + r + 1)
    strips = []
    # Top and bottom strips span the full width; left and right strips the inner height.
    top = ay[ay > half_y]
    bottom = ay[ay < -half_y]
    for rows in (top, bottom):
        gx, gy = np.meshgrid(ax, rows, indexing="ij")
        strips.append(np.column_stack((gx.ravel(), gy.ravel())))
    mid = ay[(ay >= -half_y) & (ay <= half_y)]
    for cols in (ax[ax > half_x], ax[ax < -half_x]):
        gx, gy = np.meshgrid(cols, mid, indexing="ij")
        strips.append(np.column_stack((gx.ravel(), gy.ravel())))
    lattice = np.concatenate(strips).astype(np.float64)
    # Distance outside the bbox (in slots), ties broken by angle: a spiral.
    ex = np.maximum(np.abs(lattice[:, 0]) - half_x, 0.0)
    ey = np.maximum(np.abs(lattice[:, 1]) - half_y, 0.0)
    dist = np.round(np.hypot(ex, ey * 1.6), 6)
    angle = np.arctan2(lattice[:, 1], lattice[:, 0])
    pick = np.lexsort((angle, dist))[:count]
    return np.column_stack((cx + lattice[pick, 0] * pitch_x, cy + lattice[pick, 1] * pitch_y))


def _place(pos: FloatArray, edges: IntArray, spacing: float, resolve: bool) -> FloatArray:
    """Body of ``place_unplaced``; ``pos`` is modified and returned."""
    n = len(pos)
    unplaced = ~np.isfinite(pos).all(axis=1)
    if not unplaced.any():
        return pos
    width, height = box_size(spacing)
    has = ~unplaced
    indptr, neighbours = _adjacency(n, edges)
    src = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
    # Waves: unplaced nodes with placed neighbours go next to their neighbours' centroid.
    offset_start = 3  # the first sunflower points would sit on the anchor's box
    for _ in range(max(n, 1)):
        if not has.any():
            break
        link = has[neighbours] & ~has[src]
        if not link.any():
            break
        targets, nbs = src[link], neighbours[link]
        count = np.bincount(targets, minlength=n)
        wave = np.flatnonzero(count)
        sum_x = np.bincount(targets, weights=pos[nbs, 0], minlength=n)[wave]
        sum_y = np.bincount(targets, weights=pos[nbs, 1], minlength=n)[wave]
        anchor = np.column_stack((sum_x, sum_y)) / count[wave][:, None]
        # Nodes sharing an anchor spread on a sunflower around it.
        cell = np.round(anchor / np.array([width, height])).astype(np.int64)
        cell -= cell.min(axis=0)
        key = cell[:, 0] * (int(cell[:, 1].max()) + 1) + cell[:, 1]
        order = np.argsort(key, kind="stable")
        skey = key[order]
        rank = np.empty(len(wave), dtype=np.int64)
        rank[order] = np.arange(len(wave)) - np.searchsorted(skey, skey)
        offsets = _sunflower(int(rank.max()) + 1, offset_start)[rank] * 0.8
        pos[wave] = anchor + offsets * np.array([width, height])
        has[wave] = True
    rest = np.flatnonzero(~has)
    if len(rest):
        if has.any():
            placed = pos[has]
            lo, hi = placed.min(axis=0), placed.max(axis=0)
            bbox: tuple[float, float, float, float] | None = (
                float(lo[0] - width),
                float(lo[1] - height),
                float(hi[0] + width),
                float(hi[1] + height),
            )
        else:
            bbox = None
        order = _bfs_order(rest, indptr, neighbours)
        pos[order] = _ring_slots(len(order), width * 1.25, height * 1.5, bbox)
    if resolve:
        finite = np.flatnonzero(np.isfinite(pos).all(axis=1))
        pos[finite] = _resolve_overlaps(pos[finite], unplaced[finite], width, height)
    return pos


def place_unplaced(
    positions: np.ndarray, edges: np.ndarray, spacing: float = REFERENCE_SPACING
) -> FloatArray:
    """Positions for the unplaced (NaN) rows of ``positions``; other rows unchanged.

    An unplaced node with placed neighbours goes next to their centroid (repeated wave
    by wave, so a chain of new nodes grows out of its anchor); the others go on a spiral
    of lattice slots around the placed nodes' bounding box (around the origin when
    nothing is placed), component by component in breadth-first order, so neighbours
    stay close. Finally the new boxes are pushed apart: they overlap neither each other
    nor the placed nodes' boxes.
    """
    pos = _as_positions(positions)
    edge_rows = _clean_edges(edges, len(pos))
    return _place(pos, edge_rows, float(spacing), resolve=True)


# --------------------------------------------------------------------------- forces


@lru_cache(maxsize=8)
def _far_kernel(mx: int, my: int, cutoff_cells: float) -> tuple[np.ndarray, np.ndarray]:
    """FFT of the cut-off 2-D repulsion kernel r / |r|^2 (in cell units) on a
    zero-padded ``2mx x 2my`` grid."""
    ox = np.fft.fftfreq(2 * mx, d=1.0 / (2 * mx))
    oy = np.fft.fftfreq(2 * my, d=1.0 / (2 * my))
    gx, gy = np.meshgrid(ox, oy, indexing="ij")
    r2 = gx * gx + gy * gy
    inv = np.zeros_like(r2)
    far = r2 >= cutoff_cells * cutoff_cells
    inv[far] = 1.0 / r2[far]
    return np.fft.rfft2(gx * inv), np.fft.rfft2(gy * inv)


def _far_field(points: FloatArray, at: IntArray, k: float) -> FloatArray:
    """Particle-mesh repulsion k^2 / d from all ``points`` beyond the near-field cut-off,
    evaluated at ``points[at]``."""
    cutoff = _NEAR_CUTOFF * k
    cell = cutoff / 2.0
    lo = points.min(axis=0) - cell
    extent = points.max(axis=0) - lo + cell
    side = int(math.ceil(float(extent.max()) / cell)) + 2
    if side > _MAX_GRID:
        cell = float(extent.max()) / (_MAX_GRID - 2)
    mx = int(math.ceil(float(extent[0]) / cell)) + 2
    my = int(math.ceil(float(extent[1]) / cell)) + 2
    mx, my = -(-mx // 16) * 16, -(-my // 16) * 16  # fewer distinct kernel sizes
    cutoff_cells = round(cutoff / cell, 2)
    kx_hat, ky_hat = _far_kernel(mx, my, cutoff_cells)

    u = (points - lo) / cell
    base = np.floor(u).astype(np.int64)
    frac = u - base
    rho = np.zeros((2 * mx, 2 * my))
    corners = []
    for ddx in (0, 1):
        for ddy in (0, 1):
            wx = frac[:, 0] if ddx else 1.0 - frac[:, 0]
            wy = frac[:, 1] if ddy else 1.0 - frac[:, 1]
            flat = (base[:, 0] + ddx) * (2 * my) + (base[:, 1] + ddy)
            corners.append((flat, wx * wy))
    flat_all = np.concatenate([c[0] for c in corners])
    weight_all = np.concatenate([c[1] for c in corners])
    rho.ravel()[:] = np.bincount(flat_all, weights=weight_all, minlength=4 * mx * my)
    rho_hat = np.fft.rfft2(rho)
    fx = np.fft.irfft2(rho_hat * kx_hat, s=rho.shape).ravel()
    fy = np.fft.irfft2(rho_hat * ky_hat, s=rho.shape).ravel()
    out = np.zeros((len(at), 2))
    for flat, weight in corners:
        out[:, 0] += fx[flat[at]] * weight[at]
        out[:, 1] += fy[flat[at]] * weight[at]
    return out * (k * k / cell)


def _repulsion(points: FloatArray, mov_idx: IntArray, movable: BoolArray, k: float) -> FloatArray:
    """Fruchterman-Reingold repulsion k^2 / d on the movable nodes (rows of ``mov_idx``)."""
    n = len(points)
    floor2 = (0.01 * k) ** 2
    if len(mov_idx) * n <= _EXACT_PAIR_LIMIT:
        dx = points[mov_idx, 0, None] - points[None, :, 0]
        dy = points[mov_idx, 1, None] - points[None, :, 1]
        d2 = dx * dx
        d2 += dy * dy
        np.maximum(d2, floor2, out=d2)
        d2[np.arange(len(mov_idx)), mov_idx] = np.inf
        inv = np.divide(k * k, d2, out=d2)
        return np.column_stack(((dx * inv).sum(axis=1), (dy * inv).sum(axis=1)))
    cutoff = _NEAR_CUTOFF * k
    i, j = _grid_pairs(points, cutoff, cutoff)
    delta = points[i] - points[j]
    d2 = np.einsum("ij,ij->i", delta, delta)
    near = (d2 < cutoff * cutoff) & (movable[i] | movable[j])
    i, j, delta, d2 = i[near], j[near], delta[near], np.maximum(d2[near], floor2)
    push = delta * ((k * k) / d2)[:, None]
    force = np.zeros((n, 2))
    for axis in (0, 1):
        force[:, axis] = np.bincount(i, weights=push[:, axis], minlength=n)
        force[:, axis] -= np.bincount(j, weights=push[:, axis], minlength=n)
    return force[mov_idx] + _far_field(points, mov_idx, k)


def _default_iterations(movable_count: int) -> int:
    if movable_count <= 100:
        return 220
    if movable_count <= 400:
        return 180
    if movable_count <= 1500:
        return 140
    return 110


def force_layout(
    positions: np.ndarray,
    edges: np.ndarray,
    memberships: np.ndarray,
    fixed: np.ndarray,
    *,
    spacing: float = REFERENCE_SPACING,
    iterations: int | None = None,
    seed: int = 1,
) -> FloatArray:
    """Force-directed positions for the stakeholder map.

    ``positions`` (n, 2): current positions, NaN rows are unplaced. ``edges`` (m, 2):
    undirected relations between node indices. ``memberships`` (k, 2): (node, group)
    pairs; a node may be in several groups. ``fixed`` (n,): nodes that never move
    (pinned ones and, when tidying a selection, everything outside it).

    Returns new (n, 2) positions. Fixed rows are returned exactly as given (a fixed NaN
    row stays NaN and takes no part). Movable unplaced nodes first get a position near
    their neighbours (``place_unplaced``), then Fruchterman-Reingold with cooling runs
    with group attraction, foreign-group push and gravity, and finally the boxes of
    ``box_size(spacing)`` are pushed apart so that no movable box overlaps another box.
    Deterministic for a given input and ``seed``.
    """
    pos = _as_positions(positions)
    n = len(pos)
    fixed_arr = np.asarray(fixed, dtype=bool).reshape(-1) if n else np.zeros(0, dtype=bool)
    if fixed_arr.shape != (n,):
        raise ValueError(f"fixed must have shape ({n},), not {fixed_arr.shape}")
    edge_rows = _clean_edges(edges, n)
    member_rows = _as_pairs(memberships, "memberships")
    if len(member_rows) and (member_rows[:, 0].min() < 0 or member_rows[:, 0].max() >= n):
        raise ValueError("memberships refer to a node index outside 0..n-1")
    original = pos.copy()
    k = float(spacing)
    if n == 0 or k <= 0:
        return original

    finite = np.isfinite(pos).all(axis=1)
    # Fixed NaN nodes take no part at all; the others are the "active" nodes.
    active = finite | ~fixed_arr
    act_idx = np.flatnonzero(active)
    remap = np.full(n, -1, dtype=np.int64)
    remap[act_idx] = np.arange(len(act_idx))
    e = remap[edge_rows] if len(edge_rows) else edge_rows
    if len(e):
        e = e[(e >= 0).all(axis=1)]
    pts = _place(pos[act_idx].copy(), e, k, resolve=False)
    movable = ~fixed_arr[act_idx]
    mov_idx = np.flatnonzero(movable)
    if len(mov_idx) == 0:
        return original
    width, height = box_size(k)

    # Work in a space stretched to the box's aspect ratio: a node needs more room
    # beside its neighbours than above them.
    aspect = math.sqrt(width / height) ** 0.5
    stretch = np.array([aspect, 1.0 / aspect])
    sim = pts / stretch
    rng = np.random.default_rng(seed)
    sim[mov_idx] += rng.normal(scale=0.02 * k, size=(len(mov_idx), 2))

    # Groups: compact ids, members restricted to active nodes.
    m_nodes = remap[member_rows[:, 0]] if len(member_rows) else np.zeros(0, dtype=np.int64)
    keep = m_nodes >= 0
    m_nodes = m_nodes[keep]
    _, m_groups = np.unique(member_rows[keep, 1], return_inverse=True) if keep.any() else (
        None,
        np.zeros(0, dtype=np.int64),
    )
    m_groups = m_groups.astype(np.int64).reshape(-1)
    if len(m_nodes):
        pair = np.unique(np.column_stack((m_nodes, m_groups)), axis=0)
        m_nodes, m_groups = pair[:, 0], pair[:, 1]
    group_count = int(m_groups.max()) + 1 if len(m_groups) else 0
    group_size = np.bincount(m_groups, minlength=group_count).astype(np.float64)
    group_radius = k * np.sqrt(group_size * _GROUP_AREA / math.pi) + 0.5 * k
    use_foreign = group_count > 0 and len(mov_idx) * group_count <= _FOREIGN_LIMIT
    if use_foreign:
        member_of = np.zeros((len(mov_idx), group_count), dtype=bool)
        mov_pos = np.full(len(sim), -1, dtype=np.int64)
        mov_pos[mov_idx] = np.arange(len(mov_idx))
        movable_member = mov_pos[m_nodes] >= 0
        member_of[mov_pos[m_nodes[movable_member]], m_groups[movable_member]] = True
        real_group = group_size >= 2

    na = len(sim)
    ea, eb = (e[:, 0], e[:, 1]) if len(e) else (np.zeros(0, np.int64), np.zeros(0, np.int64))
    edge_live = movable[ea] | movable[eb] if len(ea) else np.zeros(0, dtype=bool)
    ea, eb = ea[edge_live], eb[edge_live]
    centre = sim[mov_idx].mean(axis=0)
    rim2 = k * k * (_MAP_AREA * na / math.pi + 1.0)

    steps = _default_iterations(len(mov_idx)) if iterations is None else max(0, int(iterations))
    spread = float(np.max(sim[mov_idx].max(axis=0) - sim[mov_idx].min(axis=0)))
    t_start = k * max(2.0, min(math.sqrt(len(mov_idx)) / 4.0, 6.0, 0.25 * spread / k))
    t_end = 0.05 * k
    for step in range(steps):
        progress = step / max(steps - 1, 1)
        temperature = t_end + (t_start - t_end) * (1.0 - progress) ** 2
        force = _repulsion(sim, mov_idx, movable, k)
        if len(ea):
            delta = sim[eb] - sim[ea]
            dist = np.sqrt(np.einsum("ij,ij->i", delta, delta))
            pull = delta * (dist / k)[:, None]
            full = np.zeros((na, 2))
            for axis in (0, 1):
                full[:, axis] = np.bincount(ea, weights=pull[:, axis], minlength=na)
                full[:, axis] -= np.bincount(eb, weights=pull[:, axis], minlength=na)
            force += full[mov_idx]
        if group_count:
            counts = np.maximum(group_size, 1.0)
            cent = np.column_stack(
                (
                    np.bincount(m_groups, weights=sim[m_nodes, 0], minlength=group_count),
                    np.bincount(m_groups, weights=sim[m_nodes, 1], minlength=group_count),
                )
            ) / counts[:, None]
            to_centre = (cent[m_groups] - sim[m_nodes]) * _GROUP_PULL
            full = np.zeros((na, 2))
            for axis in (0, 1):
                full[:, axis] = np.bincount(m_nodes, weights=to_centre[:, axis], minlength=na)
            force += full[mov_idx]
            if use_foreign:
                away = sim[mov_idx, None, :] - cent[None, :, :]
                dist = np.sqrt(np.einsum("ijk,ijk->ij", away, away))
                depth = group_radius[None, :] - dist
                inside = (depth > 0) & ~member_of & real_group[None, :]
                if inside.any():
                    scale = np.where(inside, _FOREIGN_PUSH * depth / np.maximum(dist, 1e-9), 0.0)
                    force += np.einsum("ijk,ij->ik", away, scale)
        # Gravity: linear inside the expected radius of the map, steeper outside it,
        # so isolated nodes and small components stay at the rim.
        inward = centre - sim[mov_idx]
        reach2 = np.einsum("ij,ij->i", inward, inward) / rim2
        force += inward * (_GRAVITY * np.maximum(1.0, reach2))[:, None]
        length = np.sqrt(np.einsum("ij,ij->i", force, force))
        scale = np.minimum(length, temperature) / np.maximum(length, 1e-12)
        sim[mov_idx] += force * scale[:, None]

    pts = sim * stretch
    pts[~movable] = pos[act_idx][~movable]
    finite_act = np.isfinite(pts).all(axis=1)
    sub = np.flatnonzero(finite_act)
    pts[sub] = _resolve_overlaps(pts[sub], movable[sub], width, height)
    result = original.copy()
    result[act_idx[mov_idx]] = pts[mov_idx]
    result[fixed_arr] = original[fixed_arr]
    return result
