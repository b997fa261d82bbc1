"""Pushing the outbox in batches (DESIGN.md 3.1), with the next batch on the server while
the last answer is stored.

Batch k+1 is sent only once batch k is wholly answered (so the server applies the
outbox in `client_seq` order, as one request at a time would). While k+1 travels and
the server applies it, this thread stores k's results (one local transaction per
answer, in order) and reads the batch after k+1. A failure stops the round after the
answers already received are stored: a mutation whose answer is not stored stays
unanswered and is sent again, with the same id, next time (the server replays it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from typing import Protocol, TypeVar

from workstation.protocol.v1 import MAX_PUSH_BATCH, Mutation, PushResponse
from workstation.store import Actor, Store
from workstation.store.outbox import OutboxEntry
from workstation.store.pushstate import pending_mutations, record_push_results
from workstation.sync.client import ApiClient
from workstation.sync.errors import ServerUnavailable

T = TypeVar("T")


class Report(Protocol):
    pushed: int
    applied: int
    rejected: int
    conflicts: int


class Pusher(Protocol):
    """What pushing needs of the engine."""

    store: Store
    api: ApiClient
    actor: Actor
    clock: Callable[[], dt.datetime]
    progress: Callable[[str, int], None]

    def _call(self, request: Callable[[], T]) -> T: ...


@dataclass(slots=True)
class _Answered:
    batch: list[OutboxEntry]
    response: PushResponse


def mutation_of(entry: OutboxEntry) -> Mutation:
    return Mutation(
        mutation_id=entry.mutation_id,
        client_seq=entry.client_seq,
        entity=entry.entity,  # type: ignore[arg-type]  # attachments are never pushed
        entity_id=entry.entity_id,
        op=entry.op,  # type: ignore[arg-type]
        base_version=entry.base_version,
        changed=entry.changed,
        prev=entry.prev,
    )


def _read(engine: Pusher, after: int | None) -> list[OutboxEntry]:
    with engine.store.read() as repos:
        return pending_mutations(repos.session, MAX_PUSH_BATCH, after=after)


def _send(engine: Pusher, batch: list[OutboxEntry]) -> PushResponse:
    mutations = [mutation_of(entry) for entry in batch]
    return engine._call(partial(engine.api.push, mutations))


def _store(engine: Pusher, answered: _Answered, report: Report) -> int:
    """Store one answer (one local transaction): how many of its batch it answered."""
    with engine.store.unit_of_work(engine.actor) as uow:
        summary = record_push_results(
            uow.session,
            answered.response.results,
            workstation_id=engine.actor.workstation_id,
            username=engine.actor.user,
            now=engine.clock(),
        )
    done = summary.applied + summary.rejected + summary.conflicts
    report.pushed += done
    report.applied += summary.applied
    report.rejected += summary.rejected
    report.conflicts += summary.conflicts
    engine.progress("push", report.pushed)
    return done


def push_outbox(engine: Pusher, report: Report) -> None:
    """Push every unanswered mutation, in batches, storing each answer in order."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as pool:
        batch = _read(engine, None)
        waiting: _Answered | None = None  # answered, not stored yet
        while batch:
            sent: Future[PushResponse] = pool.submit(_send, engine, batch)
            try:
                if waiting is not None:
                    _store(engine, waiting, report)
                    waiting = None
                following = _read(engine, batch[-1].client_seq)
            except BaseException:
                wait([sent])  # its answer is not stored: sent again next time
                raise
            response = sent.result()
            waiting = _Answered(batch, response)
            if _whole(batch, response):
                batch = following
                continue
            # the server stopped early: store what it answered, then the rest again
            done = _store(engine, waiting, report)
            waiting = None
            if done == 0:
                raise ServerUnavailable("push_stalled", "the server answered no mutation")
            batch = _read(engine, None)
        if waiting is not None:
            _store(engine, waiting, report)


def _whole(batch: list[OutboxEntry], response: PushResponse) -> bool:
    """Whether the answer has a result for every mutation of the batch."""
    answered = {
        r.mutation_id for r in response.results if r.status in ("applied", "rejected", "conflict")
    }
    return all(entry.mutation_id in answered for entry in batch)
