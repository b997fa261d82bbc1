"""Pushing with the next batch on the server while the last answer is stored: answers
are still stored in order, the next batch leaves only once the last one is wholly
answered, and an answer that was not stored is asked for again with the same ids."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tests.sync.test_engine import FakeApi, _add, _engine
from workstation.protocol.v1 import Mutation, MutationResult, PushResponse
from workstation.store import Store
from workstation.sync import push_pipeline
from workstation.sync.credentials import Credentials


def test_the_next_batch_is_sent_while_an_answer_is_stored(
    store: Store, creds: Credentials, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(store, 110)  # 220 mutations: three batches
    api = FakeApi()
    second_sent = threading.Event()
    push = api.push

    def recording_push(mutations: list[Mutation]) -> PushResponse:
        answer = push(mutations)
        if len(api.pushed) == 2:
            second_sent.set()
        return answer

    api.push = recording_push  # type: ignore[method-assign]
    record = push_pipeline.record_push_results
    stored: list[bool] = []

    def storing(*args: Any, **kwargs: Any) -> Any:
        if not stored:  # the first answer: batch 2 is on its way meanwhile
            stored.append(second_sent.wait(5))
        else:
            stored.append(True)
        return record(*args, **kwargs)

    monkeypatch.setattr(push_pipeline, "record_push_results", storing)
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    assert stored == [True, True, True]
    assert [len(b) for b in api.pushed] == [100, 100, 20]
    assert len({m for b in api.pushed for m in b}) == 220  # each sent once
    assert report.applied == 220
    with store.read() as r:
        assert r.outbox.pending(1000) == []


def test_an_answer_not_stored_is_asked_for_again_with_the_same_ids(
    store: Store, creds: Credentials, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Storing batch 1's answer fails while batch 2 is on the server: batch 2's answer
    is not stored before it, so both batches wait, and go again in their order."""
    _add(store, 100)  # 200 mutations: two batches
    api = FakeApi()
    record = push_pipeline.record_push_results

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(push_pipeline, "record_push_results", failing)
    engine = _engine(store, api, creds)
    with pytest.raises(OSError, match="disk full"):
        engine.sync_once()
    assert [len(b) for b in api.pushed] == [100, 100]
    with store.read() as r:
        assert len(r.outbox.pending(1000)) == 200  # nothing recorded as answered
    monkeypatch.setattr(push_pipeline, "record_push_results", record)
    report = engine.sync_once()
    assert report.ok, report.errors
    assert api.pushed[2:] == api.pushed[:2]  # the same ids, in the same order
    assert report.applied == 200


def test_after_a_partial_answer_the_rest_goes_before_the_next_batch(
    store: Store, creds: Credentials
) -> None:
    """The server answers half of batch 1 (it stopped early): batch 2 is not sent
    before the other half of batch 1, which goes again at the head of the next batch."""
    _add(store, 75)  # 150 mutations
    api = FakeApi()
    push = api.push

    def half_first(mutations: list[Mutation]) -> PushResponse:
        answer = push(mutations)
        if len(api.pushed) == 1:
            return PushResponse(results=answer.results[:50])
        return answer

    api.push = half_first  # type: ignore[method-assign]
    report = _engine(store, api, creds).sync_once()
    assert report.ok, report.errors
    first = api.pushed[0]
    assert api.pushed[1][:50] == first[50:]
    assert [len(b) for b in api.pushed] == [100, 100]
    assert report.applied == 150


def test_an_answer_missing_a_result_is_not_whole() -> None:
    class Entry:
        def __init__(self, mutation_id: str) -> None:
            self.mutation_id = mutation_id

    batch: list[Any] = [Entry("a"), Entry("b")]
    applied = MutationResult(mutation_id="a", status="applied", version=1)
    assert not push_pipeline._whole(batch, PushResponse(results=[applied]))
    both = [applied, MutationResult(mutation_id="b", status="rejected", code="x", reason="y")]
    assert push_pipeline._whole(batch, PushResponse(results=both))
