"""A region (its members' hull, grown) is worked out again after a move only when the move
can change it: a corner of the hull moved, or a member left the hull."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from workbench.canvas import items
from workbench.canvas.map_widget import MapWidget
from workbench.model import Dataset, Group, Stakeholder, StakeholderKind
from workbench.workspace import Selection, Workspace


def _dataset() -> Dataset:
    def member(sid: str, x: float, y: float) -> Stakeholder:
        return Stakeholder(id=sid, name=sid.title(), x=x, y=y, groups=("g",))

    return Dataset(
        groups=(Group(id="g", name="Circle"),),
        stakeholders=(
            Stakeholder(id="me", name="Fenna", kind=StakeholderKind.FACILITATOR, x=0.0, y=-600.0),
            member("nw", 0.0, 0.0), member("ne", 400.0, 0.0), member("se", 400.0, 300.0),
            member("sw", 0.0, 300.0), member("mid", 200.0, 150.0),
        ),
    )


@pytest.fixture
def widget(qtbot, make_store) -> MapWidget:  # type: ignore[no-untyped-def]
    w = MapWidget(Workspace(make_store(data=_dataset())), Selection())
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_only_moves_that_can_change_a_region_work_it_out_again(widget: MapWidget,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ws, region = widget.workspace, widget.scene.regions["g"]
    worked: list[int] = []
    real = items.Region.set_points
    monkeypatch.setattr(items.Region, "set_points", lambda self, points: worked.append(len(points)) or real(self, points))

    def contains(x: float, y: float) -> bool:
        return region.contains_scene_point(QPointF(x, y))

    ws.move_stakeholders({"mid": (120.0, 90.0)})  # inside, and was inside: the same region
    assert worked == []
    ws.undo_stack.undo()
    assert worked == []
    ws.move_stakeholders({"mid": (900.0, 150.0)})  # leaves the hull: the region grows to it
    assert worked == [5] and contains(880.0, 150.0)
    ws.undo_stack.undo()  # back inside, from a corner of the hull: shrinks again
    assert worked == [5, 5] and not contains(880.0, 150.0)
    ws.move_stakeholders({"ne": (300.0, 50.0)})  # a corner moved in: the region shrinks
    assert worked == [5, 5, 5] and not contains(390.0, 5.0) and contains(300.0, 50.0)


def test_a_node_is_as_wide_as_its_name_can_be_drawn(widget: MapWidget) -> None:
    """Each node caches its picture as large as its bounding rectangle: it holds the name at
    its largest (grown for a zoomed-out view, at most LABEL_MAX_PX on screen) and no wider."""
    from PySide6.QtGui import QFontMetricsF

    from workbench.canvas import style

    short, long_ = widget.scene.items_by_id["nw"], widget.scene.items_by_id["me"]
    ws = widget.workspace
    ws.rename("me", "Stichting voor Waardegedreven Ondernemen in Amersfoort en Amsterdam")
    grow = style.LABEL_MAX_GROWTH
    for item in (short, long_):
        natural = QFontMetricsF(item._font).horizontalAdvance(item.stakeholder.name)
        drawn = min(natural * grow, style.LABEL_MAX_PX / style.LABEL_MIN_SCALE)
        assert drawn <= item.boundingRect().width() <= drawn + 10 * grow
    assert short.boundingRect().width() < long_.boundingRect().width() / 3
