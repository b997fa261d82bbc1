"""A push or a pull is one database transaction, the caller's check in it: one pooled
connection taken and one BEGIN for the request, not one for the check and another for
the work (issue 7: each was a round trip to the database, and a wait for a worker
thread). The checks themselves stay as strict: see test_active_caller."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from tests.server.harness import Harness
from tests.server.records import pair, without_id
from workstation.server import admin


@contextmanager
def counted(server: Harness) -> Iterator[dict[str, int]]:
    """How many connections the application's engine hands out, and transactions it
    begins, inside the block."""
    engine = server.app.state.server.db.engine
    counts = {"checkouts": 0, "begins": 0}

    def checkout(*_args: Any) -> None:
        counts["checkouts"] += 1

    def begin(*_args: Any) -> None:
        counts["begins"] += 1

    event.listen(engine, "checkout", checkout)
    event.listen(engine, "begin", begin)
    try:
        yield counts
    finally:
        event.remove(engine, "checkout", checkout)
        event.remove(engine, "begin", begin)


def test_a_push_is_one_transaction_with_its_callers_check(server: Harness, center: str) -> None:
    s = server.station("officer1")
    person, _ = pair()
    with counted(server) as counts:
        result = s.push_one(
            s.mutation("person", person["id"], "create", changed=without_id(person))
        )
    assert result["status"] == "applied"
    assert counts == {"checkouts": 1, "begins": 1}


def test_a_pull_is_one_transaction_with_its_callers_check(server: Harness, center: str) -> None:
    s = server.station("officer1")
    person, _ = pair()
    s.push_one(s.mutation("person", person["id"], "create", changed=without_id(person)))
    with counted(server) as counts:
        page = s.pull()
    assert [c["entity_id"] for c in page["changes"]] == [person["id"]]
    assert counts == {"checkouts": 1, "begins": 1}


def test_a_refused_caller_writes_nothing(server: Harness, center: str) -> None:
    """The check in the push's transaction comes before any of its writes."""
    s = server.station("officer1")
    person, _ = pair()
    admin.set_user_disabled(server.db, "officer1", True)
    response = s.post(
        "/sync/push",
        {"mutations": [s.mutation("person", person["id"], "create", changed=without_id(person))]},
    )
    assert (response.status_code, response.json()["code"]) == (403, "user_disabled")
    admin.set_user_disabled(server.db, "officer1", False)
    assert s.pull()["changes"] == []


def test_a_push_on_postgresql_sends_its_first_reads_in_one_pipeline(
    pg_server: Harness,
) -> None:
    """The caller's check, the lease reads of the batch's numbers, the locks of its
    records and the holders of its numbers go to PostgreSQL in one pipeline with the
    BEGIN, not as statements of their own (one round trip, not seven); the numbers are
    checked as before: a leased one is taken, a voided one and one outside the leases
    are refused."""
    s = pg_server.station("officer1")
    lease = s.lease("application", "2026", 10)
    assert (
        s.post("/leases/void", {"lease_id": lease["lease_id"], "numbers": [3]}).status_code == 204
    )
    mutations = []
    for number in ("BAK1-2026-0000002", "BAK1-2026-0000003", "BAK1-2026-0000099"):
        person, app = pair("received", number)
        mutations += [
            s.mutation("person", person["id"], "create", changed=without_id(person)),
            s.mutation("application", app["id"], "create", changed=without_id(app)),
        ]
    engine = pg_server.app.state.server.db.engine
    statements: list[str] = []

    def keep(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", keep)
    try:
        results = s.push(*mutations)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert [(r["status"], r["code"]) for r in results[1::2]] == [
        ("applied", ""),
        ("rejected", "number_voided"),
        ("rejected", "number_not_leased"),
    ]
    assert all(r["status"] == "applied" for r in results[::2])
    # alone: the lookup of stored results, and the restore's gaps for the number outside
    # the leases (read only when a number is not leased)
    alone = [q for q in statements if "server_meta" not in q]
    assert len(alone) == 1
    assert alone[0].startswith("SELECT k.id, (SELECT m.result FROM mutations"), alone
