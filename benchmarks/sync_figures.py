"""Sync figures for `benchmarks/run.py`, against real server processes on PostgreSQL:

- initial pull: records/s of a new workstation pulling N applications; the floor is raw
  ``sqlite3`` ``executemany`` of the very rows the pull stored (the tables of persons,
  applications and permits copied as they are into an empty database of the same
  tables, without secondary indexes, one transaction, durable commit). Beside it, for
  the note: the same records/s when everything the pull wrote (with the checklist items
  and the search index) is copied raw into an empty store of the store's own schema —
  encrypted, unique indexes kept, the others built after, one transaction: what SQLite
  alone costs the pull, before any network, JSON, checking or server;
- push of N offline mutations (`sync_bench.offline_push`): mutations/s of the push phase;
- M workstations syncing at once against 2 server workers (`fleet_bench.run_fleet`).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import fleet_bench
import sync_bench
from benchstore import raw_connect

TABLES = ("persons", "applications", "permits")


@dataclass(frozen=True, slots=True)
class Pull:
    rows: int
    seconds: float
    rows_per_s: float
    floor_rows_per_s: float
    schema_rows_per_s: float  # `_schema_floor`


@dataclass(frozen=True, slots=True)
class Push:
    pushed: int
    rejected: int
    seconds: float
    per_s: float


def _floor(database: Path, target: Path) -> float:
    """Rows/s of raw executemany of the pulled rows into empty tables of the same shape."""
    source = raw_connect(database)
    try:
        present = {
            r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        tables = []
        for table in TABLES:
            if table not in present:
                continue
            ddl = source.execute(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
            ).fetchone()[0]
            rows = source.execute(f'SELECT * FROM "{table}"').fetchall()
            tables.append((table, ddl, rows))
    finally:
        source.close()
    db = sqlite3.connect(target)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=OFF")
        for _table, ddl, _rows in tables:
            db.execute(ddl)
        db.commit()
        count = sum(len(rows) for _t, _d, rows in tables)
        started = time.perf_counter()
        for table, _ddl, rows in tables:
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                db.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        db.commit()
        seconds = time.perf_counter() - started
    finally:
        db.close()
    return count / seconds


VARIABLES = 30_000  # parameters per statement (SQLite allows 32,766)
SCHEMA_TABLES = (*TABLES, "checklist_items", "search_index")


def _insert_values(db: sqlite3.Connection, table: str, rows: list[tuple[object, ...]]) -> None:
    """`rows` inserted by multi-row ``VALUES`` statements of up to `VARIABLES` parameters
    (on a table with a trigger, ``executemany`` sets the trigger up again for every row:
    much slower, and not how the pull writes)."""
    if not rows:
        return
    columns = "(rowid, body)" if table == "search_index" else ""
    width = len(rows[0])
    step = max(1, VARIABLES // width)
    row_marks = "(" + ", ".join("?" * width) + ")"
    for start in range(0, len(rows), step):
        part = rows[start : start + step]
        marks = ", ".join([row_marks] * len(part))
        values = [value for row in part for value in row]
        db.execute(f'INSERT INTO "{table}"{columns} VALUES {marks}', values)


def _schema_floor(database: Path, target: Path) -> float:
    """Records/s (persons, applications, permits: the pull's count) of raw inserts
    (`_insert_values`) of every row the pull wrote (`SCHEMA_TABLES`) into an empty
    encrypted database of the store's own tables, unique indexes and triggers, the other
    indexes built after the rows are in, one transaction, durable commit."""
    source = raw_connect(database)
    try:
        schema = source.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            " ORDER BY rowid"
        ).fetchall()
        rows = {
            table: source.execute(
                "SELECT rowid, body FROM search_index"
                if table == "search_index"
                else f'SELECT * FROM "{table}"'
            ).fetchall()
            for table in SCHEMA_TABLES
        }
    finally:
        source.close()
    kept = [
        (kind, sql)
        for kind, name, table, sql in schema
        if table in SCHEMA_TABLES and not name.startswith("search_index_")  # FTS5 makes those
    ]
    later = [sql for kind, sql in kept if kind == "index" and "UNIQUE" not in sql.upper()]
    db = raw_connect(target)
    try:
        db.isolation_level = None
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA cache_size=-131072")  # as the pull's connection
        for _kind, sql in kept:
            if sql not in later:
                db.execute(sql)
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        for table in SCHEMA_TABLES:
            _insert_values(db, table, rows[table])
        for sql in later:
            db.execute(sql)
        db.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        db.close()
    return sum(len(rows[table]) for table in TABLES) / seconds


def pull(count: int, tmp: Path) -> Pull:
    folder = tmp / "pull"
    with sync_bench.postgres_url() as url:
        records, seconds = sync_bench.initial_pull(url, count, folder)
    database = folder / "workstation.sqlite3"
    floor = _floor(database, tmp / "floor.sqlite3")
    schema = _schema_floor(database, tmp / "schema-floor.sqlite3")
    return Pull(records, seconds, records / seconds, floor, schema)


def push(count: int, tmp: Path) -> Push:
    with sync_bench.postgres_url() as url:
        got = sync_bench.offline_push(url, count, tmp / "push")
    return Push(
        int(got["pushed"]),
        int(got["rejected"]),
        got["push_seconds"],
        got["pushed"] / got["push_seconds"],
    )


def fleet(workstations: int, rounds: int, tmp: Path) -> fleet_bench.Fleet:
    with sync_bench.postgres_url() as url:
        return fleet_bench.run_fleet(url, workstations, rounds, 10, 2, tmp / "fleet")
