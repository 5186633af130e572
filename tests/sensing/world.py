"""A small world to sense: people, contacts, readings, remarks and follow-ups, dated in
days before the radar's day, built as model values (a ``Dataset``) so that the same world
can be sensed directly (``observe``) and through a real workspace file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import count

from workbench.model import (
    Channel,
    Dataset,
    Followup,
    Interaction,
    Reading,
    Relation,
    Remark,
    RemarkKind,
    SensingSettings,
    Stakeholder,
    StakeholderKind,
    Status,
)
from workbench.sensing import Finding, observe, sense

TODAY = date(2020, 5, 15)
FAC = "fac"


class World:
    """Build a world, then ``radar()`` it."""

    def __init__(self, today: date = TODAY, **settings: object) -> None:
        self.today = today
        self.settings = SensingSettings(**settings)  # type: ignore[arg-type]
        self.people: dict[str, Stakeholder] = {
            FAC: Stakeholder(id=FAC, name="Fenna", kind=StakeholderKind.FACILITATOR,
                             status=Status.CORE)}
        self.relations: dict[frozenset[str], Relation] = {}
        self.readings: list[Reading] = []
        self.interactions: list[Interaction] = []
        self._ids = count(1)

    # ---------------------------------------------------------------- dates
    def at(self, days_ago: float, hour: int = 10) -> datetime:
        """A moment *days_ago* days before today (fractions move the hour on)."""
        return datetime.combine(self.today, time(hour)) - timedelta(days=days_ago)

    def _moment(self, when: float | datetime) -> datetime:
        return when if isinstance(when, datetime) else self.at(when)

    # ---------------------------------------------------------------- people
    def person(self, sid: str, status: Status | str = Status.ACTIVE, name: str | None = None,
               kind: StakeholderKind = StakeholderKind.PERSON) -> str:
        self.people[sid] = Stakeholder(id=sid, name=name or sid.capitalize(), kind=kind,
                                       status=Status(status))
        return sid

    def set_status(self, sid: str, status: Status) -> None:
        self.people[sid] = replace(self.people[sid], status=status)

    # ---------------------------------------------------------------- contacts
    def contact(self, *who: str, when: float | datetime = 0, remarks: tuple[Remark, ...] = (),
                followups: tuple[Followup, ...] = (), channel: Channel = Channel.CALL) -> str:
        iid = f"i{next(self._ids):04d}"
        self.interactions.append(Interaction(id=iid, at=self._moment(when), channel=channel,
                                             with_=tuple(who), remarks=remarks,
                                             followups=followups))
        return iid

    def contacts(self, sid: str, *days_ago: float) -> None:
        for days in days_ago:
            self.contact(sid, when=days)

    def remark(self, by: str, when: float | datetime, kind: RemarkKind = RemarkKind.REMARK,
               theme: str = "", text: str = "something", with_: tuple[str, ...] | None = None) -> str:
        """A remark by *by*, raised in an interaction of its own (with *by*, or *with_*)."""
        rid = f"rm{next(self._ids):04d}"
        return self.contact(*(with_ if with_ is not None else (by,)), when=when,
                            remarks=(Remark(id=rid, by=by, text=text, theme=theme, kind=kind),))

    def doubt(self, by: str, when: float | datetime, text: str = "Is this worth it?",
              theme: str = "") -> str:
        return self.remark(by, when, RemarkKind.DOUBT, theme, text)

    def followup(self, *with_: str, due: date | None, who: str | None = None, done: bool = False,
                 when: float = 40, what: str = "send the plan") -> str:
        fid = f"f{next(self._ids):04d}"
        return self.contact(*with_, when=when,
                            followups=(Followup(id=fid, what=what, due=due, done=done, who=who),))

    # ---------------------------------------------------------------- energy
    def relation(self, a: str, b: str) -> str:
        key = frozenset((a, b))
        if key not in self.relations:
            self.relations[key] = Relation(id=f"r-{min(a, b)}-{max(a, b)}", a=a, b=b)
        return self.relations[key].id

    def energy(self, a: str, b: str, *series: int, last_days_ago: float = 2,
               step_days: float = 7) -> str:
        """Readings on the relation a–b, oldest first, the last *last_days_ago* days ago."""
        rid = self.relation(a, b)
        n = len(series)
        for k, energy in enumerate(series):
            self.readings.append(Reading(id=f"e{next(self._ids):04d}", relation=rid,
                                         at=self.at(last_days_ago + (n - 1 - k) * step_days),
                                         energy=energy))
        return rid

    # ---------------------------------------------------------------- sensing
    def dataset(self) -> Dataset:
        return Dataset(settings=self.settings, stakeholders=tuple(self.people.values()),
                       relations=tuple(self.relations.values()), readings=tuple(self.readings),
                       interactions=tuple(self.interactions))

    def radar(self, today: date | None = None) -> list[Finding]:
        return sense(observe(self.dataset()), self.settings, today or self.today)

    def flagged(self, today: date | None = None) -> set[tuple[str, tuple[str, ...], str]]:
        """(signal, ids, action) per signal of every finding."""
        return {(signal.value, f.ids, f.action.value)
                for f in self.radar(today) for signal in f.signals}

    def about(self, *ids: str, today: date | None = None) -> Finding | None:
        """The finding naming exactly *ids*, if any."""
        found = [f for f in self.radar(today) if f.ids == ids]
        assert len(found) <= 1
        return found[0] if found else None

    def signals_of(self, *ids: str, today: date | None = None) -> tuple[str, ...]:
        found = self.about(*ids, today=today)
        return tuple(s.value for s in found.signals) if found else ()

    def hit(self, signal: str, *ids: str, today: date | None = None):  # type: ignore[no-untyped-def]
        """The hit of *signal* in the finding naming *ids* (None if there is none)."""
        found = self.about(*ids, today=today)
        if found is None:
            return None
        hits = [h for h in found.hits if h.signal.value == signal]
        return hits[0] if hits else None
