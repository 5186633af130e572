"""Model values ⇄ table rows, and the one generic way edits reach the database.

An edit is a pair of row sets, *before* and *after* (each row is ``(table, values)``
with plain values only). ``apply(session, before, after)`` makes the database go from
one to the other: rows only in *before* are deleted, rows only in *after* inserted, the
rest updated where they differ. Undo is ``apply(session, after, before)``: deleted rows
come back with the same ids. ``capture`` reads the rows an edit will replace;
``deletion`` follows foreign keys so that a delete's cascade is captured too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Table, and_, bindparam, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session as DbSession

from workbench.model import (
    Channel,
    Followup,
    Group,
    Interaction,
    Phase,
    Reading,
    Relation,
    Remark,
    RemarkKind,
    SensingSettings,
    Session,
    Source,
    Stakeholder,
    StakeholderKind,
    Status,
    WorkspaceInfo,
)
from workbench.store.schema import TABLES, Base

Row = tuple[str, dict[str, Any]]
#: Tables in dependency order (parents first).
ORDER: dict[str, int] = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
CHUNK = 400  # keys per IN (...) query, well below SQLite's variable limit


#: Primary key column names per table.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    name: tuple(c.name for c in t.primary_key.columns) for name, t in TABLES.items()}


def key_of(table: str, values: Mapping[str, Any]) -> tuple[Any, ...]:
    """The primary key of a row."""
    return tuple(values[c] for c in PRIMARY_KEYS[table])


# --------------------------------------------------------------------------- to rows

def stakeholder_rows(v: Stakeholder) -> list[Row]:
    """A stakeholder's row and its group memberships."""
    row = dict(vars(v))  # shallow: asdict's deep copies cost a third of a 5,000-row import
    groups = row.pop("groups")
    row["kind"] = v.kind.value
    row["status"] = v.status.value
    row["tags"] = list(v.tags)
    row["fields"] = dict(v.fields)
    return [("stakeholders", row)] + [
        ("group_members", {"group_id": g, "stakeholder_id": v.id}) for g in dict.fromkeys(groups)
    ]


def relation_rows(v: Relation) -> list[Row]:
    """A relation's row, its pair stored in order."""
    a, b = sorted((v.a, v.b))
    return [("relations", {"id": v.id, "a": a, "b": b, "kind": v.kind, "note": v.note,
                           "fields": dict(v.fields)})]


def reading_rows(v: Reading) -> list[Row]:
    """A reading's row."""
    return [("readings", {"id": v.id, "relation_id": v.relation, "at": v.at, "energy": v.energy,
                          "source": v.source.value, "note": v.note,
                          "interaction_id": v.interaction})]


def interaction_rows(v: Interaction) -> list[Row]:
    """An interaction with its participants, remarks and follow-ups."""
    rows: list[Row] = [("interactions", {"id": v.id, "at": v.at, "channel": v.channel.value,
                                         "summary": v.summary})]
    rows += [("interaction_participants", {"interaction_id": v.id, "stakeholder_id": s})
             for s in dict.fromkeys(v.with_)]
    rows += [("remarks", {"id": r.id, "interaction_id": v.id, "by_id": r.by, "position": i,
                          "theme": r.theme, "kind": r.kind.value, "text": r.text})
             for i, r in enumerate(v.remarks)]
    rows += [("followups", {"id": f.id, "interaction_id": v.id, "position": i, "what": f.what,
                            "due": f.due, "done": f.done, "who_id": f.who})
             for i, f in enumerate(v.followups)]
    return rows


def session_rows(v: Session) -> list[Row]:
    """A session with its attendees in order."""
    return [("sessions", {"id": v.id, "title": v.title, "at": v.at, "place": v.place,
                          "goal": v.goal, "agenda": list(v.agenda)})] + [
        ("session_attendees", {"session_id": v.id, "stakeholder_id": s, "position": i})
        for i, s in enumerate(dict.fromkeys(v.attendees))
    ]


def group_rows(v: Group) -> list[Row]:
    """A group's row (memberships belong to stakeholders)."""
    return [("groups", asdict(v))]


def workspace_rows(v: WorkspaceInfo) -> list[Row]:
    """The signature row."""
    row = asdict(v)
    row["phase"] = v.phase.value
    return [("workspace", {"id": 1, **row})]


def settings_rows(v: SensingSettings) -> list[Row]:
    """The sensing settings row."""
    return [("sensing_settings", {"id": 1, **asdict(v)})]


# ------------------------------------------------------------------------- from rows

def to_stakeholder(row: Mapping[str, Any], groups: Sequence[str] = ()) -> Stakeholder:
    """A stakeholder value from its row."""
    values = dict(row)
    values["kind"] = StakeholderKind(values["kind"])
    values["status"] = Status(values["status"])
    values["tags"] = tuple(values["tags"] or ())
    values["fields"] = dict(values["fields"] or {})
    values["pinned"] = bool(values["pinned"])
    return Stakeholder(**values, groups=tuple(groups))


def to_relation(row: Mapping[str, Any]) -> Relation:
    """A relation value from its row."""
    return Relation(id=row["id"], a=row["a"], b=row["b"], kind=row["kind"], note=row["note"],
                    fields=dict(row["fields"] or {}))


def to_reading(row: Mapping[str, Any]) -> Reading:
    """A reading value from its row."""
    return Reading(id=row["id"], relation=row["relation_id"], at=row["at"], energy=row["energy"],
                   source=Source(row["source"]), note=row["note"],
                   interaction=row["interaction_id"])


def to_interaction(row: Mapping[str, Any], with_: Sequence[str], remarks: Sequence[Mapping[str, Any]],
                   followups: Sequence[Mapping[str, Any]]) -> Interaction:
    """An interaction value from its rows."""
    return Interaction(
        id=row["id"], at=row["at"], channel=Channel(row["channel"]), with_=tuple(with_),
        summary=row["summary"],
        remarks=tuple(Remark(id=r["id"], by=r["by_id"], text=r["text"], theme=r["theme"],
                             kind=RemarkKind(r["kind"]))
                      for r in sorted(remarks, key=lambda r: r["position"])),
        followups=tuple(Followup(id=f["id"], what=f["what"], due=f["due"], done=bool(f["done"]),
                                 who=f["who_id"])
                        for f in sorted(followups, key=lambda f: f["position"])),
    )


def to_session(row: Mapping[str, Any], attendees: Sequence[str]) -> Session:
    """A session value from its rows."""
    return Session(id=row["id"], title=row["title"], at=row["at"], place=row["place"],
                   goal=row["goal"], attendees=tuple(attendees), agenda=tuple(row["agenda"] or ()))


def to_group(row: Mapping[str, Any]) -> Group:
    """A group value from its row."""
    return Group(id=row["id"], name=row["name"], color=row["color"],
                 show_region=bool(row["show_region"]))


def to_workspace(row: Mapping[str, Any]) -> WorkspaceInfo:
    """The signature from its row."""
    values = {k: v for k, v in row.items() if k != "id"}
    values["phase"] = Phase(values["phase"])
    return WorkspaceInfo(**values)


def to_settings(row: Mapping[str, Any]) -> SensingSettings:
    """The sensing settings from their row."""
    return SensingSettings(**{k: v for k, v in row.items() if k != "id"})


# ------------------------------------------------------------------- reading and applying

def _select_in(s: DbSession, table: Table, column: str, values: Sequence[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    col = table.c[column]
    for i in range(0, len(values), CHUNK):
        chunk = values[i:i + CHUNK]
        rows += [dict(r._mapping) for r in s.execute(select(table).where(col.in_(chunk)))]
    return rows


def _select_keys(s: DbSession, table: Table, keys: Sequence[tuple[Any, ...]]) -> list[dict[str, Any]]:
    pk = list(table.primary_key.columns)
    if len(pk) == 1:
        return _select_in(s, table, pk[0].name, [k[0] for k in keys])
    rows: list[dict[str, Any]] = []
    for i in range(0, len(keys), CHUNK):
        chunk = keys[i:i + CHUNK]
        rows += [dict(r._mapping) for r in s.execute(select(table).where(tuple_(*pk).in_(chunk)))]
    return rows


def capture(s: DbSession, table: str, keys: Iterable[tuple[Any, ...]]) -> list[Row]:
    """The current rows of *table* with these primary keys, parents first."""
    return [(table, r) for r in _select_keys(s, TABLES[table], list(keys))]


def deletion(s: DbSession, table: str, keys: Iterable[tuple[Any, ...]]) -> tuple[list[Row], list[Row]]:
    """The rows before and after deleting these rows of *table*, cascade included.

    Follows every foreign key that points at a deleted row: ``ON DELETE CASCADE``
    children are deleted too (recursively); ``SET NULL`` children stay, with the
    reference cleared. Undoing is applying the pair the other way round.
    """
    deleted: dict[tuple[str, tuple[Any, ...]], dict[str, Any]] = {}
    nulled: dict[tuple[str, tuple[Any, ...]], dict[str, Any]] = {}
    pending: list[tuple[str, list[dict[str, Any]]]] = [
        (table, _select_keys(s, TABLES[table], list(keys)))]
    while pending:
        name, rows = pending.pop()
        rows = [r for r in rows if (name, key_of(name, r)) not in deleted]
        for r in rows:
            deleted[(name, key_of(name, r))] = r
        if not rows:
            continue
        parent = TABLES[name]
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not parent:
                    continue
                refs = list({r[fk.column.name] for r in rows})
                found = _select_in(s, child, fk.parent.name, refs)
                if fk.ondelete == "CASCADE":
                    pending.append((child.name, found))
                elif fk.ondelete == "SET NULL":
                    for r in found:
                        k = (child.name, key_of(child.name, r))
                        nulled.setdefault(k, dict(r))
                        nulled[k][fk.parent.name] = None
                else:
                    raise ValueError(f"{child.name} refers to {name} without an ON DELETE rule")
    before = dict(deleted)
    for k in nulled:
        if k not in deleted:
            before[k] = _select_keys(s, TABLES[k[0]], [k[1]])[0]
    after = {k: r for k, r in nulled.items() if k not in deleted}

    def ordered(rows: dict[tuple[str, tuple[Any, ...]], dict[str, Any]]) -> list[Row]:
        return sorted(((t, r) for (t, _k), r in rows.items()), key=lambda tr: ORDER[tr[0]])

    return ordered(before), ordered(after)


def apply(s: DbSession, before: Sequence[Row], after: Sequence[Row]) -> "RowDiff":
    """Change the database from the *before* rows to the *after* rows; return the diff."""
    old = {(t, key_of(t, r)): r for t, r in before}
    new = {(t, key_of(t, r)): r for t, r in after}
    diff = RowDiff(
        added=[k for k in new if k not in old],
        removed=[k for k in old if k not in new],
        updated=[k for k in new if k in old and new[k] != old[k]],
    )
    by_table: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for t, k in diff.removed:
        by_table[t].append(k)
    for t in sorted(by_table, key=ORDER.__getitem__, reverse=True):
        table = TABLES[t]
        pk = list(table.primary_key.columns)
        keys = by_table[t]
        for i in range(0, len(keys), CHUNK):
            chunk = keys[i:i + CHUNK]
            cond = pk[0].in_([k[0] for k in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
            s.execute(delete(table).where(cond))
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    updates: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for k in diff.added:
        inserts[k[0]].append(new[k])
    for k in diff.updated:
        updates[k[0]].append(new[k])
    for t in sorted(set(inserts) | set(updates), key=ORDER.__getitem__):
        table = TABLES[t]
        if updates[t]:
            # executemany: one statement for all rows (rows are whole, so uniform)
            pk = list(table.primary_key.columns)
            stmt = update(table).where(and_(*(c == bindparam(f"pk_{c.name}") for c in pk)))
            stmt = stmt.values({c.name: bindparam(c.name) for c in table.columns})
            s.execute(stmt, [{**row, **{f"pk_{c.name}": row[c.name] for c in pk}}
                             for row in updates[t]])
        if inserts[t]:
            s.execute(insert(table), inserts[t])
    return diff


@dataclass(frozen=True)
class RowDiff:
    """Which rows an ``apply`` added, removed and updated, as ``(table, key)`` pairs."""

    added: list[tuple[str, tuple[Any, ...]]]
    removed: list[tuple[str, tuple[Any, ...]]]
    updated: list[tuple[str, tuple[Any, ...]]]

