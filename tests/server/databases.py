"""Throw-away databases for the server tests: a SQLite file, or a PostgreSQL database with
a random name on 127.0.0.1:5432 (user postgres, trust auth), dropped afterwards. When
PostgreSQL is unreachable the tests that need it FAIL, they are not skipped."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import Engine, text

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
PG_BASE = "postgresql://postgres@127.0.0.1:5432"


@contextmanager
def postgres_database() -> Iterator[str]:
    name = f"ws_server_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise RuntimeError(
            f"PostgreSQL is not reachable at {PG_ADMIN_URL}; the server tests need it: {exc}"
        ) from exc
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{PG_BASE}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def sqlite_database(folder: Path) -> Iterator[str]:
    yield f"sqlite:///{folder / 'server.sqlite3'}"


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    manager = postgres_database() if kind == "postgresql" else sqlite_database(folder)
    with manager as url:
        yield url


def waiting_on_a_lock(engine: Engine) -> bool:
    """Whether a session of this PostgreSQL database waits for a lock now."""
    with engine.connect() as conn:
        waiting = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        ).scalar_one()
    return bool(waiting)
