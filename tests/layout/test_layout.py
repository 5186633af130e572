"""The map's automatic layout (workbench.layout): pure numpy, checked on numbers.

Overlaps are counted here by brute force, independently of the module's grid hash.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.layout import (
    box_size,
    count_overlaps,
    force_layout,
    place_unplaced,
    remove_overlaps,
)

W, H = 120.0, 60.0  # a node's box at spacing 90


def overlapping_pairs(
    pos: np.ndarray, movable: np.ndarray | None = None, w: float = W, h: float = H
) -> list[tuple[int, int]]:
    """Pairs of placed nodes whose boxes overlap, at least one of them movable."""
    n = len(pos)
    mov = np.ones(n, dtype=bool) if movable is None else movable
    ok = np.isfinite(pos).all(axis=1)
    i, j = np.triu_indices(n, 1)
    keep = ok[i] & ok[j] & (mov[i] | mov[j])
    i, j = i[keep], j[keep]
    hit = (np.abs(pos[i, 0] - pos[j, 0]) < w) & (np.abs(pos[i, 1] - pos[j, 1]) < h)
    return list(zip(i[hit].tolist(), j[hit].tolist()))


def random_graph(n: int, m: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    edges = rng.integers(0, n, size=(m * 2, 2))
    edges = edges[edges[:, 0] != edges[:, 1]]
    edges = np.unique(np.sort(edges, axis=1), axis=0)
    return edges[rng.permutation(len(edges))[:m]].astype(np.int64)


def three_teams(seed: int = 0) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """3 groups of 20 connected members (a tree plus chords), 5 ungrouped nodes tied to
    them, a few edges between the teams. Returns n, edges, memberships, and every
    node's team (-1 for the ungrouped)."""
    rng = np.random.default_rng(seed)
    team = np.repeat(np.arange(3), 20)
    edges = []
    for g in range(3):
        members = np.flatnonzero(team == g)
        for i in range(1, 20):
            edges.append((members[i], members[rng.integers(0, i)]))
        for _ in range(15):
            a, b = rng.choice(members, 2, replace=False)
            edges.append((a, b))
    edges += [(3, 25), (27, 44), (50, 12)]
    for extra in range(60, 65):
        edges.append((extra, int(rng.integers(0, 60))))
    e = np.unique(np.sort(np.array(edges, dtype=np.int64), axis=1), axis=0)
    memberships = np.column_stack((np.arange(60), team)).astype(np.int64)
    return 65, e, memberships, np.concatenate((team, np.full(5, -1)))


@pytest.fixture(scope="module")
def teams_layout() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    n, edges, memberships, team = three_teams()
    out = force_layout(np.full((n, 2), np.nan), edges, memberships, np.zeros(n, dtype=bool))
    return out, edges, memberships, team


# --------------------------------------------------------------------------- force_layout


def test_is_deterministic_for_a_seed() -> None:
    n, edges, memberships, _ = three_teams()
    pos = np.full((n, 2), np.nan)
    pos[:10] = np.random.default_rng(3).uniform(-300, 300, (10, 2))
    fixed = np.zeros(n, dtype=bool)
    first = force_layout(pos, edges, memberships, fixed, seed=7)
    again = force_layout(pos.copy(), edges.copy(), memberships.copy(), fixed.copy(), seed=7)
    assert np.array_equal(first, again)
    assert not np.array_equal(first, force_layout(pos, edges, memberships, fixed, seed=8))


def test_does_not_modify_its_inputs() -> None:
    n, edges, memberships, _ = three_teams()
    pos = np.full((n, 2), np.nan)
    pos[::3] = 10.0 * np.arange(len(pos[::3]))[:, None]
    before = pos.copy()
    force_layout(pos, edges, memberships, np.zeros(n, dtype=bool))
    assert np.array_equal(pos, before, equal_nan=True)


def test_fixed_nodes_stay_exactly_where_they_are() -> None:
    rng = np.random.default_rng(1)
    n = 80
    edges = random_graph(n, 160, seed=1)
    pos = rng.uniform(-800, 800, (n, 2))
    pos[5] = np.nan  # a fixed node without a position stays without one
    pos[6] = np.nan  # a movable one gets one
    fixed = np.zeros(n, dtype=bool)
    fixed[rng.choice(n, 20, replace=False)] = True
    fixed[5], fixed[6] = True, False
    out = force_layout(pos, edges, np.zeros((0, 2), dtype=np.int64), fixed)
    assert np.array_equal(out[fixed], pos[fixed], equal_nan=True)
    assert np.isfinite(out[~fixed]).all()
    assert overlapping_pairs(out, ~fixed) == []


def test_pinned_nodes_anchor_the_rest() -> None:
    n, edges, memberships, team = three_teams()
    pos = np.full((n, 2), np.nan)
    pinned = np.array([0, 20, 40])  # one per team, far apart
    pos[pinned] = [[0.0, 0.0], [2000.0, 0.0], [1000.0, 1600.0]]
    fixed = np.zeros(n, dtype=bool)
    fixed[pinned] = True
    out = force_layout(pos, edges, memberships, fixed)
    assert np.array_equal(out[pinned], pos[pinned])
    assert overlapping_pairs(out, ~fixed) == []
    for g in range(3):
        distance = np.hypot(*(out[team == g].mean(axis=0) - pos[pinned]).T)
        assert np.argmin(distance) == g  # each team gathers round its own pin


def test_no_overlaps_on_a_random_graph_of_300() -> None:
    n = 300
    edges = random_graph(n, 600, seed=2)
    out = force_layout(np.full((n, 2), np.nan), edges, np.zeros((0, 2)), np.zeros(n, dtype=bool))
    assert np.isfinite(out).all()
    assert overlapping_pairs(out) == []
    assert count_overlaps(out) == 0


def test_no_overlaps_with_groups(teams_layout: tuple[np.ndarray, ...]) -> None:
    out = teams_layout[0]
    assert np.isfinite(out).all()
    assert overlapping_pairs(out) == []


def test_groups_are_compact_and_apart(teams_layout: tuple[np.ndarray, ...]) -> None:
    out, _, _, team = teams_layout
    centroids = np.array([out[team == g].mean(axis=0) for g in range(3)])
    own, other = [], []
    for node in range(60):
        d = np.hypot(*(out[node] - centroids).T)
        own.append(d[team[node]])
        other.extend(np.delete(d, team[node]).tolist())
    assert np.mean(own) < 0.5 * np.mean(other)
    # Every member is nearer its own centroid than any other group's.
    for node in range(60):
        d = np.hypot(*(out[node] - centroids).T)
        assert np.argmin(d) == team[node]


def test_neighbours_are_closer_than_random_pairs(teams_layout: tuple[np.ndarray, ...]) -> None:
    out, edges, _, _ = teams_layout
    edge_len = np.hypot(*(out[edges[:, 0]] - out[edges[:, 1]]).T)
    i, j = np.triu_indices(len(out), 1)
    pair_len = np.hypot(*(out[i] - out[j]).T)
    assert edge_len.mean() < 0.5 * pair_len.mean()


def test_neighbours_closer_on_a_random_graph_too() -> None:
    n = 120
    edges = random_graph(n, 180, seed=4)
    out = force_layout(np.full((n, 2), np.nan), edges, np.zeros((0, 2)), np.zeros(n, dtype=bool))
    edge_len = np.hypot(*(out[edges[:, 0]] - out[edges[:, 1]]).T)
    i, j = np.triu_indices(n, 1)
    assert edge_len.mean() < 0.6 * np.hypot(*(out[i] - out[j]).T).mean()


def test_a_node_in_two_groups_sits_between_them() -> None:
    n, edges, memberships, team = three_teams()
    # Node 10 (team 0) also joins team 1; tie it to both teams.
    memberships = np.vstack((memberships, [[10, 1]]))
    edges = np.vstack((edges, [[10, 30], [10, 31]]))
    out = force_layout(np.full((n, 2), np.nan), edges, memberships, np.zeros(n, dtype=bool))
    c0, c1, c2 = (out[(team == g) & (np.arange(65) != 10)].mean(axis=0) for g in range(3))
    both = out[10]
    gap = np.hypot(*(c0 - c1))
    assert np.hypot(*(both - c0)) < gap and np.hypot(*(both - c1)) < gap
    assert np.hypot(*(both - c2)) > min(np.hypot(*(both - c0)), np.hypot(*(both - c1)))


def test_components_and_isolated_nodes_stay_close() -> None:
    # Two chains of 15, a triangle and 6 isolated nodes.
    chain = [(i, i + 1) for i in range(14)] + [(15 + i, 16 + i) for i in range(14)]
    edges = np.array(chain + [(30, 31), (31, 32), (30, 32)], dtype=np.int64)
    n = 39
    out = force_layout(np.full((n, 2), np.nan), edges, np.zeros((0, 2)), np.zeros(n, dtype=bool))
    assert overlapping_pairs(out) == []
    spread = np.hypot(*(out - out.mean(axis=0)).T)
    # 39 boxes of 120 x 60 fit in a disc of radius ~500; allow generous slack but not
    # "flung to infinity".
    assert spread.max() < 2500
    isolated = out[33:]
    assert np.hypot(*(isolated - out[:33].mean(axis=0)).T).max() < 2000


def test_no_edges_at_all() -> None:
    n = 40
    out = force_layout(np.full((n, 2), np.nan), np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(n, dtype=bool))
    assert np.isfinite(out).all()
    assert overlapping_pairs(out) == []
    assert np.hypot(*(out - out.mean(axis=0)).T).max() < 2000


def test_tidy_selection_keeps_to_its_place(teams_layout: tuple[np.ndarray, ...]) -> None:
    base, edges, memberships, team = teams_layout
    selection = np.flatnonzero(team == 0)[:12]
    jumbled = base.copy()
    rng = np.random.default_rng(5)
    jumbled[selection] = jumbled[selection].mean(axis=0) + rng.normal(0, 40, (12, 2))
    fixed = np.ones(len(base), dtype=bool)
    fixed[selection] = False
    out = force_layout(jumbled, edges, memberships, fixed)
    assert np.array_equal(out[fixed], jumbled[fixed])
    assert overlapping_pairs(out, ~fixed) == []
    shift = np.hypot(*(out[selection].mean(axis=0) - base[selection].mean(axis=0)))
    assert shift < 400


def test_spacing_scales_the_boxes_and_the_map() -> None:
    n = 60
    edges = random_graph(n, 90, seed=6)
    fixed = np.zeros(n, dtype=bool)
    small = force_layout(np.full((n, 2), np.nan), edges, np.zeros((0, 2)), fixed, spacing=45.0)
    large = force_layout(np.full((n, 2), np.nan), edges, np.zeros((0, 2)), fixed, spacing=180.0)
    assert box_size(45.0) == (60.0, 30.0)
    assert overlapping_pairs(small, w=60.0, h=30.0) == []
    assert overlapping_pairs(large, w=240.0, h=120.0) == []

    def size(p: np.ndarray) -> float:
        return float(np.hypot(*(p - p.mean(axis=0)).T).mean())

    assert size(large) > 2.5 * size(small)


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_maps(n: int) -> None:
    out = force_layout(np.full((n, 2), np.nan), np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(n, dtype=bool))
    assert out.shape == (n, 2)
    assert np.isfinite(out).all()


def test_a_single_placed_node_barely_moves() -> None:
    out = force_layout(np.array([[300.0, -40.0]]), np.zeros((0, 2)), np.zeros((0, 2)), np.array([False]))
    assert np.hypot(*(out[0] - [300.0, -40.0])) < 10.0


def test_all_fixed_returns_the_input() -> None:
    pos = np.array([[0.0, 0.0], [np.nan, np.nan], [5.0, 5.0]])  # overlapping, but pinned
    out = force_layout(pos, np.array([[0, 2]]), np.array([[0, 0]]), np.ones(3, dtype=bool))
    assert np.array_equal(out, pos, equal_nan=True)
    assert out is not pos


def test_self_loops_and_duplicate_edges_are_tolerated() -> None:
    edges = np.array([[0, 1], [1, 0], [1, 1], [0, 1], [2, 3]])
    out = force_layout(np.full((4, 2), np.nan), edges, np.array([[0, 5], [0, 5]]), np.zeros(4, dtype=bool))
    assert np.isfinite(out).all()
    assert overlapping_pairs(out) == []


def test_bad_input_is_refused() -> None:
    pos = np.zeros((3, 2))
    fixed = np.zeros(3, dtype=bool)
    with pytest.raises(ValueError):
        force_layout(pos, np.array([[0, 3]]), np.zeros((0, 2)), fixed)
    with pytest.raises(ValueError):
        force_layout(pos, np.zeros((0, 2)), np.array([[7, 0]]), fixed)
    with pytest.raises(ValueError):
        force_layout(pos, np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(2, dtype=bool))
    with pytest.raises(ValueError):
        force_layout(np.zeros((3, 3)), np.zeros((0, 2)), np.zeros((0, 2)), fixed)
    with pytest.raises(ValueError):
        force_layout(pos, np.zeros((0, 2)), np.zeros((0, 2)), fixed, spacing=0.0)


# --------------------------------------------------------------------------- place_unplaced


def test_place_unplaced_changes_only_nan_rows() -> None:
    rng = np.random.default_rng(8)
    n = 50
    edges = random_graph(n, 70, seed=8)
    pos = rng.uniform(-600, 600, (n, 2))
    missing = rng.choice(n, 15, replace=False)
    pos[missing] = np.nan
    out = place_unplaced(pos, edges)
    placed = np.isfinite(pos).all(axis=1)
    assert np.array_equal(out[placed], pos[placed])
    assert np.isfinite(out).all()
    # New nodes overlap neither each other nor the placed ones.
    assert overlapping_pairs(out, ~placed) == []


def test_place_unplaced_puts_new_nodes_near_their_neighbours() -> None:
    pos = np.array([[0.0, 0.0], [1000.0, 0.0], [np.nan, np.nan], [np.nan, np.nan], [np.nan, np.nan]])
    # 2 hangs between 0 and 1; 3 hangs off 2 (a chain); 4 is on its own.
    edges = np.array([[2, 0], [2, 1], [3, 2]])
    out = place_unplaced(pos, edges)
    assert np.hypot(*(out[2] - [500.0, 0.0])) < 200
    assert np.hypot(*(out[3] - out[2])) < 250
    assert overlapping_pairs(out) == []
    lone = out[4]
    assert not (-W < lone[0] < 1000 + W and -H < lone[1] < H)  # outside the placed bbox


def test_place_unplaced_all_nan_is_a_compact_deterministic_spiral() -> None:
    n = 400
    edges = random_graph(n, 800, seed=9)
    out = place_unplaced(np.full((n, 2), np.nan), edges)
    assert np.array_equal(out, place_unplaced(np.full((n, 2), np.nan), edges))
    assert overlapping_pairs(out) == []
    span = out.max(axis=0) - out.min(axis=0)
    assert span[0] * span[1] < n * W * H * 5  # dense, not a line
    first = out[np.argmin(np.hypot(*out.T))]
    assert np.hypot(*first) < W


def test_place_unplaced_edge_cases() -> None:
    assert place_unplaced(np.zeros((0, 2)), np.zeros((0, 2))).shape == (0, 2)
    assert np.isfinite(place_unplaced(np.full((1, 2), np.nan), np.zeros((0, 2)))).all()
    full = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert np.array_equal(place_unplaced(full, np.array([[0, 1]])), full)


# --------------------------------------------------------------------------- remove_overlaps


def test_remove_overlaps_spreads_a_single_heap() -> None:
    out = remove_overlaps(np.zeros((200, 2)))
    assert np.isfinite(out).all()
    assert overlapping_pairs(out) == []


def test_remove_overlaps_leaves_a_clean_layout_alone() -> None:
    grid = np.stack(np.meshgrid(np.arange(5) * 130.0, np.arange(4) * 70.0), axis=-1).reshape(-1, 2)
    assert np.array_equal(remove_overlaps(grid), grid)


def test_remove_overlaps_works_around_fixed_boxes() -> None:
    rng = np.random.default_rng(10)
    pos = rng.uniform(0, 1500, (400, 2))
    movable = np.zeros(400, dtype=bool)
    movable[::3] = True
    out = remove_overlaps(pos, movable)
    assert np.array_equal(out[~movable], pos[~movable])
    assert overlapping_pairs(out, movable) == []


def test_remove_overlaps_in_a_dense_crowd_with_a_wall_of_fixed_boxes() -> None:
    # A ring of fixed boxes around a heap of movable ones that cannot fit inside.
    angle = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    ring = np.column_stack((500 * np.cos(angle), 250 * np.sin(angle)))
    heap = np.random.default_rng(11).normal(0, 30, (120, 2))
    pos = np.vstack((ring, heap))
    movable = np.arange(len(pos)) >= len(ring)
    out = remove_overlaps(pos, movable)
    assert np.array_equal(out[:40], ring)
    assert overlapping_pairs(out, movable) == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(-400, 400), st.floats(-400, 400), st.booleans()),
        min_size=0,
        max_size=40,
    ),
    st.sampled_from([45.0, 90.0, 130.0]),
)
def test_remove_overlaps_always_succeeds(
    nodes: list[tuple[float, float, bool]], spacing: float
) -> None:
    pos = np.array([(x, y) for x, y, _ in nodes], dtype=np.float64).reshape(-1, 2)
    movable = np.array([m for _, _, m in nodes], dtype=bool)
    out = remove_overlaps(pos, movable, spacing=spacing)
    w, h = box_size(spacing)
    assert np.array_equal(out[~movable], pos[~movable])
    assert overlapping_pairs(out, movable, w, h) == []
