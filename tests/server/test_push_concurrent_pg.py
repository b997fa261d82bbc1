"""Push batches at once on PostgreSQL: a batch does its work without the counters' lock
and takes it only to number and write at its end, so another batch's work goes on
meanwhile; numbers still commit in their order (a pull never skips a late commit), and
a batch whose unlocked reads another batch changed before it took the lock runs again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.server.databases import waiting_on_a_lock
from tests.server.harness import Harness, Session
from tests.server.records import pair, without_id
from workstation.protocol.v1 import Mutation, PushRequest, PushResponse
from workstation.server import audit, push_batch, push_end, records
from workstation.server.context import Account


def _creates(s: Session, numbers: list[str]) -> list[Mutation]:
    mutations = []
    for number in numbers:
        person, app = pair("received", number)
        for entity, record in (("person", person), ("application", app)):
            raw = s.mutation(entity, record["id"], "create", changed=without_id(record))
            mutations.append(Mutation.model_validate(raw))
    return mutations


def _push(server: Harness, s: Session, mutations: list[Mutation]) -> Callable[[], PushResponse]:
    """Push in a thread of its own; the returned call waits for the answer."""
    caller = Account("officer1", "officer", "BAK1", s.workstation_id, "BAK1")
    answer: dict[str, Any] = {}

    def run() -> None:
        try:
            answer["response"] = push_batch.push(
                server.app.state.server, caller, PushRequest(mutations=mutations)
            )
        except BaseException as exc:  # re-raised by the caller
            answer["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()

    def result() -> PushResponse:
        thread.join(30)
        assert not thread.is_alive()
        if "error" in answer:
            raise answer["error"]
        response: PushResponse = answer["response"]
        return response

    return result


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 15
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


def test_a_batch_works_while_another_holds_the_counters_and_commits_after_it(
    pg_server: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch A stops with the counters locked (numbers taken, rows not yet written).
    Batch B applies all its mutations meanwhile, then waits for the lock; a pull sees
    neither. Once A commits, B numbers after A: no pull can pass one of A's changes."""
    a, b = pg_server.station("officer1"), pg_server.station("officer1")
    a.lease("application", "2026", 10)
    b.lease("application", "2026", 10)
    first, second = [f"BAK1-2026-{n:07d}" for n in (1, 2)], [f"BAK1-2026-{n:07d}" for n in (11,)]
    holding, release = threading.Event(), threading.Event()
    applied: list[str] = []
    take, apply = records.take_pending, push_batch.apply_mutation

    def stop_once(session: Any) -> Any:  # called with the counters locked
        if not holding.is_set():
            holding.set()
            assert release.wait(20)
        return take(session)

    def applying(state: Any, session: Any, actor: Any, m: Mutation) -> Any:
        applied.append(actor.workstation_id)
        return apply(state, session, actor, m)

    monkeypatch.setattr(records, "take_pending", stop_once)
    monkeypatch.setattr(push_batch, "apply_mutation", applying)
    batch_a, batch_b = _creates(a, first), _creates(b, second)
    a_done = _push(pg_server, a, batch_a)
    assert holding.wait(15)
    b_done = _push(pg_server, b, batch_b)
    _until(lambda: applied.count(b.workstation_id) == 2, "B applies while A holds the lock")
    _until(lambda: waiting_on_a_lock(pg_server.db.engine), "B then waits for the counters")
    assert a.pull()["changes"] == []
    release.set()
    assert {r.status for r in a_done().results} == {"applied"}
    assert {r.status for r in b_done().results} == {"applied"}
    changes = a.pull()["changes"]
    assert [c["seq"] for c in changes] == [1, 2, 3, 4, 5, 6]
    assert [c["entity_id"] for c in changes] == [m.entity_id for m in batch_a + batch_b]
    with pg_server.db.transaction() as session:
        assert audit.check_chain(session).first_bad is None


def test_a_batch_whose_number_was_taken_meanwhile_runs_again(
    pg_server: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches A and B of one workstation give one number to two applications. A checks
    it free, then B commits with it before A takes the lock: A finds the number's holder
    changed, runs again and refuses its application (number_taken) — two applications
    never share a number."""
    s = pg_server.station("officer1")
    s.lease("application", "2026", 10)
    number = "BAK1-2026-0000001"
    paused, release = threading.Event(), threading.Event()
    finish = push_end.finish
    runs: list[str] = []

    def finish_after_b(session: Any) -> None:
        runs.append("finish")
        if not paused.is_set():
            paused.set()
            assert release.wait(20)
        finish(session)

    monkeypatch.setattr(push_end, "finish", finish_after_b)
    batch_a, batch_b = _creates(s, [number]), _creates(s, [number])
    a_done = _push(pg_server, s, batch_a)
    assert paused.wait(15)
    assert {r.status for r in _push(pg_server, s, batch_b)().results} == {"applied"}
    release.set()
    results = a_done().results
    assert [(r.status, r.code) for r in results] == [("applied", ""), ("rejected", "number_taken")]
    assert runs == ["finish", "finish", "finish"]  # A, B, A again
    apps = [c for c in s.pull()["changes"] if c["entity"] == "application"]
    assert [c["entity_id"] for c in apps] == [batch_b[1].entity_id]
    with pg_server.db.transaction() as session:
        assert audit.check_chain(session).first_bad is None
