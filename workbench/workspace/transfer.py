"""Files in and out of a workspace: which formats, how an import is planned, and the
summary it reports (added, updated, unchanged, skipped with reasons).

No Qt here: the Workspace wraps ``plan_import`` in one undoable edit, and the command
line uses the same Workspace, so the app and ``main.py import`` behave alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from sqlalchemy.orm import Session as DbSession

from workbench.interchange.formats import READERS, WRITERS
from workbench.interchange.references import resolve
from workbench.model import Dataset
from workbench.store import imports
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
    workspace's stakeholders, then planned (``store.imports.plan``)."""
    resolved = resolve(dataset, imports.stakeholder_names(s), source)
    return imports.plan(s, resolved)


def summarize(dataset: Dataset, added: Mapping[str, frozenset[str]],
              updated: Mapping[str, frozenset[str]], source: str) -> ImportSummary:
    """The summary of an import of *dataset* whose edit added and updated these ids."""
    counts = {e: len(getattr(dataset, e)) for e in ENTITIES}
    new = {e: len(added.get(e, ())) for e in ENTITIES}
    changed = {e: len(updated.get(e, ())) for e in ENTITIES}
    same = {e: max(0, counts[e] - new[e] - changed[e]) for e in ENTITIES}
    return ImportSummary(source, new, changed, same, dataset.skipped)
