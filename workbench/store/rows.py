"""Model values ⇄ table rows, and the one generic way edits reach the database.

An edit is a pair of row sets, *before* and *after* (each row is ``(table, values)``
with plain values only). ``apply(session, before, after)`` makes the database go from
one to the other: rows only in *before* are deleted, rows only in *after* inserted, and
rows in both updated in the columns they carry. Undo is ``apply(session, after, before)``:
deleted rows come back with the same ids.

An update names only the fields it changes: ``reduce`` strips a before/after pair down
to the key and the columns that differ, so that applying it writes just those columns
and undoing it restores just those (undoing my move never reverts someone else's
rename). ``capture`` reads the rows (or some columns of them) an edit will replace;
``deletion`` follows foreign keys so that a delete's cascade is captured too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Table, and_, bindparam, delete, insert, select, tuple_, update
from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.model import (
    AgendaItem,
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
from workbench.store.schema import TABLES, metadata

Row = tuple[str, dict[str, Any]]
#: Tables in dependency order (parents first).
ORDER: dict[str, int] = {t.name: i for i, t in enumerate(metadata.sorted_tables)}
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
                                         "summary": v.summary, "session_id": v.session})]
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
                          "goal": v.goal, "agenda": [item.to_json() for item in v.agenda]})] + [
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
        session=row.get("session_id"),
    )


def to_session(row: Mapping[str, Any], attendees: Sequence[str]) -> Session:
    """A session value from its rows."""
    return Session(id=row["id"], title=row["title"], at=row["at"], place=row["place"],
                   goal=row["goal"], attendees=tuple(attendees),
                   agenda=tuple(AgendaItem.of(item) for item in row["agenda"] or ()))  # texts: older rows


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

def _select_in(s: DbSession, table: Table, column: str, values: Sequence[Any],
               columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    col = table.c[column]
    query = select(*(table.c[c] for c in columns)) if columns else select(table)
    for i in range(0, len(values), CHUNK):
        chunk = values[i:i + CHUNK]
        rows += [dict(r._mapping) for r in s.execute(query.where(col.in_(chunk)))]
    return rows


def _select_keys(s: DbSession, table: Table, keys: Sequence[tuple[Any, ...]],
                 columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    pk = list(table.primary_key.columns)
    keys_of = PRIMARY_KEYS[table.name]
    wanted = [*keys_of, *(c for c in columns if c not in keys_of)] if columns else None
    if len(pk) == 1:
        return _select_in(s, table, pk[0].name, [k[0] for k in keys], wanted)
    rows: list[dict[str, Any]] = []
    query = select(*(table.c[c] for c in wanted)) if wanted else select(table)
    for i in range(0, len(keys), CHUNK):
        chunk = keys[i:i + CHUNK]
        rows += [dict(r._mapping) for r in s.execute(query.where(tuple_(*pk).in_(chunk)))]
    return rows


def capture(s: DbSession, table: str, keys: Iterable[tuple[Any, ...]],
            columns: Sequence[str] | None = None) -> list[Row]:
    """The current rows of *table* with these primary keys: whole, or only the key and
    *columns* (what an edit of those fields needs to be undone)."""
    return [(table, r) for r in _select_keys(s, TABLES[table], list(keys), columns)]


def column_values(table: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Model field values as column values of *table* (enums by value, tuples as lists);
    refuses a name that is not a column, or is the key."""
    columns = TABLES[table].columns
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in columns or name in PRIMARY_KEYS[table]:
            raise KeyError(f"{table} has no editable column {name!r}")
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, Mapping):
            value = dict(value)
        out[name] = value
    return out


def reduce(before: Sequence[Row], after: Sequence[Row],
           keep: Mapping[str, Sequence[str]] | None = None) -> tuple[list[Row], list[Row]]:
    """The same edit naming only what it changes.

    A row in both sets keeps its key, the columns whose values differ (on both sides)
    and the columns *keep* names for its table (e.g. the owner a child row belongs to:
    equal on both sides, so never written); a row that does not change drops out. Rows
    only on one side (inserted or deleted) stay whole.
    """
    old = {(t, key_of(t, r)): r for t, r in before}
    new = {(t, key_of(t, r)): r for t, r in after}
    out_before: list[Row] = []
    out_after: list[Row] = []
    for t, r in before:
        k = (t, key_of(t, r))
        if k not in new:
            out_before.append((t, r))
    for t, r in after:
        k = (t, key_of(t, r))
        was = old.get(k)
        if was is None:
            out_after.append((t, r))
            continue
        changed = [c for c, v in r.items() if c in was and was[c] != v]
        if changed:
            pk = [*PRIMARY_KEYS[t], *(c for c in (keep or {}).get(t, ()) if c in was and c in r)]
            out_before.append((t, {**{c: was[c] for c in pk}, **{c: was[c] for c in changed}}))
            out_after.append((t, {**{c: r[c] for c in pk}, **{c: r[c] for c in changed}}))
    return out_before, out_after


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
        for child in metadata.sorted_tables:
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
    """Change the database from the *before* rows to the *after* rows; return the diff.

    Rows in both sets are updated in the columns the *after* row carries that differ
    (so a reduced pair writes only its fields)."""
    old = {(t, key_of(t, r)): r for t, r in before}
    new = {(t, key_of(t, r)): r for t, r in after}
    fields: dict[tuple[str, tuple[Any, ...]], tuple[str, ...]] = {}
    for k, row in new.items():
        was = old.get(k)
        if was is not None:
            changed = tuple(c for c, v in row.items() if c not in PRIMARY_KEYS[k[0]]
                            and (c not in was or was[c] != v))
            if changed:
                fields[k] = changed
    diff = RowDiff(
        added=[k for k in new if k not in old],
        removed=[k for k in old if k not in new],
        updated=list(fields),
        fields={k: frozenset(v) for k, v in fields.items()},
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
    # updates per table and per set of columns: one executemany statement for each
    updates: dict[str, dict[tuple[str, ...], list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for k in diff.added:
        inserts[k[0]].append(new[k])
    for k, columns in fields.items():
        updates[k[0]][columns].append(new[k])
    for t in sorted(set(inserts) | set(updates), key=ORDER.__getitem__):
        table = TABLES[t]
        pk = list(table.primary_key.columns)
        for columns, rows in updates[t].items():
            stmt = update(table).where(and_(*(c == bindparam(f"pk_{c.name}") for c in pk)))
            stmt = stmt.values({c: bindparam(c) for c in columns})
            s.execute(stmt, [{**{c: row[c] for c in columns},
                              **{f"pk_{c.name}": row[c.name] for c in pk}} for row in rows])
        if inserts[t]:
            s.execute(insert(table), inserts[t])
    return diff


@dataclass(frozen=True)
class RowDiff:
    """Which rows an ``apply`` added, removed and updated, as ``(table, key)`` pairs."""

    added: list[tuple[str, tuple[Any, ...]]]
    removed: list[tuple[str, tuple[Any, ...]]]
    updated: list[tuple[str, tuple[Any, ...]]]
    #: Per updated row, the columns written.
    fields: Mapping[tuple[str, tuple[Any, ...]], frozenset[str]]

