"""`QueueRepository.keys` + `rows_for` (the lazy queue view's queries) give the lines of
`page`, in its order, for every sort and a few filters."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from tests.store.store_factory import make_application, make_person
from workstation.domain.model import Status
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, QueueFilter, SortKey, Store

FILTERS = (
    QueueFilter(),
    QueueFilter(statuses=frozenset({Status.RECEIVED, Status.UNDER_REVIEW})),
    QueueFilter(search="a"),
)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    rng = random.Random(11)
    people = [make_person(rng) for _ in range(60)]
    apps = [make_application(rng.choice(people), i, rng) for i in range(1, 150)]
    store = open_store(DataDir(tmp_path_factory.mktemp("keys")), create=True)
    with store.unit_of_work(Actor("import", "WS")) as uow:
        uow.add_many(people, apps)
    yield store
    store.close()


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("flt", FILTERS)
def test_keys_then_rows_equal_the_page(
    filled: Store, sort: SortKey, descending: bool, flt: QueueFilter
) -> None:
    with filled.read() as repos:
        keys = repos.queue.keys(flt, sort, descending)
        rows = repos.queue.rows_for(keys)
        page = repos.queue.page(flt, sort, descending, 0, 10_000)
        first = repos.queue.keys(flt, sort, descending, limit=7)
    assert [rows[k] for k in keys] == page
    assert first == keys[:7]
    assert len(keys) == len(set(keys))


def test_rows_for_nothing(filled: Store) -> None:
    with filled.read() as repos:
        assert repos.queue.rows_for([]) == {}
        assert repos.queue.rows_for([10**9]) == {}
