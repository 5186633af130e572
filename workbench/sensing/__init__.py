"""Sensing: the radar's signals over plain columns and rows, "today" a parameter.

Pure Python (imports only ``model``). The Workspace gathers the column reads
(``workspace.radar``); a dataset can be sensed directly with :func:`observe`::

    findings = sense(observe(dataset), settings, radar_day(settings, today))

Each :class:`Finding` names its people (``ids``, ``names``), its ``signals``, the
suggested ``action``, a ``score`` (the list is sorted by it) and ``why`` (the evidence
and the score in words, built from translatable templates: ``why_in(templates)``);
``evidence()`` gives the facts behind each signal and ``to_json()`` the item of
``radar --json``. The rules are documented in ``signals``, the ranking in ``radar``,
snoozed and dismissed findings (``sense(..., marks=…)``) in ``marks``.
"""

from workbench.sensing.marks import Mark, evidence_of, finding_key, hidden, marks_of
from workbench.sensing.observations import (
    FollowupLike,
    FollowupRow,
    Observations,
    People,
    RemarkLike,
    RemarkRow,
    is_overdue,
    observe,
    participants_needed,
    radar_day,
    readings_needed,
    remarks_from,
)
from workbench.sensing.radar import Finding, merge, rank, sense
from workbench.sensing.signals import Hit, theme_key
from workbench.sensing.why import TEMPLATES, Reason, render

__all__ = [
    "Finding", "FollowupLike", "FollowupRow", "Hit", "Mark", "Observations", "People", "Reason",
    "evidence_of", "finding_key", "hidden", "marks_of",
    "RemarkLike", "RemarkRow", "TEMPLATES", "is_overdue", "merge", "observe",
    "participants_needed", "radar_day", "rank", "readings_needed", "remarks_from", "render",
    "sense", "theme_key",
]
