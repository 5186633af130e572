"""Radar marks: findings the facilitator snoozed until a day, or dismissed with the
evidence they had (``radar_snoozes``, ``radar_dismissals``; see ``sensing.marks``).

Two new tables, nothing re-created; ``open_store`` backs the file up first, as before
every migration.

Revision ID: 0005_radar_marks
Revises: 0004_meetings
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_radar_marks"
down_revision = "0004_meetings"
branch_labels = None
depends_on = None

SIGNALS = ("radio_silence", "low_energy", "doubt", "diverging", "recurring_theme", "overdue_followup")
SIGNAL_CHECK = f"signal IN ({', '.join(repr(s) for s in SIGNALS)})"


def upgrade() -> None:
    op.create_table(
        "radar_snoozes",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("signal", sa.String(30), nullable=False),
        sa.Column("people", sa.JSON, nullable=False),
        sa.Column("until", sa.Date, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_radar_snoozes"),
        sa.CheckConstraint(SIGNAL_CHECK, name="ck_radar_snoozes_signal"),
    )
    op.create_table(
        "radar_dismissals",
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("signal", sa.String(30), nullable=False),
        sa.Column("people", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("dismissed_on", sa.Date, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_radar_dismissals"),
        sa.CheckConstraint(SIGNAL_CHECK, name="ck_radar_dismissals_signal"),
    )


def downgrade() -> None:
    op.drop_table("radar_dismissals")
    op.drop_table("radar_snoozes")
