"""Running the Alembic migrations on an open workspace file.

Batch migrations re-create SQLite tables; with ``foreign_keys`` on, dropping the old
parent table would cascade-delete child rows. So foreign keys are switched off around
the migration (outside any transaction) and checked afterwards.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """An Alembic configuration pointing at our migration scripts."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the workspace behind *engine* to *revision* with foreign keys off."""
    config = alembic_config()
    with engine.connect() as conn:
        # On the driver connection directly: SQLAlchemy would open a transaction first.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            conn.commit()
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
        if broken:
            raise RuntimeError(f"migration left {len(broken)} dangling references")
