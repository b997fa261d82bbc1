"""`workstation.firstlines`: the first lines of an officer's "My work" read without the
store are the store's own first lines (same SQL text, same lines), and a read that
cannot be done says so instead of guessing."""

from __future__ import annotations

import collections
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation import firstlines
from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Status
from workstation.samples.generator import generate
from workstation.store import Actor, DataDir, QueueFilter, SortKey, Store
from workstation.store import queues as store_queues
from workstation.store.datadir import DATABASE_NAME

KEY = bytes(range(32))
TODAY = dt.date(2026, 11, 27)
OPEN = frozenset(
    {
        Status.RECEIVED,
        Status.AWAITING_DOCUMENTS,
        Status.UNDER_REVIEW,
        Status.APPROVED,
        Status.CARD_PRINTED,
    }
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("firstlines") / "data"
    datadir = DataDir(path)
    store = Store.open(datadir, key=KEY, create=True)
    try:
        data = generate(400, 11, load_catalogue(), center="BAK1", today=TODAY)
        with store.unit_of_work(Actor("seed", "WS-1")) as uow:
            uow.add_many(data.persons, data.applications)
    finally:
        store.close()
    return path


def _busiest_assignee(folder: Path) -> str:
    store = Store.open(DataDir(folder), key=KEY, lock=False)
    try:
        with store.read() as repos:
            counts = collections.Counter(repos.queue.counts_by_assignee())
            counts.pop("", None)
            return max(counts, key=lambda who: repos.queue.count(QueueFilter(OPEN, None, who)))
    finally:
        store.close()


@pytest.mark.parametrize("statuses", [1, 2, 5])
def test_the_keys_sql_is_what_the_store_compiles(statuses: int) -> None:
    chosen = frozenset(sorted(Status, key=lambda s: s.value)[:statuses])
    shape, _values = store_queues._shape(QueueFilter(statuses=chosen, assignee="someone"))
    compiled = store_queues._keys_sql(shape, SortKey.DUE_DATE, False, True)
    assert firstlines.keys_sql(statuses) == compiled.text
    names = (*(f"status_{i}" for i in range(statuses)), "assignee", "limit", "offset")
    assert compiled.names == names  # the order `read` binds them in


@pytest.mark.parametrize("keys", [1, 7, 200])
def test_the_rows_sql_is_what_the_store_compiles(keys: int) -> None:
    compiled = store_queues._rows_for_sql(keys)
    assert firstlines.rows_sql(keys) == compiled.text
    assert compiled.names == tuple(f"key_{i}" for i in range(keys))


def test_the_database_is_the_data_folders() -> None:
    assert firstlines.DATABASE_NAME == DATABASE_NAME


@pytest.mark.parametrize("limit", [200, 5])
def test_the_first_lines_are_the_stores_first_lines(folder: Path, limit: int) -> None:
    officer = _busiest_assignee(folder)
    got = firstlines.read(folder, KEY, officer, OPEN, limit)
    store = Store.open(DataDir(folder), key=KEY, lock=False)
    try:
        with store.read() as repos:
            flt = QueueFilter(statuses=OPEN, assignee=officer)
            keys = repos.queue.keys(flt, SortKey.DUE_DATE, False, limit=limit)
            rows = repos.queue.rows_for(keys)
    finally:
        store.close()
    assert keys  # the officer has open applications
    assert got.assignee == officer
    assert got.keys == keys
    assert {key: tuple(line) for key, line in got.lines.items()} == {
        key: tuple(row) for key, row in rows.items()
    }
    assert firstlines.Line._fields == store_queues.QueueRow._fields


def test_nobodys_queue_is_empty(folder: Path) -> None:
    got = firstlines.read(folder, KEY, "nobody.here", OPEN, 200)
    assert got.keys == []
    assert got.lines == {}


def test_a_wrong_key_reads_nothing(folder: Path) -> None:
    with pytest.raises(firstlines.Unavailable):
        firstlines.read(folder, bytes(32), "someone", OPEN, 200)


def test_a_folder_without_a_database_reads_nothing(tmp_path: Path) -> None:
    with pytest.raises(firstlines.Unavailable):
        firstlines.read(tmp_path, KEY, "someone", OPEN, 200)
    assert not (tmp_path / DATABASE_NAME).exists()  # read-only: nothing was made


def test_it_imports_neither_sqlalchemy_nor_the_store() -> None:
    code = (
        "import sys, workstation.firstlines\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith('workstation.store') or m.split('.')[0] == 'PySide6'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ},
    )
    assert done.stdout.strip() == "[]"
