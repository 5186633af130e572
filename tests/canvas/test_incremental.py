"""The map follows every edit by updating only what the change names; whatever it did, it
ends up drawing exactly what a map built afresh from the workspace draws."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from tests.canvas.test_map import map_widget  # noqa: F401  (fixture)
from workbench.canvas import layers
from workbench.canvas.map_widget import MapWidget
from workbench.canvas.scene import MapScene
from workbench.model import Reading, StakeholderKind, Status
from workbench.workspace import Selection


def _drawn(scene: MapScene) -> tuple[dict, dict]:
    """What the cached layers draw, per relation and per node, in model terms."""
    relations = {rid: (frozenset({scene.ids[scene.rel_a[i]], scene.ids[scene.rel_b[i]]}),
                       scene.edge_buckets[scene.rel_bucket[i]])
                 for rid, i in scene.rel_index.items()}
    unplaced = {s.id for s in scene.workspace.stakeholders() if s.x is None or s.y is None}
    nodes = {sid: (None if sid in unplaced else tuple(np.round(scene.pos[i], 3)),  # shown where there is room
                   scene.node_buckets[scene.node_bucket[i]],
                   tuple(sorted(g for g, members in scene.group_members.items() if i in members)))
             for sid, i in scene.index.items()}
    for rid, i in scene.rel_index.items():  # and each node lists exactly its relations
        assert i in scene.node_relations[scene.rel_a[i]] and i in scene.node_relations[scene.rel_b[i]]
    return relations, nodes


def _matches_a_fresh_map(widget: MapWidget) -> None:
    fresh = MapScene(widget.workspace, Selection(), follow=False)
    fresh.set_filter(widget.scene.filter)
    assert _drawn(widget.scene) == _drawn(fresh)
    fresh.deleteLater()


def test_every_kind_of_edit_keeps_the_map_equal_to_a_fresh_one(map_widget: MapWidget) -> None:  # noqa: F811
    ws = map_widget.workspace
    ws.move_stakeholders({"piet": (250.0, 30.0)})  # (someone unplaced is placed only for the eye)
    _matches_a_fresh_map(map_widget)
    steps = [
        lambda: ws.connect("gem", "piet", "funds"),
        lambda: ws.add_reading(Reading(id="", relation="r1", at=datetime(2020, 4, 1), energy=1)),
        lambda: ws.move_stakeholders({"anna": (300.0, 200.0), "gem": (-50.0, -60.0)}),
        lambda: ws.set_fields("gem", kind=StakeholderKind.COMPANY, role="funder"),
        lambda: ws.set_fields("anna", status=Status.CORE),
        lambda: ws.set_group_members("ams", add=["gem"]),
        lambda: ws.disconnect(["r2"]),
        lambda: ws.delete_stakeholders(["piet"]),
    ]
    for step in steps:
        step()
        _matches_a_fresh_map(map_widget)
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()
        _matches_a_fresh_map(map_widget)
    while ws.undo_stack.canRedo():
        ws.undo_stack.redo()
        _matches_a_fresh_map(map_widget)


def test_with_a_filter_on_the_dimmed_lines_follow_edits(map_widget: MapWidget) -> None:  # noqa: F811
    ws = map_widget.workspace
    kinds = map_widget.kind_filter
    kinds.setCurrentIndex(kinds.findData(StakeholderKind.PERSON))
    ws.set_fields("gem", kind=StakeholderKind.PERSON)
    _matches_a_fresh_map(map_widget)
    ws.undo_stack.undo()
    _matches_a_fresh_map(map_widget)


def test_a_small_edit_redraws_only_its_area(map_widget: MapWidget, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811,E501
    dropped: list[object] = []
    for layer in (map_widget.scene.edge_layer, map_widget.scene.overview_layer):
        monkeypatch.setattr(layer, "invalidate", lambda layer=layer: dropped.append(layer))
    ws = map_widget.workspace
    ws.add_reading(Reading(id="", relation="r1", at=datetime(2020, 4, 1), energy=5))
    ws.connect("gem", "piet", "funds")
    ws.move_stakeholders({"anna": (130.0, -40.0)})
    ws.set_fields("anna", role="chair", notes="met twice")
    assert dropped == []  # no edit threw every cached tile away
    assert layers  # (the tiles of the touched areas are redrawn: tests/canvas/test_zoom_cache.py)
