"""The sensing settings: when the radar flags someone, each rule explained in one line.

Every threshold of the workspace's ``SensingSettings`` is a field here, grouped by rule,
with its unit and a line saying what it does; and the radar's day (``as_of``: a fixed day
for an archived or demo workspace, otherwise today). Saving checks every field first
(whole numbers, or numbers such as 1.5 or 1,5, within the range the rule allows); a field
that does not pass is named in the dialog with what to enter, and nothing is written.
What passes and differs is written as one undoable edit (``set_settings_fields``); the
radar follows the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.model import SensingSettings
from workbench.ui.capture import tr, undo_key
from workbench.workspace import EditRefused, Workspace


@dataclass(frozen=True)
class Rule:
    """One threshold: its field, words, and the values it takes (whole numbers or not)."""

    field: str
    label: str
    unit: str
    hint: str
    whole: bool
    low: float
    high: float


#: The groups of rules, in order: (title, rules).
GROUPS: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    (QT_TRANSLATE_NOOP("", "Silence"), (
        Rule("silence_min_days", QT_TRANSLATE_NOOP("", "Minimum silence"), QT_TRANSLATE_NOOP("", "days"),
             QT_TRANSLATE_NOOP("", "An active partner is flagged after at least this many days without contact."),
             True, 1, 3650),
        Rule("silence_gap_factor", QT_TRANSLATE_NOOP("", "Rhythm factor"),
             QT_TRANSLATE_NOOP("", "× their usual gap"),
             QT_TRANSLATE_NOOP("", "Someone you usually speak with rarely gets this many times their usual gap, "
                                   "when that is longer."),
             False, 0.1, 100),
        Rule("silence_min_interactions", QT_TRANSLATE_NOOP("", "Rhythm known from"),
             QT_TRANSLATE_NOOP("", "contacts"),
             QT_TRANSLATE_NOOP("", "Their usual gap (the median) counts from this many contacts on."),
             True, 2, 1000),
        Rule("silence_escalate_factor", QT_TRANSLATE_NOOP("", "Talk in person past"),
             QT_TRANSLATE_NOOP("", "× the limit"),
             QT_TRANSLATE_NOOP("", "Silent longer than this: a personal conversation rather than a call."),
             False, 1, 100),
    )),
    (QT_TRANSLATE_NOOP("", "Energy"), (
        Rule("low_energy_max", QT_TRANSLATE_NOOP("", "Low at or below"), QT_TRANSLATE_NOOP("", "(1–5)"),
             QT_TRANSLATE_NOOP("", "A latest reading this low is flagged: with you as low energy, between "
                                   "partners as drifting apart."),
             True, 1, 5),
        Rule("energy_drop", QT_TRANSLATE_NOOP("", "Or a drop of"), QT_TRANSLATE_NOOP("", "steps"),
             QT_TRANSLATE_NOOP("", "… or a latest reading this much below the highest of the readings before it."),
             True, 1, 4),
        Rule("energy_drop_window", QT_TRANSLATE_NOOP("", "Readings before it"), QT_TRANSLATE_NOOP("", "readings"),
             QT_TRANSLATE_NOOP("", "How many earlier readings a drop is measured against."),
             True, 1, 100),
    )),
    (QT_TRANSLATE_NOOP("", "Doubts"), (
        Rule("doubt_window_days", QT_TRANSLATE_NOOP("", "Doubts of the last"), QT_TRANSLATE_NOOP("", "days"),
             QT_TRANSLATE_NOOP("", "A doubt raised this recently, with no contact since, is flagged."),
             True, 1, 3650),
    )),
    (QT_TRANSLATE_NOOP("", "Themes"), (
        Rule("theme_min_partners", QT_TRANSLATE_NOOP("", "Raised by at least"), QT_TRANSLATE_NOOP("", "partners"),
             QT_TRANSLATE_NOOP("", "The same theme from this many partners: adjust the communication for "
                                   "everyone."),
             True, 2, 1000),
        Rule("theme_window_days", QT_TRANSLATE_NOOP("", "Within the last"), QT_TRANSLATE_NOOP("", "days"),
             QT_TRANSLATE_NOOP("", "Only remarks this recent count towards a theme."),
             True, 1, 3650),
    )),
)
RULES: Mapping[str, Rule] = {rule.field: rule for _title, rules in GROUPS for rule in rules}


def _number(value: float) -> str:
    return f"{value:g}"


def shown(settings: SensingSettings, field: str) -> str:
    """A threshold as its field shows it (``2``, ``1.5``)."""
    return _number(getattr(settings, field))


def problem(rule: Rule, text: str) -> tuple[float | int | None, str | None]:
    """The value typed for *rule*, or what is wrong with it (in words)."""
    typed = text.strip().replace(",", ".")
    try:
        value: float | int = int(typed) if rule.whole else float(typed)
    except ValueError:
        value = float("nan")
    if value != value or not rule.low <= value <= rule.high:  # not a number, or out of range
        template = (tr("%1: enter a whole number from %2 to %3.") if rule.whole
                    else tr("%1: enter a number from %2 to %3, such as 1.5."))
        return None, (template.replace("%1", tr(rule.label)).replace("%2", _number(rule.low))
                      .replace("%3", _number(rule.high)))
    return value, None


def parse(texts: Mapping[str, str], as_of: date | None,
          current: SensingSettings) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """The fields that differ from *current* with their new values, and the problems
    ``(field, message)`` of those that cannot be taken (then nothing is to be written)."""
    changed: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    for field, text in texts.items():
        value, wrong = problem(RULES[field], text)
        if wrong is not None:
            problems.append((field, wrong))
        elif value != getattr(current, field):
            changed[field] = value
    if as_of != current.as_of:
        changed["as_of"] = as_of
    return ({} if problems else changed), problems


class SensingSettingsDialog(QDialog):
    """Edit the workspace's sensing thresholds and the radar's day (one undo entry)."""

    told = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("sensingSettings")
        self.setWindowTitle(tr("Sensing settings"))
        self.edits: dict[str, QLineEdit] = {}
        self._build()
        self.load(workspace.settings())

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        intro = QLabel(tr("When the radar flags someone. Each rule is explained under its field; the "
                          "radar follows as soon as you save."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(area)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        label_width = max(self.fontMetrics().horizontalAdvance(tr(rule.label)) for rule in RULES.values()) + 8
        for title, rules in GROUPS:
            box = QGroupBox(tr(title), body)
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(2, 1)
            grid.setColumnMinimumWidth(0, label_width)  # the fields of every group in one column
            row = 0
            for rule in rules:
                edit = QLineEdit(box)
                edit.setObjectName(rule.field)
                edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000") + 16)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                label = QLabel(tr(rule.label), box)
                label.setBuddy(edit)
                grid.addWidget(label, row, 0)
                grid.addWidget(edit, row, 1)
                grid.addWidget(QLabel(tr(rule.unit), box), row, 2)
                hint = QLabel(tr(rule.hint), box)
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #555;")
                grid.addWidget(hint, row + 1, 0, 1, 3)
                grid.setRowMinimumHeight(row + 2, 6)
                self.edits[rule.field] = edit
                row += 3
            column.addWidget(box)
        day_box = QGroupBox(tr("The radar's day"), body)
        day = QGridLayout(day_box)
        self.fixed_day = QCheckBox(tr("Sense as of a fixed day:"), day_box)
        self.as_of = QDateEdit(day_box)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("ddd d MMM yyyy")
        self.fixed_day.toggled.connect(self.as_of.setEnabled)
        day.addWidget(self.fixed_day, 0, 0)
        day.addWidget(self.as_of, 0, 1)
        day.setColumnStretch(2, 1)
        hint = QLabel(tr("For an archived or demo workspace: the radar looks at this day instead of today."),
                      day_box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        day.addWidget(hint, 1, 0, 1, 3)
        column.addWidget(day_box)
        column.addStretch(1)
        area.setWidget(body)
        outer.addWidget(area, 1)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.defaults_button = QPushButton(tr("Default values"), self)
        self.defaults_button.setToolTip(tr("Fill in the values Voelspriet starts with (saved only when you save)"))
        self.defaults_button.clicked.connect(lambda: self.fill_defaults())
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(560, 640)

    def load(self, settings: SensingSettings, keep_day: bool = False) -> None:
        """Show *settings* in the fields (the day too, unless *keep_day*)."""
        for field, edit in self.edits.items():
            edit.setText(shown(settings, field))
        if keep_day:
            return
        fixed = settings.as_of is not None
        day = settings.as_of or date.today()
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        self.fixed_day.setChecked(fixed)
        self.as_of.setEnabled(fixed)

    def fill_defaults(self) -> None:
        """The values Voelspriet starts with, in the fields (the day stays)."""
        self.load(SensingSettings(), keep_day=True)

    def chosen_day(self) -> date | None:
        """The fixed day chosen, or None for today."""
        if not self.fixed_day.isChecked():
            return None
        d = self.as_of.date()
        return date(d.year(), d.month(), d.day())

    def save(self) -> bool:
        """Write what changed as one undoable edit, or say what to correct; True when saved."""
        texts = {field: edit.text() for field, edit in self.edits.items()}
        changed, problems = parse(texts, self.chosen_day(), self.workspace.settings())
        for field, edit in self.edits.items():
            edit.setStyleSheet("border: 1px solid #b3261e;" if any(f == field for f, _ in problems) else "")
        if problems:
            self.message.setText("\n".join(message for _field, message in problems))
            self.message.show()
            self.edits[problems[0][0]].setFocus()
            self.edits[problems[0][0]].selectAll()
            return False
        if changed:
            try:
                self.workspace.set_settings_fields(initiator=self, **changed)
            except EditRefused as exc:
                self.message.setText(str(exc))
                self.message.show()
                return False
            self.told.emit(tr("Saved the sensing settings — %1 undoes it").replace("%1", undo_key()))
        self.accept()
        return True


__all__ = ["GROUPS", "RULES", "Rule", "SensingSettingsDialog", "parse", "problem", "shown"]
