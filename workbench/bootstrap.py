"""Composition root: open the store, build the Workspace and the main window."""

from __future__ import annotations

import os
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from workbench.model import Dataset
from workbench.store import Store, open_store

if TYPE_CHECKING:  # Qt is imported only when a window is needed (headless commands stay light)
    from PySide6.QtCore import QSettings

    from workbench.ui.main_window import MainWindow

APP_NAME = "Voelspriet"
# resources/demo/demo.json, carried in the wheel as package data (pyproject.toml)
DEMO_JSON = files("workbench.resources") / "demo" / "demo.json"


def default_workspace_path() -> Path:
    """The default workspace, in the user data directory (``VOELSPRIET_HOME`` overrides)."""
    home = os.environ.get("VOELSPRIET_HOME")
    folder = Path(home) if home else Path(user_data_dir(APP_NAME, appauthor=False))
    return folder / "Voelspriet.voelspriet"


def demo_dataset(stakeholders: int | None = None) -> Dataset:
    """The demo, or a seeded synthetic workspace when more stakeholders are asked for."""
    from workbench.interchange import json_v1

    with as_file(DEMO_JSON) as demo_json:
        demo = json_v1.read(demo_json)
    if stakeholders is not None and stakeholders > len(demo.stakeholders):
        from workbench.interchange.synthetic import synthetic_dataset

        return synthetic_dataset(stakeholders)
    return demo


def write_new_workspace(path: Path, dataset: Dataset, *, exclusive: bool = True) -> Store:
    """Create a workspace at *path* filled with *dataset*; refuses an existing file.

    The file is filled in one transaction; if that fails, the new file is removed.
    """
    from workbench.store.database import remove_workspace
    from workbench.store.imports import import_dataset

    if path.exists():
        raise FileExistsError(f"{path}: already exists; choose another name or remove it first")
    store = open_store(path, create=True, exclusive=exclusive,
                       name=dataset.workspace.name if dataset.workspace else None)
    try:
        with store.begin() as s:
            import_dataset(s, dataset)
    except BaseException:
        store.close()
        remove_workspace(path)
        raise
    return store


def open_or_create_default() -> Store:
    """The default workspace, created with the demo on first start."""
    path = default_workspace_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_new_workspace(path, demo_dataset())
    return open_store(path)


def build_main_window(path: Path | None, settings: QSettings | None) -> MainWindow:
    """Open *path* (or the default workspace) and build its main window, not yet shown.

    Needs the application object (``make_app``). When the file cannot be opened a dialog
    says why and the error is raised. ``run_app`` and the start-up benchmark
    (bench/startup_probe.py) share this path, so the benchmark measures the real app.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workbench.store import WorkspaceError
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    try:
        store = open_store(path) if path is not None else open_or_create_default()
    except (WorkspaceError, FileExistsError, OSError) as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Cannot open workspace"), str(exc))
        raise
    return MainWindow(Workspace(store), settings)


def run_app(path: Path | None) -> int:
    """Open the main window on *path* (or the default workspace) and run the event loop."""
    from PySide6.QtCore import QSettings

    from workbench.ui.app import make_app

    app = make_app()
    window = build_main_window(path, QSettings())
    window.show()
    return app.exec()


def screenshot(path: Path, out: Path, size: tuple[int, int], select: str | None) -> None:
    """Render the main window on *path* offscreen into the PNG *out*."""
    from PySide6.QtCore import QCoreApplication

    from workbench.cli import Failure
    from workbench.ui.app import make_app
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    make_app()
    store = open_store(path, exclusive=False)
    window = MainWindow(Workspace(store))
    try:
        window.resize(*size)
        if select is not None:
            if window.workspace.stakeholder(select) is None:
                raise Failure(f"{path}: no stakeholder with id {select!r}")
            window.selection.select([select])
        window.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        if not window.grab().save(str(out), "PNG"):
            raise Failure(f"{out}: cannot write the PNG")
    finally:
        window.close()
