"""A large first pull into an empty store sets the non-unique indexes of the record tables
aside and builds them again at its end, however it ends; a store whose pull was killed
builds them when it is opened; unique indexes stay all along."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

from tests.sync.test_engine import ACTOR, FakeApi, _pulled_pairs
from workstation.protocol.v1 import PullResponse
from workstation.security.datakey import open_store
from workstation.store import Store, deferred_indexes
from workstation.store.db import writer
from workstation.store.syncmeta import pull_cursor
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine
from workstation.sync.errors import ServerUnavailable


def _engine(store: Store, api: FakeApi, creds: Credentials) -> SyncEngine:
    # pages of 2 asked for and given (every page but the last is full), each committed
    return SyncEngine(
        store,
        api,  # type: ignore[arg-type]
        creds,
        ACTOR,
        application_reserve=0,
        pull_limit=api.page,
        pull_commit_seconds=0.0,
    )


def _indexes(connection: Connection) -> dict[str, str | None]:
    tables = ", ".join(repr(t) for t in deferred_indexes.TABLES)
    rows = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({tables})"
    )
    return {str(name): sql for name, sql in rows}


def _schema(store: Store) -> dict[str, str | None]:
    with store.engine.connect() as connection:
        return _indexes(connection)


def _pending(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as connection:
        return deferred_indexes.pending(connection)


def _plain(indexes: dict[str, str | None]) -> set[str]:
    return {n for n, sql in indexes.items() if sql and sql.upper().startswith("CREATE INDEX")}


def test_a_large_first_pull_builds_the_indexes_after_its_rows(
    store: Store, creds: Credentials
) -> None:
    before = _schema(store)
    assert len(_plain(before)) >= 10
    api = FakeApi()
    _pulled_pairs(api, 3)  # pages of 2: 3 pages
    during: list[dict[str, str | None]] = []
    pull = api.pull

    def watching_pull(since: int, limit: int = 500) -> PullResponse:
        if since == 4:  # asked for while page 2 is written: page 1 is committed
            during.append(_schema(store))
        return pull(since, limit)

    api.pull = watching_pull  # type: ignore[method-assign]
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    assert report.pulled == 6
    # while the pull ran: only the unique indexes (primary keys, numbers, rowids)
    assert len(during) == 1
    assert set(during[0]) == set(before) - _plain(before)
    assert _schema(store) == before  # all back, the very same SQL
    assert _pending(store) == []
    with store.read() as r:
        assert r.applications.count() == 3
        assert pull_cursor(r.session) == 6


def test_a_pull_that_fails_half_way_builds_them_too(store: Store, creds: Credentials) -> None:
    before = _schema(store)
    api = FakeApi()
    _pulled_pairs(api, 3)
    pull = api.pull

    def failing_pull(since: int, limit: int = 500) -> PullResponse:
        if since > 0:
            raise ServerUnavailable("http_503", "down", status=503)
        return pull(since, limit)

    api.pull = failing_pull  # type: ignore[method-assign]
    report = _engine(store, api, creds).sync_once()
    assert not report.ok
    assert report.pulled == 2  # the first page landed
    assert _schema(store) == before
    assert _pending(store) == []


def test_a_small_pull_keeps_the_indexes(store: Store, creds: Credentials) -> None:
    before = _schema(store)
    api = FakeApi()
    _pulled_pairs(api, 1)  # one page, nothing after it
    during: list[dict[str, str | None]] = []

    def on_commit(connection: Any) -> None:
        during.append(_indexes(connection))

    event.listen(store.engine, "commit", on_commit)
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    assert during
    assert all(seen == before for seen in during)


def test_a_store_with_records_keeps_them(store: Store, creds: Credentials) -> None:
    api = FakeApi()
    _pulled_pairs(api, 1)
    assert _engine(store, api, creds).sync_once().ok
    before = _schema(store)
    with store.engine.begin() as connection:
        assert deferred_indexes.defer(connection) == 0
    assert _schema(store) == before
    assert _pending(store) == []


def test_a_store_whose_pull_was_killed_builds_them_when_opened(store: Store) -> None:
    before = _schema(store)
    with store.engine.begin() as connection:  # what a killed pull leaves committed
        assert deferred_indexes.defer(connection) == len(_plain(before))
    assert _plain(_schema(store)) == set()
    assert len(_pending(store)) == len(_plain(before))
    datadir = store.datadir
    store.close()
    reopened = open_store(datadir)
    try:
        assert _schema(reopened) == before
        assert _pending(reopened) == []
    finally:
        reopened.close()


def test_restore_builds_one_index_a_transaction(store: Store) -> None:
    with store.engine.begin() as connection:
        dropped = deferred_indexes.defer(connection)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _c: commits.append(len(_pending(store))))
    with Session(bind=writer(store.engine)) as session:
        assert deferred_indexes.restore(session) == dropped
    # each commit built one more: what was left before it, less one
    assert len(commits) == dropped


@pytest.mark.parametrize("sql", ["CREATE UNIQUE INDEX ux_persons_email ON persons (email)"])
def test_unique_indexes_are_never_set_aside(store: Store, sql: str) -> None:
    with store.engine.begin() as connection:
        connection.exec_driver_sql(sql)
        deferred_indexes.defer(connection)
        assert "ux_persons_email" in _indexes(connection)
        assert "ux_persons_email" not in dict(deferred_indexes.pending(connection))
