"""Meetings: an interaction remembers the planned session it took place in, and unsaved
work (a meeting being captured) is kept as a draft inside the workspace, so that a crash
or a closed window loses nothing and nothing about people is written outside the file.

Adding a foreign key makes SQLite re-create ``interactions``, which other tables refer
to; ``migrate.upgrade`` runs this with foreign keys off so no child row is lost, and
``open_store`` backs the file up first.

Revision ID: 0004_meetings
Revises: 0003_standalone_followups
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_meetings"
down_revision = "0003_standalone_followups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interactions", recreate="always") as batch:
        batch.add_column(sa.Column("session_id", sa.String(64), nullable=True))
        batch.create_foreign_key("fk_interactions_session_id_sessions", "sessions", ["session_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_interactions_session_id", ["session_id"])
    op.create_table(
        "drafts",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_drafts"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
    with op.batch_alter_table("interactions", recreate="always") as batch:
        batch.drop_index("ix_interactions_session_id")
        batch.drop_constraint("fk_interactions_session_id_sessions", type_="foreignkey")
        batch.drop_column("session_id")
