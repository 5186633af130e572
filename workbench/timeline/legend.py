"""The timeline's legend as a list model: a row per shown relation, then the kinds of
contact; ticking a row shows it, unticking hides it.

A model rather than a list of items: its rows are the overlay's tracks, so showing 200
relations costs nothing until a row is painted (a ``QListWidget`` item per relation took
~80 µs each, a sixth of the draw budget at 200 relations).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QIcon

from workbench.model import Channel
from workbench.timeline.overlay import Overlay, tr
from workbench.workspace.labels import channel_label, energy_label

Index = QModelIndex | QPersistentModelIndex


class LegendModel(QAbstractListModel):
    """Rows ``("relation", id)``, then ``("heading", "")`` and ``("channel", name)`` for
    the kinds of contact shown. *icon* paints a row's symbol (a relation's line, a
    channel's marker shape)."""

    toggled = Signal(str, str, bool)  # kind, key, shown

    def __init__(self, overlay: Overlay, icon: Callable[[str, str], QIcon], parent: Any = None) -> None:
        super().__init__(parent)
        self.overlay = overlay
        self._icon = icon
        self.rows: list[tuple[str, str]] = []

    def refresh(self) -> None:
        """Rows from the overlay as it is now."""
        self.beginResetModel()
        channels = {m.interaction.channel for m in self.overlay.markers}
        self.rows = [("relation", rid) for rid in self.overlay.tracks]
        if channels:
            self.rows.append(("heading", ""))
            self.rows += [("channel", str(c)) for c in Channel if c in channels]
        self.endResetModel()

    def row_of(self, kind: str, key: str) -> int:
        """The row of an entry, -1 when it has none."""
        try:
            return self.rows.index((kind, key))
        except ValueError:
            return -1

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()][0] == "heading":
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        kind, key = self.rows[index.row()]
        if kind == "relation":
            return self._relation_data(key, role)
        if kind == "channel":
            if role == Qt.ItemDataRole.DisplayRole:
                return channel_label(Channel(key))
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(kind, key)
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Unchecked if key in self.overlay.hidden_channels
                        else Qt.CheckState.Checked)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("Contacts")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _relation_data(self, rid: str, role: int) -> Any:
        track = self.overlay.tracks.get(rid)
        if track is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return track.label
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(kind="relation", key=rid)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if track.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and track.emphasised:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            count = len(track.x)
            tip = [self.overlay.relation_title(rid)]
            if track.relation.kind:
                tip.append(track.relation.kind)
            if count:
                latest = int(track.y[-1])
                tip.append((tr("one reading") if count == 1 else tr("%1 readings").replace("%1", str(count)))
                           + ", " + tr("latest: %1").replace("%1", f"{latest} {energy_label(latest)}"))
            else:
                tip.append(tr("no readings yet"))
            return "\n".join(tip)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        kind, key = self.rows[index.row()]
        shown = Qt.CheckState(value) == Qt.CheckState.Checked
        if kind == "relation" and key in self.overlay.tracks:
            self.overlay.tracks[key].visible = shown
            self.overlay.invalidate_hits()
        elif kind == "channel":
            (self.overlay.hidden_channels.discard if shown else self.overlay.hidden_channels.add)(key)
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(kind, key, shown)
        return True
