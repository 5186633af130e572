"""Conversation prep: what the facilitator wants in front of them before talking with someone.

``conversation_prep(workspace, id, today)`` gives one :class:`Prep` (a frozen value, no Qt
objects inside): who they are and their groups, their last contacts, the energy of their
relation with the facilitator, their open doubts and follow-ups, the themes they raised,
their radar findings and suggested opening questions (in the UI's language).
``conversation_preps(workspace, ids, today)`` gives many at once (a session brief with one
card per attendee) with the same number of reads as one: bench/bench_prep.py.

How it reads (all column-shaped, none per person):

- the stakeholders asked for, every stakeholder as columns (names, statuses), the groups;
- their relations and those relations' readings (``readings_series``): the facilitator's
  line for the sparkline, and every line's latest readings for ``low_energy``/``diverging``;
- their contacts (``contacts_of``: time, channel, summary), all of them, for their rhythm;
- the remarks they raised (``remarks_by``), and everyone's remarks of the radar's window
  (``remarks_since``), for ``recurring_theme``;
- the open follow-ups, and the participants of the overdue ones that take their people
  from their interaction.

Findings are the radar's own (``sensing.sense``) over these observations, restricted to the
people asked for: every signal about them sees exactly what the whole radar sees, so each
person's findings equal the whole radar's findings that name them (tests check this), the
snoozed and dismissed ones left out as the radar leaves them out. "Today"
is a parameter (default: the settings' ``as_of``, else the real date); nothing later than
that day is shown.

Open doubts are the remarks of kind doubt with no contact with their author after them
(``sensing.signals.answered``, the radar's rule), at any age: the radar looks back
``doubt_window_days`` to decide what is urgent; a prep shows every doubt still unanswered.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple, Sequence

from PySide6.QtCore import QCoreApplication

from workbench import sensing
from workbench.model import (
    Channel,
    RemarkKind,
    SensingSettings,
    Signal,
    Stakeholder,
    StakeholderKind,
    Status,
)
from workbench.sensing.observations import takes_participants
from workbench.sensing.signals import answered, theme_key
from workbench.store.series import Contact, OpenFollowup, RemarkSeen

if TYPE_CHECKING:
    from workbench.workspace.workspace import Workspace

#: How many last contacts, themes and questions a prep shows.
LAST_CONTACTS = 5
THEMES = 8
QUESTIONS = 4
#: Text quoted inside a question is cut to this many characters.
QUOTE = 70


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


class LastContact(NamedTuple):
    """One contact moment: ``(at, channel, summary)`` (its interaction's id is in
    ``Prep.last_contact_ids`` at the same place)."""

    at: datetime
    channel: Channel
    summary: str


class ThemeRaised(NamedTuple):
    """A theme someone raised: as they (last) spelled it, when last, how often, and whether
    it is one of the radar's recurring themes (raised by several partners lately)."""

    theme: str
    at: datetime
    times: int
    recurring: bool = False


@dataclass(frozen=True)
class Prep:
    """Everything a conversation with one stakeholder needs, as of ``today``.

    - ``stakeholder``: who they are (the model value: interests, needs, drivers, value …);
    - ``groups``: the names of their groups;
    - ``last_contacts``: up to five contacts, newest first (``last_contact_ids``: their
      interactions' ids); ``contacts``: how many in all;
    - ``energy``: the readings ``(at, energy)`` of their relation with the facilitator,
      oldest first (empty without one), for a sparkline;
    - ``open_doubts``: their doubts with no contact after them, newest first;
    - ``open_followups``: follow-ups not done that they owe or are owed (theirs, or without
      an owner or owed by the facilitator in an interaction they took part in), by due date;
    - ``themes``: the themes they raised, the most recent first;
    - ``findings``: the radar's findings that name them, ranked;
    - ``opening_questions``: what to open with, following from the findings and the practice.
    """

    stakeholder: Stakeholder
    today: date
    groups: tuple[str, ...] = ()
    last_contacts: tuple[LastContact, ...] = ()
    last_contact_ids: tuple[str, ...] = ()
    contacts: int = 0
    energy: tuple[tuple[datetime, int], ...] = ()
    open_doubts: tuple[RemarkSeen, ...] = ()
    open_followups: tuple[OpenFollowup, ...] = ()
    themes: tuple[ThemeRaised, ...] = ()
    findings: tuple[sensing.Finding, ...] = ()
    opening_questions: tuple[str, ...] = ()

    @property
    def last_contact(self) -> LastContact | None:
        """The latest contact, if any."""
        return self.last_contacts[0] if self.last_contacts else None

    @property
    def signals(self) -> tuple[Signal, ...]:
        """Every signal of their findings, strongest finding first, each once."""
        return tuple(dict.fromkeys(s for f in self.findings for s in f.signals))


def conversation_prep(workspace: "Workspace", stakeholder_id: str, today: date | None = None) -> Prep:
    """The prep for one stakeholder; ``KeyError`` when there is no such stakeholder."""
    preps = conversation_preps(workspace, [stakeholder_id], today)
    if stakeholder_id not in preps:
        raise KeyError(stakeholder_id)
    return preps[stakeholder_id]


def conversation_preps(workspace: "Workspace", ids: Sequence[str],
                       today: date | None = None) -> dict[str, Prep]:
    """The preps of these stakeholders (unknown ids are left out), in the order asked for."""
    settings = workspace.settings()
    day = sensing.radar_day(settings, today)
    people = workspace.stakeholders(list(dict.fromkeys(ids)))
    if not people:
        return {}
    wanted = [s.id for s in people]
    group_names = {g.id: g.name for g in workspace.groups()}
    facilitator = workspace.facilitator_id()
    reads = _Reads.gather(workspace, wanted, facilitator, settings, day)
    findings = sensing.sense(reads.observations(), settings, day, workspace.radar_marks())
    by_person: dict[str, list[sensing.Finding]] = {}
    for finding in findings:
        for sid in finding.ids:
            by_person.setdefault(sid, []).append(finding)
    found = {s.id: s for s in people}
    names, lines = reads.names, reads.with_facilitator()
    return {sid: _prep(found[sid], day, group_names, reads, tuple(by_person.get(sid, ())), names, lines)
            for sid in dict.fromkeys(ids) if sid in found}


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Reads:
    """What the preps of some people are made of (each read once for all of them)."""

    end: datetime
    facilitator: str | None
    people: sensing.People
    relation_ends: Mapping[str, tuple[str, str]]
    series: Mapping[str, tuple[tuple[datetime, int], ...]]
    contacts: Mapping[str, tuple[Contact, ...]]
    remarks_by: Mapping[str, tuple[RemarkSeen, ...]]
    recent_remarks: tuple[RemarkSeen, ...]
    followups: Mapping[str, tuple[OpenFollowup, ...]]
    participants: Mapping[str, tuple[str, ...]]
    needed_readings: int

    @property
    def names(self) -> dict[str, str]:
        """Names by id (of everyone involved)."""
        return dict(zip(self.people.ids, self.people.names))

    def with_facilitator(self) -> dict[str, str]:
        """Per partner, their relation with the facilitator."""
        f = self.facilitator
        return {(b if a == f else a): rid for rid, (a, b) in self.relation_ends.items() if f in (a, b)}

    @staticmethod
    def gather(workspace: "Workspace", wanted: Sequence[str], facilitator: str | None,
               settings: SensingSettings, day: date) -> "_Reads":
        end = datetime.combine(day + timedelta(days=1), time())
        ends = {r.id: (min(r.a, r.b), max(r.a, r.b)) for r in workspace.relations(stakeholder_ids=wanted)}
        series = {rid: tuple(p for p in zip(s.at.tolist(), s.energy.tolist()) if p[0] < end)
                  for rid, s in workspace.readings_series(list(ends)).items()} if ends else {}
        contacts = {sid: cs[:bisect_left(cs, (end,))] for sid, cs in workspace.contacts_of(wanted).items()}
        remarks: dict[str, list[RemarkSeen]] = {}
        for remark in workspace.remarks_by(wanted):
            if remark.at < end:
                remarks.setdefault(remark.by, []).append(remark)
        # of everyone's recent remarks, those that can touch their findings: their own, and
        # those on a theme they raised (recurring_theme counts everyone raising it)
        mine: set[str] = set(wanted)
        recent = workspace.remarks_since(sensing.remarks_from(settings, day))
        themes = {theme_key(r.theme) for r in recent if r.by in mine} - {""}
        recent = tuple(r for r in recent if r.by in mine or (r.theme and theme_key(r.theme) in themes))
        # the follow-ups that concern them: theirs, or owed to them (taken from the interaction)
        took_part: dict[str, set[str]] = {}
        for sid, cs in contacts.items():
            for c in cs:
                took_part.setdefault(c.interaction, set()).add(sid)
        followups: dict[str, list[OpenFollowup]] = {}
        relevant: list[OpenFollowup] = []
        for f in workspace.open_followups():
            owners: set[str] = {f.who} if f.who in mine else set()
            if takes_participants(f, facilitator) and f.interaction in took_part:
                owners |= took_part[f.interaction]
            for sid in sorted(owners):
                followups.setdefault(sid, []).append(f)
            if owners:
                relevant.append(f)
        needed = sensing.participants_needed(relevant, facilitator, day)
        participants = ({i.id: i.with_ for i in workspace.interactions(sorted(needed))} if needed else {})
        # everyone the signals about them may name, as columns (a smaller context to build)
        involved = mine | {sid for pair in ends.values() for sid in pair} | {r.by for r in recent} | {
            f.who for f in relevant if f.who} | {sid for ids in participants.values() for sid in ids}
        if facilitator:
            involved.add(facilitator)
        people = sensing.People(*(list(column) for column in workspace.stakeholder_columns(sorted(involved))))
        return _Reads(
            end=end, facilitator=facilitator,
            people=people, relation_ends=ends, series=series,
            contacts=contacts, remarks_by={k: tuple(v) for k, v in remarks.items()},
            recent_remarks=recent, followups={k: tuple(v) for k, v in followups.items()},
            participants=participants, needed_readings=sensing.readings_needed(settings))

    def observations(self) -> sensing.Observations:
        """The radar's observations, as far as they concern these people."""
        n = self.needed_readings
        relevant = {f.id: f for fs in self.followups.values() for f in fs}  # (the signal sorts them)
        return sensing.Observations(
            people=self.people,
            facilitator=self.facilitator,
            relation_ends=self.relation_ends,
            latest_readings={rid: s[-n:] for rid, s in self.series.items() if s},
            contact_dates={sid: tuple(c.at for c in cs) for sid, cs in self.contacts.items()},
            remarks=self.recent_remarks,
            followups=tuple(relevant.values()),
            participants=self.participants,
        )


# --------------------------------------------------------------------------- one prep


def _prep(s: Stakeholder, day: date, group_names: Mapping[str, str], reads: _Reads,
          findings: tuple[sensing.Finding, ...], names: Mapping[str, str],
          lines: Mapping[str, str]) -> Prep:
    contacts = reads.contacts.get(s.id, ())
    times = tuple(c.at for c in contacts)
    latest = tuple(reversed(contacts[-LAST_CONTACTS:]))
    last = tuple(LastContact(c.at, _channel(c.channel), c.summary) for c in latest)
    energy = reads.series.get(lines.get(s.id, ""), ())
    remarks = reads.remarks_by.get(s.id, ())
    doubts = tuple(r for r in reversed(remarks)
                   if r.kind == RemarkKind.DOUBT and not answered(times, r.at, reads.end))
    recurring = {theme_key(h.evidence["theme"]) for f in findings for h in f.hits
                 if h.signal == Signal.RECURRING_THEME}
    themes = _themes(remarks, recurring)
    prep = Prep(stakeholder=s, today=day, groups=tuple(group_names[g] for g in s.groups),
                last_contacts=last, last_contact_ids=tuple(c.interaction for c in latest),
                contacts=len(contacts), energy=energy, open_doubts=doubts,
                open_followups=reads.followups.get(s.id, ()), themes=themes, findings=findings)
    return replace(prep, opening_questions=opening_questions(prep, names))


def _channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        return Channel.CONVERSATION


def _themes(remarks: Sequence[RemarkSeen], recurring: set[str]) -> tuple[ThemeRaised, ...]:
    """The distinct themes of *remarks* (oldest first), the latest raised first."""
    seen: dict[str, ThemeRaised] = {}
    for r in remarks:
        spelled = " ".join(r.theme.split())
        key = theme_key(spelled)
        if not key:
            continue
        times = seen[key].times + 1 if key in seen else 1
        seen[key] = ThemeRaised(spelled, r.at, times, key in recurring)
    ordered = sorted(seen.values(), key=lambda t: t.at, reverse=True)
    return tuple(ordered[:THEMES])


# --------------------------------------------------------------------------- opening questions


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE else text[:QUOTE - 1].rstrip() + "…"


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return _quote(lines[0].rstrip(".")) if lines else ""


def opening_questions(prep: Prep, names: Mapping[str, str]) -> tuple[str, ...]:
    """What to open the conversation with, in the UI's language (at most ``QUESTIONS``).

    From the findings, strongest first: a doubt → their considerations; silence → how they
    are doing and whether the plan still fits their drivers; low energy → what would give
    them energy again; diverging with a partner → what each needs from the other; a theme
    several partners raise → how they see it; an overdue follow-up → where it stands. An
    unanswered doubt the radar no longer counts still asks for their considerations.
    Without any of these, the practice's questions: what drives them, what they need, what
    the network is worth to them. *names*: stakeholder names by id (a diverging partner's).
    """
    s = prep.stakeholder
    questions: list[str] = []

    def ask(text: str) -> None:
        if text not in questions:
            questions.append(text)

    def doubt_question() -> None:
        if prep.open_doubts and prep.open_doubts[0].text.strip():
            ask(tr("“%1” — what are your considerations?").replace(
                "%1", _quote(prep.open_doubts[0].text)))
        else:
            ask(tr("What are your considerations?"))

    for finding in prep.findings:
        for hit in finding.hits:
            if hit.signal == Signal.DOUBT:
                doubt_question()
            elif hit.signal == Signal.RADIO_SILENCE:
                ask(tr("How are you doing? We last spoke %1 days ago.").replace(
                    "%1", str(hit.evidence["days_silent"])))
                drivers = _first_line(s.drivers)
                ask(tr("Does the plan still fit what drives you (%1)?").replace("%1", drivers) if drivers
                    else tr("Does the plan still fit what drives you?"))
            elif hit.signal == Signal.LOW_ENERGY:
                ask(tr("How do you feel about where we are heading? What would give you energy for "
                       "this again?"))
            elif hit.signal == Signal.DIVERGING:
                other = next(i for i in hit.ids if i != s.id)  # a pair
                ask(tr("What do you need from %1, and what do you think %1 needs from you?").replace(
                    "%1", names[other]))
            elif hit.signal == Signal.RECURRING_THEME:
                ask(tr("Several partners raise “%1”. How do you see it, and what would help?").replace(
                    "%1", _quote(hit.evidence["theme"])))
            elif hit.signal == Signal.OVERDUE_FOLLOWUP:
                oldest = hit.evidence["followups"][0]
                text = (tr("How far along is “%1”? Can I help?") if oldest["who"] == s.id
                        else tr("I still owe you “%1”: is it still what you need?"))
                ask(text.replace("%1", _quote(oldest["what"])))
    if prep.open_doubts:
        doubt_question()
    if questions:
        return tuple(questions[:QUESTIONS])
    if s.kind == StakeholderKind.FACILITATOR:
        return ()
    if s.status == Status.OWN_WAY:
        return (tr("How is your own path going? Is there still something we can do for each other?"),)
    if not s.drivers.strip():
        ask(tr("What drives you to take part?"))
    if not s.interests.strip():
        ask(tr("What would you like to achieve, for yourself or your organisation?"))
    if not s.needs.strip():
        ask(tr("What do you need to be able to take part?"))
    if s.status == Status.PROSPECT:
        ask(tr("What would make joining worthwhile for you?"))
    else:
        ask(tr("What is going well for you in the network, and what could be better?"))
        ask(tr("Do you get what you hoped for from taking part?") if s.value.strip()
            else tr("What would make taking part worthwhile for you?"))
    return tuple(questions[:QUESTIONS])


__all__ = ["LastContact", "Prep", "ThemeRaised", "conversation_prep", "conversation_preps",
           "opening_questions"]
