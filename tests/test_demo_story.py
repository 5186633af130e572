"""The demo's story as of its date, read straight from resources/demo/demo.json and from
its Dutch twin resources/demo/demo_nl.json: every fact holds in both languages (the
phrases a fact looks for are translated by ``DUTCH`` below, themes included, so
"time investment" is "tijdsinvestering" for all four partners who raise it).

The demo (written by resources/demo/make_demo.py) is built so that the radar of PRODUCT.md
("Sensing") finds, as of the workspace's ``as_of`` date 2020-05-15, exactly one of each
signal, and spares a partner who went their own way. This file pins that story as concrete
facts about concrete people (dates, readings, remarks), never as a second implementation
of the sensing rules: when the radar exists (workbench/sensing/), a scenario test compares
its findings with ``EXPECTED_RADAR`` and ``NEVER_FLAGGED`` below, and these facts say why.

It also pins the real example of PRODUCT.md that the demo models: the Creathon of
8 December 2019, two meetings of about 25 people in Amersfoort and Amsterdam, and two
months later an inner circle of a communication team, a support team, 17 community
builders and 4 equippers.
"""

from __future__ import annotations

import ast
import importlib.util
import statistics
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import pytest

from workbench.interchange.json_v1 import read
from workbench.model import Dataset, SensingSettings, StakeholderKind, Status

DEMO_DIR = Path(__file__).resolve().parents[1] / "resources" / "demo"
DEMO = DEMO_DIR / "demo.json"
DEMOS = {"en": DEMO, "nl": DEMO_DIR / "demo_nl.json"}
AS_OF = date(2020, 5, 15)
FAC = "s-fenna"

#: What the radar must list as of 2020-05-15: (signal, stakeholders named, suggestion).
EXPECTED_RADAR: list[tuple[str, tuple[str, ...], str]] = [
    # silent 56 days, more than twice his 21-day limit: a conversation, not just a call
    ("radio_silence", ("s-jeroen",), "personal_conversation"),
    ("low_energy", ("s-ruben",), "personal_conversation"),
    ("doubt", ("s-yvonne",), "personal_conversation"),
    ("diverging", ("s-lotte", "s-pieter"), "bring_together"),
    # theme "time investment"
    ("recurring_theme", ("s-fatma", "s-sanne", "s-thijs", "s-yvonne"), "adjust_communication"),
    ("overdue_followup", ("s-bas",), "follow_up"),
]
#: Silent and with dropped energy, but gone their own way: never on the radar.
NEVER_FLAGGED = {"s-vincent"}


# --------------------------------------------------------------------------- reading the data


#: The phrases the facts below look for, as the Dutch demo says them.
DUTCH = {
    "Swamped": "Overspoeld",
    "his own network": "eigen netwerk",
    "Camera off, left after half an hour.": "Camera uit, na een halfuur vertrokken.",
    "Hesitant; employer cutting costs.": "Aarzelend; werkgever bezuinigt.",
    "I don't know if I can keep this up after the summer.":
        "Ik weet niet of ik dit na de zomer nog volhoud.",
    # remark themes
    "time investment": "tijdsinvestering",
    "online meetings": "online bijeenkomsten",
    "unclear roles": "onduidelijke rollen",
    "membership fee": "contributie",
    "corona impact": "gevolgen van corona",
    "local hubs": "lokale hubs",
    "funding": "financiering",
    # names are names in both languages
    "Fonds Buurtkracht": "Fonds Buurtkracht",
    "Creathon": "Creathon",
    "Het Eemhuis": "Het Eemhuis",
    "De Werkplaats": "De Werkplaats",
    "about 25 people": "zo'n 25 mensen",
    # groups and sessions
    "Inner circle": "Kerngroep",
    "Communication team": "Communicatieteam",
    "Support team": "Ondersteuningsteam",
    "Community builders": "Community-bouwers",
    "Equippers": "Toerusters",
    "Amersfoort": "Amersfoort",
    "Amsterdam": "Amsterdam",
    "Inner circle kickoff": "Kick-off van de kerngroep",
}


@pytest.fixture(scope="module", params=sorted(DEMOS))
def language(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def demo(language: str) -> Dataset:
    return read(DEMOS[language])


@pytest.fixture(scope="module")
def say(language: str) -> Callable[[str], str]:
    """An English phrase of the story as the demo in this language says it."""
    return (lambda phrase: phrase) if language == "en" else DUTCH.__getitem__


def days_before_as_of(moment: datetime | date) -> int:
    day = moment.date() if isinstance(moment, datetime) else moment
    return (AS_OF - day).days


def contacts(d: Dataset, sid: str) -> list[datetime]:
    """When ``sid`` took part in an interaction, oldest first."""
    return sorted(i.at for i in d.interactions if sid in i.with_)


def gaps_in_days(moments: list[datetime]) -> list[float]:
    return [(b - a).total_seconds() / 86400 for a, b in zip(moments, moments[1:])]


def readings(d: Dataset, a: str, b: str) -> list[tuple[str, int]]:
    """(ISO date, energy) of the readings on the relation between a and b, oldest first."""
    [rel] = [r for r in d.relations if {r.a, r.b} == {a, b}]
    return [(r.at.date().isoformat(), r.energy)
            for r in sorted(d.readings, key=lambda r: r.at) if r.relation == rel.id]


def latest_note(d: Dataset, a: str, b: str) -> str:
    [rel] = [r for r in d.relations if {r.a, r.b} == {a, b}]
    return max((r for r in d.readings if r.relation == rel.id), key=lambda r: r.at).note


def remarks(d: Dataset) -> list[tuple[str, str, str, str]]:
    """(ISO date, by, theme, kind) of every remark, oldest first."""
    return sorted((i.at.date().isoformat(), rm.by, rm.theme, rm.kind.value)
                  for i in d.interactions for rm in i.remarks)


# --------------------------------------------------------------------------- the setting


def test_the_story_is_told_as_of_15_may_2020_with_the_default_rules(demo: Dataset) -> None:
    assert demo.settings == SensingSettings(as_of=AS_OF)
    # nothing in the demo happens after its "today" except the planned session of 28 May
    assert max(i.at for i in demo.interactions).date() == date(2020, 5, 14)
    assert max(r.at for r in demo.readings).date() == date(2020, 5, 14)
    assert [s.id for s in demo.sessions if s.at.date() > AS_OF] == ["ses-03"]


def test_one_facilitator_and_one_partner_gone_their_own_way(demo: Dataset) -> None:
    assert [(s.id, s.name) for s in demo.stakeholders if s.kind == StakeholderKind.FACILITATOR] \
        == [(FAC, "Fenna Hoogland")]
    assert [s.id for s in demo.stakeholders if s.status == Status.OWN_WAY] == ["s-vincent"]
    status = {s.id: s.status for s in demo.stakeholders}
    flagged = {sid for _, ids, _ in EXPECTED_RADAR for sid in ids}
    assert {status[sid] for sid in flagged} == {Status.ACTIVE}
    assert not flagged & NEVER_FLAGGED


# --------------------------------------------------------------------------- radio silence


def test_jeroen_has_been_silent_for_56_days(demo: Dataset, say: Callable[[str], str]) -> None:
    """Eight contacts up to 20 March, a median gap of 9.7 days (so the 21-day minimum is his
    limit), then nothing: 56 days, more than twice the limit."""
    seen = contacts(demo, "s-jeroen")
    assert [t.date().isoformat() for t in seen] == [
        "2019-12-08", "2020-01-21", "2020-02-10", "2020-02-20", "2020-02-24", "2020-03-09",
        "2020-03-12", "2020-03-20"]
    assert round(statistics.median(gaps_in_days(seen)), 1) == 9.7  # 2 x 9.7 < 21
    assert days_before_as_of(seen[-1]) == 56 > 2 * 21
    [last] = [i for i in demo.interactions if i.at == seen[-1]]
    assert last.channel.value == "message" and say("Swamped") in last.summary
    # he missed every builders' circle and inner-circle meeting since
    meetings_since = [i for i in demo.interactions if i.at > seen[-1] and i.channel.value == "meeting"
                      and len(i.with_) > 10]
    assert len(meetings_since) == 7
    assert all("s-jeroen" not in i.with_ for i in meetings_since)


def test_vincent_is_silent_too_but_went_his_own_way(demo: Dataset,
                                                     say: Callable[[str], str]) -> None:
    """Six contacts, median gap 13.1 days (limit 26.25), last on 5 March: 71 days ago."""
    seen = contacts(demo, "s-vincent")
    assert [t.date().isoformat() for t in seen] == [
        "2019-12-08", "2020-01-21", "2020-01-28", "2020-02-10", "2020-02-24", "2020-03-05"]
    assert round(statistics.median(gaps_in_days(seen)), 1) == 13.1
    assert days_before_as_of(seen[-1]) == 71 > 2 * 26.25
    [last] = [i for i in demo.interactions if i.at == seen[-1]]
    assert say("his own network") in last.summary
    # and his energy dropped: a 3 after 5, 4, 4 (see the low-energy facts)
    assert readings(demo, FAC, "s-vincent")[-4:] == [
        ("2020-01-28", 5), ("2020-02-10", 4), ("2020-02-24", 4), ("2020-03-05", 3)]


def test_only_five_were_last_seen_more_than_21_days_ago(demo: Dataset) -> None:
    """Everyone else had a contact in the last 18 days (a margin of 3 days to the minimum
    limit of 21); the three organisations among the five are seen every ~50-60 days."""
    partners = [s.id for s in demo.stakeholders if s.id != FAC]
    last_seen = {sid: days_before_as_of(contacts(demo, sid)[-1]) for sid in partners}
    long_ago = {sid: days for sid, days in last_seen.items() if days > 21}
    assert long_ago == {"s-jeroen": 56, "s-vincent": 71,
                        "s-korrel": 57, "s-fonds": 29, "s-net-som": 24}
    assert max(days for sid, days in last_seen.items() if sid not in long_ago) == 18
    # (contacts, median gap in days, days silent): each silent well within twice its median gap
    organisations = {
        sid: (len(seen := contacts(demo, sid)), round(statistics.median(gaps_in_days(seen)), 1),
              long_ago[sid])
        for sid in ("s-korrel", "s-fonds", "s-net-som")}
    assert organisations == {"s-korrel": (3, 59.5, 57), "s-fonds": (5, 55.9, 29),
                             "s-net-som": (4, 49.0, 24)}


# --------------------------------------------------------------------------- energy


def test_ruben_low_energy_on_his_relation_with_fenna(demo: Dataset,
                                                      say: Callable[[str], str]) -> None:
    """Since the lockdown closed his kitchen: 4, 4, 3, 3, then 2 and 2."""
    assert readings(demo, FAC, "s-ruben")[-6:] == [
        ("2020-03-23", 4), ("2020-03-24", 4), ("2020-04-06", 3), ("2020-04-09", 3),
        ("2020-04-29", 2), ("2020-05-07", 2)]
    assert latest_note(demo, FAC, "s-ruben") == say("Camera off, left after half an hour.")


def test_pieter_and_lotte_diverge(demo: Dataset, say: Callable[[str], str]) -> None:
    """Their co-founders' relation: 4, 5, 4, then 2 at the builders' circle of 4 May, where
    they disagreed about a membership fee for their hub; no reading since."""
    assert readings(demo, "s-pieter", "s-lotte") == [
        ("2020-04-06", 4), ("2020-04-09", 5), ("2020-04-20", 4), ("2020-05-04", 2)]
    assert say("membership fee") in latest_note(demo, "s-pieter", "s-lotte")
    assert [(by, kind) for day, by, theme, kind in remarks(demo) if theme == say("membership fee")] \
        == [("s-lotte", "remark"), ("s-pieter", "idea")]
    # each of them is fine with Fenna: a 5 and a 4 on 7 May
    assert readings(demo, FAC, "s-pieter")[-1] == ("2020-05-07", 5)
    assert readings(demo, FAC, "s-lotte")[-1] == ("2020-05-07", 4)


def test_no_other_relation_has_a_reading_below_3(demo: Dataset) -> None:
    names = {r.id: tuple(sorted((r.a, r.b))) for r in demo.relations}
    low = sorted((r.at.date().isoformat(), names[r.relation], r.energy)
                 for r in demo.readings if r.energy < 3)
    assert low == [("2020-04-29", (FAC, "s-ruben"), 2), ("2020-05-04", ("s-lotte", "s-pieter"), 2),
                   ("2020-05-07", (FAC, "s-ruben"), 2)]


def test_where_the_latest_reading_with_fenna_is_a_3(demo: Dataset) -> None:
    """With every other reading 3 to 5, only a 3 can lie 2 below an earlier 5: it does for
    Vincent alone (own way). Sanne's 5 is the fourth reading back, not one of the three."""
    series = defaultdict(list)
    for r in sorted(demo.readings, key=lambda r: r.at):
        series[r.relation].append((r.at.date().isoformat(), r.energy))
    with_fenna = {(r.b if r.a == FAC else r.a): series[r.id]
                  for r in demo.relations if FAC in (r.a, r.b)}
    latest_3 = {sid: [e for _, e in pts[-5:]] for sid, pts in with_fenna.items()
                if pts and pts[-1][1] == 3}
    assert latest_3 == {
        "s-linda": [4, 4, 4, 4, 3], "s-johan": [5, 4, 4, 4, 3], "s-yvonne": [4, 4, 4, 4, 3],
        "s-sanne": [5, 4, 4, 4, 3], "s-vincent": [3, 5, 4, 4, 3]}
    # between partners, no 3 follows a 5 within three readings except where the 2 is
    between_partners = [r.id for r in demo.relations if FAC not in (r.a, r.b)
                        and (pts := series[r.id]) and pts[-1][1] == 3
                        and 5 in [e for _, e in pts[-4:-1]]]
    assert between_partners == []


# --------------------------------------------------------------------------- doubt


def test_yvonne_doubts_and_nothing_happened_with_her_since(demo: Dataset,
                                                            say: Callable[[str], str]) -> None:
    """A call on 8 May, 7 days before as_of: 'I don't know if I can keep this up after the
    summer.' It is her last contact; her energy with Fenna went from 4 to 3 (one step)."""
    seen = contacts(demo, "s-yvonne")
    assert seen[-1] == datetime(2020, 5, 8, 11, 0)
    [call] = [i for i in demo.interactions if i.at == seen[-1]]
    assert call.with_ == ("s-yvonne",) and call.channel.value == "call"
    assert [(rm.kind.value, rm.theme, rm.text) for rm in call.remarks] == [
        ("doubt", say("time investment"),
         say("I don't know if I can keep this up after the summer."))]
    assert readings(demo, FAC, "s-yvonne")[-4:] == [
        ("2020-04-20", 4), ("2020-05-04", 4), ("2020-05-07", 4), ("2020-05-08", 3)]
    assert latest_note(demo, FAC, "s-yvonne") == say("Hesitant; employer cutting costs.")


def test_the_other_doubts_are_old_or_followed_by_a_contact(demo: Dataset) -> None:
    """Karim's is 183 days old, Ruben's of 6 April 39 days; Ruben's of 29 April was followed
    by the inner-circle meeting of 7 May, which he joined."""
    doubts = [(day, by) for day, by, theme, kind in remarks(demo) if kind == "doubt"]
    assert doubts == [("2019-11-14", "s-karim"), ("2020-04-06", "s-ruben"),
                      ("2020-04-29", "s-ruben"), ("2020-05-08", "s-yvonne")]
    assert days_before_as_of(date(2019, 11, 14)) == 183
    assert days_before_as_of(date(2020, 4, 6)) == 39
    assert contacts(demo, "s-ruben")[-1] == datetime(2020, 5, 7, 19, 30)


# --------------------------------------------------------------------------- themes


def test_time_investment_raised_by_four_partners_in_the_last_30_days(
        demo: Dataset, say: Callable[[str], str]) -> None:
    """Since 15 April: Sanne (20 Apr), Thijs and Fatma (4 May) and Yvonne (8 May); no other
    theme by more than two. No remark falls within 5 days of the window's start."""
    since = [(day, by, theme) for day, by, theme, kind in remarks(demo) if day >= "2020-04-15"]
    by_theme: dict[str, set[str]] = defaultdict(set)
    for _, by, theme in since:
        by_theme[theme].add(by)
    assert by_theme == {
        say("time investment"): {"s-sanne", "s-thijs", "s-fatma", "s-yvonne"},
        say("online meetings"): {"s-mirjam", "s-aisha"},
        say("unclear roles"): {"s-samira", "s-erik"},
        say("membership fee"): {"s-pieter", "s-lotte"},
        say("corona impact"): {"s-ruben"},
        say("local hubs"): {"s-stefan"},
        say("funding"): {"s-ilona"},
    }
    assert [(day, by) for day, by, theme in since if theme == say("time investment")] == [
        ("2020-04-20", "s-sanne"), ("2020-05-04", "s-fatma"), ("2020-05-04", "s-thijs"),
        ("2020-05-08", "s-yvonne")]
    # Hanneke's "online meetings" remark of 9 April would have made it three, 6 days earlier
    days = [day for day, *_ in remarks(demo)]
    assert not [day for day in days if "2020-04-10" <= day <= "2020-04-19"]
    assert ("2020-04-09", "s-hanneke", say("online meetings"), "remark") in remarks(demo)


# --------------------------------------------------------------------------- follow-ups


def test_bas_owes_the_fund_a_draft_budget_since_1_may(demo: Dataset,
                                                       say: Callable[[str], str]) -> None:
    """The only open follow-up past its due date: 14 days overdue; the others fall due from
    28 May on."""
    open_ = sorted((fu.due.isoformat(), fu.who, i.id) for i in demo.interactions
                   for fu in i.followups if not fu.done)
    assert open_ == [("2020-05-01", "s-bas", "i-103"), ("2020-05-28", FAC, "i-116"),
                     ("2020-05-29", "s-anna", "i-132"), ("2020-05-29", FAC, "i-096"),
                     ("2020-06-15", FAC, "i-122"), ("2020-06-30", FAC, "i-130")]
    assert days_before_as_of(date(2020, 5, 1)) == 14
    [meeting] = [i for i in demo.interactions if i.id == "i-103"]
    assert meeting.at.date() == date(2020, 4, 22)
    assert say("Fonds Buurtkracht") in meeting.followups[0].what
    # no follow-up lacks a due date
    assert all(fu.due is not None for i in demo.interactions for fu in i.followups)


# --------------------------------------------------------------------------- the Creathon


def test_the_creathon_story_of_product_md(demo: Dataset, say: Callable[[str], str]) -> None:
    kinds = {s.id: s.kind for s in demo.stakeholders}
    members = defaultdict(set)
    for s in demo.stakeholders:
        for g in s.groups:
            members[g].add(s.id)
    group = {g.name: members[g.id] for g in demo.groups}
    group.update({english: group[say(english)] for english in (
        "Inner circle", "Communication team", "Support team", "Community builders", "Equippers",
        "Amersfoort", "Amsterdam")})
    on = defaultdict(list)
    for i in demo.interactions:
        on[i.at.date().isoformat()].append(i)

    # 8 December 2019: the Creathon, an event and a planned session
    [event] = [i for i in on["2019-12-08"] if i.channel.value == "event"]
    assert say("Creathon") in event.summary
    assert sum(kinds[s] == StakeholderKind.PERSON for s in event.with_) == 39
    [creathon] = [s for s in demo.sessions if s.at.date() == date(2019, 12, 8)]
    assert say("Creathon") in creathon.title and set(creathon.attendees) == set(event.with_)

    # then a meeting in each city, about 25 people each, everyone from that city
    for day, city, venue, people in (("2020-01-14", "Amersfoort", "Het Eemhuis", 25),
                                     ("2020-01-21", "Amsterdam", "De Werkplaats", 22)):
        [meeting] = [i for i in on[day] if i.channel.value == "meeting"]
        assert say(venue) in meeting.summary and say("about 25 people") in meeting.summary
        assert sum(kinds[s] == StakeholderKind.PERSON for s in meeting.with_) == people
        assert set(meeting.with_) == group[city]

    # two months later, the inner circle: communication and support teams, 17 community
    # builders (10 in Amersfoort, 7 in Amsterdam) and 4 equippers, all of them people
    teams = ("Communication team", "Support team", "Community builders", "Equippers")
    assert [len(group[t]) for t in teams] == [3, 3, 17, 4]
    assert group["Inner circle"] == set().union(*(group[t] for t in teams))
    assert len(group["Inner circle"]) == 27  # no one in two teams
    assert {kinds[s] for s in group["Inner circle"]} == {StakeholderKind.PERSON}
    builders = group["Community builders"]
    assert (len(builders & group["Amersfoort"]), len(builders & group["Amsterdam"])) == (10, 7)
    [kickoff] = [s for s in demo.sessions if s.title == say("Inner circle kickoff")]
    assert kickoff.at.date() == date(2020, 2, 10)  # 64 days after the Creathon
    assert set(kickoff.attendees) == group["Inner circle"] | {"s-vincent"}  # he was on trial
    assert demo.workspace is not None and demo.workspace.phase.value == "community"


# --------------------------------------------------------------------------- the generator


def test_the_generator_needs_no_qt_and_uses_the_maps_spacing() -> None:
    source = DEMO_DIR / "make_demo.py"
    imported = set()
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    assert not {m for m in imported if m.startswith(("PySide6", "pyqtgraph", "workbench.canvas",
                                                      "workbench.ui"))}, imported

    spec = importlib.util.spec_from_file_location("make_demo", source)
    assert spec and spec.loader
    make_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_demo)  # defines the story; writes nothing unless run
    from workbench.canvas.map_widget import LAYOUT_SPACING

    assert make_demo.LAYOUT_SPACING == LAYOUT_SPACING
    assert make_demo.AS_OF == AS_OF


# --------------------------------------------------------------------------- the radar itself


def _radar_says(findings: list) -> list[tuple[str, tuple[str, ...], str]]:  # type: ignore[type-arg]
    """(signal, stakeholders named, suggestion) per signal of every finding, sorted."""
    return sorted((signal.value, tuple(sorted(f.ids)), f.action.value)
                  for f in findings for signal in f.signals)


def test_the_radar_tells_the_story(demo: Dataset) -> None:
    """The real radar (workbench.sensing) on the demo's values, as of its date: exactly the
    expected findings, one of each signal, and nothing about Vincent."""
    from workbench.sensing import observe, radar_day, sense

    assert demo.settings is not None
    today = radar_day(demo.settings)
    assert today == AS_OF
    findings = sense(observe(demo), demo.settings, today)
    assert _radar_says(findings) == sorted(EXPECTED_RADAR)
    assert not NEVER_FLAGGED & {sid for f in findings for sid in f.ids}
    assert all(len(f.signals) == 1 for f in findings)  # no one has two of the story's signals


def test_the_radar_of_the_demo_workspace(language: str, tmp_path: Path) -> None:
    """The same through a workspace file written with the demo, as the app and
    ``radar`` on the command line read it (the column reads of the store)."""
    from workbench.bootstrap import demo_dataset, write_new_workspace
    from workbench.workspace import Workspace
    from workbench.workspace.radar import radar

    workspace = Workspace(write_new_workspace(tmp_path / "demo.voelspriet", demo_dataset(None, language)))
    try:
        found = radar(workspace)
    finally:
        workspace.close()
    assert found.today == AS_OF
    assert _radar_says(found.findings) == sorted(EXPECTED_RADAR)
    assert not NEVER_FLAGGED & {sid for f in found.findings for sid in f.ids}
