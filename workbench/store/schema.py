"""The workspace schema: SQLAlchemy 2 typed rows for everything in Voelspriet JSON v1.

Rows never leave the store: queries turn them into ``workbench.model`` values. The
constraints below are the domain's rules, enforced by the database itself. Alembic
migrations (``migrations/versions``) are the source of truth for existing files; a test
checks that they and this module agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workbench.model import Channel, Phase, RemarkKind, Signal, Source, StakeholderKind, Status

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: type) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Base(DeclarativeBase):
    """Declarative base with a naming convention (batch migrations need named constraints)."""

    metadata = MetaData(naming_convention=NAMING)


class WorkspaceRow(Base):
    """The single row holding the workspace's signature and phase."""

    __tablename__ = "workspace"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(_one_of("phase", Phase), name="phase"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    about: Mapped[str] = mapped_column(Text, default="")
    what_happens: Mapped[str] = mapped_column(Text, default="")
    who_comes_and_why: Mapped[str] = mapped_column(Text, default="")
    shared_goal: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[str] = mapped_column(String(20), default=Phase.NETWORK.value)


class SettingsRow(Base):
    """Per-workspace sensing thresholds (one row)."""

    __tablename__ = "sensing_settings"
    __table_args__ = (
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
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    silence_min_days: Mapped[int] = mapped_column(Integer, default=21)
    silence_gap_factor: Mapped[float] = mapped_column(Float, default=2.0)
    silence_min_interactions: Mapped[int] = mapped_column(Integer, default=3)
    silence_escalate_factor: Mapped[float] = mapped_column(Float, default=2.0)
    low_energy_max: Mapped[int] = mapped_column(Integer, default=2)
    energy_drop: Mapped[int] = mapped_column(Integer, default=2)
    energy_drop_window: Mapped[int] = mapped_column(Integer, default=3)
    doubt_window_days: Mapped[int] = mapped_column(Integer, default=30)
    theme_min_partners: Mapped[int] = mapped_column(Integer, default=3)
    theme_window_days: Mapped[int] = mapped_column(Integer, default=30)
    as_of: Mapped[date | None] = mapped_column(Date, nullable=True)


class GroupRow(Base):
    """A circle, team or place."""

    __tablename__ = "groups"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    color: Mapped[str | None] = mapped_column(String(32), nullable=True)
    show_region: Mapped[bool] = mapped_column(Boolean, default=True)


class StakeholderRow(Base):
    """A stakeholder; exactly one has kind ``facilitator``."""

    __tablename__ = "stakeholders"
    __table_args__ = (
        CheckConstraint(_one_of("kind", StakeholderKind), name="kind"),
        CheckConstraint(_one_of("status", Status), name="status"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        Index(
            "uq_stakeholders_one_facilitator",
            "kind",
            unique=True,
            sqlite_where=text("kind = 'facilitator'"),
            postgresql_where=text("kind = 'facilitator'"),
        ),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default=StakeholderKind.PERSON.value)
    organisation: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    drivers: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=Status.ACTIVE.value)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    x: Mapped[float | None] = mapped_column(Float, nullable=True)
    y: Mapped[float | None] = mapped_column(Float, nullable=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class GroupMemberRow(Base):
    """Membership of a stakeholder in a group."""

    __tablename__ = "group_members"
    group_id: Mapped[str] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RelationRow(Base):
    """An undirected relation, stored with ``a < b`` so that a pair has one row."""

    __tablename__ = "relations"
    __table_args__ = (
        CheckConstraint("a <> b", name="not_self"),
        CheckConstraint("a < b", name="ordered_pair"),
        Index("uq_relations_pair", "a", "b", unique=True),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    a: Mapped[str] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    b: Mapped[str] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class InteractionRow(Base):
    """A contact moment."""

    __tablename__ = "interactions"
    __table_args__ = (CheckConstraint(_one_of("channel", Channel), name="channel"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    session_id: Mapped[str | None] = mapped_column(  # the planned session it took place in
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ReadingRow(Base):
    """An energy reading on a relation, optionally sensed during an interaction."""

    __tablename__ = "readings"
    __table_args__ = (
        CheckConstraint("energy BETWEEN 1 AND 5", name="energy"),
        CheckConstraint(_one_of("source", Source), name="source"),
        Index("ix_readings_relation_at", "relation_id", "at"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    relation_id: Mapped[str] = mapped_column(ForeignKey("relations.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    energy: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20), default=Source.SENSE.value)
    note: Mapped[str] = mapped_column(Text, default="")
    interaction_id: Mapped[str | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ParticipantRow(Base):
    """Who took part in an interaction."""

    __tablename__ = "interaction_participants"
    interaction_id: Mapped[str] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RemarkRow(Base):
    """A doubt, question, remark or idea raised during an interaction."""

    __tablename__ = "remarks"
    __table_args__ = (CheckConstraint(_one_of("kind", RemarkKind), name="kind"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    interaction_id: Mapped[str] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), index=True
    )
    by_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    theme: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default=RemarkKind.REMARK.value)
    text: Mapped[str] = mapped_column(Text, default="")


class FollowupRow(Base):
    """Something to do after an interaction."""

    __tablename__ = "followups"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    interaction_id: Mapped[str | None] = mapped_column(  # None: a follow-up on its own
        ForeignKey("interactions.id", ondelete="CASCADE"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    who_id: Mapped[str | None] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="SET NULL"), nullable=True, index=True
    )


class SessionRow(Base):
    """A planned session."""

    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    # Items as objects {title, minutes?, owner?}; rows written before agenda items had a
    # duration hold plain texts, read as titles without one (rows.to_session): the JSON
    # column takes both, so no migration was needed.
    agenda: Mapped[list[Any]] = mapped_column(JSON, default=list)


class AttendeeRow(Base):
    """A stakeholder attending a session, in order."""

    __tablename__ = "session_attendees"
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    stakeholder_id: Mapped[str] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class DraftRow(Base):
    """Unsaved work kept while it is typed (a meeting being captured): not an edit, no undo."""

    __tablename__ = "drafts"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class SnoozeRow(Base):
    """A radar finding left off the radar until a day (``sensing.marks``): its key is the
    signal and whom it is about; it shows again on ``until``."""

    __tablename__ = "radar_snoozes"
    __table_args__ = (CheckConstraint(_one_of("signal", Signal), name="signal"),)
    id: Mapped[str] = mapped_column(Text, primary_key=True)
    signal: Mapped[str] = mapped_column(String(30))
    people: Mapped[list[str]] = mapped_column(JSON, default=list)
    until: Mapped[date] = mapped_column(Date)


class DismissalRow(Base):
    """A radar finding dismissed with the evidence it had (``sensing.marks``): it stays off
    the radar until evidence it did not have appears."""

    __tablename__ = "radar_dismissals"
    __table_args__ = (CheckConstraint(_one_of("signal", Signal), name="signal"),)
    id: Mapped[str] = mapped_column(Text, primary_key=True)
    signal: Mapped[str] = mapped_column(String(30))
    people: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    dismissed_on: Mapped[date] = mapped_column(Date)


TABLES = Base.metadata.tables
