"""Queue pages and counts, checked against the same query computed in Python."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.store.store_factory import OFFICERS, SERVICES, T0, make_application, make_person
from workstation.domain.model import Application, Person, Status
from workstation.domain.text import fold
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, QueueFilter, QueueRow, SortKey, Store

N = 500


@pytest.fixture(scope="module")
def queue_store(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Store, list[Person], list[Application]]]:
    rng = random.Random(2024)
    people = [make_person(rng) for _ in range(N // 2)]
    apps = [make_application(rng.choice(people), i, rng) for i in range(1, N + 1)]
    apps += [  # drafts without a number yet
        make_application(people[0], 0, rng, number="", status=Status.DRAFT) for _ in range(3)
    ]
    store = open_store(DataDir(tmp_path_factory.mktemp("queue")), create=True)
    with store.unit_of_work(Actor("import", "WS")) as uow:
        uow.add_many(people, apps)
    yield store, people, apps
    store.close()


def _key(sort: SortKey, app: Application, person: Person) -> Any:
    return {
        SortKey.NUMBER: app.number or None,
        SortKey.APPLICANT: " ".join(
            fold(
                " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
            ).split()
        ),
        SortKey.CITIZENSHIP: person.citizenship,
        SortKey.SERVICE: app.service_code,
        SortKey.STATUS: app.status.value,
        SortKey.RECEIVED_AT: app.received_at,
        SortKey.DUE_DATE: app.due_date,
        SortKey.ASSIGNEE: app.assignee,
    }[sort]


def _expected(
    people: list[Person],
    apps: list[Application],
    keep: Callable[[Application], bool],
    sort: SortKey,
    descending: bool,
) -> list[str]:
    by_id = {p.id: p for p in people}
    rows = [a for a in apps if keep(a)]
    present = [a for a in rows if _key(sort, a, by_id[a.person_id]) is not None]
    missing = [a for a in rows if _key(sort, a, by_id[a.person_id]) is None]
    present.sort(key=lambda a: (_key(sort, a, by_id[a.person_id]), a.id), reverse=descending)
    missing.sort(key=lambda a: a.id, reverse=descending)
    return [a.id for a in present + missing]


FILTERS: list[tuple[QueueFilter, Callable[[Application], bool]]] = [
    (QueueFilter(), lambda a: True),
    (
        QueueFilter(statuses=frozenset({Status.RECEIVED, Status.UNDER_REVIEW})),
        lambda a: a.status in (Status.RECEIVED, Status.UNDER_REVIEW),
    ),
    (
        QueueFilter(service_codes=frozenset({SERVICES[0]}), statuses=frozenset({Status.APPROVED})),
        lambda a: a.service_code == SERVICES[0] and a.status == Status.APPROVED,
    ),
    (QueueFilter(assignee=""), lambda a: a.assignee == ""),
    (QueueFilter(assignee=OFFICERS[1]), lambda a: a.assignee == OFFICERS[1]),
    (
        QueueFilter(
            received_since=T0 + dt.timedelta(days=20), received_before=T0 + dt.timedelta(days=50)
        ),
        lambda a: (
            a.received_at is not None
            and T0 + dt.timedelta(days=20) <= a.received_at < T0 + dt.timedelta(days=50)
        ),
    ),
    (
        QueueFilter(due_before=dt.date(2024, 4, 15)),
        lambda a: a.due_date is not None and a.due_date < dt.date(2024, 4, 15),
    ),
]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("which", range(len(FILTERS)))
def test_page_matches_python(
    queue_store: tuple[Store, list[Person], list[Application]],
    sort: SortKey,
    descending: bool,
    which: int,
) -> None:
    store, people, apps = queue_store
    flt, keep = FILTERS[which]
    expected = _expected(people, apps, keep, sort, descending)
    with store.read() as r:
        assert r.queue.count(flt) == len(expected)
        whole = [row.id for row in r.queue.page(flt, sort, descending, 0, 10_000)]
        pages = [
            row.id
            for offset in range(0, len(expected) + 40, 40)
            for row in r.queue.page(flt, sort, descending, offset, 40)
        ]
    assert whole == expected
    assert pages == expected


def test_queue_row_fields(queue_store: tuple[Store, list[Person], list[Application]]) -> None:
    store, people, apps = queue_store
    app = apps[7]
    person = next(p for p in people if p.id == app.person_id)
    with store.read() as r:
        rows = r.queue.page(QueueFilter(search=app.number), SortKey.NUMBER)
    assert rows == [
        QueueRow(
            id=app.id,
            number=app.number,
            applicant_name=person.full_name,
            citizenship=person.citizenship,
            service_code=app.service_code,
            status=app.status,
            received_at=app.received_at,
            due_date=app.due_date,
            assignee=app.assignee,
            sync_state="pending",
        )
    ]


def test_counts(queue_store: tuple[Store, list[Person], list[Application]]) -> None:
    store, _, apps = queue_store
    with store.read() as r:
        assert r.queue.counts_by_status() == dict(Counter(a.status for a in apps))
        assert r.queue.counts_by_service() == dict(Counter(a.service_code for a in apps))
        assert r.queue.counts_by_assignee() == dict(Counter(a.assignee for a in apps))
        assert r.queue.count() == len(apps)


def test_search_filter_combines_with_others(
    queue_store: tuple[Store, list[Person], list[Application]],
) -> None:
    store, people, apps = queue_store
    surname = fold(people[0].surname)
    by_id = {p.id: p for p in people}
    expected = sorted(
        a.id
        for a in apps
        if fold(by_id[a.person_id].surname).startswith(surname) and a.status == Status.RECEIVED
    )
    with store.read() as r:
        flt = QueueFilter(search=surname, statuses=frozenset({Status.RECEIVED}))
        got = sorted(row.id for row in r.queue.page(flt, limit=1000))
        assert r.queue.page(QueueFilter(search="!!!"), limit=10) == []
    assert got == expected
    assert expected
