"""The conversation prep panel: the selected stakeholder, editable in place, with what a
conversation with them needs; or, with a relation selected, that relation.

A stakeholder's page, top to bottom: their name; kind and status, organisation, role and
groups; the radar's findings about them and suggested opening questions; conversation
notes with "Log this conversation"; interests, needs, drivers, the value they get (the
win-win) and notes; their energy with the facilitator (a sparkline; a link raises the
energy timeline); last contacts; open doubts, follow-ups, the themes they raised; e-mail,
phone and tags. The read-only parts come from ``workspace.prep.conversation_prep``.

Editing: every field saves when the user leaves it (or presses Enter in a one-line field)
as one undoable operation naming that field only (``Workspace.set_fields``). A field being
typed in is never overwritten by a change to another.

Conversation notes are kept as a draft inside the workspace while they are typed
(``Workspace.save_draft``, one per person, so nothing typed is lost when the window closes
or another person is selected). "Log this conversation" opens the capture form with this
person, the channel conversation and the notes as its summary; once logged the notes are
cleared and the draft forgotten, and if that contact is undone the notes come back.

Following changes: a move re-reads nothing; an edit of this person's fields refreshes the
form; the prep is read again (once per turn of the event loop) only when the change can
touch it: their contacts, remarks and follow-ups (any interaction), readings on their own
relations, their relations added or removed, the settings, the groups, or another
stakeholder's name, kind or status.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.fields import GrowingText, title_edit
from workbench.ui.first_frame import seen, when_seen
from workbench.model import Channel, Relation, Signal as RadarSignal, Stakeholder, StakeholderKind, Status
from workbench.workspace import PLACE, Change, EditRefused, Selection, Workspace
from workbench.workspace.labels import channel_label, energy_label, kind_label, status_label
from workbench.workspace.prep import Prep, conversation_prep
from workbench.workspace.radar_words import action_label, signal_label, why


def escape(text: str) -> str:
    """``html.escape``, imported when first needed (the first frame shows no such text)."""
    from html import escape as html_escape

    return html_escape(text)


#: One-line fields of the top form: (field, label).
TOP_LINES: tuple[tuple[str, str], ...] = (
    ("organisation", QT_TRANSLATE_NOOP("DetailsPanel", "Organisation")),
    ("role", QT_TRANSLATE_NOOP("DetailsPanel", "Role")),
)
#: One-line fields at the bottom (how to reach them); tags are written comma-separated.
BOTTOM_LINES: tuple[tuple[str, str], ...] = (
    ("email", QT_TRANSLATE_NOOP("DetailsPanel", "Email")),
    ("phone", QT_TRANSLATE_NOOP("DetailsPanel", "Phone")),
    ("tags", QT_TRANSLATE_NOOP("DetailsPanel", "Tags")),
)
LINES = TOP_LINES + BOTTOM_LINES
#: Longer texts: (field, label, placeholder).
TEXTS: tuple[tuple[str, str, str], ...] = (
    ("interests", QT_TRANSLATE_NOOP("DetailsPanel", "Interests"),
     QT_TRANSLATE_NOOP("DetailsPanel", "What they want to achieve")),
    ("needs", QT_TRANSLATE_NOOP("DetailsPanel", "Needs"),
     QT_TRANSLATE_NOOP("DetailsPanel", "What they need to take part")),
    ("drivers", QT_TRANSLATE_NOOP("DetailsPanel", "Drivers"),
     QT_TRANSLATE_NOOP("DetailsPanel", "Why they do this")),
    ("value", QT_TRANSLATE_NOOP("DetailsPanel", "Value for them"),
     QT_TRANSLATE_NOOP("DetailsPanel", "What they get out of it: the win-win")),
    ("notes", QT_TRANSLATE_NOOP("DetailsPanel", "Notes"),
     QT_TRANSLATE_NOOP("DetailsPanel", "Anything else worth remembering")),
)
#: A stakeholder's own fields that change nothing in the prep (only the form shows them).
FORM_ONLY = frozenset({"organisation", "role", "email", "phone", "tags", "notes", "fields"}) | PLACE
#: Other stakeholders' fields that can change this one's prep (names in questions, who is flagged).
OTHERS_FIELDS = frozenset({"name", "kind", "status"})
#: What the person's page (``_build_person``) and the relation's page make: asking for one
#: of them builds its page.
PERSON_FIELDS = frozenset({
    "name", "kind", "status", "lines", "groups", "findings_title", "findings", "questions_title",
    "questions", "conversation_notes", "log_button", "texts", "timeline_link", "sparkline",
    "energy_words", "sections"})
RELATION_FIELDS = frozenset({"relation_title", "relation_kind", "relation_energy", "relation_note"})
#: The draft key of a person's conversation notes.
NOTES_KEY = "prep-notes/"
#: Typing pauses this long (ms) before the notes are kept.
NOTES_DELAY_MS = 600
#: After a change, when the prep is read again (ms): after the frame that shows the change.
PREP_DELAY_MS = 30
#: Text cut in the read-only lists.
SHORT = 110


def notes_key(stakeholder_id: str) -> str:
    """The draft key under which a person's conversation notes are kept."""
    return NOTES_KEY + stakeholder_id


def _short(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _day(day: date) -> str:
    from workbench.ui.capture import format_day

    return format_day(day)


_PlainText = GrowingText


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label


def _rich(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class DetailsPanel(QScrollArea):
    """The selected stakeholder's conversation prep (editable), or the selected relation."""

    #: A short message for the status bar.
    told = Signal(str)
    #: The user asked to see the energy timeline (the selection already shows this person).
    timeline_requested = Signal()

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._selection = selection
        self._shown: Stakeholder | None = None
        self._relation: Relation | None = None
        self.prep: Prep | None = None
        self._relations: frozenset[str] = frozenset()  # the shown person's relations
        self._prep_pending = False
        self._notes_for: str | None = None  # whose notes the field holds
        self._logged: dict[str, tuple[str, str]] = {}  # interaction id → (person, notes) logged from here
        self.capture: Any = None  # the capture form while it is open
        self._filled: str | None = None  # whose fields the form holds
        self._savers: dict[QWidget, Callable[[], None]] = {}  # field → how it saves
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields wrap instead
        self.stack = QStackedWidget(self)
        self.setWidget(self.stack)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setMargin(10)
        self.message.setStyleSheet("color: #666")
        self.stack.addWidget(self.message)
        # the person's and the relation's pages are built when first shown (or asked for):
        # a start shows only the message, and the first frame is quicker without them
        self._person_page: QWidget | None = None
        self._relation_page: QWidget | None = None
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.keep_notes)
        self.setStyleSheet("""
            QLabel#heading { font-weight: bold; padding-top: 6px; }
            QLabel#hint { color: palette(placeholder-text); }
            QFrame#prepBox { background: rgba(44, 93, 143, 18); border-radius: 6px; }
        """)
        selection.selection_changed.connect(self._on_selection)  # a method: no lambda holding the panel
        workspace.changed.connect(self._on_changed)
        self.refresh()

    # ------------------------------------------------------------------ building
    def __getattr__(self, name: str) -> Any:
        # a field of a page not built yet (callers and tests may ask before it is shown)
        if name in PERSON_FIELDS and self.__dict__.get("_person_page", 0) is None:
            self.person_page()
            return getattr(self, name)
        if name in RELATION_FIELDS and self.__dict__.get("_relation_page", 0) is None:
            self.relation_page()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def person_page(self) -> QWidget:
        """The page of one stakeholder (built on first use)."""
        if self._person_page is None:
            self._person_page = self._build_person()
            self.stack.addWidget(self._person_page)
        return self._person_page

    def relation_page(self) -> QWidget:
        """The page of one relation (built on first use)."""
        if self._relation_page is None:
            self._relation_page = self._build_relation()
            self.stack.addWidget(self._relation_page)
        return self._relation_page

    def _build_person(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 10)
        outer.setSpacing(4)
        self.name = title_edit(page, 1.35, self.tr("Name"))
        self._on_leave(self.name, lambda: self._save("name", self.name.text().strip()))
        outer.addWidget(self.name)

        form = self._form()
        self.kind = QComboBox(page)
        for kind in StakeholderKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.activated.connect(lambda _i: self._save("kind", self.kind.currentData()))
        self.status = QComboBox(page)
        for status in Status:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.status.setAccessibleName(self.tr("Status"))
        both = QWidget(page)
        row = QHBoxLayout(both)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 1)
        row.addWidget(self.status, 1)
        form.addRow(both)
        self.lines: dict[str, QLineEdit] = {}
        for field, label in TOP_LINES:
            form.addRow(self.tr(label), self._line(field, page))
        self.groups = QLabel(page)
        self.groups.setWordWrap(True)
        form.addRow(self.tr("Groups"), self.groups)
        outer.addLayout(form)

        # the prep: the radar's findings, the questions to open with, the notes
        box = QFrame(page)
        box.setObjectName("prepBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 4, 8, 8)
        inner.setSpacing(2)
        self.findings_title = _heading(self.tr("On the radar"), box)
        self.findings = _rich(box)
        self.questions_title = _heading(self.tr("Open with"), box)
        self.questions = _rich(box)
        for w in (self.findings_title, self.findings, self.questions_title, self.questions):
            inner.addWidget(w)
        notes_title = _heading(self.tr("Conversation notes"), box)
        inner.addWidget(notes_title)
        self.conversation_notes = _PlainText(box, lines=4, most=16)
        self.conversation_notes.setObjectName("conversationNotes")
        self.conversation_notes.setPlaceholderText(
            self.tr("Notes during the conversation; they become the summary when you log it"))
        self.conversation_notes.setTabChangesFocus(True)
        self.conversation_notes.textChanged.connect(self._notes_typed)
        self.conversation_notes.left.connect(self.keep_notes)
        notes_title.setBuddy(self.conversation_notes)
        inner.addWidget(self.conversation_notes)
        self.log_button = QPushButton(self.tr("Log this conversation…"), box)
        self.log_button.setToolTip(self.tr("Open the contact form with this person and these notes as its summary"))
        self.log_button.clicked.connect(self.log_conversation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.log_button)
        inner.addLayout(buttons)
        outer.addSpacing(4)
        outer.addWidget(box)

        self.texts: dict[str, _PlainText] = {}
        for field, label, hint in TEXTS:
            title = _heading(QCoreApplication.translate("DetailsPanel", label), page)
            edit = _PlainText(page, lines=2)
            edit.setPlaceholderText(self.tr(hint))
            edit.left.connect(lambda f=field: self._save(f, self.texts[f].toPlainText().strip()))
            self._savers[edit] = lambda f=field: self._save(f, self.texts[f].toPlainText().strip())
            title.setBuddy(edit)
            self.texts[field] = edit
            outer.addWidget(title)
            outer.addWidget(edit)

        # what happened: energy, contacts, doubts, follow-ups, themes (read-only)
        from workbench.ui.sparkline import Sparkline

        energy_row = QHBoxLayout()
        energy_row.addWidget(_heading(self.tr("Energy with you"), page))
        energy_row.addStretch(1)
        link = self.tr("Show in the timeline")
        self.timeline_link = QLabel(f"<a href='timeline'>{escape(link)}</a>", page)
        self.timeline_link.setTextFormat(Qt.TextFormat.RichText)
        self.timeline_link.linkActivated.connect(lambda _link: self.timeline_requested.emit())
        energy_row.addWidget(self.timeline_link)
        outer.addLayout(energy_row)
        self.sparkline = Sparkline(page)
        self.sparkline.setToolTip(self.tr("Click to see the energy timeline"))
        self.sparkline.clicked.connect(self.timeline_requested)
        outer.addWidget(self.sparkline)
        self.energy_words = QLabel(page)
        self.energy_words.setObjectName("hint")
        self.energy_words.setWordWrap(True)
        outer.addWidget(self.energy_words)
        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key, title in (("contacts", self.tr("Last contacts")), ("doubts", self.tr("Open doubts")),
                           ("followups", self.tr("Open follow-ups")), ("themes", self.tr("Themes they raised"))):
            heading = _heading(title, page)
            body = _rich(page)
            outer.addWidget(heading)
            outer.addWidget(body)
            self.sections[key] = (heading, body)

        form = self._form()
        for field, label in BOTTOM_LINES:
            form.addRow(self.tr(label), self._line(field, page))
        self.lines["tags"].setPlaceholderText(self.tr("comma-separated, e.g. volunteer, director"))
        outer.addSpacing(6)
        outer.addLayout(form)
        outer.addStretch(1)
        return page

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(4)
        return form

    def _line(self, field: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        self._on_leave(edit, lambda f=field: self._save_line(f))
        self.lines[field] = edit
        return edit

    def _build_relation(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 8, 10, 8)
        self.relation_title = QLabel(page)
        self.relation_title.setWordWrap(True)
        outer.addWidget(self.relation_title)
        form = QFormLayout()
        self.relation_kind = QComboBox(page)
        self.relation_kind.setEditable(True)
        self.relation_kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._on_leave(self.relation_kind.lineEdit(), self._save_relation_kind)
        self.relation_kind.activated.connect(lambda _i: self._save_relation_kind())
        form.addRow(self.tr("Kind of relation"), self.relation_kind)
        self.relation_energy = QLabel(page)
        form.addRow(self.tr("Latest energy"), self.relation_energy)
        outer.addLayout(form)
        note = QLabel(self.tr("Note"), page)
        note.setStyleSheet("font-weight: bold")
        outer.addWidget(note)
        self.relation_note = _PlainText(page, lines=4)
        self.relation_note.setTabChangesFocus(True)
        self.relation_note.left.connect(self._save_relation_note)
        outer.addWidget(self.relation_note)
        outer.addStretch(1)
        return page

    def _on_leave(self, edit: QLineEdit, save: Callable[[], None]) -> None:
        edit.editingFinished.connect(save)  # Enter, or focus leaving the field
        self._savers[edit] = save

    def _save_focused(self) -> None:
        """Save the field being typed in (before the panel shows someone else)."""
        for edit, save in self._savers.items():
            if edit.hasFocus():
                save()

    # ------------------------------------------------------------------ following changes
    def _on_selection(self, _initiator: object | None) -> None:
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        self._notes_back(change)
        if self._shown is not None:
            sid = self._shown.id
            if change.reset or sid in change.removed.get("stakeholders", ()):
                self.refresh()
                return
            mine = sid in change.updated_ids("stakeholders", ignoring=PLACE)
            if mine or change.touches("groups"):
                found = self._workspace.stakeholder(sid)
                if found is None:
                    self.refresh()
                    return
                self._shown = found
                self._fill_person(found)
            if self._touches_prep(change, sid):
                self._schedule_prep()
        elif self._relation is not None:
            rid = self._relation.id
            ends = {self._relation.a, self._relation.b}
            if change.reset or rid in change.ids("relations") or change.touches("readings") or (
                    ends & change.updated_ids("stakeholders", ignoring=PLACE)):
                self.refresh()

    def _touches_prep(self, change: Change, sid: str) -> bool:
        """Whether *change* can change the shown person's prep (see the module's docs)."""
        if change.touches("interactions", "remarks", "followups", "settings", "groups", "radar_snoozes",
                          "radar_dismissals"):
            return True
        if change.added.get("stakeholders") or change.removed.get("stakeholders"):
            return True
        fields = change.fields.get("stakeholders", {})
        for other in change.updated.get("stakeholders", ()):
            changed = fields.get(other, frozenset())
            if other == sid and changed - FORM_ONLY:
                return True
            if other != sid and changed & OTHERS_FIELDS:
                return True
        for kind in ("added", "removed"):
            for rid in getattr(change, kind).get("relations", ()):
                row = change.values.get("relations", {}).get(rid, {})
                if sid in (row.get("a"), row.get("b")) or rid in self._relations:
                    return True
        readings = change.values.get("readings", {})
        return any(readings.get(i, {}).get("relation_id") in self._relations for i in change.ids("readings"))

    def _schedule_prep(self) -> None:
        """Read the prep again a moment after a change (a burst of changes: once), once the
        map's frame showing the change is painted; behind another dock's tab, once the
        panel is seen again."""
        if not self._prep_pending:
            self._prep_pending = True
            QTimer.singleShot(PREP_DELAY_MS, self, self._refresh_prep)

    def _refresh_prep(self) -> None:
        if self._shown is None or self._workspace.closed:
            self._prep_pending = False
            return
        if not seen(self):
            when_seen(self, self._refresh_prep)  # still pending: one wait at a time
            return
        self._prep_pending = False
        self._show_prep(self._shown.id)

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        """Show the one selected stakeholder, else the one selected relation, else say what to do."""
        ids = self._selection.stakeholders
        relations = self._selection.relations
        self.keep_notes()
        self._save_focused()
        self._shown = self._workspace.stakeholder(ids[0]) if len(ids) == 1 else None
        self._relation = None
        if self._shown is not None:
            self._fill_person(self._shown)
            self._show_prep(self._shown.id)
            self._load_notes(self._shown.id)
            self.stack.setCurrentWidget(self.person_page())
            return
        self.prep = None
        self._filled = None
        self._load_notes(None)
        if not ids and len(relations) == 1:
            found = self._workspace.relations([relations[0]])
            if found:
                self._relation = found[0]
                self._fill_relation(self._relation)
                self.stack.setCurrentWidget(self.relation_page())
                return
        if ids:
            text = self.tr("%n stakeholders selected.").replace("%n", str(len(ids)))
        elif relations:
            text = self.tr("%n relations selected.").replace("%n", str(len(relations)))
        else:
            text = self.tr("Select a stakeholder to prepare a conversation with them.")
        self.message.setText(text)
        self.stack.setCurrentIndex(0)

    def _set_text(self, edit: QLineEdit | QPlainTextEdit, text: str, force: bool = False) -> None:
        """Show *text* unless the user is typing in this field (*force*: even then)."""
        if edit.hasFocus() and not force:
            return
        if isinstance(edit, QLineEdit):
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)
        elif edit.toPlainText() != text:
            edit.setPlainText(text)

    def _fill_person(self, s: Stakeholder) -> None:
        force = s.id != self._filled  # another person: nothing typed belongs to them
        self._filled = s.id
        self._set_text(self.name, s.name, force)
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        facilitator = s.kind == StakeholderKind.FACILITATOR
        self.kind.setEnabled(not facilitator)  # there is exactly one facilitator
        for i in range(self.kind.count()):
            item = self.kind.model().item(i)  # type: ignore[attr-defined]
            item.setEnabled(self.kind.itemData(i) != StakeholderKind.FACILITATOR)
        self.status.setCurrentIndex(self.status.findData(s.status))
        names = {g.id: g.name for g in self._workspace.groups()}
        self.groups.setText(", ".join(sorted((names.get(g, g) for g in s.groups), key=str.casefold)) or "—")
        for field, edit in self.lines.items():
            value = getattr(s, field)
            self._set_text(edit, ", ".join(value) if field == "tags" else value, force)
        for field, edit in self.texts.items():
            self._set_text(edit, getattr(s, field), force)

    def _show_prep(self, sid: str) -> None:
        """Read the prep of *sid* and show its read-only parts."""
        try:
            prep = conversation_prep(self._workspace, sid)
        except KeyError:
            return
        self.prep = prep
        self._relations = frozenset(r.id for r in self._workspace.relations(stakeholder_ids=[sid]))
        facilitator = prep.stakeholder.kind == StakeholderKind.FACILITATOR
        self.findings.setText(self._findings_html(prep))
        self.findings.setToolTip("\n\n".join(why(f) for f in prep.findings))  # the evidence in full
        self.findings_title.setVisible(bool(prep.findings))
        self.findings.setVisible(bool(prep.findings))
        questions = "".join(f"<li>{escape(q)}</li>" for q in prep.opening_questions)
        self.questions.setText(f"<ul style='margin:0 0 0 -22px'>{questions}</ul>")
        self.questions_title.setVisible(bool(prep.opening_questions))
        self.questions.setVisible(bool(prep.opening_questions))
        self.log_button.setEnabled(not facilitator)
        self.sparkline.set_points(prep.energy, self._workspace.settings().low_energy_max)
        for w in (self.sparkline, self.timeline_link):
            w.setVisible(not facilitator)
        self.sparkline.setVisible(bool(prep.energy))
        if facilitator:
            self.energy_words.setText("")
        elif not prep.energy:
            self.energy_words.setText(self.tr("No energy reading with you yet."))
        else:
            at, energy = prep.energy[-1]
            text = self.tr("Latest %1 (%2) on %3; %4 readings") if len(prep.energy) > 1 else self.tr(
                "Latest %1 (%2) on %3; one reading")
            self.energy_words.setText(text.replace("%1", str(energy)).replace("%2", energy_label(energy))
                                      .replace("%3", _day(at.date())).replace("%4", str(len(prep.energy))))
        self._section("contacts", self._contacts_html(prep), always=True)
        self._section("doubts", "<br>".join(
            f"<b>{escape(_day(d.at.date()))}</b> “{escape(_short(d.text))}”"
            + (f" <i>({escape(d.theme)})</i>" if d.theme.strip() else "") for d in prep.open_doubts))
        names = dict(zip(*self._names_of(prep)))
        self._section("followups", "<br>".join(self._followup_html(f, prep, names) for f in prep.open_followups))
        self._section("themes", ", ".join(
            (f"<b>{escape(t.theme)}</b>" if t.recurring else escape(t.theme))
            + (f" ×{t.times}" if t.times > 1 else "") for t in prep.themes))

    def _names_of(self, prep: Prep) -> tuple[list[str], list[str]]:
        ids = {f.who for f in prep.open_followups if f.who}
        found = self._workspace.stakeholders(sorted(ids)) if ids else []
        return [s.id for s in found], [s.name for s in found]

    def _section(self, key: str, html: str, always: bool = False) -> None:
        heading, body = self.sections[key]
        body.setText(html)
        heading.setVisible(bool(html) or always)
        body.setVisible(bool(html) or always)

    def _findings_html(self, prep: Prep) -> str:
        from workbench.ui.radar_dock import BADGE_COLORS  # the radar dock's badges

        lines = []
        for finding in prep.findings:
            badges = " ".join(
                f"<span style='background:{BADGE_COLORS[s][0]};color:{BADGE_COLORS[s][1]}'>"
                f"&nbsp;{escape(signal_label(s))}&nbsp;</span>" for s in finding.signals)
            facts = self._facts(finding, prep)
            lines.append(f"{badges} {escape(facts)}<br>"
                         f"<span style='color:#1f5d99'>→ {escape(action_label(finding.action))}</span>")
        return "<br>".join(lines)

    def _facts(self, finding: Any, prep: Prep) -> str:
        """The key facts of a finding in a few words."""
        sid = prep.stakeholder.id
        parts: list[str] = []
        for hit in finding.hits:
            ev = hit.evidence
            if hit.signal == RadarSignal.RADIO_SILENCE:
                parts.append(self.tr("no contact for %n days").replace("%n", str(ev.get("days_silent", ""))))
            elif hit.signal == RadarSignal.LOW_ENERGY:
                parts.append(self.tr("energy %1 (%2)").replace("%1", str(ev.get("latest", "")))
                             .replace("%2", energy_label(int(ev.get("latest", 3)))))
            elif hit.signal == RadarSignal.DIVERGING:
                others = [n for i, n in zip(finding.ids, finding.names) if i != sid]
                parts.append(self.tr("with %1: energy %2").replace("%1", ", ".join(others))
                             .replace("%2", str(ev.get("latest", ""))))
            elif hit.signal == RadarSignal.DOUBT:
                remarks = ev.get("remarks") or [{}]
                latest = remarks[-1].get("at")
                parts.append((self.tr("%n, the latest on %1").replace("%n", str(len(remarks))) if len(remarks) > 1
                              else self.tr("raised on %1")).replace("%1", _day(latest.date()) if latest else ""))
            elif hit.signal == RadarSignal.RECURRING_THEME:
                parts.append(self.tr("“%1”, raised by %n partners").replace("%1", str(ev.get("theme", "")))
                             .replace("%n", str(len(finding.ids))))
            elif hit.signal == RadarSignal.OVERDUE_FOLLOWUP:
                first = (ev.get("followups") or [{}])[0]
                parts.append(self.tr("“%1” is %n days overdue").replace("%1", _short(str(first.get("what", "")), 60))
                             .replace("%n", str(first.get("days_overdue", ""))))
        return "; ".join(parts)

    def _contacts_html(self, prep: Prep) -> str:
        if not prep.last_contacts:
            nothing = self.tr("No contact logged yet.")
            return f"<span style='color:#777'>{escape(nothing)}</span>"
        rows = []
        for at, channel, summary in prep.last_contacts:
            head = f"<b>{escape(_day(at.date()))}</b> · {escape(channel_label(channel))}"
            rows.append(head + (f"<br>{escape(_short(summary))}" if summary.strip() else ""))
        more = prep.contacts - len(prep.last_contacts)
        if more > 0:
            earlier = self.tr("and %n earlier").replace("%n", str(more))
            rows.append(f"<span style='color:#777'>{escape(earlier)}</span>")
        return "<p style='margin:0 0 4px 0'>" + "</p><p style='margin:0 0 4px 0'>".join(rows) + "</p>"

    def _followup_html(self, f: Any, prep: Prep, names: dict[str, str]) -> str:
        due = f"<b>{escape(_day(f.due))}</b> " if f.due is not None else ""
        late = f.due is not None and f.due < prep.today
        text = escape(_short(f.what))
        if late:
            text = f"<span style='color:#b03a2e'>{text}</span>"
        who = ""
        if f.who and f.who != prep.stakeholder.id:
            who = " <i>(" + escape(names.get(f.who, "")) + ")</i>"
        return due + text + who

    def _fill_relation(self, r: Relation) -> None:
        people = {s.id: s.name for s in self._workspace.stakeholders([r.a, r.b])}
        self.relation_title.setText(
            f"<h3 style='margin:0'>{escape(people.get(r.a, r.a))} — {escape(people.get(r.b, r.b))}</h3>")
        kinds = self._workspace.relation_kinds()
        if not self.relation_kind.lineEdit().hasFocus():
            self.relation_kind.clear()
            self.relation_kind.addItems(kinds)
            self.relation_kind.setEditText(r.kind)
        self._set_text(self.relation_note, r.note)
        latest = self._workspace.relation_energy([r.id]).get(r.id)
        if latest is None:
            self.relation_energy.setText(self.tr("no reading yet"))
        else:
            energy, count = latest
            text = self.tr("%1 (%2) — one reading") if count == 1 else self.tr("%1 (%2) — %3 readings")
            self.relation_energy.setText(text.replace("%1", str(energy)).replace("%2", energy_label(energy))
                                         .replace("%3", str(count)))

    # ------------------------------------------------------------------ conversation notes
    def _load_notes(self, sid: str | None) -> None:
        """Show the notes kept for *sid* (none for nobody)."""
        self._notes_timer.stop()
        self._notes_for = sid
        text = ""
        if sid is not None:
            kept = self._workspace.draft(notes_key(sid))
            text = str(kept.get("notes", "")) if kept else ""
        elif self._person_page is None:
            return  # no field to empty yet
        self.conversation_notes.blockSignals(True)
        self.conversation_notes.setPlainText(text)
        self.conversation_notes.blockSignals(False)

    def _notes_typed(self) -> None:
        self._notes_timer.start()

    def keep_notes(self) -> None:
        """Keep the conversation notes typed so far inside the workspace (a draft, not an
        edit: no undo entry); forget the draft when the field is empty."""
        self._notes_timer.stop()
        sid = self._notes_for
        if sid is None or self._workspace.closed:
            return
        text = self.conversation_notes.toPlainText()
        try:
            if text.strip():
                self._workspace.save_draft(notes_key(sid), {"stakeholder": sid, "notes": text})
            elif self._workspace.draft(notes_key(sid)) is not None:
                self._workspace.discard_draft(notes_key(sid))
        except EditRefused:
            pass  # a copy opened only to look at: the notes stay in the field for now

    def log_conversation(self) -> Any:
        """Open the capture form for this person: a conversation, the notes as its summary."""
        s = self._shown
        if s is None:
            return None
        if self.capture is not None:
            self.capture.raise_()
            self.capture.activateWindow()
            return self.capture
        from workbench.ui.capture import CaptureDialog

        self.keep_notes()
        notes = self.conversation_notes.toPlainText().strip()
        dialog = CaptureDialog(self._workspace, self.window(), with_=[s.id], channel=Channel.CONVERSATION,
                               summary=notes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        logged: list[str] = []

        def seen(change: Change) -> None:
            if change.initiator is dialog:
                logged.extend(change.added.get("interactions", ()))

        def finished(result: int) -> None:
            self._workspace.changed.disconnect(seen)
            self.capture = None
            if result and logged:
                self._logged_notes(s.id, logged[-1], notes)

        self._workspace.changed.connect(seen)
        dialog.saved.connect(self.told)
        dialog.finished.connect(finished)
        self.capture = dialog
        dialog.open()
        return dialog

    def _logged_notes(self, sid: str, interaction_id: str, notes: str) -> None:
        """The talk with *sid* was logged: the notes are in it now."""
        self._logged[interaction_id] = (sid, notes)
        if self._notes_for == sid:
            self._notes_timer.stop()
            self.conversation_notes.blockSignals(True)
            self.conversation_notes.clear()
            self.conversation_notes.blockSignals(False)
        self._workspace.discard_draft(notes_key(sid))

    def _notes_back(self, change: Change) -> None:
        """A contact logged from the notes was undone (or deleted): the notes come back."""
        for iid in change.removed.get("interactions", ()):
            if iid not in self._logged:
                continue
            sid, notes = self._logged.pop(iid)
            if not notes:
                continue
            if self._notes_for == sid:
                current = self.conversation_notes.toPlainText().strip()
                self.conversation_notes.setPlainText(notes if not current else notes + "\n" + current)
                self.keep_notes()
            elif self._workspace.draft(notes_key(sid)) is None:
                try:
                    self._workspace.save_draft(notes_key(sid), {"stakeholder": sid, "notes": notes})
                except EditRefused:
                    pass

    # ------------------------------------------------------------------ saving
    def _save(self, field: str, value: Any) -> None:
        s = self._shown
        if s is None or getattr(s, field) == value:
            return
        try:
            self._workspace.set_fields(s.id, initiator=self, **{field: value})
        except EditRefused as exc:
            self._refused(str(exc))
            self.refresh()  # show what is stored again

    def _save_line(self, field: str) -> None:
        text = self.lines[field].text().strip()
        if field == "tags":
            self._save("tags", tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip())))
        else:
            self._save(field, text)

    def _save_relation_kind(self) -> None:
        r = self._relation
        kind = self.relation_kind.currentText().strip()
        if r is not None and kind != r.kind:
            self._workspace.set_relation_fields(r.id, initiator=self, kind=kind)

    def _save_relation_note(self) -> None:
        r = self._relation
        note = self.relation_note.toPlainText().strip()
        if r is not None and note != r.note:
            self._workspace.set_relation_fields(r.id, initiator=self, note=note)

    def _refused(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save this"), text)
