"""The first workspace schema.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

KINDS = "'facilitator', 'person', 'organisation', 'company', 'government', 'foundation', 'education', 'network'"
STATUSES = "'prospect', 'active', 'core', 'own_way'"
CHANNELS = "'conversation', 'call', 'meeting', 'event', 'email', 'message'"
SOURCES = CHANNELS + ", 'sense'"


def upgrade() -> None:
    op.execute("PRAGMA application_id = 1450141036")
    op.create_table(
        "workspace",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("about", sa.Text, nullable=False),
        sa.Column("what_happens", sa.Text, nullable=False),
        sa.Column("who_comes_and_why", sa.Text, nullable=False),
        sa.Column("shared_goal", sa.Text, nullable=False),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_workspace_single_row"),
        sa.CheckConstraint("phase IN ('network', 'community', 'meshwork')", name="ck_workspace_phase"),
        sa.PrimaryKeyConstraint("id", name="pk_workspace"),
    )
    op.create_table(
        "sensing_settings",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("silence_min_days", sa.Integer, nullable=False),
        sa.Column("silence_gap_factor", sa.Float, nullable=False),
        sa.Column("silence_min_interactions", sa.Integer, nullable=False),
        sa.Column("silence_escalate_factor", sa.Float, nullable=False),
        sa.Column("low_energy_max", sa.Integer, nullable=False),
        sa.Column("energy_drop", sa.Integer, nullable=False),
        sa.Column("energy_drop_window", sa.Integer, nullable=False),
        sa.Column("doubt_window_days", sa.Integer, nullable=False),
        sa.Column("theme_min_partners", sa.Integer, nullable=False),
        sa.Column("theme_window_days", sa.Integer, nullable=False),
        sa.CheckConstraint("id = 1", name="ck_sensing_settings_single_row"),
        sa.CheckConstraint("silence_min_days >= 1", name="ck_sensing_settings_silence_min_days"),
        sa.CheckConstraint("silence_gap_factor > 0", name="ck_sensing_settings_silence_gap_factor"),
        sa.CheckConstraint("silence_min_interactions >= 2", name="ck_sensing_settings_silence_min_interactions"),
        sa.CheckConstraint("silence_escalate_factor >= 1", name="ck_sensing_settings_silence_escalate_factor"),
        sa.CheckConstraint("low_energy_max BETWEEN 1 AND 5", name="ck_sensing_settings_low_energy_max"),
        sa.CheckConstraint("energy_drop BETWEEN 1 AND 4", name="ck_sensing_settings_energy_drop"),
        sa.CheckConstraint("energy_drop_window >= 1", name="ck_sensing_settings_energy_drop_window"),
        sa.CheckConstraint("doubt_window_days >= 1", name="ck_sensing_settings_doubt_window_days"),
        sa.CheckConstraint("theme_min_partners >= 2", name="ck_sensing_settings_theme_min_partners"),
        sa.CheckConstraint("theme_window_days >= 1", name="ck_sensing_settings_theme_window_days"),
        sa.PrimaryKeyConstraint("id", name="pk_sensing_settings"),
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("color", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_groups"),
    )
    op.create_table(
        "stakeholders",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("interests", sa.Text, nullable=False),
        sa.Column("needs", sa.Text, nullable=False),
        sa.Column("drivers", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False),
        sa.Column("phone", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("x", sa.Float, nullable=True),
        sa.Column("y", sa.Float, nullable=True),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.CheckConstraint(f"kind IN ({KINDS})", name="ck_stakeholders_kind"),
        sa.CheckConstraint(f"status IN ({STATUSES})", name="ck_stakeholders_status"),
        sa.PrimaryKeyConstraint("id", name="pk_stakeholders"),
    )
    op.create_index(
        "uq_stakeholders_one_facilitator", "stakeholders", ["kind"], unique=True,
        sqlite_where=sa.text("kind = 'facilitator'"), postgresql_where=sa.text("kind = 'facilitator'"),
    )
    op.create_table(
        "group_members",
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.Column("stakeholder_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], ondelete="CASCADE", name="fk_group_members_group_id_groups"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholders.id"], ondelete="CASCADE", name="fk_group_members_stakeholder_id_stakeholders"),
        sa.PrimaryKeyConstraint("group_id", "stakeholder_id", name="pk_group_members"),
    )
    op.create_index("ix_group_members_stakeholder_id", "group_members", ["stakeholder_id"])
    op.create_table(
        "relations",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("a", sa.String(64), nullable=False),
        sa.Column("b", sa.String(64), nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.CheckConstraint("a <> b", name="ck_relations_not_self"),
        sa.CheckConstraint("a < b", name="ck_relations_ordered_pair"),
        sa.ForeignKeyConstraint(["a"], ["stakeholders.id"], ondelete="CASCADE", name="fk_relations_a_stakeholders"),
        sa.ForeignKeyConstraint(["b"], ["stakeholders.id"], ondelete="CASCADE", name="fk_relations_b_stakeholders"),
        sa.PrimaryKeyConstraint("id", name="pk_relations"),
    )
    op.create_index("uq_relations_pair", "relations", ["a", "b"], unique=True)
    op.create_index("ix_relations_b", "relations", ["b"])
    op.create_table(
        "interactions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.CheckConstraint(f"channel IN ({CHANNELS})", name="ck_interactions_channel"),
        sa.PrimaryKeyConstraint("id", name="pk_interactions"),
    )
    op.create_index("ix_interactions_at", "interactions", ["at"])
    op.create_table(
        "readings",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("relation_id", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("energy", sa.Integer, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("interaction_id", sa.String(64), nullable=True),
        sa.CheckConstraint("energy BETWEEN 1 AND 5", name="ck_readings_energy"),
        sa.CheckConstraint(f"source IN ({SOURCES})", name="ck_readings_source"),
        sa.ForeignKeyConstraint(["relation_id"], ["relations.id"], ondelete="CASCADE", name="fk_readings_relation_id_relations"),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="SET NULL", name="fk_readings_interaction_id_interactions"),
        sa.PrimaryKeyConstraint("id", name="pk_readings"),
    )
    op.create_index("ix_readings_relation_at", "readings", ["relation_id", "at"])
    op.create_index("ix_readings_interaction_id", "readings", ["interaction_id"])
    op.create_table(
        "interaction_participants",
        sa.Column("interaction_id", sa.String(64), nullable=False),
        sa.Column("stakeholder_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="CASCADE", name="fk_interaction_participants_interaction_id_interactions"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholders.id"], ondelete="CASCADE", name="fk_interaction_participants_stakeholder_id_stakeholders"),
        sa.PrimaryKeyConstraint("interaction_id", "stakeholder_id", name="pk_interaction_participants"),
    )
    op.create_index("ix_interaction_participants_stakeholder_id", "interaction_participants", ["stakeholder_id"])
    op.create_table(
        "remarks",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("interaction_id", sa.String(64), nullable=False),
        sa.Column("by_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("theme", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.CheckConstraint("kind IN ('doubt', 'question', 'remark', 'idea')", name="ck_remarks_kind"),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="CASCADE", name="fk_remarks_interaction_id_interactions"),
        sa.ForeignKeyConstraint(["by_id"], ["stakeholders.id"], ondelete="CASCADE", name="fk_remarks_by_id_stakeholders"),
        sa.PrimaryKeyConstraint("id", name="pk_remarks"),
    )
    op.create_index("ix_remarks_interaction_id", "remarks", ["interaction_id"])
    op.create_index("ix_remarks_by_id", "remarks", ["by_id"])
    op.create_table(
        "followups",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("interaction_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("who_id", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"], ondelete="CASCADE", name="fk_followups_interaction_id_interactions"),
        sa.ForeignKeyConstraint(["who_id"], ["stakeholders.id"], ondelete="SET NULL", name="fk_followups_who_id_stakeholders"),
        sa.PrimaryKeyConstraint("id", name="pk_followups"),
    )
    op.create_index("ix_followups_interaction_id", "followups", ["interaction_id"])
    op.create_index("ix_followups_who_id", "followups", ["who_id"])
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("goal", sa.Text, nullable=False),
        sa.Column("agenda", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
    )
    op.create_table(
        "session_attendees",
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("stakeholder_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ondelete="CASCADE", name="fk_session_attendees_session_id_sessions"),
        sa.ForeignKeyConstraint(["stakeholder_id"], ["stakeholders.id"], ondelete="CASCADE", name="fk_session_attendees_stakeholder_id_stakeholders"),
        sa.PrimaryKeyConstraint("session_id", "stakeholder_id", name="pk_session_attendees"),
    )
    op.create_index("ix_session_attendees_stakeholder_id", "session_attendees", ["stakeholder_id"])


def downgrade() -> None:
    for table in (
        "session_attendees", "sessions", "followups", "remarks", "interaction_participants",
        "readings", "interactions", "relations", "group_members", "stakeholders", "groups",
        "sensing_settings", "workspace",
    ):
        op.drop_table(table)
