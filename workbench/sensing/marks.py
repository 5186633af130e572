"""Snoozed and dismissed findings: which hits the radar leaves out.

Marks are kept per hit (one signal about one person, pair or group), not per merged
finding, so that snoozing Anna's silence does not hide a doubt she raises tomorrow: a
finding is snoozed or dismissed by marking each of its hits (``marks_of``), and the
radar leaves out the hits so marked before it merges the rest (``sense(..., marks=…)``).

- The *key* of a hit (``finding_key``) is its signal and whom it is about: the stakeholder
  ids, or for ``recurring_theme`` the theme as compared (the people raising a theme come
  and go; the theme is what was dismissed).
- A *snooze* holds until a day: the hit is left out while the radar's day is before it,
  and shows again on that day.
- A *dismissal* holds the hit's evidence as short tokens (``evidence_of``): the last
  contact and whether the silence escalated, the latest reading, each open doubt, each
  remark on the theme, each overdue follow-up. The hit is left out while its evidence is
  no more than that: evidence that merely ages or drops out of a window keeps it hidden;
  a later contact, reading, remark or follow-up, or a silence growing past the
  escalation point, brings it back.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

from workbench.model import Signal
from workbench.model.marks import RadarMarks

if TYPE_CHECKING:  # pragma: no cover
    from workbench.sensing.radar import Finding
    from workbench.sensing.signals import Hit


class Mark(NamedTuple):
    """What marking one hit stores: its key, its signal, its people and its evidence."""

    key: str
    signal: Signal
    ids: tuple[str, ...]
    evidence: frozenset[str]


def finding_key(hit: "Hit") -> str:
    """The key of a hit: its signal and its people (a theme: the theme), as compact JSON."""
    subject: dict[str, Any] = ({"theme": hit.key} if hit.signal == Signal.RECURRING_THEME
                               else {"ids": list(hit.ids)})
    return json.dumps({"signal": hit.signal.value, **subject}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))


def _iso(value: datetime | date) -> str:
    return value.isoformat()


def evidence_of(hit: "Hit") -> frozenset[str]:
    """The hit's evidence as tokens; new evidence is a token not seen before."""
    e = hit.evidence
    signal = hit.signal
    if signal == Signal.RADIO_SILENCE:
        tokens = {f"contact {_iso(e['last_contact'])}"}
        if e["escalated"]:
            tokens.add("escalated")
        return frozenset(tokens)
    if signal in (Signal.LOW_ENERGY, Signal.DIVERGING):
        return frozenset({f"reading {e['relation']} {_iso(e['latest_at'])} {e['latest']}"})
    if signal == Signal.DOUBT:
        return frozenset(f"doubt {r['interaction']} {_iso(r['at'])}" for r in e["remarks"])
    if signal == Signal.RECURRING_THEME:
        return frozenset(f"remark {r['interaction']} {r['by']}" for r in e["remarks"])
    return frozenset(f"followup {f['id']}" for f in e["followups"])


def mark_of(hit: "Hit") -> Mark:
    """What marking *hit* stores."""
    return Mark(finding_key(hit), hit.signal, hit.ids, evidence_of(hit))


def marks_of(finding: "Finding") -> list[Mark]:
    """What marking a finding stores: one mark per hit."""
    return [mark_of(hit) for hit in finding.hits]


def hidden(hit: "Hit", marks: RadarMarks, today: date) -> bool:
    """Whether *marks* leave *hit* off the radar on *today*."""
    key = finding_key(hit)
    until = marks.snoozed.get(key)
    if until is not None and today < until:
        return True
    seen = marks.dismissed.get(key)
    return seen is not None and evidence_of(hit) <= seen


def unmarked(hits: Iterable["Hit"], marks: RadarMarks | None, today: date) -> list["Hit"]:
    """The hits *marks* leave on the radar on *today*."""
    if not marks:
        return list(hits)
    return [hit for hit in hits if not hidden(hit, marks, today)]


__all__ = ["Mark", "evidence_of", "finding_key", "hidden", "mark_of", "marks_of", "unmarked"]
