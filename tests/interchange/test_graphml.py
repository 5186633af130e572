"""GraphML: our export read by networkx, files written by networkx, Gephi-style and yEd
graphs imported, round trips, re-imports that keep what a graph does not carry, and bad
files refused with the node or edge they concern."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from tests.interchange.conftest import content
from workbench.interchange import InterchangeError
from workbench.interchange.formats import read_any, write_any
from workbench.model import Dataset, StakeholderKind, Status
from workbench.workspace import Workspace

YED = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml"
         xmlns:yed="http://www.yworks.com/xml/yed/3">
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d5">chair of the board</data>
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="10.5" y="-20.0"/>
        <y:NodeLabel alignment="center">Anna</y:NodeLabel><y:Shape type="rectangle"/></y:ShapeNode></data>
    </node>
    <node id="n1" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode>
        <y:NodeLabel>Team</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n1:">
        <node id="n1::n0">
          <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="100.0" y="50.0"/>
            <y:NodeLabel>Bob</y:NodeLabel></y:ShapeNode></data>
        </node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1::n0">
      <data key="d10"><y:PolyLineEdge><y:EdgeLabel>mentors</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <edge id="e1" source="n0" target="n1"/>
    <hyperedge><endpoint node="n0"/><endpoint node="n1::n0"/></hyperedge>
  </graph>
</graphml>
"""


def by_name(d: Dataset) -> dict[str, object]:
    return {s.name: s for s in d.stakeholders}


def test_networkx_reads_our_export_with_every_attribute(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "net.graphml"
    write_any(dataset, path)
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {"me", "anna", "gem", "piet"}
    anna = graph.nodes["anna"]
    assert anna["label"] == "Anna Bakker"
    assert (anna["kind"], anna["status"]) == ("person", "active")
    assert anna["groups"] == "Inner circle"
    assert (anna["x"], anna["y"]) == (120.5, -40.0)
    assert anna["energy"] == 4  # the latest reading on the relation with the facilitator
    assert graph.nodes["piet"]["groups"] == "Inner circle|Amsterdam"
    assert graph.nodes["gem"]["kind"] == "government"
    edge = graph.edges["anna", "piet"]
    assert (edge["kind"], edge["latest_energy"], edge["reading_count"]) == ("works with", 2, 1)
    assert edge["Strength"] == 3 and edge["last_reading"] == "2020-03-02"
    assert graph.graph["name"] == "Test network"
    assert not graph.is_directed()


def test_our_export_round_trips_through_a_new_workspace(ws: Workspace, empty_ws: Workspace,
                                                        tmp_path: Path) -> None:
    first = tmp_path / "first.graphml"
    ws.export_file(first)
    empty_ws.import_file(first)
    original, copy = content(ws), content(empty_ws)
    unplaced = {s.id for s in original.stakeholders if s.x is None}
    carried = {s.id: replace(s, groups=(), interests="", needs="", drivers="", value="", notes="",
                             email="", phone="") for s in original.stakeholders}
    assert {s.id: replace(s, x=None, y=None) if s.id in unplaced else s
            for s in copy.stakeholders} == carried
    assert all(s.x is not None for s in copy.stakeholders)  # the import placed the unplaced
    assert copy.relations == original.relations
    second = tmp_path / "second.graphml"
    empty_ws.export_file(second)
    a, b = nx.read_graphml(first), nx.read_graphml(second)

    def stored(graph: nx.Graph) -> dict[str, dict[str, object]]:  # without what readings give
        return {n: {k: v for k, v in d.items()
                    if k not in ("groups", "energy") and not (n in unplaced and k in ("x", "y"))}
                for n, d in graph.nodes(data=True)}

    assert stored(a) == stored(b)
    assert {e: d["kind"] for e, d in a.edges.items()} == {e: d["kind"] for e, d in b.edges.items()}


def test_reimport_of_a_graph_keeps_what_it_does_not_carry(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "net.graphml"
    ws.export_file(path)
    graph = nx.read_graphml(path)
    graph.nodes["anna"]["label"] = "Anna B."
    graph.nodes["anna"]["x"] = 5.0
    graph.edges["anna", "piet"]["kind"] = "partners"
    nx.write_graphml(graph, path)
    readings = ws.readings()
    summary = ws.import_file(path)
    assert summary.updated["stakeholders"] == 1 and summary.updated["relations"] == 1
    anna = ws.stakeholder("anna")
    assert (anna.name, anna.x, anna.y) == ("Anna B.", 5.0, -40.0)
    assert anna.interests == "impact" and anna.groups == ("inner",) and anna.email == "anna@example.org"
    assert ws.relation_between("anna", "piet").kind == "partners"
    assert ws.relation_between("anna", "piet").note == "old friends"
    assert ws.readings() == readings


def test_a_graph_written_by_networkx(tmp_path: Path) -> None:
    graph = nx.Graph()
    graph.add_node("Anna", type="organisation", budget=12, active=True)
    graph.add_node("Bob", type="Volunteer", score=0.5)
    graph.add_edge("Anna", "Bob", weight=2.5, label="coach")
    path = tmp_path / "nx.graphml"
    nx.write_graphml(graph, path)
    d = read_any(path)
    found = by_name(d)
    assert found["Anna"].kind == StakeholderKind.ORGANISATION
    assert found["Anna"].fields == {"budget": 12, "active": True}
    assert found["Bob"].tags == ("Volunteer",) and found["Bob"].fields == {"score": 0.5}
    (relation,) = d.relations
    assert relation.kind == "coach" and relation.fields == {"weight": 2.5}


def test_a_directed_multigraph_becomes_one_relation_per_pair(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("A", "B", kind="knows")
    graph.add_edge("B", "A", kind="works with")
    graph.add_edge("A", "B", kind="knows")
    path = tmp_path / "multi.graphml"
    nx.write_graphml(graph, path)
    (relation,) = read_any(path).relations
    assert relation.kind == "knows" and relation.fields == {"kinds": "knows|works with"}


def test_gephi_style_ids_are_matched_by_label_on_import(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "gephi.graphml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="label"/>
  <key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"/>
  <key attr.name="weight" attr.type="double" for="edge" id="weight"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="label">Anna Bakker</data><data key="modularity_class">1</data></node>
    <node id="1"><data key="label">Nieuw</data><data key="modularity_class">2</data></node>
    <edge id="0" source="0" target="1"><data key="weight">1.0</data></edge>
  </graph>
</graphml>""", encoding="utf-8")
    count = len(ws.stakeholders())
    summary = ws.import_file(path)
    assert summary.added["stakeholders"] == 1 and summary.updated["stakeholders"] == 1
    assert len(ws.stakeholders()) == count + 1
    assert ws.stakeholder("anna").fields == {"URL": "https://example.org", "Modularity Class": 1}
    assert ws.stakeholder("0") is None  # Gephi's node ids are not workspace ids


def test_a_yed_file_with_labels_geometry_groups_and_hyperedges(tmp_path: Path) -> None:
    path = tmp_path / "yed.graphml"
    path.write_text(YED, encoding="utf-8")
    d = read_any(path)
    found = by_name(d)
    assert set(found) == {"Anna", "Bob"}
    assert (found["Anna"].x, found["Anna"].y, found["Anna"].notes) == (10.5, -20.0, "chair of the board")
    assert (found["Bob"].x, found["Bob"].y) == (100.0, 50.0)
    (relation,) = d.relations
    assert relation.kind == "mentors"
    assert d.skipped == ("node 'n1' is a group of other nodes; skipped (its members are imported)",
                         "edge 'e1' connects a group node; skipped",
                         "1 hyperedge(s) skipped: a relation connects two stakeholders")


@pytest.mark.parametrize(("text", "where", "fragment"), [
    ("<graphml><graph><node id='a'>", "line 1 column 29", "not valid XML"),
    ("hello", "line 1 column 0", "not valid XML"),
    ("<gexf/>", "", "is not a GraphML file (its root element is <gexf>"),
    ("<graphml/>", "", "has no <graph> element"),
    ("<graphml><graph><node id='a'/><node id='a'/></graph></graphml>", "node 'a'", "used more than once"),
    ("<graphml><graph><node/></graph></graphml>", "node #1", "has no id"),
    ("<graphml><graph><node id='a'/><edge source='a' target='z'/></graph></graphml>",
     "edge #1 attribute 'target'", "node 'z' is not in the file"),
    ("<graphml><key id='k' for='node' attr.name='age' attr.type='int'/><graph>"
     "<node id='a'><data key='k'>old</data></node></graph></graphml>",
     "node 'a' attribute 'age'", "expected a value of type int"),
    ("<graphml><key id='k' for='node' attr.name='label'/><graph><node id='a'><data key='k'>X</data></node>"
     "<node id='b'><data key='k'>x</data></node></graph></graphml>",
     "node 'b' attribute 'label'", "label 'x' is used again"),
    ("<graphml><graph><node id='a'/><node id='b'/><edge source='a' target='b'/>"
     "<node id='c'/></graph></graphml>", "", ""),
])
def test_bad_graphs_name_the_node_or_edge(tmp_path: Path, text: str, where: str, fragment: str) -> None:
    path = tmp_path / "bad.graphml"
    path.write_text(text, encoding="utf-8")
    if not fragment:  # the last one is fine: nodes after edges, no namespace, no keys
        assert len(read_any(path).stakeholders) == 3
        return
    with pytest.raises(InterchangeError) as caught:
        read_any(path)
    assert caught.value.where == where
    assert fragment in caught.value.message


def test_a_billion_laughs_is_refused_not_expanded(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    path = tmp_path / "laughs.graphml"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY l0 "lol">{entities}]>'
                    "<graphml><key id='k' for='node' attr.name='label'/><graph><node id='a'>"
                    "<data key='k'>&l9;</data></node></graph></graphml>", encoding="utf-8")
    with pytest.raises(InterchangeError, match="not valid XML"):
        read_any(path)


def test_statuses_kinds_and_control_characters_survive_an_export(tmp_path: Path) -> None:
    from workbench.model import Stakeholder

    d = Dataset(stakeholders=(Stakeholder(id="a", name="A\x02B", status=Status.OWN_WAY,
                                          kind=StakeholderKind.EDUCATION, fields={"n": 1, "mixed": 1}),
                              Stakeholder(id="b", name="B", fields={"mixed": "x"})))
    path = tmp_path / "ctl.graphml"
    write_any(d, path)
    back = {s.id: s for s in read_any(path).stakeholders}
    assert back["a"].name == "AB" and back["a"].status == Status.OWN_WAY
    assert back["a"].kind == StakeholderKind.EDUCATION
    assert back["a"].fields == {"n": 1, "mixed": "1"} and back["b"].fields == {"mixed": "x"}


def test_a_graph_too_large_to_parse_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.interchange import graphml

    monkeypatch.setattr(graphml, "MAX_BYTES", 1000)
    path = tmp_path / "big.graphml"
    path.write_text("<graphml><graph>" + "<node id='n'/>" * 100 + "</graph></graphml>", encoding="utf-8")
    with pytest.raises(InterchangeError, match="up to 0 MB"):
        read_any(path)
