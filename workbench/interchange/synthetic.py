"""A seeded synthetic workspace of any size, for ``demo --stakeholders N`` and benchmarks.

``synthetic_dataset(n)`` returns one facilitator plus ``n - 1`` partners in about ten
groups, about three relations per stakeholder (the facilitator linked to a good share of
the partners, the rest partner↔partner, never a self-relation or a second relation for
the same pair), about twenty interactions per stakeholder over the two years before
``END``, a few energy readings per relation and a few sessions. Nodes sit on a grid per
group, the group blocks on a ring around the facilitator, so nothing overlaps. Every
stakeholder has a name of their own (people: first name × surname; organisations: a prefix
of their kind × an invented Dutch place name), so a map of 20,000 shows no repeats.

Deterministic: one ``random.Random(seed)`` drives everything (the names from a generator
seeded by its first draw), so the same ``(n, seed)`` gives an equal dataset. Fast:
n = 5,000 (15,000 relations, 100,000 interactions) takes one to two seconds. The settings
fix the radar's "today" at ``END``.
"""

from __future__ import annotations

import gc
import math
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from workbench.model import (
    Channel,
    Dataset,
    Followup,
    Group,
    Interaction,
    Phase,
    Reading,
    Relation,
    Remark,
    RemarkKind,
    SensingSettings,
    Session,
    Source,
    Stakeholder,
    StakeholderKind,
    Status,
    WorkspaceInfo,
)

T = TypeVar("T")

#: The synthetic workspace's "today": every date lies before it, sessions partly after.
END = datetime(2024, 6, 28, 18, 0)
SPAN_DAYS = 730
RELATIONS_PER_STAKEHOLDER = 3
INTERACTIONS_PER_STAKEHOLDER = 20
FACILITATOR_SHARE = 0.3  # of the partners, how many are related to the facilitator
GROUP_COUNT = 10
SPACING = 60.0  # px between neighbouring nodes in a group's grid
DAY_STARTS, DAY_ENDS = 8, 21  # contacts happen between these hours

FACILITATOR_NAME = "Floor Hoogland"
#: Names: first names × surnames (tussenvoegsels included), drawn without replacement, so
#: every person has a name of their own (29,445 combinations before initials are needed).
FIRST = (
    "Anna", "Bas", "Carla", "Daan", "Esther", "Fatma", "Gijs", "Hanneke", "Ilse", "Jeroen",
    "Karim", "Lotte", "Marco", "Noor", "Omar", "Pieter", "Priya", "Ruben", "Sanne", "Thijs",
    "Ursula", "Vincent", "Wouter", "Yvonne", "Zeynep", "Aisha", "Bram", "Dirk", "Femke",
    "Gerda", "Henk", "Joost", "Kees", "Linda", "Mirjam", "Nadia", "Rob", "Samira", "Tom",
    "Annelies", "Arjen", "Astrid", "Bart", "Bente", "Bilal", "Birgit", "Boris", "Casper",
    "Chantal", "Charlotte", "Cor", "Daphne", "Dewi", "Dennis", "Dieuwke", "Eline", "Elif",
    "Emma", "Erik", "Eva", "Evert", "Floris", "Frank", "Freek", "Geert", "Hamza", "Hans",
    "Hatice", "Hendrik", "Hugo", "Ineke", "Inge", "Iris", "Jan", "Janneke", "Jasper", "Jelle",
    "Jesse", "Joke", "Jolanda", "Joris", "Judith", "Julia", "Karin", "Kevin", "Koen", "Lars",
    "Laura", "Leon", "Lieke", "Lisa", "Loes", "Lucas", "Luuk", "Maaike", "Marieke", "Mark",
    "Marloes", "Martijn", "Maarten", "Mehmet", "Mila", "Mohamed", "Myrthe", "Niels", "Nina",
    "Olga", "Patrick", "Paul", "Petra", "Quinten", "Rachid", "Rianne", "Rik", "Rogier", "Roos",
    "Rutger", "Sabine", "Saskia", "Sem", "Sietske", "Simone", "Sjoerd", "Sophie", "Stefan",
    "Suzanne", "Tamara", "Teun", "Tim", "Tjitske", "Wendy", "Willem", "Wim", "Yara", "Yusuf",
    "Zoë", "Anouk", "Marleen", "Ayşe", "Mustafa", "Rajesh", "Shanti", "Kwame", "Mei", "Thu",
    "Youssef", "Naima", "Gerrit", "Hilde", "Ruud", "Marjolein")
LAST = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Kok", "Verhoeven", "Kuiper", "Schouten", "Hoekstra", "Prins",
    "Yilmaz", "El Amrani", "Bouzid", "Ramdin", "Huisman", "Timmer", "Post", "Scholten",
    "de Jong", "van Dijk", "van den Berg", "van der Meer", "van der Linden", "Jacobs",
    "van der Heijden", "Vermeulen", "van den Broek", "de Bruijn", "de Graaf", "van der Wal",
    "Willems", "van Beek", "Bosch", "Kramer", "Koster", "Wouters", "Maas", "Verbeek",
    "Janssen", "Hermans", "Zwart", "van Vliet", "van Wijk", "Kuijpers", "Martens", "Veenstra",
    "Evers", "Groen", "ter Horst", "ten Brink", "van 't Hof", "Lammers", "Blom", "van Dam",
    "Pieters", "Claassen", "de Haan", "Sanders", "van Doorn", "Verschuren", "Molenaar",
    "Boersma", "Visscher", "van der Veen", "Postma", "Kloosterman", "Hofman", "Vink",
    "Hoogendoorn", "Scheffer", "Terpstra", "van Rijn", "Aarts", "Bouwman", "Koopman",
    "Gerritsen", "Jonker", "van Os", "van der Laan", "Verweij", "Wolters", "de Ruiter", "Stam",
    "Mertens", "Haddou", "Bennani", "Öztürk", "Demir", "Kaya", "Şahin", "Çelik", "Aydın",
    "El Idrissi", "Benali", "Ouali", "Mahabier", "Sewdien", "Jagessar", "Nguyen", "Tran",
    "Kromodikoro", "Pinas", "Biharie", "Doornbos", "Vonk", "Oosterhuis", "Veldman",
    "Brandsma", "Zijlstra", "Wiersma", "de Lange", "van Es", "Schipper", "van Loon", "Kaptein",
    "Rietveld", "Spijkerman", "Bloem", "Dijkman", "Huijbregts", "Nijhuis", "Lubbers",
    "Winkel", "Smeets", "Kusters", "Geurts", "Franssen", "Heijnen", "Verhagen", "van Beers",
    "van Gils", "Bosman", "Tuinman", "Zandstra", "Akkerman", "Mol", "Beukema", "Kamphuis",
    "de Ruijter", "den Hartog", "Buitenhuis", "Overbeek", "van Houten", "de Wilde", "Koning",
    "Kersten", "van der Ploeg", "Wijngaarden", "Bruinsma", "van Zanten", "Hoekman",
    "van Ommen", "Verkerk", "Reijnders", "Steenbergen", "Gijsbers", "van der Zee", "Brands",
    "Kuijk", "op den Kamp", "in 't Veld", "van de Kamp", "van Vugt", "Hazenberg", "Meulman",
    "Bakkum", "Ravensbergen", "van Zuylen", "Heemskerk", "Eijkelenboom", "Lindeboom",
    "Wesselink", "ter Haar", "Fokkema", "Oudshoorn", "van Ham", "Vermaat", "Sluiter", "Baas",
    "Slot", "van Kampen")
#: Invented but Dutch-sounding place names (stem + ending), for organisations.
PLACE_STEMS = ("Eem", "Amstel", "Linde", "Wilg", "Duin", "Heide", "Zwaluw", "Akker", "Molen",
               "Polder", "Kade", "Brug", "Haven", "Vlinder", "Noorder", "Zuider", "Ooster",
               "Wester", "Ree", "Hazel", "Berken", "Eiken", "Essen", "Rijn", "Lek", "Vecht",
               "Gouw", "Horn", "Maas", "Waal", "Zand", "Klei", "Riet", "Els", "Bloem", "Hooi",
               "Kievit", "Reiger", "Lis", "Wolde")
PLACE_ENDINGS = ("dijk", "veen", "hoven", "dam", "horst", "wijk", "loo", "broek", "rade", "beek",
                 "hout", "sloot", "meer", "kerk", "burg", "dorp", "veld", "gaarde", "oord",
                 "zande", "hem", "hof", "sluis", "dal", "stad")
PLACES = tuple(stem + ending for stem in PLACE_STEMS for ending in PLACE_ENDINGS
               if ending[:3] not in stem.lower())
#: Qualifiers for organisation names, only when a kind runs out of prefix × place.
DISTRICTS = ("Noord", "Oost", "Zuid", "West", "Centrum", "Buiten", "Binnenstad", "Haven")
ORG_PREFIX: dict[StakeholderKind, tuple[str, ...]] = {  # disjoint, so names never collide
    StakeholderKind.ORGANISATION: ("Vereniging", "Coöperatie", "Buurthuis", "Wijkcentrum",
                                   "Huurdersvereniging", "Dorpsraad", "Repaircafé",
                                   "Voedselbank", "Buurtteam", "Speeltuinvereniging"),
    StakeholderKind.COMPANY: ("Bakkerij", "Studio", "Installatiebedrijf", "Koffiebranderij",
                              "Drukkerij", "Schoonmaakbedrijf", "Fietsenmakerij", "Brouwerij",
                              "Timmerbedrijf", "Adviesbureau", "Kwekerij", "Transportbedrijf",
                              "Kapsalon", "Boekhandel", "Catering", "Architectenbureau",
                              "Kringloopwinkel", "Zorgboerderij", "Hoveniersbedrijf",
                              "Webbureau"),
    StakeholderKind.GOVERNMENT: ("Gemeente", "Waterschap", "Omgevingsdienst", "GGD",
                                 "Veiligheidsregio", "Werkgeversservicepunt"),
    StakeholderKind.FOUNDATION: ("Stichting", "Fonds", "Stichting Vrienden van", "Steunfonds",
                                 "Cultuurfonds"),
    StakeholderKind.EDUCATION: ("Hogeschool", "MBO College", "Basisschool", "Lyceum",
                                "Volkshogeschool", "Scholengemeenschap"),
    StakeholderKind.NETWORK: ("Netwerk", "Ondernemerskring", "Platform",
                              "Ondernemersvereniging", "Zorgnetwerk"),
}
INITIALS = "ABCDEFGHIJKLMNOPRSTVWZ"
ROLES = ("director", "owner", "policy advisor", "teacher", "coach", "volunteer coordinator",
         "designer", "bookkeeper", "project lead", "researcher", "consultant")
INTERESTS = ("inclusive hiring", "local food chains", "the energy transition", "reuse and repair",
             "learning from peers", "neighbourhood economy", "internships", "social return")
NEEDS = ("time", "customers", "funding", "clear roles", "visibility", "volunteers", "a mentor")
VALUES = ("new customers", "peers to learn from", "visibility", "interns", "meaningful work",
          "a network outside their sector", "volunteers")
DRIVERS = ("wants work that matters", "gives back after retiring", "own experience of exclusion",
           "believes in cooperation", "wants the neighbourhood to thrive")
TAGS = ("volunteer", "freelancer", "director", "smb", "employee", "retired", "startup", "funder")
THEMES = ("time investment", "unclear roles", "funding", "online meetings", "visibility",
          "membership fee", "local hubs", "learning together", "communication",
          "impact measurement", "internships", "workload")
TOPICS = ("the next session", "the hub", "funding", "internships", "the website", "roles",
          "a new partner", "the training", "their business", "a shared event")
COLORS = ("#f3dca6", "#cfe2f3", "#d5ead0", "#f5d1c5", "#e2d6ef", "#ece4c9", "#cbe7e2",
          "#f7d6e6", "#dfe8c4", "#d9d9ee")

KINDS = (StakeholderKind.PERSON,) * 70 + (StakeholderKind.ORGANISATION,) * 9 + \
    (StakeholderKind.COMPANY,) * 9 + (StakeholderKind.GOVERNMENT,) * 3 + \
    (StakeholderKind.FOUNDATION,) * 3 + (StakeholderKind.EDUCATION,) * 3 + \
    (StakeholderKind.NETWORK,) * 3
STATUSES = (Status.ACTIVE,) * 75 + (Status.CORE,) * 10 + (Status.PROSPECT,) * 10 + \
    (Status.OWN_WAY,) * 5
CHANNELS = (Channel.CALL,) * 30 + (Channel.CONVERSATION,) * 20 + (Channel.MEETING,) * 20 + \
    (Channel.EMAIL,) * 15 + (Channel.MESSAGE,) * 13 + (Channel.EVENT,) * 2
SOURCES = tuple(Source)
SUMMARY: dict[tuple[Channel, str], str] = {
    (c, t): f"{c.value.capitalize()} about {t}." for c in Channel for t in TOPICS}
_EVENT, _MEETING = Channel.EVENT, Channel.MEETING
REMARK_TEXT: dict[RemarkKind, str] = {
    RemarkKind.DOUBT: "Not sure this still works for me ({}).",
    RemarkKind.QUESTION: "What do we expect of each other about {}?",
    RemarkKind.REMARK: "Worth noting: {} came up again.",
    RemarkKind.IDEA: "An idea about {}: try it in one circle first.",
}
REMARK_KINDS = tuple(RemarkKind)


def synthetic_dataset(n: int, seed: int = 7) -> Dataset:
    """A deterministic synthetic workspace of ``n`` stakeholders (one of them the facilitator)."""
    if n < 1:
        raise ValueError("a workspace has at least one stakeholder (the facilitator)")
    # Hundreds of thousands of small acyclic objects: the cyclic collector would only rescan
    # them over and over (about a fifth of the run time), so it pauses while we build.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(n, random.Random(seed))
    finally:
        if was_enabled:
            gc.enable()


def _generate(n: int, rng: random.Random) -> Dataset:
    """The body of :func:`synthetic_dataset`."""
    random_ = rng.random
    start = END.replace(hour=0, minute=0) - timedelta(days=SPAN_DAYS)
    day_minutes = (DAY_ENDS - DAY_STARTS) * 60
    span = SPAN_DAYS * day_minutes

    def moment() -> int:
        """Minutes after ``start`` of a random moment within working hours."""
        day, minute = divmod(int(random_() * span), day_minutes)
        return day * 1440 + DAY_STARTS * 60 + minute

    # --- groups and stakeholders ----------------------------------------------------
    group_count = max(1, min(GROUP_COUNT, (n - 1) // 5))
    groups = tuple(Group(id=f"g{k + 1:02d}", name=f"Circle {k + 1}", color=COLORS[k % len(COLORS)])
                   for k in range(group_count))
    ids = [f"s{i:05d}" for i in range(1, n + 1)]
    facilitator = ids[0]
    partners = ids[1:]

    def pick(options: Sequence[T]) -> T:
        """One of ``options`` (``rng.choice`` without its per-call overhead)."""
        return options[int(random_() * len(options))]

    def below(limit: int) -> int:
        """A whole number in ``range(limit)``."""
        return int(random_() * limit)

    home = [below(group_count) for _ in partners]  # primary group per partner
    members: list[list[int]] = [[] for _ in range(group_count)]
    for index, g in enumerate(home, start=1):
        members[g].append(index)
    positions = _layout(members, n)

    stakeholders = [Stakeholder(
        id=facilitator, name=FACILITATOR_NAME, kind=StakeholderKind.FACILITATOR,
        organisation="Stichting Synthetisch", role="Community facilitator", status=Status.ACTIVE,
        x=0.0, y=0.0)]
    kinds = [StakeholderKind.FACILITATOR] + [pick(KINDS) for _ in partners]
    statuses: list[Status] = [Status.ACTIVE] + [pick(STATUSES) for _ in partners]
    names = _names(kinds, random.Random(rng.getrandbits(64)))
    organisations = [name for name, kind in zip(names, kinds)
                     if kind not in (StakeholderKind.PERSON, StakeholderKind.FACILITATOR)]
    for index in range(1, n):
        kind = kinds[index]
        person = kind is StakeholderKind.PERSON
        own_groups = (groups[home[index - 1]].id,)
        if random_() < 0.1:
            extra = groups[below(group_count)].id
            if extra != own_groups[0]:
                own_groups += (extra,)
        x, y = positions[index]
        stakeholders.append(Stakeholder(
            id=ids[index], name=names[index], kind=kind,
            organisation=(pick(organisations) if organisations else "Zelfstandig")
            if person else "",
            role=pick(ROLES) if person else "",
            interests=pick(INTERESTS), needs=pick(NEEDS), drivers=pick(DRIVERS),
            value=pick(VALUES),
            status=statuses[index], tags=(pick(TAGS),) if random_() < 0.6 else (),
            x=x, y=y, groups=own_groups))

    # --- relations --------------------------------------------------------------------
    target = RELATIONS_PER_STAKEHOLDER * n if n > 2 else n - 1
    target = min(target, n * (n - 1) // 2)
    pairs: set[tuple[int, int]] = set()
    ordered: list[tuple[int, int]] = []
    fac_links = min(n - 1, max(1, round(FACILITATOR_SHARE * (n - 1)))) if n > 1 else 0
    for index in sorted(rng.sample(range(1, n), fac_links)):
        pairs.add((0, index))
        ordered.append((0, index))
    attempts = 0
    while len(ordered) < target and attempts < 20 * target:
        attempts += 1
        a = 1 + below(n - 1)
        if random_() < 0.7:  # mostly within the own group, so circles are visible
            group = members[home[a - 1]]
            b = group[below(len(group))]
        else:
            b = 1 + below(n - 1)
        if a == b:
            continue
        pair = (a, b) if a < b else (b, a)
        if pair in pairs:
            continue
        pairs.add(pair)
        ordered.append(pair)
    relation_kinds = ("knows", "works with", "co-founded", "mentor", "supplier", "member of")
    relations = tuple(Relation(id=f"r{k:05d}", a=ids[a], b=ids[b], kind=pick(relation_kinds))
                      for k, (a, b) in enumerate(ordered, start=1))
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in ordered:
        if a:
            neighbours[a].append(b)
            neighbours[b].append(a)

    # --- readings: a few per relation, a gentle random walk on 1–5 ----------------------
    readings: list[Reading] = []
    counts = (1, 2, 3, 3, 4, 5)
    steps = (-1, 0, 0, 0, 1)
    for relation in relations:
        k = pick(counts)
        minutes = sorted(moment() for _ in range(k))
        energy = pick((3, 4, 4, 5))
        rid = relation.id
        for minute in minutes:
            energy = min(5, max(1, energy + pick(steps)))
            readings.append(Reading(id=f"e{len(readings) + 1:06d}", relation=rid,
                                    at=start + timedelta(minutes=minute), energy=energy,
                                    source=pick(SOURCES)))

    # --- interactions -----------------------------------------------------------------
    total = INTERACTIONS_PER_STAKEHOLDER * n if n > 1 else 0
    quiet = (Status.OWN_WAY, Status.PROSPECT)  # fewer contacts with these
    activity = [0.0] + [(0.2 if s in quiet else 1.0) * (0.3 + 2 * random_()) for s in statuses[1:]]
    cumulative: list[float] = []
    running = 0.0
    for weight in activity:
        running += weight
        cumulative.append(running)
    primaries = rng.choices(range(n), cum_weights=cumulative, k=total) if total else []
    moments = sorted(moment() for _ in range(total))
    interactions: list[Interaction] = []
    append = interactions.append
    channel_count, topic_count = len(CHANNELS), len(TOPICS)
    remark_no = followup_no = 0
    end_day = END.date()
    for k in range(total):
        primary = primaries[k]
        at = start + timedelta(minutes=moments[k])
        channel = CHANNELS[int(random_() * channel_count)]
        size = _size(random_(), channel)
        with_ = [ids[primary]]
        if size > 1:
            pool = neighbours[primary] or members[home[primary - 1]]
            for _ in range(size * 2):
                other = pool[below(len(pool))]
                if other and ids[other] not in with_:
                    with_.append(ids[other])
                    if len(with_) == size:
                        break
        remarks: tuple[Remark, ...] = ()
        if random_() < 0.15:
            remark_no += 1
            remark_kind, theme = pick(REMARK_KINDS), pick(THEMES)
            remarks = (Remark(id=f"m{remark_no:06d}", by=with_[below(len(with_))],
                              text=REMARK_TEXT[remark_kind].format(theme), theme=theme,
                              kind=remark_kind),)
        followups: tuple[Followup, ...] = ()
        if random_() < 0.08:
            followup_no += 1
            due = at.date() + timedelta(days=7 + below(24))
            followups = (Followup(id=f"f{followup_no:06d}", what=f"Follow up on {pick(TOPICS)}",
                                  due=due, done=due < end_day and random_() < 0.9,
                                  who=facilitator if random_() < 0.6 else with_[0]),)
        append(Interaction(
            id=f"i{k + 1:06d}", at=at, channel=channel, with_=tuple(with_),
            summary=SUMMARY[channel, TOPICS[int(random_() * topic_count)]],
            remarks=remarks, followups=followups))

    # --- sessions ---------------------------------------------------------------------
    sessions: list[Session] = []
    for k, (offset, title) in enumerate(((-60, "Community day"), (-21, "Circle evening"),
                                         (14, "Inner circle session"))):
        group = members[k % group_count][:25]
        sessions.append(Session(
            id=f"ses{k + 1:02d}", title=title, at=END + timedelta(days=offset),
            place="Het Buurthuis", goal=f"Work on {pick(TOPICS)} together.",
            attendees=tuple(ids[i] for i in group),
            agenda=("Check-in", f"Progress on {pick(TOPICS)}", "Open space", "Check-out")))

    return Dataset(
        workspace=WorkspaceInfo(
            name=f"Synthetic workspace ({n} stakeholders)",
            about="A generated network for testing and benchmarks.",
            what_happens="Circles meet, partners call, the facilitator senses.",
            who_comes_and_why="Synthetic partners with synthetic reasons.",
            shared_goal="Keep the application fast at scale.",
            phase=Phase.COMMUNITY),
        settings=SensingSettings(as_of=end_day),
        groups=groups,
        stakeholders=tuple(stakeholders),
        relations=relations,
        readings=tuple(readings),
        interactions=tuple(interactions),
        sessions=tuple(sessions),
    )


def _names(kinds: Sequence[StakeholderKind], rng: random.Random) -> list[str]:
    """A distinct name per stakeholder (the facilitator's is fixed), Dutch-flavoured.

    People get first name × surname, organisations prefix-of-their-kind × place, each drawn
    without replacement in random order (so neighbours in id order are unrelated); only when
    a kind needs more names than that gives are initials (people) or districts
    (organisations) added, as many levels as it takes.
    """
    names = [FACILITATOR_NAME] * len(kinds)
    for kind in StakeholderKind:  # a fixed order: the draws must not depend on hashing
        at = [i for i, k in enumerate(kinds) if k is kind]
        if kind is StakeholderKind.FACILITATOR or not at:
            continue
        if kind is StakeholderKind.PERSON:
            parts: list[Sequence[str]] = [FIRST, LAST]
            while math.prod(map(len, parts)) < len(at):
                parts.insert(1, [f"{c}." for c in INITIALS])
        else:
            parts = [ORG_PREFIX[kind], PLACES]
            while math.prod(map(len, parts)) < len(at):
                parts.append(DISTRICTS)
        for i, code in zip(at, rng.sample(range(math.prod(map(len, parts))), len(at))):
            words = []
            for options in reversed(parts):
                code, digit = divmod(code, len(options))
                words.append(options[digit])
            names[i] = " ".join(reversed(words))
    return names


def _size(r: float, channel: Channel) -> int:
    """How many partners take part: mostly 1–3, more for meetings and events."""
    if channel is _EVENT:
        return 6 + int(r * 10)
    if channel is _MEETING and r < 0.25:
        return 4 + int(r * 24)
    return 1 if r < 0.6 else 2 if r < 0.85 else 3


def _layout(members: list[list[int]], n: int) -> list[tuple[float, float]]:
    """Positions: the facilitator at the origin, each group a square grid on a ring."""
    positions = [(0.0, 0.0)] * n
    count = len(members)
    width = max(math.ceil(math.sqrt(len(m))) for m in members) * SPACING if n > 1 else 0.0
    if count > 1:  # adjacent blocks apart even when diagonal: centres ≥ √2·width apart
        radius = max(1.2 * math.sqrt(2) * width / (2 * math.sin(math.pi / count)),
                     width * 0.75 + 2 * SPACING)
    else:
        radius = width * 0.75 + 2 * SPACING
    for g, group in enumerate(members):
        angle = 2 * math.pi * g / count
        cx, cy = radius * math.cos(angle), radius * math.sin(angle)
        side = math.ceil(math.sqrt(len(group))) if group else 1
        origin = (side - 1) * SPACING / 2
        for j, index in enumerate(group):
            row, col = divmod(j, side)
            positions[index] = (round(cx + col * SPACING - origin, 1),
                                round(cy + row * SPACING - origin, 1))
    return positions


__all__ = ["END", "synthetic_dataset"]
