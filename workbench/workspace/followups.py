"""Follow-ups on their own ("call Anna next week"): operations on a Workspace.

A follow-up usually belongs to an interaction (``Workspace.add_interaction`` writes it
with its remarks); since schema revision ``0003_standalone_followups`` one may also
stand alone (``interaction_id`` NULL). The Workspace has no public operation that writes
a lone follow-up row, so these functions use its editing core (``_edit``,
``_set_fields``, ``_delete``) from inside the workspace package: each is one undoable
operation, one transaction, one ``changed``, exactly like the Workspace's own methods.
They are meant to become ``Workspace.add_followup`` / ``set_followup_fields`` /
``delete_followups`` (same signatures minus the first argument); ticking one done is
already ``Workspace.set_followup_done``, and works for both kinds.

In a ``Change`` a follow-up is an entity of its own (``followups``); one that belongs to
an interaction also reports that interaction as updated in its field ``followups``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication

from workbench.model import Followup, new_id
from workbench.workspace.workspace import EditRefused, Workspace

#: Followup field → followups column.
COLUMNS = {"what": "what", "due": "due", "done": "done", "who": "who_id"}


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


def _check_what(what: Any) -> None:
    if not str(what or "").strip():
        raise EditRefused(tr("A follow-up needs to say what is to be done."))


def add_followup(workspace: Workspace, followup: Followup, initiator: object | None = None) -> str:
    """Add a follow-up that belongs to no interaction; returns its id (one undo entry)."""
    _check_what(followup.what)
    if not followup.id:
        followup = replace(followup, id=new_id())
    row = {"id": followup.id, "interaction_id": None, "position": 0, "what": followup.what.strip(),
           "due": followup.due, "done": bool(followup.done), "who_id": followup.who}
    text = tr("Add follow-up %1").replace("%1", _short(followup.what))
    workspace._edit(text, lambda s: ([], [("followups", row)]), initiator)
    return followup.id


def set_followup_fields(workspace: Workspace, followup_id: str, initiator: object | None = None,
                        **fields: Any) -> None:
    """Change some fields of a follow-up (``what``, ``due``, ``who``, ``done``), lone or
    part of an interaction; undo restores just those."""
    unknown = set(fields) - set(COLUMNS)
    if unknown:
        raise KeyError(f"a follow-up has no editable field {sorted(unknown)!r}")
    if "what" in fields:
        _check_what(fields["what"])
        fields["what"] = str(fields["what"]).strip()
    columns = {COLUMNS[k]: v for k, v in fields.items()}
    workspace._set_fields(tr("Edit follow-up"), "followups", followup_id, columns, initiator)


def delete_followups(workspace: Workspace, ids: Sequence[str], initiator: object | None = None) -> None:
    """Delete follow-ups (lone ones, or single follow-ups of an interaction); undoable."""
    if ids:
        text = tr("Delete follow-up") if len(ids) == 1 else tr("Delete %n follow-ups").replace(
            "%n", str(len(ids)))
        workspace._delete(text, "followups", ids, initiator)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


__all__ = ["add_followup", "delete_followups", "set_followup_fields"]
