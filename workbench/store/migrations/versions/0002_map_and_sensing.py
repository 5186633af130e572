"""Map and sensing additions: pinned nodes, group region toggles, a radar "as of" date,
and non-empty stakeholder names.

Adding a CHECK constraint makes SQLite re-create ``stakeholders``, the table most others
refer to; ``migrate.upgrade`` runs this with foreign keys off so no child row is lost.

Revision ID: 0002_map_and_sensing
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_map_and_sensing"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE stakeholders SET name = id WHERE length(name) = 0")
    with op.batch_alter_table("stakeholders", recreate="always") as batch:
        batch.add_column(sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.create_check_constraint("name_not_empty", "length(name) > 0")
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("show_region", sa.Boolean, nullable=False, server_default=sa.true()))
    with op.batch_alter_table("sensing_settings") as batch:
        batch.add_column(sa.Column("as_of", sa.Date, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sensing_settings") as batch:
        batch.drop_column("as_of")
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("show_region")
    with op.batch_alter_table("stakeholders", recreate="always") as batch:
        batch.drop_constraint("ck_stakeholders_name_not_empty", type_="check")
        batch.drop_column("pinned")
