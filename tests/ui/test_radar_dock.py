"""The radar dock on the demo workspace (as of its day, 15 May 2020), driven as a user does:
the ranked list, snooze until a day, dismiss until new evidence, own way with its
question and undo, logging the suggested contact, the sensing settings, and one
recompute per burst of changes."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.model import Channel, Interaction, Reading, Remark, RemarkKind, Signal, Source, Status
from workbench.store import open_store
from workbench.ui.main_window import MainWindow
from workbench.ui.radar_dock import DEBOUNCE_MS, RadarDock, SnoozeDialog, _Layout, who
from workbench.ui.sensing_settings import SensingSettingsDialog
from workbench.workspace import Workspace
from workbench.workspace.radar import radar
from workbench.workspace.radar_words import templates, why

AS_OF = date(2020, 5, 15)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ws = Workspace(write_new_workspace(tmp_path / "demo.voelspriet", demo_dataset(language="en")))
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: dock_of(win).recomputes >= 1)
    yield win


def dock_of(window: MainWindow) -> RadarDock:
    dock = window.radar.dock_widget
    assert dock is not None
    return dock


def names(dock: RadarDock) -> list[tuple[str, ...]]:
    return [f.names for f in dock.findings()]


def pick(dock: RadarDock, name: str):  # type: ignore[no-untyped-def]
    """Click the item naming *name*, as a user does."""
    from PySide6.QtTest import QTest

    finding = next(f for f in dock.findings() if name in f.names)
    index = dock.model.index(dock.findings().index(finding), 0)
    dock.list.scrollTo(index)
    QTest.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=dock.list.visualRect(index).center())
    assert dock.current() is finding
    return finding


def answer_modal(qtbot, action: Callable[[object], None], done: list[object]) -> None:  # type: ignore[no-untyped-def]
    """Run *action* on the next modal dialog once it is open."""
    def run() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, run)
            return
        done.append(box)
        action(box)

    QTimer.singleShot(0, run)


def wait_recomputed(qtbot, dock: RadarDock, before: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dock.recomputes > before, timeout=3000)


# --------------------------------------------------------------------------- the list


def test_the_dock_shows_the_demos_radar_most_urgent_first(window: MainWindow) -> None:
    dock = dock_of(window)
    assert window.docks["radar"].isVisible() and window.docks["radar"].toggleViewAction() in \
        window.view_menu.actions()
    assert names(dock) == [f.names for f in radar(window.workspace).findings]
    assert names(dock)[:3] == [("Ruben Meijer",), ("Yvonne Dekker",), ("Jeroen Smit",)]
    assert dock.summary.text() == "6 on the radar on Fri 15 May 2020, most urgent first"
    text = dock.model.index(0, 0).data()
    assert text.startswith("Ruben Meijer — Low energy. The latest energy reading with Fenna Hoogland")
    assert text.endswith("Have a personal conversation.")
    tip = dock.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Score 74.7" in tip and "Low energy: The energy with you is low, or dropped" in tip


def test_every_part_of_an_item_fits_the_dock(window: MainWindow) -> None:
    dock = dock_of(window)
    width = dock.list.viewport().width()
    assert width > 200
    for finding in dock.findings():
        layout = _Layout(finding, width, dock.list.font(), templates())
        for rect in (layout.name_rect, layout.why_rect, layout.action_rect, *(b[0] for b in layout.badges)):
            assert rect.left() >= 0 and rect.right() < width, finding.names
        assert layout.height > layout.action_rect.bottom()
        assert all(b[0].height() >= dock.list.fontMetrics().height() * 0.8 for b in layout.badges)


def test_enter_selects_the_people_and_open_shows_their_details(qtbot, window: MainWindow) -> None:
    dock = dock_of(window)
    window.docks["interactions"].raise_()
    finding = pick(dock, "Lotte Vermeer")
    assert window.selection.stakeholders == ("s-lotte", "s-pieter")  # selecting an item selects its people
    window.selection.select([])
    dock.list.setFocus()
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    assert window.selection.stakeholders == finding.ids
    window.selection.select([])
    qtbot.mouseClick(dock.open_button, Qt.MouseButton.LeftButton)
    assert window.selection.stakeholders == finding.ids
    assert not window.docks["details"].visibleRegion().isEmpty()


def test_the_context_menu_offers_every_action(window: MainWindow) -> None:
    dock = dock_of(window)
    pick(dock, "Lotte Vermeer")
    menu = dock.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Open", "Log the meeting…", "Snooze…", "Dismiss", "Gone their own way", "Sensing Settings…"]
    [sub] = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert [a.text() for a in sub.actions()] == ["Lotte Vermeer has gone their own way…",
                                                 "Pieter Bos has gone their own way…"]
    pick(dock, "Jeroen Smit")
    texts = [a.text() for a in dock.context_menu().actions() if not a.isSeparator()]
    assert "Jeroen Smit has gone their own way…" in texts and "Log the talk…" in texts


# --------------------------------------------------------------------------- snooze


def test_snooze_hides_until_the_date_and_shows_again_after(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Jeroen Smit")
    seen: list[object] = []

    def choose(dialog: object) -> None:
        assert isinstance(dialog, SnoozeDialog)
        assert dialog.until() == AS_OF + timedelta(days=7)  # a week by default
        dialog.set_until(AS_OF + timedelta(days=10))
        dialog.accept()

    answer_modal(qtbot, choose, seen)
    qtbot.mouseClick(dock.snooze_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert ("Jeroen Smit",) not in names(dock) and len(names(dock)) == 5
    assert ws.undo_stack.undoText() == "Snooze Jeroen Smit"
    before = dock.recomputes
    ws.set_settings_fields(as_of=AS_OF + timedelta(days=9))
    wait_recomputed(qtbot, dock, before)
    assert ("Jeroen Smit",) not in names(dock)
    before = dock.recomputes
    ws.set_settings_fields(as_of=AS_OF + timedelta(days=10))
    wait_recomputed(qtbot, dock, before)
    assert ("Jeroen Smit",) in names(dock)


def test_a_cancelled_snooze_changes_nothing(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Jeroen Smit")
    count = ws.undo_stack.count()
    answer_modal(qtbot, lambda d: d.reject(), [])  # type: ignore[attr-defined]
    qtbot.mouseClick(dock.snooze_button, Qt.MouseButton.LeftButton)
    assert ws.undo_stack.count() == count and ("Jeroen Smit",) in names(dock)


def test_undo_brings_a_snoozed_finding_back(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    finding = pick(dock, "Jeroen Smit")
    dock.snooze_current(AS_OF + timedelta(days=3))
    assert finding.names not in names(dock)
    before = dock.recomputes
    window.undo_action.trigger()
    wait_recomputed(qtbot, dock, before)
    assert finding.names in names(dock)
    assert not ws.radar_marks()


# --------------------------------------------------------------------------- dismiss


def test_dismiss_hides_until_a_new_reading(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Ruben Meijer")
    dock.list.setFocus()
    qtbot.keyClick(dock.list, Qt.Key.Key_Delete)
    assert ("Ruben Meijer",) not in names(dock)
    assert dock.current() is not None and dock.current().names == ("Yvonne Dekker",)  # the next one
    assert ws.undo_stack.undoText() == "Dismiss Ruben Meijer"
    before = dock.recomputes
    ws.set_settings_fields(as_of=AS_OF + timedelta(days=3))  # older evidence only: stays away
    wait_recomputed(qtbot, dock, before)
    assert ("Ruben Meijer",) not in names(dock)
    relation = ws.relation_between("s-fenna", "s-ruben")
    before = dock.recomputes
    ws.add_reading(Reading(id="", relation=relation.id, at=datetime(2020, 5, 16, 9, 0), energy=2,
                           source=Source.SENSE))
    wait_recomputed(qtbot, dock, before)
    assert ("Ruben Meijer",) in names(dock)


def test_dismiss_hides_until_a_new_remark(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Yvonne Dekker")
    qtbot.mouseClick(dock.dismiss_button, Qt.MouseButton.LeftButton)
    assert ("Yvonne Dekker",) not in names(dock)
    before = dock.recomputes
    ws.add_interaction(Interaction(  # a doubt of hers, passed on by someone else
        id="", at=datetime(2020, 5, 14, 20, 0), channel=Channel.MESSAGE, with_=("s-fenna", "s-bas"),
        remarks=(Remark(id="", by="s-yvonne", text="Maybe I should stop.", kind=RemarkKind.DOUBT),)))
    wait_recomputed(qtbot, dock, before)
    assert ("Yvonne Dekker",) in names(dock)


# --------------------------------------------------------------------------- own way


def test_own_way_asks_removes_and_undo_restores(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Jeroen Smit")
    boxes: list[object] = []

    def confirm(box: object) -> None:
        assert isinstance(box, QMessageBox)
        assert box.text() == "Mark Jeroen Smit as gone their own way?"
        assert "The radar will no longer flag Jeroen Smit" in box.informativeText()
        next(b for b in box.buttons() if b.text() == "Mark as gone their own way").click()

    answer_modal(qtbot, confirm, boxes)
    qtbot.mouseClick(dock.own_way_button, Qt.MouseButton.LeftButton)
    assert len(boxes) == 1
    assert ws.stakeholder("s-jeroen").status == Status.OWN_WAY
    assert ("Jeroen Smit",) not in names(dock)
    before = dock.recomputes
    window.undo_action.trigger()
    wait_recomputed(qtbot, dock, before)
    assert ws.stakeholder("s-jeroen").status == Status.ACTIVE
    assert ("Jeroen Smit",) in names(dock)


def test_own_way_cancelled_changes_nothing(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Jeroen Smit")
    count = ws.undo_stack.count()
    answer_modal(qtbot, lambda box: next(b for b in box.buttons() if b.text() == "Cancel").click(), [])  # type: ignore[attr-defined]
    qtbot.mouseClick(dock.own_way_button, Qt.MouseButton.LeftButton)
    assert ws.undo_stack.count() == count and ws.stakeholder("s-jeroen").status == Status.ACTIVE


def test_own_way_of_a_pair_asks_which_partner(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    pick(dock, "Lotte Vermeer")

    def accept(box: object) -> None:
        next(b for b in box.buttons() if b.text() == "Mark as gone their own way").click()  # type: ignore[attr-defined]

    answer_modal(qtbot, accept, [])
    dock.own_way_current("s-pieter")
    assert ws.stakeholder("s-pieter").status == Status.OWN_WAY
    assert ws.stakeholder("s-lotte").status == Status.ACTIVE
    assert ("Lotte Vermeer", "Pieter Bos") not in names(dock)


# --------------------------------------------------------------------------- logging the contact


def test_log_the_talk_prefills_capture_with_the_people_and_the_channel(qtbot, window: MainWindow) -> None:
    dock = dock_of(window)
    pick(dock, "Yvonne Dekker")  # personal_conversation
    assert dock.log_button.text() == "Log the talk…"
    qtbot.mouseClick(dock.log_button, Qt.MouseButton.LeftButton)
    dialog = window.capture.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.participants == ["s-yvonne"]
    assert dialog.channel_buttons[Channel.CONVERSATION].isChecked()
    dialog.reject()


def test_log_the_call_prefills_capture_with_a_phone_call(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    before = dock.recomputes
    ws.set_settings_fields(silence_escalate_factor=3.0)  # 56 days silent: a call is enough
    wait_recomputed(qtbot, dock, before)
    finding = pick(dock, "Jeroen Smit")
    assert finding.action.value == "phone_call" and dock.log_button.text() == "Log the call…"
    qtbot.mouseClick(dock.log_button, Qt.MouseButton.LeftButton)
    dialog = window.capture.dialog
    assert dialog.participants == ["s-jeroen"] and dialog.channel_buttons[Channel.CALL].isChecked()
    dialog.reject()


def test_bring_together_logs_a_meeting_with_both(qtbot, window: MainWindow) -> None:
    dock = dock_of(window)
    pick(dock, "Lotte Vermeer")
    dock.log_current()
    dialog = window.capture.dialog
    assert sorted(dialog.participants) == ["s-lotte", "s-pieter"]
    assert dialog.channel_buttons[Channel.MEETING].isChecked()
    dialog.reject()


# --------------------------------------------------------------------------- recomputing


def test_many_changes_make_one_recompute_and_moves_none(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    relation = ws.relation_between("s-fenna", "s-ruben")
    before = dock.recomputes
    for day in range(1, 21):
        ws.add_reading(Reading(id="", relation=relation.id, at=datetime(2020, 4, day), energy=3))
    assert dock.recomputes == before and dock.timer.isActive()
    qtbot.wait(DEBOUNCE_MS * 3)
    assert dock.recomputes == before + 1
    ws.move_stakeholders({"s-ruben": (10.0, 10.0)})
    ws.set_fields("s-ruben", notes="likes long walks")
    assert not dock.timer.isActive()
    qtbot.wait(DEBOUNCE_MS * 2)
    assert dock.recomputes == before + 1


def test_the_recompute_runs_off_the_windows_thread_and_closing_meanwhile_waits_for_it(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window stays free while the radar computes; closing the workspace meanwhile waits
    for the read under way (it ends on the open file), and the result is not shown."""
    ws, dock = window.workspace, dock_of(window)
    main, inside, go = threading.get_ident(), threading.Event(), threading.Event()
    held: list[object] = []
    real_read = ws._read

    def read(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.get_ident() == main:
            return real_read(fn, *args, **kwargs)

        def hold(s, *a, **k):  # type: ignore[no-untyped-def]
            inside.set()
            go.wait(10)
            held.append(fn(s, *a, **k))  # the file is still open: closing waits
            return held[-1]
        return real_read(hold, *args, **kwargs)

    monkeypatch.setattr(ws, "_read", read)
    before = dock.recomputes
    ws.set_fields("s-jeroen", status=Status.OWN_WAY)
    qtbot.waitUntil(inside.is_set, timeout=5000)  # the radar computes off the window's thread
    qtbot.wait(DEBOUNCE_MS)  # the window's loop runs while the radar computes
    assert dock.recomputes == before
    threading.Timer(0.3, go.set).start()
    window.close()  # closes the workspace: waits for the read under way
    assert ws.closed and len(held) >= 1
    qtbot.wait(DEBOUNCE_MS)
    assert dock.recomputes == before


def test_a_hidden_dock_computes_only_once_shown(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    window.docks["stakeholders"].raise_()
    qtbot.waitUntil(lambda: not dock.seen())
    before = dock.recomputes
    ws.set_fields("s-jeroen", status=Status.OWN_WAY)
    qtbot.wait(DEBOUNCE_MS * 2)
    assert dock.recomputes == before
    window.docks["radar"].raise_()
    wait_recomputed(qtbot, dock, before)
    assert ("Jeroen Smit",) not in names(dock)


def test_flags_per_stakeholder_for_the_map(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    flags = window.radar.flags()
    assert flags["s-ruben"] == (Signal.LOW_ENERGY,)
    assert flags["s-lotte"] == flags["s-pieter"] == (Signal.DIVERGING,)
    assert Signal.DOUBT in flags["s-yvonne"] and Signal.RECURRING_THEME in flags["s-yvonne"]
    emitted: list[dict] = []
    dock.flags_changed.connect(emitted.append)
    ws.set_fields("s-ruben", status=Status.OWN_WAY)
    assert "s-ruben" not in window.radar.flags()  # computed at once when asked
    assert emitted and "s-ruben" not in emitted[-1]


# --------------------------------------------------------------------------- the sensing settings


def test_the_settings_dialog_is_reachable_from_the_dock_and_the_edit_menu(qtbot, window: MainWindow) -> None:
    dock = dock_of(window)
    assert window.radar.settings_action in window.edit_menu.actions()
    qtbot.mouseClick(dock.settings_button, Qt.MouseButton.LeftButton)
    dialog = window.radar.settings_dialog
    assert isinstance(dialog, SensingSettingsDialog) and dialog.isVisible()
    assert dialog.edits["silence_min_days"].text() == "21" and dialog.chosen_day() == AS_OF
    dialog.reject()


def test_settings_edit_persists_refuses_bad_values_and_undo_restores(qtbot, window: MainWindow) -> None:
    ws, dock = window.workspace, dock_of(window)
    window.radar.settings_action.trigger()
    dialog = window.radar.settings_dialog
    count = ws.undo_stack.count()
    dialog.edits["silence_min_days"].setText("0")
    dialog.edits["silence_gap_factor"].setText("fast")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == ("Minimum silence: enter a whole number from 1 to 3650.\n"
                                     "Rhythm factor: enter a number from 0.1 to 100, such as 1.5.")
    assert ws.undo_stack.count() == count and ws.settings().silence_min_days == 21
    dialog.edits["silence_min_days"].setText("60")
    dialog.edits["silence_gap_factor"].setText("2,5")
    before = dock.recomputes
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ws.undo_stack.count() == count + 1 and ws.undo_stack.undoText() == "Edit sensing settings"
    assert (ws.settings().silence_min_days, ws.settings().silence_gap_factor) == (60, 2.5)
    wait_recomputed(qtbot, dock, before)
    assert ("Jeroen Smit",) not in names(dock)  # 56 days silent: under the new minimum
    before = dock.recomputes
    window.undo_action.trigger()
    wait_recomputed(qtbot, dock, before)
    assert ws.settings().silence_min_days == 21 and ("Jeroen Smit",) in names(dock)
    window.redo_action.trigger()
    path = ws.path
    window.close()
    reopened = open_store(path)
    try:
        from workbench.store import queries

        with reopened.session() as s:
            assert queries.sensing_settings(s).silence_min_days == 60
    finally:
        reopened.close()


def test_the_radars_day_can_be_released_and_fixed_again(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    dialog = SensingSettingsDialog(ws, window)
    dialog.fixed_day.setChecked(False)
    assert dialog.save() and ws.settings().as_of is None
    dialog = SensingSettingsDialog(ws, window)
    assert not dialog.fixed_day.isChecked() and not dialog.as_of.isEnabled()
    dialog.fill_defaults()
    assert dialog.save()  # the defaults are the demo's: nothing else changed
    assert ws.undo_stack.undoText() == "Edit sensing settings"
    window.undo_action.trigger()
    assert ws.settings().as_of == AS_OF


def test_the_menu_key_opens_the_menu_at_the_current_item(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    dock = dock_of(window)
    asked: list[QPoint] = []
    dock.list.menu_requested.connect(asked.append)
    QApplication.sendEvent(dock.list, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0)))
    assert asked == []  # no current item: nothing to act on
    finding = pick(dock, "Bas Kuiper")
    shown: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, close_menu)
            return
        shown.append([a.text() for a in menu.actions() if not a.isSeparator()])
        menu.close()

    QTimer.singleShot(0, close_menu)
    QApplication.sendEvent(dock.list, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0)))
    assert shown == [["Open", "Log the talk…", "Snooze…", "Dismiss", "Bas Kuiper has gone their own way…",
                      "Sensing Settings…"]]
    index = dock.model.index(dock.findings().index(finding), 0)
    assert asked == [dock.list.viewport().mapToGlobal(dock.list.visualRect(index).topLeft() + QPoint(24, 24))]
    assert [b.isEnabled() for b in dock.buttons] == [True, True, True, True, True]
    assert dock.log_button.text() == "Log the talk…"  # a follow-up: logged as a conversation


def test_a_recompute_lays_out_again_only_the_findings_whose_words_changed(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.ui.radar_dock as radar_dock

    dock = dock_of(window)
    made: list[str] = []

    class Counted(radar_dock._Layout):
        def __init__(self, finding, *args, **kwargs):  # type: ignore[no-untyped-def]
            made.append(who(finding))
            super().__init__(finding, *args, **kwargs)

    monkeypatch.setattr(radar_dock, "_Layout", Counted)
    width = dock.list.viewport().width() - 2 * dock.list.spacing()

    def lay_out_all() -> None:
        for row in range(dock.model.rowCount()):
            dock.delegate.sizeHint(QStyleOptionViewItem(), dock.model.index(row, 0))

    lay_out_all()  # the layouts before (made before the counting began, or now)
    made.clear()
    dock.refresh()  # the same findings
    lay_out_all()
    assert made == []
    ws = window.workspace
    ws.set_fields("s-jeroen", name="Jeroen Smid")
    dock.refresh()
    lay_out_all()
    assert made == ["Jeroen Smid"]  # his words changed; nobody else's
    finding = next(f for f in dock.findings() if "Jeroen Smid" in f.names)
    layout = dock.delegate._layout(dock.model.index(dock.findings().index(finding), 0), width)
    assert layout is not None and layout.who == "Jeroen Smid"
    assert layout.why == why(finding, templates())


def test_edits_faster_than_the_radar_start_one_recompute_after_the_one_running(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.ui.radar_dock as radar_dock

    dock = dock_of(window)
    go = threading.Event()
    started: list[int] = []
    real = radar_dock._compute

    def compute(workspace, generation):  # type: ignore[no-untyped-def]
        started.append(generation)
        if len(started) == 1:
            go.wait(10)  # the first one takes long
        return real(workspace, generation)

    monkeypatch.setattr(radar_dock, "_compute", compute)
    before = dock.recomputes
    for _ in range(4):
        dock.refresh_in_background()
    qtbot.wait(50)
    assert len(started) == 1  # one at a time …
    go.set()
    qtbot.waitUntil(lambda: dock.recomputes > before, timeout=5000)
    qtbot.wait(100)
    assert len(started) == 2  # … and one more after it, for all that came meanwhile
    assert dock.recomputes == before + 1  # the first one's (old) result was not shown
