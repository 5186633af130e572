"""The meeting view: capture a live session as it happens, keyboard first.

The attendees are shown large, one card each. Arrow keys (or typing the start of a name)
pick a person; 1–5 sets their energy; the remark line below records what they say, with a
theme and a kind. "End meeting" saves everything as one interaction with everyone's
readings: one undo entry. Nothing typed is lost: the meeting is kept as a draft inside the
workspace while it is typed, and offered again when the window was closed or the app
stopped before the meeting was ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.model import Channel, Interaction, Reading, Remark, RemarkKind, Source
from workbench.workspace import EditRefused, Workspace
from workbench.workspace.labels import energy_label

#: The draft of the meeting being captured (one at a time).
DRAFT_KEY = "meeting"
#: How soon after typing the draft is written (ms): often enough to lose nothing.
DRAFT_DELAY_MS = 400
ENERGY_COLORS = {1: "#d64541", 2: "#ef8b3a", 3: "#d4b24c", 4: "#7cc05a", 5: "#1f9d55"}
KIND_LABELS = {
    RemarkKind.DOUBT: QT_TRANSLATE_NOOP("MeetingView", "doubt"),
    RemarkKind.QUESTION: QT_TRANSLATE_NOOP("MeetingView", "question"),
    RemarkKind.REMARK: QT_TRANSLATE_NOOP("MeetingView", "remark"),
    RemarkKind.IDEA: QT_TRANSLATE_NOOP("MeetingView", "idea"),
}


@dataclass
class MeetingDraft:
    """Everything typed so far, as plain values (what the draft table keeps)."""

    title: str
    attendees: list[str]
    started: str  # ISO time
    session: str | None = None
    energy: dict[str, int] = field(default_factory=dict)
    remarks: list[dict[str, str]] = field(default_factory=list)  # by, text, theme, kind
    summary: str = ""

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))

    @staticmethod
    def from_json(data: dict[str, Any]) -> "MeetingDraft":
        return MeetingDraft(title=str(data.get("title", "")), attendees=list(data.get("attendees", [])),
                            started=str(data.get("started", datetime.now().isoformat())),
                            session=data.get("session"), energy={k: int(v) for k, v in
                                                                 dict(data.get("energy", {})).items()},
                            remarks=list(data.get("remarks", [])), summary=str(data.get("summary", "")))

    def typed_anything(self) -> bool:
        return bool(self.energy or self.remarks or self.summary.strip())


class AttendeeCard(QFrame):
    """One person: a large name and their energy as sensed now."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(210, 92)
        layout = QVBoxLayout(self)
        self.name = QLabel(name, self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.energy = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.energy.setFont(big)
        layout.addWidget(self.name)
        layout.addWidget(self.energy)
        self.set_state(None, False)

    def set_state(self, energy: int | None, current: bool) -> None:
        """Show the energy (None: not sensed yet) and whether this card is picked."""
        if energy is None:
            self.energy.setText(QCoreApplication.translate("MeetingView", "energy: press 1–5"))
            self.energy.setStyleSheet("color: #777")
        else:
            self.energy.setText(f"{'●' * energy}{'○' * (5 - energy)}  {energy} {energy_label(energy)}")
            self.energy.setStyleSheet(f"color: {ENERGY_COLORS[energy]}; font-weight: bold")
        self.setStyleSheet("AttendeeCard { border: 3px solid #2f6fd6; border-radius: 6px; background: #eef4ff }"
                           if current else "AttendeeCard { border: 1px solid #bbb; border-radius: 6px }")


class MeetingView(QWidget):
    """A live session being captured (a top-level window)."""

    ended = Signal(str)  # the saved interaction's id

    def __init__(self, workspace: Workspace, draft: MeetingDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._workspace = workspace
        self.draft = draft
        self._saved = False
        people = {s.id: s for s in workspace.stakeholders(draft.attendees)}
        self.attendees = [sid for sid in draft.attendees if sid in people]
        self.names = {sid: people[sid].name for sid in self.attendees}
        self.current = 0
        self.setWindowTitle(self.tr("Meeting: %1").replace("%1", draft.title))
        self.resize(1200, 760)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(DRAFT_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        self._build()
        self._refresh_cards()
        self._refresh_remarks()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(f"<h2 style='margin:0'>{escape(self.draft.title)}</h2>", self)
        head.addWidget(title, 1)
        self.end_button = QPushButton(self.tr("End meeting (Ctrl+Enter)"), self)
        self.end_button.clicked.connect(self.end_meeting)
        head.addWidget(self.end_button)
        outer.addLayout(head)
        hint = QLabel(self.tr("Arrow keys or the first letters of a name pick a person; 1–5 sets their "
                              "energy; Tab goes to the remark line."), self)
        hint.setStyleSheet("color: #555")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.cards = [AttendeeCard(self.names[sid], grid_host) for sid in self.attendees]
        self.columns = 4 if len(self.cards) > 6 else 3
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // self.columns, i % self.columns)
        scroll = QScrollArea(self)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll, 3)
        line = QHBoxLayout()
        self.said_by = QLabel(self)
        line.addWidget(self.said_by)
        self.remark = QLineEdit(self)
        self.remark.setPlaceholderText(self.tr("What they say (Enter adds it)"))
        self.remark.returnPressed.connect(self.add_remark)
        line.addWidget(self.remark, 3)
        self.theme = QComboBox(self)
        self.theme.setEditable(True)
        self.theme.lineEdit().setPlaceholderText(self.tr("theme"))
        themes = sorted({r.theme for i in self._workspace.interactions() for r in i.remarks if r.theme})
        self.theme.addItems(themes)
        self.theme.setEditText("")
        self.theme.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.theme.lineEdit().returnPressed.connect(self.add_remark)
        line.addWidget(self.theme, 1)
        self.kind = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("MeetingView", label), kind)
        self.kind.setCurrentIndex(self.kind.findData(RemarkKind.REMARK))
        line.addWidget(self.kind)
        outer.addLayout(line)
        self.remark_list = QListWidget(self)
        self.remark_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.remark_list, 1)
        self.summary = QLineEdit(self.draft.summary, self)
        self.summary.setPlaceholderText(self.tr("Summary of the meeting (optional)"))
        self.summary.textEdited.connect(self._summary_edited)
        outer.addWidget(self.summary)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.end_meeting)
        self._typed = ""  # type-ahead over names
        self._typed_timer = QTimer(self)
        self._typed_timer.setSingleShot(True)
        self._typed_timer.setInterval(900)
        self._typed_timer.timeout.connect(lambda: setattr(self, "_typed", ""))

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.end_meeting()  # (also a shortcut, for when a field has the focus)
            return
        if key == Qt.Key.Key_Escape and self.focusWidget() not in (None, self):
            self.setFocus()  # from a field back to the people
            return
        if not self.cards:
            super().keyPressEvent(event)
            return
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -self.columns,
                 Qt.Key.Key_Down: self.columns}
        if key in moves:
            self.pick(max(0, min(len(self.cards) - 1, self.current + moves[key])))
        elif text in {"1", "2", "3", "4", "5"}:
            self.set_energy(self.attendees[self.current], int(text))
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif text and text.isprintable() and not text.isspace():
            self._typed += text.casefold()
            self._typed_timer.start()
            for i, sid in enumerate(self.attendees):
                if any(part.startswith(self._typed) for part in
                       [self.names[sid].casefold(), *self.names[sid].casefold().split()]):
                    self.pick(i)
                    break
        else:
            super().keyPressEvent(event)

    def pick(self, index: int) -> None:
        """Make the attendee at *index* the one keys and remarks apply to."""
        self.current = index
        self._refresh_cards()

    def set_energy(self, stakeholder_id: str, energy: int) -> None:
        """Record the energy sensed for one attendee (1–5)."""
        if not 1 <= energy <= 5:
            raise ValueError(energy)
        self.draft.energy[stakeholder_id] = energy
        self._refresh_cards()
        self._changed()

    def add_remark(self) -> None:
        """Add what is typed in the remark line, said by the picked attendee."""
        text = self.remark.text().strip()
        if not text or not self.attendees:
            return
        self.draft.remarks.append({"by": self.attendees[self.current], "text": text,
                                   "theme": self.theme.currentText().strip(),
                                   "kind": RemarkKind(self.kind.currentData()).value})
        self.remark.clear()
        self.theme.setEditText("")
        self.kind.setCurrentIndex(self.kind.findData(RemarkKind.REMARK))
        self._refresh_remarks()
        self._changed()

    def _summary_edited(self, text: str) -> None:
        self.draft.summary = text
        self._changed()

    def _changed(self) -> None:
        self._save_timer.start()  # written shortly: a burst of keys is one write

    # ------------------------------------------------------------------ showing
    def _refresh_cards(self) -> None:
        for i, (sid, card) in enumerate(zip(self.attendees, self.cards)):
            card.set_state(self.draft.energy.get(sid), i == self.current)
        if self.attendees:
            self.said_by.setText(self.tr("%1 says:").replace("%1", self.names[self.attendees[self.current]]))

    def _refresh_remarks(self) -> None:
        self.remark_list.clear()
        self.setFocus()  # 1–5 and the arrows work again at once
        for r in self.draft.remarks:
            kind = QCoreApplication.translate("MeetingView", KIND_LABELS[RemarkKind(r["kind"])])
            theme = f" [{r['theme']}]" if r.get("theme") else ""
            self.remark_list.addItem(f"{self.names.get(r['by'], r['by'])} ({kind}){theme}: {r['text']}")

    # ------------------------------------------------------------------ saving
    def save_draft(self) -> None:
        """Keep what was typed inside the workspace (not an edit)."""
        self._save_timer.stop()
        if not self._saved and not self._workspace.closed:
            self._workspace.save_draft(DRAFT_KEY, self.draft.to_json())

    def end_meeting(self) -> str | None:
        """Save the meeting as one interaction with everyone's readings (one undo entry)."""
        ws = self._workspace
        me = ws.facilitator_id()
        at = datetime.fromisoformat(self.draft.started)
        interaction = Interaction(
            id="", at=at, channel=Channel.MEETING, with_=tuple(dict.fromkeys([*self.attendees, *([me] if me else [])])),
            summary=self.draft.summary.strip(), session=self.draft.session,
            remarks=tuple(Remark(id="", by=r["by"], text=r["text"], theme=r.get("theme", ""),
                                 kind=RemarkKind(r["kind"])) for r in self.draft.remarks))
        try:
            with ws.macro(self.tr("Meeting: %1").replace("%1", self.draft.title)):
                readings = []
                for sid, energy in self.draft.energy.items():
                    if me is None or sid == me or sid not in self.names:
                        continue
                    relation = ws.relation_between(me, sid)
                    rid = relation.id if relation is not None else ws.connect(me, sid)
                    readings.append(Reading(id="", relation=rid, at=at, energy=energy, source=Source.MEETING))
                iid = ws.add_interaction(interaction, readings)
        except EditRefused as exc:
            QMessageBox.warning(self, self.tr("Cannot save the meeting"), str(exc))
            return None
        self._saved = True
        ws.discard_draft(DRAFT_KEY)
        self.ended.emit(iid)
        self.close()
        return iid

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._saved and self.draft.typed_anything():
            self.save_draft()
            answer = QMessageBox.question(
                self, self.tr("Close the meeting?"),
                self.tr("The meeting is not saved yet. Close it and keep it as a draft (offered again "
                        "next time), or go back to it?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        elif not self._saved and not self._workspace.closed:
            self._workspace.discard_draft(DRAFT_KEY)  # nothing typed: nothing to keep
        super().closeEvent(event)




def start_meeting(parent: QWidget, workspace: Workspace, attendees: list[str], title: str = "",
                  session: str | None = None) -> MeetingView:
    """Open the meeting view for *attendees* (a planned *session*'s, or an ad-hoc meeting)."""
    me = workspace.facilitator_id()
    draft = MeetingDraft(title=title or QCoreApplication.translate("MeetingView", "Meeting"),
                         attendees=[a for a in dict.fromkeys(attendees) if a != me],
                         started=datetime.now().replace(microsecond=0).isoformat(), session=session)
    return _show(parent, workspace, draft)


def offer_draft(parent: QWidget, workspace: Workspace) -> MeetingView | None:
    """A meeting that was not ended (a crash, a closed window): offer to go on with it."""
    data = workspace.draft(DRAFT_KEY)
    if data is None:
        return None
    draft = MeetingDraft.from_json(data)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MeetingView", "Go on with the meeting?"),
        QCoreApplication.translate(
            "MeetingView", "The meeting “%1” was not ended. Go on with it (nothing typed is lost), "
            "or throw it away?").replace("%1", draft.title),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Open)
    if answer == QMessageBox.StandardButton.Discard:
        workspace.discard_draft(DRAFT_KEY)
        return None
    return _show(parent, workspace, draft)


def _show(parent: QWidget, workspace: Workspace, draft: MeetingDraft) -> MeetingView:
    view = MeetingView(workspace, draft, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.activateWindow()
    view.setFocus()
    return view
