"""The main window: menus, the central view, docks, and the open workspace's lifecycle."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from workbench.canvas.map_widget import MapWidget
from workbench.timeline import TimelineWidget
from workbench.ui import heap
from workbench.ui.backups import install as install_backups
from workbench.ui.capture import install as install_capture
from workbench.ui.details_panel import DetailsPanel
from workbench.ui.encryption import install as install_encryption
from workbench.ui.first_frame import after_first_frame
from workbench.ui.interchange_actions import install as install_interchange
from workbench.ui.messages import explain
from workbench.ui.privacy import install as install_privacy
from workbench.ui.radar_dock import install as install_radar
from workbench.ui.sessions import install as install_sessions
from workbench.ui.stakeholder_table import StakeholderTable
from workbench.workspace import (
    Change,
    Selection,
    Workspace,
    WorkspaceError,
    create_workspace,
)

if TYPE_CHECKING:  # pragma: no cover
    from workbench.ui.meeting import MeetingView

SUFFIX = ".voelspriet"
MAX_RECENT = 8
#: The map always keeps at least this much room beside the docks.
MIN_MAP_WIDTH = 420
#: The timeline dock's first height (px).
TIMELINE_HEIGHT = 190
#: The window's style sheet: no widget animations in it. Qt's dock layout animates every
#: geometry change of a dock, tab bar or the central widget (for zero time when docks are not
#: animated), and a window destroyed while one is pending crashes inside Qt. A style sheet
#: rather than a QProxyStyle overriding styleHint in Python: Qt asks the style thousands of
#: times while it builds and paints the window, and each call into Python cost ~20 ms of a
#: start in all (bench/README.md, "Start-up"); it draws the same pixels.
NO_LAYOUT_ANIMATIONS = "* { widget-animation-duration: 0; }"


class MainWindow(QMainWindow):
    """One window showing one workspace; File > Open switches it.

    *settings* remembers geometry, dock layout and recent files; ``None`` (screenshots,
    some tests) starts from the default layout and remembers nothing.
    """

    #: Each workspace's objects are set aside from the cycle collector once its views are
    #: painted (``ui.heap``): the app turns it on (``rest_heap_once_painted``), tests leave it off.
    rest_heap = False

    def __init__(self, workspace: Workspace, settings: QSettings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.selection: Selection | None = None  # one per workspace, with its views
        self._settings = settings
        self.setObjectName("mainWindow")
        self.setStyleSheet(NO_LAYOUT_ANIMATIONS)
        self.resize(1400, 900)
        self.docks: dict[str, QDockWidget] = {}
        for key, title, area in (
            ("stakeholders", self.tr("Stakeholders"), Qt.DockWidgetArea.LeftDockWidgetArea),
            ("signature", self.tr("Signature"), Qt.DockWidgetArea.LeftDockWidgetArea),
            ("radar", self.tr("Radar"), Qt.DockWidgetArea.LeftDockWidgetArea),
            ("details", self.tr("Stakeholder"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("timeline", self.tr("Energy timeline"), Qt.DockWidgetArea.BottomDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{key}Dock")
            self.addDockWidget(area, dock)
            self.docks[key] = dock
        self.tabifyDockWidget(self.docks["stakeholders"], self.docks["signature"])
        self.docks["stakeholders"].raise_()
        self._build_menus()
        self.interchange = install_interchange(self)  # File > Import…/Export…, drops
        self.capture = install_capture(self)  # Contacts menu, Ctrl+L, the interaction log and follow-ups docks
        self.encryption = install_encryption(self)  # File › Encrypt Workspace…; passphrases when opening
        self.backups = install_backups(self)  # File › Restore from Backup…; rolling backups
        self.privacy = install_privacy(self)  # the stakeholder menus' Erase Person… and Export Everything…
        self.radar = install_radar(self)  # the radar dock (a tab on the left, raised), Edit › Sensing Settings…
        self.sessions = install_sessions(self)  # the Sessions dock, session editors, File › Print Brief…
        self._show_workspace()
        # Sized once every dock and tab group exists (a tab group made later loses the sizes):
        # the sides, and the timeline low so the map keeps most of the height. A saved layout
        # (restoreState below) still wins.
        # (wide enough for every tab title to read whole: 4 tabs on the left in Dutch need 350)
        self.resizeDocks([self.docks["stakeholders"], self.docks["details"]],
                         [max(310, self._tabs_width(self.docks["stakeholders"])),
                          max(300, self._tabs_width(self.docks["details"]))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["timeline"]], [TIMELINE_HEIGHT], Qt.Orientation.Vertical)
        self._hide_stale_tab_bars()
        if settings is not None:
            if not self.restoreGeometry(settings.value("geometry", b"")):
                self.resize(_first_size())  # a first start: as the screen allows
            self.restoreState(settings.value("windowState", b""))
            self._remember(workspace.path)

    # ------------------------------------------------------------------ building
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New Workspace…"), self.new_workspace)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(self.tr("&Open…"), self.open_dialog)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.save_copy_action = file_menu.addAction(self.tr("Save a &Copy…"), self.save_copy_dialog)
        self.save_copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.export_map_action = file_menu.addAction(self.tr("Export Map &Image…"), self.export_map_dialog)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        for key in ("stakeholders", "signature", "details"):
            self.view_menu.addAction(self.docks[key].toggleViewAction())
        self.view_menu.addAction(self.docks["timeline"].toggleViewAction())
        self.meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.meeting_action = self.meeting_menu.addAction(self.tr("Start a Meeting with the Selected People…"),
                                                          self.start_meeting)
        self.meeting_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Voelspriet"), self._about)

    # (slots are methods, not lambdas: a lambda holding the window, kept by a child's signal
    # in Qt, would keep a closed window alive)
    def _radar_flags(self, flags: dict) -> None:
        self.map.scene.set_radar(flags)

    def _show_timeline(self) -> None:
        self.docks["timeline"].show()
        self.docks["timeline"].raise_()

    def _hide_stale_tab_bars(self) -> None:
        """Hide the tab bar Qt leaves behind when a tab group grows (a dock tabbed to a group
        already tabbed): it stays shown over the map's filter row, its tabs a part of the
        group's real bar."""
        bars = [bar for bar in self.findChildren(QTabBar) if bar.parentWidget() is self]
        tabs = {bar: {bar.tabText(i) for i in range(bar.count())} for bar in bars}
        for bar in bars:
            if any(other is not bar and tabs[bar] < tabs[other] for other in bars):
                bar.hide()

    def _tabs_width(self, dock: QDockWidget) -> int:
        """The width the tabs of *dock*'s tab group need to show every title whole (0: no tabs)."""
        title = dock.windowTitle()
        return max([bar.sizeHint().width() + 4 for bar in self.findChildren(QTabBar)
                    if any(bar.tabText(i) == title for i in range(bar.count()))], default=0)

    def _show_workspace(self) -> None:
        """Build the views of the current workspace as one unit: its selection, the map,
        the table and the panels. The previous workspace's unit is torn down first, so
        nothing keeps listening to (or reading) a closed workspace."""
        ws = self.workspace
        if self.rest_heap:
            heap.wake()  # the views going now may be collected
        self._tear_down_views()
        self.edit_menu.clear()
        self.undo_action = ws.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ws.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.selection = Selection(self)
        self.map = MapWidget(ws, self.selection, self)
        self.map.refused.connect(self.show_refusal)
        self.map.told.connect(self.tell)
        self.map.setMinimumWidth(MIN_MAP_WIDTH)
        self.setCentralWidget(self.map)
        self.table = StakeholderTable(ws, self.selection, self)
        self.docks["stakeholders"].setWidget(self.table)
        after_first_frame(self, lambda: self._build_signature(ws))  # behind the Stakeholders tab
        self.details = DetailsPanel(ws, self.selection, self)  # the conversation prep
        self.details.told.connect(self.tell)
        self.details.timeline_requested.connect(self._show_timeline)
        self.docks["details"].setWidget(self.details)
        self.docks["timeline"].setWidget(TimelineWidget(ws, self.selection, self))  # loads pyqtgraph once shown
        self.capture.show_workspace(ws, self.selection)
        self.sessions.show_workspace(ws, self.selection)
        self.encryption.show_workspace(ws)
        self.backups.show_workspace(ws, self.selection)
        self.privacy.show_workspace(ws, self.selection)
        self.radar.show_workspace(ws, self.selection)
        self.radar.dock_widget.flags_changed.connect(self._radar_flags)  # halos on the map
        ws.changed.connect(self._on_changed)
        self._update_title()
        self.statusBar().showMessage(str(ws.path))
        QTimer.singleShot(0, self.map.view, self.map.view.fit)  # once the view has its size (not if it is gone)
        after_first_frame(self.map, self._offer_meeting_draft)  # a meeting not ended last time
        if self.rest_heap:
            after_first_frame(self.map, heap.rest)

    def rest_heap_once_painted(self) -> None:
        """From now on, set each workspace's objects aside from the cycle collector once its
        views are painted (this one's too; ``ui.heap``)."""
        self.rest_heap = True
        after_first_frame(self.map, heap.rest)

    def _build_signature(self, ws: Workspace) -> None:
        """The signature panel of *ws* (built once the window's first frame, with the map,
        is painted: it starts behind the Stakeholders tab)."""
        from workbench.ui.signature_panel import SignaturePanel

        if ws is self.workspace and not ws.closed and self.docks["signature"].widget() is None:
            self.docks["signature"].setWidget(SignaturePanel(ws, self.selection, self))

    def _tear_down_views(self) -> None:
        """Delete the views of the workspace shown until now (none at the start)."""
        if self.selection is None:
            return
        old = [self.takeCentralWidget(), *(dock.widget() for dock in self.docks.values()), self.selection]
        for obj in old:
            if obj is None:
                continue
            if isinstance(obj, QWidget):
                obj.hide()
                obj.setParent(None)
            obj.deleteLater()  # its connections go with it
        self.selection.blockSignals(True)  # and until then nothing reaches the old views

    def _on_changed(self, change: Change) -> None:
        if change.touches("workspace"):
            self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.workspace.info().name} — Voelspriet")
        self.setWindowFilePath(str(self.workspace.path))

    # ------------------------------------------------------------------ files
    def switch_to(self, workspace: Workspace) -> None:
        """Show *workspace* instead of the current one, which is closed."""
        old = self.workspace
        old.changed.disconnect(self._on_changed)
        # the docks keep their sizes, whatever size the new views would like
        sides = [d for d in self.docks.values() if d.isVisible() and not d.visibleRegion().isEmpty()]
        widths = [d.width() for d in sides]
        self.workspace = workspace
        self._show_workspace()
        # once the new views are laid out (they would take their preferred widths)
        QTimer.singleShot(0, self, lambda: self.resizeDocks(sides, widths, Qt.Orientation.Horizontal))
        old.close()
        self._remember(workspace.path)

    def open_path(self, path: Path) -> bool:
        """Open the workspace at *path*; a dialog says why when it cannot."""
        if Path(path).absolute() == self.workspace.path:
            return True
        try:
            workspace = self.encryption.open(Path(path))  # asks for the passphrase when encrypted
        except WorkspaceError as exc:
            QMessageBox.warning(self, self.tr("Cannot open workspace"), explain(exc).text)
            return False
        if workspace is None:  # cancelled: the current workspace stays
            return False
        self.switch_to(workspace)
        return True

    def open_dialog(self) -> None:
        """File > Open…"""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Workspace"), str(self.workspace.path.parent),
            self.tr("Voelspriet workspaces (*.voelspriet);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def new_workspace(self, path: Path | None = None, name: str | None = None) -> bool:
        """File > New Workspace…: create an empty workspace and switch to it."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("New Workspace"), str(self.workspace.path.parent),
                self.tr("Voelspriet workspaces (*.voelspriet)"))
            if not chosen:
                return False
            path = Path(chosen)
        path = _with_suffix(path)
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New Workspace"),
                                            self.tr("Name of the network or community:"),
                                            text=path.stem)
            if not ok:
                return False
        try:
            workspace = create_workspace(path, name.strip() or path.stem)
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot create workspace"), explain(exc).text)
            return False
        self.switch_to(workspace)
        return True

    def save_copy(self, path: Path) -> bool:
        """Write a consistent copy of the workspace to *path*."""
        try:
            self.workspace.save_copy(_with_suffix(path))
        except (WorkspaceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), explain(exc).text)
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(path)), 8000)
        return True

    def save_copy_dialog(self) -> None:
        """File > Save a Copy…"""
        suggestion = self.workspace.path.with_name(self.workspace.path.stem + " copy" + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), str(suggestion),
                                              self.tr("Voelspriet workspaces (*.voelspriet)"))
        if path:
            self.save_copy(Path(path))

    def recent_files(self) -> list[str]:
        """Recently opened workspaces, newest first."""
        if self._settings is None:
            return []
        value = self._settings.value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        if self._settings is None:
            return
        files = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self._settings.setValue("recentFiles", files[:MAX_RECENT])

    def _fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        files = [p for p in self.recent_files() if Path(p).exists()]
        for p in files:
            action = menu.addAction(Path(p).name, lambda p=p: self.open_path(Path(p)))
            action.setToolTip(p)
            action.setEnabled(Path(p) != self.workspace.path)
        if not files:
            menu.addAction(self.tr("No recent workspaces")).setEnabled(False)

    def export_map_dialog(self) -> None:
        """File > Export Map Image…: PNG (print quality) or SVG."""
        name = _file_name(self.workspace.info().name) or self.workspace.path.stem
        suggestion = self.last_folder() / self.tr("%1 map.png").replace("%1", name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Map Image"), str(suggestion),
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.remember_folder(Path(path).parent)
            self.export_map(Path(path))

    def last_folder(self) -> Path:
        """The folder the user last saved a file to (else their documents folder)."""
        from PySide6.QtCore import QStandardPaths

        home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        value = self._settings.value("lastFolder", "") if self._settings is not None else ""
        folder = Path(value) if value else Path(home or Path.home())
        return folder if folder.is_dir() else Path.home()

    def remember_folder(self, folder: Path) -> None:
        """Remember where the user saves files."""
        if self._settings is not None:
            self._settings.setValue("lastFolder", str(folder))

    def export_map(self, path: Path) -> bool:
        """Write the map to *path* (.png or .svg)."""
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        try:
            self.map.export_image(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the map"), explain(exc).text)
            return False
        self.statusBar().showMessage(self.tr("Exported the map as %1").replace("%1", str(path)), 8000)
        return True

    # ------------------------------------------------------------------ misc
    def start_meeting(self, attendees: list[str] | None = None, title: str = "",
                      session: str | None = None) -> MeetingView | None:
        """Meeting › Start: the meeting view for the selected people (or *attendees*)."""
        people = list(attendees if attendees is not None else self.selection.stakeholders)
        if not [p for p in people if p != self.workspace.facilitator_id()]:
            QMessageBox.information(self, self.tr("Who takes part?"), self.tr(
                "Select the people taking part on the map or in the list first (Ctrl+click adds "
                "more), then start the meeting."))
            return None
        from workbench.ui.meeting import start_meeting

        return start_meeting(self, self.workspace, people, title, session)

    def _offer_meeting_draft(self) -> None:
        if self.isVisible() and self._settings is not None:  # the app, not a screenshot
            from workbench.ui.meeting import offer_draft

            offer_draft(self, self.workspace)

    def tell(self, message: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, 10000)

    def show_refusal(self, message: str) -> None:
        """Tell the user why an edit was refused."""
        QMessageBox.information(self, self.tr("Not possible"), message)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Voelspriet"), self.tr(
            "Voelspriet — the facilitator's workbench for Communities of Practice and "
            "stakeholder networks. Everything stays on this computer, in one workspace file."))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._settings is not None:
            self._settings.setValue("geometry", self.saveGeometry())
            self._settings.setValue("windowState", self.saveState())
            self._settings.sync()
        self.workspace.close()
        super().closeEvent(event)


#: Room left for the window's title bar and borders on a first start.
FRAME = QSize(0, 40)


def _first_size() -> QSize:
    """1400×900, or what the screen has room for beside the window's frame (a 13-inch laptop:
    1366×768), so that the map is fitted to the size the window really gets."""
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else QSize(1400, 900)
    return QSize(min(1400, room.width() - FRAME.width()), min(900, room.height() - FRAME.height()))


def _with_suffix(path: Path) -> Path:
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def _file_name(text: str) -> str:
    """*text* usable as a file name on every platform (no / \\ : * ? " < > |)."""
    return "".join(c for c in text if c not in '/\\:*?"<>|').strip(" .")
