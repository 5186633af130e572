"""Persistence: the SQLite workspace file through SQLAlchemy 2; returns model values only."""

from workbench.store.database import (
    HEAD_REVISION,
    Store,
    WorkspaceError,
    check_workspace,
    open_store,
)

__all__ = ["HEAD_REVISION", "Store", "WorkspaceError", "check_workspace", "open_store"]
