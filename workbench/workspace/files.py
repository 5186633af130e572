"""Opening and creating workspace files for the app (the UI's door to files)."""

from __future__ import annotations

from pathlib import Path

from workbench.store import WorkspaceError, open_store
from workbench.workspace.workspace import Workspace

__all__ = ["WorkspaceError", "create_workspace", "open_workspace"]


def open_workspace(path: Path) -> Workspace:
    """Open an existing workspace, locked for this instance; raises ``WorkspaceError``."""
    return Workspace(open_store(path))


def create_workspace(path: Path, name: str) -> Workspace:
    """Create a new, empty workspace (with its facilitator); refuses an existing file."""
    if Path(path).exists():
        raise WorkspaceError("exists", f"{path}: already exists; choose another name")
    return Workspace(open_store(path, create=True, name=name))
