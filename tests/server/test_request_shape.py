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
