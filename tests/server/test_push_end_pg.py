"""The end of a push batch on PostgreSQL holds the counters' lock for as little as it can:
its stored results and new records are encoded before the lock is taken; the results
are inserted before it (in the same round trip), the records right after the numbers
are taken, with their numbers added by the statement; only the audit events are linked,
hashed and encoded with the lock held."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.server.harness import Harness
from tests.server.records import pair, without_id
from workstation.server import audit, records


def test_only_the_audit_events_are_encoded_with_the_counters_locked(
    pg_server: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = pg_server.station("officer1")
    s.lease("application", "2026", 10)
    mutations = []
    for n in (1, 2, 3):
        person, app = pair("received", f"BAK1-2026-{n:07d}")
        mutations.append(s.mutation("person", person["id"], "create", changed=without_id(person)))
        mutations.append(s.mutation("application", app["id"], "create", changed=without_id(app)))
    events: list[str] = []
    populate, numbered = records.populate, records.populate_numbered

    def encoding(table: Any, rows: Any) -> Any:
        events.append(f"encode {table.__tablename__}")
        return populate(table, rows)

    def encoding_numbered(table: Any, rows: Any, counter: str, claimed: int) -> Any:
        events.append(f"encode {table.__tablename__}")
        return numbered(table, rows, counter, claimed)

    real = psycopg.Connection.execute

    def sent(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        words = str(query).split()
        if words[0] in ("INSERT", "UPDATE", "COMMIT"):
            events.append(" ".join(words[:3]).replace('"', "").replace(" SET", ""))
        return real(self, query, *args, **kwargs)

    monkeypatch.setattr(records, "populate", encoding)
    monkeypatch.setattr(records, "populate_numbered", encoding_numbered)
    monkeypatch.setattr(psycopg.Connection, "execute", sent)
    results = s.push(*mutations)
    monkeypatch.undo()
    assert [r["status"] for r in results] == ["applied"] * 6, results
    locked = events.index("UPDATE counters")
    before, after = events[:locked], events[locked:]
    assert set(before) == {
        "encode mutations",
        "encode persons",
        "encode applications",
        "INSERT INTO mutations",
    }, events
    assert before.index("INSERT INTO mutations") > before.index("encode applications"), events
    assert after[:2] == ["UPDATE counters", "UPDATE counters"], events
    assert set(after[2:4]) == {"INSERT INTO persons", "INSERT INTO applications"}, events
    assert after[4:] == ["encode audit_events", "INSERT INTO audit_events", "COMMIT"], events
    changes = s.pull()["changes"]
    assert [c["seq"] for c in changes] == [1, 2, 3, 4, 5, 6]
    assert [c["entity_id"] for c in changes] == [m["entity_id"] for m in mutations]
    with pg_server.db.transaction() as session:
        assert audit.check_chain(session).first_bad is None
    assert s.push(*mutations) == results  # the stored results replay


def test_numbers_follow_those_of_the_batch_before(pg_server: Harness) -> None:
    """The records' numbers are the block's first number plus their place, in the order
    the batch wrote them, after the numbers an earlier batch took."""
    s = pg_server.station("officer1")
    s.lease("application", "2026", 10)
    seen: list[list[int]] = []
    for first in (1, 3):
        batch = []
        for n in (first, first + 1):
            person, app = pair("received", f"BAK1-2026-{n:07d}")
            batch.append(s.mutation("person", person["id"], "create", changed=without_id(person)))
            batch.append(s.mutation("application", app["id"], "create", changed=without_id(app)))
        assert {r["status"] for r in s.push(*batch)} == {"applied"}
        since = seen[-1][-1] if seen else 0
        changes = s.pull(since=since)["changes"]
        assert [c["entity_id"] for c in changes] == [m["entity_id"] for m in batch]
        seen.append([c["seq"] for c in changes])
    assert seen == [[1, 2, 3, 4], [5, 6, 7, 8]]
