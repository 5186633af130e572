"""What the radar looks at: plain columns and rows, as the store's column reads give them.

:class:`Observations` gathers them. Its row types are structural (any object with these
attributes will do): the store's ``series.RemarkSeen`` and ``series.OpenFollowup`` fit as
they are, and so do the small NamedTuples here, which tests and :func:`observe` use.
:func:`observe` builds the same from a :class:`~workbench.model.Dataset` (model values), so
that the radar can run on a file that was only read, and tests need no database.

Which reads the radar needs, given its settings and its day, is said here too
(:func:`remarks_from`, :func:`readings_needed`, :func:`participants_needed`), so that the
caller reads no more than necessary and the rules stay in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable, Mapping, NamedTuple, Protocol, Sequence

from workbench.model import Dataset, SensingSettings, StakeholderKind


class RemarkLike(Protocol):
    """A remark with when it was raised (``series.RemarkSeen`` is one)."""

    @property
    def by(self) -> str: ...
    @property
    def theme(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def interaction(self) -> str: ...
    @property
    def text(self) -> str: ...


class FollowupLike(Protocol):
    """A follow-up that is not done (``series.OpenFollowup`` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def what(self) -> str: ...
    @property
    def due(self) -> date | None: ...
    @property
    def who(self) -> str | None: ...
    @property
    def interaction(self) -> str | None: ...


class RemarkRow(NamedTuple):
    """A remark as the radar reads it."""

    by: str
    theme: str
    kind: str
    at: datetime
    interaction: str
    text: str


class FollowupRow(NamedTuple):
    """An open follow-up as the radar reads it (``interaction`` None: one on its own)."""

    id: str
    what: str
    due: date | None
    who: str | None
    interaction: str | None


class People(NamedTuple):
    """Every stakeholder as parallel columns (``series.StakeholderColumns`` is one)."""

    ids: Sequence[str]
    kinds: Sequence[str]
    statuses: Sequence[str]
    names: Sequence[str]


@dataclass(frozen=True)
class Observations:
    """Everything the signals look at.

    - ``people``: ids, kinds, statuses and names as columns;
    - ``facilitator``: the facilitator's id (None: taken from ``people.kinds``);
    - ``relation_ends``: per relation id its two stakeholder ids;
    - ``latest_readings``: per relation id its latest readings ``(at, energy)``, newest
      last; at least ``readings_needed(settings)`` of them where a relation has that many;
    - ``contact_dates``: per stakeholder id the times of their interactions, oldest first,
      one per interaction;
    - ``remarks``: every remark raised since ``remarks_from(settings, today)`` (more do no
      harm: the windows are applied again);
    - ``followups``: every follow-up not done;
    - ``participants``: per interaction id its participants, for at least the
      interactions ``participants_needed`` names.
    """

    people: People
    facilitator: str | None = None
    relation_ends: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    latest_readings: Mapping[str, Sequence[tuple[datetime, int]]] = field(default_factory=dict)
    contact_dates: Mapping[str, Sequence[datetime]] = field(default_factory=dict)
    remarks: Sequence[RemarkLike] = ()
    followups: Sequence[FollowupLike] = ()
    participants: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def facilitator_id(self) -> str | None:
        """The facilitator: as given, else the stakeholder of kind facilitator."""
        if self.facilitator is not None:
            return self.facilitator
        for sid, kind in zip(self.people.ids, self.people.kinds):
            if kind == StakeholderKind.FACILITATOR:
                return sid
        return None


# --------------------------------------------------------------------------- the day and the reads


def radar_day(settings: SensingSettings, today: date | None = None) -> date:
    """The radar's "today": *today* when given, else the settings' ``as_of``, else the real date."""
    if today is not None:
        return today
    return settings.as_of if settings.as_of is not None else date.today()


def remarks_from(settings: SensingSettings, today: date) -> date:
    """The first day whose remarks the radar needs (the longer of the two windows)."""
    return today - timedelta(days=max(settings.doubt_window_days, settings.theme_window_days, 0))


def readings_needed(settings: SensingSettings) -> int:
    """How many of each relation's latest readings the radar needs: the latest and the
    ``energy_drop_window`` before it."""
    return max(settings.energy_drop_window, 0) + 1


def is_overdue(followup: FollowupLike, today: date) -> bool:
    """Past its due date (a follow-up due today is not yet overdue; one without a date never)."""
    return followup.due is not None and followup.due < today


def takes_participants(followup: FollowupLike, facilitator: str | None) -> bool:
    """Whether a follow-up's people are its interaction's participants: it names nobody,
    or it names the facilitator (then those it is owed to need the attention)."""
    return followup.who is None or followup.who == facilitator


def participants_needed(followups: Iterable[FollowupLike], facilitator: str | None,
                        today: date) -> set[str]:
    """The interactions whose participants the radar needs: those of the overdue
    follow-ups that take their people from their interaction."""
    return {f.interaction for f in followups
            if f.interaction is not None and is_overdue(f, today) and takes_participants(f, facilitator)}


# --------------------------------------------------------------------------- from model values


def observe(dataset: Dataset) -> Observations:
    """The observations of a dataset (all of it: no window is cut here)."""
    people = People(
        ids=tuple(s.id for s in dataset.stakeholders),
        kinds=tuple(str(s.kind) for s in dataset.stakeholders),
        statuses=tuple(str(s.status) for s in dataset.stakeholders),
        names=tuple(s.name for s in dataset.stakeholders),
    )
    facilitator = next((s.id for s in dataset.stakeholders
                        if s.kind == StakeholderKind.FACILITATOR), None)
    ends = {r.id: (min(r.a, r.b), max(r.a, r.b)) for r in dataset.relations}
    readings: dict[str, list[tuple[str, datetime, int]]] = {}
    for reading in dataset.readings:
        readings.setdefault(reading.relation, []).append((reading.id, reading.at, reading.energy))
    latest = {rid: tuple((at, energy) for _id, at, energy in sorted(rows, key=lambda x: (x[1], x[0])))
              for rid, rows in readings.items()}
    contacts: dict[str, list[datetime]] = {}
    remarks: list[RemarkRow] = []
    followups: list[FollowupRow] = []
    participants: dict[str, tuple[str, ...]] = {}
    for interaction in sorted(dataset.interactions, key=lambda i: (i.at, i.id)):
        participants[interaction.id] = tuple(interaction.with_)
        for sid in dict.fromkeys(interaction.with_):
            contacts.setdefault(sid, []).append(interaction.at)
        remarks += [RemarkRow(r.by, r.theme, str(r.kind), interaction.at, interaction.id, r.text)
                    for r in interaction.remarks]
        followups += [FollowupRow(f.id, f.what, f.due, f.who, interaction.id)
                      for f in interaction.followups if not f.done]
    return Observations(
        people=people,
        facilitator=facilitator,
        relation_ends=ends,
        latest_readings=latest,
        contact_dates={sid: tuple(times) for sid, times in contacts.items()},
        remarks=tuple(remarks),
        followups=tuple(followups),
        participants=participants,
    )


__all__ = [
    "FollowupLike", "FollowupRow", "Observations", "People", "RemarkLike", "RemarkRow",
    "is_overdue", "observe", "participants_needed", "radar_day", "readings_needed",
    "remarks_from", "takes_participants",
]
