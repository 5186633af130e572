"""GraphML in and out: graphs from Gephi, yEd and networkx; stakeholders and relations
with their attributes for them.

Writing: one node per stakeholder (``label``, ``kind``, ``status``, ``organisation``,
``role``, ``tags``, ``groups`` by name, ``x``, ``y``, ``energy`` — the latest reading on
the relation with the facilitator — and every custom field), one undirected edge per
relation (``kind``, ``note``, ``latest_energy``, ``reading_count``, ``last_reading`` and
custom fields), plus yEd's node graphics so that yEd shows the labels at their places.
The graph carries ``voelspriet`` = 1: its node and edge ids are workspace ids.

Reading: labels come from a ``label`` or ``name`` attribute, a yEd ``y:NodeLabel``, or
else the node id; the other attributes map like Kumu columns (``tabular``). Node ids of
a file Voelspriet did not write are the other tool's own (``n0``, ``n1`` …), so those
stakeholders are matched by label; ids of a Voelspriet file are kept. What Voelspriet
computes (energies, reading counts, group names) is not read back. Self-loops,
hyperedges and yEd group nodes are skipped, and the summary says so.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from workbench.interchange.errors import InterchangeError
from workbench.interchange.tabular import (
    PIPE,
    ConnectionColumns,
    ElementColumns,
    GraphBuilder,
    Place,
)
from workbench.model import Dataset, Reading, StakeholderKind

NS = "http://graphml.graphdrawing.org/xmlns"
Y_NS = "http://www.yworks.com/xml/graphml"
#: Attributes Voelspriet writes but computes, so never reads back (and an edge's ``id``
#: attribute, which networkx writes for the edge's own id).
COMPUTED_NODE = frozenset({"groups", "energy"})
COMPUTED_EDGE = frozenset({"latest_energy", "reading_count", "last_reading", "id"})
GRAPH_MARK = "voelspriet"
#: A GraphML file is parsed whole (about ten times its size in memory): larger ones are
#: refused. 5,000 stakeholders and 15,000 relations take about 5 MB.
MAX_BYTES = 50 * 1024 * 1024
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TYPES: Mapping[str, Callable[[str], Any]] = {
    "string": str, "int": int, "long": int, "float": float, "double": float,
    "boolean": lambda v: {"true": True, "false": False, "1": True, "0": False}[v.strip().lower()],
}


_LOCAL: dict[Any, str] = {}


def _local(tag: Any) -> str:
    """An element's name without its namespace (GraphML files with and without one)."""
    name = _LOCAL.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
        if len(_LOCAL) < 1000:  # a few distinct tags in any real file
            _LOCAL[tag] = name
    return name


@dataclass(frozen=True)
class _Key:
    """A declared attribute: its name, type, default and what it is for."""

    name: str
    kind: str
    domain: str
    default: str | None
    yfiles: bool


# ----------------------------------------------------------------------------- reading

def read(path: Path) -> Dataset:
    """Read and validate a GraphML file."""
    source = str(path)
    if Path(path).stat().st_size > MAX_BYTES:
        raise InterchangeError(source, "", f"is larger than {MAX_BYTES >> 20} MB; Voelspriet imports "
                                           f"GraphML files up to {MAX_BYTES >> 20} MB (split the graph)",
                               "too_large")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, column = exc.position
        raise InterchangeError(source, f"line {line} column {column}",
                               f"not valid XML, so not a GraphML file ({_reason(exc)})", "not_graphml") from None
    except RecursionError:
        raise InterchangeError(source, "", "is nested too deeply to be a GraphML file", "not_graphml") from None
    except (LookupError, ValueError) as exc:  # e.g. an encoding Python does not know
        raise InterchangeError(source, "", f"not valid XML, so not a GraphML file ({exc})", "not_graphml") from None
    if _local(root.tag) != "graphml":
        raise InterchangeError(source, "", f"is not a GraphML file (its root element is "
                                           f"<{_local(root.tag)}>, expected <graphml>)", "not_graphml")
    keys = _keys(root, source)
    graph = next((c for c in root if _local(c.tag) == "graph"), None)
    if graph is None:
        raise InterchangeError(source, "", "has no <graph> element", "not_graphml")
    ours = str(_data(graph, keys, "graph", source, "<graph>").get(GRAPH_MARK, "")).strip() in ("1", "true")
    builder = GraphBuilder(source)

    elements: dict[str, list[ET.Element]] = {"node": [], "edge": [], "hyperedge": []}
    for element in graph.iter():  # nested graphs (yEd groups) flattened
        kind = _local(element.tag)
        if kind in elements:
            elements[kind].append(element)
    nodes: list[tuple[str, dict[str, Any]]] = []
    seen: set[str] = set()
    group_nodes: set[str] = set()
    for node in elements["node"]:
        node_id = node.get("id")
        if not node_id:
            raise InterchangeError(source, f"node #{len(nodes) + 1}", "has no id")
        if node_id in seen:
            raise InterchangeError(source, f"node {node_id!r}", "this node id is used more than once")
        seen.add(node_id)
        if any(_local(c.tag) == "graph" for c in node):
            group_nodes.add(node_id)
            builder.skip(f"node {node_id!r} is a group of other nodes; skipped (its members are imported)")
            continue
        nodes.append((node_id, _data(node, keys, "node", source, f"node {node_id!r}")))

    names = _names(keys, "node")
    label_key = next((n for n in names if n.casefold() == "label"), None) \
        or next((n for n in names if n.casefold() == "name"), None)
    headers = [n for n in names if n != label_key]
    geometry = not {h.casefold() for h in headers} & {"x", "y"} and any("\0x" in v for _n, v in nodes)
    if geometry:
        headers += ["x", "y"]  # yEd's
    columns = ElementColumns(headers, extra={"x": "x", "y": "y"}, ignored=COMPUTED_NODE)
    stakeholder_of: dict[str, str] = {}
    for node_id, values in nodes:
        label = values.get(label_key) if label_key else None
        if label in (None, ""):
            label = values.get("\0label") or node_id
        if geometry:
            values = {**values, "x": values.get("\0x"), "y": values.get("\0y")}
        found = builder.element(node_id if ours else None, label, [values.get(h) for h in headers],
                                columns, Place(f"node {node_id!r}", "attribute"), id_column="id",
                                label_column=label_key or "label")
        if found is not None:
            stakeholder_of[node_id] = found

    edges = elements["edge"]
    hyperedges = len(elements["hyperedge"])
    edge_data = [_data(e, keys, "edge", source, _edge_name(e, n)) for n, e in enumerate(edges, 1)]
    edge_names = _names(keys, "edge")
    if not any(n.casefold() == "label" for n in edge_names) and any("\0label" in v for v in edge_data):
        edge_names.append("label")  # yEd's
    edge_columns = ConnectionColumns(edge_names, ignored=COMPUTED_EDGE)
    for number, (edge, values) in enumerate(zip(edges, edge_data), 1):
        edge_id = edge.get("id") or str(values.get("id") or "")
        name = _edge_name(edge, number)
        ends = []
        if group_nodes & {edge.get("source"), edge.get("target")}:
            builder.skip(f"{name} connects a group node; skipped")
            continue
        for end in ("source", "target"):
            node_id = edge.get(end)
            if not node_id:
                raise InterchangeError(source, name, f"has no {end}")
            if node_id not in stakeholder_of:
                raise InterchangeError(source, f"{name} attribute {end!r}",
                                       f"node {node_id!r} is not in the file")
            ends.append(stakeholder_of[node_id])
        if "label" not in values and "\0label" in values:
            values["label"] = values["\0label"]
        builder.connect(ends[0], ends[1], edge_id if ours else "",
                        [values.get(n) for n in edge_names], edge_columns, Place(name, "attribute"))
    if hyperedges:
        builder.skip(f"{hyperedges} hyperedge(s) skipped: a relation connects two stakeholders")
    return builder.build()


def _edge_name(edge: ET.Element, number: int) -> str:
    edge_id = edge.get("id")
    return f"edge {edge_id!r}" if edge_id else f"edge #{number}"


def _reason(exc: ET.ParseError) -> str:
    return str(exc).split(":")[0]


def _keys(root: ET.Element, source: str) -> dict[str, _Key]:
    keys: dict[str, _Key] = {}
    for element in (c for c in root if _local(c.tag) == "key"):
        key_id = element.get("id")
        if not key_id:
            raise InterchangeError(source, "<key>", "a key without an id")
        kind = (element.get("attr.type") or "string").lower()
        if kind not in _TYPES:
            kind = "string"
        default = next((c.text for c in element if _local(c.tag) == "default"), None)
        keys[key_id] = _Key(name=element.get("attr.name") or key_id, kind=kind,
                            domain=element.get("for") or "all", default=default,
                            yfiles=element.get("yfiles.type") is not None)
    return keys


def _names(keys: Mapping[str, _Key], domain: str) -> list[str]:
    """The attribute names declared for nodes or edges, in order, once each."""
    return list(dict.fromkeys(k.name for k in keys.values()
                              if k.domain in (domain, "all") and not k.yfiles))


def _data(element: ET.Element, keys: Mapping[str, _Key], domain: str, source: str = "",
          where: str = "") -> dict[str, Any]:
    """An element's attribute values by name, typed, defaults filled in; a yEd label and
    geometry under the names ``\\0label``, ``\\0x`` and ``\\0y``."""
    typed = {k.name: k for k in keys.values() if k.domain in (domain, "all") and not k.yfiles}
    values: dict[str, Any] = {k.name: k.default for k in typed.values() if k.default is not None}
    for data in (c for c in element if _local(c.tag) == "data"):
        key = keys.get(data.get("key") or "")
        children = list(data)
        if children:
            values.update(_yfiles(data))
            continue
        if key is None or key.yfiles:
            continue
        values[key.name] = data.text or ""
    for name, value in list(values.items()):
        key = typed.get(name)
        if key is None or key.kind == "string" or not isinstance(value, str) or value.strip() == "":
            continue
        try:
            values[name] = _TYPES[key.kind](value.strip())
        except (ValueError, KeyError, OverflowError):
            raise InterchangeError(source, f"{where} attribute {name!r}",
                                   f"expected a value of type {key.kind}, got {value[:40]!r}") from None
        if isinstance(values[name], float) and not math.isfinite(values[name]):
            values[name] = str(values[name])
    return values


def _yfiles(data: ET.Element) -> dict[str, Any]:
    """yEd's label and geometry from a node's or edge's graphics."""
    out: dict[str, Any] = {}
    for element in data.iter():
        name = _local(element.tag)
        if name in ("NodeLabel", "EdgeLabel") and "\0label" not in out:
            label = "".join(element.itertext()).strip()
            if label:
                out["\0label"] = label
        elif name == "Geometry" and "\0x" not in out:
            out["\0x"], out["\0y"] = element.get("x"), element.get("y")
    return out


# ----------------------------------------------------------------------------- writing

def write(d: Dataset, path: Path) -> None:
    """Write *d*'s stakeholders and relations as GraphML (undirected)."""
    ET.register_namespace("", NS)
    ET.register_namespace("y", Y_NS)
    root = ET.Element(f"{{{NS}}}graphml")
    latest = _latest_readings(d.readings)
    group_names = {g.id: g.name for g in d.groups}
    facilitator = next((s.id for s in d.stakeholders if s.kind == StakeholderKind.FACILITATOR), None)
    pair_relation = {frozenset((r.a, r.b)): r.id for r in d.relations}

    def energy_with_facilitator(stakeholder_id: str) -> int | None:
        relation = pair_relation.get(frozenset((facilitator, stakeholder_id)))
        return latest[relation][0] if relation in latest else None

    node_attrs: list[tuple[str, str, Callable[[Any], Any]]] = [
        ("label", "string", lambda s: s.name),
        ("kind", "string", lambda s: s.kind.value),
        ("status", "string", lambda s: s.status.value),
        ("organisation", "string", lambda s: s.organisation),
        ("role", "string", lambda s: s.role),
        ("tags", "string", lambda s: PIPE.join(s.tags)),
        ("groups", "string", lambda s: PIPE.join(group_names.get(g, g) for g in s.groups)),
        ("x", "double", lambda s: s.x),
        ("y", "double", lambda s: s.y),
        ("energy", "int", lambda s: energy_with_facilitator(s.id)),
    ]
    edge_attrs: list[tuple[str, str, Callable[[Any], Any]]] = [
        ("kind", "string", lambda r: r.kind),
        ("note", "string", lambda r: r.note),
        ("latest_energy", "int", lambda r: latest[r.id][0] if r.id in latest else None),
        ("reading_count", "int", lambda r: latest[r.id][1] if r.id in latest else None),
        ("last_reading", "string", lambda r: latest[r.id][2] if r.id in latest else None),
    ]
    node_attrs += _custom_attributes(d.stakeholders, {n for n, _t, _f in node_attrs})
    edge_attrs += _custom_attributes(d.relations, {n for n, _t, _f in edge_attrs})

    ET.SubElement(root, f"{{{NS}}}key", {"id": "ng", "for": "node", "yfiles.type": "nodegraphics"})
    node_keys = _declare(root, "node", "n", node_attrs)
    edge_keys = _declare(root, "edge", "e", edge_attrs)
    ET.SubElement(root, f"{{{NS}}}key", {"id": "g0", "for": "graph", "attr.name": GRAPH_MARK,
                                         "attr.type": "int"})
    ET.SubElement(root, f"{{{NS}}}key", {"id": "g1", "for": "graph", "attr.name": "name",
                                         "attr.type": "string"})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "G", "edgedefault": "undirected"})
    _set(graph, "g0", 1)
    _set(graph, "g1", d.workspace.name if d.workspace else "")
    for s in d.stakeholders:
        node = ET.SubElement(graph, f"{{{NS}}}node", {"id": _xml(s.id)})
        _yed_graphics(node, s.name, s.x, s.y)  # first: networkx then reads our typed x and y
        for key_id, (_name, _type, value) in zip(node_keys, node_attrs):
            _set(node, key_id, value(s))
    for r in d.relations:
        edge = ET.SubElement(graph, f"{{{NS}}}edge", {"id": _xml(r.id), "source": _xml(r.a),
                                                       "target": _xml(r.b)})
        for key_id, (_name, _type, value) in zip(edge_keys, edge_attrs):
            _set(edge, key_id, value(r))
    ET.indent(root, space=" ")
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _latest_readings(readings: Iterable[Reading]) -> dict[str, tuple[int, int, str]]:
    """Per relation: (latest energy, number of readings, date of the latest)."""
    by_relation: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_relation[reading.relation].append(reading)
    out = {}
    for relation, items in by_relation.items():
        last = max(items, key=lambda r: (r.at, r.id))
        out[relation] = (last.energy, len(items), last.at.date().isoformat())
    return out


def _custom_attributes(items: Sequence[Any], taken: set[str]) -> list[tuple[str, str, Callable[[Any], Any]]]:
    """One attribute per custom field name (not one Voelspriet writes itself), typed by
    its values: boolean, long, double, or string when they differ."""
    lowered = {t.casefold() for t in taken}
    types: dict[str, set[str]] = {}
    for item in items:
        for key, value in item.fields.items():
            if key.casefold() not in lowered:
                types.setdefault(key, set()).add(_graphml_type(value))
    out: list[tuple[str, str, Callable[[Any], Any]]] = []
    for key, kinds in types.items():
        kind = kinds.pop() if len(kinds) == 1 else "double" if kinds <= {"long", "double"} else "string"
        out.append((key, kind, lambda item, key=key: item.fields.get(key)))
    return out


def _graphml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float) and math.isfinite(value):
        return "double"
    return "string"


def _declare(root: ET.Element, domain: str, prefix: str,
             attrs: Sequence[tuple[str, str, Callable[[Any], Any]]]) -> list[str]:
    ids = []
    for i, (name, kind, _value) in enumerate(attrs):
        key_id = f"{prefix}{i}"
        ET.SubElement(root, f"{{{NS}}}key", {"id": key_id, "for": domain, "attr.name": _xml(name),
                                             "attr.type": kind})
        ids.append(key_id)
    return ids


def _set(parent: ET.Element, key_id: str, value: Any) -> None:
    """One ``<data>`` element, left out for an empty value."""
    if value is None or value == "":
        return
    if isinstance(value, bool):
        value = "true" if value else "false"
    elif isinstance(value, (list, tuple)):
        value = PIPE.join(str(v) for v in value)
    elif isinstance(value, float) and not math.isfinite(value):
        value = str(value)
    ET.SubElement(parent, f"{{{NS}}}data", {"key": key_id}).text = _xml(str(value))


def _yed_graphics(node: ET.Element, label: str, x: float | None, y: float | None) -> None:
    data = ET.SubElement(node, f"{{{NS}}}data", {"key": "ng"})
    shape = ET.SubElement(data, f"{{{Y_NS}}}ShapeNode")
    if x is not None and y is not None:
        ET.SubElement(shape, f"{{{Y_NS}}}Geometry", {"x": repr(x), "y": repr(y), "width": "30.0",
                                                     "height": "30.0"})
    ET.SubElement(shape, f"{{{Y_NS}}}NodeLabel").text = _xml(label)


def _xml(value: str) -> str:
    """Text XML can hold (control characters and lone surrogates left out)."""
    return _ILLEGAL.sub("", value)
