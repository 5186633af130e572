"""Erasing a person everywhere, unrecoverably, and gathering everything held about one.

``erase`` removes a stakeholder with all that is theirs — their relations with the energy
readings on them, their taking part in contacts (a contact with no one else but the
facilitator goes whole: it was about them), their remarks, the follow-ups for them, their
places in sessions and groups, drafts (unsaved work) and radar snoozes and dismissals
that name them — and replaces
their name, e-mail address and phone number wherever other rows' texts mention them with
``[erased]``, reporting each place. All in one transaction with ``PRAGMA secure_delete``
set explicitly (freed space is overwritten with zeros whatever this SQLite was built
with); then ``scrub`` checkpoints the WAL into the file and truncates it, rebuilds the file
(``VACUUM``, its temporary copy in memory) and checkpoints and truncates again, so that
neither the file nor its ``-wal`` holds the old bytes. It cannot be undone.

``person_dataset`` is everything the workspace holds about one person, in the shape of a
Voelspriet JSON v1 dataset (their record; their relations with the readings on them; the
contacts they took part in with their own remarks and the follow-ups for them or for no
one in particular; the sessions they attend), plus the follow-ups on their own that are
for them. Other people appear only as the id, name and kind that these refer to.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Mapping, Pattern, Sequence

from sqlalchemy import JSON, String, Table, delete, select, update
from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.model import Dataset, Followup, Group, Stakeholder, StakeholderKind
from workbench.store import queries
from workbench.store.database import Store, WorkspaceError
from workbench.store.schema import TABLES

T = TABLES
#: What replaces a mention of the erased person.
ERASED = "[erased]"
#: A phone number is recognised by its digits only when it has at least this many.
MIN_PHONE_DIGITS = 6
#: A first name shorter than this is never replaced on its own (too likely another word).
MIN_FIRST_NAME = 3
#: How often a checkpoint that other readers keep from finishing is tried again.
CHECKPOINT_TRIES = 20


class ErasureRefused(Exception):
    """The person cannot be erased: ``reason`` is ``missing`` or ``facilitator``."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Mention:
    """A place in someone else's text where the erased person was named.

    ``table`` and ``column`` say which kind of text (``interactions``/``summary``,
    ``stakeholders``/``notes`` …), ``key`` which row, ``subject`` the row in words of its
    own data (a name, a title, a date: after the replacement)."""

    table: str
    key: str
    column: str
    subject: str


@dataclass(frozen=True)
class Erasure:
    """What erasing a person removes (or removed) and where their name was replaced.

    ``counts``: ``relations``, ``readings`` (on their relations), ``contacts`` (they took
    part in), ``contacts_removed`` (of those, gone whole: no one else took part),
    ``remarks`` (by them), ``followups`` (for them), ``sessions`` (places in), ``groups``
    (memberships), ``drafts`` (that named them)."""

    person_id: str
    name: str
    counts: Mapping[str, int] = field(default_factory=dict)
    mentions: tuple[Mention, ...] = ()


# --------------------------------------------------------------------------- erasing

def erase(store: Store, person_id: str) -> Erasure:
    """Erase the stakeholder *person_id* from the open *store* unrecoverably (see the
    module's doc); raises ``ErasureRefused`` for no such stakeholder or the facilitator."""
    with store.begin() as s:
        s.exec_driver_sql("PRAGMA secure_delete=ON")
        erasure = _erase(s, person_id)
    scrub(store)
    return erasure


def preview(store: Store, person_id: str) -> Erasure:
    """What ``erase`` would do, without doing it (the same code, rolled back)."""
    with store.session() as s:
        s.begin()
        try:
            return _erase(s, person_id)
        finally:
            s.rollback()


def scrub(store: Store) -> None:
    """Leave no freed bytes behind: checkpoint and truncate the WAL, rebuild the file,
    checkpoint and truncate again (``secure_delete`` on throughout)."""
    with store.alone():  # a read on another thread would hold old bytes in the WAL
        raw = store.engine.raw_connection()
        try:
            con = raw.driver_connection
            con.execute("PRAGMA secure_delete=ON")
            _checkpoint(con, store)
            con.execute("PRAGMA temp_store=MEMORY")  # VACUUM's copy never touches the disk
            con.execute("VACUUM")
            _checkpoint(con, store)
        finally:
            raw.close()


def _checkpoint(con: Any, store: Store) -> None:
    for _try in range(CHECKPOINT_TRIES):
        busy, _frames, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.05)
    raise WorkspaceError("already_open", f"{store.path}: another program is reading the workspace, so "
                                         "its old bytes could not be overwritten yet; close that "
                                         "program and open and close the workspace once", store.path)


def _erase(s: DbSession, person_id: str) -> Erasure:
    person = queries.stakeholder(s, person_id)
    if person is None:
        raise ErasureRefused("missing", f"no stakeholder with id {person_id!r}")
    if person.kind == StakeholderKind.FACILITATOR:
        raise ErasureRefused("facilitator", "the facilitator cannot be erased")
    facilitator = queries.facilitator_id(s)
    counts: dict[str, int] = {}
    rel, rd, part = T["relations"], T["readings"], T["interaction_participants"]
    relations = _ids(s, select(rel.c.id).where((rel.c.a == person_id) | (rel.c.b == person_id)))
    counts["relations"] = len(relations)
    counts["readings"] = _count(s, select(rd.c.id).where(rd.c.relation_id.in_(relations)))
    contacts = _ids(s, select(part.c.interaction_id).where(part.c.stakeholder_id == person_id))
    counts["contacts"] = len(contacts)
    shared = set(_ids(s, select(part.c.interaction_id).where(
        part.c.interaction_id.in_(contacts), part.c.stakeholder_id != person_id,
        part.c.stakeholder_id != facilitator)))
    alone = [i for i in contacts if i not in shared]
    counts["contacts_removed"] = len(alone)
    remarks, followups = T["remarks"], T["followups"]
    counts["remarks"] = _count(s, select(remarks.c.id).where(remarks.c.by_id == person_id))
    counts["followups"] = _count(s, select(followups.c.id).where(followups.c.who_id == person_id))
    counts["sessions"] = _count(s, select(T["session_attendees"].c.session_id).where(
        T["session_attendees"].c.stakeholder_id == person_id))
    counts["groups"] = _count(s, select(T["group_members"].c.group_id).where(
        T["group_members"].c.stakeholder_id == person_id))
    drafts = T["drafts"]
    naming = [key for key, data in s.execute(select(drafts.c.key, drafts.c.data))
              if _refers(data, person_id)]
    counts["drafts"] = len(naming)

    s.execute(delete(followups).where(followups.c.who_id == person_id))
    s.execute(delete(T["interactions"]).where(T["interactions"].c.id.in_(alone)))
    s.execute(delete(drafts).where(drafts.c.key.in_(naming)))
    for table in (T["radar_snoozes"], T["radar_dismissals"]):  # radar marks naming them go too
        marked = [key for key, people in s.execute(select(table.c.id, table.c.people))
                  if person_id in (people or ())]
        s.execute(delete(table).where(table.c.id.in_(marked)))
    s.execute(delete(T["stakeholders"]).where(T["stakeholders"].c.id == person_id))  # cascades the rest
    others = list(s.execute(select(T["stakeholders"].c.name)).scalars())  # after the delete: not theirs
    mentions = _replace_mentions(s, patterns(person, others), person_id)
    return Erasure(person_id, person.name, counts, tuple(mentions))


def _ids(s: DbSession, stmt: Any) -> list[str]:
    return list(dict.fromkeys(s.execute(stmt).scalars()))


def _count(s: DbSession, stmt: Any) -> int:
    return len(s.execute(stmt).all())


def _refers(value: Any, person_id: str) -> bool:
    """True when the JSON *value* holds *person_id* as a text or a key anywhere."""
    if isinstance(value, str):
        return value == person_id
    if isinstance(value, Mapping):
        return any(k == person_id or _refers(v, person_id) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_refers(v, person_id) for v in value)
    return False


def patterns(person: Stakeholder, others: Sequence[str] = ()) -> list[Pattern[str]]:
    """How the person is recognised in other texts: their name (any case, any spacing
    between its words), their e-mail address, their phone number (its digits, with any
    spaces, dashes, dots or brackets between them) and — for a person whose first name
    (of at least three letters) is in none of the *others*' names — that first name as a
    word of its own ("Anna said …"), as it is written (capitalised)."""
    words = person.name.split()
    out = [re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)]
    if person.email.strip():
        out.append(re.compile(re.escape(person.email.strip()), re.IGNORECASE))
    digits = re.sub(r"\D", "", person.phone)
    if len(digits) >= MIN_PHONE_DIGITS:
        out.append(re.compile(r"\+?" + r"[\s\-.()/]*".join(digits)))
    if person.kind == StakeholderKind.PERSON and len(words) > 1 and len(words[0]) >= MIN_FIRST_NAME:
        first = re.compile(r"(?<!\w)" + re.escape(words[0]) + r"(?!\w)")
        shared = re.compile(first.pattern, re.IGNORECASE)
        if not any(shared.search(name) for name in others):
            out.append(first)
    return out


def scrub_text(text: str, found: list[Pattern[str]]) -> str:
    """*text* with every match of *found* replaced by ``[erased]``."""
    for pattern in found:
        text = pattern.sub(ERASED, text)
    return text


def _scrub_json(value: Any, found: list[Pattern[str]], person_id: str) -> Any:
    """The JSON *value* with the person's mentions replaced, and their id too where it
    stands as a value of its own (a list of people, say)."""
    if isinstance(value, str):
        return ERASED if value == person_id else scrub_text(value, found)
    if isinstance(value, Mapping):
        return {_scrub_json(k, found, person_id) if isinstance(k, str) else k: _scrub_json(v, found, person_id)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, found, person_id) for v in value]
    return value


def free_text_columns(table: Table) -> list[str]:
    """The columns of *table* that hold what people type (texts, names, custom fields):
    not keys or references, nor the short coded values (kinds, statuses, colours)."""
    out: list[str] = []
    for column in table.columns:
        if column.primary_key or column.foreign_keys:
            continue
        kind = column.type
        if isinstance(kind, JSON) or (isinstance(kind, String) and (kind.length is None or kind.length >= 100)):
            out.append(column.name)
    return out


def _replace_mentions(s: DbSession, found: list[Pattern[str]], person_id: str) -> list[Mention]:
    mentions: list[Mention] = []
    for table in T.values():
        columns = free_text_columns(table)
        if not columns:
            continue
        keys = list(table.primary_key.columns)
        for row in s.execute(select(*keys, *(table.c[c] for c in columns))).mappings():
            changed: dict[str, Any] = {}
            for column in columns:
                value = row[column]
                if isinstance(value, str):
                    new: Any = scrub_text(value, found)
                elif isinstance(value, (dict, list)):
                    new = _scrub_json(value, found, person_id)
                else:
                    new = value
                if new != value:
                    changed[column] = new
            if not changed:
                continue
            where = [k == row[k.name] for k in keys]
            s.execute(update(table).where(*where).values(changed))
            key = "/".join(str(row[k.name]) for k in keys)
            subject = _subject(s, table.name, {**dict(row), **changed})
            mentions += [Mention(table.name, key, column, subject) for column in changed]
    return mentions


def _subject(s: DbSession, table: str, row: Mapping[str, Any]) -> str:
    """The row *row* of *table* in words of its own data."""
    if table in ("stakeholders", "groups"):
        return str(row.get("name", ""))
    if table == "sessions":
        return _when(s, table, row, "title")
    if table == "interactions":
        return _when(s, table, row, "channel")
    if table in ("remarks", "followups"):
        t = T[table]
        iid = s.execute(select(t.c.interaction_id).where(t.c.id == row["id"])).scalar()
        if iid is None:
            return ""
        return _when(s, "interactions", {"id": iid}, "channel")
    if table == "readings":
        at = s.execute(select(T["readings"].c.at).where(T["readings"].c.id == row["id"])).scalar()
        return _day(at)
    if table == "relations":
        r, st = T["relations"], T["stakeholders"]
        a, b = s.execute(select(r.c.a, r.c.b).where(r.c.id == row["id"])).one()
        names = dict(s.execute(select(st.c.id, st.c.name).where(st.c.id.in_([a, b]))).all())
        return f"{names.get(a, a)} – {names.get(b, b)}"
    if table == "drafts":
        return str(row.get("key", ""))
    return ""


def _when(s: DbSession, table: str, row: Mapping[str, Any], what: str) -> str:
    t = T[table]
    found = s.execute(select(t.c[what], t.c.at).where(t.c.id == row["id"])).one()
    return f"{found[0]}, {_day(found[1])}"


def _day(at: date | datetime | None) -> str:
    return "" if at is None else at.strftime("%Y-%m-%d")


# --------------------------------------------------------------------------- exporting

@dataclass(frozen=True)
class PersonData:
    """Everything held about one person: a JSON v1 dataset and their follow-ups that
    belong to no contact."""

    person_id: str
    dataset: Dataset
    followups: tuple[Followup, ...] = ()


def person_dataset(s: DbSession, person_id: str) -> PersonData:
    """Everything the workspace holds about *person_id* (see the module's doc); raises
    ``ErasureRefused("missing", …)`` when there is no such stakeholder."""
    person = queries.stakeholder(s, person_id)
    if person is None:
        raise ErasureRefused("missing", f"no stakeholder with id {person_id!r}")
    relations = queries.relations(s, stakeholder_ids=[person_id])
    readings = queries.readings(s, [r.id for r in relations])
    interactions = [replace(i, remarks=tuple(r for r in i.remarks if r.by == person_id),
                            followups=tuple(f for f in i.followups if f.who in (person_id, None)))
                    for i in queries.interactions(s, stakeholder_id=person_id)]
    sessions = [x for x in queries.sessions(s) if person_id in x.attendees]
    named = {person_id}
    for r in relations:
        named |= {r.a, r.b}
    for i in interactions:
        named |= set(i.with_)
    for x in sessions:
        named |= set(x.attendees)
    others = [Stakeholder(id=o.id, name=o.name, kind=o.kind, status=o.status)
              for o in queries.stakeholders(s, sorted(named - {person_id}))]
    groups = [Group(id=g.id, name=g.name, color=g.color, show_region=g.show_region)
              for g in queries.groups(s) if g.id in person.groups]
    f = T["followups"]
    own = tuple(Followup(id=r["id"], what=r["what"], due=r["due"], done=bool(r["done"]), who=r["who_id"])
                for r in s.execute(select(f).where(f.c.who_id == person_id, f.c.interaction_id.is_(None))
                                   .order_by(f.c.due, f.c.id)).mappings())
    return PersonData(person_id, Dataset(
        groups=tuple(groups), stakeholders=(person, *others), relations=tuple(relations),
        readings=tuple(readings), interactions=tuple(interactions), sessions=tuple(sessions)), own)

