from __future__ import annotations

import threading
import time

from sqlalchemy import text

from workstation.security.datakey import open_store
from workstation.store import Store
from workstation.store.db import writer


def test_pragmas_on_every_connection(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_search_index_is_fts5(store: Store) -> None:
    with store.engine.connect() as conn:
        sql = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
        ).scalar()
    assert "fts5" in sql
    assert "remove_diacritics 2" in sql


def test_reopen_is_idempotent(store: Store) -> None:
    datadir = store.datadir
    store.close()
    again = open_store(datadir)
    again.close()


def test_writers_serialise_with_begin_immediate(store: Store) -> None:
    """A second writer waits for the first (busy timeout) instead of failing later."""
    engine = writer(store.engine)
    order: list[str] = []
    first_has_lock = threading.Event()

    def first() -> None:
        with engine.begin() as conn:
            first_has_lock.set()
            conn.execute(text("INSERT INTO meta(key, value) VALUES ('a', '1')"))
            time.sleep(0.3)
            order.append("first commits")

    thread = threading.Thread(target=first)
    thread.start()
    first_has_lock.wait(5)
    with engine.begin() as conn:
        order.append("second begins")
        conn.execute(text("INSERT INTO meta(key, value) VALUES ('b', '2')"))
    thread.join()
    assert order == ["first commits", "second begins"]
