"""Sync figures for `benchmarks/run.py`, against real server processes on PostgreSQL:

- initial pull: records/s of a new workstation pulling N applications; the floor is raw
  ``sqlite3`` ``executemany`` of the very rows the pull stored (the tables of persons,
  applications and permits copied as they are into an empty database of the same
  tables, without secondary indexes, one transaction, durable commit);
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


def pull(count: int, tmp: Path) -> Pull:
    folder = tmp / "pull"
    with sync_bench.postgres_url() as url:
        records, seconds = sync_bench.initial_pull(url, count, folder)
    floor = _floor(folder / "workstation.sqlite3", tmp / "floor.sqlite3")
    return Pull(records, seconds, records / seconds, floor)


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
