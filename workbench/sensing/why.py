"""Why a finding is on the radar, in words: small templates with parameters.

A finding's explanation is a sequence of :class:`Reason` values, each a template key and
its parameters (plain, JSON-able values: text, numbers, ISO dates as text). The English
wording lives here in :data:`TEMPLATES`; the window renders the same reasons with its own
translated table (``render(reasons, templates=translated)``), so that sensing never needs
Qt and a translation never needs to parse English. A template uses ``str.format`` fields
with format specs (``{median:.1f}``); a key missing from a translated table falls back to
English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

#: English wording per reason key. Parameters are named in each template.
TEMPLATES: Mapping[str, str] = {
    # radio_silence: one of the three, then possibly the escalation
    "radio_silence.rhythm":
        "No contact for {days} days (last on {last}). Usually every {median:.1f} days "
        "({contacts} contacts), so the limit is {limit:g} days.",
    "radio_silence.minimum":
        "No contact for {days} days (last on {last}). Usually every {median:.1f} days "
        "({contacts} contacts), so the limit is the minimum of {limit:g} days.",
    "radio_silence.few":
        "No contact for {days} days (last on {last}). Too few contacts ({contacts}) to know "
        "their rhythm, so the limit is the minimum of {limit:g} days.",
    "radio_silence.escalated":
        "That is more than {factor:g} times the limit: a personal conversation rather than a call.",
    # low_energy and diverging
    "low_energy.low":
        "The latest energy reading with {facilitator}, on {date}, is {energy} ({label}); "
        "the last readings were {series}.",
    "low_energy.drop":
        "Energy with {facilitator} dropped to {energy} ({label}) on {date}, from {peak} on "
        "{peak_date}; the last readings were {series}.",
    "diverging.low":
        "The latest energy reading between {a} and {b}, on {date}, is {energy} ({label}); "
        "the last readings were {series}.",
    "diverging.drop":
        "Energy between {a} and {b} dropped to {energy} ({label}) on {date}, from {peak} on "
        "{peak_date}; the last readings were {series}.",
    # doubt
    "doubt.one":
        "Raised a doubt on {date} ({days} days ago): \u201c{text}\u201d; no contact since.",
    "doubt.more":
        "Raised {count} doubts, the latest on {date} ({days} days ago): \u201c{text}\u201d; "
        "no contact since.",
    # recurring_theme
    "recurring_theme":
        "{count} partners raised \u201c{theme}\u201d in the last {window} days: {names}.",
    # overdue_followup
    "overdue_followup.one":
        "Follow-up \u201c{what}\u201d was due on {due}, {days} days ago.",
    "overdue_followup.more":
        "{count} follow-ups are overdue; the oldest, \u201c{what}\u201d, was due on {due}, "
        "{days} days ago.",
    "overdue_followup.nobody":
        "Nobody else took part: this one is the facilitator's own.",
    # the score: "Score 69.3: " then its parts joined by "; ", then "."
    "score": "Score {score:g}: {parts}.",
    "score.part.joiner": "; ",
    "score.radio_silence": "{points:g} for a silence of {days} days against a limit of {limit:g}",
    "score.low_energy": "{points:g} for energy {energy} with the facilitator",
    "score.low_energy.drop": "{points:g} for a drop of {drop} with the facilitator",
    "score.diverging": "{points:g} for energy {energy} between the two",
    "score.diverging.drop": "{points:g} for a drop of {drop} between the two",
    "score.doubt": "{points:g} for an open doubt",
    "score.doubt.more": "{points:g} for {count} open doubts",
    "score.recurring_theme": "{points:g} for {count} partners raising it",
    "score.overdue_followup": "{points:g} for being {days} days overdue",
    "score.recency": "+{points:g} as the latest evidence is {days} days old (of {window})",
    "score.more": "+{points:g} for a second signal",
    "score.more.several": "+{points:g} for {count} more signals",
}


@dataclass(frozen=True)
class Reason:
    """One sentence of evidence: a template key and its parameters."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, templates: Mapping[str, str] = TEMPLATES) -> str:
        """This reason in words (English unless a translated table is given)."""
        template = templates.get(self.key) or TEMPLATES[self.key]
        return template.format(**self.params)

    def to_json(self) -> dict[str, Any]:
        """``{"key": …, "params": {…}}``."""
        return {"key": self.key, "params": dict(self.params)}


def render_score(score: float, parts: Iterable[Reason],
                 templates: Mapping[str, str] = TEMPLATES) -> str:
    """The score and what it is made of, as one sentence."""
    joiner = templates.get("score.part.joiner") or TEMPLATES["score.part.joiner"]
    body = joiner.join(part.text(templates) for part in parts)
    template = templates.get("score") or TEMPLATES["score"]
    return template.format(score=score, parts=body)


def render(reasons: Iterable[Reason], templates: Mapping[str, str] = TEMPLATES) -> str:
    """Several reasons as one paragraph (sentences joined by a space)."""
    return " ".join(reason.text(templates) for reason in reasons)


__all__ = ["Reason", "TEMPLATES", "render", "render_score"]
