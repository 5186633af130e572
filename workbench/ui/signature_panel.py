"""The workspace's signature, phase and size at a glance."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from workbench.ui.html_panel import HtmlPanel
from workbench.workspace import Change, Workspace
from workbench.workspace.labels import phase_label


class SignaturePanel(HtmlPanel):
    """What the ecosystem is about, its shared goal and phase, and how big it is."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        workspace.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        counted = ("stakeholders", "relations", "interactions", "sessions")
        if (change.touches("workspace") or any(change.added.get(e) or change.removed.get(e) for e in counted)):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the signature and counts."""
        info = self._workspace.info()
        counts = self._workspace.counts()
        size = self.tr("%1 stakeholders · %2 relations · %3 interactions · %4 sessions")
        for i, table in enumerate(("stakeholders", "relations", "interactions", "sessions"), 1):
            size = size.replace(f"%{i}", str(counts[table]))
        parts = [
            (self.tr("About"), info.about),
            (self.tr("What happens"), info.what_happens),
            (self.tr("Who comes and why"), info.who_comes_and_why),
            (self.tr("Shared goal"), info.shared_goal),
        ]
        body = "".join(f"<p style='margin:8px 0 0 0'><b>{escape(t)}</b><br>{escape(v)}</p>"
                       for t, v in parts if v)
        phase = self.tr("Phase")
        self.label.setText(
            f"<h2 style='margin:0'>{escape(info.name)}</h2>"
            f"<p style='color:#555;margin:2px 0 0 0'>{escape(phase)}: "
            f"{escape(phase_label(info.phase))}<br>{escape(size)}</p>{body}")
