"""What a session brief says, as plain values: no layout, no painting.

``build_brief(workspace, session_id, today, with_notes)`` gathers the brief of one planned
session, in the UI's language: the workspace's signature and shared goal, the session's
goal and agenda with times, the open-space principles, who is on the map, the themes
several attendees raise, and one prep card per attendee (from ``workspace.prep``: last
contacts, the energy with the facilitator, open doubts and follow-ups, radar findings,
opening questions). ``render.py`` lays it out on A4 and paints it.

"Without notes" (``with_notes=False``) is for a brief that may be handed to someone else
(a co-facilitator): it leaves out everyone's private notes and the wording of their
doubts (a doubt is then only "a doubt, raised on …, about …"), also where a question or a
finding would quote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from workbench.model import Action, Session, Signal, Stakeholder, StakeholderKind
from workbench.workspace.labels import channel_label, energy_label, kind_label, status_label

if TYPE_CHECKING:  # pragma: no cover
    from workbench.workspace import Workspace
    from workbench.workspace.prep import Prep

#: Open doubts, follow-ups, findings and themes a card lists at most.
CARD_ITEMS = 3
#: A theme is among the recurring themes of the session when this many attendees raised it.
THEME_ATTENDEES = 2


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


class BriefError(Exception):
    """A brief that cannot be made (no such session, nobody attends); the message says
    what to do, in the UI's language."""


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class AgendaLine:
    """One agenda item as printed: its times (``19:30–19:45``, or only the start, or
    nothing after an item without a duration), title, duration and owner."""

    times: str
    title: str
    minutes: str
    owner: str


@dataclass(frozen=True)
class ThemeLine:
    """A theme several attendees raised: as spelled, who raised it, and whether the radar
    counts it as recurring across the network."""

    theme: str
    names: tuple[str, ...]
    recurring: bool


@dataclass(frozen=True)
class Card:
    """One attendee's prep card."""

    id: str
    name: str
    subtitle: str                      # role · organisation
    about: str                         # kind · status · groups
    fields: tuple[tuple[str, str], ...]  # (label, text): interests, needs, drivers, value
    last_contact: str
    energy: tuple[tuple[datetime, int], ...]
    energy_text: str                   # the latest reading in words, or that there is none
    doubts: tuple[str, ...]
    followups: tuple[str, ...]
    findings: tuple[str, ...]
    themes: tuple[str, ...]
    question: str
    notes: str = ""                    # empty without notes
    facilitator: bool = False


@dataclass(frozen=True)
class Brief:
    """Everything a session brief prints, in order."""

    session_id: str
    title: str
    when: str                          # weekday, date, start–end
    day: str                           # the date alone, for the page header
    place: str
    printed: str                       # "Printed on … for …"
    workspace_name: str
    signature: tuple[tuple[str, str], ...]   # (label, text), empty ones left out
    shared_goal: str
    goal: str
    agenda: tuple[AgendaLine, ...]
    agenda_end: str                    # "Ends at 21:30", or "" when unknown
    principles: tuple[tuple[str, str], ...]
    map_ids: tuple[str, ...]           # the attendees (and the facilitator)
    themes: tuple[ThemeLine, ...]
    cards: tuple[Card, ...]
    with_notes: bool = True
    missing: int = 0                   # attendees deleted since the session was planned
    labels: Mapping[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- words


def principles() -> tuple[tuple[str, str], ...]:
    """The open-space principles of holding space, short."""
    return (
        (tr("Compassion"), tr("Meet each other with kindness, also where you differ.")),
        (tr("Complete attention"), tr("Whoever speaks has everyone's attention: listen to understand.")),
        (tr("No judgement"), tr("Every question and every doubt is welcome; nobody has to be right.")),
    )


def signal_label(signal: Signal) -> str:
    """A radar signal for people."""
    return {
        Signal.RADIO_SILENCE: tr("Radio silence"),
        Signal.LOW_ENERGY: tr("Low energy"),
        Signal.DOUBT: tr("Open doubt"),
        Signal.DIVERGING: tr("Drifting apart"),
        Signal.RECURRING_THEME: tr("Recurring theme"),
        Signal.OVERDUE_FOLLOWUP: tr("Overdue follow-up"),
    }[signal]


def action_label(action: Action) -> str:
    """A suggested intervention for people."""
    return {
        Action.PHONE_CALL: tr("a phone call"),
        Action.PERSONAL_CONVERSATION: tr("a personal conversation"),
        Action.BRING_TOGETHER: tr("bring them together"),
        Action.ADJUST_COMMUNICATION: tr("adjust the communication"),
        Action.FOLLOW_UP: tr("follow up"),
    }[action]


def labels() -> dict[str, str]:
    """The fixed words of the brief's layout (headings, card labels), translated."""
    return {
        "signature": tr("The signature"),
        "shared_goal": tr("Shared goal"),
        "session": tr("This session"),
        "goal": tr("Goal"),
        "agenda": tr("Agenda"),
        "no_agenda": tr("No agenda yet."),
        "principles": tr("Holding space"),
        "principles_lead": tr("The open-space principles we keep together:"),
        "map": tr("Who comes, and how they relate"),
        "map_note": tr("Lines show the latest energy between them and with the facilitator; thicker lines "
                       "have a longer history."),
        "themes": tr("Recurring themes among the attendees"),
        "no_themes": tr("No theme was raised by more than one attendee."),
        "cards": tr("The attendees"),
        "interests": tr("Interests"),
        "needs": tr("Needs"),
        "drivers": tr("Drivers"),
        "value": tr("Value for them"),
        "last_contact": tr("Last contact"),
        "energy": tr("Energy with the facilitator"),
        "doubts": tr("Open doubts"),
        "followups": tr("Follow-ups"),
        "findings": tr("Radar"),
        "themes_raised": tr("Themes they raised"),
        "question": tr("To open with"),
        "notes": tr("Notes (private)"),
        "none": tr("—"),
        "page": tr("Page %1 of %2"),
        "without_notes": tr("Without private notes"),
        "missing": tr("%n attendee(s) planned for this session no longer exist in the workspace."),
    }


def _locale() -> QLocale:
    return QLocale()


def format_day(day: date, long: bool = False) -> str:
    """A date in the UI's language (``Thursday 28 May 2020`` or ``28 May 2020``)."""
    return _locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy" if long else "d MMM yyyy")


def format_time(at: datetime) -> str:
    """A time of day, 24-hour (``19:30``)."""
    return _locale().toString(QTime(at.hour, at.minute), "HH:mm")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- sessions


def workspace_today(workspace: "Workspace") -> date:
    """The workspace's "today": the settings' ``as_of`` (an archived or demo workspace), else
    the real date, as the radar has it."""
    as_of = workspace.settings().as_of
    return as_of if as_of is not None else date.today()


def next_session(workspace: "Workspace", today: date | None = None) -> Session | None:
    """The first session on or after *today* (default: the workspace's today)."""
    day = today or workspace_today(workspace)
    upcoming = [s for s in workspace.sessions() if s.at.date() >= day]
    return min(upcoming, key=lambda s: (s.at, s.id)) if upcoming else None


def agenda_lines(session: Session) -> tuple[tuple[AgendaLine, ...], str]:
    """The agenda as printed, and when it ends ("" when an item has no duration)."""
    lines = []
    for item, start, end in session.schedule():
        times = "" if start is None else format_time(start) + ("" if end is None else "–" + format_time(end))
        minutes = "" if item.minutes is None else tr("%1 min").replace("%1", str(item.minutes))
        lines.append(AgendaLine(times, item.title, minutes, item.owner))
    end = session.end()
    return tuple(lines), ("" if end is None else tr("Ends at %1").replace("%1", format_time(end)))


# --------------------------------------------------------------------------- the brief


def build_brief(workspace: "Workspace", session_id: str, today: date | None = None,
                with_notes: bool = True) -> Brief:
    """The brief of session *session_id* as of *today* (default: the workspace's today).

    Raises ``BriefError`` when there is no such session or nobody (still) attends it.
    """
    found = workspace.sessions([session_id])
    if not found:
        raise BriefError(tr("There is no session with the id “%1”.").replace("%1", _short(session_id, 80)))
    session = found[0]
    day = today or workspace_today(workspace)
    facilitator_id = workspace.facilitator_id()
    people = {s.id: s for s in workspace.stakeholders(list(session.attendees))}
    attendees = [sid for sid in session.attendees if sid in people]
    if not attendees:
        raise BriefError(tr("The session “%1” has no attendees: add the people who come first, then "
                            "print its brief.").replace("%1", _short(session.title, 80)))
    preps = _preps(workspace, attendees, day)
    facilitator = workspace.stakeholder(facilitator_id) if facilitator_id else None
    info = workspace.info()
    agenda, agenda_end = agenda_lines(session)
    when = format_day(session.at.date(), long=True) + ", " + format_time(session.at)
    if session.end() is not None:
        when += "–" + format_time(session.end())  # type: ignore[arg-type]
    printed = tr("Printed on %1").replace("%1", format_day(day))
    if facilitator is not None:
        printed = tr("Printed on %1 for %2").replace("%1", format_day(day)).replace("%2", facilitator.name)
    cards = tuple(_card(people[sid], preps.get(sid), with_notes, sid == facilitator_id) for sid in attendees)
    map_ids = tuple(dict.fromkeys([*attendees, *([facilitator_id] if facilitator_id else [])]))
    return Brief(
        session_id=session.id, title=session.title, when=when, day=format_day(session.at.date()),
        place=session.place, printed=printed, workspace_name=info.name,
        signature=tuple((label, text) for label, text in (
            (tr("What it is about"), info.about), (tr("What happens"), info.what_happens),
            (tr("Who comes and why"), info.who_comes_and_why)) if text.strip()),
        shared_goal=info.shared_goal, goal=session.goal, agenda=agenda, agenda_end=agenda_end,
        principles=principles(), map_ids=map_ids,
        themes=_themes(preps, people, attendees, facilitator_id), cards=cards, with_notes=with_notes,
        missing=len(session.attendees) - len(attendees), labels=labels())


def _preps(workspace: "Workspace", ids: Sequence[str], day: date) -> Mapping[str, "Prep"]:
    from workbench.workspace.prep import conversation_preps

    return conversation_preps(workspace, ids, day)


def _themes(preps: Mapping[str, "Prep"], people: Mapping[str, Stakeholder], attendees: Sequence[str],
            facilitator: str | None) -> tuple[ThemeLine, ...]:
    """Themes raised by at least ``THEME_ATTENDEES`` attendees (or recurring on the radar and
    raised by one), most attendees first."""
    raised: dict[str, list[str]] = {}
    spelled: dict[str, str] = {}
    recurring: set[str] = set()
    for sid in attendees:
        prep = preps.get(sid)
        if prep is None or sid == facilitator:
            continue
        for theme in prep.themes:
            key = " ".join(theme.theme.split()).casefold()
            raised.setdefault(key, []).append(sid)
            spelled.setdefault(key, " ".join(theme.theme.split()))
            if theme.recurring:
                recurring.add(key)
    lines = [ThemeLine(spelled[k], tuple(people[s].name for s in ids), k in recurring)
             for k, ids in raised.items() if len(ids) >= THEME_ATTENDEES or k in recurring]
    return tuple(sorted(lines, key=lambda t: (-len(t.names), not t.recurring, t.theme.casefold())))


def _card(s: Stakeholder, prep: "Prep | None", with_notes: bool, is_facilitator: bool) -> Card:
    subtitle = " · ".join(t for t in (s.role.strip(), s.organisation.strip()) if t)
    about = [kind_label(s.kind), status_label(s.status), *(prep.groups if prep else ())]
    fields = ((tr("Interests"), s.interests), (tr("Needs"), s.needs), (tr("Drivers"), s.drivers),
              (tr("Value for them"), s.value))
    if prep is None:
        return Card(s.id, s.name, subtitle, " · ".join(about), fields, "", (), tr("No readings yet."),
                    (), (), (), (), "", s.notes if with_notes else "", is_facilitator)
    last = prep.last_contact
    last_text = ""
    if last is not None:
        last_text = format_day(last.at.date()) + ", " + channel_label(last.channel)
        if prep.contacts > 1:
            last_text += " " + tr("(%n contacts in all)").replace("%n", str(prep.contacts))
        if last.summary.strip():
            last_text += ": " + " ".join(last.summary.split())
    if prep.energy:
        at, energy = prep.energy[-1]
        energy_text = tr("Now %1 %2 · %3").replace("%1", str(energy)).replace(
            "%2", energy_label(energy)).replace("%3", format_day(at.date()))
    elif is_facilitator:
        energy_text = ""
    else:
        energy_text = tr("No readings yet.")
    doubt_texts = [d.text for d in prep.open_doubts]
    doubts = []
    for d in prep.open_doubts[:CARD_ITEMS]:
        if with_notes:
            doubts.append(f"{format_day(d.at.date())}: “{_short(d.text, 300)}”")
        else:
            doubts.append(tr("A doubt, raised on %1").replace("%1", format_day(d.at.date()))
                          + (tr(", about %1").replace("%1", d.theme) if d.theme.strip() else ""))
    followups = []
    for f in prep.open_followups[:CARD_ITEMS]:
        due = ""
        if f.due is not None:
            due = " (" + (tr("overdue since %1") if f.due < prep.today else tr("due %1")).replace(
                "%1", format_day(f.due)) + ")"
        followups.append(" ".join(f.what.split()) + due)
    findings = tuple(_finding(f, s.id, prep) for f in prep.findings[:CARD_ITEMS])
    questions = [q for q in prep.opening_questions if with_notes or not _quotes(q, doubt_texts)]
    if not questions and prep.opening_questions:
        questions = [tr("What are your considerations?")]
    themes = tuple(t.theme + (" ×" + str(t.times) if t.times > 1 else "") for t in prep.themes[:CARD_ITEMS + 2])
    return Card(
        id=s.id, name=s.name, subtitle=subtitle, about=" · ".join(about), fields=fields,
        last_contact=last_text, energy=tuple(prep.energy), energy_text=energy_text,
        doubts=tuple(doubts), followups=tuple(followups), findings=findings, themes=themes,
        question=questions[0] if questions else "", notes=s.notes.strip() if with_notes else "",
        facilitator=is_facilitator or s.kind == StakeholderKind.FACILITATOR)


def _quotes(text: str, doubts: Sequence[str]) -> bool:
    """True when *text* quotes (the start of) one of *doubts*."""
    folded = " ".join(text.split()).casefold()
    return any(" ".join(d.split()).casefold()[:40] in folded for d in doubts if d.strip())


def _finding(finding: object, sid: str, prep: "Prep") -> str:
    """A radar finding in a few words: its signals, each with its key fact, and what to do."""
    names = dict(zip(finding.ids, finding.names))  # type: ignore[attr-defined]
    parts: list[str] = []
    for hit in finding.hits:  # type: ignore[attr-defined]
        label = signal_label(hit.signal)
        ev = hit.evidence
        if hit.signal == Signal.RADIO_SILENCE and ev.get("days_silent") is not None:
            label += " " + tr("(%n days)").replace("%n", str(ev["days_silent"]))
        elif hit.signal == Signal.DIVERGING and ev.get("latest") is not None:
            others = ", ".join(names.get(i, i) for i in hit.ids if i != sid)
            label += " " + tr("(energy %1, with %2)").replace("%1", str(ev["latest"])).replace("%2", others)
        elif hit.signal == Signal.LOW_ENERGY and ev.get("latest") is not None:
            label += " " + tr("(energy %1)").replace("%1", str(ev["latest"]))
        elif hit.signal == Signal.RECURRING_THEME and ev.get("theme"):
            label += f" “{_short(str(ev['theme']), 60)}”"  # who else raises it: under the themes
        elif hit.signal == Signal.OVERDUE_FOLLOWUP and ev.get("followups"):
            label += f" “{_short(str(ev['followups'][0].get('what', '')), 60)}”"
        if label not in parts:
            parts.append(label)
    return ", ".join(parts) + " → " + action_label(finding.action)  # type: ignore[attr-defined]


__all__ = ["AgendaLine", "Brief", "BriefError", "Card", "ThemeLine", "agenda_lines", "build_brief",
           "next_session", "principles", "workspace_today"]
