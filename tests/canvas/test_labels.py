"""Names on the map: region names keep off people, labels use the platform's font size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from workbench.canvas import style
from workbench.canvas.items import label_fonts
from workbench.canvas.map_widget import MapWidget
from workbench.model import Dataset, Group, Stakeholder, StakeholderKind
from workbench.workspace import Selection, Workspace


def _dataset() -> Dataset:
    def person(sid: str, x: float, y: float, *groups: str) -> Stakeholder:
        return Stakeholder(id=sid, name=f"Person {sid}", x=x, y=y, groups=groups)

    return Dataset(
        groups=(Group(id="team", name="Support team"),),
        stakeholders=(
            Stakeholder(id="me", name="Fenna", kind=StakeholderKind.FACILITATOR, x=600.0, y=600.0),
            person("a", 0.0, 0.0, "team"), person("b", 200.0, 0.0, "team"), person("c", 100.0, 120.0, "team"),
            person("above", 10.0, -60.0),  # right where the name would go by default
        ),
    )


@pytest.fixture
def map_widget(qtbot, make_store) -> MapWidget:
    widget = MapWidget(Workspace(make_store(data=_dataset())), Selection())
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.set_zoom(1.0)
    return widget


def _body(widget: MapWidget, sid: str) -> QRectF:
    p = widget.scene.items_by_id[sid].pos()
    r = style.NODE_RADIUS
    return QRectF(p.x() - style.LABEL_WIDTH / 2, p.y() - r, style.LABEL_WIDTH, 2 * r + 22)


def test_a_region_name_moves_off_the_person_in_its_way(map_widget: MapWidget) -> None:
    region = map_widget.scene.regions["team"]
    rect = region.label_rect()
    assert region.isVisible()
    for sid in map_widget.scene.items_by_id:
        assert not rect.intersects(_body(map_widget, sid)), f"the region name covers {sid}"
    # and it stays next to its region
    assert region.shape().boundingRect().adjusted(-rect.width(), -rect.height() * 2,
                                                  rect.width(), rect.height() * 2).contains(rect)


def test_a_region_name_follows_when_the_person_moves_away(map_widget: MapWidget) -> None:
    map_widget.workspace.move_stakeholders({"above": (400.0, -400.0)})
    region = map_widget.scene.regions["team"]
    highest = min(map_widget.scene.items_by_id[s].pos().y() for s in ("a", "b", "c"))
    assert region.label_rect().bottom() == pytest.approx(highest - region.PADDING - 3)


def test_labels_use_at_least_the_platform_font_size() -> None:
    normal, bold, region = label_fonts()
    platform = QApplication.font().pointSizeF()
    assert normal.pointSizeF() >= max(9.0, platform) and bold.bold() and region.pointSizeF() > normal.pointSizeF()
