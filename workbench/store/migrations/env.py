"""Alembic environment: always run on the connection handed over by ``migrate.upgrade``."""

from alembic import context

from workbench.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
