"""Pulled pages land several to a transaction, on a connection of the pull's own: one
commit for the pages of `pull_commit_seconds`, none held while the next page is slow to
come, and the pull's page cache closed with its connection."""

from __future__ import annotations

import gc
import time
from typing import Any

import pytest
from sqlalchemy import event

from tests.sync.test_engine import ACTOR, FakeApi, _pulled_pairs
from workstation.protocol.v1 import MAX_PULL_PAGE, PullResponse
from workstation.store import Store
from workstation.store.pull import PULL_CACHE_KIB, apply_changes
from workstation.store.syncmeta import pull_cursor
from workstation.sync import engine as engine_module
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine
from workstation.sync.errors import ServerUnavailable


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
    store: Store,
    creds: Credentials,
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
    store: Store,
    creds: Credentials,
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 3)
    commits = _commits(store)
    report = _engine(store, api, creds, 0.0).sync_once()
    assert report.ok, report.errors
    assert len(commits) == 3 + 1


def test_no_page_waits_uncommitted_for_a_slow_server(
    store: Store,
    creds: Credentials,
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
    store: Store,
    creds: Credentials,
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
    store: Store,
    creds: Credentials,
    monkeypatch: pytest.MonkeyPatch,
    fail_at: int,
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 4)
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


def test_a_page_is_written_with_the_cyclic_collector_paused(
    store: Store,
    creds: Credentials,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 2)
    collecting: list[bool] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        collecting.append(gc.isenabled())
        return apply_changes(*args, **kwargs)

    monkeypatch.setattr("workstation.sync.engine.apply_changes", recording)
    assert gc.isenabled()
    report = _engine(store, api, creds, 60.0).sync_once()
    assert report.ok, report.errors
    assert collecting == [False, False]
    assert gc.isenabled()


def test_no_collection_runs_from_the_first_page_to_the_last(
    store: Store,
    creds: Credentials,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The collector stays paused across the pages, their fetching and the gaps between
    them, not only while each is written: let in after each page, it walked the page's
    objects still alive (40-odd passes in a pull of 3,000, each holding the GIL while the
    desktop painted). It runs again after the pull, also after a failed one."""
    api = FakeApi()
    _pulled_pairs(api, 4)  # pages of 2: 4 pages
    asked: list[bool] = []
    runs: list[str] = []
    landing = {"now": False}
    pull = api.pull
    land = SyncEngine._land

    def watching_land(*args: Any, **kwargs: Any) -> Any:
        landing["now"] = True
        try:
            return land(*args, **kwargs)
        finally:
            landing["now"] = False

    def watching_pull(since: int, limit: int = 500) -> PullResponse:
        asked.append(gc.isenabled())
        junk = [[i] for i in range(5_000)]  # enough new objects for a collection
        del junk
        return pull(since, limit)

    def collections(phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and landing["now"]:
            runs.append(phase)

    api.pull = watching_pull  # type: ignore[method-assign]
    monkeypatch.setattr(SyncEngine, "_land", watching_land)
    gc.callbacks.append(collections)
    try:
        report = _engine(store, api, creds, 0.0).sync_once()
    finally:
        gc.callbacks.remove(collections)
    assert report.ok, report.errors
    assert report.pulled == 8
    assert asked == [False] * 4
    assert runs == []
    assert gc.isenabled()

    def failing_pull(since: int, limit: int = 500) -> PullResponse:
        raise ServerUnavailable("http_503", "down", status=503)

    api.pull = failing_pull  # type: ignore[method-assign]
    assert not _engine(store, api, creds, 0.0).sync_once().ok
    assert gc.isenabled()


def test_slow_commits_make_the_transactions_longer_up_to_a_bound(
    store: Store,
    creds: Credentials,
) -> None:
    engine = _engine(store, FakeApi(), creds, 1.0)
    landing = engine_module._Landing(engine, engine_module.SyncReport())
    assert landing.time_left() == 0.0  # nothing open
    for last_commit, due in ((0.0, 1.0), (0.1, 1.0), (0.5, 2.0), (5.0, 3.0)):
        landing.last_commit = last_commit
        landing.opened = time.monotonic()
        assert due - 0.5 < landing.time_left() <= due


def test_pages_are_asked_for_as_large_as_the_protocol_allows(
    store: Store,
    creds: Credentials,
) -> None:
    assert SyncEngine(store, FakeApi(), creds, ACTOR).pull_limit == MAX_PULL_PAGE  # type: ignore[arg-type]
