"""Queue queries at scale: the applicant sort key kept current by every writer, the search
order, migration 0003, and query plans that walk an index (no sort of the whole queue)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, text

from tests.store.store_factory import T0, make_application, make_person
from workstation.domain.model import Person, Status
from workstation.domain.serialize import person_to_dict
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, QueueFilter, SortKey, Store
from workstation.store.db import downgrade, migrate
from workstation.store.pulled import Incoming, write_person


def _applicant_keys(store: Store) -> list[tuple[str, str]]:
    sql = (
        "SELECT a.applicant_key, p.name_key FROM applications a "
        "JOIN persons p ON p.id = a.person_id ORDER BY a.id"
    )
    with store.read() as r:
        return [(a, b) for a, b in r.session.execute(text(sql))]


def _pull_person(store: Store, actor: Actor, person: Person) -> None:
    with store.unit_of_work(actor) as uow:
        change = Incoming("person", person.id, person.version, False, person_to_dict(person))
        write_person(uow.session, change, T0)


def test_every_writer_keeps_the_applicant_key(store: Store, actor: Actor) -> None:
    rng = random.Random(3)
    people = [make_person(rng) for _ in range(4)]
    pulled = make_person(rng, surname="Abbasov", version=1)
    _pull_person(store, actor, pulled)
    with store.unit_of_work(actor) as uow:
        uow.add_many(people[:2], [make_application(p, i, rng) for i, p in enumerate(people[:2])])
        uow.add_person(people[2])
        uow.add_person(people[3])
        app = uow.add_application(make_application(people[2], 10, rng))
        uow.update_application(dataclasses.replace(app, person_id=people[3].id))
        uow.update_person(dataclasses.replace(people[0], surname="Zəfərli"))
        uow.add_application(make_application(pulled, 11, rng))
    _pull_person(store, actor, dataclasses.replace(pulled, surname="Qasımov", version=2))
    keys = _applicant_keys(store)
    assert len(keys) == 4
    assert all(a == b and a for a, b in keys)
    assert {a.split()[0] for a, _ in keys} >= {"zafarli", "qasimov"}


def test_renamed_applicant_moves_in_the_applicant_order(store: Store, actor: Actor) -> None:
    a, b = make_person(surname="Aliyev"), make_person(surname="Babayev")
    with store.unit_of_work(actor) as uow:
        uow.add_many([a, b], [make_application(a, 1), make_application(b, 2)])
        uow.update_person(dataclasses.replace(a, surname="Cəfərov"))
    with store.read() as r:
        rows = r.queue.page(sort=SortKey.APPLICANT)
    assert [row.applicant_name.split()[0] for row in rows] == ["Babayev", "Cəfərov"]


def test_search_shows_the_newest_first(store: Store, actor: Actor) -> None:
    person = make_person(surname="Yılmaz")
    other = make_person(surname="Aydın")
    days = [3, None, 9, 1, 9]
    apps = [
        make_application(person, i, received_at=None if d is None else T0 + dt.timedelta(days=d))
        for i, d in enumerate(days, 1)
    ]
    with store.unit_of_work(actor) as uow:
        uow.add_many([person, other], [*apps, make_application(other, 99)])
    expected = sorted(
        (a for a in apps if a.received_at), key=lambda a: (a.received_at, a.id), reverse=True
    ) + [a for a in apps if a.received_at is None]
    with store.read() as r:
        assert [row.id for row in r.queue.search("yilmaz")] == [a.id for a in expected]
        assert [row.id for row in r.queue.search("yilmaz", limit=2)] == [a.id for a in expected[:2]]
        assert r.queue.count(QueueFilter(search="yilmaz")) == len(apps)


def test_migration_0003_fills_the_applicant_key(store: Store, actor: Actor) -> None:
    person = make_person(surname="Həsənova", given_names="Aygün")
    with store.unit_of_work(actor) as uow:
        uow.add_many([person], [make_application(person, 1)])
    downgrade(store.engine, "0002")
    migrate(store.engine)
    assert _applicant_keys(store) == [("hasanova aygun", "hasanova aygun")]


# --- plans ------------------------------------------------------------------------------

REVIEW = frozenset({Status.UNDER_REVIEW})


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    rng = random.Random(7)
    people = [make_person(rng) for _ in range(50)]
    apps = [make_application(rng.choice(people), i, rng) for i in range(1, 200)]
    store = open_store(DataDir(tmp_path_factory.mktemp("plans")), create=True)
    with store.unit_of_work(Actor("import", "WS")) as uow:
        uow.add_many(people, apps)
    yield store
    store.close()


QUERIES: dict[str, Any] = {
    "count under review": lambda q: q.count(QueueFilter(statuses=REVIEW)),
    "counts by status": lambda q: q.counts_by_status(),
    "counts by service": lambda q: q.counts_by_service(),
    "counts by assignee": lambda q: q.counts_by_assignee(),
    "under review by due date": lambda q: q.page(
        QueueFilter(statuses=REVIEW), SortKey.DUE_DATE, False, 200, 100
    ),
    "under review by due date, latest": lambda q: q.page(
        QueueFilter(statuses=REVIEW), SortKey.DUE_DATE, True, 0, 100
    ),
    "one service, one status by due date": lambda q: q.page(
        QueueFilter(statuses=REVIEW, service_codes=frozenset({"TRP"})), SortKey.DUE_DATE
    ),
    "two statuses of one service by due date": lambda q: q.page(
        QueueFilter(
            statuses=frozenset({Status.RECEIVED, Status.AWAITING_DOCUMENTS}),
            service_codes=frozenset({"TRP"}),
        ),
        SortKey.DUE_DATE,
    ),
    "everything by applicant": lambda q: q.page(QueueFilter(), SortKey.APPLICANT),
    "everything by applicant, descending": lambda q: q.page(QueueFilter(), SortKey.APPLICANT, True),
    "everything newest first": lambda q: q.page(QueueFilter(), SortKey.RECEIVED_AT, True),
    "everything oldest first": lambda q: q.page(QueueFilter(), SortKey.RECEIVED_AT),
    "everything by due date": lambda q: q.page(QueueFilter(), SortKey.DUE_DATE, False, 150),
    "search": lambda q: q.search("ali"),
    "search under review": lambda q: q.page(
        QueueFilter(search="ali", statuses=REVIEW), SortKey.DUE_DATE
    ),
}


def _plan(store: Store, query: Any) -> list[tuple[int, int, str]]:
    """EXPLAIN QUERY PLAN (id, parent, detail) of the one SELECT that `query` runs."""
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    with store.read() as r:
        engine = r.session.get_bind()
        event.listen(engine, "before_cursor_execute", capture)
        try:
            query(r.queue)
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        ((sql, params),) = statements
        rows = r.session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
        return [(row[0], row[1], row[3]) for row in rows]


def _inner(plan: list[tuple[int, int, str]]) -> list[str]:
    """The lines under the page's subquery (the keys of the page), or all of a count's."""
    roots = {node for node, _, detail in plan if detail.startswith("LIST SUBQUERY")}
    if not roots:
        return [detail for _, _, detail in plan]
    inner: list[str] = []
    for node, parent, detail in plan:
        if parent in roots:
            roots.add(node)
            inner.append(detail)
    return inner


# sorted on keys a covering index holds, because no index holds them in order
SORTS_KEYS = {"two statuses of one service by due date"}


@pytest.mark.parametrize("name", list(QUERIES))
def test_queue_queries_walk_an_index(small_store: Store, name: str) -> None:
    """No scan of the applications table; the keys of a page (or a count) come from an
    index in order, without a sort; only the page's own rows are sorted afterwards."""
    plan = _plan(small_store, QUERIES[name])
    text_of = "\n".join(detail for _, _, detail in plan)
    assert "SCAN applications" not in text_of, text_of
    inner = _inner(plan)
    sorted_ = any("TEMP B-TREE" in line for line in inner)
    if name in SORTS_KEYS:  # the filter's index, then a sort of its keys alone
        assert sorted_, text_of
        assert any("COVERING INDEX ix_applications_live_service" in x for x in inner), text_of
    elif name.startswith("search"):  # matches first, then one look-up each
        assert any("(search_rowid=?)" in line for line in inner), text_of
    else:
        assert not sorted_, text_of
    if name.startswith("count"):
        assert all("COVERING INDEX" in line for line in inner if "applications" in line), text_of


DECIDED = frozenset({Status.APPROVED, Status.REFUSED, Status.CARD_PRINTED, Status.ISSUED})


@pytest.mark.parametrize(
    ("sort", "index"),
    [
        (SortKey.RECEIVED_AT, "ix_applications_live_received_at"),
        (SortKey.APPLICANT, "ix_applications_live_applicant"),
    ],
)
def test_a_queue_of_several_statuses_filters_inside_the_sort_index(
    small_store: Store, sort: SortKey, index: str
) -> None:
    """Migration 0007: the whole order of a several-status queue ("Decided", newest first)
    is one walk of a covering index — no sort, and no table read per application to see
    its status (8-31 s for 531k lines of 1M before)."""
    plan = _plan(small_store, lambda q: q.keys(QueueFilter(statuses=DECIDED), sort, True))
    text_of = "\n".join(detail for _, _, detail in plan)
    assert f"COVERING INDEX {index}" in text_of, text_of
    assert "TEMP B-TREE" not in text_of, text_of
