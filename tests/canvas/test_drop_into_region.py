"""Dropping a node into a group's region joins that group — only a region it entered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from tests.canvas.test_map import drag, node
from workbench.canvas.map_widget import MapWidget
from workbench.model import Dataset, Group, Stakeholder, StakeholderKind
from workbench.workspace import Selection, Workspace


def _dataset() -> Dataset:
    def person(sid: str, x: float, y: float, *groups: str) -> Stakeholder:
        return Stakeholder(id=sid, name=sid.title(), x=x, y=y, groups=groups)

    return Dataset(
        groups=(Group(id="inner", name="Inner circle"), Group(id="team", name="Support team")),
        stakeholders=(
            Stakeholder(id="me", name="Fenna", kind=StakeholderKind.FACILITATOR, x=0.0, y=-400.0),
            person("a", 0.0, 0.0, "inner"), person("b", 240.0, 0.0, "inner"),
            person("t1", 120.0, -60.0, "team"), person("t2", 120.0, 60.0, "team"),
            person("sitter", 100.0, 10.0),      # inside both regions, member of neither
            person("walker", 60.0, 300.0),     # outside every region
        ),
    )


@pytest.fixture
def map_widget(qtbot, make_store) -> MapWidget:
    widget = MapWidget(Workspace(make_store(data=_dataset())), Selection())
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.set_zoom(1.0)
    widget.view.centerOn(QPointF(60, 100))
    return widget


def _regions_at(widget: MapWidget, point: QPointF) -> list[str]:
    return [g for g, r in widget.scene.regions.items() if r.contains_scene_point(point)]


def test_a_nudge_inside_regions_joins_nothing(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    start = node(map_widget, "sitter").pos()
    assert set(_regions_at(map_widget, start)) == {"inner", "team"}  # the premise
    drag(qtbot, map_widget, start, start + QPointF(6, 0))
    sitter = ws.stakeholder("sitter")
    assert sitter.groups == ()
    assert (sitter.x, sitter.y) == (106.0, 10.0)
    assert ws.undo_stack.undoText() == "Move Sitter"


def test_a_drop_into_overlapping_regions_joins_only_the_topmost(qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    target = QPointF(100.0, 20.0)
    inside = _regions_at(map_widget, target)
    assert set(inside) == {"inner", "team"}
    drag(qtbot, map_widget, node(map_widget, "walker").pos(), target)
    assert ws.stakeholder("walker").groups == (inside[-1],)
    name = map_widget.scene.regions[inside[-1]].group.name
    assert ws.undo_stack.undoText() == f"Move into {name}"
    ws.undo_stack.undo()
    walker = ws.stakeholder("walker")
    assert walker.groups == () and (walker.x, walker.y) == (60.0, 300.0)
    assert node(map_widget, "walker").pos() == QPointF(60.0, 300.0)


def test_a_member_dragged_into_another_region_joins_it_and_stays_in_its_own(
        qtbot, map_widget: MapWidget) -> None:
    ws = map_widget.workspace
    target = QPointF(110.0, -20.0)
    assert "team" in _regions_at(map_widget, target)
    drag(qtbot, map_widget, node(map_widget, "b").pos(), target)
    assert set(ws.stakeholder("b").groups) == {"inner", "team"}
    assert ws.undo_stack.undoText() == "Move into Support team"
