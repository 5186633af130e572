"""Planning an import: the rows to write and the rows they replace, in one transaction.

A re-import updates by id instead of duplicating. Two things are matched by meaning
rather than id: the facilitator (a workspace has exactly one: the file's facilitator
becomes the workspace's, taking over the fresh placeholder of a new workspace) and a
relation between a pair that is already connected (one relation per pair).

A lossless source (Voelspriet JSON) replaces entities whole. A partial one (Kumu,
GraphML: ``Dataset.carried``) is overlaid: an existing stakeholder or relation takes the
fields the file carries and keeps all the others — interests, positions, group
memberships, and the readings of a relation, which are rows of their own and never
touched.

The existing facilitator stays the facilitator whatever the file says, so that every
import leaves exactly one: its row keeps the kind ``facilitator`` (a file that makes them
a person changes everything else about them), and a file's facilitator with another id
takes their place only when they are a new workspace's unused placeholder; otherwise it
becomes them (its id mapped onto theirs) — or, when the file also holds a row of their
own id, it comes in as a person.
"""

from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.model import Dataset, StakeholderKind
from workbench.model.values import Carried
from workbench.store import queries
from workbench.store import rows as R
from workbench.store.schema import TABLES


def _references(table: str) -> list[tuple[str, str]]:
    """(child table, column) pairs that refer to *table*'s id."""
    return [(child.name, fk.parent.name) for child in TABLES.values()
            for fk in child.foreign_keys if fk.column.table.name == table]


def _remap(rows: list[R.Row], table: str, mapping: dict[str, str]) -> list[R.Row]:
    """Rename ids of *table* in *rows*, and every reference to them."""
    if not mapping:
        return rows
    refs: dict[str, list[str]] = {}
    for child, column in _references(table):
        refs.setdefault(child, []).append(column)
    out: list[R.Row] = []
    for t, row in rows:
        columns = refs.get(t, []) + (["id"] if t == table else [])
        if any(row.get(c) in mapping for c in columns):
            row = {**row, **{c: mapping[row[c]] for c in columns if row.get(c) in mapping}}
            if t == "relations" and row["a"] > row["b"]:
                row["a"], row["b"] = row["b"], row["a"]
        out.append((t, row))
    return out


def _unused(s: DbSession, stakeholder_id: str) -> bool:
    """True when nothing refers to this stakeholder (a new workspace's placeholder)."""
    for child, column in _references("stakeholders"):
        t = TABLES[child]
        if s.execute(select(t.c[column]).where(t.c[column] == stakeholder_id).limit(1)).first():
            return False
    return True


def stakeholder_names(s: DbSession) -> dict[str, str]:
    """Every stakeholder's name by id (for matching a file's names to the workspace)."""
    t = TABLES["stakeholders"]
    return {sid: name for sid, name in s.execute(select(t.c.id, t.c.name))}


def map_of(s: DbSession) -> tuple[dict[str, tuple[float | None, float | None]], list[tuple[str, str]]]:
    """Every stakeholder's position (x, y; None where unplaced) by id, and every
    relation's pair: what placing newly imported stakeholders needs to know."""
    t, r = TABLES["stakeholders"], TABLES["relations"]
    positions = {sid: (x, y) for sid, x, y in s.execute(select(t.c.id, t.c.x, t.c.y))}
    pairs = [(a, b) for a, b in s.execute(select(r.c.a, r.c.b))]
    return positions, pairs


#: Columns that say which entity a row is: always the file's, even in an overlay.
IDENTITY: Mapping[str, tuple[str, ...]] = {"stakeholders": ("id",), "relations": ("id", "a", "b")}


def _carried_of_rows(rows: list[R.Row], carried: Carried | None) -> list[frozenset[str] | None]:
    """For each row (in order) the fields its source carries; None: the whole row."""
    if carried is None:
        return [None] * len(rows)
    by_table = {"stakeholders": carried.stakeholders, "relations": carried.relations}
    return [by_table[t].get(row["id"]) if t in by_table else None for t, row in rows]


def _overlay(rows: list[R.Row], carried: list[frozenset[str] | None],
             before: list[R.Row]) -> tuple[list[R.Row], list[R.Row]]:
    """Rows that take only the carried fields from the file onto the existing rows.

    Group memberships a partial source does not carry are left alone: they are dropped
    from *before*, so that the import neither deletes nor restores them.
    """
    existing = {(t, r["id"]): r for t, r in before if t in IDENTITY}  # both keyed by "id"
    keep_members: set[str] = set()
    out: list[R.Row] = []
    for (table, row), fields in zip(rows, carried):
        if fields is None:
            out.append((table, row))
            continue
        if table == "stakeholders" and "groups" not in fields:
            keep_members.add(row["id"])
        old = existing.get((table, row["id"]))
        if old is None:
            out.append((table, row))
            continue
        merged: dict[str, Any] = dict(old)
        custom = dict(old.get("fields") or {})
        for name in fields:
            if name.startswith("fields."):
                key = name[len("fields."):]
                if key in row["fields"]:
                    custom[key] = row["fields"][key]
                else:
                    custom.pop(key, None)
            elif name in row:
                merged[name] = row[name]
        merged["fields"] = custom
        for column in IDENTITY[table]:
            merged[column] = row[column]
        if table == "stakeholders" and old["kind"] == StakeholderKind.FACILITATOR.value:
            merged["kind"] = old["kind"]
        out.append((table, merged))
    before = [(t, r) for t, r in before
              if not (t == "group_members" and r["stakeholder_id"] in keep_members)]
    return out, before


def _as_kind(rows: list[R.Row], stakeholder_id: str, kind: StakeholderKind) -> list[R.Row]:
    """*rows* with the stakeholder *stakeholder_id* (if there) of *kind*."""
    return [(t, {**r, "kind": kind.value}) if t == "stakeholders" and r["id"] == stakeholder_id
            and r.get("kind") != kind.value else (t, r) for t, r in rows]


def plan(s: DbSession, dataset: Dataset) -> tuple[list[R.Row], list[R.Row]]:
    """(before, after) rows that import *dataset* into the workspace of session *s*.

    Its references must be resolved already (``interchange.references.resolve``).
    """
    rows = queries.rows_of_dataset(dataset)
    carried = _carried_of_rows(rows, dataset.carried)  # _remap keeps the order of rows
    before: list[R.Row] = []
    current = queries.facilitator_id(s)
    incoming = [p.id for p in dataset.stakeholders if p.kind == StakeholderKind.FACILITATOR]
    facilitator = current
    if current and incoming and incoming[0] != current:
        if _unused(s, current):
            before += R.capture(s, "stakeholders", [(current,)])
            facilitator = incoming[0]
        elif any(t == "stakeholders" and r["id"] == current for t, r in rows):
            rows = _as_kind(rows, incoming[0], StakeholderKind.PERSON)
        else:
            rows = _remap(rows, "stakeholders", {incoming[0]: current})
    if facilitator:
        rows = _as_kind(rows, facilitator, StakeholderKind.FACILITATOR)
    pairs: dict[tuple[str, str], str] = {}
    relation_ids = {r["id"] for t, r in rows if t == "relations"}
    t = TABLES["relations"]
    wanted = [(r["a"], r["b"]) for tbl, r in rows if tbl == "relations"]
    people = sorted({x for pair in wanted for x in pair})
    for i in range(0, len(people), R.CHUNK):
        chunk = people[i:i + R.CHUNK]
        for rid, a, b in s.execute(select(t.c.id, t.c.a, t.c.b).where(t.c.a.in_(chunk))):
            pairs[(a, b)] = rid
    mapping = {r["id"]: pairs[(r["a"], r["b"])] for tbl, r in rows
               if tbl == "relations" and (r["a"], r["b"]) in pairs
               and pairs[(r["a"], r["b"])] != r["id"] and pairs[(r["a"], r["b"])] not in relation_ids}
    rows = _remap(rows, "relations", mapping)
    seen = {(tbl, R.key_of(tbl, r)) for tbl, r in before}
    before += [(tbl, r) for tbl, r in queries.existing_rows(s, rows)
               if (tbl, R.key_of(tbl, r)) not in seen]
    if dataset.carried is not None:
        rows, before = _overlay(rows, carried, before)
    return before, rows


def import_dataset(s: DbSession, dataset: Dataset) -> R.RowDiff:
    """Write *dataset* into the workspace (the caller's transaction)."""
    before, after = plan(s, dataset)
    return R.apply(s, before, after)

