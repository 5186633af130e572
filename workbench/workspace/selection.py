"""The shared selection: which stakeholders and relations the views are looking at."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Selected stakeholder and relation ids, shared by every view of a workspace.

    Views set it (passing themselves as *initiator*) and follow ``selection_changed``,
    ignoring the changes they initiated.
    """

    selection_changed = Signal(object)  # initiator

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stakeholders: tuple[str, ...] = ()
        self.relations: tuple[str, ...] = ()

    def select(self, stakeholders: Iterable[str] = (), relations: Iterable[str] = (),
               initiator: object | None = None) -> None:
        """Replace the selection and tell the views."""
        stakeholders, relations = tuple(stakeholders), tuple(relations)
        if (stakeholders, relations) == (self.stakeholders, self.relations):
            return
        self.stakeholders, self.relations = stakeholders, relations
        self.selection_changed.emit(initiator)

    def forget(self, stakeholders: Iterable[str] = (), relations: Iterable[str] = ()) -> None:
        """Drop ids that no longer exist."""
        gone_s, gone_r = set(stakeholders), set(relations)
        self.select([s for s in self.stakeholders if s not in gone_s],
                    [r for r in self.relations if r not in gone_r])
