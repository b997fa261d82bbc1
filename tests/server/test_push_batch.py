"""A push batch is one transaction whose rows are written together at its end, without a
savepoint per mutation: a constant number of statements per batch, later mutations see
what earlier ones of the same batch did, rejections leave nothing behind, and a failure
in the middle of a mutation's writes commits nothing of the batch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session as OrmSession

from tests.server.harness import Harness, Session
from tests.server.records import pair, without_id
from workstation.server import audit, checks, push, push_batch
from workstation.server.tables import ApplicationRow, PersonRow


def _number(n: int) -> str:
    return f"BAK1-2026-{n:07d}"


def _creates(s: Session, count: int, first: int = 1) -> list[dict[str, Any]]:
    mutations = []
    for n in range(first, first + count):
        person, app = pair("received", _number(n))
        mutations.append(s.mutation("person", person["id"], "create", changed=without_id(person)))
        mutations.append(s.mutation("application", app["id"], "create", changed=without_id(app)))
    return mutations


@contextmanager
def _sent(server: Harness, into: list[str] | None = None) -> Iterator[list[str]]:
    """The statements the server sends (their text): through SQLAlchemy, and straight
    through the driver (the end of a push batch is sent as pipelines on PostgreSQL)."""
    seen: list[str] = [] if into is None else into
    engine = server.app.state.server.db.engine

    def count(*args: Any) -> None:
        seen.append(str(args[2]))

    real = psycopg.Connection.execute

    def direct(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(query))
        return real(self, query, *args, **kwargs)

    event.listen(engine, "before_cursor_execute", count)
    psycopg.Connection.execute = direct  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        psycopg.Connection.execute = real  # type: ignore[method-assign]
        event.remove(engine, "before_cursor_execute", count)


@contextmanager
def _statements(server: Harness) -> Iterator[list[str]]:
    """The first word of each statement the server sends."""
    words: list[str] = []
    with _sent(server) as seen:
        yield words
        words += [text.split(None, 1)[0].upper() for text in seen]


def test_a_batch_costs_a_few_statements_not_a_few_per_mutation(
    server: Harness, center: str
) -> None:
    s = server.station("officer1")
    s.lease("application", "2026", 100)
    mutations = _creates(s, 50)
    with _statements(server) as seen:
        results = s.push(*mutations)
    assert [r["status"] for r in results] == ["applied"] * 100, results
    assert "SAVEPOINT" not in seen
    assert len(seen) <= 30, seen  # was 6 per mutation (600 here) with savepoints
    assert len(s.pull(limit=1000)["changes"]) == 100


def test_a_batch_inserts_its_new_rows_without_the_unit_of_work(
    server: Harness, center: str
) -> None:
    """The new records, audit events and stored results of a batch are plain values
    inserted at its end (one executemany per table), not row objects the session tracks
    and flushes (most of the server's time per mutation went there); the audit chain
    still verifies and a replay answers the same."""
    s = server.station("officer1")
    s.lease("application", "2026", 100)
    mutations = _creates(s, 20)
    added: list[str] = []

    def pending(_session: Any, instance: Any) -> None:
        added.append(type(instance).__name__)

    event.listen(OrmSession, "transient_to_pending", pending)
    try:
        with _statements(server) as seen:
            results = s.push(*mutations)
    finally:
        event.remove(OrmSession, "transient_to_pending", pending)
    assert [r["status"] for r in results] == ["applied"] * 40, results
    assert added == []
    assert seen.count("INSERT") == 4, seen  # persons, applications, audit events, results
    with server.app.state.server.db.transaction() as session:
        chain = audit.check_chain(session)
    assert chain.first_bad is None
    assert chain.count >= 40
    assert s.push(*mutations) == results
    assert len(s.pull(limit=1000)["changes"]) == 40


def test_a_batch_shapes_its_creates_before_it_queues_for_the_lock(
    server: Harness, center: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking and shaping a create needs no database: it is done before the batch's
    transaction. The mutations are applied before the batch touches the counters (their
    rows' lock, which every push waits for, is taken at the end and held for the writes
    only), and a create it refuses is still refused in its place, the others applied."""
    s = server.station("officer1")
    s.lease("application", "2026", 10)
    mutations = _creates(s, 2)
    mutations[2]["changed"]["birth_date"] = "not a date"
    steps: list[str] = []
    shape, apply = checks.normalise, push_batch.apply_mutation

    def shaping(*args: Any) -> Any:
        steps.append("shape")
        return shape(*args)

    def applying(*args: Any) -> Any:
        steps.append("apply")
        return apply(*args)

    monkeypatch.setattr(push, "normalise", shaping)
    monkeypatch.setattr(push_batch, "apply_mutation", applying)
    with _sent(server, steps):
        results = s.push(*mutations)
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "rejected"]
    assert results[2]["code"] == "invalid_record"
    kinds = [
        step if step in ("shape", "apply") else "counters" if "counters" in step else "sql"
        for step in steps
    ]
    first_counters = kinds.index("counters")
    assert [k for k in kinds if k != "sql"][:8] == ["shape"] * 4 + ["apply"] * 4
    assert "apply" not in kinds[first_counters:]


def test_later_mutations_see_the_earlier_ones_of_their_batch(server: Harness, center: str) -> None:
    s = server.station("officer1")
    s.lease("application", "2026", 10)
    person, app = pair("received", _number(1))
    _, same_number = pair("received", _number(1))
    _, orphan = pair("received", _number(3))
    _, second = pair("received", _number(2))
    second["person_id"] = same_number["person_id"] = person["id"]
    batch = [
        s.mutation("person", person["id"], "create", changed=without_id(person)),
        s.mutation("application", app["id"], "create", changed=without_id(app)),
        s.mutation(
            "application",
            app["id"],
            "update",
            base_version=1,
            changed={"assignee": "officer1"},
            prev={"assignee": app["assignee"]},
        ),
        s.mutation("application", same_number["id"], "create", changed=without_id(same_number)),
        s.mutation("person", "p-bad", "create", changed={"surname": "X"}),
        s.mutation("application", orphan["id"], "create", changed=without_id(orphan)),
        s.mutation("application", second["id"], "create", changed=without_id(second)),
    ]
    results = s.push(*batch)
    assert [(r["status"], r.get("code")) for r in results] == [
        ("applied", ""),
        ("applied", ""),
        ("applied", ""),
        ("rejected", "number_taken"),
        ("rejected", "invalid_record"),
        ("rejected", "person_unknown"),
        ("applied", ""),
    ]
    assert [r.get("version") for r in results if r["status"] == "applied"] == [1, 1, 2, 1]
    changes = {c["entity_id"]: c for c in s.pull()["changes"]}
    assert set(changes) == {person["id"], app["id"], second["id"]}
    assert changes[app["id"]]["version"] == 2
    assert changes[app["id"]]["data"]["assignee"] == "officer1"
    assert s.push(*batch) == results  # replayed as stored


def test_a_failure_inside_a_mutation_commits_nothing_of_the_batch(
    server: Harness, center: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second mutation fails after it took a sequence number (its row is written in
    memory, its audit event fails): committing the first alone would store half of the
    second, so nothing is committed, and the whole batch is pushed again."""
    s = server.station("officer1")
    s.lease("application", "2026", 10)
    mutations = _creates(s, 1)
    real = audit.record
    calls = {"n": 0}

    def flaky(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OperationalError("INSERT INTO audit_events", {}, Exception("connection lost"))
        real(*args, **kwargs)

    monkeypatch.setattr(audit, "record", flaky)
    response = s.post("/sync/push", {"mutations": mutations})
    assert response.status_code == 503
    assert response.json()["details"]["done"] == []
    monkeypatch.setattr(audit, "record", real)
    assert s.pull()["changes"] == []
    again = s.push(*mutations)
    assert [(r["status"], r["version"]) for r in again] == [("applied", 1), ("applied", 1)]


def test_a_batch_makes_no_orm_objects_for_the_records_it_creates(
    server: Harness, center: str
) -> None:
    """A new record is a plain `records.NewRow` until the batch inserts it; a later
    mutation of the same batch reads and changes it there."""
    s = server.station("officer1")
    s.lease("application", "2026", 10)
    made: list[str] = []

    def init(target: Any, _args: Any, _kwargs: Any) -> None:
        made.append(type(target).__name__)

    person, app = pair("received", _number(1))
    creates = [
        s.mutation("person", person["id"], "create", changed=without_id(person)),
        s.mutation("application", app["id"], "create", changed=without_id(app)),
    ]
    renamed = {**without_id(person), "phone": "+994501234567"}
    update = s.mutation(
        "person", person["id"], "update", base_version=1, changed={"phone": renamed["phone"]}
    )
    tables = (PersonRow, ApplicationRow)
    for table in tables:
        event.listen(table, "init", init)
    try:
        results = s.push(*creates, update)
    finally:
        for table in tables:
            event.remove(table, "init", init)
    assert [r["status"] for r in results] == ["applied"] * 3, results
    assert made == []
    changes = {c["entity_id"]: c for c in s.pull()["changes"]}
    assert changes[person["id"]]["version"] == 2
    assert changes[person["id"]]["data"]["phone"] == renamed["phone"]
    assert changes[app["id"]]["data"]["number"] == _number(1)
