"""Who the selected stakeholder is: the fields a facilitator reads before a conversation."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from workbench.model import Stakeholder
from workbench.ui.html_panel import HtmlPanel
from workbench.workspace import PLACE, Change, Selection, Workspace
from workbench.workspace.labels import kind_label, status_label


class DetailsPanel(HtmlPanel):
    """Read-only details of the one selected stakeholder."""

    def __init__(self, workspace: Workspace, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._selection = selection
        selection.selection_changed.connect(lambda _initiator: self.refresh())
        workspace.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        shown = set(self._selection.stakeholders)
        named = shown & (change.added.get("stakeholders", frozenset()) | change.removed.get("stakeholders", frozenset())
                         | change.updated_ids("stakeholders", ignoring=PLACE))  # a move shows nothing new
        if change.reset or change.touches("groups") or named:
            self.refresh()

    def refresh(self) -> None:
        """Show the selected stakeholder, or say what to do."""
        ids = self._selection.stakeholders
        found = self._workspace.stakeholder(ids[0]) if len(ids) == 1 else None
        if found is None:
            text = (self.tr("%n stakeholders selected.").replace("%n", str(len(ids))) if ids
                    else self.tr("Select a stakeholder to see who they are."))
            self.label.setText(f"<p style='color:#666'>{escape(text)}</p>")
            return
        self.label.setText(self._html(found))

    def _html(self, s: Stakeholder) -> str:
        groups = {g.id: g.name for g in self._workspace.groups()}
        subtitle = " · ".join(x for x in (kind_label(s.kind), s.role, s.organisation, status_label(s.status)) if x)
        rows = [
            (self.tr("Groups"), ", ".join(groups.get(g, g) for g in s.groups)),
            (self.tr("Interests"), s.interests),
            (self.tr("Needs"), s.needs),
            (self.tr("Drivers"), s.drivers),
            (self.tr("Value for them"), s.value),
            (self.tr("Notes"), s.notes),
            (self.tr("Tags"), ", ".join(s.tags)),
            (self.tr("Email"), s.email),
            (self.tr("Phone"), s.phone),
        ]
        body = "".join(
            f"<p style='margin:8px 0 0 0'><b>{escape(title)}</b><br>{escape(value)}</p>"
            for title, value in rows if value)
        return (f"<h2 style='margin:0'>{escape(s.name)}</h2>"
                f"<p style='color:#555;margin:2px 0 6px 0'>{escape(subtitle)}</p>{body}")
