"""The interaction log: the whole workspace or one stakeholder, filtered by channel, person
and date range; open and delete (undoable); it follows captures as they are saved."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import small_dataset
from workbench.model import Channel, Interaction, Reading, Source
from workbench.ui.capture import ContactDraft, save_contact
from workbench.ui.interaction_log import InteractionLog
from workbench.workspace import Selection, Workspace


@pytest.fixture
def ws(make_store) -> Workspace:
    workspace = Workspace(make_store(data=small_dataset()))
    for iid, at, channel, with_ in (
        ("i2", datetime(2020, 4, 2, 9), Channel.MEETING, ("anna", "piet")),
        ("i3", datetime(2020, 4, 20, 15), Channel.EMAIL, ("gem",)),
        ("i4", datetime(2020, 5, 10, 11), Channel.CALL, ("piet",)),
    ):
        workspace.add_interaction(Interaction(id=iid, at=at, channel=channel, with_=with_, summary=f"about {iid}"))
    workspace.add_reading(Reading(id="rd-i4", relation="r2", at=datetime(2020, 5, 10, 11), energy=3,
                                  source=Source.CALL, interaction="i4"))
    workspace.undo_stack.clear()
    return workspace


@pytest.fixture
def log(qtbot, ws: Workspace) -> InteractionLog:
    widget = InteractionLog(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(520, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_nothing_is_read_until_the_log_is_shown(qtbot, ws: Workspace) -> None:
    widget = InteractionLog(ws, Selection())
    qtbot.addWidget(widget)
    assert not widget.loaded and widget.model.rowCount() == 0
    widget.show()
    assert widget.loaded and widget.model.rowCount() == 4


def test_everything_newest_first_with_who_and_what(log: InteractionLog) -> None:
    assert log.shown_ids() == ["i4", "i3", "i2", "i1"]
    top = log.proxy.index(0, 0)
    assert log.proxy.data(top) == "Sun 10 May 2020  11:00\nphone call"
    assert log.proxy.data(log.proxy.index(3, 1)) == "Anna Bakker\ncatch-up · 1 remark · 1 open follow-up"
    assert "Is this worth my time?" in log.proxy.data(log.proxy.index(3, 1), Qt.ItemDataRole.ToolTipRole)
    assert log.count.text() == "4 contacts"


def test_filters_by_channel_person_and_dates(qtbot, log: InteractionLog) -> None:
    log.set_channel(Channel.CALL)
    assert log.shown_ids() == ["i4", "i1"] and log.count.text() == "2 of 4 contacts"
    log.set_channel(None)
    log.person.setFocus()
    qtbot.keyClicks(log.person, "pie")
    qtbot.keyClick(log.person, Qt.Key.Key_Return)  # type-ahead: Piet Jansen
    assert log.person.text() == "Piet Jansen" and log.shown_ids() == ["i4", "i2"]
    log.set_range(date(2020, 4, 1), date(2020, 4, 30))
    assert log.shown_ids() == ["i2"]
    log.person.clear()
    assert log.shown_ids() == ["i3", "i2"]
    log.set_range(date(2020, 4, 3), None)
    assert log.shown_ids() == ["i4", "i3"]
    log.period.setCurrentIndex(2)  # the last 30 days, before the workspace's "today" (15 May 2020)
    assert log.start.date().toPython() == date(2020, 4, 15) and log.shown_ids() == ["i4", "i3"]
    log.period.setCurrentIndex(0)
    assert log.shown_ids() == ["i4", "i3", "i2", "i1"]


def test_per_stakeholder_follows_the_selection(log: InteractionLog) -> None:
    log.selection.select(["gem"])
    assert log.person.text() == "Gemeente Zeewolde" and log.shown_ids() == ["i3"]
    log.selection.select(["gem", "anna"])  # several: the log stays as it was
    assert log.shown_ids() == ["i3"]
    log.selection.select([])
    assert log.shown_ids() == ["i4", "i3", "i2", "i1"]
    log.follow.setChecked(False)
    log.selection.select(["anna"])
    assert log.shown_ids() == ["i4", "i3", "i2", "i1"]


def test_a_saved_capture_shows_at_once_and_undo_takes_it_away(log: InteractionLog, ws: Workspace) -> None:
    iid = save_contact(ws, ContactDraft(at=datetime(2020, 5, 14, 16), channel=Channel.CONVERSATION,
                                        with_=("gem",), summary="coffee", energy={"gem": 4}))
    assert log.shown_ids()[0] == iid and log.count.text() == "5 contacts"
    ws.undo_stack.undo()
    assert log.shown_ids() == ["i4", "i3", "i2", "i1"]


def test_enter_opens_and_del_deletes_with_the_readings_in_one_undo_entry(qtbot, log: InteractionLog,
                                                                         ws: Workspace) -> None:
    opened: list[str] = []
    log.open_requested.connect(opened.append)
    log.table.setFocus()
    log.table.selectRow(0)
    qtbot.keyClick(log.table, Qt.Key.Key_Return)
    assert opened == ["i4"]
    told: list[str] = []
    log.told.connect(told.append)
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert ws.interactions(["i4"]) == [] and ws.readings(["r2"])[-1].id != "rd-i4"
    assert log.shown_ids() == ["i3", "i2", "i1"]
    assert told == ["Deleted phone call with Piet Jansen — Ctrl+Z brings it back"]
    assert ws.undo_stack.count() == 1
    ws.undo_stack.undo()
    assert ws.interactions(["i4"])[0].summary == "about i4"
    assert [r.id for r in ws.readings(["r2"]) if r.interaction == "i4"] == ["rd-i4"]
    assert log.shown_ids() == ["i4", "i3", "i2", "i1"]


def test_opening_from_the_window_edits_in_the_capture_form(qtbot, make_store) -> None:
    from workbench.ui.main_window import MainWindow

    window = MainWindow(Workspace(make_store(data=small_dataset())))
    qtbot.addWidget(window)
    window.show()
    window.docks["interactions"].show()
    window.docks["interactions"].raise_()
    log = window.capture.log
    qtbot.waitUntil(lambda: log.loaded)
    log.table.selectRow(0)
    log.open_button.click()
    dialog = window.capture.dialog
    assert dialog is not None and dialog.editing is not None and dialog.editing.id == "i1"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.who)
    qtbot.keyClick(dialog.who, Qt.Key.Key_1)
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
    assert [r.energy for r in window.workspace.readings(["r1"])] == [1]


def test_with_one_stakeholder_selected_only_their_contacts_are_read(qtbot, ws: Workspace) -> None:
    selection = Selection()
    selection.select(["piet"])
    widget = InteractionLog(ws, selection)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.scope == "piet" and widget.model.rowCount() == 2  # not the whole workspace's
    assert widget.shown_ids() == ["i4", "i2"] and widget.count.text() == "2 contacts"
    save_contact(ws, ContactDraft(at=datetime(2020, 5, 14, 9), channel=Channel.EMAIL, with_=("gem",)))
    assert widget.model.rowCount() == 2  # someone else's contact is not held
    selection.select([])
    assert widget.scope is None and widget.shown_ids()[1:] == ["i4", "i3", "i2", "i1"]
    selection.select(["anna"])  # everything is held now: only the filter changes
    assert widget.scope is None and widget.shown_ids() == ["i2", "i1"]
