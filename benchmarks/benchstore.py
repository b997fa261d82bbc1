"""Opening a benchmark's data folder with the store's current API.

The local store is being moved to encryption at rest (`Store.open(..., key=...)`, a
SQLCipher database). Benchmarks open their folders through `open_store` and their raw
connections through `raw_connect`, which pass a fixed benchmark key when the store takes
one and fall back to the plain API otherwise — so the same benchmarks run before and
after that change lands.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import sqlite3
from pathlib import Path
from typing import Any

from workstation.store import DataDir, Store

BENCH_KEY = hashlib.sha256(b"workstation benchmark data key").digest()


def takes_key() -> bool:
    return "key" in inspect.signature(Store.open).parameters


def open_store(folder: Path, **kwargs: Any) -> Store:
    if takes_key():
        kwargs.setdefault("key", BENCH_KEY)
    return Store.open(DataDir(folder), **kwargs)


def raw_connect(database: Path) -> Any:
    """A DB-API connection on the store's database file, bypassing the store (for the
    floors: the same SQL run raw)."""
    if takes_key():
        cipher = importlib.import_module("workstation.store.cipher")
        return cipher.connect(database, BENCH_KEY)
    return sqlite3.connect(database)


def encrypt_if_plain(folder: Path) -> None:
    """A cached folder written before encryption at rest: encrypted in place under the
    benchmark key, as the program does at a plain folder's first open (minutes for a
    million applications, instead of the hours of building it again)."""
    database = DataDir(folder).database
    if not takes_key() or not database.exists():
        return
    cipher = importlib.import_module("workstation.store.cipher")
    if cipher.is_plain_sqlite(database):
        cipher.encrypt_plain(database, BENCH_KEY)


def open_error(folder: Path) -> Exception | None:
    """Why the cached folder does not open with the current store (format, key,
    migrations); None when it opens."""
    try:
        encrypt_if_plain(folder)
        open_store(folder, lock=False).close()
    except Exception as exc:  # any reason: the caller shows it
        return exc
    return None
