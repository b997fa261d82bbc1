"""Every server test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.databases import database, postgres_database
from tests.server.harness import Harness


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def server(db_url: str) -> Iterator[Harness]:
    harness = Harness(db_url)
    try:
        yield harness
    finally:
        harness.close()


@pytest.fixture
def center(server: Harness) -> str:
    server.center("BAK1")
    server.user("officer1")
    server.user("super1", role="supervisor")
    return "BAK1"


@pytest.fixture
def pg_server() -> Iterator[Harness]:
    """A server on PostgreSQL only (what depends on its row locks), with center BAK1 and
    officer1."""
    with postgres_database() as url:
        harness = Harness(url)
        try:
            harness.center()
            harness.user("officer1")
            yield harness
        finally:
            harness.close()
