"""What the facilitator did with radar findings: snoozed until a day, or dismissed.

A mark belongs to one *finding key*: a signal and whom it is about (see
``workbench.sensing.marks.finding_key``). A snooze holds until a day; a dismissal holds
the *evidence* the finding had when it was dismissed (short tokens: a contact, a reading,
a remark, a follow-up), so that it stays dismissed until evidence it did not have appears.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping


@dataclass(frozen=True)
class RadarMarks:
    """Every snooze and dismissal of a workspace, by finding key."""

    #: key → the first day the finding shows again.
    snoozed: Mapping[str, date] = field(default_factory=dict)
    #: key → the evidence the finding had when it was dismissed.
    dismissed: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.snoozed or self.dismissed)


__all__ = ["RadarMarks"]
