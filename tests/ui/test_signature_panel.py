"""The signature panel: the signature and phase edited in place (one undo entry each), and
the meshwork measures, computed only once the panel is shown, selecting their people when
clicked and following the changes that alter them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.sensing.test_meshwork import PEOPLE, RELATIONS
from workbench.model import (
    Channel,
    Dataset,
    Interaction,
    Phase,
    Reading,
    Relation,
    Session,
    Stakeholder,
    StakeholderKind,
    Status,
    WorkspaceInfo,
)
from workbench.ui.signature_panel import SignaturePanel
from workbench.workspace import Selection, Workspace

REPO = Path(__file__).resolve().parents[2]


def hand_built() -> Dataset:
    """The network of tests/sensing/test_meshwork.py as a workspace."""
    people = tuple(Stakeholder(id=sid, name=name, kind=StakeholderKind(kind), status=Status(status))
                   for sid, (name, kind, status) in PEOPLE.items())
    relations = tuple(Relation(id=rid, a=a, b=b) for rid, (a, b, _e) in RELATIONS.items())
    readings = tuple(Reading(id=f"r-{rid}", relation=rid, at=datetime(2020, 5, 1), energy=e)
                     for rid, (_a, _b, e) in RELATIONS.items() if e is not None)
    return Dataset(workspace=WorkspaceInfo(name="Hand-built", about="a test", phase=Phase.NETWORK),
                   stakeholders=people, relations=relations, readings=readings)


@pytest.fixture
def panel(qtbot, make_store) -> SignaturePanel:
    ws = Workspace(make_store(data=hand_built()))
    widget = SignaturePanel(ws, Selection())
    qtbot.addWidget(widget)
    widget.resize(320, 1000)
    widget.show()
    qtbot.waitUntil(lambda: widget.meshwork is not None, timeout=20000)
    return widget


def _type_and_leave(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    edit.clearFocus()


def test_signature_edits_persist_one_undo_entry_each(qtbot, panel: SignaturePanel) -> None:
    ws = panel._workspace
    assert panel.texts["about"].toPlainText() == "a test" and panel.name.text() == "Hand-built"
    count = ws.undo_stack.count()
    _type_and_leave(qtbot, panel.texts["shared_goal"], "Every partner finds a peer")
    _type_and_leave(qtbot, panel.texts["who_comes_and_why"], "Makers, because they learn")
    panel.phase.setCurrentIndex(panel.phase.findData(Phase.MESHWORK))
    panel.phase.activated.emit(panel.phase.currentIndex())
    _type_and_leave(qtbot, panel.name, "Meshwork Zeewolde")
    info = ws.info()
    assert (info.shared_goal, info.who_comes_and_why, info.phase, info.name) == (
        "Every partner finds a peer", "Makers, because they learn", Phase.MESHWORK, "Meshwork Zeewolde")
    assert ws.undo_stack.count() == count + 4
    assert ws.undo_stack.undoText() == "Edit signature"
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert ws.info().phase == Phase.NETWORK and panel.phase.currentData() == Phase.NETWORK
    assert panel.name.text() == "Hand-built"
    ws.undo_stack.undo()
    assert panel.texts["who_comes_and_why"].toPlainText() == ""
    ws.undo_stack.redo()
    assert panel.texts["who_comes_and_why"].toPlainText() == "Makers, because they learn"
    count = ws.undo_stack.count()
    panel.texts["about"].setFocus()
    panel.texts["about"].clearFocus()  # left unchanged: nothing to undo
    assert ws.undo_stack.count() == count


def test_the_measures_are_explained_and_select_their_people(qtbot, panel: SignaturePanel) -> None:
    b = panel.measures
    assert "40%" in b["positive_share"].title.text()
    assert b["positive_share"].explanation.text() == "2 of 5 relations with energy 4 or more do not involve you."
    assert "14.3%" in b["density"].title.text()
    assert b["density"].explanation.text() == "3 of 21 possible pairs of partners have a relation."
    assert "Bea, Cas" in b["brokers"].title.text()
    selection = panel._selection
    qtbot.mouseClick(b["brokers"], Qt.MouseButton.LeftButton)
    assert selection.stakeholders == ("b", "c")
    qtbot.mouseClick(b["only_through_facilitator"], Qt.MouseButton.LeftButton)
    assert selection.stakeholders == ("d", "e")
    b["unconnected"].setFocus()
    qtbot.keyClick(b["unconnected"], Qt.Key.Key_Space)
    assert selection.stakeholders == ("g",)
    qtbot.mouseClick(b["positive_share"], Qt.MouseButton.LeftButton)
    assert selection.stakeholders == ("a", "b", "c")
    qtbot.mouseClick(b["density"], Qt.MouseButton.LeftButton)
    assert selection.stakeholders == ("a", "b", "c", "d", "e", "g", "h")


def test_a_measure_without_people_selects_nothing(qtbot, panel: SignaturePanel) -> None:
    ws = panel._workspace
    ws.connect("g", "h")  # Gem is no longer unconnected
    qtbot.waitUntil(lambda: panel.measures["unconnected"].ids == (), timeout=20000)
    assert not panel.measures["unconnected"].isEnabled()  # greyed: it cannot be clicked
    assert "0" in panel.measures["unconnected"].title.text()
    panel._selection.select(["a"])
    panel.select_measure("unconnected")
    assert panel._selection.stakeholders == ("a",)


def test_the_measures_follow_the_changes_that_alter_them(qtbot, panel: SignaturePanel) -> None:
    ws = panel._workspace
    first = panel.meshwork
    ws.set_info_fields(about="only words")  # changes no measure
    ws.move_stakeholders({"a": (1.0, 1.0)})
    qtbot.wait(500)
    assert panel.meshwork is first and not panel.busy
    rid = ws.connect("d", "e")
    ws.add_reading(Reading(id="", relation=rid, at=datetime(2020, 5, 2), energy=5))
    qtbot.waitUntil(lambda: panel.meshwork is not first and not panel.busy, timeout=20000)
    assert panel.meshwork["only_through_facilitator"].ids == ()
    assert panel.measures["positive_share"].explanation.text().startswith("3 of 6 ")
    second = panel.meshwork
    ws.set_fields("d", status=Status.OWN_WAY)  # Dirk leaves: no longer counted
    qtbot.waitUntil(lambda: panel.meshwork is not second and not panel.busy, timeout=20000)
    assert "d" not in panel.meshwork["density"].ids


def test_measures_wait_until_the_panel_is_shown(qtbot, make_store) -> None:
    ws = Workspace(make_store(data=hand_built()))
    hidden = SignaturePanel(ws, Selection())
    qtbot.addWidget(hidden)
    ws.connect("g", "h")
    qtbot.wait(400)
    assert hidden.meshwork is None and not hidden.busy
    hidden.show()
    qtbot.waitUntil(lambda: hidden.meshwork is not None, timeout=20000)
    assert hidden.meshwork["unconnected"].ids == ()


LAZY = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from workbench.ui.app import make_app
    from workbench.bootstrap import open_or_create_default
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace
    app = make_app()
    window = MainWindow(Workspace(open_or_create_default()))
    window.show()
    for _ in range(20):
        QCoreApplication.processEvents()
    print("shown:", "networkx" in sys.modules)
    panel = window.docks["signature"].widget()
    window.docks["signature"].raise_()
    deadline = time.monotonic() + 60
    while panel.meshwork is None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    print("signature raised:", "networkx" in sys.modules, panel.meshwork is not None)
    window.close()
""")


def test_networkx_is_imported_only_when_the_measures_are_computed(isolated_home: Path) -> None:
    out = subprocess.run([sys.executable, "-c", LAZY], cwd=REPO, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["shown: False", "signature raised: True True"]


def test_the_counts_follow_every_change_without_counting_again(qtbot, panel: SignaturePanel,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding, deleting (a stakeholder takes their relations and interactions with them),
    undo and redo: the sentence under the signature always says what the file holds, and
    only a reset counts the rows again."""
    ws = panel._workspace
    counted: list[int] = []
    real_counts = ws.counts
    monkeypatch.setattr(ws, "counts", lambda: counted.append(1) or real_counts())

    def shown() -> str:
        return panel.size.text()

    def stored() -> str:
        c = real_counts()
        return (f"{c['stakeholders']} stakeholders · {c['relations']} relations · "
                f"{c['interactions']} interactions · {c['sessions']} sessions")

    a, b, c = [sid for sid, (_n, kind, _s) in PEOPLE.items() if kind != "facilitator"][:3]
    ws.connect(a, c, "knows")
    ws.add_interaction(Interaction(id="", at=datetime(2020, 5, 2), channel=Channel.CALL, with_=(a, b)))
    ws.add_session(Session(id="", title="Kick-off", at=datetime(2020, 6, 1), attendees=(a, b)))
    assert shown() == stored()
    ws.delete_stakeholders([a])  # with their relations, interaction and attendance
    assert shown() == stored()
    for _ in range(4):
        ws.undo_stack.undo()
        assert shown() == stored()
    for _ in range(4):
        ws.undo_stack.redo()
        assert shown() == stored()
    assert counted == []
