"""The radar in the user's language: signal and action names, and a finding's ``why``.

Sensing explains a finding as ``Reason`` values (a template key and plain parameters,
``sensing.why``) with English templates. The same templates are listed here as
translatable texts (``TEMPLATES``: the English must equal sensing's, a test checks it),
so that a view renders a finding's evidence in the window's language with
``why(finding)`` / ``why_with_score(finding)``; an energy level named in a reason is
named in that language too. ``signal_label`` and ``action_label`` give the short words
for badges and suggestions.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from workbench.model import Action, Signal
from workbench.sensing import Finding, Reason, render
from workbench.sensing.why import render_score
from workbench.workspace.labels import energy_label


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


SIGNALS: Mapping[Signal, str] = {
    Signal.RADIO_SILENCE: QT_TRANSLATE_NOOP("", "Silence"),
    Signal.LOW_ENERGY: QT_TRANSLATE_NOOP("", "Low energy"),
    Signal.DOUBT: QT_TRANSLATE_NOOP("", "Doubt"),
    Signal.DIVERGING: QT_TRANSLATE_NOOP("", "Drifting apart"),
    Signal.RECURRING_THEME: QT_TRANSLATE_NOOP("", "Recurring theme"),
    Signal.OVERDUE_FOLLOWUP: QT_TRANSLATE_NOOP("", "Overdue follow-up"),
}
SIGNAL_HINTS: Mapping[Signal, str] = {
    Signal.RADIO_SILENCE: QT_TRANSLATE_NOOP("", "No contact for longer than their own rhythm allows"),
    Signal.LOW_ENERGY: QT_TRANSLATE_NOOP("", "The energy with you is low, or dropped"),
    Signal.DOUBT: QT_TRANSLATE_NOOP("", "A doubt they raised, with no contact since"),
    Signal.DIVERGING: QT_TRANSLATE_NOOP("", "The energy between two partners is low, or dropped"),
    Signal.RECURRING_THEME: QT_TRANSLATE_NOOP("", "Several partners raise the same theme"),
    Signal.OVERDUE_FOLLOWUP: QT_TRANSLATE_NOOP("", "A follow-up past its due date"),
}
ACTIONS: Mapping[Action, str] = {
    Action.PHONE_CALL: QT_TRANSLATE_NOOP("", "Give them a call"),
    Action.PERSONAL_CONVERSATION: QT_TRANSLATE_NOOP("", "Have a personal conversation"),
    Action.BRING_TOGETHER: QT_TRANSLATE_NOOP("", "Bring them together"),
    Action.ADJUST_COMMUNICATION: QT_TRANSLATE_NOOP("", "Adjust the communication for everyone"),
    Action.FOLLOW_UP: QT_TRANSLATE_NOOP("", "Follow up"),
}

#: sensing.why's templates, translatable (the same English; a test checks they agree).
TEMPLATES: Mapping[str, str] = {
    "radio_silence.rhythm": QT_TRANSLATE_NOOP(
        "", "No contact for {days} days (last on {last}). Usually every {median:.1f} days "
            "({contacts} contacts), so the limit is {limit:g} days."),
    "radio_silence.minimum": QT_TRANSLATE_NOOP(
        "", "No contact for {days} days (last on {last}). Usually every {median:.1f} days "
            "({contacts} contacts), so the limit is the minimum of {limit:g} days."),
    "radio_silence.few": QT_TRANSLATE_NOOP(
        "", "No contact for {days} days (last on {last}). Too few contacts ({contacts}) to know "
            "their rhythm, so the limit is the minimum of {limit:g} days."),
    "radio_silence.escalated": QT_TRANSLATE_NOOP(
        "", "That is more than {factor:g} times the limit: a personal conversation rather than a call."),
    "low_energy.low": QT_TRANSLATE_NOOP(
        "", "The latest energy reading with {facilitator}, on {date}, is {energy} ({label}); "
            "the last readings were {series}."),
    "low_energy.drop": QT_TRANSLATE_NOOP(
        "", "Energy with {facilitator} dropped to {energy} ({label}) on {date}, from {peak} on "
            "{peak_date}; the last readings were {series}."),
    "diverging.low": QT_TRANSLATE_NOOP(
        "", "The latest energy reading between {a} and {b}, on {date}, is {energy} ({label}); "
            "the last readings were {series}."),
    "diverging.drop": QT_TRANSLATE_NOOP(
        "", "Energy between {a} and {b} dropped to {energy} ({label}) on {date}, from {peak} on "
            "{peak_date}; the last readings were {series}."),
    "doubt.one": QT_TRANSLATE_NOOP(
        "", "Raised a doubt on {date} ({days} days ago): \u201c{text}\u201d; no contact since."),
    "doubt.more": QT_TRANSLATE_NOOP(
        "", "Raised {count} doubts, the latest on {date} ({days} days ago): \u201c{text}\u201d; "
            "no contact since."),
    "recurring_theme": QT_TRANSLATE_NOOP(
        "", "{count} partners raised \u201c{theme}\u201d in the last {window} days: {names}."),
    "overdue_followup.one": QT_TRANSLATE_NOOP(
        "", "Follow-up \u201c{what}\u201d was due on {due}, {days} days ago."),
    "overdue_followup.more": QT_TRANSLATE_NOOP(
        "", "{count} follow-ups are overdue; the oldest, \u201c{what}\u201d, was due on {due}, "
            "{days} days ago."),
    "overdue_followup.nobody": QT_TRANSLATE_NOOP(
        "", "Nobody else took part: this one is the facilitator's own."),
    "score": QT_TRANSLATE_NOOP("", "Score {score:g}: {parts}."),
    "score.part.joiner": "; ",
    "score.radio_silence": QT_TRANSLATE_NOOP(
        "", "{points:g} for a silence of {days} days against a limit of {limit:g}"),
    "score.low_energy": QT_TRANSLATE_NOOP("", "{points:g} for energy {energy} with the facilitator"),
    "score.low_energy.drop": QT_TRANSLATE_NOOP("", "{points:g} for a drop of {drop} with the facilitator"),
    "score.diverging": QT_TRANSLATE_NOOP("", "{points:g} for energy {energy} between the two"),
    "score.diverging.drop": QT_TRANSLATE_NOOP("", "{points:g} for a drop of {drop} between the two"),
    "score.doubt": QT_TRANSLATE_NOOP("", "{points:g} for an open doubt"),
    "score.doubt.more": QT_TRANSLATE_NOOP("", "{points:g} for {count} open doubts"),
    "score.recurring_theme": QT_TRANSLATE_NOOP("", "{points:g} for {count} partners raising it"),
    "score.overdue_followup": QT_TRANSLATE_NOOP("", "{points:g} for being {days} days overdue"),
    "score.recency": QT_TRANSLATE_NOOP(
        "", "+{points:g} as the latest evidence is {days} days old (of {window})"),
    "score.more": QT_TRANSLATE_NOOP("", "+{points:g} for a second signal"),
    "score.more.several": QT_TRANSLATE_NOOP("", "+{points:g} for {count} more signals"),
}


def signal_label(signal: Signal) -> str:
    """A signal's short name, for a badge."""
    return tr(SIGNALS[signal])


def signal_hint(signal: Signal) -> str:
    """What a signal means, in one line."""
    return tr(SIGNAL_HINTS[signal])


def action_label(action: Action) -> str:
    """A suggested action, as an instruction."""
    return tr(ACTIONS[action])


def templates() -> dict[str, str]:
    """sensing.why's templates in the window's language."""
    return {key: tr(text) for key, text in TEMPLATES.items()}


class _Number(float):
    """A number that writes its decimal point as the window's language does (9,7 in Dutch)."""

    point = "."

    def __format__(self, spec: str) -> str:
        text = float.__format__(self, spec)
        return text.replace(".", self.point) if self.point != "." else text


def _number_class() -> type[_Number]:
    point = QLocale().decimalPoint()
    return type("_LocalNumber", (_Number,), {"point": point}) if point != "." else _Number


def _local(reason: Reason, number: type[_Number] = _Number) -> Reason:
    """*reason* with an energy level's name and its decimal numbers in the window's language."""
    params = {k: number(v) if isinstance(v, float) else v for k, v in reason.params.items()}
    energy = params.get("energy")
    if "label" in params and isinstance(energy, int) and 1 <= energy <= 5:
        params["label"] = energy_label(energy)
    return Reason(reason.key, params)


def why(finding: Finding, table: Mapping[str, str] | None = None) -> str:
    """The evidence of *finding* in words, in the window's language (without the score)."""
    number = _number_class()
    return render([_local(r, number) for r in finding.reasons], table or templates())


def why_with_score(finding: Finding, table: Mapping[str, str] | None = None) -> str:
    """The evidence and the score of *finding* in words, in the window's language."""
    table = table or templates()
    number = _number_class()
    return (why(finding, table) + " "
            + render_score(number(finding.score), [_local(r, number) for r in finding.score_parts], table))


__all__ = ["ACTIONS", "SIGNALS", "SIGNAL_HINTS", "TEMPLATES", "action_label", "signal_hint", "signal_label",
           "templates", "why", "why_with_score"]
