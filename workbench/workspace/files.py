"""Opening and creating workspace files for the app (the UI's door to files)."""

from __future__ import annotations

from pathlib import Path

from workbench.store import WorkspaceError, cipher, open_store
from workbench.workspace.workspace import Workspace

__all__ = ["WorkspaceError", "create_workspace", "encryption_available", "is_encrypted", "open_workspace"]


def open_workspace(path: Path, passphrase: str | None = None) -> Workspace:
    """Open an existing workspace, locked for this instance; raises ``WorkspaceError``
    (``encrypted`` when it needs a *passphrase*, ``wrong_passphrase`` for a wrong one)."""
    return Workspace(open_store(path, passphrase=passphrase))


def is_encrypted(path: Path) -> bool:
    """True when the file at *path* looks like an encrypted workspace (reads its start)."""
    return cipher.is_encrypted(path)


def encryption_available() -> bool:
    """True when workspaces can be encrypted and opened encrypted here (SQLCipher is
    installed; it is loaded only when a passphrase is first used)."""
    return cipher.installed()


def create_workspace(path: Path, name: str) -> Workspace:
    """Create a new, empty workspace (with its facilitator); refuses an existing file."""
    if Path(path).exists():
        raise WorkspaceError("exists", f"{path}: already exists; choose another name")
    return Workspace(open_store(path, create=True, name=name))
