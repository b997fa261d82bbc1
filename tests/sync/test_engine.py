"""SyncEngine against an in-process fake of the API (the real server is exercised by
tests/integration): batching, retries with the same ids, refresh, pages, epochs."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tests.store.store_factory import make_application, make_person
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.protocol.v1 import (
    Change,
    Lease,
    Mutation,
    MutationResult,
    PullResponse,
    PushResponse,
    TokenResponse,
    UserInfo,
)
from workstation.store import Actor, Store
from workstation.store.pull import apply_changes
from workstation.store.syncmeta import pull_cursor
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine
from workstation.sync.errors import AuthExpired, LoginRequired, ServerUnavailable


class FakeApi:
    def __init__(self) -> None:
        self.access_token: str | None = None
        self.pushed: list[list[str]] = []
        self.fail_push = 0
        self.expire_next = 0
        self.refresh_ok = True
        self.changes: list[Change] = []
        self.epoch = "E1"
        self.page = 2
        self.leases_given = 0

    def refresh(self, token: str, workstation_id: str) -> TokenResponse:
        if not self.refresh_ok:
            raise AuthExpired("refresh_invalid", "no")
        self.access_token = "a" * 20
        user = UserInfo(username="aliyev", role="officer", center_code="BAK")
        return TokenResponse(
            access_token=self.access_token, access_expires_in=60, refresh_token="n" * 32, user=user
        )

    def _auth(self) -> None:
        if self.expire_next:
            self.expire_next -= 1
            raise AuthExpired("token_expired", "expired")

    def lease(self, kind: str, series: str, size: int) -> Lease:
        self._auth()
        self.leases_given += 1
        first = self.leases_given * 1000
        return Lease(
            lease_id=f"L{self.leases_given}",
            kind=kind,
            series=series,  # type: ignore[arg-type]
            first=first,
            last=first + size - 1,
        )

    def void(self, lease_id: str, numbers: list[int]) -> None:
        self._auth()

    def push(self, mutations: list[Mutation]) -> PushResponse:
        self._auth()
        self.pushed.append([m.mutation_id for m in mutations])
        if self.fail_push:
            self.fail_push -= 1
            raise ServerUnavailable("http_503", "down", status=503)
        return PushResponse(
            results=[
                MutationResult(mutation_id=m.mutation_id, status="applied", version=1)
                for m in mutations
            ]
        )

    def pull(self, since: int, limit: int = 500) -> PullResponse:
        self._auth()
        page = [c for c in self.changes if c.seq > since][: self.page]
        cursor = page[-1].seq if page else since
        more = any(c.seq > cursor for c in self.changes)
        return PullResponse(changes=page, cursor=cursor, has_more=more, epoch=self.epoch)


ACTOR = Actor("aliyev", "WS-1")


def _engine(store: Store, api: FakeApi, creds: Credentials) -> SyncEngine:
    return SyncEngine(store, api, creds, ACTOR, card_series=["MYİ"])  # type: ignore[arg-type]


def _add(store: Store, count: int) -> None:
    with store.unit_of_work(ACTOR) as uow:
        for i in range(count):
            person = make_person()
            uow.add_person(person)
            uow.add_application(make_application(person, i + 1))


def test_push_in_batches_retry_with_same_ids_then_pull(store: Store, creds: Credentials) -> None:
    _add(store, 60)  # 120 mutations: two batches
    api = FakeApi()
    api.fail_push = 1
    engine = _engine(store, api, creds)
    first = engine.sync_once()
    assert not first.ok
    assert first.pushed == 0
    with store.read() as r:
        assert len(r.outbox.pending(1000)) == 120  # nothing lost
        assert r.leases_left("card", "MYİ") >= 20
    second = engine.sync_once()
    assert second.ok, second.errors
    assert api.pushed[1] == api.pushed[0]  # the same mutation ids again
    assert [len(b) for b in api.pushed[1:]] == [100, 20]
    assert second.applied == 120
    with store.read() as r:
        assert r.outbox.pending() == []
        assert r.meta("last_sync_at") is not None


def test_pages_are_applied_with_their_cursor(store: Store, creds: Credentials) -> None:
    api = FakeApi()
    seq = 0
    for i in range(3):
        person = make_person()
        app = make_application(person, i + 1)
        seq += 1
        api.changes.append(
            Change(
                seq=seq,
                entity="person",
                entity_id=person.id,
                version=1,
                data=person_to_dict(person),
            )
        )
        seq += 1
        api.changes.append(
            Change(
                seq=seq,
                entity="application",
                entity_id=app.id,
                version=1,
                data=application_to_dict(app),
            )
        )
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    assert report.pulled == 6
    with store.read() as r:
        assert r.applications.count() == 3
        assert pull_cursor(r.session) == 6


def test_expired_access_token_is_refreshed_once(store: Store, creds: Credentials) -> None:
    _add(store, 1)
    api = FakeApi()
    api.access_token = "old"
    api.expire_next = 1
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    assert creds.get_refresh_token() == "n" * 32  # the rotated token is kept


def test_refused_refresh_pauses_sync_and_keeps_the_outbox(store: Store, creds: Credentials) -> None:
    _add(store, 1)
    api = FakeApi()
    api.refresh_ok = False
    with pytest.raises(LoginRequired):
        _engine(store, api, creds).sync_once()
    with store.read() as r:
        assert len(r.outbox.pending()) == 2


def test_new_server_epoch_pulls_from_zero_and_pushes_again(
    store: Store, creds: Credentials
) -> None:
    _add(store, 1)
    api = FakeApi()
    engine = _engine(store, api, creds)
    assert engine.sync_once().ok
    api.epoch = "E2"
    report = engine.sync_once()
    assert report.ok, report.errors
    assert report.notes
    assert api.pushed[-1] == api.pushed[0]


def _pulled_pairs(api: FakeApi, count: int) -> None:
    seq = 0
    for i in range(count):
        person = make_person()
        app = make_application(person, i + 1)
        for entity, entity_id, data in (
            ("person", person.id, person_to_dict(person)),
            ("application", app.id, application_to_dict(app)),
        ):
            seq += 1
            api.changes.append(
                Change(seq=seq, entity=entity, entity_id=entity_id, version=1, data=data)  # type: ignore[arg-type]
            )


def test_the_next_page_is_asked_for_while_a_page_is_written(
    store: Store, creds: Credentials
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 2)
    asked: list[int] = []
    second = threading.Event()
    pull = api.pull

    def recording_pull(since: int, limit: int = 500) -> PullResponse:
        asked.append(since)
        if since > 0:
            second.set()
        return pull(since, limit)

    api.pull = recording_pull  # type: ignore[method-assign]
    engine = _engine(store, api, creds)
    ahead: list[bool] = []
    engine.progress = lambda stage, n: ahead.append(second.wait(5)) if n == 2 else None
    report = engine.sync_once()
    assert report.ok, report.errors
    assert ahead == [True]  # page 2 was on its way before page 1's progress returned
    assert asked == [0, 2]  # each page asked for once


def test_a_page_that_fails_to_land_leaves_the_cursor_before_it(
    store: Store, creds: Credentials, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = FakeApi()
    _pulled_pairs(api, 3)
    real = apply_changes
    calls = 0

    def failing_second(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr("workstation.sync.engine.apply_changes", failing_second)
    engine = _engine(store, api, creds)
    with pytest.raises(RuntimeError):
        engine.sync_once()
    with store.read() as r:
        assert pull_cursor(r.session) == 2  # page 1 only: the page fetched ahead is dropped
        assert r.applications.count() == 1
    monkeypatch.setattr("workstation.sync.engine.apply_changes", real)
    report = engine.sync_once()
    assert report.ok, report.errors
    assert report.pulled == 4
    with store.read() as r:
        assert pull_cursor(r.session) == 6
        assert r.applications.count() == 3


def test_an_expired_token_on_the_page_fetched_ahead_is_refreshed(
    store: Store, creds: Credentials
) -> None:
    api = FakeApi()
    api.access_token = "a" * 20
    _pulled_pairs(api, 3)
    pull = api.pull
    asked: list[int] = []

    def expiring_pull(since: int, limit: int = 500) -> PullResponse:
        asked.append(since)
        if asked.count(2) == 1:  # the page fetched ahead meets an expired token
            api.expire_next = 1
        return pull(since, limit)

    api.pull = expiring_pull  # type: ignore[method-assign]
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    assert report.pulled == 6
    assert creds.get_refresh_token() == "n" * 32
    assert asked == [0, 2, 2, 4]
    with store.read() as r:
        assert pull_cursor(r.session) == 6
