"""A pooled PostgreSQL connection is pinged before use only when it sat idle a while
(`db.IDLE_PING_SECONDS`): a busy server does not pay a round trip to the database before
each transaction, and a connection lost while idle (a database restart) is still
replaced without failing a request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from tests.server.databases import PG_ADMIN_URL, postgres_database
from workstation.server import db as server_db
from workstation.server.db import Database


@pytest.fixture
def pg() -> Iterator[Database]:
    with postgres_database() as url:
        database = Database.open(url)
        try:
            yield database
        finally:
            database.dispose()


def _backend(database: Database) -> int:
    with database.transaction() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _count_pings(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    dialect = database.engine.dialect
    ping = dialect.do_ping

    def counting(connection: Any) -> bool:
        pings.append(1)
        return ping(connection)

    monkeypatch.setattr(dialect, "do_ping", counting)
    return pings


def test_a_connection_used_a_moment_ago_is_not_pinged(
    pg: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings = _count_pings(pg, monkeypatch)
    first = _backend(pg)
    assert [_backend(pg) for _ in range(3)] == [first] * 3
    assert pings == []
    monkeypatch.setattr(server_db, "IDLE_PING_SECONDS", 0.0)  # every one has idled by now
    assert _backend(pg) == first
    assert pings == [1]


def test_a_connection_lost_while_idle_is_replaced(
    pg: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _backend(pg)
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (first,))
    monkeypatch.setattr(server_db, "IDLE_PING_SECONDS", 0.0)
    assert _backend(pg) != first  # the ping found it gone; the pool made a new one
