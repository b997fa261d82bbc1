"""The queue's queries run on a DB-API cursor of the read's connection: no SQLAlchemy
statement execution (no execution context, result metadata or `Row` per query), while
the engine's cursor listeners still see each statement, a driver error still comes as
SQLAlchemy's, and a query outside a transaction begins one. A queue's keys (up to a
million rows) are fetched in chunks that the cyclic collector never counts."""

from __future__ import annotations

import gc
import random
import sys
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from tests.store.store_factory import make_application, make_person
from workstation.store import Actor, QueueFilter, SortKey, Store, queues
from workstation.store.queues import QueueRepository, _driver_rows

ACTOR = Actor("aliyev", "WS-BAK-01")

QUERIES: dict[str, Callable[[QueueRepository], object]] = {
    "page": lambda q: q.page(QueueFilter(), SortKey.DUE_DATE),
    "filtered page": lambda q: q.page(
        QueueFilter(service_codes=frozenset({"TRP"})), SortKey.NUMBER
    ),
    "count": lambda q: q.count(),
    "keys": lambda q: q.keys(QueueFilter(), SortKey.APPLICANT),
    "rows_for": lambda q: q.rows_for(q.keys(QueueFilter(), SortKey.NUMBER)),
    "search": lambda q: q.search("a"),
}


@pytest.fixture
def filled(store: Store) -> Store:
    rng = random.Random(7)
    person = make_person(rng)
    with store.unit_of_work(ACTOR) as uow:
        uow.add_person(person)
        for i in range(5):
            uow.add_application(make_application(person, i, rng))
    return store


@pytest.mark.parametrize("name", list(QUERIES))
def test_queue_queries_bypass_statement_execution_but_not_cursor_listeners(
    filled: Store, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cursor_sql: list[str] = []

    def cursor(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        cursor_sql.append(sql)

    def refused(*_: Any, **__: Any) -> None:
        raise AssertionError("a queue query went through SQLAlchemy's statement execution")

    event.listen(filled.engine, "before_cursor_execute", cursor)
    try:
        with filled.read() as r:
            monkeypatch.setattr(Connection, "execute", refused)
            monkeypatch.setattr(Connection, "exec_driver_sql", refused)
            QUERIES[name](r.queue)
            monkeypatch.undo()
    finally:
        event.remove(filled.engine, "before_cursor_execute", cursor)
    assert cursor_sql, "the cursor listeners saw no statement"
    assert all(sql.lstrip().upper().startswith("SELECT") for sql in cursor_sql)


def test_after_cursor_listeners_see_the_statement_too(filled: Store) -> None:
    seen: list[tuple[str, Any]] = []

    def after(_conn: Any, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        seen.append((sql, params))

    event.listen(filled.engine, "after_cursor_execute", after)
    try:
        with filled.read() as r:
            r.queue.page(QueueFilter(), SortKey.DUE_DATE, False, 0, 3)
    finally:
        event.remove(filled.engine, "after_cursor_execute", after)
    ((sql, params),) = seen
    assert "LIMIT" in sql
    assert 3 in params


def test_a_driver_error_is_raised_as_sqlalchemys(filled: Store) -> None:
    with filled.read() as r, pytest.raises(OperationalError) as raised:
        _driver_rows(r._connection(), "SELECT nothing FROM nowhere", ())
    assert "nowhere" in str(raised.value)


def test_a_query_outside_a_transaction_begins_one(filled: Store) -> None:
    """As an execute would: the next queries of the connection read the same snapshot."""
    with filled.engine.connect() as connection:
        assert not connection.in_transaction()
        assert _driver_rows(connection, "SELECT count(*) FROM applications", ()) == [(5,)]
        assert connection.in_transaction()
        rng = random.Random(8)
        person = make_person(rng)
        with filled.unit_of_work(ACTOR) as uow:  # another connection, committed
            uow.add_person(person)
            uow.add_application(make_application(person, 99, rng))
        assert _driver_rows(connection, "SELECT count(*) FROM applications", ()) == [(5,)]


LONG = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 5000) SELECT x FROM n"


def test_a_long_column_sets_off_no_collector_passes(filled: Store) -> None:
    """5,000 rows fetched at once would be 5,000 tracked tuples alive together: a pass of
    the cyclic collector every 700 (the default threshold). In chunks, they are dropped
    before it counts them."""
    passes: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.set_threshold(700, 10, 10)
    gc.collect()
    gc.callbacks.append(seen)
    try:
        with filled.read() as r:
            values = _driver_rows(r._connection(), LONG, (), single=True)
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*threshold)
        if not enabled:
            gc.disable()
    assert values == list(range(1, 5001))
    assert len(passes) <= 1, passes


def test_keys_are_fetched_in_chunks(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queues, "FETCH_CHUNK", 2)
    fetched: list[str] = []

    def calls(_frame: Any, event_name: str, arg: Any) -> None:
        if event_name == "c_call" and getattr(arg, "__name__", "") in {"fetchmany", "fetchall"}:
            fetched.append(arg.__name__)

    with filled.read() as r:
        expected = [r.queue.page(QueueFilter(), SortKey.NUMBER)[i].id for i in range(5)]
        sys.setprofile(calls)
        try:
            keys = r.queue.keys(QueueFilter(), SortKey.NUMBER)
        finally:
            sys.setprofile(None)
        assert [line.id for line in (r.queue.rows_for(keys)[k] for k in keys)] == expected
    assert fetched == ["fetchmany"] * 4  # 2 + 2 + 1 + none
