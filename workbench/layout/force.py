"""Automatic layout of the stakeholder map: pure numpy, no Qt, no database.

Nodes are boxes of ``box_size(spacing)`` (see ``workbench.layout.overlap``). Groups
(circles, teams) are soft regions painted behind their members, so members of one group
should end up close together and apart from other groups.

Public functions
----------------
``force_layout``
    Fruchterman-Reingold with cooling (repulsion k^2/d, attraction d^2/k along edges,
    linear beyond 2k so that a few long edges cannot crush the map), plus a pull of every
    member towards its group's centroid, a push of non-members out of a group's disc,
    and gravity towards the movable nodes' starting centroid (linear, steeper beyond the
    expected rim of the map) that keeps components and isolated nodes close. Fixed
    nodes (pinned, or outside a "tidy selection") never move: they attract along edges
    and repel within the near cut-off, as obstacles. Repulsion is exact (dense,
    vectorised) for small maps; for large ones it is split into an exact near field
    (pairs found through a grid hash, within 2k) and a particle-mesh far field
    (cloud-in-cell deposit on a grid, FFT convolution with the cut-off 1/r kernel,
    interpolation back to the nodes). The simulation runs in a space stretched to the
    box's aspect ratio, so neighbours keep more room beside each other than above.
    Finally the overlap removal of ``remove_overlaps`` runs.
``place_unplaced``
    Positions for unplaced (NaN) nodes only: next to the centroid of their placed
    neighbours (wave by wave, so chains of new nodes follow their anchor), the rest on a
    spiral of lattice slots around the placed nodes' bounding box, then overlap removal
    for the new nodes.

Everything is deterministic for a given input and ``seed``.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from workbench.layout.overlap import (
    REFERENCE_SPACING,
    BoolArray,
    FloatArray,
    IntArray,
    _as_pairs,
    _as_positions,
    _cell_index,
    _clean_edges,
    _grid_cross_pairs,
    _grid_pairs,
    _resolve_overlaps,
    _sunflower,
    box_size,
)

__all__ = ["force_layout", "place_unplaced"]

#: Above this many (movable x all) node pairs, repulsion switches from exact all-pairs
#: to near field (grid hash) plus particle-mesh far field.
_EXACT_PAIR_LIMIT = 20_000
#: Cut-off radius of the exact near field in the approximate scheme, in units of spacing.
_NEAR_CUTOFF = 2.0
#: Largest far-field grid side (cells) before the cell size grows instead.
_MAX_GRID = 192
#: Linear strength of the pull to the group centroid, of the push out of foreign groups,
#: and of the gravity to the centre (per unit distance; FR forces are k^2/d and d^2/k).
_GROUP_PULL = 0.6
_FOREIGN_PUSH = 1.0
_GRAVITY = 1.0
#: Edge attraction is FR's d^2/k up to this many spacings, linear in d beyond, so
#: a few long edges cannot crush the whole map.
_ATTRACT_CAP = 2.0
#: Expected area per node of a laid out map (units of spacing^2), for the gravity's rim.
_MAP_AREA = 2.0
#: Area per group member (units of spacing^2) used for the target radius of a group.
_GROUP_AREA = 1.6


# --------------------------------------------------------------------------- placement


def _adjacency(n: int, edges: IntArray) -> tuple[IntArray, IntArray]:
    """CSR adjacency (indptr, neighbours) of the undirected ``edges``."""
    src = np.concatenate((edges[:, 0], edges[:, 1]))
    dst = np.concatenate((edges[:, 1], edges[:, 0]))
    order = np.argsort(src, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst[order]


def _components(n: int, edges: IntArray) -> IntArray:
    """Connected component label (smallest node index) of every node: hooking plus
    pointer jumping, vectorised."""
    parent = np.arange(n, dtype=np.int64)
    if len(edges) == 0:
        return parent
    a, b = edges[:, 0], edges[:, 1]
    while True:
        pa, pb = parent[a], parent[b]
        differ = pa != pb
        if not differ.any():
            return parent
        np.minimum.at(parent, np.maximum(pa, pb)[differ], np.minimum(pa, pb)[differ])
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped


def _bfs_order(nodes: IntArray, indptr: IntArray, neighbours: IntArray) -> IntArray:
    """``nodes`` ordered component by component (largest first), in breadth-first
    layers from each component's best-connected node, following edges only within
    ``nodes``."""
    n = len(indptr) - 1
    inside = np.zeros(n, dtype=bool)
    inside[nodes] = True
    src = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
    keep = inside[src] & inside[neighbours] & (src < neighbours)
    label = _components(n, np.column_stack((src[keep], neighbours[keep])))
    degree = np.diff(indptr)
    # Root of each component: highest degree, then lowest index.
    by_root = nodes[np.lexsort((nodes, -degree[nodes], label[nodes]))]
    first = np.ones(len(by_root), dtype=bool)
    first[1:] = label[by_root[1:]] != label[by_root[:-1]]
    level = np.full(n, -1, dtype=np.int64)
    frontier = by_root[first]
    level[frontier] = 0
    depth = 0
    while len(frontier):
        starts, stops = indptr[frontier], indptr[frontier + 1]
        count = stops - starts
        at = np.repeat(starts - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
        reached = neighbours[at]
        reached = np.unique(reached[inside[reached] & (level[reached] < 0)])
        depth += 1
        level[reached] = depth
        frontier = reached
    size = np.bincount(label[nodes], minlength=n)
    return nodes[np.lexsort((nodes, level[nodes], label[nodes], -size[label[nodes]]))]


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
        if half_x + half_y > 2 * count + 64:
            # A vast map for a few new nodes: a compact block just below it instead.
            cols = int(math.ceil(math.sqrt(count * 2.0)))
            index = np.arange(count)
            return np.column_stack(
                (
                    cx + (index % cols - (cols - 1) / 2.0) * pitch_x,
                    y1 + (index // cols + 1.0) * pitch_y,
                )
            )
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
        cx = _cell_index(anchor[:, 0] + width / 2, width)
        cy = _cell_index(anchor[:, 1] + height / 2, height)
        key = cx * (int(cy.max()) + 1) + cy
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
    box_size(spacing)  # validates
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
    evaluated at ``points[at]``. (Only movable nodes are passed: fixed nodes are local
    obstacles, they should not push a tidied selection away as a whole.)"""
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
    cutoff_cells = max(round(cutoff / cell, 2), 1.5)  # never a self-interaction
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


def _near_repulsion(
    points: FloatArray, mov_idx: IntArray, movable: BoolArray, k: float
) -> FloatArray:
    """Repulsion k^2 / d on the movable nodes from nodes within the near-field cut-off."""
    n = len(points)
    m = len(mov_idx)
    cutoff = _NEAR_CUTOFF * k
    x, y = points[:, 0], points[:, 1]
    if 2 * m < n:
        # Few movable nodes (tidying a selection): look only around them.
        row, other = _grid_cross_pairs(points, points[mov_idx], cutoff)
        mine = mov_idx[row]
        dx = x[mine] - x[other]
        dy = y[mine] - y[other]
        d2 = dx * dx
        d2 += dy * dy
        near = (d2 < cutoff * cutoff) & (other != mine)
        row, dx, dy, d2 = row[near], dx[near], dy[near], d2[near]
        np.maximum(d2, (0.01 * k) ** 2, out=d2)
        weight = np.divide(k * k, d2, out=d2)
        return np.column_stack(
            (
                np.bincount(row, weights=dx * weight, minlength=m),
                np.bincount(row, weights=dy * weight, minlength=m),
            )
        )
    i, j = _grid_pairs(points, cutoff, cutoff)
    dx = x[i] - x[j]
    dy = y[i] - y[j]
    d2 = dx * dx
    d2 += dy * dy
    near = d2 < cutoff * cutoff
    if m < n:
        near &= movable[i] | movable[j]
    i, j, dx, dy, d2 = i[near], j[near], dx[near], dy[near], d2[near]
    np.maximum(d2, (0.01 * k) ** 2, out=d2)
    weight = np.divide(k * k, d2, out=d2)
    dx *= weight
    dy *= weight
    fx = np.bincount(i, weights=dx, minlength=n) - np.bincount(j, weights=dx, minlength=n)
    fy = np.bincount(i, weights=dy, minlength=n) - np.bincount(j, weights=dy, minlength=n)
    return np.column_stack((fx[mov_idx], fy[mov_idx]))


def _default_iterations(movable_count: int) -> int:
    if movable_count <= 100:
        return 130
    if movable_count <= 400:
        return 160
    if movable_count <= 1500:
        return 130
    return 100


class _Groups:
    """Group forces: members pulled to their group's centroid, movable non-members
    pushed out of a group's disc (target radius from its size)."""

    def __init__(
        self, nodes: IntArray, groups: IntArray, n: int, mov_idx: IntArray, k: float
    ) -> None:
        self.nodes, self.groups, self.n = nodes, groups, n
        self.count = int(groups.max()) + 1 if len(groups) else 0
        size = np.bincount(groups, minlength=self.count).astype(np.float64)
        self.size = np.maximum(size, 1.0)
        self.mov_idx = mov_idx
        self.radius = k * np.sqrt(size * _GROUP_AREA / math.pi) + 0.5 * k
        mov_row = np.full(n, -1, dtype=np.int64)
        mov_row[mov_idx] = np.arange(len(mov_idx))
        self.pull_matrix: FloatArray | None = None
        self.mean: FloatArray | None = None
        if len(mov_idx) * n <= _EXACT_PAIR_LIMIT:
            # Small maps: the pull is linear in the positions, one matrix product.
            member = np.zeros((n, self.count))
            member[nodes, groups] = 1.0
            self.mean = (member / self.size).T  # (groups, n): centroid weights
            mov_member = member[mov_idx]
            self.pull_matrix = (mov_member @ self.mean) * _GROUP_PULL
            self.mov_count = mov_member.sum(axis=1)[:, None] * _GROUP_PULL
        self.real = size >= 2  # a lone member does not make a region
        self.dense_foreign = len(mov_idx) * self.count <= _EXACT_PAIR_LIMIT
        if self.dense_foreign:
            is_member = np.zeros((len(mov_idx), self.count), dtype=bool)
            of_mov = mov_row[nodes] >= 0
            is_member[mov_row[nodes[of_mov]], groups[of_mov]] = True
            self.foreign = ~is_member & self.real[None, :]
        else:
            # Sorted (node, group) keys, to tell members from foreigners per pair.
            self.member_keys = np.sort(nodes * self.count + groups)
            self.mov_row = mov_row
        self.push_foreign = bool(self.real.any())

    def centroids(self, sim: FloatArray) -> FloatArray:
        if self.mean is not None:
            return self.mean @ sim
        cx = np.bincount(self.groups, weights=sim[self.nodes, 0], minlength=self.count)
        cy = np.bincount(self.groups, weights=sim[self.nodes, 1], minlength=self.count)
        return np.column_stack((cx, cy)) / self.size[:, None]

    def forces(self, sim: FloatArray, mov: FloatArray) -> FloatArray:
        cent: FloatArray | None = None
        if self.pull_matrix is not None:
            force = self.pull_matrix @ sim - mov * self.mov_count
        else:
            cent = self.centroids(sim)
            to_centre = (cent[self.groups] - sim[self.nodes]) * _GROUP_PULL
            fx = np.bincount(self.nodes, weights=to_centre[:, 0], minlength=self.n)
            fy = np.bincount(self.nodes, weights=to_centre[:, 1], minlength=self.n)
            force = np.column_stack((fx[self.mov_idx], fy[self.mov_idx]))
        if self.push_foreign and not self.dense_foreign:
            if cent is None:
                cent = self.centroids(sim)
            force += self._sparse_foreign(sim, cent)
        elif self.push_foreign:
            if cent is None:
                cent = self.centroids(sim)
            ax = mov[:, 0, None] - cent[None, :, 0]
            ay = mov[:, 1, None] - cent[None, :, 1]
            dist = np.sqrt(ax * ax + ay * ay)
            depth = self.radius[None, :] - dist
            inside = (depth > 0) & self.foreign
            if inside.any():
                scale = np.where(inside, _FOREIGN_PUSH * depth / np.maximum(dist, 1e-9), 0.0)
                force[:, 0] += (ax * scale).sum(axis=1)
                force[:, 1] += (ay * scale).sum(axis=1)
        return force

    def _sparse_foreign(self, sim: FloatArray, cent: FloatArray) -> FloatArray:
        """The foreign push for large maps: only nodes in the grid cells around each
        group's centroid are considered (cell = largest radius)."""
        real = np.flatnonzero(self.real)
        cell = float(self.radius[real].max())
        group, node = _grid_cross_pairs(sim[self.mov_idx], cent[real], cell)
        group = real[group]
        node = self.mov_idx[node]
        ax = sim[node, 0] - cent[group, 0]
        ay = sim[node, 1] - cent[group, 1]
        dist = np.sqrt(ax * ax + ay * ay)
        depth = self.radius[group] - dist
        hit = depth > 0
        key = node[hit] * self.count + group[hit]
        where = np.minimum(np.searchsorted(self.member_keys, key), len(self.member_keys) - 1)
        foreign = self.member_keys[where] != key
        node = node[hit][foreign]
        scale = (_FOREIGN_PUSH * depth[hit][foreign]) / np.maximum(dist[hit][foreign], 1e-9)
        rows = self.mov_row[node]
        m = len(self.mov_idx)
        fx = np.bincount(rows, weights=ax[hit][foreign] * scale, minlength=m)
        fy = np.bincount(rows, weights=ay[hit][foreign] * scale, minlength=m)
        return np.column_stack((fx, fy))


def _dense_forces(
    sim: FloatArray,
    mov: FloatArray,
    mov_idx: IntArray,
    adjacency: FloatArray,
    fixed_cols: IntArray,
    k: float,
) -> FloatArray:
    """Small maps: repulsion k^2/d (from fixed nodes only within the near cut-off) and
    edge attraction, in one pass over the dense (movable x all) distance matrix."""
    dx = mov[:, 0, None] - sim[None, :, 0]
    dy = mov[:, 1, None] - sim[None, :, 1]
    d2 = dx * dx
    d2 += dy * dy
    np.maximum(d2, (0.01 * k) ** 2, out=d2)
    d2[np.arange(len(mov_idx)), mov_idx] = np.inf
    weight = (k * k) / d2
    if len(fixed_cols):
        cutoff2 = (_NEAR_CUTOFF * k) ** 2
        weight[:, fixed_cols] *= d2[:, fixed_cols] < cutoff2
    # Attraction along edges: d^2/k up to the cap, linear beyond.
    weight -= adjacency * np.minimum(np.sqrt(d2), _ATTRACT_CAP * k) * (1.0 / k)
    return np.column_stack(((dx * weight).sum(axis=1), (dy * weight).sum(axis=1)))


def _edge_forces(
    sim: FloatArray, ea: IntArray, eb: IntArray, mov_idx: IntArray, k: float
) -> FloatArray:
    """Edge attraction from edge lists (large maps)."""
    n = len(sim)
    dx = sim[eb, 0] - sim[ea, 0]
    dy = sim[eb, 1] - sim[ea, 1]
    scale = np.minimum(np.sqrt(dx * dx + dy * dy), _ATTRACT_CAP * k) * (1.0 / k)
    dx *= scale
    dy *= scale
    fx = np.bincount(ea, weights=dx, minlength=n) - np.bincount(eb, weights=dx, minlength=n)
    fy = np.bincount(ea, weights=dy, minlength=n) - np.bincount(eb, weights=dy, minlength=n)
    return np.column_stack((fx[mov_idx], fy[mov_idx]))


def _group_pairs(
    memberships: IntArray, remap: IntArray
) -> tuple[IntArray, IntArray]:
    """(node, group) pairs of active nodes, groups renumbered 0..g-1, duplicates dropped."""
    if len(memberships) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    nodes = remap[memberships[:, 0]]
    keep = nodes >= 0
    if not keep.any():
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    _, groups = np.unique(memberships[keep, 1], return_inverse=True)
    pairs = np.unique(np.column_stack((nodes[keep], groups.reshape(-1))), axis=0)
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)


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
    their neighbours (as ``place_unplaced`` does), then Fruchterman-Reingold with
    cooling runs with group attraction, foreign-group push and gravity, and finally the
    boxes of ``box_size(spacing)`` are pushed apart so that no movable box overlaps
    another box. Deterministic for a given input and ``seed``.
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
    width, height = box_size(spacing)
    original = pos.copy()
    k = float(spacing)
    if n == 0 or fixed_arr.all():
        return original

    # Fixed unplaced nodes take no part at all; the others are the "active" nodes.
    active = np.isfinite(pos).all(axis=1) | ~fixed_arr
    act_idx = np.flatnonzero(active)
    na = len(act_idx)
    remap = np.full(n, -1, dtype=np.int64)
    remap[act_idx] = np.arange(na)
    e = remap[edge_rows] if len(edge_rows) else edge_rows
    if len(e):
        e = e[(e >= 0).all(axis=1)]
    pts = _place(pos[act_idx].copy(), e, k, resolve=False)
    movable = ~fixed_arr[act_idx]
    mov_idx = np.flatnonzero(movable)
    nm = len(mov_idx)

    # Work in a space stretched to the box's aspect ratio: a node needs more room
    # beside its neighbours than above them.
    aspect = (width / height) ** 0.25
    stretch = np.array([aspect, 1.0 / aspect])
    sim = pts / stretch
    rng = np.random.default_rng(seed)
    sim[mov_idx] += rng.normal(scale=0.02 * k, size=(nm, 2))

    m_nodes, m_groups = _group_pairs(member_rows, remap)
    groups = _Groups(m_nodes, m_groups, na, mov_idx, k) if len(m_nodes) else None

    live = movable[e[:, 0]] | movable[e[:, 1]] if len(e) else np.zeros(0, dtype=bool)
    ea, eb = e[live, 0], e[live, 1]
    dense = nm * na <= _EXACT_PAIR_LIMIT
    if dense:
        mov_row = np.full(na, -1, dtype=np.int64)
        mov_row[mov_idx] = np.arange(nm)
        adjacency = np.zeros((nm, na))
        for a, b in ((ea, eb), (eb, ea)):
            from_mov = mov_row[a] >= 0
            adjacency[mov_row[a[from_mov]], b[from_mov]] = 1.0
    centre = sim[mov_idx].mean(axis=0)
    fixed_cols = np.flatnonzero(~movable)
    rim2 = k * k * (_MAP_AREA * nm / math.pi + 1.0)
    gravity = _GRAVITY
    if nm < na:
        # Tidying among fixed nodes: the movable ones keep to their neighbourhoods (a
        # scattered selection is not gathered in one heap), so the rim is at least as
        # wide as they are spread, and gravity is weaker the fewer of them there are.
        spread2 = float(((sim[mov_idx] - centre) ** 2).sum(axis=1).max())
        rim2 = max(rim2, spread2)
        gravity *= max(nm / na, 0.05)

    steps = _default_iterations(nm) if iterations is None else max(0, int(iterations))
    spread = float(np.max(sim[mov_idx].max(axis=0) - sim[mov_idx].min(axis=0)))
    t_start = k * max(2.0, min(math.sqrt(nm) / 4.0, 6.0, 0.25 * spread / k))
    t_end = 0.05 * k
    far: FloatArray | None = None
    for step in range(steps):
        progress = step / max(steps - 1, 1)
        temperature = t_end + (t_start - t_end) * (1.0 - progress) ** 2
        mov = sim[mov_idx]
        if dense:
            force = _dense_forces(sim, mov, mov_idx, adjacency, fixed_cols, k)
        else:
            # The far field changes slowly: refresh it every other step.
            if far is None or step % 2 == 0:
                far = _far_field(sim[mov_idx], np.arange(nm), k)
            force = _near_repulsion(sim, mov_idx, movable, k) + far
            if len(ea):
                force += _edge_forces(sim, ea, eb, mov_idx, k)
        if groups is not None:
            force += groups.forces(sim, mov)
        # Gravity: linear inside the expected radius of the map, steeper outside it,
        # so isolated nodes and small components stay at the rim.
        inward = centre - mov
        reach2 = (inward * inward).sum(axis=1) * (1.0 / rim2)
        force += inward * (gravity * np.maximum(1.0, reach2))[:, None]
        length = np.sqrt((force * force).sum(axis=1))
        scale = np.minimum(length, temperature) / np.maximum(length, 1e-12)
        sim[mov_idx] = mov + force * scale[:, None]

    pts = sim * stretch
    pts[~movable] = pos[act_idx[~movable]]
    pts = _resolve_overlaps(pts, movable, width, height)
    result = original.copy()
    result[act_idx[mov_idx]] = pts[mov_idx]
    result[fixed_arr] = original[fixed_arr]
    return result
