"""Alembic environment: run on the engine that `workstation.server.db.migrate` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from workstation.server.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if not isinstance(engine, Engine):
        raise RuntimeError("migrations run through workstation.server.db.migrate(engine)")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
