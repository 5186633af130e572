"""Follow-ups: the open ones by due date, overdue ones standing out; tick one done; add one
on its own ("call Anna next week"), which the store keeps without an interaction."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from tests.conftest import small_dataset
from workbench.model import Channel, Followup, Interaction
from workbench.store import check_workspace
from workbench.ui.followups import OVERDUE, OVERDUE_BACKGROUND, FollowupsPanel
from workbench.workspace import EditRefused, Workspace


@pytest.fixture
def ws(make_store) -> Workspace:
    workspace = Workspace(make_store(data=small_dataset()))  # "today" is 15 May 2020 (as_of)
    workspace.add_interaction(Interaction(
        id="i2", at=datetime(2020, 5, 1, 10), channel=Channel.MEETING, with_=("piet",), summary="plans",
        followups=(Followup(id="f-later", what="Book the room", due=date(2020, 6, 1), who="me"),
                   Followup(id="f-today", what="Call the alderman", due=date(2020, 5, 15), who="me"),
                   Followup(id="f-none", what="Think about a name", who=None),
                   Followup(id="f-done", what="Already done", due=date(2020, 4, 1), done=True))))
    workspace.undo_stack.clear()
    return workspace


@pytest.fixture
def panel(qtbot, ws: Workspace) -> FollowupsPanel:
    widget = FollowupsPanel(ws)
    qtbot.addWidget(widget)
    widget.resize(420, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(panel: FollowupsPanel, row: int, col: int,  # type: ignore[no-untyped-def]
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole):
    return panel.model.data(panel.model.index(row, col), role)


def test_open_follow_ups_by_due_date_and_the_overdue_ones_stand_out(panel: FollowupsPanel) -> None:
    # i1's "send the plan" was due on 8 March; the done one is not listed; no date comes last
    assert panel.ids() == ["i1/followup-1", "f-today", "f-later", "f-none"]
    assert cell(panel, 0, 1) == "Sun 8 Mar 2020\n68 days overdue"
    assert cell(panel, 0, 1, Qt.ItemDataRole.ForegroundRole) == QBrush(OVERDUE)
    assert cell(panel, 0, 0, Qt.ItemDataRole.BackgroundRole) == QBrush(OVERDUE_BACKGROUND)
    assert cell(panel, 0, 1, Qt.ItemDataRole.FontRole).bold()
    assert cell(panel, 1, 1) == "Fri 15 May 2020\ntoday"
    assert cell(panel, 1, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(panel, 2, 1) == "Mon 1 Jun 2020\nin 17 days"
    assert cell(panel, 2, 0) == "Book the room\nFloor de Wit · meeting with Piet Jansen, Fri 1 May 2020"
    assert cell(panel, 3, 1) == "no date"
    assert "1 overdue" in panel.summary.text() and panel.summary.text().startswith("4 open")


def test_ticking_one_done_with_the_keyboard_and_again_to_reopen(qtbot, panel: FollowupsPanel,
                                                              ws: Workspace) -> None:
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert [f.done for f in ws.interactions(["i1"])[0].followups] == [True]
    assert panel.ids()[0] == "i1/followup-1"      # still listed, struck through, for a second thought
    assert cell(panel, 0, 0, Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(panel, 0, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "overdue" not in panel.summary.text()
    assert ws.undo_stack.undoText() == "Mark follow-up done"
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # open again
    assert [f.done for f in ws.interactions(["i1"])[0].followups] == [False]
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert [f.done for f in ws.interactions(["i1"])[0].followups] == [False]


def test_ticking_the_box_with_the_mouse(panel: FollowupsPanel, ws: Workspace) -> None:
    index = panel.model.index(1, 0)
    assert panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert next(f for f in ws.interactions(["i2"])[0].followups if f.id == "f-today").done


def test_adding_one_on_its_own_with_the_keyboard(qtbot, panel: FollowupsPanel, ws: Workspace) -> None:
    panel.what.setFocus()
    qtbot.keyClicks(panel.what, "Call Anna about the budget")
    qtbot.keyClick(panel.what, Qt.Key.Key_Tab)
    panel.who.selectAll()
    qtbot.keyClicks(panel.who, "ann")
    qtbot.keyClick(panel.who, Qt.Key.Key_Return)   # picks Anna Bakker from the type-ahead
    qtbot.keyClick(panel.who, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.due, "next week")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    [open_] = [f for f in ws.open_followups() if f.what == "Call Anna about the budget"]
    assert (open_.interaction, open_.who, open_.due) == (None, "anna", date(2020, 5, 22))
    assert "Call Anna about the budget" in cell(panel, panel.ids().index(open_.id), 0)
    assert cell(panel, panel.ids().index(open_.id), 0).endswith("Anna Bakker · on its own")
    assert panel.what.text() == "" and panel.who.text() == "Floor de Wit"  # ready for the next one
    assert ws.undo_stack.undoText() == "Add follow-up Call Anna about the budget"
    ws.undo_stack.undo()
    assert open_.id not in panel.ids() and open_.id not in [f.id for f in ws.open_followups()]
    ws.undo_stack.redo()
    assert open_.id in panel.ids()
    assert check_workspace(ws.path) == []


def test_a_follow_up_without_text_is_refused_nothing_written(qtbot, panel: FollowupsPanel, ws: Workspace) -> None:
    before = ws.counts()
    panel.due.setFocus()
    qtbot.keyClicks(panel.due, "+3")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    assert panel.message.isVisible() and "needs to say what is to be done" in panel.message.text()
    assert ws.counts() == before and ws.undo_stack.count() == 0
    with pytest.raises(EditRefused):
        ws.add_followup(Followup(id="", what="   "))
    assert ws.counts() == before


def test_an_unreadable_due_date_or_unknown_person_is_refused(qtbot, panel: FollowupsPanel, ws: Workspace) -> None:
    before = ws.counts()
    qtbot.keyClicks(panel.what, "Send the minutes")
    qtbot.keyClicks(panel.due, "soon")
    panel.add_button.click()
    assert "Cannot read the due date “soon”" in panel.message.text() and ws.counts() == before
    panel.due.clear()
    panel.who.setText("Zorro")
    panel.add_button.click()
    assert "No one in this workspace is called “Zorro”" in panel.message.text() and ws.counts() == before


def test_edit_and_delete_a_follow_up_on_its_own(qtbot, panel: FollowupsPanel, ws: Workspace) -> None:
    fid = ws.add_followup(Followup(id="", what="call Anna", due=date(2020, 5, 20), who="me"))
    ws.set_followup_fields(fid, what="Call Anna back", due=date(2020, 5, 21))
    row = panel.ids().index(fid)
    assert cell(panel, row, 0).startswith("Call Anna back\n") and cell(panel, row, 1).startswith("Thu 21 May")
    assert panel.model.setData(panel.model.index(row, 1), "+1", Qt.ItemDataRole.EditRole)  # typed in the cell
    assert next(f for f in ws.open_followups() if f.id == fid).due == date(2020, 5, 16)
    panel.table.setFocus()
    panel.table.selectRow(panel.ids().index(fid))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert fid not in panel.ids() and fid not in [f.id for f in ws.open_followups()]
    ws.undo_stack.undo()
    assert fid in panel.ids()
    with pytest.raises(EditRefused):
        ws.set_followup_fields(fid, what="")
    ws.delete_followups([fid])
    assert fid not in panel.ids()


def test_a_follow_up_on_its_own_survives_deleting_contacts_and_renames_show(panel: FollowupsPanel,
                                                                            ws: Workspace) -> None:
    fid = ws.add_followup(Followup(id="", what="Ask Piet", who="piet"))
    ws.delete_interactions(["i1", "i2"])
    assert panel.ids() == [fid]
    ws.rename("piet", "Pieter Jansen")
    assert cell(panel, 0, 0) == "Ask Piet\nPieter Jansen · on its own"
    ws.delete_stakeholders(["piet"])  # who does it is cleared, the follow-up stays
    assert cell(panel, 0, 0) == "Ask Piet\nno one in particular · on its own"
