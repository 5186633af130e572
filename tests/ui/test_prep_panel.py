"""The conversation prep panel (ui/details_panel.py) on the demo workspace: what it shows
for a person on the radar, edits that persist and undo, conversation notes that become
the summary of the logged talk, and re-reading only when a change can touch the prep."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.model import Channel, Interaction, Reading
from workbench.store import open_store
from workbench.ui import details_panel as module
from workbench.ui.details_panel import DetailsPanel, notes_key
from workbench.workspace import Selection, Workspace


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace(write_new_workspace(tmp_path / "demo.voelspriet", demo_dataset()))
    yield ws
    if not ws.closed:
        ws.close()


@pytest.fixture
def panel(qtbot, demo: Workspace) -> DetailsPanel:
    widget = DetailsPanel(demo, Selection())
    qtbot.addWidget(widget)
    widget.resize(320, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_and_leave(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.clearFocus()


def _section(panel: DetailsPanel, key: str) -> str:
    heading, body = panel.sections[key]
    return body.text() if body.isVisibleTo(panel) else ""


def test_a_person_with_an_open_doubt(panel: DetailsPanel) -> None:
    panel._selection.select(["s-yvonne"])
    assert panel.stack.currentWidget() is panel.person_page() and panel.name.text() == "Yvonne Dekker"
    assert panel.findings.isVisibleTo(panel)
    assert "Doubt" in panel.findings.text() and "Recurring theme" in panel.findings.text()
    assert "Have a personal conversation" in panel.findings.text()
    assert "no contact since" in panel.findings.toolTip()
    assert "what are your considerations?" in panel.questions.text()
    assert "keep this up after the summer" in _section(panel, "doubts")
    assert "phone call" in _section(panel, "contacts") and "and 8 earlier" in _section(panel, "contacts")
    assert "time investment" in _section(panel, "themes")
    assert len(panel.sparkline.points) == 13 and panel.sparkline.isVisibleTo(panel)
    assert "Latest 3 (neutral)" in panel.energy_words.text()
    assert panel.groups.text() == "Amersfoort, Community builders, Inner circle"


def test_a_person_off_the_radar_gets_the_default_questions_and_no_radar_section(panel: DetailsPanel) -> None:
    panel._selection.select(["s-anna"])
    assert not panel.findings.isVisibleTo(panel) and not panel.findings_title.isVisibleTo(panel)
    assert "What is going well for you in the network" in panel.questions.text()
    assert _section(panel, "doubts") == ""
    assert "Publish the story series" in _section(panel, "followups")
    panel._selection.select(["s-fenna"])  # the facilitator: no prep to make with themself
    assert not panel.questions.isVisibleTo(panel) and not panel.log_button.isEnabled()
    assert not panel.sparkline.isVisibleTo(panel)


def test_edits_in_the_prep_panel_persist_and_undo(qtbot, panel: DetailsPanel, demo: Workspace,
                                                   tmp_path: Path) -> None:
    panel._selection.select(["s-jeroen"])
    assert "Does the plan still fit what drives you (After ten years of IT projects" in panel.questions.text()
    count = demo.undo_stack.count()
    _type_and_leave(qtbot, panel.texts["drivers"], "Wants to build something that matters")
    _type_and_leave(qtbot, panel.lines["role"], "web builder")
    assert demo.undo_stack.count() == count + 2
    qtbot.waitUntil(lambda: "(Wants to build something that matters)" in panel.questions.text())
    demo.close()  # the edits are in the file
    again = Workspace(open_store(tmp_path / "demo.voelspriet"))
    try:
        jeroen = again.stakeholder("s-jeroen")
        assert (jeroen.drivers, jeroen.role) == ("Wants to build something that matters", "web builder")
    finally:
        again.close()


def test_undo_of_a_prep_edit_shows_the_old_text(qtbot, panel: DetailsPanel, demo: Workspace) -> None:
    panel._selection.select(["s-jeroen"])
    before = demo.stakeholder("s-jeroen").drivers
    _type_and_leave(qtbot, panel.texts["drivers"], "Curiosity")
    assert demo.stakeholder("s-jeroen").drivers == "Curiosity"
    demo.undo_stack.undo()
    assert demo.stakeholder("s-jeroen").drivers == before
    assert panel.texts["drivers"].toPlainText() == before
    qtbot.waitUntil(lambda: "(Curiosity)" not in panel.questions.text() and "(After ten years" in panel.questions.text())


def test_notes_become_the_summary_of_the_logged_conversation(qtbot, panel: DetailsPanel, demo: Workspace) -> None:
    panel._selection.select(["s-yvonne"])
    panel.conversation_notes.setFocus()
    qtbot.keyClicks(panel.conversation_notes, "Talked about her hours")
    qtbot.waitUntil(lambda: demo.draft(notes_key("s-yvonne")) is not None)  # kept while typing
    assert demo.draft(notes_key("s-yvonne"))["notes"] == "Talked about her hours"
    count = demo.undo_stack.count()
    qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    dialog = panel.capture
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.toPlainText() == "Talked about her hours"
    assert dialog.channel() == Channel.CONVERSATION and dialog.participants == ["s-yvonne"]
    assert not dialog.dirty()  # nothing typed in the form itself: Esc closes it without asking
    assert dialog.try_save()
    assert demo.undo_stack.count() == count + 1
    logged = [i for i in demo.interactions(stakeholder_id="s-yvonne") if i.summary == "Talked about her hours"]
    assert len(logged) == 1 and logged[0].channel == Channel.CONVERSATION
    assert panel.conversation_notes.toPlainText() == ""
    assert demo.draft(notes_key("s-yvonne")) is None
    # the talk followed her doubt: it is no longer open, and the contact is the latest
    qtbot.waitUntil(lambda: "Doubt" not in panel.findings.text() or not panel.findings.isVisibleTo(panel))
    assert _section(panel, "doubts") == ""
    assert "personal conversation" in _section(panel, "contacts").split("<br>")[0]
    demo.undo_stack.undo()  # the contact is gone: the notes come back
    assert demo.interactions([logged[0].id]) == []
    assert panel.conversation_notes.toPlainText() == "Talked about her hours"
    assert demo.draft(notes_key("s-yvonne"))["notes"] == "Talked about her hours"
    qtbot.waitUntil(lambda: "keep this up" in _section(panel, "doubts"))


def test_cancelling_the_form_keeps_the_notes(qtbot, panel: DetailsPanel, demo: Workspace) -> None:
    panel._selection.select(["s-ruben"])
    panel.conversation_notes.setPlainText("Kitchen still closed")
    panel.keep_notes()
    dialog = panel.log_conversation()
    dialog.reject()
    assert panel.capture is None
    assert panel.conversation_notes.toPlainText() == "Kitchen still closed"
    assert demo.draft(notes_key("s-ruben"))["notes"] == "Kitchen still closed"


def test_notes_are_kept_per_person_and_found_again(qtbot, panel: DetailsPanel, demo: Workspace) -> None:
    panel._selection.select(["s-ruben"])
    panel.conversation_notes.setFocus()
    qtbot.keyClicks(panel.conversation_notes, "about Ruben")
    panel._selection.select(["s-lotte"])  # kept at once when someone else is shown
    assert demo.draft(notes_key("s-ruben"))["notes"] == "about Ruben"
    assert panel.conversation_notes.toPlainText() == ""
    other = DetailsPanel(demo, Selection())  # e.g. after a restart
    qtbot.addWidget(other)
    other._selection.select(["s-ruben"])
    assert other.conversation_notes.toPlainText() == "about Ruben"
    other.conversation_notes.clear()
    other.keep_notes()  # emptied: the draft goes
    assert demo.draft(notes_key("s-ruben")) is None


def test_the_prep_is_read_again_only_when_a_change_can_touch_it(qtbot, panel: DetailsPanel, demo: Workspace,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    panel._selection.select(["s-ruben"])
    reads: list[str] = []
    real = module.conversation_prep
    monkeypatch.setattr(module, "conversation_prep", lambda ws, sid, today=None: reads.append(sid) or real(ws, sid, today))

    def settle() -> None:  # a read asked for happens a moment later (after the map's frame)
        qtbot.waitUntil(lambda: not panel._prep_pending, timeout=3000)

    demo.move_stakeholders({"s-ruben": (1.0, 2.0)})
    demo.set_fields("s-ruben", email="ruben@example.org")  # shown in the form, not in the prep
    unrelated = demo.relation_between("s-lotte", "s-pieter")
    demo.add_reading(Reading(id="", relation=unrelated.id, at=demo.interactions()[-1].at, energy=4))
    demo.set_info_fields(about="something else")
    settle()
    assert reads == []
    assert panel.lines["email"].text() == "ruben@example.org"  # the form followed
    mine = demo.relation_between("s-fenna", "s-ruben")
    demo.add_reading(Reading(id="", relation=mine.id, at=demo.interactions()[-1].at, energy=5))
    settle()
    assert reads == ["s-ruben"]
    assert panel.sparkline.points[-1][1] == 5
    demo.add_interaction(Interaction(id="", at=demo.interactions()[-1].at, channel=Channel.CALL,
                                     with_=("s-ruben", "s-fenna"), summary="called back"))
    settle()
    assert reads == ["s-ruben", "s-ruben"] and "called back" in _section(panel, "contacts")
    demo.set_fields("s-pieter", name="Pieter de Bos")  # a name the prep may show
    assert reads == ["s-ruben"] * 2  # not yet: once the frame showing the change is painted
    settle()
    assert len(reads) == 3


def test_behind_another_tab_the_prep_is_read_again_only_once_it_is_seen(qtbot, demo: Workspace,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    docks = []
    for name in ("details", "other"):
        dock = QDockWidget(name, window)
        dock.setObjectName(name)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks.append(dock)
    panel = DetailsPanel(demo, Selection())
    docks[0].setWidget(panel)
    docks[1].setWidget(QWidget())
    window.tabifyDockWidget(docks[0], docks[1])
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    panel._selection.select(["s-ruben"])
    docks[1].raise_()
    qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty())
    reads: list[str] = []
    real = module.conversation_prep
    monkeypatch.setattr(module, "conversation_prep", lambda ws, sid, today=None: reads.append(sid) or real(ws, sid, today))
    mine = demo.relation_between("s-fenna", "s-ruben")
    from datetime import timedelta

    for minutes, energy in ((1, 1), (2, 5)):  # 5 the latest
        demo.add_reading(Reading(id="", relation=mine.id, at=demo.interactions()[-1].at + timedelta(minutes=minutes),
                                 energy=energy))
    qtbot.wait(module.PREP_DELAY_MS * 4)
    assert reads == []  # hidden: nothing read
    docks[0].raise_()
    qtbot.waitUntil(lambda: reads == ["s-ruben"], timeout=3000)
    assert panel.sparkline.points[-1][1] == 5


def test_a_new_selection_never_takes_the_text_of_the_field_being_typed_in(qtbot, panel: DetailsPanel,
                                                                          demo: Workspace) -> None:
    panel._selection.select(["s-ruben"])
    panel.name.setFocus()
    qtbot.keyClick(panel.name, Qt.Key.Key_End)
    qtbot.keyClicks(panel.name, " jr")
    panel._selection.select(["s-lotte"])  # e.g. chosen on the radar while the cursor is here
    assert demo.stakeholder("s-ruben").name == "Ruben Meijer jr"  # what was typed went to Ruben
    assert panel.name.text() == "Lotte Vermeer"
    panel.name.clearFocus()
    assert demo.stakeholder("s-lotte").name == "Lotte Vermeer"


def test_the_timeline_link_raises_the_energy_timeline(qtbot, tmp_path: Path) -> None:
    from workbench.ui.main_window import MainWindow

    ws = Workspace(write_new_workspace(tmp_path / "w.voelspriet", demo_dataset()))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.selection.select(["s-ruben"])
    window.docks["timeline"].hide()
    with qtbot.waitSignal(window.details.timeline_requested):
        window.details.timeline_link.linkActivated.emit("timeline")
    assert window.docks["timeline"].isVisible()
    window.docks["timeline"].hide()
    qtbot.mouseClick(window.details.sparkline, Qt.MouseButton.LeftButton)
    assert window.docks["timeline"].isVisible()


def test_the_prep_speaks_dutch(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from workbench.ui.app import install_translation, make_app
    from workbench.workspace.prep import conversation_prep

    app = make_app()
    assert install_translation(app, QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        ws = Workspace(write_new_workspace(tmp_path / "nl.voelspriet", demo_dataset(language="nl")))
        prep = conversation_prep(ws, "s-jeroen")
        assert prep.opening_questions[0] == "Hoe gaat het met je? We spraken elkaar 56 dagen geleden voor het laatst."
        assert prep.opening_questions[1].startswith("Past het plan nog bij wat jou drijft (")
        panel = DetailsPanel(ws, Selection())
        qtbot.addWidget(panel)
        panel._selection.select(["s-yvonne"])
        assert "wat zijn je overwegingen?" in panel.questions.text()
        assert panel.log_button.text() == "Dit gesprek vastleggen…"
        assert panel.sections["contacts"][0].text() == "Laatste contacten"
        ws.close()
    finally:
        install_translation(app, QLocale(QLocale.Language.English))


def test_a_finding_snoozed_on_the_radar_leaves_the_prep(qtbot, panel: DetailsPanel, demo: Workspace) -> None:
    from datetime import date

    panel._selection.select(["s-yvonne"])
    assert panel.prep is not None and panel.prep.findings and not panel.findings.isHidden()
    doubt = panel.prep.findings[0]
    demo.snooze(doubt, date(2020, 6, 1))
    qtbot.waitUntil(lambda: panel.prep is not None and doubt not in panel.prep.findings, timeout=3000)
    assert panel.findings.isHidden() or "Doubt" not in panel.findings.text()
    demo.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.prep is not None and doubt in panel.prep.findings, timeout=3000)
    assert not panel.findings.isHidden()
