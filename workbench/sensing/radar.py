"""The radar: every signal's hits merged into ranked findings — who needs attention now.

A person's hits (silence, low energy, doubt, a follow-up owed by them alone) make one
finding, listing its signals, with the strongest of their actions (``ACTION_STRENGTH``:
personal conversation, bring together, phone call, follow up, adjust communication). A
pair (``diverging``) or a group (``recurring_theme``, a follow-up for several people) is a
finding of its own, naming everyone concerned.

The score orders everything: the strongest hit's points (its signal's severity, plus up
to 20 for fresh evidence, see ``signals``) plus 10 per further signal on the same
finding. Ties: the latest evidence first, then by names. Each finding's ``why`` ends with
the score and what it is made of.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, Mapping

from workbench.model import Action, SensingSettings, Signal
from workbench.model.marks import RadarMarks
from workbench.sensing.marks import unmarked
from workbench.sensing.observations import Observations
from workbench.sensing.signals import (
    ACTION_STRENGTH,
    MORE_SIGNAL,
    SIGNAL_ORDER,
    SIGNALS,
    Hit,
    context,
)
from workbench.sensing.why import TEMPLATES, Reason, render, render_score


@dataclass(frozen=True)
class Finding:
    """One item of the radar: who, which signals, what to do, how urgent, and why."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    signals: tuple[Signal, ...]
    action: Action
    score: float
    hits: tuple[Hit, ...]
    score_parts: tuple[Reason, ...]
    latest: date

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The evidence in words, one or more reasons per signal (the score apart)."""
        return tuple(reason for hit in self.hits for reason in hit.reasons)

    def why_in(self, templates: Mapping[str, str] = TEMPLATES) -> str:
        """The evidence and the score in words, with *templates* (default English)."""
        return (render(self.reasons, templates) + " "
                + render_score(self.score, self.score_parts, templates))

    @property
    def why(self) -> str:
        """The evidence and the score, in English."""
        return self.why_in()

    def evidence(self) -> list[dict[str, Any]]:
        """Per signal, the facts behind it (dates, readings, remarks, the cadence …)."""
        return [{"signal": hit.signal.value, **hit.evidence} for hit in self.hits]

    def to_json(self) -> dict[str, Any]:
        """The finding as ``radar --json`` prints it (dates ISO 8601)."""
        return {
            "ids": list(self.ids),
            "names": list(self.names),
            "signals": [s.value for s in self.signals],
            "action": self.action.value,
            "score": self.score,
            "why": self.why,
            "evidence": _jsonable(self.evidence()),
            "reasons": [r.to_json() for r in self.reasons],
            "score_parts": [r.to_json() for r in self.score_parts],
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _finding(hits: list[Hit], names: Mapping[str, str]) -> Finding:
    if len(hits) == 1:  # most findings: quicker
        [hit] = hits
        return Finding(ids=hit.ids, names=tuple([names[sid] for sid in hit.ids]),
                       signals=(hit.signal,), action=hit.action, score=hit.points, hits=(hit,),
                       score_parts=hit.score_parts, latest=hit.latest)
    hits.sort(key=lambda h: (SIGNAL_ORDER.index(h.signal), -h.points, h.key))
    strongest = max(hits, key=lambda h: (h.points, -SIGNAL_ORDER.index(h.signal)))
    parts = list(strongest.score_parts)
    score = strongest.points
    if len(hits) > 1:
        more = round(MORE_SIGNAL * (len(hits) - 1), 1)
        score += more
        parts.append(Reason("score.more" if len(hits) == 2 else "score.more.several",
                            {"points": more, "count": len(hits) - 1}))
    ids = hits[0].ids
    return Finding(
        ids=ids,
        names=tuple(names[sid] for sid in ids),
        signals=tuple(dict.fromkeys(h.signal for h in hits)),
        action=max((h.action for h in hits), key=ACTION_STRENGTH.__getitem__),
        score=round(score, 1),
        hits=tuple(hits),
        score_parts=tuple(parts),
        latest=max(h.latest for h in hits),
    )


def merge(hits: Iterable[Hit], names: Mapping[str, str]) -> list[Finding]:
    """Hits as findings (one per person; pairs and groups apart), ranked."""
    personal: dict[str, list[Hit]] = {}
    findings: list[Finding] = []
    for hit in hits:
        if hit.alone:
            findings.append(_finding([hit], names))
        else:
            personal.setdefault(hit.ids[0], []).append(hit)
    findings += [_finding(found, names) for found in personal.values()]
    return rank(findings)


def rank(findings: Iterable[Finding]) -> list[Finding]:
    """Highest score first; ties: the latest evidence first, then by names and ids."""
    ordered = sorted(findings, key=lambda f: (f.names, f.ids))
    ordered.sort(key=lambda f: (f.score, f.latest), reverse=True)
    return ordered


def sense(observations: Observations, settings: SensingSettings, today: date,
          marks: RadarMarks | None = None) -> list[Finding]:
    """Who needs attention on *today*, ranked, from *observations* under *settings*,
    leaving out the hits *marks* snoozed or dismissed (``sensing.marks``).

    The cyclic garbage collector is paused meanwhile: the observations hold a few hundred
    thousand objects (every contact time), none in a cycle, and each collection the many
    small findings would trigger walks them all again (more than half the time at 5,000
    stakeholders). Collection resumes afterwards.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        ctx = context(observations, settings, today)
        hits = [hit for signal in SIGNALS for hit in signal(observations, ctx)]
        return merge(unmarked(hits, marks, today), ctx.names)
    finally:
        if paused:
            gc.enable()


__all__ = ["Finding", "merge", "rank", "sense"]
