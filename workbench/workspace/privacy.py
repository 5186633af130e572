"""Erasing a person and exporting everything about one, for the window and the command line.

Erasing is not an edit like the others: it cannot be undone (that is its point), so it
is no undo entry. The open workspace's undo history is cleared with it (older entries
could bring the person back, and would no longer apply), and one ``changed`` says that
everything may have changed.
"""

from __future__ import annotations

from pathlib import Path

from workbench.interchange import person as person_file
from workbench.store import privacy
from workbench.store.privacy import ERASED, Erasure, ErasureRefused, Mention, PersonData
from workbench.workspace.workspace import Change, EditRefused, Workspace, tr

__all__ = ["ERASED", "Erasure", "ErasureRefused", "Mention", "PersonData", "erase_person",
           "erasure_preview", "export_person", "person_data"]


def erasure_preview(workspace: Workspace, person_id: str) -> Erasure:
    """What erasing *person_id* would remove, and where their name would be replaced."""
    return privacy.preview(workspace._store, person_id)


def erase_person(workspace: Workspace, person_id: str, initiator: object | None = None) -> Erasure:
    """Erase *person_id* everywhere, unrecoverably; clears the undo history. Raises
    ``ErasureRefused`` (no such stakeholder, or the facilitator) or ``EditRefused`` (a
    copy opened only to look at)."""
    if workspace.read_only:
        raise EditRefused(tr("This is a copy opened only to look at; it cannot be changed."))
    try:
        erasure = privacy.erase(workspace._store, person_id)
    except Exception:
        if workspace.stakeholder(person_id) is None:  # erased, but the old bytes not yet overwritten
            _erased(workspace, initiator)
        raise
    _erased(workspace, initiator)
    return erasure


def _erased(workspace: Workspace, initiator: object | None) -> None:
    """The person is gone: no undo entry may bring them back (or refer to them), and
    every view reads again."""
    workspace.undo_stack.clear()
    workspace.changed.emit(Change(initiator=initiator, reset=True))


def person_data(workspace: Workspace, person_id: str) -> PersonData:
    """Everything the workspace holds about *person_id*."""
    with workspace._store.session() as s:
        return privacy.person_dataset(s, person_id)


def export_person(workspace: Workspace, person_id: str, path: Path) -> PersonData:
    """Write everything about *person_id* to *path* (Voelspriet JSON v1, indented); raises
    ``ErasureRefused("missing", …)`` or ``InterchangeError`` (nothing written)."""
    data = person_data(workspace, person_id)
    person_file.write(data.dataset, person_id, Path(path), data.followups)
    return data
