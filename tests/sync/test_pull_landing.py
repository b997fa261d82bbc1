"""Pulled pages land several to a transaction, on a connection of the pull's own: one
commit for the pages of `pull_commit_seconds`, none held while the next page is slow to
come, and the pull's page cache closed with its connection."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import event

from tests.sync.test_engine import ACTOR, FakeApi, _pulled_pairs, creds, store  # noqa: F401
from workstation.protocol.v1 import PullResponse
from workstation.store import Store
from workstation.store.pull import PULL_CACHE_KIB
from workstation.store.syncmeta import pull_cursor
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine


def _engine(store: Store, api: FakeApi, creds: Credentials, seconds: float) -> SyncEngine:
    """An engine that asks for no number leases (its only commits are the pull's and the
    last-sync time's)."""
    return SyncEngine(
        store,
        api,  # type: ignore[arg-type]
        creds,
        ACTOR,
        application_reserve=0,
        pull_commit_seconds=seconds,
    )


def _commits(store: Store) -> list[int]:
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    return commits


def test_pages_within_the_commit_interval_land_in_one_commit(
    store: Store,  # noqa: F811
    creds: Credentials,  # noqa: F811
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 4)  # 4 pages of 2
    commits = _commits(store)
    report = _engine(store, api, creds, 60.0).sync_once()
    assert report.ok, report.errors
    assert report.pulled == 8
    assert len(commits) == 2  # the 4 pages together; the last-sync time
    with store.read() as r:
        assert pull_cursor(r.session) == 8
        assert r.applications.count() == 4


def test_each_page_lands_alone_with_no_time_to_gather(
    store: Store,  # noqa: F811
    creds: Credentials,  # noqa: F811
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 3)
    commits = _commits(store)
    report = _engine(store, api, creds, 0.0).sync_once()
    assert report.ok, report.errors
    assert len(commits) == 3 + 1


def test_no_page_waits_uncommitted_for_a_slow_server(
    store: Store,  # noqa: F811
    creds: Credentials,  # noqa: F811
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 3)
    seen: list[int] = []
    pull = api.pull

    def slow_pull(since: int, limit: int = 500) -> PullResponse:
        if since > 0:
            time.sleep(0.5)  # the page 1 was written meanwhile, and is committed by now
            with store.read() as r:
                seen.append(pull_cursor(r.session))
        return pull(since, limit)

    api.pull = slow_pull  # type: ignore[method-assign]
    report = _engine(store, api, creds, 0.2).sync_once()
    assert report.ok, report.errors
    assert seen == [2, 4]
    with store.read() as r:
        assert pull_cursor(r.session) == 6


def test_the_pull_cache_goes_with_the_pull_connection(
    store: Store,  # noqa: F811
    creds: Credentials,  # noqa: F811
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 2)
    report = _engine(store, api, creds, 60.0).sync_once()
    assert report.ok, report.errors
    pooled: list[Any] = []
    try:
        for _ in range(store.engine.pool.checkedin()):  # type: ignore[attr-defined]
            pooled.append(store.engine.connect())
        sizes = [c.exec_driver_sql("PRAGMA cache_size").scalar() for c in pooled]
    finally:
        for connection in pooled:
            connection.close()
    assert sizes
    assert -PULL_CACHE_KIB not in sizes


@pytest.mark.parametrize("fail_at", [2, 3])
def test_a_failed_page_in_a_transaction_of_several_leaves_the_cursor_before_it(
    store: Store,  # noqa: F811
    creds: Credentials,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    fail_at: int,
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 4)
    from workstation.store.pull import apply_changes  # noqa: PLC0415 - the real one

    calls = 0

    def failing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        result = apply_changes(*args, **kwargs)
        if calls == fail_at:
            raise RuntimeError("disk full")  # after the page's rows were written
        return result

    monkeypatch.setattr("workstation.sync.engine.apply_changes", failing)
    with pytest.raises(RuntimeError):
        _engine(store, api, creds, 60.0).sync_once()
    with store.read() as r:
        assert pull_cursor(r.session) == 2 * (fail_at - 1)
        assert r.applications.count() == fail_at - 1
