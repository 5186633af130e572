"""The map's controller: gestures, menus and Workspace calls, so that the scene only draws.

As in Orange's canvas, the scene maps the model to items one way, and this object turns
what the user does on it (a drag, drag-to-connect, a context menu, Delete) into Workspace
operations. Nothing here touches an item's look: the Workspace's ``changed`` brings the
scene up to date. A drag is one operation, committed on mouse release: item → controller
→ Workspace (one transaction) → scene.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent, QGraphicsSceneMouseEvent, QMenu

from workbench.canvas.interactions import ConnectInteraction
from workbench.canvas.items import NodeItem
from workbench.canvas.scene import MapScene
from workbench.model import StakeholderKind, Status
from workbench.workspace import EditRefused, Workspace
from workbench.workspace.labels import kind_label, status_label

#: Offered in the relation-kind chooser after the kinds already in use.
DEFAULT_RELATION_KINDS = ("knows", "works with", "collaborates", "funds", "mentors", "member of")


class MapController(QObject):
    """Turns gestures on a ``MapScene`` into Workspace operations."""

    rename_requested = Signal(str)              # stakeholder id
    connect_kind_requested = Signal(str, str)   # source, target: ask which kind
    refused = Signal(str)                       # an edit the workspace refused, for a dialog
    context_menu_empty = Signal(object, QPointF)  # a menu to fill, the scene position
    told = Signal(str)                          # a short message for the status bar
    log_requested = Signal(list)                # stakeholder ids: log a contact with them
    node_menu_filled = Signal(object, str)      # a node's menu and its stakeholder id: others add to it

    def __init__(self, scene: MapScene, workspace: Workspace) -> None:
        super().__init__(scene)
        self.scene = scene
        self.workspace = workspace
        self.connecting: ConnectInteraction | None = None
        self._start: dict[str, QPointF] = {}       # where the dragged nodes were at press
        self._inside: dict[str, set[str]] = {}     # the regions each one was inside at press
        self._moving = False
        scene.controller = self

    # ------------------------------------------------------------------ dragging nodes
    def press(self) -> None:
        """The mouse went down on a node: remember where the selection is, and in which regions."""
        self._start = {item.id: item.pos() for item in self.scene.selected_nodes()}
        self._inside = {sid: set(self._regions_at(pos)) for sid, pos in self._start.items()}
        self._moving = False

    def moved(self) -> None:
        """A node moved while the button is down: the drag has begun."""
        if self._start and not self._moving:
            self._moving = True
            self.scene.start_live(list(self._start))

    def release(self) -> None:
        """The mouse went up: one operation for the whole drag."""
        start, self._start = self._start, {}
        if not self._moving:
            return
        self._moving = False
        self.scene.end_live()
        positions = {}
        for sid, before in start.items():
            item = self.scene.items_by_id.get(sid)
            if item is not None and item.pos() != before:
                positions[sid] = (item.pos().x(), item.pos().y())
        if positions:
            self.commit_move(positions)

    def _regions_at(self, point: QPointF) -> list[str]:
        """The shown regions containing *point*, bottom first (the last is drawn on top)."""
        return [gid for gid, region in self.scene.regions.items() if region.contains_scene_point(point)]

    def commit_move(self, positions: dict[str, tuple[float, float]]) -> None:
        """One undo entry for a drag. A node dropped into a region it was outside of at the
        press joins that group (the topmost such region only); a nudge within a region it
        already sat in joins nothing."""
        joins: dict[str, list[str]] = {}
        for sid, (x, y) in positions.items():
            item = self.scene.items_by_id[sid]
            entered = [gid for gid in self._regions_at(QPointF(x, y))
                       if gid not in self._inside.get(sid, ()) and gid not in item.stakeholder.groups]
            if entered:
                joins.setdefault(entered[-1], []).append(sid)
        ws = self.workspace
        if not joins:
            self._try(ws.move_stakeholders, positions, initiator=self.scene)
            return
        names = ", ".join(self.scene.regions[g].group.name for g in joins)
        with ws.macro(self.tr("Move into %1").replace("%1", names), initiator=self.scene):
            ws.move_stakeholders(positions, initiator=self.scene)
            for gid, members in joins.items():
                ws.set_group_members(gid, add=members, initiator=self.scene)

    def apply_positions(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        """Move many nodes as one undo entry (auto-layout, tidy)."""
        if positions:
            self._try(self.workspace.move_stakeholders, positions, text=text)

    # ------------------------------------------------------------------ connecting
    def start_connect(self, source: NodeItem, at: QPointF, dragging: bool = True) -> ConnectInteraction:
        """Begin drag-to-connect from *source* (or click-to-connect when not *dragging*)."""
        if self.connecting is not None:
            self.connecting.cancel()
        interaction = ConnectInteraction(self.scene, source, at)
        interaction.setProperty("dragging", dragging)
        interaction.finished.connect(self._connect_finished)
        interaction.canceled.connect(self._connect_done)
        self.connecting = interaction
        interaction.started.emit()
        return interaction

    def _connect_finished(self, source: str, target: str) -> None:
        self._connect_done()
        existing = self.workspace.relation_between(source, target)
        if existing is not None:
            self.scene.select_relations([existing.id])
            return
        self.connect_kind_requested.emit(source, target)

    def _connect_done(self) -> None:
        self.connecting = None

    def connect(self, a: str, b: str, kind: str) -> str | None:  # type: ignore[override]
        """Create the relation a–b of *kind* and select it; if the pair is connected
        already, select that relation."""
        existing = self.workspace.relation_between(a, b)
        if existing is not None:
            self.scene.select_relations([existing.id])
            return existing.id
        try:
            rid = self.workspace.connect(a, b, kind.strip(), initiator=self.scene)
        except EditRefused as exc:
            self.refused.emit(str(exc))
            return None
        self.scene.select_relations([rid])
        return rid

    def relation_kinds(self) -> list[str]:
        """Kinds in use, most used first, then the usual ones (for the kind chooser)."""
        used = self.workspace.relation_kinds()
        return used + [k for k in DEFAULT_RELATION_KINDS if k not in used]

    # ------------------------------------------------------------------ editing
    def _try(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except EditRefused as exc:
            self.refused.emit(str(exc))

    def delete_selected(self) -> None:
        """Delete the selected stakeholders and relations (one undo entry)."""
        nodes = [it.id for it in self.scene.selected_nodes()]
        relations = [r for r in self.scene.selected_relations
                     if not {self.scene.relations[r].a, self.scene.relations[r].b} & set(nodes)]
        ws = self.workspace
        at = ws.undo_stack.index()
        names = [self.scene.items_by_id[n].stakeholder.name for n in nodes]
        if nodes and relations:
            with ws.macro(self.tr("Delete selection")):
                self._try(ws.delete_stakeholders, nodes)
                self._try(ws.disconnect, relations)
        elif nodes:
            self._try(ws.delete_stakeholders, nodes)
        elif relations:
            self._try(ws.disconnect, relations)
        if ws.undo_stack.index() != at:
            # nothing was asked first, because undo brings it back: say so
            what = (names[0] if len(names) == 1 else
                    self.tr("%n stakeholders").replace("%n", str(len(nodes))) if nodes else
                    self.tr("the relation") if len(relations) == 1 else
                    self.tr("%n relations").replace("%n", str(len(relations))))
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
            self.told.emit(self.tr("Deleted %1 — %2 brings it back").replace("%1", what).replace("%2", undo))

    def set_fields(self, stakeholder_id: str, **fields: Any) -> None:
        """Change some fields of a stakeholder; a refusal is shown."""
        self._try(self.workspace.set_fields, stakeholder_id, **fields)

    def set_membership(self, stakeholder_id: str, group_id: str, member: bool) -> None:
        """Add a stakeholder to a group or remove it."""
        if member:
            self._try(self.workspace.set_group_members, group_id, add=[stakeholder_id])
        else:
            self._try(self.workspace.set_group_members, group_id, remove=[stakeholder_id])

    # ------------------------------------------------------------------ events the scene passes on
    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A press on the scene; True when handled here."""
        scene = self.scene
        if self.connecting is not None and event.button() == Qt.MouseButton.LeftButton:
            self.connecting.release(event.scenePos())  # "Connect to…" picks by click
            return True
        if event.button() == Qt.MouseButton.LeftButton and scene.node_at(event.scenePos()) is None:
            add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            rid = scene.relation_at(event.scenePos(), scene.tolerance(event))
            if rid is not None:
                scene.select_relations([rid], add=add)
                return True
            if scene.selected_relations and not add:
                scene.select_relations([])
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        """The pointer moved over the scene; True when handled here."""
        if self.connecting is not None:
            self.connecting.move(event.scenePos())
            return True
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A release on the scene; True when handled here."""
        if self.connecting is not None and self.connecting.property("dragging"):
            grabber = self.scene.mouseGrabberItem()
            if grabber is not None:
                grabber.ungrabMouse()
            self.connecting.release(event.scenePos())
            return True
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        """A key on the scene; True when handled here."""
        if event.key() == Qt.Key.Key_Escape and self.connecting is not None:
            self.connecting.cancel()
            return True
        return False

    # ------------------------------------------------------------------ context menus
    def context_menu(self, event: QGraphicsSceneContextMenuEvent) -> None:
        """Right click: the menu of a node, a relation or the empty map."""
        scene = self.scene
        node = scene.node_at(event.scenePos())
        menu = QMenu(event.widget())
        if node is not None:
            if not node.isSelected():
                scene.clearSelection()
                node.setSelected(True)
            self.node_menu(menu, node, event.scenePos())
        else:
            rid = scene.relation_at(event.scenePos(), 8.0)
            if rid is not None:
                scene.select_relations([rid])
                self.relation_menu(menu, rid)
            else:
                self.context_menu_empty.emit(menu, event.scenePos())
        if not menu.isEmpty():
            menu.exec(event.screenPos())

    def node_menu(self, menu: QMenu, node: NodeItem, at: QPointF) -> None:
        """Fill *menu* with what can be done to *node*."""
        s = node.stakeholder
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(s.id)).setShortcut("F2")
        menu.addAction(self.tr("Connect to…"), lambda: self.start_connect(node, at, dragging=False))
        menu.addAction(self.tr("Log a contact…"), lambda: self.log_requested.emit([n.id for n in self.scene.selected_nodes()]))
        kinds = menu.addMenu(self.tr("Kind"))
        for kind in StakeholderKind:
            if kind == StakeholderKind.FACILITATOR:
                continue
            a = kinds.addAction(kind_label(kind), lambda k=kind: self.set_fields(s.id, kind=k))
            a.setCheckable(True)
            a.setChecked(kind == s.kind)
        kinds.setEnabled(s.kind != StakeholderKind.FACILITATOR)
        statuses = menu.addMenu(self.tr("Status"))
        for status in Status:
            a = statuses.addAction(status_label(status), lambda st=status: self.set_fields(s.id, status=st))
            a.setCheckable(True)
            a.setChecked(status == s.status)
        groups = menu.addMenu(self.tr("Groups"))
        for gid, region in sorted(self.scene.regions.items(), key=lambda kv: kv[1].group.name):
            a = groups.addAction(region.group.name)
            a.setCheckable(True)
            a.setChecked(gid in s.groups)
            a.toggled.connect(lambda on, g=gid: self.set_membership(s.id, g, on))
        groups.setEnabled(bool(self.scene.regions))
        pin = menu.addAction(self.tr("Pinned (auto-layout leaves it)"),
                             lambda: self.set_fields(s.id, pinned=not s.pinned))
        pin.setCheckable(True)
        pin.setChecked(s.pinned)
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete"), self.delete_selected)
        delete.setShortcut("Del")
        delete.setEnabled(s.kind != StakeholderKind.FACILITATOR)
        self.node_menu_filled.emit(menu, s.id)

    def relation_menu(self, menu: QMenu, rid: str) -> None:
        """Fill *menu* with what can be done to the relation *rid*."""
        relation = self.scene.relations[rid]
        kinds = menu.addMenu(self.tr("Kind"))
        for kind in self.relation_kinds():
            a = kinds.addAction(kind, lambda k=kind: self._try(
                self.workspace.set_relation_fields, rid, kind=k))
            a.setCheckable(True)
            a.setChecked(kind == relation.kind)
        menu.addSeparator()
        menu.addAction(self.tr("Disconnect"), lambda: self._try(self.workspace.disconnect, [rid]))
