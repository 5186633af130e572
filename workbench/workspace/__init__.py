"""The Workspace: the one door for edits (undoable commands), change notifications,
the shared selection, and opening files for the app."""

from workbench.workspace.files import WorkspaceError, create_workspace, open_workspace
from workbench.workspace.selection import Selection
from workbench.workspace.workspace import Change, EditRefused, Workspace

__all__ = ["Change", "EditRefused", "Selection", "Workspace", "WorkspaceError",
           "create_workspace", "open_workspace"]
