"""Composition root: open the store, build the Workspace and the main window."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
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
# resources/demo/demo.json and its Dutch twin demo_nl.json (both written by
# resources/demo/make_demo.py), carried in the wheel as package data (pyproject.toml)
DEMO_JSON = files("workbench.resources") / "demo" / "demo.json"
DEMO_BY_LANGUAGE = {"en": DEMO_JSON, "nl": files("workbench.resources") / "demo" / "demo_nl.json"}
# the .qm files install_translation (workbench/ui/app.py) chooses from
TRANSLATIONS = files("workbench.resources") / "translations"


def default_workspace_path() -> Path:
    """The default workspace, in the user data directory (``VOELSPRIET_HOME`` overrides)."""
    home = os.environ.get("VOELSPRIET_HOME")
    folder = Path(home) if home else Path(user_data_dir(APP_NAME, appauthor=False))
    return folder / "Voelspriet.voelspriet"


def ui_language(languages: Sequence[str] | None = None) -> str:
    """The language the app's window speaks: ``"nl"`` or ``"en"``; the demo follows it.

    *languages* are the user's UI languages in order of preference, as Qt gives them
    (default: ``QLocale.system().uiLanguages()``, which on Linux come from LANGUAGE,
    LC_ALL, LC_MESSAGES and LANG, on Windows and macOS from the system settings). The
    decision is the one ``install_translation`` makes when ``make_app`` loads the
    translation for the system locale: Qt walks these languages in order, each from the
    full tag down to the bare language ("nl-Latn-NL" … "nl"), and loads the first
    ``voelspriet_*.qm`` that exists. English is the source text and has no file, so the
    window is Dutch as soon as any Dutch tag is listed ("en:nl" too) before another
    translated language; a language without a demo of its own gets the English demo.
    """
    if languages is None:
        from PySide6.QtCore import QLocale

        languages = QLocale.system().uiLanguages()
    translated = {entry.name[len("voelspriet_"):-len(".qm")].lower()
                  for entry in TRANSLATIONS.iterdir()
                  if entry.name.startswith("voelspriet_") and entry.name.endswith(".qm")}
    for tag in languages:
        parts = tag.replace("-", "_").lower().split("_")
        if any("_".join(parts[:k]) in translated for k in range(len(parts), 0, -1)):
            return parts[0] if parts[0] in DEMO_BY_LANGUAGE else "en"
    return "en"


def demo_dataset(stakeholders: int | None = None, language: str = "en") -> Dataset:
    """The demo in *language* ("en" or "nl", see ``ui_language``), or a seeded synthetic
    workspace (English) when more stakeholders are asked for than the demo has.

    Both languages tell the same story: ids, people, dates, readings, relations and
    positions are identical; only the human texts differ.
    """
    from workbench.interchange import json_v1

    if language not in DEMO_BY_LANGUAGE:
        raise ValueError(f"no demo in {language!r}; choose one of {', '.join(DEMO_BY_LANGUAGE)}")
    with as_file(DEMO_BY_LANGUAGE[language]) as demo_json:
        demo = json_v1.read(demo_json)
    if stakeholders is not None and stakeholders > len(demo.stakeholders):
        from workbench.interchange.synthetic import synthetic_dataset

        return synthetic_dataset(stakeholders)
    return demo


def write_new_workspace(path: Path, dataset: Dataset, *, exclusive: bool = True) -> Store:
    """Create a workspace at *path* filled with *dataset* and open it; refuses an existing
    file.

    All or nothing: the workspace is built and filled beside *path* and moved there only
    when complete (``store.database.new_workspace``), so a failure or a killed process
    leaves no file at *path* (and a retry works).
    """
    from workbench.store.database import new_workspace
    from workbench.store.imports import import_dataset

    if path.exists():
        raise FileExistsError(f"{path}: already exists; choose another name or remove it first")
    with new_workspace(path, name=dataset.workspace.name if dataset.workspace else None) as store:
        with store.begin() as s:
            import_dataset(s, dataset)
    return open_store(path, exclusive=exclusive)


def open_or_create_default(language: str | None = None) -> Store:
    """The default workspace, created on first start with the demo in *language*
    (default: the language the window speaks, ``ui_language()``). A first start that was
    killed leaves no default workspace, so the next start creates it again; when another
    first start created it meanwhile, that one is opened."""
    from workbench.store import WorkspaceError

    path = default_workspace_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return write_new_workspace(path, demo_dataset(language=language or ui_language()))
        except WorkspaceError as exc:
            if exc.reason != "exists":
                raise
    return open_store(path)


class Cancelled(Exception):
    """The user chose not to open the workspace (cancelled its passphrase)."""


def build_main_window(path: Path | None, settings: QSettings | None) -> MainWindow:
    """Open *path* (or the default workspace) and build its main window, not yet shown.

    Needs the application object (``make_app``). When the file cannot be opened a dialog
    says why and the error is raised. An encrypted workspace's passphrase is asked for
    (``ui.encryption.open_asking``); ``Cancelled`` when the user cancels it. ``run_app``
    and the start-up benchmark (bench/startup_probe.py) share this path, so the benchmark
    measures the real app.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workbench.store import WorkspaceError
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    try:
        try:
            workspace: Workspace | None = Workspace(open_store(path) if path is not None
                                                    else open_or_create_default())
        except WorkspaceError as exc:
            if exc.reason != "encrypted" or exc.path is None:
                raise
            from workbench.ui.encryption import open_asking

            workspace = open_asking(None, exc.path)
    except (WorkspaceError, FileExistsError, OSError) as exc:
        from workbench.ui.messages import explain

        QMessageBox.critical(None, QApplication.translate("App", "Cannot open workspace"), explain(exc).text)
        raise
    if workspace is None:
        raise Cancelled()
    return MainWindow(workspace, settings)


def private_settings() -> QSettings:
    """The app's settings (window layout, recent workspaces: the names of the files that
    hold personal data), in a file only its owner can read or write (0600, in a folder of
    their own: 0700), as the workspaces are. Qt keeps the file's permissions when it
    rewrites it."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if os.name != "nt":  # on Windows the settings live in the user's own registry
        make_private(Path(settings.fileName()))
    return settings


def make_private(path: Path) -> None:
    """Make the file *path* (created empty when missing) readable by its owner only."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)


def run_app(path: Path | None) -> int:
    """Open the main window on *path* (or the default workspace) and run the event loop."""
    from workbench.ui.app import make_app
    from workbench.ui.file_open import FileOpenFilter

    app = make_app()
    opener = FileOpenFilter(app)  # macOS: a double-clicked workspace arrives as an event
    if path is None:
        path = opener.take_startup_path()
    try:
        window = build_main_window(path, private_settings())
    except Cancelled:
        return 0
    opener.attach(window)
    window.rest_heap_once_painted()  # the cycle collector leaves the views alone (ui.heap)
    window.show()
    return app.exec()


def screenshot(path: Path, out: Path, size: tuple[int, int], select: str | None,
               passphrase: str | None = None) -> None:
    """Render the main window on *path* (encrypted: with its *passphrase*) offscreen into
    the PNG *out*."""
    from PySide6.QtCore import QCoreApplication

    from workbench.cli import Failure
    from workbench.ui import background
    from workbench.ui.app import make_app
    from workbench.ui.main_window import MainWindow
    from workbench.workspace import Workspace

    make_app()
    store = open_store(path, read_only=True, passphrase=passphrase)  # writes nothing
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
        while background.busy():  # the radar's list, computed off the window's thread
            background.wait()
            for _ in range(40):  # shown: thousands of items are laid out 100 per turn of the loop
                QCoreApplication.processEvents()
                time.sleep(0.001)
        if not window.grab().save(str(out), "PNG"):
            raise Failure(f"{out}: cannot write the PNG")
    finally:
        window.close()
