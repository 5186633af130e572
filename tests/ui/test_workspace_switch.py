"""Switching workspaces tears the old workspace's views down as one unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from workbench.bootstrap import open_or_create_default
from workbench.canvas.map_widget import MapWidget
from workbench.ui.details_panel import DetailsPanel
from workbench.ui.main_window import MainWindow
from workbench.ui.stakeholder_table import StakeholderTable
from workbench.store import open_store
from workbench.workspace import Workspace, WorkspaceError


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_four_switches_leave_one_set_of_views(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Workspace(open_or_create_default()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    closed = []
    for i in range(4):
        closed.append(window.workspace)
        assert window.new_workspace(tmp_path / f"ws{i}", f"Network {i}")
        _flush_deletes()
    assert len(window.findChildren(DetailsPanel)) == 1
    assert len(window.findChildren(MapWidget)) == 1
    assert len(window.findChildren(StakeholderTable)) == 1
    # the shown views belong to the open workspace and follow its selection
    me = window.workspace.facilitator_id()
    window.selection.select([me])
    assert window.map.scene.items_by_id[me].isSelected()
    for old in closed:
        assert old.closed
        with pytest.raises(WorkspaceError):
            old.stakeholders()  # never quietly reconnects to the file


def test_a_closed_workspace_releases_its_file(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Workspace(open_or_create_default()))
    qtbot.addWidget(window)
    first = window.workspace.path
    assert window.new_workspace(tmp_path / "other", "Other")
    _flush_deletes()
    assert window.open_path(first)  # the lock of the first was released: it opens again
    assert window.workspace.path == first


def test_switching_keeps_the_map_wide_and_the_docks_as_they_were(qtbot, tmp_path: Path) -> None:
    window = MainWindow(Workspace(open_or_create_default()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QCoreApplication.processEvents()
    before = (window.docks["stakeholders"].width(), window.docks["details"].width())
    assert window.map.width() > 0.5 * window.width()
    assert window.new_workspace(tmp_path / "fresh", "Fresh")
    qtbot.waitUntil(lambda: (window.docks["stakeholders"].width(), window.docks["details"].width()) == before)
    assert window.map.width() > 0.5 * window.width()
    assert window.map.minimumWidth() >= 400


def test_the_app_sets_each_workspaces_objects_aside_from_the_collector(qtbot, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a workspace's views are painted its objects are set aside (gc.freeze): full
    collections no longer walk them. Before another workspace replaces them they are put
    back, so that the old views can be collected, and the new ones are set aside in turn."""
    import gc

    from workbench.bootstrap import demo_dataset, write_new_workspace
    from workbench.ui import heap

    first, second = tmp_path / "a.voelspriet", tmp_path / "b.voelspriet"
    for path in (first, second):
        write_new_workspace(path, demo_dataset()).close()
    done: list[tuple[str, int]] = []
    rest, wake = heap.rest, heap.wake
    monkeypatch.setattr(heap, "rest", lambda: (rest(), done.append(("rest", gc.get_freeze_count()))))
    monkeypatch.setattr(heap, "wake", lambda: (wake(), done.append(("wake", gc.get_freeze_count()))))
    window = MainWindow(Workspace(open_store(first)))
    qtbot.addWidget(window)
    try:
        window.rest_heap_once_painted()
        assert done == []  # not before the views are painted
        window.show()
        qtbot.waitUntil(lambda: len(done) == 1, timeout=5000)
        window.open_path(second)
        qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
        assert [what for what, _n in done] == ["rest", "wake", "rest"]
        assert done[0][1] > 0 and done[1][1] == 0 and done[2][1] > 0  # set aside, back, aside again
        assert window.workspace.path == second
    finally:
        wake()  # the suite collects each test's objects itself
