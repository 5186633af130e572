"""File > Import…, File > Export… and files dropped on the window: the app's door to
Voelspriet JSON, Kumu spreadsheets (.xlsx, .csv) and GraphML.

Everything goes through the open Workspace: an import is one undo entry ("Import
people.xlsx") and ends with a summary (added, updated, unchanged, skipped with reasons);
a file that cannot be imported gets a dialog that says what is wrong with it (naming the
place in it) and what to do (``workbench.ui.messages``), and the workspace stays as it
was. ``install(window)`` adds the actions to the window's File menu (before "Save a
Copy…") and accepts drops on the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Sequence, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from workbench.ui.messages import explain
from workbench.workspace import (
    EXPORT_SUFFIXES,
    IMPORT_SUFFIXES,
    EditRefused,
    ImportSummary,
    InterchangeError,
    WorkspaceError,
)

if TYPE_CHECKING:
    from workbench.ui.main_window import MainWindow

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class InterchangeActions(QObject):
    """The Import… and Export… actions of one main window, and its file drops."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        #: The last import's summary dialog (kept so that it stays open; tests read it).
        self.summary_box: QMessageBox | None = None
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setStatusTip(self.tr("Import Voelspriet JSON, a Kumu spreadsheet or GraphML"))
        self.import_action.triggered.connect(self.import_dialog)
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setStatusTip(self.tr("Export to Voelspriet JSON, a Kumu spreadsheet or GraphML"))
        self.export_action.triggered.connect(self.export_dialog)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def window(self) -> MainWindow:
        """The window these actions belong to: their Qt parent. Not held in an attribute:
        the window already holds these actions, and a cycle between the two leaves the
        window to Python's cycle collector, which may empty this object's ``__dict__``
        before Qt destroys the window (and sends its last events through eventFilter)."""
        return cast("MainWindow", self.parent())

    def add_to(self, menu: QMenu, before: QAction) -> None:
        """Put the actions into *menu* before the action *before* (with a separator)."""
        separator = QAction(menu)
        separator.setSeparator(True)
        menu.insertActions(before, [self.import_action, self.export_action, separator])

    # ------------------------------------------------------------------ texts
    def _entities(self) -> Mapping[str, str]:
        return {"stakeholders": self.tr("Stakeholders"), "relations": self.tr("Relations"),
                "groups": self.tr("Groups"), "readings": self.tr("Energy readings"),
                "interactions": self.tr("Interactions"), "sessions": self.tr("Sessions")}

    def _filters(self, suffixes: Sequence[str], everything: bool) -> list[str]:
        named = [(self.tr("Voelspriet JSON (*.json)"), ".json"),
                 (self.tr("Kumu spreadsheet (*.xlsx)"), ".xlsx"),
                 (self.tr("Kumu table, one type per file (*.csv)"), ".csv"),
                 (self.tr("GraphML: Gephi, yEd, networkx (*.graphml)"), ".graphml")]
        out = [text for text, suffix in named if suffix in suffixes]
        if everything:
            patterns = " ".join(f"*{s}" for s in suffixes)
            out.insert(0, self.tr("Everything Voelspriet imports (%1)").replace("%1", patterns))
        return out

    # ------------------------------------------------------------------ import
    def import_dialog(self) -> None:
        """File > Import…: choose a file, import it."""
        filters = self._filters(IMPORT_SUFFIXES, everything=True)
        path, _chosen = QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), str(self.window.workspace.path.parent), ";;".join(filters))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> ImportSummary | None:
        """Import *path* into the open workspace; a summary or an error dialog follows."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = self.window.workspace.import_file(path, initiator=self)
        except (InterchangeError, EditRefused, WorkspaceError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            # what happened and what to do, in the window's words (never the command line's)
            QMessageBox.warning(self.window, self.tr("Cannot import %1").replace("%1", path.name),
                                explain(exc).text + "\n\n"
                                + self.tr("Nothing was imported; the workspace is unchanged."))
            return None
        QApplication.restoreOverrideCursor()
        self.show_summary(summary)
        return summary

    def show_summary(self, summary: ImportSummary) -> None:
        """The summary dialog of an import (non-blocking; the import is already done)."""
        name = Path(summary.source).name
        lines = []
        for entity, label in self._entities().items():
            added, updated = summary.added.get(entity, 0), summary.updated.get(entity, 0)
            same = summary.unchanged.get(entity, 0)
            if added or updated or same:
                lines.append(self.tr("%1: %2 added, %3 updated, %4 unchanged").replace("%1", label)
                             .replace("%2", str(added)).replace("%3", str(updated)).replace("%4", str(same)))
        if summary.skipped:
            lines.append(self.tr("%1 skipped (see the details).").replace("%1", str(len(summary.skipped))))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                          self.tr("Imported %1.").replace("%1", name)
                          if summary.changed else self.tr("%1 holds nothing new.").replace("%1", name),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText("\n".join(lines) if lines else self.tr("The file holds no stakeholders."))
        if summary.skipped:
            box.setDetailedText("\n".join(summary.skipped))
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 24em; }")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_summary)
        self.summary_box = box
        box.open()
        self.window.statusBar().showMessage(self.tr("Imported %1").replace("%1", name), 8000)

    def _forget_summary(self) -> None:
        self.summary_box = None

    # ------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        """File > Export…: choose a file name and format, write it."""
        filters = self._filters(EXPORT_SUFFIXES, everything=False)
        workspace = self.window.workspace
        suggestion = workspace.path.with_suffix(".json")
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(suggestion),
                                                   ";;".join(filters))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_SUFFIXES:
            suffix = next((s for s in EXPORT_SUFFIXES if f"*{s})" in chosen), EXPORT_SUFFIXES[0])
            target = target.with_name(target.name + suffix)
        self.export_path(target)

    def export_path(self, path: Path) -> bool:
        """Export the open workspace to *path*; a dialog says why when it cannot."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.window.workspace.export_file(path)
        except (InterchangeError, WorkspaceError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Cannot export"), explain(exc).text)
            return False
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)
        return True

    # ------------------------------------------------------------------ drops
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Accept files Voelspriet imports when they are dragged over and dropped on the
        window (or on a child that does not take them itself).

        The filter sees every event of the window, down to the ones Qt sends while it
        destroys the window, so it looks at the event first and touches nothing else
        unless it is a drag."""
        kind = event.type()
        if kind not in _DRAG_EVENTS:
            return False
        if watched is self.parent() and isinstance(event, QDropEvent):
            paths = self._dropped_files(event)
            if paths:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    # after the drop has returned: a modal dialog inside it would block the
                    # source; with self as context, the call is dropped if the window goes first
                    QTimer.singleShot(0, self, lambda: self.import_paths(paths))
                return True
        return False

    @staticmethod
    def _dropped_files(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES]

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import dropped files in order, each its own undo entry; stop at the first failure."""
        for path in paths:
            if self.import_path(path) is None:
                return


def install(window: MainWindow) -> InterchangeActions:
    """Add File > Import… and File > Export… to *window* (before "Save a Copy…") and
    let it take dropped files."""
    actions = InterchangeActions(window)
    before = window.save_copy_action
    menu = next((m for m in before.associatedObjects() if isinstance(m, QMenu)), None)
    assert menu is not None, "the Save a Copy action is in the File menu"
    actions.add_to(menu, before)
    return actions
