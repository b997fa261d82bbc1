"""Import rate and queue query times of the local store on generated applications.

    python benchmarks/store_bench.py [--count 1000000] [--json OUT]

Prints one row per figure. Figures only: nothing here asserts a time.
  - generate: the sample generator's rate (applications/s)
  - store import: `UnitOfWork.add_many` in transactions of 50,000 applications, each with its
    persons, outbox rows, audit events and search index (applications/s)
  - checked import: the whole `workstation import FILE` path (parse, check every record,
    store) on up to 100,000 applications (applications/s)
  - queue queries on the full database: p50 and p95 over repeated runs (ms)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workstation.cli import main as workstation
from workstation.domain import interchange
from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Status
from workstation.samples.generator import OFFICERS, SampleData, generate, iter_chunks
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, QueueFilter, SortKey

TODAY = dt.date(2026, 6, 1)
ACTOR = Actor(user="bench", workstation_id="bench")
Row = dict[str, Any]


def row(name: str, value: float, unit: str, note: str = "") -> Row:
    print(f"{name:<52} {value:>12,.1f} {unit:<8} {note}", flush=True)
    return {"name": name, "value": round(value, 3), "unit": unit, "note": note}


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def store_import(folder: Path, data: SampleData) -> float:
    with open_store(DataDir(folder), create=True) as store:
        started = time.perf_counter()
        for chunk in iter_chunks(data, 50_000):
            with store.unit_of_work(ACTOR) as uow:
                uow.add_many(chunk.persons, chunk.applications)
        return time.perf_counter() - started


def checked_import(folder: Path, data: SampleData, count: int) -> float:
    subset = SampleData(data.persons, data.applications[:count])
    needed = {a.person_id for a in subset.applications}
    persons = [p for p in data.persons if p.id in needed]
    file = folder / "subset.json"
    file.write_bytes(interchange.dumps(persons, subset.applications))
    target = folder / "checked"
    assert workstation(["--data-dir", str(target), "init"]) == 0
    return timed(lambda: workstation(["--data-dir", str(target), "import", str(file)]))


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def queue_queries(folder: Path, repeat: int) -> list[Row]:
    rows = []
    review = QueueFilter(statuses=frozenset({Status.UNDER_REVIEW}))
    trp_received = QueueFilter(
        statuses=frozenset({Status.RECEIVED, Status.AWAITING_DOCUMENTS}),
        service_codes=frozenset({"TRP"}),
    )
    # "My work", the queue the desktop opens on: one officer's open applications
    mine = QueueFilter(
        statuses=frozenset(
            {Status.RECEIVED, Status.AWAITING_DOCUMENTS, Status.UNDER_REVIEW, Status.APPROVED}
            | {Status.CARD_PRINTED}
        ),
        assignee=OFFICERS[0],
    )
    with open_store(DataDir(folder), lock=False) as store, store.read() as repos:
        queue = repos.queue
        cases: dict[str, Callable[[], object]] = {
            "counts by status": queue.counts_by_status,
            "counts by service": queue.counts_by_service,
            "counts by assignee": queue.counts_by_assignee,
            "count: under review": lambda: queue.count(review),
            "page 1 (100): under review by due date": lambda: queue.page(
                review, SortKey.DUE_DATE, False, 0, 100
            ),
            "page 200 (100): under review by due date": lambda: queue.page(
                review, SortKey.DUE_DATE, False, 20_000, 100
            ),
            "page 1 (100): TRP received by due date": lambda: queue.page(
                trp_received, SortKey.DUE_DATE, False, 0, 100
            ),
            "page 1 (100): everything by applicant": lambda: queue.page(
                QueueFilter(), SortKey.APPLICANT, False, 0, 100
            ),
            "page 1 (100): everything by received, newest": lambda: queue.page(
                QueueFilter(), SortKey.RECEIVED_AT, True, 0, 100
            ),
            "first lines (200) of My work by due date": lambda: queue.rows_for(
                queue.keys(mine, SortKey.DUE_DATE, False, 200)
            ),
            "whole order of My work by due date": lambda: queue.keys(mine, SortKey.DUE_DATE),
            "count: My work": lambda: queue.count(mine),
            "search 'mammadov' (50)": lambda: queue.search("mammadov", 50),
            "search 'gulnara aliyeva' (50)": lambda: queue.search("gulnara aliyeva", 50),
            "search passport fragment '4711' (50)": lambda: queue.search("4711", 50),
            "page 1 (100): search 'yilmaz' under review": lambda: queue.page(
                QueueFilter(search="yilmaz", statuses=review.statuses),
                SortKey.DUE_DATE,
                False,
                0,
                100,
            ),
        }
        for name, query in cases.items():
            query()  # warm the page cache
            samples = [timed(query) for _ in range(repeat)]
            p50, p95 = percentiles(samples)
            rows.append(row(f"query {name}", p95, "ms p95", f"p50 {p50:.1f} ms"))
    return rows


def run(count: int, repeat: int, checked: int) -> list[Row]:
    rows: list[Row] = []
    catalogue = load_catalogue()
    started = time.perf_counter()
    data = generate(count, 1, catalogue, today=TODAY)
    seconds = time.perf_counter() - started
    rows.append(row(f"generate {count:,} applications", count / seconds, "apps/s"))
    with tempfile.TemporaryDirectory(prefix="ws-bench-") as tmp:
        folder = Path(tmp)
        seconds = store_import(folder / "main", data)
        rows.append(
            row(
                f"store import {count:,} applications",
                count / seconds,
                "apps/s",
                f"{seconds:.1f} s, {len(data.persons):,} persons",
            )
        )
        size = (folder / "main" / "workstation.sqlite3").stat().st_size
        rows.append(row("database size", size / count, "bytes/app", f"{size / 2**20:,.0f} MiB"))
        rows.extend(queue_queries(folder / "main", repeat))
        n = min(checked, count)
        seconds = checked_import(folder, data, n)
        rows.append(row(f"checked import (CLI) {n:,} applications", n / seconds, "apps/s"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30, help="runs of each query")
    parser.add_argument("--checked", type=int, default=100_000, help="size of the CLI import")
    parser.add_argument("--json", metavar="OUT", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    rows = run(args.count, args.repeat, args.checked)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
