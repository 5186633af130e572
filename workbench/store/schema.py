"""The workspace schema: SQLAlchemy Core tables for everything in Voelspriet JSON v1.

Rows never leave the store: queries turn them into ``workbench.model`` values. The
constraints below are the domain's rules, enforced by the database itself. Alembic
migrations (``migrations/versions``) are the source of truth for existing files; a test
checks that they and this module agree.

Core tables, not ORM classes: every read and write here is a Core statement (``select``,
``insert``, ``update`` on ``TABLES``) run on a Core ``Connection``, so the app never needs
SQLAlchemy's ORM, whose import and declarative mapping cost about a seventh of a cold
start (bench/README.md, "Start-up").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CreateIndex

from workbench.model import Channel, Phase, RemarkKind, Signal, Source, StakeholderKind, Status

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
#: Every table of a workspace (batch migrations need named constraints: ``NAMING``).
metadata = MetaData(naming_convention=NAMING)
#: Where one, exactly one, facilitator is kept (a partial unique index).
ONE_FACILITATOR = "kind = 'facilitator'"


def _one_of(column: str, values: type) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


def _required(name: str, *args: Any, **kw: Any) -> Column[Any]:
    """A NOT NULL column."""
    return Column(name, *args, nullable=False, **kw)


def _optional(name: str, *args: Any, **kw: Any) -> Column[Any]:
    """A column that may be NULL; a foreign key without a type takes its target's."""
    return Column(name, *args, nullable=True, **kw)


def _key(name: str, target: str, ondelete: str, **kw: Any) -> Column[Any]:
    """A NOT NULL foreign key column; its type is the one of *target*."""
    return Column(name, ForeignKey(target, ondelete=ondelete), nullable=False, **kw)


def _id(type_: Any = None) -> Column[Any]:
    """The primary key ``id`` (a ``String(64)`` unless *type_* says otherwise)."""
    return Column("id", String(64) if type_ is None else type_, primary_key=True)


# The single row holding the workspace's signature and phase.
workspace = Table(
    "workspace", metadata,
    Column("id", Integer, primary_key=True),
    _required("name", String(200)),
    _required("about", Text, default=""),
    _required("what_happens", Text, default=""),
    _required("who_comes_and_why", Text, default=""),
    _required("shared_goal", Text, default=""),
    _required("phase", String(20), default=Phase.NETWORK.value),
    CheckConstraint("id = 1", name="single_row"),
    CheckConstraint(_one_of("phase", Phase), name="phase"),
)

# Per-workspace sensing thresholds (one row).
sensing_settings = Table(
    "sensing_settings", metadata,
    Column("id", Integer, primary_key=True),
    _required("silence_min_days", Integer, default=21),
    _required("silence_gap_factor", Float, default=2.0),
    _required("silence_min_interactions", Integer, default=3),
    _required("silence_escalate_factor", Float, default=2.0),
    _required("low_energy_max", Integer, default=2),
    _required("energy_drop", Integer, default=2),
    _required("energy_drop_window", Integer, default=3),
    _required("doubt_window_days", Integer, default=30),
    _required("theme_min_partners", Integer, default=3),
    _required("theme_window_days", Integer, default=30),
    _optional("as_of", Date),
    CheckConstraint("id = 1", name="single_row"),
    CheckConstraint("silence_min_days >= 1", name="silence_min_days"),
    CheckConstraint("silence_gap_factor > 0", name="silence_gap_factor"),
    CheckConstraint("silence_min_interactions >= 2", name="silence_min_interactions"),
    CheckConstraint("silence_escalate_factor >= 1", name="silence_escalate_factor"),
    CheckConstraint("low_energy_max BETWEEN 1 AND 5", name="low_energy_max"),
    CheckConstraint("energy_drop BETWEEN 1 AND 4", name="energy_drop"),
    CheckConstraint("energy_drop_window >= 1", name="energy_drop_window"),
    CheckConstraint("doubt_window_days >= 1", name="doubt_window_days"),
    CheckConstraint("theme_min_partners >= 2", name="theme_min_partners"),
    CheckConstraint("theme_window_days >= 1", name="theme_window_days"),
)

# A circle, team or place.
groups = Table(
    "groups", metadata,
    _id(),
    _required("name", String(200)),
    _optional("color", String(32)),
    _required("show_region", Boolean, default=True),
)

# A stakeholder; exactly one has kind ``facilitator`` (a partial unique index; on
# PostgreSQL its WHERE is added when it is compiled there: ``_create_index``).
stakeholders = Table(
    "stakeholders", metadata,
    _id(),
    _required("name", String(200)),
    _required("kind", String(20), default=StakeholderKind.PERSON.value),
    _required("organisation", Text, default=""),
    _required("role", Text, default=""),
    _required("interests", Text, default=""),
    _required("needs", Text, default=""),
    _required("drivers", Text, default=""),
    _required("value", Text, default=""),
    _required("notes", Text, default=""),
    _required("email", Text, default=""),
    _required("phone", Text, default=""),
    _required("status", String(20), default=Status.ACTIVE.value),
    _required("tags", JSON, default=list),
    _optional("x", Float),
    _optional("y", Float),
    _required("pinned", Boolean, default=False),
    _required("fields", JSON, default=dict),
    CheckConstraint(_one_of("kind", StakeholderKind), name="kind"),
    CheckConstraint(_one_of("status", Status), name="status"),
    CheckConstraint("length(name) > 0", name="name_not_empty"),
)
ONE_FACILITATOR_INDEX = Index("uq_stakeholders_one_facilitator", stakeholders.c.kind, unique=True,
                              sqlite_where=text(ONE_FACILITATOR))

# Membership of a stakeholder in a group.
group_members = Table(
    "group_members", metadata,
    _key("group_id", "groups.id", "CASCADE", primary_key=True),
    _key("stakeholder_id", "stakeholders.id", "CASCADE", primary_key=True, index=True),
)

# An undirected relation, stored with ``a < b`` so that a pair has one row.
relations = Table(
    "relations", metadata,
    _id(),
    _key("a", "stakeholders.id", "CASCADE"),
    _key("b", "stakeholders.id", "CASCADE", index=True),
    _required("kind", Text, default=""),
    _required("note", Text, default=""),
    _required("fields", JSON, default=dict),
    CheckConstraint("a <> b", name="not_self"),
    CheckConstraint("a < b", name="ordered_pair"),
    Index("uq_relations_pair", "a", "b", unique=True),
)

# A contact moment; ``session_id``: the planned session it took place in.
interactions = Table(
    "interactions", metadata,
    _id(),
    _required("at", DateTime, index=True),
    _required("channel", String(20)),
    _required("summary", Text, default=""),
    _optional("session_id", ForeignKey("sessions.id", ondelete="SET NULL"), index=True),
    CheckConstraint(_one_of("channel", Channel), name="channel"),
)

# An energy reading on a relation, optionally sensed during an interaction.
readings = Table(
    "readings", metadata,
    _id(),
    _key("relation_id", "relations.id", "CASCADE"),
    _required("at", DateTime),
    _required("energy", Integer),
    _required("source", String(20), default=Source.SENSE.value),
    _required("note", Text, default=""),
    _optional("interaction_id", ForeignKey("interactions.id", ondelete="SET NULL"), index=True),
    CheckConstraint("energy BETWEEN 1 AND 5", name="energy"),
    CheckConstraint(_one_of("source", Source), name="source"),
    Index("ix_readings_relation_at", "relation_id", "at"),
)

# Who took part in an interaction.
interaction_participants = Table(
    "interaction_participants", metadata,
    _key("interaction_id", "interactions.id", "CASCADE", primary_key=True),
    _key("stakeholder_id", "stakeholders.id", "CASCADE", primary_key=True, index=True),
)

# A doubt, question, remark or idea raised during an interaction.
remarks = Table(
    "remarks", metadata,
    _id(),
    _key("interaction_id", "interactions.id", "CASCADE", index=True),
    _key("by_id", "stakeholders.id", "CASCADE", index=True),
    _required("position", Integer, default=0),
    _required("theme", Text, default=""),
    _required("kind", String(20), default=RemarkKind.REMARK.value),
    _required("text", Text, default=""),
    CheckConstraint(_one_of("kind", RemarkKind), name="kind"),
)

# Something to do after an interaction (``interaction_id`` None: a follow-up on its own).
followups = Table(
    "followups", metadata,
    _id(),
    _optional("interaction_id", ForeignKey("interactions.id", ondelete="CASCADE"), index=True),
    _required("position", Integer, default=0),
    _required("what", Text),
    _optional("due", Date),
    _required("done", Boolean, default=False),
    _optional("who_id", ForeignKey("stakeholders.id", ondelete="SET NULL"), index=True),
)

# A planned session. Agenda items are objects {title, minutes?, owner?}; rows written
# before agenda items had a duration hold plain texts, read as titles without one
# (rows.to_session): the JSON column takes both, so no migration was needed.
sessions = Table(
    "sessions", metadata,
    _id(),
    _required("title", Text),
    _required("at", DateTime),
    _required("place", Text, default=""),
    _required("goal", Text, default=""),
    _required("agenda", JSON, default=list),
)

# A stakeholder attending a session, in order.
session_attendees = Table(
    "session_attendees", metadata,
    _key("session_id", "sessions.id", "CASCADE", primary_key=True),
    _key("stakeholder_id", "stakeholders.id", "CASCADE", primary_key=True, index=True),
    _required("position", Integer, default=0),
)

# Unsaved work kept while it is typed (a meeting being captured): not an edit, no undo.
drafts = Table(
    "drafts", metadata,
    Column("key", String(100), primary_key=True),
    _required("data", JSON),
    _required("saved_at", DateTime),
)

# A radar finding left off the radar until a day (``sensing.marks``): its key is the
# signal and whom it is about; it shows again on ``until``.
radar_snoozes = Table(
    "radar_snoozes", metadata,
    _id(Text),
    _required("signal", String(30)),
    _required("people", JSON, default=list),
    _required("until", Date),
    CheckConstraint(_one_of("signal", Signal), name="signal"),
)

# A radar finding dismissed with the evidence it had (``sensing.marks``): it stays off
# the radar until evidence it did not have appears.
radar_dismissals = Table(
    "radar_dismissals", metadata,
    _id(Text),
    _required("signal", String(30)),
    _required("people", JSON, default=list),
    _required("evidence", JSON, default=list),
    _required("dismissed_on", Date),
    CheckConstraint(_one_of("signal", Signal), name="signal"),
)

TABLES = metadata.tables


def _postgresql_where() -> None:
    """Give the facilitator's unique index its PostgreSQL ``WHERE`` (what the first
    migration creates there). Naming a PostgreSQL option imports SQLAlchemy's PostgreSQL
    dialect, which the app (SQLite) never needs: so it is named only when the index is
    compiled for PostgreSQL (``_create_index``)."""
    options = ONE_FACILITATOR_INDEX.dialect_options["postgresql"]
    if options["where"] is None:
        options["where"] = text(ONE_FACILITATOR)


@compiles(CreateIndex, "postgresql")
def _create_index(create: CreateIndex, compiler: Any, **kw: Any) -> str:
    if create.element is ONE_FACILITATOR_INDEX:
        _postgresql_where()
    return str(compiler.visit_create_index(create, **kw))
