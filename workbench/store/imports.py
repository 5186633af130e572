"""Planning an import: the rows to write and the rows they replace, in one transaction.

A re-import updates by id instead of duplicating. Two things are matched by meaning
rather than id: the facilitator (a workspace has exactly one: the file's facilitator
becomes the workspace's, taking over the fresh placeholder of a new workspace) and a
relation between a pair that is already connected (one relation per pair).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from workbench.model import Dataset, StakeholderKind
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


def plan(s: DbSession, dataset: Dataset) -> tuple[list[R.Row], list[R.Row]]:
    """(before, after) rows that import *dataset* into the workspace of session *s*."""
    rows = queries.rows_of_dataset(dataset)
    before: list[R.Row] = []
    current = queries.facilitator_id(s)
    incoming = [p.id for p in dataset.stakeholders if p.kind == StakeholderKind.FACILITATOR]
    if current and incoming and incoming[0] != current:
        if _unused(s, current):
            before += R.capture(s, "stakeholders", [(current,)])
        else:
            rows = _remap(rows, "stakeholders", {incoming[0]: current})
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
    return before, rows


def summary(diff: R.RowDiff) -> dict[str, dict[str, int]]:
    """Per table: how many rows were added, updated and removed."""
    out: dict[str, dict[str, int]] = {}
    for kind in ("added", "updated", "removed"):
        for table, _key in getattr(diff, kind):
            out.setdefault(table, {"added": 0, "updated": 0, "removed": 0})[kind] += 1
    return out


def import_dataset(s: DbSession, dataset: Dataset) -> R.RowDiff:
    """Write *dataset* into the workspace (the caller's transaction)."""
    before, after = plan(s, dataset)
    return R.apply(s, before, after)

