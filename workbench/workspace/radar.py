"""The radar of an open workspace: its column reads handed to ``sensing``.

A handful of grouped reads, none per person (PRODUCT.md gives the whole radar 1 s at
5,000 stakeholders and 100,000 interactions; bench/bench_radar.py measures it):
stakeholders as columns, relation ends, each relation's latest readings (as many as the
drop rule looks back, plus the latest; for a day in the past, the whole series of the
relations with readings after it), every contact time per stakeholder, the remarks of
the longer of the two windows, the open follow-ups, and only for the overdue follow-ups
that take their people from their interaction, those interactions' participants; and the
snoozed and dismissed findings (``Workspace.snooze``/``dismiss``), which it leaves out.

Views reach the radar here: ``affects_radar(change)`` says whether a change can alter it
(a move cannot), ``flagged(findings)`` gives per stakeholder the signals flagged.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Iterable, NamedTuple

from workbench import sensing
from workbench.model import SensingSettings, Signal
from workbench.sensing import Finding

if TYPE_CHECKING:
    from workbench.workspace.workspace import Change, Workspace


class Radar(NamedTuple):
    """The radar's findings (ranked) and the day they hold for."""

    today: date
    findings: list[sensing.Finding]


def observations(workspace: "Workspace", today: date,
                 settings: SensingSettings | None = None) -> sensing.Observations:
    """What the radar looks at on *today* under *settings* (default: the workspace's),
    read from *workspace*."""
    if settings is None:
        settings = workspace.settings()
    facilitator = workspace.facilitator_id()
    followups = workspace.open_followups()
    needed = sensing.participants_needed(followups, facilitator, today)
    participants = ({i.id: i.with_ for i in workspace.interactions(sorted(needed))}
                    if needed else {})
    return sensing.Observations(
        people=workspace.stakeholder_columns(),
        facilitator=facilitator,
        relation_ends=workspace.relation_ends(),
        latest_readings=_latest_readings(workspace, settings, today),
        contact_dates=workspace.contact_dates(),
        remarks=workspace.remarks_since(sensing.remarks_from(settings, today)),
        followups=followups,
        participants=participants,
    )


def _latest_readings(workspace: "Workspace", settings: SensingSettings,
                     today: date) -> dict[str, tuple[tuple[datetime, int], ...]]:
    """Each relation's latest readings up to the end of *today*, as many as the rules need.

    One windowed read gives the latest overall; only when the radar looks at a day in the
    past and a relation has readings after it (so that some it needs may lie further back)
    are that relation's readings read whole, and cut at the day.
    """
    needed = sensing.readings_needed(settings)
    latest = workspace.latest_readings(needed)
    end = datetime.combine(today + timedelta(days=1), time())
    cut = [rid for rid, readings in latest.items() if len(readings) == needed and readings[-1][0] >= end]
    if not cut:
        return latest
    for rid, series in workspace.readings_series(cut).items():
        pairs = [(at, energy) for at, energy in zip(series.at.tolist(), series.energy.tolist())
                 if at < end]
        latest[rid] = tuple(pairs[-needed:])
    return latest


def radar(workspace: "Workspace", today: date | None = None) -> Radar:
    """Who needs attention on *today* (default: the settings' ``as_of``, else the real date),
    leaving out what was snoozed (until its day) or dismissed (until new evidence)."""
    settings = workspace.settings()
    day = sensing.radar_day(settings, today)
    return Radar(day, sensing.sense(observations(workspace, day, settings), settings, day,
                                    workspace.radar_marks()))


#: The order of the signals (iterating the enum itself is slow).
ORDER: tuple[Signal, ...] = tuple(Signal)
#: What a radar reads: a change to anything else leaves it as it was.
SENSED = ("relations", "readings", "interactions", "remarks", "followups", "settings",
          "radar_snoozes", "radar_dismissals")
#: The stakeholder fields the radar reads (who is who, and who may be flagged).
SENSED_FIELDS = frozenset({"name", "kind", "status"})


def affects_radar(change: "Change") -> bool:
    """Whether *change* may change the radar: anything it reads was added, removed or
    updated, or a stakeholder came, went, or changed name, kind or status (a move, a
    note, a group membership or a session do not)."""
    if change.touches(*SENSED):
        return True
    if change.added.get("stakeholders") or change.removed.get("stakeholders"):
        return True
    fields = change.fields.get("stakeholders", {})
    return any(sid not in fields or fields[sid] & SENSED_FIELDS
               for sid in change.updated.get("stakeholders", ()))


def flagged(findings: Iterable[Finding]) -> dict[str, tuple[Signal, ...]]:
    """Per stakeholder id, the signals the radar flags them for (in the order of
    ``Signal``), over every finding naming them: what a map badge shows."""
    out: dict[str, set[Signal]] = {}
    for finding in findings:
        for sid in finding.ids:
            out.setdefault(sid, set()).update(finding.signals)
    return {sid: tuple(s for s in ORDER if s in signals) for sid, signals in out.items()}


__all__ = ["Finding", "Radar", "SENSED", "SENSED_FIELDS", "affects_radar", "flagged", "observations",
           "radar"]
