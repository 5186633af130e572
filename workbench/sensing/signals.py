"""The radar's six signals (PRODUCT.md, "Sensing"), each a function from the observations
to :class:`Hit` values: one signal about one person, one pair or one group, with its
suggested action, its points, its evidence and the words that explain it.

Rules, with the thresholds of the workspace's ``SensingSettings`` (defaults in brackets):

- Who can be flagged: any stakeholder but the facilitator whose status is not
  ``own_way``. ``radio_silence`` only looks at active partners: status ``active`` or
  ``core`` (a ``prospect`` is not flagged for silence).
- Days are calendar days of the radar's day ``today``: an event on day D is
  ``(today - D).days`` old. Events after ``today`` (a later reading, contact or remark in
  the file, when the radar is asked about a past day) are ignored.
- ``radio_silence``: the last contact is more than the limit old, where the limit is
  ``max(silence_min_days [21], silence_gap_factor [2] × median gap)``; the median gap (in
  days, to the minute) needs at least ``silence_min_interactions`` [3] contacts, with fewer
  the limit is the minimum. More than ``silence_escalate_factor`` [2] × the limit:
  ``personal_conversation``, else ``phone_call``. Someone never contacted is not flagged
  (no last contact to measure from).
- ``low_energy`` (facilitator↔partner) and ``diverging`` (partner↔partner, both ends
  flaggable): the latest reading is ≤ ``low_energy_max`` [2], or lies at least
  ``energy_drop`` [2] below the highest of the up to ``energy_drop_window`` [3] readings
  before it (fewer when the relation has fewer).
- ``doubt``: a remark of kind doubt at most ``doubt_window_days`` [30] days old, by someone
  with no contact after it (a contact at a later moment, up to the end of ``today``).
- ``recurring_theme``: the same theme (trimmed, inner spaces collapsed, compared without
  case and accents) raised in remarks of any kind at most ``theme_window_days`` [30] days
  old by at least ``theme_min_partners`` [3] distinct flaggable partners. Remarks of the
  facilitator and of partners gone their own way do not count: the item names everyone
  counted, and an own-way partner is never named.
- ``overdue_followup``: due before ``today`` and not done. Its people: the follow-up's
  ``who``; when that is empty or the facilitator, the other participants of its
  interaction (those it is owed to). A ``who`` gone their own way, or participants who all
  did, leave it off the radar; a follow-up with nobody but the facilitator is an item
  without people. One person: a hit merged into that person's item; several: one item for
  the group (follow-ups with the same people share it).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Iterator, Mapping, Sequence

from workbench.model import ENERGY_LABELS, Action, RemarkKind, SensingSettings, Signal, Status
from workbench.sensing.observations import (
    FollowupLike,
    Observations,
    is_overdue,
    takes_participants,
)
from workbench.sensing.why import Reason

# --------------------------------------------------------------------------- scoring
#
# Every hit gets points: a severity for its signal (how bad), plus up to RECENCY points for
# fresh evidence (doubts, themes and readings: a doubt of yesterday before one of four weeks
# ago). Silence and overdue follow-ups have no recency part: they grow worse with time, so
# their severity grows instead. An item's score is its strongest hit plus MORE_SIGNAL for
# each further signal. The parts are explained in the item's ``why``.

#: radio_silence: SILENCE_BASE just past the limit, growing linearly to
#: SILENCE_BASE + SILENCE_GROWTH at the escalation point (escalate_factor × the limit).
SILENCE_BASE = 40.0
SILENCE_GROWTH = 30.0
#: low_energy: a latest reading ≤ low_energy_max scores LOW_BASE, +LOW_STEP per step lower
#: (2 → 60, 1 → 70); a drop alone scores DROP_BASE, +DROP_STEP per step beyond energy_drop.
LOW_BASE = 60.0
LOW_STEP = 10.0
DROP_BASE = 50.0
DROP_STEP = 5.0
#: diverging: as low_energy, DIVERGING_LESS lower (partners among themselves; the
#: facilitator's own relation comes first at the same reading).
DIVERGING_LESS = 5.0
#: doubt: DOUBT_BASE, +DOUBT_STEP per further open doubt (at most DOUBT_STEPS of them).
DOUBT_BASE = 55.0
DOUBT_STEP = 5.0
DOUBT_STEPS = 2
#: recurring_theme: THEME_BASE, +THEME_STEP per partner beyond theme_min_partners, at most THEME_MAX.
THEME_BASE = 35.0
THEME_STEP = 5.0
THEME_MAX = 60.0
#: overdue_followup: OVERDUE_BASE, +1 per day overdue, at most OVERDUE_DAYS days.
OVERDUE_BASE = 30.0
OVERDUE_DAYS = 30
#: Fresh evidence: RECENCY × (1 − age / window), window the signal's (readings: READING_WINDOW_DAYS).
RECENCY = 20.0
READING_WINDOW_DAYS = 30
#: Each further signal on the same item.
MORE_SIGNAL = 10.0

#: When an item carries several signals, its action is the strongest of theirs.
ACTION_STRENGTH: Mapping[Action, int] = {
    Action.PERSONAL_CONVERSATION: 4,
    Action.BRING_TOGETHER: 3,
    Action.PHONE_CALL: 2,
    Action.FOLLOW_UP: 1,
    Action.ADJUST_COMMUNICATION: 0,
}
#: The order signals are listed in within an item.
SIGNAL_ORDER: tuple[Signal, ...] = tuple(Signal)


def _points(value: float) -> float:
    return round(value, 1)


@dataclass(frozen=True)
class Hit:
    """One signal about one person (``alone`` False) or one pair or group (``alone``: an
    item of its own, never merged into a person's)."""

    signal: Signal
    ids: tuple[str, ...]
    action: Action
    points: float
    reasons: tuple[Reason, ...]
    score_parts: tuple[Reason, ...]
    evidence: Mapping[str, Any]
    latest: date
    alone: bool = False
    key: str = field(default="", compare=False)


@dataclass(frozen=True)
class Context:
    """What every signal needs besides the observations: the day, the rules, who is who."""

    today: date
    settings: SensingSettings
    facilitator: str | None
    names: Mapping[str, str]
    statuses: Mapping[str, str]
    #: Who can be flagged: known, not the facilitator, not gone their own way.
    flaggable_ids: frozenset[str]
    #: Who can be flagged for silence: flaggable, and active or core.
    active_ids: frozenset[str]

    @property
    def end_of_today(self) -> datetime:
        """The first moment after the radar's day."""
        return datetime.combine(self.today + timedelta(days=1), time())

    def flaggable(self, sid: str | None) -> bool:
        """A known stakeholder, not the facilitator, not gone their own way."""
        return sid in self.flaggable_ids

    def age(self, moment: datetime | date) -> int:
        """How many days before the radar's day *moment* falls."""
        day = moment.date() if isinstance(moment, datetime) else moment
        return (self.today - day).days

    def recency(self, age: int, window: int) -> tuple[float, Reason | None]:
        """Points for evidence *age* days old in a window of *window* days, and their reason."""
        if window <= 0:
            return 0.0, None
        points = _points(RECENCY * max(0.0, 1.0 - age / window))
        if points <= 0:
            return 0.0, None
        return points, Reason("score.recency", {"points": points, "days": age, "window": window})


def context(observations: Observations, settings: SensingSettings, today: date) -> Context:
    """The context of one radar run."""
    people = observations.people
    facilitator = observations.facilitator_id()
    statuses = dict(zip(people.ids, (str(s) for s in people.statuses)))
    flaggable = frozenset(sid for sid, status in statuses.items()
                          if sid != facilitator and status != Status.OWN_WAY)
    active = frozenset(sid for sid in flaggable if statuses[sid] in (Status.ACTIVE, Status.CORE))
    return Context(today=today, settings=settings, facilitator=facilitator,
                   names=dict(zip(people.ids, people.names)), statuses=statuses,
                   flaggable_ids=flaggable, active_ids=active)


def _iso(moment: datetime | date) -> str:
    return moment.isoformat()


def _day(moment: datetime | date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


# --------------------------------------------------------------------------- radio_silence


def median_gap_days(times: Sequence[datetime]) -> float:
    """The median gap between consecutive *times* (oldest first, at least two), in days.

    The middle one of the sorted gaps, or the mean of the middle two (``statistics.median``),
    taken on the timedeltas: twice as fast as converting every gap to days first.
    """
    gaps = sorted([b - a for a, b in zip(times, times[1:])])
    n = len(gaps)
    return (gaps[n // 2] + gaps[(n - 1) // 2]).total_seconds() / 172800


def radio_silence(obs: Observations, ctx: Context) -> Iterator[Hit]:
    """Active partners whose last contact is older than their limit."""
    s = ctx.settings
    end = ctx.end_of_today
    active = ctx.active_ids
    min_contacts = max(2, s.silence_min_interactions)
    for sid, times in obs.contact_dates.items():
        if sid not in active:
            continue
        count = bisect_left(times, end)  # contacts up to the end of today
        if count == 0:
            continue
        last = times[count - 1]
        silent = ctx.age(last)
        if silent <= s.silence_min_days:  # the limit is never below the minimum
            continue
        median: float | None = None
        limit = float(s.silence_min_days)
        if count >= min_contacts:
            median = median_gap_days(times[:count])
            limit = max(limit, s.silence_gap_factor * median)
        if silent <= limit:
            continue
        escalate_after = s.silence_escalate_factor * limit
        escalated = silent > escalate_after
        params: dict[str, Any] = {"days": silent, "last": _iso(_day(last)), "contacts": count,
                                  "limit": round(limit, 2)}
        if median is None:
            reasons = [Reason("radio_silence.few", params)]
        else:
            params["median"] = round(median, 2)
            key = "radio_silence.rhythm" if limit > s.silence_min_days else "radio_silence.minimum"
            reasons = [Reason(key, params)]
        if escalated:
            reasons.append(Reason("radio_silence.escalated", {"factor": s.silence_escalate_factor}))
        room = limit * (s.silence_escalate_factor - 1)
        grown = 1.0 if room <= 0 else min(1.0, (silent - limit) / room)
        points = _points(SILENCE_BASE + SILENCE_GROWTH * grown)
        yield Hit(
            signal=Signal.RADIO_SILENCE, ids=(sid,),
            action=Action.PERSONAL_CONVERSATION if escalated else Action.PHONE_CALL,
            points=points, reasons=tuple(reasons),
            score_parts=(Reason("score.radio_silence",
                                {"points": points, "days": silent, "limit": round(limit, 2)}),),
            evidence={"last_contact": last, "days_silent": silent, "contacts": count,
                      "median_gap_days": None if median is None else round(median, 2),
                      "limit_days": round(limit, 2), "escalate_after_days": round(escalate_after, 2),
                      "escalated": escalated},
            latest=_day(last))


# --------------------------------------------------------------------------- low_energy, diverging


@dataclass(frozen=True)
class EnergyDip:
    """How a relation's latest reading stands against the rules."""

    at: datetime
    energy: int
    low: bool
    dropped: bool
    drop: int
    peak: int | None
    peak_at: datetime | None
    readings: tuple[tuple[datetime, int], ...]


def energy_dip(readings: Sequence[tuple[datetime, int]], settings: SensingSettings,
               end: datetime) -> EnergyDip | None:
    """The dip shown by a relation's *readings* (newest last) up to *end*, or None.

    Low: the latest reading is ≤ ``low_energy_max``. Dropped: it is at least
    ``energy_drop`` below the highest of the up to ``energy_drop_window`` readings before it.
    """
    if not readings:
        return None
    shown = readings if readings[-1][0] < end else [r for r in readings if r[0] < end]
    if not shown:
        return None
    at, energy = shown[-1]
    window = max(settings.energy_drop_window, 0)
    before = shown[-1 - window:-1]
    low = energy <= settings.low_energy_max
    peak = max([e for _, e in before]) if before else None
    dropped = peak is not None and peak - energy >= settings.energy_drop
    if not (low or dropped):
        return None
    peak_at = max([t for t, e in before if e == peak]) if before else None
    return EnergyDip(at, energy, low, dropped, peak - energy if peak is not None else 0, peak,
                     peak_at, tuple(shown[-1 - window:]))


def _dip_points(dip: EnergyDip, settings: SensingSettings, less: float) -> tuple[float, str]:
    """Severity of a dip and which score part explains it ("" for the level, ".drop")."""
    level = LOW_BASE + LOW_STEP * (settings.low_energy_max - dip.energy) if dip.low else 0.0
    fall = DROP_BASE + DROP_STEP * (dip.drop - settings.energy_drop) if dip.dropped else 0.0
    if level >= fall:
        return _points(level - less), ""
    return _points(fall - less), ".drop"


def _energy_hit(signal: Signal, ids: tuple[str, ...], dip: EnergyDip, ctx: Context,
                relation: str, words: Mapping[str, str], less: float, alone: bool) -> Hit:
    name = signal.value
    severity, part = _dip_points(dip, ctx.settings, less)
    params = {**words, "energy": dip.energy, "label": ENERGY_LABELS.get(dip.energy, ""),
              "date": _iso(dip.at.date()), "series": ", ".join(str(e) for _, e in dip.readings)}
    if dip.dropped:
        params.update(peak=dip.peak, peak_date=_iso(dip.peak_at.date()) if dip.peak_at else "")
        reason = Reason(f"{name}.drop", params)
    else:
        reason = Reason(f"{name}.low", params)
    parts = [Reason(f"score.{name}{part}",
                    {"points": severity, "energy": dip.energy, "drop": dip.drop})]
    bonus, recency = ctx.recency(ctx.age(dip.at), READING_WINDOW_DAYS)
    if recency is not None:
        parts.append(recency)
    action = Action.BRING_TOGETHER if signal == Signal.DIVERGING else Action.PERSONAL_CONVERSATION
    return Hit(signal=signal, ids=ids, action=action, points=_points(severity + bonus),
               reasons=(reason,), score_parts=tuple(parts),
               evidence={"relation": relation,
                         "readings": [{"at": at, "energy": e} for at, e in dip.readings],
                         "latest": dip.energy, "latest_at": dip.at, "low": dip.low,
                         "dropped": dip.dropped, "peak": dip.peak, "peak_at": dip.peak_at,
                         "drop": dip.drop},
               latest=dip.at.date(), alone=alone, key=relation)


def energy(obs: Observations, ctx: Context) -> Iterator[Hit]:
    """``low_energy`` on the facilitator's relations, ``diverging`` between partners."""
    end = ctx.end_of_today
    facilitator = ctx.facilitator
    fac_name = ctx.names.get(facilitator or "", "")
    flaggable = ctx.flaggable_ids
    for rid, (a, b) in obs.relation_ends.items():
        readings = obs.latest_readings.get(rid)
        if not readings:
            continue
        if facilitator in (a, b):
            partner = b if a == facilitator else a
            if partner not in flaggable:
                continue
            dip = energy_dip(readings, ctx.settings, end)
            if dip is not None:
                yield _energy_hit(Signal.LOW_ENERGY, (partner,), dip, ctx, rid,
                                  {"facilitator": fac_name, "partner": ctx.names[partner]}, 0.0, False)
        else:
            if a not in flaggable or b not in flaggable:
                continue
            dip = energy_dip(readings, ctx.settings, end)
            if dip is not None:
                yield _energy_hit(Signal.DIVERGING, (a, b), dip, ctx, rid,
                                  {"a": ctx.names[a], "b": ctx.names[b]}, DIVERGING_LESS, True)


# --------------------------------------------------------------------------- doubt


def _in_window(ctx: Context, at: datetime, window: int) -> bool:
    return at < ctx.end_of_today and ctx.age(at) <= window


def answered(contact_times: Sequence[datetime], raised: datetime, end: datetime) -> bool:
    """Whether someone with these *contact_times* (oldest first) was spoken with after a
    remark they *raised*, before *end* (the end of the radar's day): a doubt so followed
    is no longer open. Also what a conversation prep calls an open doubt."""
    return bisect_right(contact_times, raised) < bisect_left(contact_times, end)


def doubt(obs: Observations, ctx: Context) -> Iterator[Hit]:
    """Doubts in the window with no contact with their author since."""
    window = ctx.settings.doubt_window_days
    end = ctx.end_of_today
    open_doubts: dict[str, list[Any]] = {}
    for remark in obs.remarks:
        if remark.kind != RemarkKind.DOUBT or not ctx.flaggable(remark.by):
            continue
        if not _in_window(ctx, remark.at, window):
            continue
        if answered(obs.contact_dates.get(remark.by, ()), remark.at, end):
            continue  # someone spoke with them after the doubt
        open_doubts.setdefault(remark.by, []).append(remark)
    for sid, remarks in open_doubts.items():
        remarks.sort(key=lambda r: r.at)
        latest = remarks[-1]
        age = ctx.age(latest.at)
        params = {"date": _iso(latest.at.date()), "days": age, "text": latest.text,
                  "theme": latest.theme, "count": len(remarks)}
        reason = Reason("doubt.one" if len(remarks) == 1 else "doubt.more", params)
        severity = _points(DOUBT_BASE + DOUBT_STEP * min(DOUBT_STEPS, len(remarks) - 1))
        parts = [Reason("score.doubt" if len(remarks) == 1 else "score.doubt.more",
                        {"points": severity, "count": len(remarks)})]
        bonus, recency = ctx.recency(age, window)
        if recency is not None:
            parts.append(recency)
        yield Hit(signal=Signal.DOUBT, ids=(sid,), action=Action.PERSONAL_CONVERSATION,
                  points=_points(severity + bonus), reasons=(reason,), score_parts=tuple(parts),
                  evidence={"remarks": [{"at": r.at, "text": r.text, "theme": r.theme,
                                         "interaction": r.interaction} for r in remarks]},
                  latest=latest.at.date())


# --------------------------------------------------------------------------- recurring_theme


def theme_key(theme: str) -> str:
    """A theme as compared: trimmed, inner white space collapsed, case folded, accents off."""
    decomposed = unicodedata.normalize("NFKD", " ".join(theme.split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def recurring_theme(obs: Observations, ctx: Context) -> Iterator[Hit]:
    """Themes raised by enough distinct partners in the window: one hit per theme."""
    window = ctx.settings.theme_window_days
    themes: dict[str, dict[str, list[Any]]] = {}
    for remark in obs.remarks:
        if not ctx.flaggable(remark.by) or not _in_window(ctx, remark.at, window):
            continue
        key = theme_key(remark.theme)
        if key:
            themes.setdefault(key, {}).setdefault(remark.by, []).append(remark)
    for key, raised in themes.items():
        if len(raised) < max(ctx.settings.theme_min_partners, 1):
            continue
        first = {sid: min(r.at for r in remarks) for sid, remarks in raised.items()}
        ids = tuple(sorted(raised, key=lambda sid: (first[sid], ctx.names[sid], sid)))
        remarks = sorted((r for rs in raised.values() for r in rs), key=lambda r: (r.at, r.by))
        spellings: dict[str, int] = {}
        for r in remarks:
            spelled = " ".join(r.theme.split())
            spellings[spelled] = spellings.get(spelled, 0) + 1
        theme = max(spellings, key=lambda t: spellings[t])  # the most used; ties: the first
        names = [ctx.names[sid] for sid in ids]
        severity = _points(min(THEME_MAX, THEME_BASE + THEME_STEP
                               * (len(ids) - max(ctx.settings.theme_min_partners, 1))))
        latest = remarks[-1].at
        parts = [Reason("score.recurring_theme", {"points": severity, "count": len(ids)})]
        bonus, recency = ctx.recency(ctx.age(latest), window)
        if recency is not None:
            parts.append(recency)
        yield Hit(signal=Signal.RECURRING_THEME, ids=ids, action=Action.ADJUST_COMMUNICATION,
                  points=_points(severity + bonus),
                  reasons=(Reason("recurring_theme", {"count": len(ids), "theme": theme,
                                                      "window": window, "names": ", ".join(names)}),),
                  score_parts=tuple(parts),
                  evidence={"theme": theme, "remarks": [{"by": r.by, "at": r.at, "kind": str(r.kind),
                                                         "text": r.text, "interaction": r.interaction}
                                                        for r in remarks]},
                  latest=latest.date(), alone=True, key=key)


# --------------------------------------------------------------------------- overdue_followup


def followup_people(followup: FollowupLike, obs: Observations, ctx: Context) -> tuple[str, ...] | None:
    """Whom an overdue follow-up flags; None when it stays off the radar (own way)."""
    if not takes_participants(followup, ctx.facilitator):
        return (followup.who,) if ctx.flaggable(followup.who) else None
    others = [sid for sid in dict.fromkeys(obs.participants.get(followup.interaction or "", ()))
              if sid != ctx.facilitator]
    people = tuple(sid for sid in others if ctx.flaggable(sid))
    if others and not people:
        return None
    return people


def overdue_followup(obs: Observations, ctx: Context) -> Iterator[Hit]:
    """Overdue follow-ups: per person, or per group of people."""
    by_people: dict[tuple[str, ...], list[FollowupLike]] = {}
    for followup in obs.followups:
        if not is_overdue(followup, ctx.today):
            continue
        people = followup_people(followup, obs, ctx)
        if people is None:
            continue
        by_people.setdefault(tuple(sorted(people)), []).append(followup)
    for people, followups in by_people.items():
        followups.sort(key=lambda f: (f.due, f.id))
        oldest = followups[0]
        assert oldest.due is not None
        days = ctx.age(oldest.due)
        params = {"what": oldest.what, "due": _iso(oldest.due), "days": days, "count": len(followups)}
        reasons = [Reason("overdue_followup.one" if len(followups) == 1 else "overdue_followup.more",
                          params)]
        if not people:
            reasons.append(Reason("overdue_followup.nobody", {}))
        points = _points(OVERDUE_BASE + min(OVERDUE_DAYS, days))
        yield Hit(signal=Signal.OVERDUE_FOLLOWUP, ids=people, action=Action.FOLLOW_UP,
                  points=points, reasons=tuple(reasons),
                  score_parts=(Reason("score.overdue_followup", {"points": points, "days": days}),),
                  evidence={"followups": [{"id": f.id, "what": f.what, "due": f.due,
                                           "days_overdue": ctx.age(f.due) if f.due else None,
                                           "who": f.who, "interaction": f.interaction}
                                          for f in followups]},
                  latest=max(f.due for f in followups if f.due is not None),
                  alone=len(people) != 1, key="|".join(people))


#: Every signal's function, in the order of ``Signal``.
SIGNALS = (radio_silence, energy, doubt, recurring_theme, overdue_followup)


__all__ = [
    "ACTION_STRENGTH", "Context", "answered", "EnergyDip", "Hit", "MORE_SIGNAL", "SIGNALS", "SIGNAL_ORDER",
    "context", "doubt", "energy", "energy_dip", "followup_people", "median_gap_days",
    "overdue_followup", "radio_silence", "recurring_theme", "theme_key",
]
