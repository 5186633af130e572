"""Frozen value types for everything a workspace holds (mirrors Voelspriet JSON v1).

Ids are strings and stable: imported ids are kept, new ones are random hex. Dates are
``datetime.date`` or ``datetime.datetime`` (naive, local time of the facilitator).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Mapping

from workbench.model.enums import Channel, Phase, RemarkKind, Source, StakeholderKind, Status

ENERGY_MIN = 1
ENERGY_MAX = 5
#: The energy scale, 1–5 (English source text; the UI translates).
ENERGY_LABELS: Mapping[int, str] = {
    1: "disengaging",
    2: "doubting",
    3: "neutral",
    4: "engaged",
    5: "in flow",
}


def new_id() -> str:
    """A fresh, stable id for something created in the app."""
    return uuid.uuid4().hex[:16]


@dataclass(frozen=True)
class WorkspaceInfo:
    """The workspace's signature and phase."""

    name: str = "Voelspriet"
    about: str = ""
    what_happens: str = ""
    who_comes_and_why: str = ""
    shared_goal: str = ""
    phase: Phase = Phase.NETWORK


@dataclass(frozen=True)
class SensingSettings:
    """Thresholds of the radar's signals (PRODUCT.md defaults), configurable per workspace.

    ``as_of`` fixes the radar's "today" (e.g. for an archived or demo workspace);
    ``None`` means the real date.
    """

    silence_min_days: int = 21
    silence_gap_factor: float = 2.0
    silence_min_interactions: int = 3
    silence_escalate_factor: float = 2.0
    low_energy_max: int = 2
    energy_drop: int = 2
    energy_drop_window: int = 3
    doubt_window_days: int = 30
    theme_min_partners: int = 3
    theme_window_days: int = 30
    as_of: date | None = None


@dataclass(frozen=True)
class Group:
    """A circle, team or location; drawn as a region behind its members."""

    id: str
    name: str
    color: str | None = None
    show_region: bool = True


@dataclass(frozen=True)
class Stakeholder:
    """A person or organisation in the network (or the facilitator themself)."""

    id: str
    name: str
    kind: StakeholderKind = StakeholderKind.PERSON
    organisation: str = ""
    role: str = ""
    interests: str = ""
    needs: str = ""
    drivers: str = ""
    value: str = ""
    notes: str = ""
    email: str = ""
    phone: str = ""
    status: Status = Status.ACTIVE
    tags: tuple[str, ...] = ()
    x: float | None = None
    y: float | None = None
    pinned: bool = False
    fields: Mapping[str, Any] = field(default_factory=dict)
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relation:
    """An undirected relation between two stakeholders (one per pair)."""

    id: str
    a: str
    b: str
    kind: str = ""
    note: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)

    def other(self, stakeholder_id: str) -> str:
        """The stakeholder at the other end."""
        return self.b if stakeholder_id == self.a else self.a


@dataclass(frozen=True)
class Reading:
    """One energy reading (1–5) on a relation."""

    id: str
    relation: str
    at: datetime
    energy: int
    source: Source = Source.SENSE
    note: str = ""
    interaction: str | None = None


@dataclass(frozen=True)
class Remark:
    """Something a participant raised: a doubt, question, remark or idea."""

    id: str
    by: str
    text: str
    theme: str = ""
    kind: RemarkKind = RemarkKind.REMARK


@dataclass(frozen=True)
class Followup:
    """Something to do after an interaction."""

    id: str
    what: str
    due: date | None = None
    done: bool = False
    who: str | None = None


@dataclass(frozen=True)
class Interaction:
    """A contact moment: a call, a talk, a meeting, an event, an email or a message."""

    id: str
    at: datetime
    channel: Channel
    with_: tuple[str, ...] = ()
    summary: str = ""
    remarks: tuple[Remark, ...] = ()
    followups: tuple[Followup, ...] = ()
    session: str | None = None  # the planned session it took place in


@dataclass(frozen=True)
class AgendaItem:
    """One item of a session's agenda: what, for how long (minutes; None: not planned)
    and who leads it (a name as typed, often an attendee's; empty: the facilitator)."""

    title: str
    minutes: int | None = None
    owner: str = ""

    @staticmethod
    def of(value: "AgendaItem | str | Mapping[str, Any]") -> "AgendaItem":
        """An item from what a file or an older workspace holds: a plain text is a title
        without a duration; a mapping has ``title`` and optionally ``minutes`` and ``owner``."""
        if isinstance(value, AgendaItem):
            return value
        if not isinstance(value, Mapping):
            return AgendaItem(str(value))
        minutes = value.get("minutes")
        try:
            minutes = None if minutes is None or isinstance(minutes, bool) else max(0, int(minutes))
        except (TypeError, ValueError):
            minutes = None
        return AgendaItem(str(value.get("title") or ""), minutes, str(value.get("owner") or ""))

    def to_json(self) -> dict[str, Any]:
        """The item as stored and exchanged: ``{title, minutes, owner}`` (owner left out
        when empty, minutes when not planned)."""
        out: dict[str, Any] = {"title": self.title}
        if self.minutes is not None:
            out["minutes"] = self.minutes
        if self.owner:
            out["owner"] = self.owner
        return out


@dataclass(frozen=True)
class Session:
    """A planned session with attendees and an agenda.

    ``agenda`` holds ``AgendaItem``s; plain texts given for it (older files and
    workspaces) become items without a duration.
    """

    id: str
    title: str
    at: datetime
    place: str = ""
    goal: str = ""
    attendees: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()

    def __post_init__(self) -> None:
        if any(not isinstance(item, AgendaItem) for item in self.agenda) or not isinstance(self.agenda, tuple):
            object.__setattr__(self, "agenda", tuple(AgendaItem.of(item) for item in self.agenda))

    def schedule(self) -> list[tuple[AgendaItem, datetime | None, datetime | None]]:
        """Each agenda item with its start and end, counted from the session's start.

        Times are known up to the first item without a duration: that item still has its
        start, but neither its end nor anything after it can be known.
        """
        out: list[tuple[AgendaItem, datetime | None, datetime | None]] = []
        start: datetime | None = self.at
        for item in self.agenda:
            end = start + timedelta(minutes=item.minutes) if start is not None and item.minutes is not None else None
            out.append((item, start, end))
            start = end
        return out

    def end(self) -> datetime | None:
        """When the agenda ends (None: an item has no duration, or there is no agenda)."""
        times = self.schedule()
        return times[-1][2] if times else None


@dataclass(frozen=True)
class Reference:
    """A stakeholder a file names by text (a label or an id) rather than by a known id.

    ``id`` is the placeholder the dataset uses for it until the import resolves it
    against the workspace. When ``defined`` the file itself holds this stakeholder (a
    spreadsheet row without an ID): an existing stakeholder with the same name is updated
    instead of adding a second one, else it is new. Otherwise the file only refers to it
    (a connection's From or To): the workspace must have a stakeholder with this id or
    name, or the import fails naming ``where`` (e.g. "sheet 'Connections' row 7 column 'To'").
    """

    id: str
    text: str
    where: str
    defined: bool = False


@dataclass(frozen=True)
class Carried:
    """Which fields a source that holds only part of the model carries, per entity id.

    Field names are those of ``Stakeholder`` and ``Relation`` (``name``, ``kind``,
    ``notes`` …); ``fields.KEY`` is one custom field. An import overlays only these on a
    stakeholder or relation the workspace already has and keeps everything else
    (interests, groups, positions, readings …); a custom field the source carries but
    leaves empty is removed. An entity missing from the mapping is replaced whole.
    """

    stakeholders: Mapping[str, frozenset[str]] = field(default_factory=dict)
    relations: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Dataset:
    """A workspace's content as values: what imports produce and exports consume.

    ``workspace`` and ``settings`` are None when the source does not carry them (an
    import then leaves the workspace's own untouched). ``carried`` is None for a lossless
    source (Voelspriet JSON: entities are replaced whole); spreadsheets and graphs say
    which fields they carry, so that a re-import keeps the rest. ``references`` are
    stakeholders named by text, resolved against the workspace on import; ``skipped``
    says, in words, what the reader left out and why (shown in the import summary).
    """

    workspace: WorkspaceInfo | None = None
    settings: SensingSettings | None = None
    groups: tuple[Group, ...] = ()
    stakeholders: tuple[Stakeholder, ...] = ()
    relations: tuple[Relation, ...] = ()
    readings: tuple[Reading, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    sessions: tuple[Session, ...] = ()
    carried: Carried | None = None
    references: tuple[Reference, ...] = ()
    skipped: tuple[str, ...] = ()
