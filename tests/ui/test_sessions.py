"""The Sessions dock and the session editor, driven like a user: plan, edit, duplicate,
delete (each one undo entry), attendees from the map, a group or typing, the agenda
reordered by keys with its times following; a session selects its people on the map,
starts its meeting, and prints its brief."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from tests.conftest import small_dataset
from workbench.model import AgendaItem, Session
from workbench.ui.brief_print import BriefChoice
from workbench.ui.main_window import MainWindow
from workbench.ui.meeting import MeetingView
from workbench.ui.sessions import AgendaTree, SessionEditor, SessionsPanel
from workbench.workspace import Workspace

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    return told


@pytest.fixture
def window(qtbot, make_store) -> MainWindow:
    win = MainWindow(Workspace(make_store(data=small_dataset())))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    dock = win.docks["sessions"]
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: win.sessions.panel.loaded)
    return win


def panel(window: MainWindow) -> SessionsPanel:
    assert window.sessions.panel is not None
    return window.sessions.panel


def rows(p: SessionsPanel) -> dict[str, list[str]]:
    return {head.text(0): [head.child(k).text(0) for k in range(head.childCount())]
            for head in (p.upcoming, p.past)}


def open_editor(qtbot, window: MainWindow, sid: str) -> SessionEditor:  # type: ignore[no-untyped-def]
    editor = window.sessions.edit(sid)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def editor_of(window: MainWindow, sid: str) -> SessionEditor:
    editor = window.sessions.editors[sid]
    assert editor.isVisible()
    return editor


def test_upcoming_and_past_from_the_workspaces_today(window: MainWindow) -> None:
    ws = window.workspace
    ws.add_session(Session(id="old", title="Creathon", at=datetime(2019, 12, 8, 10, 0)))
    ws.add_session(Session(id="older", title="First talk", at=datetime(2019, 6, 1, 9, 0)))
    ws.add_session(Session(id="later", title="Summer circle", at=datetime(2020, 7, 1, 19, 0)))
    listed = rows(panel(window))
    assert [r.split("\n")[1] for r in listed["Upcoming"]] == ["Inner circle", "Summer circle"]  # soonest first
    assert [r.split("\n")[1] for r in listed["Past"]] == ["Creathon", "First talk"]  # latest first
    assert listed["Upcoming"][0].startswith("Thu 28 May 2020 19:30")


def test_selecting_a_session_selects_its_attendees_on_the_map(qtbot, window: MainWindow) -> None:
    p = panel(window)
    assert p.set_current("s1")
    assert window.selection.stakeholders == ("anna", "piet")
    selected = {item.id for item in window.map.scene.selectedItems() if hasattr(item, "stakeholder")}
    assert selected == {"anna", "piet"}


def test_new_duplicate_delete_each_one_undo_entry(qtbot, window: MainWindow) -> None:
    ws, p = window.workspace, panel(window)
    window.selection.select(["gem", "me"])  # the facilitator leads; not an attendee
    start = ws.undo_stack.count()
    qtbot.mouseClick(p.new_button, Qt.MouseButton.LeftButton)
    assert ws.undo_stack.count() == start + 1
    (new,) = [s for s in ws.sessions() if s.id != "s1"]
    assert new.attendees == ("gem",) and new.title == "New session"
    assert new.at == datetime(2020, 5, 22, 19, 0)  # a week after the workspace's today, 15 May
    editor = editor_of(window, new.id)  # opened for the title
    editor.close()
    assert p.current_id() == new.id
    qtbot.mouseClick(p.duplicate_button, Qt.MouseButton.LeftButton)
    assert ws.undo_stack.count() == start + 2 and ws.undo_stack.undoText() == "Duplicate New session"
    copy = p.current_id()
    assert copy not in (new.id, "s1")
    assert ws.sessions([copy])[0].at == datetime(2020, 5, 29, 19, 0)
    p.tree.setFocus()
    qtbot.keyClick(p.tree, Qt.Key.Key_Delete)
    assert ws.undo_stack.count() == start + 3 and ws.undo_stack.undoText() == "Delete session"
    assert copy not in {s.id for s in ws.sessions()}
    assert copy not in " ".join(r for rs in rows(p).values() for r in rs)
    ws.undo_stack.undo()
    assert copy in {s.id for s in ws.sessions()}
    assert any("New session (copy)" in r for r in rows(p)["Upcoming"])


def test_editing_fields_saves_each_as_one_undo_entry(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    editor = open_editor(qtbot, window, "s1")
    start = ws.undo_stack.count()
    editor.title.setFocus()
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Inner circle: roles")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert ws.sessions(["s1"])[0].title == "Inner circle: roles"
    assert ws.undo_stack.count() == start + 1 and ws.undo_stack.undoText() == "Edit session Inner circle: roles"
    assert editor.isVisible() and editor.windowTitle() == "Session: Inner circle: roles"
    editor.place.setFocus()
    editor.place.selectAll()
    qtbot.keyClicks(editor.place, "Het Eemhuis")
    editor.goal.setFocus()  # leaving the place saves it
    qtbot.keyClick(editor.goal, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.goal, "  Clear roles.")
    editor.when.setFocus()  # leaving the goal saves it
    editor.when.setDateTime(QDateTime(QDate(2020, 6, 2), QTime(20, 0)))
    editor.title.setFocus()  # leaving the date saves it
    s = ws.sessions(["s1"])[0]
    assert (s.place, s.goal, s.at) == ("Het Eemhuis", "a shared plan  Clear roles.", datetime(2020, 6, 2, 20, 0))
    assert ws.undo_stack.count() == start + 4
    editor.title.setFocus()
    editor.title.selectAll()
    qtbot.keyClick(editor.title, Qt.Key.Key_Delete)
    editor.place.setFocus()  # an empty title is refused, and shown again
    assert ws.sessions(["s1"])[0].title == "Inner circle: roles" and editor.title.text() == "Inner circle: roles"
    ws.undo_stack.undo()  # the date
    assert editor.when.dateTime().date() == QDate(2020, 5, 28)


def test_attendees_from_typing_a_group_the_map_and_del(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    editor = open_editor(qtbot, window, "s1")
    start = ws.undo_stack.count()
    editor.picker.setFocus()
    qtbot.keyClicks(editor.picker, "Gem")
    qtbot.keyClick(editor.picker, Qt.Key.Key_Return)
    assert ws.sessions(["s1"])[0].attendees == ("anna", "piet", "gem")
    assert ws.undo_stack.undoText() == "Change attendees of Inner circle"
    assert [editor.attendees.item(k).text() for k in range(editor.attendees.count())] == [
        "Anna Bakker", "Piet Jansen", "Gemeente Zeewolde"]
    editor.attendees.setFocus()
    editor.attendees.setCurrentRow(0)
    qtbot.keyClick(editor.attendees, Qt.Key.Key_Delete)
    assert ws.sessions(["s1"])[0].attendees == ("piet", "gem")
    editor.group.setCurrentIndex(editor.group.findText("Inner circle"))
    editor.group.activated.emit(editor.group.currentIndex())
    assert ws.sessions(["s1"])[0].attendees == ("piet", "gem", "anna")
    ws.set_session_attendees("s1", [])
    window.selection.select(["me", "gem", "anna"])
    qtbot.mouseClick(editor.from_map, Qt.MouseButton.LeftButton)
    assert ws.sessions(["s1"])[0].attendees == ("gem", "anna")  # the facilitator leads, not attends
    assert ws.undo_stack.count() == start + 5


def agenda_titles(tree: AgendaTree) -> list[tuple[str, str]]:
    return [(tree.topLevelItem(k).text(0), tree.topLevelItem(k).text(1)) for k in range(tree.topLevelItemCount())]


def test_agenda_by_keyboard_with_times_from_the_start(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    ws.set_session_agenda("s1", [])
    editor = open_editor(qtbot, window, "s1")
    for title, minutes in (("Check-in", 15), ("Roles", 45), ("Check-out", 10)):
        editor.new_item.setFocus()
        qtbot.keyClicks(editor.new_item, title)
        editor.new_minutes.setValue(minutes)
        qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert ws.sessions(["s1"])[0].agenda == (AgendaItem("Check-in", 15), AgendaItem("Roles", 45),
                                               AgendaItem("Check-out", 10))
    assert agenda_titles(editor.agenda) == [("19:30–19:45", "Check-in"), ("19:45–20:30", "Roles"),
                                            ("20:30–20:40", "Check-out")]
    assert editor.ends.text() == "Ends at 20:40"
    start = ws.undo_stack.count()
    tree = editor.agenda
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(2))
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)  # Check-out before Roles
    assert [i.title for i in ws.sessions(["s1"])[0].agenda] == ["Check-in", "Check-out", "Roles"]
    assert agenda_titles(tree) == [("19:30–19:45", "Check-in"), ("19:45–19:55", "Check-out"),
                                   ("19:55–20:40", "Roles")]
    assert tree.currentItem().text(1) == "Check-out"  # the moved item stays current
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)  # already first: nothing happens
    assert [i.title for i in ws.sessions(["s1"])[0].agenda] == ["Check-out", "Check-in", "Roles"]
    assert ws.undo_stack.count() == start + 2 and ws.undo_stack.undoText() == "Edit agenda of Inner circle"
    qtbot.keyClick(tree, Qt.Key.Key_Down, ALT)
    assert [i.title for i in ws.sessions(["s1"])[0].agenda] == ["Check-in", "Check-out", "Roles"]
    assert ws.undo_stack.count() == start + 3
    for _ in range(3):
        ws.undo_stack.undo()
    assert [i.title for i in ws.sessions(["s1"])[0].agenda] == ["Check-in", "Roles", "Check-out"]
    assert agenda_titles(tree)[1] == ("19:45–20:30", "Roles")
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [i.title for i in ws.sessions(["s1"])[0].agenda] == ["Check-in", "Check-out"]


def test_agenda_cells_edited_in_place(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    ws.set_session_agenda("s1", [AgendaItem("Check-in", 15), AgendaItem("Plan", 30)])
    editor = open_editor(qtbot, window, "s1")
    tree = editor.agenda
    node = tree.topLevelItem(1)
    tree.setCurrentItem(node, AgendaTree.MINUTES)
    tree.editItem(node, AgendaTree.MINUTES)
    spin = tree.findChild(QSpinBox)
    assert spin is not None and spin.value() == 30
    spin.setValue(50)
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the delegate commits queued
    qtbot.waitUntil(lambda: ws.sessions(["s1"])[0].agenda[1] == AgendaItem("Plan", 50))
    node = tree.topLevelItem(1)
    tree.editItem(node, AgendaTree.OWNER)
    owner = QApplication.focusWidget()
    qtbot.keyClicks(owner, "Anna Bakker")
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.sessions(["s1"])[0].agenda[1] == AgendaItem("Plan", 50, "Anna Bakker"))
    assert tree.topLevelItem(1).text(0) == "19:45–20:35"


def test_start_meeting_records_the_session(qtbot, window: MainWindow) -> None:
    p = panel(window)
    p.set_current("s1")
    qtbot.mouseClick(p.meeting_button, Qt.MouseButton.LeftButton)
    views = [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingView) and w.isVisible()]
    assert len(views) == 1
    view = views[0]
    assert view.attendees == ["anna", "piet"] and view.draft.session == "s1"
    assert view.windowTitle() == "Meeting: Inner circle"
    qtbot.keyClick(view, "4")
    view.end_meeting()
    (meeting,) = [i for i in window.workspace.interactions() if i.session == "s1"]
    assert set(meeting.with_) == {"anna", "piet", "me"}


def test_the_brief_from_the_window(qtbot, window: MainWindow, tmp_path: Path,
                                   no_modal_questions: list[str]) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Print Brief…" in texts and "Save &Brief as PDF…" in texts
    target = tmp_path / "brief.pdf"
    result = window.sessions.brief.save(BriefChoice("s1", with_notes=False), target)
    assert result is not None and result.pages >= 3
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(target).pages)
    assert "Inner circle" in text and "Anna Bakker" in text and "met at the Creathon" not in text
    window.workspace.set_session_attendees("s1", [])
    assert window.sessions.brief.save(BriefChoice("s1", True), tmp_path / "none.pdf") is None
    assert not (tmp_path / "none.pdf").exists()
    assert no_modal_questions[-1].startswith("The session “Inner circle” has no attendees")


def test_printing_and_its_preview_paint_the_same_pages(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from workbench.brief.content import build_brief
    from workbench.ui.brief_print import print_brief

    brief = build_brief(window.workspace, "s1")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    rendered = print_brief(brief, window.workspace, printer)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == rendered.pages
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595, abs=1)  # A4, whatever the default
    assert "Anna Bakker" in " ".join(reader.pages[-1].extract_text().split())
    preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewWidget(preview_printer)
    qtbot.addWidget(preview)
    preview.paintRequested.connect(lambda p: print_brief(brief, window.workspace, p))
    preview.updatePreview()
    assert preview.pageCount() == rendered.pages
