"""The meshwork measures (sensing/meshwork.py) on a small network computed by hand, and on
the demo against networkx's own measures of the same graph."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.sensing import meshwork as module
from workbench.sensing.meshwork import Measure, meshwork
from workbench.sensing.observations import People
from workbench.workspace import Workspace
from workbench.workspace.meshwork import measure

#: id → (name, kind, status)
PEOPLE = {
    "f": ("Fenna", "facilitator", "active"),
    "a": ("Ann", "person", "active"),
    "b": ("Bea", "person", "core"),
    "c": ("Cas", "organisation", "active"),
    "d": ("Dirk", "person", "active"),
    "e": ("Eva", "person", "active"),
    "g": ("Gem", "government", "prospect"),
    "h": ("Hugo", "person", "active"),
    "o": ("Olaf", "person", "own_way"),
}
#: relation id → (a, b, latest energy or None)
RELATIONS = {
    "fa": ("f", "a", 5), "fb": ("f", "b", 4), "fc": ("f", "c", 2), "fd": ("d", "f", 4),
    "fe": ("f", "e", None), "fo": ("f", "o", 5),
    "ab": ("a", "b", 4), "bc": ("b", "c", 5), "ch": ("c", "h", 3), "co": ("c", "o", 5),
}


def _people(people: dict = PEOPLE) -> People:  # type: ignore[type-arg]
    ids = tuple(people)
    return People(ids, tuple(people[i][1] for i in ids), tuple(people[i][2] for i in ids),
                  tuple(people[i][0] for i in ids))


def _network(relations: dict = RELATIONS, people: dict = PEOPLE, facilitator: str | None = None):  # type: ignore[no-untyped-def,type-arg]
    ends = {rid: (a, b) for rid, (a, b, _e) in relations.items()}
    energy = {rid: e for rid, (_a, _b, e) in relations.items() if e is not None}
    return meshwork(_people(people), ends, energy, facilitator)


def test_a_small_network_by_hand() -> None:
    m = _network()
    # partners: everyone but the facilitator and Olaf (own way): a b c d e g h
    assert m.partners == 7
    share = m["positive_share"]
    # positive (≥ 4): fa fb fd ab bc (fo, co: Olaf's, not counted); between partners: ab bc
    assert share.value == pytest.approx(2 / 5)
    assert (share.ids, share.relations) == (("a", "b", "c"), ("ab", "bc"))
    assert dict(share.detail) == {"between": 2, "positive": 5}
    density = m["density"]
    # ab bc ch of 7 × 6 / 2 = 21 pairs
    assert density.value == pytest.approx(3 / 21)
    assert density.ids == ("a", "b", "c", "d", "e", "g", "h")  # by name
    assert dict(density.detail) == {"relations": 3, "pairs": 21}
    assert isinstance(density.detail["pairs"], int) and density.relations == ("ab", "bc", "ch")
    assert m["only_through_facilitator"].ids == ("d", "e") and m["only_through_facilitator"].value == 2
    assert m["unconnected"].ids == ("g",) and m["unconnected"].value == 1
    brokers = m["brokers"]
    # the path a–b–c–h: b and c each lie on 2 of the 7 × 6 / 2 = 15 pairs' paths: 2 / 15 normalised
    assert brokers.ids == ("b", "c") and brokers.value == 2
    assert brokers == Measure("brokers", 2, ("b", "c"), (), {"centrality": {"b": round(2 / 15, 4),
                                                                           "c": round(2 / 15, 4)},
                                                            "estimated": False})
    assert [x.key for x in m.measures] == ["positive_share", "density", "only_through_facilitator",
                                           "unconnected", "brokers"]
    with pytest.raises(KeyError, match="nothing"):
        m["nothing"]


def test_people_are_listed_by_name_and_brokers_by_centrality_then_name() -> None:
    renamed = {**PEOPLE, "h": ("Aart", "person", "active"), "b": ("Zoe", "person", "core")}
    m = _network(people=renamed)
    assert m["density"].ids == ("h", "a", "c", "d", "e", "g", "b")
    assert m["positive_share"].ids == ("a", "c", "b")
    assert m["brokers"].ids == ("c", "b")  # equally central: by name


def test_without_a_facilitator_everyone_is_a_partner() -> None:
    people = {k: v for k, v in PEOPLE.items() if k != "f"}
    m = _network({k: v for k, v in RELATIONS.items() if "f" not in v[:2]}, people)
    assert m.partners == 7 and m["only_through_facilitator"].ids == ()
    assert m["unconnected"].ids == ("d", "e", "g")


def test_the_facilitator_is_found_by_kind_or_given() -> None:
    assert _network(facilitator="f") == _network()
    # another facilitator given: Fenna is then a partner, and the shares change
    other = _network(facilitator="a")
    assert other.partners == 7 and "f" in other["density"].ids and "a" not in other["density"].ids


def test_edge_cases_nothing_to_share_and_nobody() -> None:
    lonely = _network({"fa": ("f", "a", 2), "self": ("a", "a", 5), "stranger": ("a", "x", 5)},
                      {k: PEOPLE[k] for k in ("f", "a")})
    assert lonely["positive_share"].value is None and lonely["positive_share"].ids == ()
    assert lonely["density"].value is None and lonely["density"].detail["pairs"] == 0
    assert lonely["only_through_facilitator"].ids == ("a",)
    assert lonely["brokers"] == Measure("brokers", 0, (), (), {"centrality": {}, "estimated": False})
    empty = _network({}, {"f": PEOPLE["f"]})
    assert empty.partners == 0 and empty["unconnected"].ids == ()


def test_a_large_network_estimates_the_brokers_from_a_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "EXACT_UP_TO", 7)  # the 7 partners: still exact
    monkeypatch.setattr(module, "SAMPLES", 3)  # (a sample is never taken for an exact one)
    exact = _network()["brokers"]
    assert exact.detail["estimated"] is False
    assert dict(exact.detail["centrality"]) == {"b": round(2 / 15, 4), "c": round(2 / 15, 4)}
    monkeypatch.setattr(module, "EXACT_UP_TO", 6)
    monkeypatch.setattr(module, "SAMPLES", 100)  # more than there are partners: all of them
    m = _network()
    assert m["brokers"].detail["estimated"] is True
    assert m["brokers"].ids == ("b", "c")
    monkeypatch.setattr(module, "SAMPLES", 3)  # 3 pivots, seeded: the same every time
    graph = nx.Graph()
    graph.add_nodes_from("abcdegh")
    graph.add_edges_from([("a", "b"), ("b", "c"), ("c", "h")])
    sampled = nx.betweenness_centrality(graph, k=3, seed=module.SEED)
    m = _network()
    assert dict(m["brokers"].detail["centrality"]) == {
        sid: round(sampled[sid], 4) for sid in m["brokers"].ids}
    assert _network() == m


def test_the_demo_against_networkx(tmp_path: Path) -> None:
    ws = Workspace(write_new_workspace(tmp_path / "demo.voelspriet", demo_dataset()))
    try:
        m = measure(ws)
        d = ws.dataset()
    finally:
        ws.close()
    fac = next(s.id for s in d.stakeholders if s.kind == "facilitator")
    partners = {s.id for s in d.stakeholders if s.id != fac and s.status != "own_way"}
    latest: dict[str, tuple] = {}  # type: ignore[type-arg]
    for r in d.readings:
        if r.relation not in latest or (r.at, r.id) > latest[r.relation][:2]:
            latest[r.relation] = (r.at, r.id, r.energy)
    between = nx.Graph()
    between.add_nodes_from(partners)
    positive = {"between": 0, "all": 0}
    with_fac = set()
    for rel in d.relations:
        if not {rel.a, rel.b} <= partners | {fac}:
            continue
        good = rel.id in latest and latest[rel.id][2] >= 4
        if fac in (rel.a, rel.b):
            with_fac.add(rel.b if rel.a == fac else rel.a)
            positive["all"] += good
        else:
            between.add_edge(rel.a, rel.b)
            positive["all"] += good
            positive["between"] += good
    assert m.partners == len(partners) == 63
    assert m["positive_share"].value == pytest.approx(positive["between"] / positive["all"])
    assert m["density"].value == pytest.approx(nx.density(between))
    alone = {p for p in partners if between.degree(p) == 0}
    assert set(m["only_through_facilitator"].ids) == alone & with_fac
    assert set(m["unconnected"].ids) == alone - with_fac
    centrality = nx.betweenness_centrality(between)
    top = sorted((p for p in partners if centrality[p] > 0), key=lambda p: -centrality[p])[:5]
    assert [round(centrality[p], 4) for p in m["brokers"].ids] == [round(centrality[p], 4) for p in top]
    assert m["brokers"].ids[0] == "s-henk"  # the equipper who coaches builders in both cities
