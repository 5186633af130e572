"""Standalone follow-ups: a follow-up may stand on its own, without an interaction
("call Anna next week"), so ``followups.interaction_id`` becomes nullable.

SQLite cannot change a column's nullability in place: the batch operation re-creates
``followups``. No table refers to ``followups``, and ``migrate.upgrade`` runs this with
foreign keys off (ARCHITECTURE.md's trap: a rebuild with ``ON DELETE CASCADE`` and
foreign keys on would wipe child rows); ``open_store`` backs the file up first.

Revision ID: 0003_standalone_followups
Revises: 0002_map_and_sensing
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_standalone_followups"
down_revision = "0002_map_and_sensing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("followups", recreate="always") as batch:
        batch.alter_column("interaction_id", existing_type=sa.String(64), nullable=True)


def downgrade() -> None:
    # A follow-up without an interaction has no place in the older schema.
    op.execute("DELETE FROM followups WHERE interaction_id IS NULL")
    with op.batch_alter_table("followups", recreate="always") as batch:
        batch.alter_column("interaction_id", existing_type=sa.String(64), nullable=False)
