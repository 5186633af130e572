"""Quick capture: log a contact moment from the keyboard, fast enough to do during a meeting.

The form (``CaptureDialog``) is built around the most common case, a phone call with one
person and one energy reading::

    Ctrl+L        the form opens; the cursor is in "Who", the date is now
    Alt+P         channel: phone call (every channel has its Alt+letter; none moves the cursor)
    Ann  Enter    type-ahead over the workspace's names; Enter adds the highlighted one
    4             with "Who" empty, 1–5 is the energy of the highlighted person
    Tab           to the summary
    …  Enter      Enter saves (Shift+Enter: a new line); Esc cancels, asking first if
                  anything was typed

Six keystrokes beyond the text typed. With "Who" empty, ↑/↓ highlight another person and
Del removes the highlighted one; Ctrl+R adds a remark row, Ctrl+F a follow-up row,
Ctrl+B a reading between two partners who both took part.

Saving is one operation (``save_contact``): one transaction and one undo entry for the
interaction, its remarks and follow-ups and the energy readings. Energy sensed for a
partner goes on the facilitator↔partner relation, which is created when missing;
energy between two partners goes on their relation (created too). Bad input is refused
in the form, naming what to do, and nothing is written: nobody took part, a date more
than a day ahead, an energy outside 1–5, a follow-up or a remark without text.

This module also installs the feature in the main window (``install``): the Contacts
menu, Ctrl+L, the map toolbar button and context-menu entry, and the docks of the
interaction log (``interaction_log``) and the open follow-ups (``followups``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QObject, QPoint, QRectF, \
    QSize, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, \
    QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.canvas.style import ENERGY_COLORS
from workbench.model import (
    Channel,
    Followup,
    Interaction,
    Reading,
    Remark,
    RemarkKind,
    Source,
    new_id,
)
from workbench.ui.first_frame import after_first_frame
from workbench.workspace import Change, EditRefused, Selection, Workspace
from workbench.workspace.labels import channel_label, energy_label

if TYPE_CHECKING:  # pragma: no cover
    from workbench.ui.followups import FollowupsPanel
    from workbench.ui.interaction_log import InteractionLog
    from workbench.ui.main_window import MainWindow

#: A contact may be dated at most this far ahead (a clock a little off, a late evening).
FUTURE_SLACK = timedelta(days=1)

#: The channel buttons, in PRODUCT.md's order; the underlined letter is the Alt shortcut.
CHANNEL_BUTTONS: tuple[tuple[Channel, str], ...] = (
    (Channel.CONVERSATION, QT_TRANSLATE_NOOP("", "&Conversation")),
    (Channel.CALL, QT_TRANSLATE_NOOP("", "&Phone call")),
    (Channel.MEETING, QT_TRANSLATE_NOOP("", "&Meeting")),
    (Channel.EVENT, QT_TRANSLATE_NOOP("", "E&vent")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("", "&Email")),
    (Channel.MESSAGE, QT_TRANSLATE_NOOP("", "Messa&ge")),
)
REMARK_KINDS: tuple[tuple[RemarkKind, str], ...] = (
    (RemarkKind.DOUBT, QT_TRANSLATE_NOOP("", "Doubt")),
    (RemarkKind.QUESTION, QT_TRANSLATE_NOOP("", "Question")),
    (RemarkKind.REMARK, QT_TRANSLATE_NOOP("", "Remark")),
    (RemarkKind.IDEA, QT_TRANSLATE_NOOP("", "Idea")),
)
ENERGY_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
OUT_OF_RANGE_KEYS = (Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


def remark_kind_label(kind: RemarkKind) -> str:
    """A remark kind for people."""
    return tr(dict(REMARK_KINDS)[kind])


def energy_range_message() -> str:
    """What to do when an energy outside 1–5 was entered."""
    return tr("Energy goes from 1 (%1) to 5 (%2): press 1, 2, 3, 4 or 5.").replace(
        "%1", energy_label(1)).replace("%2", energy_label(5))


def undo_key() -> str:
    """The undo shortcut as the platform writes it (Ctrl+Z)."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)


def format_when(at: datetime) -> str:
    """A date and time in the user's short format (``Fri 7 Jun 2024 14:30``)."""
    return f"{format_day(at.date())} {at.hour:02d}:{at.minute:02d}"


def workspace_today(workspace: Workspace) -> date:
    """The workspace's "today", as the radar has it: the settings' ``as_of`` (an archived
    or demo workspace), else the real date."""
    as_of = workspace.settings().as_of
    return as_of if as_of is not None else date.today()


def workspace_now(workspace: Workspace) -> datetime:
    """Now, on the workspace's "today" (``workspace_today``)."""
    now = datetime.now()
    return datetime.combine(workspace_today(workspace), now.time())


def format_day(day: date) -> str:
    """A date in the user's short format, with the weekday (``Fri 7 Jun 2024``)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def to_qdatetime(at: datetime) -> QDateTime:
    """A naive Python datetime as a QDateTime (local time)."""
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second))


# --------------------------------------------------------------------------- due dates

WEEKDAYS = {
    **{name: i for i, names in enumerate((
        ("mon", "monday", "ma", "maandag"), ("tue", "tuesday", "di", "dinsdag"),
        ("wed", "wednesday", "wo", "woensdag"), ("thu", "thursday", "do", "donderdag"),
        ("fri", "friday", "vr", "vrijdag"), ("sat", "saturday", "za", "zaterdag"),
        ("sun", "sunday", "zo", "zondag"))) for name in names},
}
RELATIVE = {"today": 0, "vandaag": 0, "tomorrow": 1, "morgen": 1, "overmorgen": 2,
            "next week": 7, "volgende week": 7, "in a week": 7, "over een week": 7}


def parse_due(text: str, today: date) -> date | None:
    """A due date as typed: empty (none), ``+3`` / ``3d`` (days), ``+2w`` / ``2w``
    (weeks), ``today``, ``tomorrow``, ``next week``, a weekday (``fri``: the next one),
    ``2024-06-01``, ``1-6-2024``, ``1/6`` (this year, or next if that has passed);
    Dutch words too (``morgen``, ``volgende week``, ``vr``). Raises ``ValueError``."""
    t = " ".join(text.strip().casefold().split())
    if not t:
        return None
    if t in RELATIVE:
        return today + timedelta(days=RELATIVE[t])
    if t in WEEKDAYS:
        ahead = (WEEKDAYS[t] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    m = re.fullmatch(r"\+?\s*(\d{1,3})\s*([dwm]|days?|weeks?|dagen|dag|weken|week)?", t)
    if m:
        n, unit = int(m.group(1)), (m.group(2) or "d")[0]
        return today + timedelta(days=n * {"d": 1, "w": 7, "m": 30}[unit])
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?", t)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            year = int(m.group(3))
            return date(year + 2000 if year < 100 else year, month, day)
        found = date(today.year, month, day)
        return found if found >= today else date(today.year + 1, month, day)
    raise ValueError(text)


def due_problem(text: str) -> str:
    """What to say about a due date that cannot be read."""
    return tr("Cannot read the due date “%1”: write e.g. 2024-06-01, 1-6, +7, fri or next week.").replace(
        "%1", text.strip())


# --------------------------------------------------------------------------- names

def fold(text: str) -> str:
    """*text* for matching: accents off, case folded (``Ç`` finds ``c``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


class People:
    """The workspace's stakeholders by name, for type-ahead; its owner calls ``reload``
    when ``affected`` says a change renamed, added or removed someone."""

    def __init__(self, workspace: Workspace, only: Iterable[str] | None = None) -> None:
        self.workspace = workspace
        self._only = None if only is None else list(dict.fromkeys(only))  # just these (and the facilitator)
        self.names: dict[str, str] = {}
        self.facilitator: str | None = None
        self._folded: list[tuple[str, str]] = []
        self.reload()

    def reload(self) -> None:
        """Read the names again (one column-shaped read; or only those asked for)."""
        if self._only is not None:
            self.facilitator = self.workspace.facilitator_id()
            self.names = {s.id: s.name for s in self.workspace.stakeholders(self._only)}
        else:
            cols = self.workspace.stakeholder_columns()
            self.names = dict(zip(cols.ids, cols.names))
            self.facilitator = next((i for i, k in zip(cols.ids, cols.kinds) if k == "facilitator"), None)
        self._folded = sorted(((fold(n), i) for i, n in self.names.items()))

    @staticmethod
    def affected(change: Change) -> bool:
        """True when *change* may have changed someone's name or who exists."""
        return change.reset or bool(change.added.get("stakeholders") or change.removed.get("stakeholders")
                                    or "name" in change.fields_of("stakeholders"))

    def name(self, sid: str | None) -> str:
        """Someone's name (or a placeholder for someone gone)."""
        if sid is None:
            return ""
        return self.names.get(sid, tr("(deleted)"))

    def search(self, text: str, limit: int = 8, exclude: Iterable[str] = ()) -> list[str]:
        """Ids whose names match *text*: the whole name, then its start, then the start of
        a word (``bak`` finds Anna Bakker), then anywhere; alphabetical within each."""
        q = fold(" ".join(text.split()))
        if not q:
            return []
        skip = set(exclude)
        ranked: list[tuple[int, str, str]] = []
        for f, sid in self._folded:
            if sid in skip:
                continue
            if f == q:
                rank = 0
            elif f.startswith(q):
                rank = 1
            elif any(w.startswith(q) for w in f.split()):
                rank = 2
            elif q in f:
                rank = 3
            else:
                continue
            ranked.append((rank, f, sid))
        ranked.sort()
        return [sid for _r, _f, sid in ranked[:limit]]

    def exact(self, text: str) -> str | None:
        """The one stakeholder called *text* (case and accents aside), else None."""
        q = fold(" ".join(text.split()))
        found = [sid for f, sid in self._folded if f == q]
        return found[0] if len(found) == 1 else None

    def partners(self, ids: Iterable[str]) -> list[str]:
        """*ids* without the facilitator, in order, once each."""
        return [i for i in dict.fromkeys(ids) if i != self.facilitator]

    def list_names(self, ids: Sequence[str], limit: int = 2) -> str:
        """``Anna Bakker``, ``Anna Bakker and Piet Jansen``, ``Anna Bakker and 3 others``."""
        names = [self.name(i) for i in ids]
        if len(names) <= 1:
            return names[0] if names else ""
        if len(names) == 2 and limit >= 2:
            return tr("%1 and %2").replace("%1", names[0]).replace("%2", names[1])
        return tr("%1 and %n others").replace("%1", names[0]).replace("%n", str(len(names) - 1))


class NamePicker(QLineEdit):
    """A line for a stakeholder's name with suggestions under it while typing.

    Enter (or a click) picks the highlighted suggestion; ↑/↓ move the highlight; Esc
    closes the list. With *keep_text* the picked name stays in the line (one person:
    ``current_id``), otherwise the line clears for the next name (several: ``picked``).
    The list floats over the window (a child of it, not a popup), so it never moves the
    form under it. ``empty_keys`` may take keys typed while the line is empty.
    """

    picked = Signal(str)      # stakeholder id
    unmatched = Signal(str)   # Enter on a text that matches no one (several-names mode)
    MAX_ROWS = 6

    def __init__(self, people: People, parent: QWidget | None = None, *, keep_text: bool = False) -> None:
        super().__init__(parent)
        self.people = people
        self.keep_text = keep_text
        self.exclude: Callable[[], Iterable[str]] = lambda: ()
        self.empty_keys: Callable[[QKeyEvent], bool] | None = None
        self.current_id: str | None = None
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("nameSuggestions")
        self.suggestions.setStyleSheet(
            "QListWidget { border: 1px solid palette(dark); background: palette(base); }"
            "QListWidget::item { padding: 3px 8px; }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }")
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.hide()
        self.suggestions.itemClicked.connect(self._clicked)
        self.textEdited.connect(self._suggest)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.pick(item.data(Qt.ItemDataRole.UserRole))

    def _suggest(self, text: str) -> None:
        if self.keep_text:
            self.current_id = self.people.exact(text)
        ids = self.people.search(text, self.MAX_ROWS, self.exclude())
        self.suggestions.clear()
        for sid in ids:
            item = QListWidgetItem(self.people.name(sid))
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.suggestions.addItem(item)
        if ids:
            self.suggestions.setCurrentRow(0)
            self._show_list()
        else:
            self._hide_list()

    def _show_list(self) -> None:
        window = self.window()
        if self.suggestions.parent() is not window:
            self.suggestions.setParent(window)
        rows = self.suggestions.count()
        height = self.suggestions.sizeHintForRow(0) * rows + 2 * self.suggestions.frameWidth()
        pos = self.mapTo(window, QPoint(0, self.height()))
        if pos.y() + height > window.height():
            pos = self.mapTo(window, QPoint(0, -height))
        width = min(max(self.width(), 260), window.width() - pos.x())
        self.suggestions.setGeometry(pos.x(), pos.y(), width, height)
        self.suggestions.show()
        self.suggestions.raise_()

    def _hide_list(self) -> None:
        self.suggestions.hide()
        if self.suggestions.parent() is not self:
            self.suggestions.setParent(self)  # goes with this line, whatever happens to the window
            self.suggestions.hide()

    def listing(self) -> list[str]:
        """The names suggested now (empty when the list is closed)."""
        if not self.suggestions.isVisible():
            return []
        return [self.suggestions.item(i).text() for i in range(self.suggestions.count())]

    def pick(self, sid: str) -> None:
        """Take *sid* as picked."""
        self._hide_list()
        if self.keep_text:
            self.setText(self.people.name(sid))
            self.current_id = sid
        else:
            self.clear()
        self.picked.emit(sid)

    def set_current(self, sid: str | None) -> None:
        """Show *sid*'s name (one-person mode)."""
        self.current_id = sid
        self.setText(self.people.name(sid) if sid else "")

    def resolve(self) -> str | None:
        """The person the line names now, or None (empty, or no one by that name)."""
        text = self.text().strip()
        if not text:
            return None
        if self.current_id is not None and fold(self.people.name(self.current_id)) == fold(text):
            return self.current_id
        return self.people.exact(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        shown = self.suggestions.isVisible()
        if shown and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            row = max(0, min(self.suggestions.count() - 1, self.suggestions.currentRow() + step))
            self.suggestions.setCurrentRow(row)
            event.accept()
            return
        if key in ENTER and event.modifiers() in PLAIN:
            item = self.suggestions.currentItem() if shown else None
            if item is not None:
                self.pick(item.data(Qt.ItemDataRole.UserRole))
                event.accept()
                return
            if self.text().strip() and not self.keep_text:
                self.unmatched.emit(self.text().strip())
                event.accept()
                return
        if key == Qt.Key.Key_Escape and shown:
            self._hide_list()
            if not self.keep_text:
                self.clear()
            event.accept()
            return
        if not self.text() and self.empty_keys is not None and self.empty_keys(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._hide_list()
        super().focusOutEvent(event)


# --------------------------------------------------------------------------- energy

class EnergyKeys(QWidget):
    """Five dots for an energy reading, 1–5: a key (1–5) or a click sets it, 0 or
    Backspace clears it; 6–9 say what the scale is (``refused``)."""

    changed = Signal(object)   # int | None
    refused = Signal(str)
    DOT = 20
    GAP = 4

    def __init__(self, parent: QWidget | None = None, *, focusable: bool = False) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._tip()

    def value(self) -> int | None:
        """The energy, or None."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Set the energy (None clears it)."""
        if value == self._value:
            return
        self._value = value
        self._tip()
        self.update()
        self.changed.emit(value)

    def _tip(self) -> None:
        text = (tr("Energy: press 1–5") if self._value is None else
                tr("Energy: %1 (%2)").replace("%1", str(self._value)).replace("%2", energy_label(self._value)))
        self.setToolTip(text)
        self.setAccessibleName(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(5 * self.DOT + 4 * self.GAP + 4, self.DOT + 4)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Take a key meant for the energy; True when it was one."""
        key = event.key()
        if event.modifiers() not in PLAIN:
            return False
        if key in ENERGY_KEYS:
            self.set_value(ENERGY_KEYS[Qt.Key(key)])
            return True
        if key in OUT_OF_RANGE_KEYS:
            self.refused.emit(energy_range_message())
            return True
        if key == Qt.Key.Key_0:
            self.set_value(None)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and event.modifiers() in PLAIN:
            self.set_value(None)
            event.accept()
        elif self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        i = int((event.position().x() - 2) // (self.DOT + self.GAP)) + 1
        if 1 <= i <= 5:
            self.set_value(None if i == self._value else i)
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        font = p.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        p.setFont(font)
        color = ENERGY_COLORS[self._value] if self._value is not None else None
        for i in range(1, 6):
            rect = QRectF(2 + (i - 1) * (self.DOT + self.GAP), 2, self.DOT, self.DOT)
            if color is not None and i <= self._value:  # type: ignore[operator]
                p.setPen(QPen(color.darker(115), 1.2))
                p.setBrush(color)
                p.drawEllipse(rect)
                p.setPen(QColor("white"))
            else:
                p.setPen(QPen(pal.mid().color(), 1.2))
                p.setBrush(pal.base())
                p.drawEllipse(rect)
                p.setPen(pal.placeholderText().color())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(i))
        if self.hasFocus():
            p.setPen(QPen(pal.highlight().color(), 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75), 6, 6)
        p.end()


def energy_word(value: int | None) -> str:
    """The word beside the dots."""
    return energy_label(value) if value is not None else tr("press 1–5")


# --------------------------------------------------------------------------- the draft

@dataclass(frozen=True)
class ContactDraft:
    """What the form holds, as values: one interaction and the energy sensed.

    ``energy`` maps a partner to the energy sensed between them and the facilitator;
    ``between`` holds readings between two partners who both took part.
    """

    at: datetime
    channel: Channel
    with_: tuple[str, ...]
    summary: str = ""
    energy: Mapping[str, int] = field(default_factory=dict)
    between: tuple[tuple[str, str, int], ...] = ()
    remarks: tuple[Remark, ...] = ()
    followups: tuple[Followup, ...] = ()


def draft_problems(draft: ContactDraft, now: datetime | None = None) -> list[tuple[str, str]]:
    """What stops *draft* from being saved, as (where, message): ``who``, ``when``,
    ``energy``, ``remark N``, ``followup N``, ``between N``."""
    now = now or datetime.now()
    out: list[tuple[str, str]] = []
    if not draft.with_:
        out.append(("who", tr("Who took part? Type a name and press Enter to add them.")))
    if draft.at > now + FUTURE_SLACK:
        out.append(("when", tr("%1 is in the future. Log a contact once it has happened; plan one with a "
                               "follow-up.").replace("%1", format_when(draft.at))))
    energies = [*draft.energy.values(), *(e for _a, _b, e in draft.between)]
    if any(not (isinstance(e, int) and 1 <= e <= 5) for e in energies):
        out.append(("energy", energy_range_message()))
    for i, (a, b, _e) in enumerate(draft.between):
        if a == b or a not in draft.with_ or b not in draft.with_:
            out.append((f"between {i}", tr("Energy between partners needs two different people who both took "
                                           "part.")))
    for i, r in enumerate(draft.remarks):
        if not r.text.strip():
            out.append((f"remark {i}", tr("A remark needs its text: what was said? (or remove it with ×)")))
        elif not r.by:
            out.append((f"remark {i}", tr("Who said it? Choose someone who took part.")))
    for i, f in enumerate(draft.followups):
        if not f.what.strip():
            out.append((f"followup {i}",
                        tr("A follow-up needs to say what is to be done (or remove it with ×).")))
    return out


def interaction_readings(workspace: Workspace, interaction: Interaction) -> list[Reading]:
    """The energy readings sensed during *interaction*: those linked to it on the relations of
    the partners who took part (not on every relation of the facilitator: thousands)."""
    facilitator = workspace.facilitator_id()
    partners = [i for i in interaction.with_ if i != facilitator]
    relations = [r.id for r in workspace.relations(stakeholder_ids=partners)] if partners else []
    return [r for r in workspace.readings(relations) if r.interaction == interaction.id] if relations else []


def draft_of(workspace: Workspace, interaction: Interaction) -> ContactDraft:
    """An interaction as the form shows it (its readings as energies)."""
    facilitator = workspace.facilitator_id()
    partners = [i for i in interaction.with_ if i != facilitator]
    relations = {r.id: r for r in workspace.relations(stakeholder_ids=partners)} if partners else {}
    energy: dict[str, int] = {}
    between: list[tuple[str, str, int]] = []
    for reading in sorted(interaction_readings(workspace, interaction), key=lambda r: r.at):
        rel = relations.get(reading.relation)
        if rel is None:
            continue
        if facilitator in (rel.a, rel.b):
            energy[rel.other(facilitator)] = reading.energy  # type: ignore[arg-type]
        else:
            between = [t for t in between if {t[0], t[1]} != {rel.a, rel.b}] + [(rel.a, rel.b, reading.energy)]
    return ContactDraft(at=interaction.at, channel=interaction.channel, with_=interaction.with_,
                        summary=interaction.summary, energy=energy, between=tuple(between),
                        remarks=interaction.remarks, followups=interaction.followups)


def contact_text(workspace: Workspace, draft: ContactDraft, people: People | None = None,
                 editing: bool = False) -> str:
    """``Log phone call with Anna Bakker`` (the undo entry's name)."""
    people = people or People(workspace, only=draft.with_)
    text = tr("Edit %1 with %2") if editing else tr("Log %1 with %2")
    return text.replace("%1", channel_label(draft.channel)).replace(
        "%2", people.list_names(people.partners(draft.with_)))


def save_contact(workspace: Workspace, draft: ContactDraft, editing: Interaction | None = None,
                 initiator: object | None = None, now: datetime | None = None) -> str:
    """Write *draft* as one operation (one undo entry); returns the interaction's id.

    New: ``Workspace.add_interaction(interaction, readings)``. Editing: the interaction
    is updated, and its readings are updated, added or removed to match. Relations
    that a reading needs (facilitator↔partner, partner↔partner) are connected in the
    same operation. ``EditRefused`` (nothing written) when the draft has a problem.
    """
    problems = draft_problems(draft, now)
    if problems:
        raise EditRefused(problems[0][1])
    facilitator = workspace.facilitator_id()
    people = People(workspace, only=draft.with_)
    iid = editing.id if editing is not None else new_id()
    interaction = Interaction(id=iid, at=draft.at, channel=draft.channel, with_=tuple(dict.fromkeys(draft.with_)),
                              summary=draft.summary.strip(), remarks=draft.remarks, followups=draft.followups)
    source = Source(draft.channel.value)
    with workspace.macro(contact_text(workspace, draft, people, editing is not None), initiator):
        wanted: dict[str, int] = {}
        pairs = [(facilitator, p, e) for p, e in draft.energy.items() if facilitator and p != facilitator]
        for a, b, energy in [*pairs, *draft.between]:
            relation = workspace.relation_between(a, b)  # type: ignore[arg-type]
            rid = relation.id if relation else workspace.connect(a, b, initiator=initiator)  # type: ignore[arg-type]
            wanted[rid] = energy
        if editing is None:
            readings = [Reading(id=new_id(), relation=rid, at=draft.at, energy=e, source=source, interaction=iid)
                        for rid, e in wanted.items()]
            workspace.add_interaction(interaction, readings, initiator)
            return iid
        current: dict[str, Reading] = {}
        for reading in interaction_readings(workspace, editing):
            current.setdefault(reading.relation, reading)
        workspace.update_interaction(interaction, initiator)
        for rid, energy in wanted.items():
            found = current.pop(rid, None)
            if found is None:
                workspace.add_reading(Reading(id=new_id(), relation=rid, at=draft.at, energy=energy,
                                              source=source, interaction=iid), initiator)
            else:
                workspace.set_reading_fields(found.id, initiator, energy=energy, at=draft.at, source=source)
        if current:
            workspace.delete_readings([r.id for r in current.values()], initiator)
    return iid


def delete_contacts(workspace: Workspace, ids: Sequence[str], initiator: object | None = None) -> str:
    """Delete interactions with the energy readings sensed in them, as one undo entry;
    returns what was deleted, in words."""
    found = workspace.interactions(list(ids))
    if not found:
        return ""
    people = People(workspace, only=[s for i in found for s in i.with_])
    if len(found) == 1:
        what = tr("%1 with %2").replace("%1", channel_label(found[0].channel)).replace(
            "%2", people.list_names(people.partners(found[0].with_)))
    else:
        what = tr("%n contacts").replace("%n", str(len(found)))
    readings = [r.id for i in found for r in interaction_readings(workspace, i)]
    with workspace.macro(tr("Delete %1").replace("%1", what), initiator):
        if readings:
            workspace.delete_readings(readings, initiator)
        workspace.delete_interactions([i.id for i in found], initiator)
    return what


# --------------------------------------------------------------------------- the form's rows

def _remove_button(tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText("×")
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setToolTip(tip)
    return button


class _Participant(QFrame):
    """One person who took part: name, energy dots, the energy's word, remove."""

    def __init__(self, sid: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.sid = sid
        self.setObjectName("participant")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        self.name = QLabel(name, self)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.energy = EnergyKeys(self)
        self.word = QLabel(energy_word(None), self)
        self.word.setMinimumWidth(max(self.word.fontMetrics().horizontalAdvance(energy_word(v))
                                      for v in (None, 1, 2, 3, 4, 5)) + 6)
        self.remove = _remove_button(tr("Remove %1 (Del)").replace("%1", name), self)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.energy)
        layout.addWidget(self.word)
        layout.addWidget(self.remove)
        self.energy.changed.connect(lambda v: self.word.setText(energy_word(v)))
        self.set_current(False)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)


class _RemarkRow(QWidget):
    """One remark: what was said, its theme, its kind, who said it."""

    def __init__(self, remark: Remark | None, themes: QStringListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.id = remark.id if remark else ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(tr("What was said"))
        self.theme = QLineEdit(self)
        self.theme.setPlaceholderText(tr("Theme"))
        completer = QCompleter(themes, self.theme)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.theme.setCompleter(completer)
        self.kind = QComboBox(self)
        for kind, label in REMARK_KINDS:
            self.kind.addItem(tr(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(remark.kind if remark else RemarkKind.REMARK))
        self.kind.setToolTip(tr("Kind: type d, q, r or i"))
        self.by = QComboBox(self)
        self.by.setToolTip(tr("Said by"))
        self.by.setMinimumContentsLength(12)
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.remove = _remove_button(tr("Remove this remark"), self)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.theme, 2)
        layout.addWidget(self.kind)
        layout.addWidget(self.by, 1)
        layout.addWidget(self.remove)
        if remark is not None:
            self.text.setText(remark.text)
            self.theme.setText(remark.theme)
        self._by_wanted = remark.by if remark else None

    def set_people(self, ids: Sequence[str], people: People, default: str | None) -> None:
        """Offer *ids* as who said it, keeping the choice."""
        keep = self.by.currentData() or self._by_wanted or default
        self.by.blockSignals(True)
        self.by.clear()
        for sid in ids:
            self.by.addItem(people.name(sid), sid)
        i = self.by.findData(keep)
        self.by.setCurrentIndex(i if i >= 0 else (self.by.findData(default) if default else -1))
        self.by.blockSignals(False)

    def blank(self) -> bool:
        return not self.text.text().strip() and not self.theme.text().strip()

    def value(self) -> Remark:
        return Remark(id=self.id, by=self.by.currentData() or "", text=self.text.text().strip(),
                      theme=self.theme.text().strip(), kind=RemarkKind(self.kind.currentData()))

    def state(self) -> tuple[Any, ...]:
        return (self.text.text(), self.theme.text(), self.kind.currentIndex(), self.by.currentData())


class _FollowupRow(QWidget):
    """One follow-up: what, who does it, when it is due."""

    def __init__(self, followup: Followup | None, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.id = followup.id if followup else ""
        self.done = followup.done if followup else False
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(tr("What is to be done"))
        self.who = QComboBox(self)
        self.who.setToolTip(tr("Who does it"))
        self.who.setMinimumContentsLength(12)
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.due = QLineEdit(self)
        self.due.setPlaceholderText(tr("Due: +7, fri, 1-6"))
        self.due.setToolTip(tr("When it is due: a date (2024-06-01, 1-6), a number of days (+7), "
                               "2w, a weekday (fri), tomorrow or next week; empty: no date"))
        self.due.setMaximumWidth(self.due.fontMetrics().horizontalAdvance("x" * 16))
        self.due_shown = QLabel(self)
        self.due_shown.setObjectName("hint")
        self.due_shown.setMinimumWidth(self.due_shown.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 4)
        self.remove = _remove_button(tr("Remove this follow-up"), self)
        layout.addWidget(self.what, 3)
        layout.addWidget(self.who, 1)
        layout.addWidget(self.due)
        layout.addWidget(self.due_shown)
        layout.addWidget(self.remove)
        self._who_wanted = followup.who if followup else None
        if followup is not None:
            self.what.setText(followup.what)
            if followup.due is not None:
                self.due.setText(followup.due.isoformat())
        self.due.textChanged.connect(self._show_due)
        self._show_due()

    def _show_due(self) -> None:
        try:
            due = parse_due(self.due.text(), self.today)
        except ValueError:
            self.due_shown.setText("?")
            return
        self.due_shown.setText(format_day(due) if due else "")

    def set_people(self, ids: Sequence[str], people: People) -> None:
        """Offer the facilitator and *ids* as who does it, keeping the choice."""
        keep = self.who.currentData() if self.who.count() else self._who_wanted or people.facilitator
        options = list(dict.fromkeys([*( [people.facilitator] if people.facilitator else []), *ids,
                                      *([self._who_wanted] if self._who_wanted else [])]))
        self.who.blockSignals(True)
        self.who.clear()
        for sid in options:
            self.who.addItem(people.name(sid), sid)
        self.who.addItem(tr("(no one in particular)"), None)
        i = self.who.findData(keep)
        self.who.setCurrentIndex(i if i >= 0 else 0)
        self.who.blockSignals(False)

    def blank(self) -> bool:
        return not self.what.text().strip() and not self.due.text().strip()

    def value(self) -> Followup:
        return Followup(id=self.id, what=self.what.text().strip(), due=parse_due(self.due.text(), self.today),
                        done=self.done, who=self.who.currentData())

    def state(self) -> tuple[Any, ...]:
        return (self.what.text(), self.due.text(), self.who.currentData())


class _PairRow(QWidget):
    """Energy between two partners who both took part."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.a = QComboBox(self)
        self.b = QComboBox(self)
        self.energy = EnergyKeys(self, focusable=True)
        self.word = QLabel(energy_word(None), self)
        self.remove = _remove_button(tr("Remove this reading"), self)
        layout.addWidget(self.a, 1)
        layout.addWidget(QLabel("↔", self))
        layout.addWidget(self.b, 1)
        layout.addWidget(self.energy)
        layout.addWidget(self.word)
        layout.addWidget(self.remove)
        self.energy.changed.connect(lambda v: self.word.setText(energy_word(v)))

    def set_people(self, ids: Sequence[str], people: People) -> None:
        for n, combo in enumerate((self.a, self.b)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for sid in ids:
                combo.addItem(people.name(sid), sid)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else min(n, combo.count() - 1))
            combo.blockSignals(False)

    def value(self) -> tuple[str, str, int] | None:
        energy = self.energy.value()
        return None if energy is None else (self.a.currentData(), self.b.currentData(), energy)

    def state(self) -> tuple[Any, ...]:
        return (self.a.currentData(), self.b.currentData(), self.energy.value())


class _Summary(QPlainTextEdit):
    """The summary: Enter saves the form (it goes to the dialog), Shift+Enter is a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in ENTER and event.modifiers() in PLAIN:
            event.ignore()
            return
        if event.key() in ENTER:
            self.insertPlainText("\n")
            event.accept()
            return
        super().keyPressEvent(event)


# --------------------------------------------------------------------------- the form

class CaptureDialog(QDialog):
    """Log a contact moment (or, given *interaction*, edit one); see the module's docs."""

    saved = Signal(str)  # what was logged, in words, for the status bar

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 with_: Sequence[str] = (), interaction: Interaction | None = None,
                 channel: Channel = Channel.CONVERSATION, summary: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.people = People(workspace)
        self.editing = interaction
        self.today = workspace_today(workspace)
        self.participants: list[str] = []
        self.current: int = -1
        self.rows: dict[str, _Participant] = {}
        self.remark_rows: list[_RemarkRow] = []
        self.followup_rows: list[_FollowupRow] = []
        self.pair_rows: list[_PairRow] = []
        self._hidden_with: list[str] = []  # the facilitator, when an edited interaction lists them
        self.setObjectName("captureDialog")
        self.setWindowTitle(tr("Edit contact") if interaction else tr("Log a contact"))
        self.setMinimumWidth(720)
        self._themes = QStringListModel(self)  # filled with the first remark row (a read of every remark)
        self._build()
        self._prefill(with_, interaction, channel)
        if interaction is None and summary:
            self.summary.setPlainText(summary)  # e.g. the notes taken during the conversation
        self._initial = self._state()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        outer.addLayout(form)

        # how: a row of channels, each with its Alt+letter; choosing one never moves the cursor
        channels = QWidget(self)
        row = QHBoxLayout(channels)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        self.channel_group = QButtonGroup(self)
        self.channel_buttons: dict[Channel, QRadioButton] = {}
        for channel, label in CHANNEL_BUTTONS:
            button = QRadioButton(tr(label), channels)
            button.setShortcut(QKeySequence())  # the mnemonic would move the focus: ours does not
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key = QKeySequence.mnemonic(tr(label))
            button.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))
            self.channel_group.addButton(button)
            self.channel_buttons[channel] = button
            row.addWidget(button)
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(lambda c=channel: self.set_channel(c))
        row.addStretch(1)
        form.addRow(self._label(tr("How")), channels)

        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.when = QDateTimeEdit(self)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when.setCalendarPopup(False)
        self.when.setMinimumWidth(self.when.fontMetrics().horizontalAdvance("Wed 30 Sep 2026  00:00") + 40)
        now_button = QToolButton(when)
        now_button.setText(tr("Now"))
        now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        now_button.setAutoRaise(True)
        now_button.clicked.connect(lambda: self.set_when(workspace_now(self.workspace)))
        row.addWidget(self.when)
        row.addWidget(now_button)
        row.addStretch(1)
        form.addRow(self._label(tr("&When"), self.when), when)

        self.who = NamePicker(self.people, self)
        self.who.setObjectName("who")
        self.who.setPlaceholderText(tr("Type a name, Enter adds them; several people one by one"))
        self.who.exclude = self._taken
        self.who.empty_keys = self._empty_key
        self.who.picked.connect(self.add_participant)
        self.who.unmatched.connect(self._unmatched)
        self.who.textEdited.connect(lambda _t: self._clear_message())
        form.addRow(self._label(tr("W&ho"), self.who), self.who)

        self.participant_box = QWidget(self)
        self.participant_layout = QVBoxLayout(self.participant_box)
        self.participant_layout.setContentsMargins(0, 0, 0, 0)
        self.participant_layout.setSpacing(2)
        self.participant_hint = QLabel(self)
        self.participant_hint.setObjectName("hint")
        self.participant_hint.setWordWrap(True)
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.participant_box)
        col.addWidget(self.participant_hint)
        form.addRow("", box)

        self.summary = _Summary(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(tr("What was it about? (Shift+Enter: a new line)"))
        line = self.summary.fontMetrics().lineSpacing()
        self.summary.setFixedHeight(int(line * 3.2) + 12)
        form.addRow(self._label(tr("&Summary"), self.summary), self.summary)

        self.remark_box, self.add_remark_button = self._section(
            form, tr("Remarks"), tr("+ Remark  (Ctrl+R)"), "Ctrl+R", lambda: self.add_remark(focus=True))
        self.followup_box, self.add_followup_button = self._section(
            form, tr("Follow-ups"), tr("+ Follow-up  (Ctrl+F)"), "Ctrl+F", lambda: self.add_followup(focus=True))
        self.pair_box, self.add_pair_button = self._section(
            form, tr("Between"), tr("+ Energy between two of them  (Ctrl+B)"), "Ctrl+B",
            lambda: self.add_pair(focus=True))
        self.pair_label = form.labelForField(self.pair_box.parentWidget())

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        hint = QLabel(tr("Enter saves · Esc cancels · Alt+underlined letter: channel or field"), self)
        hint.setObjectName("hint")
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.try_save)
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.setStyleSheet("""
            QLabel#hint { color: palette(placeholder-text); }
            QLabel#message { color: #a4262c; background: #fdecea; border: 1px solid #f1b8b5;
                             border-radius: 4px; padding: 6px 8px; }
            QFrame#participant { border: 1px solid transparent; border-radius: 4px; }
            QFrame#participant[current="true"] { border: 1px solid palette(highlight);
                                                 background: palette(alternate-base); }
            QLabel#sectionLabel { font-weight: bold; }
        """)

    def _label(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionLabel")
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _section(self, form: QFormLayout, title: str, button_text: str, key: str,
                 add: Callable[[], None]) -> tuple[QWidget, QToolButton]:
        holder = QWidget(self)
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        rows = QWidget(holder)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(4)
        button = QToolButton(holder)
        button.setText(button_text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(add)
        QShortcut(QKeySequence(key), self).activated.connect(add)
        col.addWidget(rows)
        col.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self._label(title), holder)
        return rows, button

    def _theme_list(self) -> list[str]:
        seen = Counter(r.theme.strip() for r in self.workspace.remarks_since(date(1, 1, 1)) if r.theme.strip())
        return [t for t, _n in sorted(seen.items(), key=lambda kv: (-kv[1], fold(kv[0])))]

    def _prefill(self, with_: Sequence[str], interaction: Interaction | None, channel: Channel) -> None:
        if interaction is None:
            self.set_channel(channel)
            self.set_when(workspace_now(self.workspace))
            for sid in self.people.partners(with_):
                self.add_participant(sid)
            if self.participants:
                self._set_current(0)
        else:
            draft = draft_of(self.workspace, interaction)
            self.set_channel(draft.channel)
            self.set_when(draft.at)
            self._hidden_with = [i for i in draft.with_ if i == self.people.facilitator]
            for sid in self.people.partners(draft.with_):
                self.add_participant(sid)
                if sid in draft.energy:
                    self.rows[sid].energy.set_value(draft.energy[sid])
            self._set_current(0 if self.participants else -1)
            self.summary.setPlainText(draft.summary)
            for remark in draft.remarks:
                self.add_remark(remark)
            for followup in draft.followups:
                self.add_followup(followup)
            for a, b, energy in draft.between:
                row = self.add_pair()
                row.a.setCurrentIndex(row.a.findData(a))
                row.b.setCurrentIndex(row.b.findData(b))
                row.energy.set_value(energy)
        self._people_changed()
        self._update_tab_order()
        self.who.setFocus()

    # ------------------------------------------------------------------ channel and time
    def channel(self) -> Channel:
        """The channel chosen."""
        return next(c for c, b in self.channel_buttons.items() if b.isChecked())

    def set_channel(self, channel: Channel) -> None:
        """Choose the channel (the cursor stays where it is)."""
        self.channel_buttons[channel].setChecked(True)

    def set_when(self, at: datetime) -> None:
        """Date the contact."""
        self.when.setDateTime(to_qdatetime(at.replace(second=0, microsecond=0)))

    def at(self) -> datetime:
        """When the contact took place."""
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ participants
    def add_participant(self, sid: str) -> None:
        """Add someone who took part and highlight them (for 1–5)."""
        if sid == self.people.facilitator:
            return
        if sid not in self.participants:
            row = _Participant(sid, self.people.name(sid), self.participant_box)
            row.remove.clicked.connect(lambda _c=False, s=sid: self.remove_participant(s))
            row.energy.refused.connect(self.show_message)
            row.energy.changed.connect(self._clear_message)
            self.participant_layout.addWidget(row)
            row.show()  # now, not when the event loop gets to it: the next key may be for it
            self.participants.append(sid)
            self.rows[sid] = row
            self._people_changed()
        self._set_current(self.participants.index(sid))
        self._clear_message()

    def remove_participant(self, sid: str) -> None:
        """Take someone off the list."""
        if sid not in self.participants:
            return
        i = self.participants.index(sid)
        self.participants.remove(sid)
        row = self.rows.pop(sid)
        row.hide()
        row.deleteLater()
        self._people_changed()
        self._set_current(min(i, len(self.participants) - 1))

    def energy(self) -> dict[str, int]:
        """Energy sensed per partner (those with a reading)."""
        return {sid: v for sid in self.participants if (v := self.rows[sid].energy.value()) is not None}

    def _set_current(self, i: int) -> None:
        self.current = i
        for n, sid in enumerate(self.participants):
            self.rows[sid].set_current(n == i)

    def _empty_key(self, event: QKeyEvent) -> bool:
        """Keys typed in the empty Who line: 1–5, ↑/↓ and Del act on the highlighted person."""
        key = event.key()
        if not self.participants:
            if event.modifiers() in PLAIN and (key in ENERGY_KEYS or key in OUT_OF_RANGE_KEYS):
                self.show_message(tr("First add who took part: type a name and press Enter; then 1–5 sets "
                                     "their energy."))
                return True
            return False
        row = self.rows[self.participants[self.current]]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self._set_current(max(0, min(len(self.participants) - 1, self.current + step)))
            return True
        if key == Qt.Key.Key_Delete:
            self.remove_participant(row.sid)
            return True
        return row.energy.handle_key(event)

    def _taken(self) -> list[str]:
        """Who is not offered in Who: those added already, and the facilitator."""
        return [*self.participants, *([self.people.facilitator] if self.people.facilitator else [])]

    def _unmatched(self, text: str) -> None:
        self.show_message(tr("No one in this workspace is called “%1”. Pick a name from the list (↑/↓, "
                             "Enter), or add them to the map first.").replace("%1", text))

    def _people_changed(self) -> None:
        default = self.participants[self.current] if 0 <= self.current < len(self.participants) else (
            self.participants[0] if self.participants else None)
        for r in self.remark_rows:
            r.set_people(self.participants, self.people, default)
        for f in self.followup_rows:
            f.set_people(self.participants, self.people)
        for p in self.pair_rows:
            p.set_people(self.participants, self.people)
        self.participant_box.setVisible(bool(self.participants))
        self.pair_box.parentWidget().setVisible(len(self.participants) >= 2)
        if self.pair_label is not None:
            self.pair_label.setVisible(len(self.participants) >= 2)
        self._update_hint()

    def _update_hint(self) -> None:
        if not self.participants:
            self.participant_hint.setText(
                tr("Nobody yet: type a name and press Enter; then 1–5 for their energy."))
        else:
            self.participant_hint.setText(tr("1–5: energy of the highlighted person · ↑/↓: another · "
                                             "Del: remove (with the Who line empty)"))

    # ------------------------------------------------------------------ rows
    def add_remark(self, remark: Remark | None = None, focus: bool = False) -> _RemarkRow:
        """Add a remark row (Ctrl+R)."""
        if not self._themes.rowCount():
            self._themes.setStringList(self._theme_list())
        row = _RemarkRow(remark, self._themes, self.remark_box)
        default = self.participants[self.current] if 0 <= self.current < len(self.participants) else None
        row.set_people(self.participants, self.people, default)
        row.remove.clicked.connect(lambda: self._remove_row(self.remark_rows, row))
        self.remark_box.layout().addWidget(row)
        row.show()  # now, not when the event loop gets to it: the next key may be for it
        self.remark_rows.append(row)
        self._update_tab_order()
        if focus:
            row.text.setFocus()
        return row

    def add_followup(self, followup: Followup | None = None, focus: bool = False) -> _FollowupRow:
        """Add a follow-up row (Ctrl+F)."""
        row = _FollowupRow(followup, self.today, self.followup_box)
        row.set_people(self.participants, self.people)
        row.remove.clicked.connect(lambda: self._remove_row(self.followup_rows, row))
        self.followup_box.layout().addWidget(row)
        row.show()  # now, not when the event loop gets to it: the next key may be for it
        self.followup_rows.append(row)
        self._update_tab_order()
        if focus:
            row.what.setFocus()
        return row

    def add_pair(self, focus: bool = False) -> _PairRow:
        """Add a row for the energy between two partners (Ctrl+B)."""
        if len(self.participants) < 2:
            self.show_message(tr("Energy between partners needs two people who both took part."))
            return _PairRow(self)  # not shown, never saved
        row = _PairRow(self.pair_box)
        row.set_people(self.participants, self.people)
        row.energy.refused.connect(self.show_message)
        row.remove.clicked.connect(lambda: self._remove_row(self.pair_rows, row))
        self.pair_box.layout().addWidget(row)
        row.show()  # now, not when the event loop gets to it: the next key may be for it
        self.pair_rows.append(row)
        self._update_tab_order()
        if focus:
            row.energy.setFocus()
        return row

    def _remove_row(self, rows: list[Any], row: QWidget) -> None:
        if row in rows:
            rows.remove(row)
            row.hide()
            row.deleteLater()
            self._update_tab_order()
            self.who.setFocus()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.when, self.who, self.summary]
        for r in self.remark_rows:
            chain += [r.text, r.theme, r.kind, r.by]
        for f in self.followup_rows:
            chain += [f.what, f.who, f.due]
        for p in self.pair_rows:
            chain += [p.a, p.b, p.energy]
        chain += [self.cancel_button, self.save_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # ------------------------------------------------------------------ messages
    def show_message(self, text: str) -> None:
        """Say in the form what stops it (or what a key means)."""
        self.message.setText(text)
        self.message.show()

    def _clear_message(self, *_args: object) -> None:
        if self.message.isVisible():
            self.message.hide()
            self.message.clear()

    # ------------------------------------------------------------------ saving
    def draft(self) -> tuple[ContactDraft, list[tuple[str, str]]]:
        """The form as a draft, and what the form itself cannot read (a name typed but not
        added, a due date that is not a date)."""
        problems: list[tuple[str, str]] = []
        typed = self.who.text().strip()
        if typed:
            problems.append(("who", tr("“%1” is not added yet: pick the name from the list and press Enter, "
                                       "or clear the Who line.").replace("%1", typed)))
        followups: list[Followup] = []
        for i, row in enumerate(r for r in self.followup_rows if not r.blank()):
            try:
                followups.append(row.value())
            except ValueError:
                problems.append((f"followup due {i}", due_problem(row.due.text())))
                followups.append(Followup(id=row.id, what=row.what.text().strip(), done=row.done,
                                          who=row.who.currentData()))
        pairs = [v for p in self.pair_rows if (v := p.value()) is not None]
        draft = ContactDraft(
            at=self.at(), channel=self.channel(), with_=(*self.participants, *self._hidden_with),
            summary=self.summary.toPlainText().strip(), energy=self.energy(), between=tuple(pairs),
            remarks=tuple(r.value() for r in self.remark_rows if not r.blank()),
            followups=tuple(followups))
        return draft, problems

    def problems(self) -> list[tuple[str, str]]:
        """Everything that stops saving now, as (where, message)."""
        draft, problems = self.draft()
        return problems + draft_problems(replace(draft, with_=tuple(self.participants)))

    def try_save(self) -> bool:
        """Save (Enter): refused in the form, naming what to do, when something is wrong."""
        problems = self.problems()
        if problems:
            self.show_message("\n".join(dict.fromkeys(m for _w, m in problems)))
            self._focus_problem(problems[0][0])
            return False
        draft, _ = self.draft()
        try:
            save_contact(self.workspace, draft, self.editing, initiator=self)
        except EditRefused as exc:
            self.show_message(str(exc))
            return False
        text = contact_text(self.workspace, draft, self.people, self.editing is not None)
        self.saved.emit(tr("%1 — %2 undoes it").replace("%1", text).replace("%2", undo_key()))
        self._initial = self._state()
        self.accept()
        return True

    def _focus_problem(self, where: str) -> None:
        kind, _, index = where.rpartition(" ")
        if where == "when":
            self.when.setFocus()
        elif kind == "remark":
            blanks = [r for r in self.remark_rows if not r.blank()]
            blanks[int(index)].text.setFocus()
        elif kind.startswith("followup"):
            rows = [r for r in self.followup_rows if not r.blank()]
            target = rows[int(index)]
            (target.due if kind == "followup due" else target.what).setFocus()
        else:
            self.who.setFocus()

    # ------------------------------------------------------------------ keys and cancelling
    def _state(self) -> tuple[Any, ...]:
        return (self.channel(), self.at(), tuple(self.participants), tuple(sorted(self.energy().items())),
                self.who.text(), self.summary.toPlainText(), tuple(r.state() for r in self.remark_rows),
                tuple(f.state() for f in self.followup_rows), tuple(p.state() for p in self.pair_rows))

    def dirty(self) -> bool:
        """True when something was typed or chosen since the form opened."""
        return self._state() != self._initial

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in ENTER and event.modifiers() in PLAIN:
            self.try_save()
            event.accept()
            return
        super().keyPressEvent(event)  # Esc: reject

    def reject(self) -> None:
        """Esc, Cancel or closing: asks first when anything was typed."""
        if self.dirty():
            box = QMessageBox(QMessageBox.Icon.Question, tr("Discard this contact?"),
                              tr("What you typed here will be lost."), parent=self)
            discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.setObjectName("discardBox")
            box.exec()
            if box.clickedButton() is not discard:
                return
        super().reject()


# --------------------------------------------------------------------------- in the window

class CaptureActions(QObject):
    """Quick capture in the main window: Contacts menu, Ctrl+L, the map's toolbar and
    context menu, the interaction log and follow-ups docks (rebuilt per workspace)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self._panels_for: tuple[Workspace, Selection] | None = None
        self._log: InteractionLog | None = None
        self._followups: FollowupsPanel | None = None
        self.dialog: CaptureDialog | None = None
        self.log_action = QAction(tr("&Log a Contact…"), window)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setToolTip(tr("Log a contact: a conversation, a call, a meeting … (Ctrl+L)"))
        self.log_action.setIconText(tr("Log a contact"))
        self.log_action.triggered.connect(self._log_from_menu)
        self.followup_action = QAction(tr("Add a &Follow-up…"), window)
        self.followup_action.setIconText(tr("Add a follow-up"))
        self.followup_action.setToolTip(tr("Add a follow-up on its own, e.g. call Anna next week (Ctrl+Shift+L)"))
        self.followup_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.followup_action.triggered.connect(self.add_followup)
        bar = window.menuBar()
        self.menu = QMenu(tr("&Contacts"), bar)
        self.menu.setObjectName("contactsMenu")
        bar.insertMenu(bar.actions()[-1], self.menu)  # before Help
        self.menu.addAction(self.log_action)
        self.menu.addAction(self.followup_action)
        self.menu.addSeparator()
        for key, title, area in (("interactions", tr("Interactions"), Qt.DockWidgetArea.RightDockWidgetArea),
                                 ("followups", tr("Follow-ups"), Qt.DockWidgetArea.LeftDockWidgetArea)):
            dock = QDockWidget(title, window)
            dock.setObjectName(f"{key}Dock")
            window.addDockWidget(area, dock)
            window.docks[key] = dock
            self.menu.addAction(dock.toggleViewAction())
            window.view_menu.addAction(dock.toggleViewAction())
        window.tabifyDockWidget(window.docks["details"], window.docks["interactions"])
        window.tabifyDockWidget(window.docks["signature"], window.docks["followups"])
        window.docks["details"].raise_()
        window.docks["stakeholders"].raise_()
        # (the window sizes its docks after this: see MainWindow.__init__)
        # a toolbar of the window's own: the map's toolbar has no room left beside the docks
        self.toolbar = window.addToolBar(tr("Contacts"))
        self.toolbar.setObjectName("contactsToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.log_action)
        self.toolbar.addAction(self.followup_action)
        self.menu.addAction(self.toolbar.toggleViewAction())

    def show_workspace(self, workspace: Workspace, selection: Selection) -> None:
        """Hook the map's toolbar and menu for *workspace*, and give the docks its panels:
        once the window's first frame is painted (both docks start behind another tab), or
        as soon as ``log`` or ``followups`` is asked for."""
        window = self.window
        self._panels_for = (workspace, selection)
        self._log = None
        self._followups = None
        after_first_frame(window, lambda: workspace.closed or self._build_panels())
        requested = getattr(window.map.controller, "log_requested", None)
        if requested is not None:
            requested.connect(self.log_contact)

    @property
    def log(self) -> "InteractionLog":
        """The interaction log dock's panel."""
        self._build_panels()
        assert self._log is not None, "show_workspace comes first"
        return self._log

    @property
    def followups(self) -> "FollowupsPanel":
        """The follow-ups dock's panel."""
        self._build_panels()
        assert self._followups is not None, "show_workspace comes first"
        return self._followups

    def _build_panels(self) -> None:
        if self._log is not None or self._panels_for is None:
            return
        from workbench.ui.followups import FollowupsPanel
        from workbench.ui.interaction_log import InteractionLog

        window = self.window
        workspace, selection = self._panels_for
        self._log = log = InteractionLog(workspace, selection, window)
        log.open_requested.connect(self.edit_contact)
        log.log_requested.connect(self.log_contact)
        log.told.connect(window.tell)
        window.docks["interactions"].setWidget(log)
        self._followups = followups = FollowupsPanel(workspace, window)
        followups.open_requested.connect(self.edit_contact)
        followups.told.connect(window.tell)
        window.docks["followups"].setWidget(followups)

    def _log_from_menu(self) -> None:
        self.log_contact([])

    def log_contact(self, ids: Sequence[str] = (), channel: Channel = Channel.CONVERSATION) -> CaptureDialog:
        """Open the capture form (with these people already in it, and this channel)."""
        return self._open(CaptureDialog(self.window.workspace, self.window, with_=list(ids), channel=channel))

    def edit_contact(self, interaction_id: str) -> CaptureDialog | None:
        """Open a logged contact in the form."""
        found = self.window.workspace.interactions([interaction_id])
        if not found:
            self.window.tell(tr("This contact no longer exists; it may have been deleted."))
            return None
        return self._open(CaptureDialog(self.window.workspace, self.window, interaction=found[0]))

    def _open(self, dialog: CaptureDialog) -> CaptureDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            dialog.deleteLater()
            return self.dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.window.tell)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def add_followup(self) -> None:
        """Show the follow-ups and put the cursor in the line that adds one."""
        dock = self.window.docks["followups"]
        dock.show()
        dock.raise_()
        self.followups.what.setFocus()


def install(window: "MainWindow") -> CaptureActions:
    """Add quick capture, the interaction log and the follow-ups to *window*."""
    return CaptureActions(window)


__all__ = ["CaptureActions", "CaptureDialog", "ContactDraft", "EnergyKeys", "NamePicker", "People",
           "delete_contacts", "draft_of", "draft_problems", "install", "interaction_readings", "parse_due",
           "save_contact"]
