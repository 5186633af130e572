"""How far the network has become a meshwork: partners connected with each other, not
only through the facilitator (PRODUCT.md, "Signature and phase").

Pure Python over the same columns the radar reads (``People``, relation ends, each
relation's latest energy); networkx is imported only when the brokers are computed.

Who counts: the *partners* are every stakeholder but the facilitator and those gone their
own way (status ``own_way``: they left, and the network's shape should not count them).
Only relations whose two ends are the facilitator or partners count.

The measures (each names the people it is about, so that a view can select them):

- ``positive_share``: of the positive relations (latest energy ≥ ``POSITIVE``, 4 engaged),
  the share that does not involve the facilitator. None when there is no positive
  relation. Its people: the partners at both ends of those positive relations between
  partners.
- ``density``: the relations between partners as a share of all possible pairs of
  partners, n (n − 1) / 2 (the facilitator left out: a star around them has density 0).
  None with fewer than two partners. Its people: every partner.
- ``only_through_facilitator``: partners related to the facilitator and to no other
  partner.
- ``unconnected``: partners with no relation at all.
- ``brokers``: the partners with the highest betweenness centrality in the graph of the
  partners' relations among themselves (networkx, normalised; the facilitator left out,
  so these are the bridges the network has of its own), those above 0, at most
  ``BROKERS``, highest first (ties by name). Above ``EXACT_UP_TO`` partners the
  centrality is estimated from ``SAMPLES`` pivots (seeded, so the same every time):
  exact betweenness grows with partners × relations and takes minutes at 5,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from workbench.model import StakeholderKind, Status
from workbench.sensing.observations import People

#: A relation is positive from this latest energy on (4 engaged, 5 in flow).
POSITIVE = 4
#: How many brokers are named.
BROKERS = 5
#: Exact betweenness up to this many partners; estimated from SAMPLES pivots above it.
EXACT_UP_TO = 600
SAMPLES = 200
SEED = 7


@dataclass(frozen=True)
class Measure:
    """One measure: its key, its value (a share 0–1, a count, or None when it cannot be
    computed), and the people (and relations) it is about."""

    key: str
    value: float | int | None
    ids: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    #: Extra numbers for the explanation (counts behind a share, each broker's centrality).
    detail: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Meshwork:
    """The meshwork measures of a network, in the order they are shown."""

    partners: int
    measures: tuple[Measure, ...]

    def __getitem__(self, key: str) -> Measure:
        for m in self.measures:
            if m.key == key:
                return m
        raise KeyError(key)


def meshwork(people: People, relation_ends: Mapping[str, tuple[str, str]],
             latest_energy: Mapping[str, int], facilitator: str | None = None) -> Meshwork:
    """The measures of the network of *people* and their relations (*relation_ends*: per
    relation its two stakeholder ids; *latest_energy*: per relation with readings its latest
    energy). *facilitator*: the facilitator's id (default: the one of kind facilitator)."""
    if facilitator is None:
        facilitator = next((sid for sid, kind in zip(people.ids, people.kinds)
                            if kind == StakeholderKind.FACILITATOR), None)
    names = dict(zip(people.ids, people.names))
    partners = [sid for sid, status in zip(people.ids, people.statuses)
                if sid != facilitator and status != Status.OWN_WAY]
    counted = set(partners)
    within = counted | ({facilitator} if facilitator is not None else set())
    between: list[tuple[str, str, str]] = []  # partner–partner relations
    with_facilitator: set[str] = set()
    positive_total = 0
    positive_between: list[str] = []
    for rid, (a, b) in relation_ends.items():
        if a == b or a not in within or b not in within:
            continue
        positive = latest_energy.get(rid, 0) >= POSITIVE
        if facilitator in (a, b):
            with_facilitator.add(b if a == facilitator else a)
            positive_total += positive
        else:
            between.append((rid, a, b))
            if positive:
                positive_total += 1
                positive_between.append(rid)
    linked = {sid for _rid, a, b in between for sid in (a, b)}
    ends = {rid: (a, b) for rid, a, b in between}
    by_name = sorted(partners, key=lambda sid: (names.get(sid, ""), sid))

    def people_of(rids: Sequence[str]) -> tuple[str, ...]:
        ids = {sid for rid in rids for sid in ends[rid]}
        return tuple(sid for sid in by_name if sid in ids)

    n = len(partners)
    pairs = n * (n - 1) // 2
    measures = (
        Measure("positive_share", len(positive_between) / positive_total if positive_total else None,
                people_of(positive_between), tuple(sorted(positive_between)),
                {"between": len(positive_between), "positive": positive_total}),
        Measure("density", len(between) / pairs if pairs else None, tuple(by_name),
                tuple(sorted(ends)), {"relations": len(between), "pairs": pairs}),
        Measure("only_through_facilitator",
                len(only := tuple(sid for sid in by_name if sid in with_facilitator and sid not in linked)),
                only),
        Measure("unconnected",
                len(alone := tuple(sid for sid in by_name if sid not in with_facilitator and sid not in linked)),
                alone),
        _brokers(partners, between, names),
    )
    return Meshwork(partners=n, measures=measures)


def _brokers(partners: Sequence[str], between: Sequence[tuple[str, str, str]],
             names: Mapping[str, str]) -> Measure:
    """The partners bridging the most shortest paths between other partners."""
    if not between:
        return Measure("brokers", 0, (), (), {"centrality": {}, "estimated": False})
    import networkx as nx  # only here: never at start-up

    graph = nx.Graph()
    graph.add_nodes_from(partners)
    graph.add_edges_from((a, b) for _rid, a, b in between)
    estimated = graph.number_of_nodes() > EXACT_UP_TO
    centrality = nx.betweenness_centrality(graph, k=min(SAMPLES, graph.number_of_nodes()) if estimated else None,
                                           normalized=True, seed=SEED if estimated else None)
    ranked = sorted((sid for sid, c in centrality.items() if c > 0),
                    key=lambda sid: (-centrality[sid], names.get(sid, ""), sid))[:BROKERS]
    return Measure("brokers", len(ranked), tuple(ranked), (),
                   {"centrality": {sid: round(centrality[sid], 4) for sid in ranked}, "estimated": estimated})


__all__ = ["BROKERS", "EXACT_UP_TO", "Measure", "Meshwork", "POSITIVE", "SAMPLES", "meshwork"]
