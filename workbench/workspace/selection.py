"""The shared selection: which stakeholders and relations the views are looking at, and
the filter (group, kind, status, tag) that the map and the stakeholder list both follow."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from PySide6.QtCore import QObject, Signal

from workbench.model import Stakeholder, StakeholderKind, Status


@dataclass(frozen=True)
class ViewFilter:
    """What to keep bright on the map and listed: a group, a kind, a status, a tag (None: any)."""

    group: str | None = None
    kind: StakeholderKind | None = None
    status: Status | None = None
    tag: str | None = None

    def active(self) -> bool:
        """True when it keeps anything out."""
        return any(v is not None for v in (self.group, self.kind, self.status, self.tag))

    def matches(self, s: Stakeholder) -> bool:
        """True when *s* passes."""
        return ((self.group is None or self.group in s.groups)
                and (self.kind is None or s.kind == self.kind)
                and (self.status is None or s.status == self.status)
                and (self.tag is None or self.tag in s.tags))


class Selection(QObject):
    """Selected stakeholder and relation ids, shared by every view of a workspace.

    Views set it (passing themselves as *initiator*) and follow ``selection_changed``,
    ignoring the changes they initiated.
    """

    selection_changed = Signal(object)  # initiator
    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stakeholders: tuple[str, ...] = ()
        self.relations: tuple[str, ...] = ()
        self.filter = ViewFilter()

    def set_filter(self, view_filter: ViewFilter) -> None:
        """Filter what the views show (the map dims, the list hides)."""
        if view_filter != self.filter:
            self.filter = view_filter
            self.filter_changed.emit()

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
