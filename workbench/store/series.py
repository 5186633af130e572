"""Column-shaped reads for the radar and the energy timeline: no per-row model objects.

``queries.interactions()`` and ``queries.readings()`` build a frozen dataclass per row
(and per participant, remark and follow-up); at 5,000 stakeholders and 100,000
interactions that alone exceeds the radar's whole budget of 1 s. The functions here
select only the columns a signal or a plot needs, with Core selects, grouped or windowed
in SQL where that cuts rows, and return plain tuples, dicts of tuples or numpy arrays.

How the rows come back: SQLAlchemy builds every statement and binds its parameters; the
large reads then fetch plain tuples straight from the DBAPI cursor (:func:`_driver_rows`),
without a ``Row`` object and type processing per row, transpose them into columns, and
pause the cyclic garbage collector while they do (:func:`_gc_paused`). Together these
took ``contact_dates`` from ~480 to ~220 ms of CPU time and ``readings_series`` (all) from
~290 to ~120 ms, with the same queries.

Representation of time:

- A ``DateTime`` column arrives as the driver gives it: ISO 8601 text on SQLite
  (``YYYY-MM-DD HH:MM:SS.ffffff``, SQLAlchemy's storage format), ``datetime`` objects from a
  driver with a native timestamp type (psycopg on PostgreSQL). :func:`_datetime64` turns
  either into ``datetime64[us]`` in one numpy call, several times faster than a
  ``datetime`` parsed per row; nothing here depends on SQLite.
- Series for plotting are ``numpy.datetime64[s]`` arrays: naive wall-clock times as in
  the workspace, to the second (a fraction is dropped). ``dates.astype("int64")`` (or
  ``float``) is seconds since 1970-01-01 00:00 of that same wall clock, what a pyqtgraph
  date axis takes.
- Everything else gives ``datetime`` to the microsecond (``date`` for follow-up due dates),
  like the model.

All queries are portable SQLAlchemy constructs (window functions need SQLite ≥ 3.25,
``NULLS LAST`` ≥ 3.30; PostgreSQL has both). Beside each function its bench figure
(bench/bench_reads.py: 5,000 stakeholders, 100,000 interactions, ~45,000 readings,
~184,000 participations; median wall time, CPU time in brackets, on 2 cores that other
work kept at a load average of ~7, so the wall times are inflated). Everything the
radar needs (``stakeholder_status``, ``relation_ends``, ``latest_readings``,
``contact_dates``, ``remarks_since``, ``open_followups``) together: 764 ms (372 ms), target
500 ms; ``queries.interactions`` alone took 3,389 ms (2,002 ms).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

import numpy as np
from sqlalchemy import false, func, select
from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.store.schema import TABLES

T = TABLES
#: Keys per ``IN (...)``: far below SQLite's bound-parameter limit (as in ``rows.CHUNK``).
CHUNK = 400
F = TypeVar("F", bound=Callable[..., Any])


class Series(NamedTuple):
    """One relation's readings as columns, oldest first (ties by reading id).

    ``at`` is ``datetime64[s]``, ``energy`` ``int8`` (1–5); both arrays are read-only.
    ``sources`` are the stored source names (``Source`` values as ``str``);
    ``interactions`` holds the interaction id a reading was sensed in, or None.
    """

    at: np.ndarray
    energy: np.ndarray
    ids: tuple[str, ...]
    sources: tuple[str, ...]
    interactions: tuple[str | None, ...]


class RemarkSeen(NamedTuple):
    """A remark with when it was raised (its interaction's time)."""

    by: str
    theme: str
    kind: str
    at: datetime
    interaction: str
    text: str


class OpenFollowup(NamedTuple):
    """A follow-up that is not done."""

    id: str
    what: str
    due: date | None
    who: str | None
    interaction: str


class Contact(NamedTuple):
    """An interaction someone took part in: when, which, how, and what it was about."""

    at: datetime
    interaction: str
    channel: str
    summary: str


class StakeholderColumns(NamedTuple):
    """Every stakeholder as parallel columns, by id."""

    ids: tuple[str, ...]
    kinds: tuple[str, ...]
    statuses: tuple[str, ...]
    names: tuple[str, ...]


def _gc_paused(fn: F) -> F:
    """Run *fn* with the cyclic garbage collector paused (as ``synthetic_dataset`` does).

    A large read allocates a tuple per row, and every few hundred allocations the collector
    walks the rows fetched so far, though none can be part of a cycle: a third of the
    cost of ``readings_series`` over 45,000 readings. Collection resumes afterwards.
    """
    @functools.wraps(fn)
    def paused(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused  # type: ignore[return-value]


def _datetime64(values: Sequence[Any]) -> np.ndarray:
    """``datetime64[us]`` from what the driver returned for a DateTime column.

    ISO 8601 text (SQLite) is parsed by numpy in one call; ``datetime`` objects (a driver
    with a native timestamp type) are converted as they are.
    """
    return np.array(values, dtype="datetime64[us]")


def _driver_rows(s: DbSession, stmt: Any) -> list[Any]:
    """The rows of the Core select *stmt* as the driver returns them: plain tuples.

    SQLAlchemy builds the SQL and binds the parameters; the rows are then fetched from the
    DBAPI cursor directly (``CursorResult.cursor``), skipping a ``Row`` per row and the
    type processing. That halves the cost of a 185,000-row read, and unpacking plain
    tuples is several times faster than unpacking ``Row`` objects. Only for columns whose
    raw values are what we want: text, integers, and DateTime (see :func:`_datetime64`).
    """
    result = s.execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _columns(rows: list[Any], width: int) -> list[list[Any]]:
    """*rows* transposed into *width* column lists.

    Not ``zip(*rows)``: its iterator per row wakes the cyclic garbage collector, which
    then walks every fetched row again and again (~10× slower at 185,000 rows).
    """
    return [[row[k] for row in rows] for k in range(width)]


def _frozen(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


def _runs(keys: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(key, start, end)`` of each run of equal neighbours in *keys* (rows ordered by key)."""
    n = len(keys)
    starts = [0] + [k for k in range(1, n) if keys[k] != keys[k - 1]]
    return [(keys[a], a, b) for a, b in zip(starts, starts[1:] + [n])]


@_gc_paused
def readings_series(s: DbSession, relation_ids: Iterable[str] | None = None) -> dict[str, Series]:
    """Per relation id, its readings as a :class:`Series`: what the timeline plots.

    All relations, or those among *relation_ids* (unknown ids are ignored). A relation
    without readings is absent. Keys in relation id order. One query per 400 ids; the
    arrays of all relations are views of one array per column.

    Bench: all ~45,000 readings 227 ms (122 ms), ``queries.readings`` 662 ms (378 ms);
    200 relations × 500 readings 353 ms (202 ms), ``queries.readings`` 1,130 ms (779 ms);
    200 relations of the synthetic workspace (~600 readings) 2 ms.
    """
    r = T["readings"]
    stmt = (select(r.c.relation_id, r.c.at, r.c.energy, r.c.id, r.c.source, r.c.interaction_id)
            .order_by(r.c.relation_id, r.c.at, r.c.id))
    if relation_ids is None:
        rows = _driver_rows(s, stmt)
    else:
        wanted = sorted(set(relation_ids))
        rows = []
        for i in range(0, len(wanted), CHUNK):
            rows += _driver_rows(s, stmt.where(r.c.relation_id.in_(wanted[i:i + CHUNK])))
    if not rows:
        return {}
    relations, ats, energies, ids, sources, interactions = _columns(rows, 6)
    at = _frozen(_datetime64(ats).astype("datetime64[s]"))
    energy = _frozen(np.array(energies, dtype=np.int8))
    return {rid: Series(at[a:b], energy[a:b], tuple(ids[a:b]), tuple(sources[a:b]),
                        tuple(interactions[a:b]))
            for rid, a, b in _runs(relations)}


@_gc_paused
def latest_readings(s: DbSession, last: int = 4) -> dict[str, tuple[tuple[datetime, int], ...]]:
    """Per relation id, its latest *last* readings as ``(at, energy)``, newest last.

    What ``low_energy`` and ``diverging`` look at: the latest reading and the (up to) three
    before it. Readings at the same moment are ordered by id. Relations without readings
    are absent; keys in relation id order. Cut in SQL with
    ``ROW_NUMBER() OVER (PARTITION BY relation_id ORDER BY at DESC, id DESC)``.

    Bench: ``last=4`` over ~45,000 readings 245 ms (124 ms), of which the window query
    is about 75 ms in SQLite (the synthetic relations have 1–5 readings, so the cut
    saves little there; it pays with long histories).
    """
    if last < 1:
        raise ValueError(f"last must be at least 1, not {last}")
    r = T["readings"]
    recency = func.row_number().over(partition_by=r.c.relation_id,
                                     order_by=(r.c.at.desc(), r.c.id.desc())).label("recency")
    ranked = select(r.c.relation_id, r.c.at, r.c.energy, recency).subquery()
    stmt = (select(ranked.c.relation_id, ranked.c.at, ranked.c.energy)
            .where(ranked.c.recency <= last)
            .order_by(ranked.c.relation_id, ranked.c.recency.desc()))
    rows = _driver_rows(s, stmt)
    if not rows:
        return {}
    relations, ats, energies = _columns(rows, 3)
    pairs = list(zip(_datetime64(ats).tolist(), energies))
    return {rid: tuple(pairs[a:b]) for rid, a, b in _runs(relations)}


def relation_ends(s: DbSession) -> dict[str, tuple[str, str]]:
    """Per relation id (in id order), its ends ``(a, b)`` as stored (``a < b``).

    Bench: 15,000 relations 32 ms (16 ms).
    """
    r = T["relations"]
    rows = _driver_rows(s, select(r.c.id, r.c.a, r.c.b).order_by(r.c.id))
    return {rid: (a, b) for rid, a, b in rows}


@_gc_paused
def contact_dates(s: DbSession) -> dict[str, tuple[datetime, ...]]:
    """Per stakeholder id (in id order), the times of the interactions they took part in.

    Oldest first, one entry per interaction (equal times repeat). What ``radio_silence``
    needs (the last contact and the median gap) and ``doubt`` (a contact after the
    remark). Stakeholders without interactions are absent. One query over
    interaction_participants ⋈ interactions, ordered by time so that SQLite walks the
    ``at`` index; grouping by stakeholder in SQL (even ``aggregate_strings``) made SQLite
    seek through the participants in random order, several times slower. The grouping
    happens here.

    Bench: ~184,000 participations 435 ms (218 ms), about two thirds of it the driver
    fetching the rows.
    """
    i, p = T["interactions"], T["interaction_participants"]
    stmt = (select(p.c.stakeholder_id, i.c.at)
            .join(p, p.c.interaction_id == i.c.id)
            .order_by(i.c.at))
    rows = _driver_rows(s, stmt)
    if not rows:
        return {}
    people, ats = _columns(rows, 2)
    grouped: dict[str, list[datetime]] = {}
    for sid, at in zip(people, _datetime64(ats).tolist()):
        found = grouped.get(sid)
        if found is None:
            grouped[sid] = [at]
        else:
            found.append(at)
    return {sid: tuple(grouped[sid]) for sid in sorted(grouped)}


def remarks_since(s: DbSession, since: date,
                  kinds: Iterable[str] | None = None) -> tuple[RemarkSeen, ...]:
    """Remarks raised in interactions at or after *since* (a date means its midnight).

    Optionally only those of *kinds* (``RemarkKind`` values). Ordered by the interaction's
    time, then interaction id, then the remark's position. For ``doubt`` (kind doubt, then
    compare with :func:`contact_dates`) and ``recurring_theme`` (distinct ``by`` per theme).

    Bench: the last 30 days of the synthetic workspace (642 remarks) 6 ms (3 ms).
    """
    m, i = T["remarks"], T["interactions"]
    stmt = (select(m.c.by_id, m.c.theme, m.c.kind, i.c.at, m.c.interaction_id, m.c.text)
            .join(i, i.c.id == m.c.interaction_id)
            .where(i.c.at >= since)
            .order_by(i.c.at, m.c.interaction_id, m.c.position, m.c.id))
    if kinds is not None:
        stmt = stmt.where(m.c.kind.in_([str(k) for k in kinds]))
    return tuple(RemarkSeen(*row) for row in s.execute(stmt))


@_gc_paused
def contacts_of(s: DbSession, stakeholder_ids: Iterable[str]) -> dict[str, tuple[Contact, ...]]:
    """Per stakeholder among *stakeholder_ids*, the interactions they took part in, oldest
    first (ties by interaction id): what a conversation prep needs (their rhythm, their last
    contacts with channel and summary). Those without interactions are absent; unknown ids
    are ignored. One query per 400 ids over the participants' stakeholder index.

    Bench (bench/bench_prep.py): the 200 busiest of the synthetic workspace, ~14,000
    contacts, ~150 ms (SQLite's own time, at a load average of 6: an index seek per
    participation and per interaction; the summaries' text is about a quarter of it).
    """
    i, p = T["interactions"], T["interaction_participants"]
    stmt = (select(p.c.stakeholder_id, i.c.at, i.c.id, i.c.channel, i.c.summary)
            .join(p, p.c.interaction_id == i.c.id)
            .order_by(i.c.at, i.c.id))
    wanted = sorted(set(stakeholder_ids))
    rows: list[Any] = []
    for k in range(0, len(wanted), CHUNK):
        rows += _driver_rows(s, stmt.where(p.c.stakeholder_id.in_(wanted[k:k + CHUNK])))
    if not rows:
        return {}
    people, ats, iids, channels, summaries = _columns(rows, 5)
    grouped: dict[str, list[Contact]] = {}
    for sid, at, iid, channel, summary in zip(people, _datetime64(ats).tolist(), iids, channels, summaries):
        grouped.setdefault(sid, []).append(Contact(at, iid, channel, summary or ""))
    return {sid: tuple(grouped[sid]) for sid in sorted(grouped)}  # each id's rows come from one query


def remarks_by(s: DbSession, stakeholder_ids: Iterable[str]) -> tuple[RemarkSeen, ...]:
    """Every remark raised by any of *stakeholder_ids*, whenever, ordered as
    :func:`remarks_since` orders them (the interaction's time, its id, the position)."""
    m, i = T["remarks"], T["interactions"]
    stmt = (select(m.c.by_id, m.c.theme, m.c.kind, i.c.at, m.c.interaction_id, m.c.text)
            .join(i, i.c.id == m.c.interaction_id)
            .order_by(i.c.at, m.c.interaction_id, m.c.position, m.c.id))
    wanted = sorted(set(stakeholder_ids))
    found: list[RemarkSeen] = []
    for k in range(0, len(wanted), CHUNK):
        found += [RemarkSeen(*row) for row in s.execute(stmt.where(m.c.by_id.in_(wanted[k:k + CHUNK])))]
    if len(wanted) > CHUNK:
        found.sort(key=lambda r: (r.at, r.interaction))
    return tuple(found)


def open_followups(s: DbSession) -> tuple[OpenFollowup, ...]:
    """Follow-ups not done, by due date (those without one last), then id.

    For ``overdue_followup`` (due before today) and the prep cards.

    Bench: 942 open of ~8,000 follow-ups 7 ms (3 ms).
    """
    f = T["followups"]
    stmt = (select(f.c.id, f.c.what, f.c.due, f.c.who_id, f.c.interaction_id)
            .where(f.c.done.is_(false()))
            .order_by(f.c.due.asc().nulls_last(), f.c.id))
    return tuple(OpenFollowup(*row) for row in s.execute(stmt))


def stakeholder_status(s: DbSession, ids: Sequence[str] | None = None) -> StakeholderColumns:
    """Every stakeholder's (or these *ids*') id, kind, status and name as parallel columns,
    by id (unknown ids are left out).

    ``kinds`` and ``statuses`` are the stored ``StakeholderKind`` / ``Status`` values as
    ``str``. The facilitator is the one with kind ``facilitator``.

    Bench: 5,000 stakeholders 4 ms (4 ms).
    """
    t = T["stakeholders"]
    stmt = select(t.c.id, t.c.kind, t.c.status, t.c.name)
    if ids is None:
        rows = _driver_rows(s, stmt.order_by(t.c.id))
    else:
        wanted, rows = sorted(set(ids)), []
        for i in range(0, len(wanted), CHUNK):  # chunks of sorted ids, each by id: all by id
            rows += _driver_rows(s, stmt.where(t.c.id.in_(wanted[i:i + CHUNK])).order_by(t.c.id))
    return StakeholderColumns(*(tuple(c) for c in _columns(rows, 4)))


__all__ = [
    "Contact",
    "OpenFollowup",
    "RemarkSeen",
    "Series",
    "StakeholderColumns",
    "contact_dates",
    "contacts_of",
    "latest_readings",
    "open_followups",
    "readings_series",
    "relation_ends",
    "remarks_by",
    "remarks_since",
    "stakeholder_status",
]
