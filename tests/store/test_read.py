"""`Store.read`: one snapshot on one connection, the ORM session made only when asked
for; queue lines built from stored values as before."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from tests.store.store_factory import make_application, make_person
from workstation.domain.model import Status
from workstation.domain.serialize import parse_datetime
from workstation.store import Actor, QueueFilter, QueueRow, SortKey, Store
from workstation.store.queues import _queue_row

ACTOR = Actor("aliyev", "WS-BAK-01")


def _add(store: Store, count: int, seed: int) -> None:
    rng = random.Random(seed)
    person = make_person(rng)
    with store.unit_of_work(ACTOR) as uow:
        uow.add_person(person)
        for i in range(count):
            uow.add_application(make_application(person, seed * 100 + i, rng))


def test_a_queue_query_makes_no_orm_session(store: Store) -> None:
    _add(store, 3, 1)
    began: list[Any] = []

    def seen(session: Session, *_: Any) -> None:
        began.append(session)

    event.listen(Session, "after_begin", seen)
    try:
        with store.read() as r:
            assert len(r.queue.page(QueueFilter(), SortKey.DUE_DATE)) == 3
            assert r.queue.count() == 3
            assert began == []
            assert r.applications.count() == 3  # the ORM's repositories still work
            assert len(began) == 1
    finally:
        event.remove(Session, "after_begin", seen)


def test_queue_and_orm_reads_share_one_snapshot(store: Store) -> None:
    """A write committed meanwhile is seen by neither the queue nor the ORM's queries of
    a read begun before it."""
    _add(store, 2, 1)
    with store.read() as r:
        assert r.queue.count() == 2
        _add(store, 3, 2)  # another connection, committed
        assert r.applications.count() == 2
        assert len(r.queue.page(QueueFilter(), SortKey.NUMBER)) == 2
    with store.read() as r:
        assert r.queue.count() == 5
        assert r.applications.count() == 5


def _expected(values: tuple[Any, ...]) -> QueueRow:
    """The line as `_queue_row` built it before it was made faster."""
    received, due = values[8], values[9]
    return QueueRow(
        values[0],
        values[1] or "",
        " ".join([p for p in (values[2], values[3], values[4]) if p]),
        values[5],
        values[6],
        Status(values[7]),
        None if received is None else parse_datetime(received),
        None if due is None else dt.date.fromisoformat(due),
        values[10],
        values[11],
    )


NAMES = [
    ("Məmmədov", "Elçin", "Əli oğlu"),
    ("Məmmədov", "Elçin", ""),
    ("Məmmədov", "", "Əli oğlu"),
    ("", "Elçin", "Əli oğlu"),
    ("", "Elçin", ""),
    ("Smith", "", ""),
    ("", "", ""),
]
RECEIVED = [None, "2026-06-01T08:30:15.123456Z", "2026-06-01T12:30:15.000000+04:00"]


@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize("received", RECEIVED)
def test_queue_row_is_built_as_before(names: tuple[str, str, str], received: str | None) -> None:
    values = ("id-1", None, *names, "RUS", "TRP-WORK", "received", received, "2026-07-01", "", "")
    row = _queue_row(values)
    assert type(row) is QueueRow
    assert row == _expected(values)
    if received is not None:
        assert row.received_at == dt.datetime(
            2026, 6, 1, 8, 30, 15, 123456 * ("Z" in received), dt.UTC
        )
        assert row.received_at is not None
        assert row.received_at.tzinfo is dt.UTC


def test_queue_row_refuses_a_timestamp_without_zone() -> None:
    values = (
        "id-1",
        "N-1",
        "A",
        "B",
        "",
        "RUS",
        "S",
        "received",
        "2026-06-01T08:30:15",
        None,
        "",
        "",
    )
    with pytest.raises(ValueError, match="time zone"):
        _queue_row(values)
