"""The schema on PostgreSQL: the one-facilitator index keeps its WHERE there too, although
the PostgreSQL dialect is imported only when something is compiled for it (not at start)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_mock_engine
from sqlalchemy.schema import CreateIndex

from workbench.store.schema import ONE_FACILITATOR_INDEX, metadata


def test_the_facilitator_index_is_partial_on_postgresql() -> None:
    from sqlalchemy.dialects import postgresql

    ddl = str(CreateIndex(ONE_FACILITATOR_INDEX).compile(dialect=postgresql.dialect()))
    assert ddl.strip() == ("CREATE UNIQUE INDEX uq_stakeholders_one_facilitator ON stakeholders (kind) "
                           "WHERE kind = 'facilitator'")


def test_create_all_on_postgresql_makes_it_partial() -> None:
    emitted: list[str] = []

    def executor(sql: Any, *_args: Any, **_kw: Any) -> None:
        emitted.append(str(sql.compile(dialect=engine.dialect)).strip())

    engine = create_mock_engine("postgresql+psycopg2://", executor)
    metadata.create_all(engine, checkfirst=False)
    [index] = [s for s in emitted if "uq_stakeholders_one_facilitator" in s]
    assert index.endswith("WHERE kind = 'facilitator'")
    assert any(s.startswith("CREATE TABLE stakeholders") for s in emitted)


def test_the_facilitator_index_is_partial_on_sqlite() -> None:
    from sqlalchemy.dialects import sqlite

    ddl = str(CreateIndex(ONE_FACILITATOR_INDEX).compile(dialect=sqlite.dialect()))
    assert ddl.strip().endswith("WHERE kind = 'facilitator'")
