"""Checks a whole dataset before anything is written: ids unique, references resolve,
one facilitator at most, one relation per pair, energies 1–5, positions finite, sensing
settings within the ranges the workspace accepts. Values are quoted in messages cut short
(``quoted``)."""

from __future__ import annotations

import math
from collections import Counter
from typing import AbstractSet, Callable, Iterable, Mapping

from workbench.interchange.errors import InterchangeError
from workbench.model import Dataset, SensingSettings, StakeholderKind

#: The sensing settings' allowed ranges (the workspace schema's checks, plus sane maxima).
SETTING_RANGES: Mapping[str, tuple[float, float]] = {
    "silence_min_days": (1, 3650),
    "silence_gap_factor": (0.01, 100),
    "silence_min_interactions": (2, 1000),
    "silence_escalate_factor": (1, 100),
    "low_energy_max": (1, 5),
    "energy_drop": (1, 4),
    "energy_drop_window": (1, 1000),
    "doubt_window_days": (1, 3650),
    "theme_min_partners": (2, 1000),
    "theme_window_days": (1, 3650),
}


#: An error message quotes at most this many characters of a value from the file.
QUOTE = 80


def quoted(value: object, limit: int = QUOTE) -> str:
    """*value* as ``repr`` quotes it, cut to *limit* characters with … : a message must
    stay one readable line, whatever the file holds (an id, a date, a kind of 40 kB)."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 2] + "…" + text[-1]


def _duplicates(ids: Iterable[str]) -> list[str]:
    return [i for i, n in Counter(ids).items() if n > 1]


def validate(d: Dataset, source: str, existing: AbstractSet[str] = frozenset()) -> None:
    """Raise ``InterchangeError`` for the first rule *d* breaks.

    A relation may also end at one of the *existing* stakeholder ids (of the workspace,
    after its references were resolved).
    """

    def fail(where: str, message: str) -> None:
        raise InterchangeError(source, where, message)

    for label, items in (("groups", d.groups), ("stakeholders", d.stakeholders),
                         ("relations", d.relations), ("interactions", d.interactions),
                         ("sessions", d.sessions), ("readings", d.readings)):
        dup = _duplicates(i.id for i in items)
        if dup:
            fail(label, f"id {quoted(dup[0])} is used more than once")
    if d.settings is not None:
        _check_settings(d.settings, fail)
    groups = {g.id for g in d.groups}
    people = {s.id for s in d.stakeholders}
    for s in d.stakeholders:
        for axis in (s.x, s.y):
            if axis is not None and not math.isfinite(axis):
                fail(f"stakeholder {quoted(s.id)}", f"position {axis} is not a finite number")
    known = people | existing | {ref.id for ref in d.references if not ref.defined}
    facilitators = [s.id for s in d.stakeholders if s.kind == StakeholderKind.FACILITATOR]
    if len(facilitators) > 1:
        fail("stakeholders", f"{len(facilitators)} facilitators ({', '.join(facilitators[:3])}); "
                             "a workspace has exactly one")
    for s in d.stakeholders:
        for g in s.groups:
            if g not in groups:
                fail(f"stakeholder {quoted(s.id)}", f"group {quoted(g)} does not exist")
    pairs: dict[frozenset[str], str] = {}
    relations = set()
    for r in d.relations:
        for end in (r.a, r.b):
            if end not in known:
                fail(f"relation {quoted(r.id)}", f"stakeholder {quoted(end)} does not exist")
        if r.a == r.b:
            fail(f"relation {quoted(r.id)}", f"connects {quoted(r.a)} with itself")
        pair = frozenset((r.a, r.b))
        if pair in pairs:
            fail(f"relation {quoted(r.id)}", f"{quoted(r.a)} and {quoted(r.b)} are already connected by {quoted(pairs[pair])}")
        pairs[pair] = r.id
        relations.add(r.id)
    interactions = {i.id for i in d.interactions}
    for reading in d.readings:
        if reading.relation not in relations:
            fail(f"reading {quoted(reading.id)}", f"relation {quoted(reading.relation)} does not exist")
        if not 1 <= reading.energy <= 5:
            fail(f"reading {quoted(reading.id)}", f"energy {reading.energy} is not between 1 and 5")
        if reading.interaction is not None and reading.interaction not in interactions:
            fail(f"reading {quoted(reading.id)}", f"interaction {quoted(reading.interaction)} does not exist")
    for i in d.interactions:
        for who in i.with_:
            if who not in people:
                fail(f"interaction {quoted(i.id)}", f"stakeholder {quoted(who)} does not exist")
        for r in i.remarks:
            if r.by not in people:
                fail(f"interaction {quoted(i.id)}", f"remark by {quoted(r.by)}: stakeholder does not exist")
        for f in i.followups:
            if f.who is not None and f.who not in people:
                fail(f"interaction {quoted(i.id)}", f"follow-up for {quoted(f.who)}: stakeholder does not exist")
    for s in d.sessions:
        for who in s.attendees:
            if who not in people:
                fail(f"session {quoted(s.id)}", f"attendee {quoted(who)} does not exist")


def _check_settings(settings: SensingSettings, fail: Callable[[str, str], None]) -> None:
    for name, (low, high) in SETTING_RANGES.items():
        value = getattr(settings, name)
        if not low <= value <= high:  # NaN fails too
            fail(f"settings.{name}", f"expected {low:g} to {high:g}, got {quoted(value)}")
