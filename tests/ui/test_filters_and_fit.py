"""The map's filters as a user meets them in the window: the list follows, a filter that
keeps nobody says so and offers a reset; fields are wide enough for their contents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from workbench.bootstrap import open_or_create_default
from workbench.model import StakeholderKind, Status
from workbench.ui.main_window import MainWindow
from workbench.workspace import Workspace


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow(Workspace(open_or_create_default()))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    QCoreApplication.processEvents()
    return win


def _listed(window: MainWindow) -> set[str]:
    model = window.table.model
    return {model.stakeholder_id(r) for r in range(model.rowCount())}


def test_the_list_follows_the_map_filter(window: MainWindow) -> None:
    everyone = _listed(window)
    kinds = window.map.kind_filter
    kinds.setCurrentIndex(kinds.findData(StakeholderKind.GOVERNMENT))
    governments = {s.id for s in window.workspace.stakeholders() if s.kind == StakeholderKind.GOVERNMENT}
    assert governments and _listed(window) == governments == set(window.map.scene.matching_ids())
    assert not window.map.nothing_matches_action.isVisible()
    assert window.map.reset_filter_action.isVisible()
    window.map.reset_filter_action.trigger()
    assert _listed(window) == everyone
    assert kinds.currentIndex() == 0 and not window.map.reset_filter_action.isVisible()


def test_a_filter_that_keeps_nobody_says_so_and_resets_in_one_click(qtbot, window: MainWindow) -> None:
    kinds, statuses = window.map.kind_filter, window.map.status_filter
    kinds.setCurrentIndex(kinds.findData(StakeholderKind.FACILITATOR))
    statuses.setCurrentIndex(statuses.findData(Status.OWN_WAY))
    assert window.map.scene.matching_ids() == [] and _listed(window) == set()
    assert window.map.nothing_matches_action.isVisible()
    assert "Nothing matches" in window.map.nothing_matches.text()
    button = window.map.filter_bar.widgetForAction(window.map.reset_filter_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.map.nothing_matches_action.isVisible()
    assert len(window.map.scene.matching_ids()) == len(window.workspace.stakeholders())


def test_fields_have_room_for_their_contents(window: MainWindow) -> None:
    search = window.map.search
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText())
    for bar in (window.map.toolbar, window.map.filter_bar):  # nothing hides behind "»"
        assert all(bar.widgetForAction(a) is None or bar.widgetForAction(a).isVisible()
                   or not a.isVisible() for a in bar.actions())
    table = window.table.view
    assert not table.horizontalScrollBar().isVisible()
    kind_column = 1
    assert not table.isColumnHidden(kind_column)
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(window.table.model.data(window.table.model.index(r, kind_column)))
                 for r in range(window.table.model.rowCount()))
    assert table.columnWidth(kind_column) >= widest


def test_the_search_and_filter_lists_follow_names_and_tags_only(window: MainWindow,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A new name or tag reaches the search's completion and the tag filter; a change of
    role or a move does not make the map gather every name and tag again."""
    ws, widget = window.workspace, window.map
    filled: list[int] = []
    real = widget._fill_filters
    monkeypatch.setattr(widget, "_fill_filters", lambda: filled.append(1) or real())
    sid = next(s.id for s in ws.stakeholders() if s.kind != StakeholderKind.FACILITATOR)
    ws.set_fields(sid, role="treasurer")
    ws.move_stakeholders({sid: (5.0, 5.0)})
    assert filled == []
    ws.set_fields(sid, tags=("beekeeping",))
    assert filled == [1]
    assert widget.tag_filter.findData("beekeeping") > 0
    ws.rename(sid, "Zelda Zwart")
    assert len(filled) == 2
    assert "Zelda Zwart" in widget.completer.model().stringList()
