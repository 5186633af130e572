"""Quick capture as a user meets it: the keyboard only, from Ctrl+L to Enter; the rows it
writes; one capture is one undo entry; bad input is refused in the form, nothing written."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import small_dataset
from workbench.model import Channel, Interaction, RemarkKind, Source
from workbench.ui.capture import CaptureDialog, ContactDraft, parse_due, save_contact
from workbench.ui.main_window import MainWindow
from workbench.workspace import EditRefused, Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Presses keys where the focus is, as a user does, and counts them (text typed apart)."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def target(self) -> QWidget:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)


@pytest.fixture
def window(qtbot, make_store) -> MainWindow:
    win = MainWindow(Workspace(make_store(data=small_dataset())))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.map.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def open_capture(qtbot, window: MainWindow, keys: Keyboard) -> CaptureDialog:  # type: ignore[no-untyped-def]
    keys.press(Qt.Key.Key_L, CTRL)
    dialog = window.capture.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.who)
    return dialog


def snapshot(ws: Workspace) -> tuple[dict[str, int], int]:
    return ws.counts(), ws.undo_stack.count()


def test_a_phone_call_with_one_reading_takes_six_keystrokes_beyond_the_text(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    assert ws.relation_between("me", "piet") is None  # the facilitator relation does not exist yet
    before = ws.undo_stack.count()
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)         # Ctrl+L
    assert dialog.windowTitle() == "Log a contact"
    keys.press(Qt.Key.Key_P, ALT)                      # Alt+P: phone call
    assert dialog.channel() == Channel.CALL
    assert QApplication.focusWidget() is dialog.who    # choosing the channel leaves the cursor in Who
    keys.type("pie")
    assert dialog.who.listing() == ["Piet Jansen"]     # type-ahead over the names
    keys.press(Qt.Key.Key_Return)                      # Enter adds the highlighted name
    assert dialog.participants == ["piet"] and dialog.who.text() == ""
    keys.press(Qt.Key.Key_4)                           # 4: his energy
    assert dialog.rows["piet"].word.text() == "engaged"
    keys.press(Qt.Key.Key_Tab)                         # to the summary
    assert QApplication.focusWidget() is dialog.summary
    keys.type("Asked how the inner circle is going")
    keys.press(Qt.Key.Key_Return)                      # Enter saves
    assert keys.count == 6
    assert window.capture.dialog is None

    call = next(i for i in ws.interactions() if i.summary == "Asked how the inner circle is going")
    assert (call.channel, call.with_, call.remarks, call.followups) == (Channel.CALL, ("piet",), (), ())
    assert abs(call.at - datetime.combine(date(2020, 5, 15), datetime.now().time())) < timedelta(minutes=2)
    relation = ws.relation_between("me", "piet")
    assert relation is not None                        # created by the capture
    [reading] = ws.readings([relation.id])
    assert (reading.energy, reading.source, reading.interaction, reading.at) == (4, Source.CALL, call.id, call.at)
    assert ws.undo_stack.count() == before + 1         # one capture, one undo entry
    assert ws.undo_stack.undoText() == "Log phone call with Piet Jansen"
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    ws.undo_stack.undo()
    assert ws.interactions([call.id]) == [] and ws.relation_between("me", "piet") is None
    assert ws.readings([relation.id]) == []
    ws.undo_stack.redo()
    assert ws.interactions([call.id])[0] == call
    assert ws.readings([relation.id]) == [reading]


def test_a_meeting_with_remarks_follow_ups_and_readings_between_partners(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.press(Qt.Key.Key_M, ALT)
    for name, energy in (("anna", Qt.Key.Key_5), ("gem", Qt.Key.Key_2), ("piet", Qt.Key.Key_3)):
        keys.type(name)
        keys.press(Qt.Key.Key_Return)
        keys.press(energy)
    assert dialog.participants == ["anna", "gem", "piet"]
    keys.press(Qt.Key.Key_Up)                       # with Who empty: ↑ highlights Gemeente Zeewolde
    keys.press(Qt.Key.Key_Delete)                   # and Del takes them off
    assert dialog.participants == ["anna", "piet"]
    keys.press(Qt.Key.Key_Up)
    keys.press(Qt.Key.Key_4)                        # Anna: 4 instead of 5
    assert dialog.energy() == {"anna": 4, "piet": 3}
    keys.press(Qt.Key.Key_Tab)
    keys.type("Plan for the autumn")
    keys.press(Qt.Key.Key_R, CTRL)                  # a remark row, the cursor in its text
    keys.type("Is this worth my evenings?")
    keys.press(Qt.Key.Key_Tab)
    keys.type("ti")                                 # the existing theme completes inline
    assert dialog.remark_rows[0].theme.text() == "time investment"
    keys.press(Qt.Key.Key_Tab)
    keys.type("d")                                  # kind: doubt
    assert dialog.remark_rows[0].kind.currentData() == RemarkKind.DOUBT
    keys.press(Qt.Key.Key_Tab)
    keys.type("p")                                  # said by Piet
    keys.press(Qt.Key.Key_F, CTRL)                  # a follow-up row
    keys.type("Send Piet the autumn plan")
    keys.press(Qt.Key.Key_Tab)                      # who does it: the facilitator (default)
    keys.press(Qt.Key.Key_Tab)
    keys.type("+7")
    assert dialog.followup_rows[0].due_shown.text() == "Fri 22 May 2020"
    keys.press(Qt.Key.Key_B, CTRL)                  # energy between Anna and Piet
    keys.press(Qt.Key.Key_2)
    keys.press(Qt.Key.Key_Return)
    assert window.capture.dialog is None

    meeting = next(i for i in ws.interactions() if i.summary == "Plan for the autumn")
    assert meeting.channel == Channel.MEETING and set(meeting.with_) == {"anna", "piet"}
    [remark] = meeting.remarks
    assert (remark.by, remark.text, remark.theme, remark.kind) == (
        "piet", "Is this worth my evenings?", "time investment", RemarkKind.DOUBT)
    [followup] = meeting.followups
    assert (followup.what, followup.who, followup.due, followup.done) == (
        "Send Piet the autumn plan", "me", date(2020, 5, 22), False)
    readings = {r.relation: r.energy for r in ws.readings() if r.interaction == meeting.id}
    assert readings == {ws.relation_between("me", "anna").id: 4, ws.relation_between("me", "piet").id: 3,
                        "r2": 2}                     # r2: Piet ↔ Anna
    ws.undo_stack.undo()
    assert ws.interactions([meeting.id]) == [] and not any(r.interaction == meeting.id for r in ws.readings())


def test_the_map_context_menu_opens_capture_with_the_selected_people(qtbot, window: MainWindow) -> None:
    window.map.controller.log_requested.emit(["anna", "me"])  # the facilitator is never a participant
    dialog = window.capture.dialog
    assert dialog is not None and dialog.participants == ["anna"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.who)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_5)                        # the energy of the one already there
    keys.press(Qt.Key.Key_Return)
    assert dialog.isHidden()
    assert ws_last(window.workspace).with_ == ("anna",)


def ws_last(ws: Workspace) -> Interaction:
    return max(ws.interactions(), key=lambda i: i.at)


def test_editing_a_contact_updates_it_and_its_reading_in_one_undo_entry(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    dialog = window.capture.edit_contact("i1")
    assert dialog is not None and dialog.windowTitle() == "Edit contact"
    assert dialog.channel() == Channel.CALL and dialog.participants == ["anna"]  # "me" stays, unseen
    assert dialog.energy() == {"anna": 4} and dialog.summary.toPlainText() == "catch-up"
    assert [r.text.text() for r in dialog.remark_rows] == ["Is this worth my time?"]
    assert not dialog.dirty()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.who)
    count = ws.undo_stack.count()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_2)
    keys.press(Qt.Key.Key_Return)
    assert ws.undo_stack.count() == count + 1
    [i1] = ws.interactions(["i1"])
    assert i1.with_ == ("anna", "me") and i1.remarks[0].text == "Is this worth my time?"
    assert [r.energy for r in ws.readings(["r1"]) if r.interaction == "i1"] == [2]
    assert [r.id for r in ws.readings(["r1"])] == ["rd1"]  # the same reading, edited
    assert ws.undo_stack.undoText() == "Edit phone call with Anna Bakker"
    ws.undo_stack.undo()
    assert ws.readings(["r1"])[0].energy == 4 and ws.interactions(["i1"])[0].with_ == ("anna", "me")


# --------------------------------------------------------------------------- bad input

def test_nobody_took_part_is_refused_in_the_form(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    before = snapshot(ws)
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("Nobody in particular")  # typed in Who, never added
    keys.press(Qt.Key.Key_Tab)
    keys.type("a summary")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "“Nobody in particular” is not added yet" in dialog.message.text()
    assert "Who took part?" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.who
    assert snapshot(ws) == before


def test_a_name_nobody_has_says_so(qtbot, window: MainWindow) -> None:
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("Zorro")
    keys.press(Qt.Key.Key_Return)
    assert dialog.participants == [] and "No one in this workspace is called “Zorro”" in dialog.message.text()


def test_energy_outside_one_to_five_is_refused(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    before = snapshot(ws)
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("anna")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_7)
    assert dialog.energy() == {} and "Energy goes from 1 (disengaging) to 5 (in flow)" in dialog.message.text()
    assert snapshot(ws) == before
    draft = ContactDraft(at=datetime(2020, 5, 1, 10), channel=Channel.CALL, with_=("anna",), energy={"anna": 7})
    with pytest.raises(EditRefused, match="Energy goes from 1"):  # the operation refuses it too
        save_contact(ws, draft)
    with pytest.raises(EditRefused):
        save_contact(ws, ContactDraft(at=datetime(2020, 5, 1, 10), channel=Channel.CALL, with_=("anna",),
                                      energy={"anna": 0}))
    assert snapshot(ws) == before


def test_a_date_far_in_the_future_is_refused(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    before = snapshot(ws)
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("anna")
    keys.press(Qt.Key.Key_Return)
    dialog.set_when(datetime.now() + timedelta(days=3))
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and "is in the future" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.when
    assert snapshot(ws) == before
    dialog.set_when(datetime.now() + timedelta(hours=20))  # a clock a little off is fine
    dialog.who.setFocus()
    keys.press(Qt.Key.Key_Return)
    assert dialog.isHidden() and ws.undo_stack.count() == before[1] + 1


def test_a_follow_up_without_text_is_refused(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    before = snapshot(ws)
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("anna")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_F, CTRL)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("next week")                     # a due date, but nothing to do
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and "A follow-up needs to say what is to be done" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.followup_rows[0].what
    assert snapshot(ws) == before
    keys.type("Call Anna about the budget")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isHidden()
    assert ws_last(ws).followups[0].due == date(2020, 5, 22)


def test_an_unreadable_due_date_is_refused(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    before = snapshot(ws)
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("anna")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("Send the plan")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("someday")
    keys.press(Qt.Key.Key_Return)
    assert "Cannot read the due date “someday”" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.followup_rows[0].due
    assert snapshot(ws) == before


def test_esc_closes_at_once_when_nothing_was_typed(qtbot, window: MainWindow) -> None:
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.press(Qt.Key.Key_Escape)
    assert dialog.isHidden() and window.capture.dialog is None


def test_esc_asks_before_throwing_away_what_was_typed(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    before = snapshot(ws)
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("anna")
    keys.press(Qt.Key.Key_Return)
    answers: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.text() == "What you typed here will be lost."
        answers.append(box.windowTitle())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, lambda: answer("Keep editing"))
    keys.press(Qt.Key.Key_Escape)
    assert answers == ["Discard this contact?"] and dialog.isVisible() and dialog.participants == ["anna"]
    dialog.activateWindow()  # the offscreen platform gives the focus back only when asked
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTimer.singleShot(0, lambda: answer("Discard"))
    keys.press(Qt.Key.Key_Escape)
    assert dialog.isHidden() and snapshot(ws) == before


def test_the_first_esc_closes_the_name_list_only(qtbot, window: MainWindow) -> None:
    keys = Keyboard(qtbot)
    dialog = open_capture(qtbot, window, keys)
    keys.type("an")
    assert dialog.who.listing() == ["Anna Bakker", "Piet Jansen"]  # the start of a name first, then inside one
    keys.press(Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.who.text() == "" and dialog.who.listing() == []


def test_shift_enter_is_a_new_line_in_the_summary(qtbot, window: MainWindow) -> None:
    keys = Keyboard(qtbot)
    open_capture(qtbot, window, keys)
    keys.type("anna")
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Tab)
    keys.type("one")
    keys.press(Qt.Key.Key_Return, SHIFT)
    keys.type("two")
    keys.press(Qt.Key.Key_Return)
    assert ws_last(window.workspace).summary == "one\ntwo"


# --------------------------------------------------------------------------- due dates

@pytest.mark.parametrize(("text", "expected"), [
    ("", None), ("+7", date(2020, 5, 22)), ("3", date(2020, 5, 18)), ("2w", date(2020, 5, 29)),
    ("tomorrow", date(2020, 5, 16)), ("morgen", date(2020, 5, 16)), ("next week", date(2020, 5, 22)),
    ("fri", date(2020, 5, 22)), ("vrijdag", date(2020, 5, 22)), ("mon", date(2020, 5, 18)),
    ("2020-06-01", date(2020, 6, 1)), ("1-6-2020", date(2020, 6, 1)), ("1/6", date(2020, 6, 1)),
    ("1-3", date(2021, 3, 1)), ("1-6-21", date(2021, 6, 1)),
])
def test_due_dates_are_read_as_people_write_them(text: str, expected: date | None) -> None:
    assert parse_due(text, date(2020, 5, 15)) == expected  # a Friday


@pytest.mark.parametrize("text", ["someday", "31-2", "2020-13-01", "+"])
def test_due_dates_that_are_no_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_due(text, date(2020, 5, 15))
