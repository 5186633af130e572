"""Files in and out of a workspace: which formats, how an import is planned, and the
summary it reports (added, updated, unchanged, skipped with reasons).

No Qt here: the Workspace wraps ``plan_import`` in one undoable edit, and the command
line uses the same Workspace, so the app and ``main.py import`` behave alike.

An import also keeps the map a map: the groups a spreadsheet names are matched with the
workspace's (``match_groups``), and every stakeholder the import adds without a position
gets one from the auto-layout (``place_new``: next to its connections, on free
ground, everyone already placed staying where they are). Both happen inside the import's
transaction and in its rows, so undo takes the whole import back in one step.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Mapping, Sequence

from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.interchange.errors import InterchangeError
from workbench.interchange.formats import READERS, WRITERS
from workbench.interchange.references import name_key, resolve
from workbench.model import Dataset, Group
from workbench.store import imports, queries
from workbench.store import rows as R

#: Extensions the app can import and export (with the dot, lower case).
IMPORT_SUFFIXES: tuple[str, ...] = tuple(READERS)
EXPORT_SUFFIXES: tuple[str, ...] = tuple(WRITERS)
#: The entities an import summary counts, in the order it names them.
ENTITIES: tuple[str, ...] = ("stakeholders", "relations", "groups", "readings", "interactions",
                             "sessions")


@dataclass(frozen=True)
class ImportSummary:
    """What one import did, per entity (``stakeholders``, ``relations`` …)."""

    source: str
    added: Mapping[str, int] = field(default_factory=dict)
    updated: Mapping[str, int] = field(default_factory=dict)
    unchanged: Mapping[str, int] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """True when the import added or updated anything."""
        return any(self.added.values()) or any(self.updated.values())


def plan_import(s: DbSession, dataset: Dataset, source: str) -> tuple[list[R.Row], list[R.Row]]:
    """(before, after) rows of importing *dataset*: its references resolved against the
    workspace's stakeholders and, from a spreadsheet, its groups against the workspace's
    groups; then planned (``store.imports.plan``). From a spreadsheet or GraphML file the
    stakeholders it adds without a position are placed (``place_new``); a Voelspriet JSON
    file is imported as it is (lossless: an export reads back as the same document, and the
    map finds a place for anyone unplaced when it draws them)."""
    resolved = resolve(dataset, imports.stakeholder_names(s), source)
    if resolved.carried is not None and resolved.groups:
        resolved = match_groups(resolved, queries.groups(s), source)
    before, after = imports.plan(s, resolved)
    return (before, after) if resolved.carried is None else (before, place_new(s, before, after))


def match_groups(d: Dataset, existing: Sequence[Group], source: str) -> Dataset:
    """*d* (from a spreadsheet or graph) with each group it names matched with one of the
    workspace's *existing* groups: by id, else by name (case and spacing aside), else the
    group an earlier import of that name made. Matched groups are left out of *d* (the
    workspace's own name and colour stay) and memberships point at them; the others are
    new. A name that several groups share is refused: the file must give the id.

    A reader names a group by its text: ``Group.name`` is the text as written and
    ``Group.id`` one derived from it (``interchange.tabular``).
    """
    ids = {g.id for g in existing}
    by_name: dict[str, list[str]] = defaultdict(list)
    for g in existing:
        by_name[name_key(g.name)].append(g.id)
    mapping: dict[str, str] = {}
    for g in d.groups:
        found = by_name.get(name_key(g.name), [])
        if g.name in ids:
            mapping[g.id] = g.name
        elif len(found) == 1:
            mapping[g.id] = found[0]
        elif len(found) > 1:
            who = next((p.name for p in d.stakeholders if g.id in p.groups), "")
            raise InterchangeError(source, f"element {who!r} column 'Groups'" if who else "column 'Groups'", (
                f"{g.name!r} is the name of {len(found)} groups in the workspace "
                f"({', '.join(sorted(found)[:3])}); write the group's id instead to say which"))
        elif g.id in ids:
            mapping[g.id] = g.id
    if not mapping:
        return d
    return replace(
        d,
        groups=tuple(g for g in d.groups if g.id not in mapping),
        stakeholders=tuple(
            replace(p, groups=tuple(dict.fromkeys(mapping.get(g, g) for g in p.groups)))
            if any(g in mapping for g in p.groups) else p for p in d.stakeholders))


def place_new(s: DbSession, before: list[R.Row], after: list[R.Row]) -> list[R.Row]:
    """*after* with a position for every stakeholder the import adds without one (a row
    of *after* that *before* does not have; one the workspace had keeps its own, placed
    or not, as the source leaves it).

    The auto-layout's ``place_unplaced`` sees the workspace as the import leaves it:
    everyone placed (fixed where they are) and every relation, old and new. An unplaced
    stakeholder goes next to its placed connections (a chain of new ones grows out of
    its anchor), the rest on free ground around the map, and no box overlaps another.
    Other stakeholders without a position are left out (the map places them when it
    draws them, as before).
    """
    had = {row["id"] for t, row in before if t == "stakeholders"}
    unplaced = [i for i, (t, row) in enumerate(after) if t == "stakeholders" and row["id"] not in had
                and (row.get("x") is None or row.get("y") is None)]
    if not unplaced:
        return after
    import numpy as np

    from workbench.layout import place_unplaced

    positions, pairs = imports.map_of(s)
    imported = {row["id"]: (row.get("x"), row.get("y")) for t, row in after if t == "stakeholders"}
    gone = had - imported.keys()  # e.g. the placeholder facilitator the file's one replaces
    where = {sid: xy for sid, xy in positions.items()
             if sid not in gone and sid not in imported and None not in xy}
    where.update((sid, xy) for sid, xy in imported.items() if None not in xy)
    where.update((after[i][1]["id"], (None, None)) for i in unplaced)
    index = {sid: i for i, sid in enumerate(where)}
    coords = np.array([(np.nan if x is None else x, np.nan if y is None else y)
                       for x, y in where.values()], dtype=float).reshape(-1, 2)
    ends = [(index.get(a, -1), index.get(b, -1))
            for a, b in (*pairs, *((row["a"], row["b"]) for t, row in after if t == "relations"))]
    edges = np.array(ends, dtype=np.int64).reshape(-1, 2)
    edges = edges[(edges >= 0).all(axis=1)]
    placed = place_unplaced(coords, edges)
    out = list(after)
    for i in unplaced:
        table, row = out[i]
        x, y = placed[index[row["id"]]]
        out[i] = (table, {**row, "x": float(x), "y": float(y)})
    return out


def summarize(dataset: Dataset, added: Mapping[str, frozenset[str]],
              updated: Mapping[str, frozenset[str]], source: str) -> ImportSummary:
    """The summary of an import of *dataset* whose edit added and updated these ids."""
    counts = {e: len(getattr(dataset, e)) for e in ENTITIES}
    new = {e: len(added.get(e, ())) for e in ENTITIES}
    changed = {e: len(updated.get(e, ())) for e in ENTITIES}
    same = {e: max(0, counts[e] - new[e] - changed[e]) for e in ENTITIES}
    return ImportSummary(source, new, changed, same, dataset.skipped)
