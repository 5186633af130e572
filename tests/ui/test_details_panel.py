"""The details panel edits who someone is in place: each field one undo entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import small_dataset
from workbench.model import Status
from workbench.ui.details_panel import DetailsPanel
from workbench.workspace import Selection, Workspace


@pytest.fixture
def panel(qtbot, make_store) -> DetailsPanel:
    ws = Workspace(make_store(data=small_dataset()))
    widget = DetailsPanel(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(320, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ws(panel: DetailsPanel) -> Workspace:
    return panel._workspace


def _type_and_leave(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.clearFocus()  # the user leaves the field: it saves


def test_nothing_selected_says_what_to_do(panel: DetailsPanel) -> None:
    assert panel.stack.currentWidget() is panel.message
    assert "Select a stakeholder" in panel.message.text()


def test_typing_in_fields_saves_each_as_one_undo_entry(qtbot, panel: DetailsPanel) -> None:
    ws = _ws(panel)
    panel._selection.select(["anna"])
    assert panel.name.text() == "Anna Bakker" and panel.lines["role"].text() == "director"
    count = ws.undo_stack.count()
    _type_and_leave(qtbot, panel.lines["role"], "chair")
    qtbot.keyClick(panel.texts["needs"], Qt.Key.Key_End)
    _type_and_leave(qtbot, panel.texts["needs"], "a quiet week")
    _type_and_leave(qtbot, panel.lines["tags"], "board, volunteer, board")
    anna = ws.stakeholder("anna")
    assert (anna.role, anna.needs, anna.tags) == ("chair", "a quiet week", ("board", "volunteer"))
    assert ws.undo_stack.count() == count + 3
    ws.undo_stack.undo()
    assert ws.stakeholder("anna").tags == ("volunteer", "director")
    assert panel.lines["tags"].text() == "volunteer, director"  # the panel follows undo
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert ws.stakeholder("anna").role == "director" and panel.lines["role"].text() == "director"


def test_leaving_a_field_unchanged_adds_nothing(qtbot, panel: DetailsPanel) -> None:
    ws = _ws(panel)
    panel._selection.select(["anna"])
    count = ws.undo_stack.count()
    panel.lines["role"].setFocus()
    panel.lines["role"].clearFocus()
    panel.texts["notes"].setFocus()
    panel.texts["notes"].clearFocus()
    assert ws.undo_stack.count() == count


def test_rename_kind_and_status_from_the_panel(qtbot, panel: DetailsPanel) -> None:
    ws = _ws(panel)
    panel._selection.select(["gem"])
    _type_and_leave(qtbot, panel.name, "Gemeente Almere")
    assert ws.stakeholder("gem").name == "Gemeente Almere"
    assert ws.undo_stack.undoText() == "Rename Gemeente Almere"
    panel.status.setCurrentIndex(panel.status.findData(Status.CORE))
    panel.status.activated.emit(panel.status.currentIndex())
    assert ws.stakeholder("gem").status == Status.CORE


def test_the_facilitators_kind_cannot_be_changed_and_an_empty_name_is_refused(
        qtbot, panel: DetailsPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    panel._selection.select(["me"])
    assert not panel.kind.isEnabled()
    panel._selection.select(["anna"])
    _type_and_leave(qtbot, panel.name, " ")
    assert shown == ["A name cannot be empty."]
    assert _ws(panel).stakeholder("anna").name == "Anna Bakker" and panel.name.text() == "Anna Bakker"


def test_a_selected_relation_shows_its_ends_kind_note_and_energy(qtbot, panel: DetailsPanel) -> None:
    ws = _ws(panel)
    panel._selection.select([], ["r2"])
    assert panel.stack.currentWidget() is panel.relation_page()
    title = panel.relation_title.text()
    assert "Piet Jansen" in title and "Anna Bakker" in title
    assert panel.relation_kind.currentText() == "works with"
    assert panel.relation_note.toPlainText() == "old friends"
    assert panel.relation_energy.text().startswith("2 (doubting)")
    _type_and_leave(qtbot, panel.relation_note, "old friends, new plans")
    assert ws.relations(["r2"])[0].note == "old friends, new plans"
    panel.relation_kind.lineEdit().setFocus()
    panel.relation_kind.lineEdit().selectAll()
    qtbot.keyClicks(panel.relation_kind.lineEdit(), "co-founders")
    qtbot.keyClick(panel.relation_kind.lineEdit(), Qt.Key.Key_Return)
    assert ws.relations(["r2"])[0].kind == "co-founders"
