"""The server's migrations make exactly the tables of its models, on both databases."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from workstation.server.db import Database, downgrade, migrate, open_engine
from workstation.server.tables import Base


def _include(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name == "alembic_version")


def _differences(url: str) -> list[Any]:
    engine = open_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": _include, "compare_type": True}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    engine = open_engine(db_url)
    migrate(engine)
    migrate(engine)  # a second run changes nothing
    engine.dispose()
    assert _differences(db_url) == []
    db = Database.open(db_url)
    try:
        assert len(db.token_secret()) == 32
        assert db.epoch()
    finally:
        db.dispose()


def test_downgrade_then_upgrade(db_url: str) -> None:
    engine = open_engine(db_url)
    migrate(engine)
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    engine.dispose()
    assert _differences(db_url) == []
