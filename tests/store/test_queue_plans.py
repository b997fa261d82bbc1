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

from tests.store.store_factory import OFFICERS, T0, make_application, make_person
from workstation.domain.model import Person, Status
from workstation.domain.serialize import person_to_dict
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, QueueFilter, SortKey, Store
from workstation.store.db import downgrade, migrate
from workstation.store.pulled import Incoming, write_person
from workstation.store.queues import search_walks


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
    "search under review": lambda q: q.page(
        QueueFilter(search="ali", statuses=REVIEW), SortKey.DUE_DATE
    ),
}


def _plan(store: Store, query: Any, last: bool = False) -> list[tuple[int, int, str]]:
    """EXPLAIN QUERY PLAN (id, parent, detail) of the one SELECT that `query` runs (with
    `last`, of the last of its SELECTs: a search probes its matches first)."""
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
        if last:
            statements = statements[-1:]
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


# "My work" of the desktop (`gui.queue.definitions`): one officer's open applications.
OPEN = frozenset(
    {Status.RECEIVED, Status.AWAITING_DOCUMENTS, Status.UNDER_REVIEW, Status.APPROVED}
    | {Status.CARD_PRINTED}
)
OFFICER = OFFICERS[0]
MINE = QueueFilter(statuses=OPEN, assignee=OFFICER)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("limit", [200, None])
def test_my_work_walks_the_assignee_index_in_due_order(
    small_store: Store, descending: bool, limit: int | None
) -> None:
    """Migration 0008: "My work" (the queue the desktop opens on: an officer's open
    applications by due date) is a walk of the assignee's index in due-date order, the
    statuses filtered inside it: no table reads, no sort (before: every application of
    the officer read from the table and sorted, about 4 s to the first lines at 1M)."""
    plan = _plan(small_store, lambda q: q.keys(MINE, SortKey.DUE_DATE, descending, limit))
    text_of = "\n".join(detail for _, _, detail in plan)
    assert "COVERING INDEX ix_applications_live_assignee_due (deleted=? AND assignee=?)" in (
        text_of
    ), text_of
    assert "TEMP B-TREE" not in text_of, text_of


def test_my_work_page_walks_the_assignee_index(small_store: Store) -> None:
    plan = _inner(_plan(small_store, lambda q: q.page(MINE, SortKey.DUE_DATE, False, 0, 100)))
    text_of = "\n".join(plan)
    assert "COVERING INDEX ix_applications_live_assignee_due" in text_of, text_of
    assert "TEMP B-TREE" not in text_of, text_of


def test_my_work_gives_the_lines_of_python(small_store: Store) -> None:
    with small_store.read() as r:
        keys = r.queue.keys(MINE, SortKey.DUE_DATE)
        rows = r.queue.rows_for(keys)
        everything = r.queue.page(QueueFilter(), SortKey.NUMBER, False, 0, 10_000)
    mine = [x for x in everything if x.assignee == OFFICER and x.status in OPEN]
    expected = sorted(mine, key=lambda x: (x.due_date is None, x.due_date or dt.date.min, x.id))
    assert mine  # the data has some
    assert [rows[k] for k in keys] == expected


def test_rows_for_looks_up_each_key(small_store: Store) -> None:
    """The lines of a chunk of keys: one look-up per key, never a walk of an index of
    ``deleted`` (a walk of every application: 150 ms for 200 lines at 100,000)."""
    with small_store.read() as r:
        keys = r.queue.keys(QueueFilter(), SortKey.DUE_DATE, limit=20)
    plan = _plan(small_store, lambda q: q.rows_for(keys))
    text_of = "\n".join(detail for _, _, detail in plan)
    assert "SEARCH applications USING INTEGER PRIMARY KEY (rowid=?)" in text_of, text_of
    assert "ix_applications" not in text_of, text_of


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """300 applications, 200 of them of a Məmmədov (one surname matching many), the others
    of applicants with surnames of their own."""
    rng = random.Random(5)
    common = [make_person(rng, surname="Məmmədov") for _ in range(40)]
    others = [
        make_person(rng, surname=f"Rare{chr(97 + i % 26)}{chr(97 + i // 26)}") for i in range(100)
    ]
    apps = [make_application(common[i % 40], i, rng) for i in range(1, 201)]
    apps += [make_application(person, 300 + i, rng) for i, person in enumerate(others)]
    store = open_store(DataDir(tmp_path_factory.mktemp("namesakes")), create=True)
    with store.unit_of_work(Actor("import", "WS")) as uow:
        uow.add_many([*common, *others], apps)
    yield store
    store.close()


def test_a_search_of_many_matches_walks_the_received_index(namesakes: Store) -> None:
    """A common surname (tens of thousands of matches at 1M) walks the received-at index
    from the newest, keeping the matches inside the index (0008: it holds
    ``search_rowid``): no look-up and no sort of every match (274 ms at 1M before)."""
    assert search_walks(200, 300, 50)
    inner = _inner(_plan(namesakes, lambda q: q.search("mammadov", 50), last=True))
    text_of = "\n".join(inner)
    assert "COVERING INDEX ix_applications_live_received_at (deleted=?)" in text_of, text_of
    assert "TEMP B-TREE" not in text_of, text_of
    assert "(search_rowid=?)" not in text_of, text_of


def test_a_search_of_few_matches_looks_them_up(namesakes: Store) -> None:
    assert not search_walks(1, 300, 50)
    inner = _inner(_plan(namesakes, lambda q: q.search("rareba", 50), last=True))
    text_of = "\n".join(inner)
    assert any("(search_rowid=?)" in line for line in inner), text_of
    assert "ix_applications_live_received_at" not in text_of, text_of


@pytest.mark.parametrize("query", ["mammadov", "rareba", "rare", "mam rareb", "zzz"])
@pytest.mark.parametrize("limit", [1, 7, 50, 500])
def test_both_search_plans_give_the_newest_matches(
    namesakes: Store, query: str, limit: int
) -> None:
    with namesakes.read() as r:
        every = r.queue.page(QueueFilter(search=query), SortKey.RECEIVED_AT, True, 0, 10_000)
        found = r.queue.search(query, limit)
    assert found == every[:limit]


@pytest.mark.parametrize(
    ("matches", "applications", "limit", "walks"),
    [
        (0, 1_000_000, 50, False),
        (2_000, 1_000_000, 50, False),
        (3_000, 1_000_000, 50, True),
        (60_000, 1_000_000, 50, True),
        (300, 100_000, 50, False),
        (900, 100_000, 50, True),
    ],
)
def test_search_walks_when_matches_are_many(
    matches: int, applications: int, limit: int, walks: bool
) -> None:
    assert search_walks(matches, applications, limit) is walks
