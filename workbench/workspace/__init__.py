"""The Workspace: the one door for edits (undoable commands), change notifications,
the shared selection, and opening files for the app (and importing and exporting them:
``InterchangeError`` is re-exported so that views can catch it without the readers)."""

from workbench.interchange import InterchangeError
from workbench.workspace.files import WorkspaceError, create_workspace, open_workspace
from workbench.workspace.selection import Selection, ViewFilter
from workbench.workspace.transfer import EXPORT_SUFFIXES, IMPORT_SUFFIXES, ImportSummary
from workbench.workspace.workspace import PLACE, Change, EditRefused, Workspace

__all__ = ["PLACE", "Change", "EXPORT_SUFFIXES", "EditRefused", "IMPORT_SUFFIXES", "ImportSummary",
           "InterchangeError", "Selection", "ViewFilter", "Workspace", "WorkspaceError", "create_workspace",
           "open_workspace"]
