"""Read queries: take a session, return model values (Core selects, no ORM objects out)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, Iterable, Sequence

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.model import (
    Dataset,
    Group,
    Interaction,
    Reading,
    Relation,
    SensingSettings,
    Session,
    Stakeholder,
    WorkspaceInfo,
)
from workbench.model.marks import RadarMarks
from workbench.store import rows as R
from workbench.store.schema import TABLES

T = TABLES


def _maps(s: DbSession, stmt: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in s.execute(stmt)]


def _grouped(s: DbSession, table: str, key: str, value: str, keys: Sequence[str] | None,
             order: str | None = None) -> dict[str, list[str]]:
    t = T[table]
    stmt = select(t.c[key], t.c[value])
    if order:
        stmt = stmt.order_by(t.c[key], t.c[order])
    out: dict[str, list[str]] = defaultdict(list)
    rows = s.execute(stmt) if keys is None else (
        r for i in range(0, len(keys), R.CHUNK)
        for r in s.execute(stmt.where(t.c[key].in_(keys[i:i + R.CHUNK]))))
    for k, v in rows:
        out[k].append(v)
    return out


def workspace_info(s: DbSession) -> WorkspaceInfo:
    """The signature and phase."""
    row = s.execute(select(T["workspace"])).mappings().one()
    return R.to_workspace(row)


def sensing_settings(s: DbSession) -> SensingSettings:
    """The sensing thresholds."""
    return R.to_settings(s.execute(select(T["sensing_settings"])).mappings().one())


def groups(s: DbSession) -> list[Group]:
    """All groups, by name."""
    return [R.to_group(r) for r in _maps(s, select(T["groups"]).order_by(T["groups"].c.name))]


def stakeholders(s: DbSession, ids: Sequence[str] | None = None) -> list[Stakeholder]:
    """Stakeholders (all, or those with *ids*), each with their groups."""
    t = T["stakeholders"]
    if ids is None:
        found = _maps(s, select(t).order_by(t.c.name))
    else:
        found = R._select_in(s, t, "id", list(ids))
    members = _grouped(s, "group_members", "stakeholder_id", "group_id",
                       None if ids is None else [r["id"] for r in found])
    return [R.to_stakeholder(r, sorted(members.get(r["id"], ()))) for r in found]


def stakeholder(s: DbSession, stakeholder_id: str) -> Stakeholder | None:
    """One stakeholder, or None."""
    found = stakeholders(s, [stakeholder_id])
    return found[0] if found else None


def facilitator_id(s: DbSession) -> str | None:
    """The id of the workspace's facilitator."""
    t = T["stakeholders"]
    return s.execute(select(t.c.id).where(t.c.kind == "facilitator")).scalar()


def relations(s: DbSession, ids: Sequence[str] | None = None,
              stakeholder_ids: Sequence[str] | None = None) -> list[Relation]:
    """Relations: all, by id, or those touching any of *stakeholder_ids*."""
    t = T["relations"]
    if ids is not None:
        return [R.to_relation(r) for r in R._select_in(s, t, "id", list(ids))]
    stmt = select(t).order_by(t.c.id)
    if stakeholder_ids is not None:
        stmt = stmt.where(or_(t.c.a.in_(stakeholder_ids), t.c.b.in_(stakeholder_ids)))
    return [R.to_relation(r) for r in _maps(s, stmt)]


def relation_between(s: DbSession, a: str, b: str) -> Relation | None:
    """The relation between two stakeholders, if any."""
    t = T["relations"]
    lo, hi = sorted((a, b))
    row = s.execute(select(t).where(t.c.a == lo, t.c.b == hi)).mappings().first()
    return R.to_relation(row) if row else None


def readings(s: DbSession, relation_ids: Sequence[str] | None = None) -> list[Reading]:
    """Readings, oldest first (all, or of these relations)."""
    t = T["readings"]
    stmt = select(t).order_by(t.c.relation_id, t.c.at, t.c.id)
    if relation_ids is None:
        return [R.to_reading(r) for r in _maps(s, stmt)]
    out: list[Reading] = []
    ids = list(relation_ids)
    for i in range(0, len(ids), R.CHUNK):
        out += [R.to_reading(r) for r in _maps(s, stmt.where(t.c.relation_id.in_(ids[i:i + R.CHUNK])))]
    return out


def relation_kinds(s: DbSession) -> list[str]:
    """The kinds of relation in use, most used first."""
    t = T["relations"]
    stmt = (select(t.c.kind, func.count().label("n")).where(t.c.kind != "")
            .group_by(t.c.kind).order_by(func.count().desc(), t.c.kind))
    return [kind for kind, _n in s.execute(stmt)]


def relation_energy(s: DbSession, relation_ids: Sequence[str] | None = None) -> dict[str, tuple[int, int]]:
    """Per relation with readings (all, or these): (latest energy, number of readings)."""
    t = T["readings"]
    if relation_ids is not None:
        out: dict[str, tuple[int, int]] = {}
        ids = list(relation_ids)
        for i in range(0, len(ids), R.CHUNK):
            out.update(_relation_energy(s, t.c.relation_id.in_(ids[i:i + R.CHUNK])))
        return out
    return _relation_energy(s, None)


def _relation_energy(s: DbSession, where: Any) -> dict[str, tuple[int, int]]:
    t = T["readings"]
    grouped = select(t.c.relation_id, func.count().label("n"), func.max(t.c.at).label("last"))
    if where is not None:
        grouped = grouped.where(where)
    counts = grouped.group_by(t.c.relation_id).subquery()
    stmt = (select(t.c.relation_id, t.c.energy, counts.c.n)
            .join(counts, (t.c.relation_id == counts.c.relation_id) & (t.c.at == counts.c.last))
            .order_by(t.c.relation_id, t.c.id))
    return {rid: (energy, n) for rid, energy, n in s.execute(stmt)}


def interactions(s: DbSession, ids: Sequence[str] | None = None,
                 stakeholder_id: str | None = None) -> list[Interaction]:
    """Interactions, oldest first: all, by id, or those a stakeholder took part in."""
    t = T["interactions"]
    if ids is not None:
        found = R._select_in(s, t, "id", list(ids))
    else:
        stmt = select(t)
        if stakeholder_id is not None:
            p = T["interaction_participants"]
            stmt = stmt.where(t.c.id.in_(select(p.c.interaction_id)
                                         .where(p.c.stakeholder_id == stakeholder_id)))
        found = _maps(s, stmt)
    found.sort(key=lambda r: (r["at"], r["id"]))
    keys = None if ids is None and stakeholder_id is None else [r["id"] for r in found]
    with_ = _grouped(s, "interaction_participants", "interaction_id", "stakeholder_id", keys)
    remarks: dict[str, list[dict[str, Any]]] = defaultdict(list)
    followups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name, target in (("remarks", remarks), ("followups", followups)):
        table = T[name]
        rows = (_maps(s, select(table)) if keys is None
                else R._select_in(s, table, "interaction_id", keys))
        for r in rows:
            target[r["interaction_id"]].append(r)
    return [R.to_interaction(r, sorted(with_.get(r["id"], ())), remarks[r["id"]], followups[r["id"]])
            for r in found]


def sessions(s: DbSession, ids: Sequence[str] | None = None) -> list[Session]:
    """Sessions by date."""
    t = T["sessions"]
    found = _maps(s, select(t)) if ids is None else R._select_in(s, t, "id", list(ids))
    found.sort(key=lambda r: (r["at"], r["id"]))
    attendees = _grouped(s, "session_attendees", "session_id", "stakeholder_id",
                         None if ids is None else [r["id"] for r in found], order="position")
    return [R.to_session(r, attendees.get(r["id"], ())) for r in found]


def counts(s: DbSession) -> dict[str, int]:
    """Row counts per table."""
    return {name: s.execute(select(func.count()).select_from(t)).scalar_one()
            for name, t in TABLES.items()}


def dataset(s: DbSession) -> Dataset:
    """The whole workspace as values."""
    return Dataset(
        workspace=workspace_info(s), settings=sensing_settings(s), groups=tuple(groups(s)),
        stakeholders=tuple(stakeholders(s)), relations=tuple(relations(s)),
        readings=tuple(readings(s)), interactions=tuple(interactions(s)),
        sessions=tuple(sessions(s)),
    )


def rows_of_dataset(d: Dataset) -> list[R.Row]:
    """Every row a dataset decomposes into (for writing it)."""
    out: list[R.Row] = [] if d.workspace is None else R.workspace_rows(d.workspace)
    if d.settings is not None:
        out += R.settings_rows(d.settings)
    for items, fn in ((d.groups, R.group_rows), (d.stakeholders, R.stakeholder_rows),
                      (d.relations, R.relation_rows), (d.interactions, R.interaction_rows),
                      (d.readings, R.reading_rows), (d.sessions, R.session_rows)):
        for item in items:
            out += fn(item)  # type: ignore[operator]
    return out


def existing_rows(s: DbSession, rows: Iterable[R.Row]) -> list[R.Row]:
    """The current rows that *rows* would replace: same keys, with their dependents.

    Entities are replaced whole (a re-imported stakeholder's memberships are those of the
    file), so the children of every top-level row are captured too.
    """
    keys: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for table, row in rows:
        keys[table].append(R.key_of(table, row))
    found: dict[tuple[str, tuple[Any, ...]], dict[str, Any]] = {}
    owned = {"stakeholders": [("group_members", "stakeholder_id")],
             "interactions": [("interaction_participants", "interaction_id"),
                              ("remarks", "interaction_id"), ("followups", "interaction_id")],
             "sessions": [("session_attendees", "session_id")]}
    for table, wanted in keys.items():
        # Read the table's keys once and fetch only the rows that exist: an import into a
        # fresh or small workspace then costs one query instead of thousands of lookups.
        present = _present(s, table, wanted)
        if not present:
            continue
        for t, r in R.capture(s, table, present):
            found[(t, R.key_of(t, r))] = r
        for child, column in owned.get(table, ()):
            for r in R._select_in(s, T[child], column, [k[0] for k in present]):
                found[(child, R.key_of(child, r))] = r
    return [(t, r) for (t, _k), r in found.items()]


def _present(s: DbSession, table: str, wanted: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Those of *wanted* keys that exist in *table*."""
    columns = list(T[table].primary_key.columns)
    existing = {tuple(r) for r in s.execute(select(*columns))}
    return [k for k in wanted if k in existing]


# --------------------------------------------------------------------------- drafts

def draft(s: DbSession, key: str) -> dict[str, Any] | None:
    """The draft saved under *key*, if any."""
    t = T["drafts"]
    return s.execute(select(t.c.data).where(t.c.key == key)).scalar_one_or_none()


def draft_keys(s: DbSession) -> list[str]:
    """The keys of every saved draft, oldest first."""
    t = T["drafts"]
    return list(s.execute(select(t.c.key).order_by(t.c.saved_at, t.c.key)).scalars())


def save_draft(s: DbSession, key: str, data: dict[str, Any], at: datetime) -> None:
    """Keep *data* under *key* (replacing what was there)."""
    t = T["drafts"]
    s.execute(delete(t).where(t.c.key == key))
    s.execute(insert(t).values(key=key, data=data, saved_at=at))


def discard_draft(s: DbSession, key: str) -> None:
    """Forget the draft under *key*."""
    t = T["drafts"]
    s.execute(delete(t).where(t.c.key == key))


# --------------------------------------------------------------------------- radar marks

def radar_marks(s: DbSession) -> RadarMarks:
    """Every snoozed and dismissed radar finding (``sensing.marks``), by key."""
    snoozes, dismissals = T["radar_snoozes"], T["radar_dismissals"]
    return RadarMarks(
        snoozed={key: until for key, until in s.execute(select(snoozes.c.id, snoozes.c.until))},
        dismissed={key: frozenset(evidence or ()) for key, evidence
                   in s.execute(select(dismissals.c.id, dismissals.c.evidence))},
    )
