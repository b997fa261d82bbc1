"""Dashboard and report query times of the local store on generated applications.

    python benchmarks/stats_bench.py [--count 1000000] [--data-dir CACHE] [--build-only]

The data folder (`--count` applications over four centers, generated and imported once:
minutes for a million) is cached in ``--data-dir`` (default ``.bench-data/stats-COUNT``)
and reused. Prints one line per figure: the median and the worst of several runs of each
dashboard query (`workstation.store.stats`) on the full database. Figures only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from workstation.domain.catalogue import load_catalogue
from workstation.samples.generator import generate, iter_chunks
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir

TODAY = dt.date(2026, 6, 1)
CENTERS = ("BAK1", "BAK2", "GNJ1", "SUM1")
ACTOR = Actor("seed", "WS-BENCH-STATS")
READY = ".bench-ready"


def build(folder: Path, count: int) -> None:
    """The cached data folder of `count` applications (made when missing)."""
    marker = folder / READY
    if marker.exists() and marker.read_text().strip() == str(count):
        return
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    catalogue = load_catalogue()
    with open_store(DataDir(folder), create=True) as store:
        done = 0
        for seed, center in enumerate(CENTERS, start=1):
            share = count // len(CENTERS) + (1 if seed <= count % len(CENTERS) else 0)
            data = generate(share, seed, catalogue, center=center, today=TODAY)
            for chunk in iter_chunks(data, 50_000):
                with store.unit_of_work(ACTOR) as uow:
                    uow.add_many(chunk.persons, chunk.applications)
                done += len(chunk.applications)
                print(f"  imported {done:,}", file=sys.stderr, flush=True)
    marker.write_text(str(count))
    print(f"built {count:,} applications in {time.perf_counter() - started:.0f} s", flush=True)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm the page cache
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000, max(samples) * 1000


def measure(folder: Path, repeat: int) -> None:
    from workstation.store.stats import StatsFilter, dashboard

    started = time.perf_counter()
    store = open_store(DataDir(folder), lock=False)  # runs any pending migration
    print(f"{'open (and migrate)':<48} {(time.perf_counter() - started) * 1000:>10,.0f} ms")
    month = StatsFilter(TODAY - dt.timedelta(days=29), TODAY)
    year = StatsFilter(TODAY - dt.timedelta(days=364), TODAY)
    cases: dict[str, StatsFilter] = {
        "dashboard, last 30 days": month,
        "dashboard, last 30 days, one center": StatsFilter(month.since, month.until, center="GNJ1"),
        "dashboard, last 30 days, one officer": StatsFilter(
            month.since, month.until, officer="officer.aliyeva"
        ),
        "dashboard, last 365 days": year,
        "dashboard, last 365 days, one center": StatsFilter(year.since, year.until, center="BAK2"),
    }
    with store:
        for name, flt in cases.items():

            def run(flt: StatsFilter = flt) -> object:
                with store.read() as repos:
                    return dashboard(repos.session, flt, TODAY)

            median, worst = timed(run, repeat)
            print(f"{name:<48} {median:>10,.0f} ms median  {worst:,.0f} ms worst", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    folder = args.data_dir or Path(f".bench-data/stats-{args.count}")
    build(folder, args.count)
    if not args.build_only:
        measure(folder, args.repeat)


if __name__ == "__main__":
    main()
