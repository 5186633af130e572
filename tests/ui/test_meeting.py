"""The meeting view, driven with the keyboard: pick people, press 1–5, type remarks, end
the meeting as one interaction; a closed window or a crash loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import small_dataset
from workbench.model import Channel, RemarkKind, Source
from workbench.ui.meeting import DRAFT_KEY, MeetingView, offer_draft, start_meeting
from workbench.workspace import Workspace


@pytest.fixture
def ws(make_store, qapp) -> Workspace:
    return Workspace(make_store(data=small_dataset()))


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing with unsaved input asks; a test that does not answer must not hang."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)


@pytest.fixture
def meeting(qtbot, ws: Workspace) -> MeetingView:
    view = start_meeting(None, ws, ["anna", "piet", "gem"], "Inner circle", session="s1")
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    return view


def _keys(qtbot, widget, text: str) -> None:
    for ch in text:
        qtbot.keyClick(widget, ch)


def test_a_meeting_captured_by_keyboard_is_one_interaction(qtbot, ws: Workspace, meeting: MeetingView) -> None:
    count = ws.undo_stack.count()
    qtbot.keyClick(meeting, "4")                      # Anna (first) is engaged
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    qtbot.keyClick(meeting, "2")                      # Piet doubts
    _keys(qtbot, meeting, "gem")                      # type-ahead picks Gemeente Zeewolde
    qtbot.keyClick(meeting, "5")
    qtbot.keyClick(meeting, Qt.Key.Key_Left)          # back to Piet
    meeting.remark.setFocus()
    qtbot.keyClicks(meeting.remark, "Is the fee worth it?")
    meeting.theme.setEditText("membership fee")
    meeting.kind.setCurrentIndex(meeting.kind.findData(RemarkKind.DOUBT))
    qtbot.keyClick(meeting.remark, Qt.Key.Key_Return)
    assert meeting.hasFocus()                         # back to the people: 1–5 works again
    qtbot.keyClick(meeting, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ws.undo_stack.count() == count + 1
    assert ws.undo_stack.undoText() == "Meeting: Inner circle"
    (saved,) = [i for i in ws.interactions() if i.channel == Channel.MEETING]
    assert set(saved.with_) == {"anna", "piet", "gem", "me"} and saved.session == "s1"
    assert [(r.by, r.text, r.theme, r.kind) for r in saved.remarks] == [
        ("piet", "Is the fee worth it?", "membership fee", RemarkKind.DOUBT)]
    energies = {}
    for r in ws.readings():
        if r.interaction == saved.id:
            relation = ws.relations([r.relation])[0]
            energies[({relation.a, relation.b} - {"me"}).pop()] = (r.energy, r.source)
    assert energies == {"anna": (4, Source.MEETING), "piet": (2, Source.MEETING), "gem": (5, Source.MEETING)}
    assert ws.draft(DRAFT_KEY) is None
    ws.undo_stack.undo()                              # one step takes it all back, new relations too
    assert not [i for i in ws.interactions() if i.channel == Channel.MEETING]
    assert ws.relation_between("me", "gem") is None


def test_what_is_typed_is_kept_and_offered_again(qtbot, ws: Workspace, meeting: MeetingView,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(meeting, "3")
    meeting.remark.setFocus()
    qtbot.keyClicks(meeting.remark, "We need more time")
    qtbot.keyClick(meeting.remark, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.draft(DRAFT_KEY) is not None and bool(ws.draft(DRAFT_KEY)["remarks"]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    meeting.close()
    assert ws.draft(DRAFT_KEY)["energy"] == {"anna": 3}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    again = offer_draft(None, ws)
    qtbot.addWidget(again)
    assert again.draft.energy == {"anna": 3} and again.draft.session == "s1"
    assert again.remark_list.count() == 1 and "We need more time" in again.remark_list.item(0).text()
    qtbot.keyClick(again, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ws.draft(DRAFT_KEY) is None
    assert len([i for i in ws.interactions() if i.channel == Channel.MEETING]) == 1


def test_a_draft_survives_the_workspace_being_reopened(qtbot, ws: Workspace, meeting: MeetingView) -> None:
    qtbot.keyClick(meeting, "5")
    meeting.save_draft()  # what the timer does a moment after each key
    from workbench.store import open_store

    other = Workspace(open_store(ws.path, exclusive=False))  # as the next start would read it
    try:
        assert other.draft(DRAFT_KEY)["energy"] == {"anna": 5}
    finally:
        other.close()


def test_discarding_the_offered_draft_forgets_it(qtbot, ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    ws.save_draft(DRAFT_KEY, {"title": "Old", "attendees": ["anna"], "started": "2020-05-01T10:00:00",
                              "energy": {"anna": 2}})
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert offer_draft(None, ws) is None
    assert ws.draft(DRAFT_KEY) is None and ws.draft_keys() == []
