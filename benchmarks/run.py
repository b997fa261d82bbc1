"""Every figure of the performance budgets (issue 7) in one run, against its budget.

    python benchmarks/run.py [--quick] [--json OUT] [--cache DIR] [--only GROUP ...]

Generates its data deterministically (`workstation.samples.generator`), runs each
benchmark through the benchmark modules beside this file, and prints one row per figure:
name, value, unit, budget, floor (where the budget is a ratio to a floor measured in the
same run), ratio and pass/FAIL. ``--json OUT`` writes the same rows as a list of objects.
``--quick`` uses small sizes (a few minutes in all). The desktop's data folder is built
once per size into ``--cache`` (default ``.bench-data/``) and reused.

Exit status: 0 when every figure was measured, whatever it measured (a budget missed on a
noisy machine fails nothing); 1 when a benchmark crashed or a figure is missing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Budget, Figure, missing, missing_names, table, write_json


@dataclass(frozen=True, slots=True)
class Sizes:
    desktop: int  # applications in the desktop's data folder (queue, start-up, memory)
    pull: int
    push: int
    fleet: int  # workstations syncing at once
    fleet_rounds: int
    batch: int  # cards in a batch
    sync_apps: int  # applications pulled by the sync round while scrolling
    startup_runs: int
    query_repeat: int
    saves: int


FULL = Sizes(1_000_000, 100_000, 10_000, 50, 4, 1_000, 3_000, 3, 30, 200)
QUICK = Sizes(10_000, 2_000, 500, 5, 3, 20, 300, 2, 10, 40)


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    unit: str
    budget: Budget


def _specs(s: Sizes) -> dict[str, Spec]:
    n = f"{s.desktop:,}"
    specs = [
        Spec(f"start-up to main window shown ({n} apps)", "s", Budget("max", floor_ratio=1.5)),
        Spec(f"start-up to first queue rows painted, warm ({n} apps)", "s", Budget("max", 1.0)),
        Spec(f"queue sort by due date p95 ({n} apps)", "ms", Budget("max", 100, 2)),
        Spec(f"queue filter by status and service p95 ({n} apps)", "ms", Budget("max", 100, 2)),
        Spec(f"queue text search p95 ({n} apps)", "ms", Budget("max", 100, 2)),
        Spec(f"reception save p95 ({n} apps)", "ms", Budget("max", 30)),
        Spec(f"memory with the queue open ({n} apps)", "MB", Budget("max", 300)),
        Spec(f"initial pull of {s.pull:,} apps (PostgreSQL)", "rows/s", Budget("min", 20_000, 0.2)),
        Spec(f"push of {s.push:,} offline mutations to PostgreSQL", "mut/s", Budget("min", 2_000)),
        Spec(f"{s.fleet} workstations syncing at once: errors", "", Budget("max", 0)),
        Spec(f"{s.fleet} workstations syncing at once: push p99", "ms", Budget("max", 500)),
        Spec("one card PDF (median)", "ms", Budget("max", 50)),
        Spec(f"batch of {s.batch:,} card PDFs", "s", Budget("max", 30)),
        Spec(f"longest GUI stall scrolling during a sync ({n} apps)", "ms", Budget("max", 50)),
    ]
    return {spec.name: spec for spec in specs}


class Run:
    """Collects the figures; a group that crashes leaves its figures missing."""

    def __init__(self, sizes: Sizes) -> None:
        self.sizes = sizes
        self.specs = _specs(sizes)
        self.figures: dict[str, Figure] = {}
        self.crashed: list[str] = []

    def put(self, name: str, value: float, floor: float | None = None, note: str = "") -> None:
        spec = self.specs[name]
        figure = Figure(name, value, spec.unit, spec.budget, floor, note)
        self.figures[name] = figure
        print(table([figure]).splitlines()[1], flush=True)

    def group(self, label: str, body: Callable[[], None]) -> None:
        print(f"-- {label}", flush=True)
        started = time.perf_counter()
        try:
            body()
        except Exception:
            traceback.print_exc()
            self.crashed.append(label)
        print(f"   ({label}: {time.perf_counter() - started:.0f} s)", flush=True)

    def rows(self, *, every: bool = True) -> list[Figure]:
        """Every figure in the issue's order, those not measured as missing (with
        ``every`` false: only those measured, for a run of some groups)."""
        out = []
        for name, spec in self.specs.items():
            got = self.figures.get(name)
            if got is not None or every:
                out.append(got or missing(name, spec.unit, spec.budget, "not measured"))
        return out


def desktop(run: Run, cache: Path) -> Path:
    import desktop_figures

    s, n = run.sizes, f"{run.sizes.desktop:,}"
    folder = desktop_figures.build_folder(cache, s.desktop)
    got = desktop_figures.startup(folder, s.startup_runs)
    note = (
        f"median of {got.runs} warm runs; floor: bare QMainWindow from a fresh process; "
        f"CPU of the whole process {got.app_cpu_s:.2f} s (bare {got.bare_cpu_s:.2f} s)"
    )
    run.put(f"start-up to main window shown ({n} apps)", got.shown_s, got.bare_s, note)
    run.put(f"start-up to first queue rows painted, warm ({n} apps)", got.rows_s)
    run.put(f"memory with the queue open ({n} apps)", got.rss_mb, note="VmRSS, whole order loaded")
    return folder


def store(run: Run, folder: Path) -> None:
    import datetime as dt

    import store_figures

    s, n = run.sizes, f"{run.sizes.desktop:,}"
    queues = store_figures.queue_figures(folder, s.query_repeat)
    labels = {
        "sort": f"queue sort by due date p95 ({n} apps)",
        "filter": f"queue filter by status and service p95 ({n} apps)",
        "search": f"queue text search p95 ({n} apps)",
    }
    for key, name in labels.items():
        q = queues[key]
        run.put(name, q.p95_ms, q.raw_p95_ms, f"{q.runs} runs; floor: same SQL, raw connection")
    saves = store_figures.reception_saves(folder, s.saves, dt.date(2026, 11, 27))
    run.put(
        f"reception save p95 ({n} apps)",
        saves.p95_ms,
        note=f"{saves.count} saves, {saves.checklist} checklist items; "
        f"CPU of the saving thread p95 {saves.cpu_p95_ms:.0f} ms",
    )


def stall(run: Run, folder: Path) -> None:
    import desktop_figures

    s = run.sizes
    value = desktop_figures.stall_during_sync(folder, s.desktop, s.sync_apps)
    run.put(
        f"longest GUI stall scrolling during a sync ({s.desktop:,} apps)",
        value,
        note=f"sync round pulling {s.sync_apps:,} apps from a real server (5 ms timer)",
    )


def sync(run: Run, tmp: Path) -> None:
    import sync_figures

    s = run.sizes
    pull = sync_figures.pull(s.pull, tmp)
    run.put(
        f"initial pull of {s.pull:,} apps (PostgreSQL)",
        pull.rows_per_s,
        pull.floor_rows_per_s,
        f"{pull.rows:,} records in {pull.seconds:.1f} s; floor: raw sqlite3 executemany "
        f"of the pulled table rows; into the store's own schema (encrypted, its indexes, "
        f"checklist items, search index), raw: {pull.schema_rows_per_s:,.0f} rows/s",
    )
    push = sync_figures.push(s.push, tmp)
    run.put(
        f"push of {s.push:,} offline mutations to PostgreSQL",
        push.per_s,
        note=f"{push.pushed:,} pushed in {push.seconds:.1f} s (push phase), "
        f"{push.rejected} rejected",
    )
    fleet = sync_figures.fleet(s.fleet, s.fleet_rounds, tmp)
    note = (
        f"{fleet.pushes} pushes, {fleet.mutations:,} mutations, p50 {fleet.p50_ms:.0f} ms; "
        f"CPU: workstations {fleet.client_cpu_s:.1f} s, server {fleet.server_cpu_s:.1f} s"
    )
    run.put(
        f"{s.fleet} workstations syncing at once: errors",
        fleet.errors,
        note=fleet.first_error[:200],
    )
    run.put(f"{s.fleet} workstations syncing at once: push p99", fleet.p99_ms, note=note)


def cards(run: Run) -> None:
    import card_bench

    s = run.sizes
    median, p95 = card_bench.single_card_ms(5 if s.batch < 100 else 30)
    run.put("one card PDF (median)", median, note=f"p95 {p95:.0f} ms")
    run.put(f"batch of {s.batch:,} card PDFs", card_bench.batch_seconds(s.batch))


GROUPS = ("desktop", "store", "stall", "sync", "cards")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--quick", action="store_true", help="small sizes: a few minutes")
    parser.add_argument("--json", metavar="OUT", type=Path, help="also write the rows as JSON")
    parser.add_argument("--cache", type=Path, default=Path(".bench-data"), metavar="DIR")
    parser.add_argument("--only", nargs="+", choices=GROUPS, help="run these groups only")
    parser.add_argument(
        "--desktop-apps", type=int, metavar="N", help="another size of the desktop's data folder"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = QUICK if args.quick else FULL
    if args.desktop_apps:
        sizes = dataclasses.replace(sizes, desktop=args.desktop_apps)
    run = Run(sizes)
    wanted = set(args.only or GROUPS)
    started = time.perf_counter()
    folder: list[Path] = []

    def desktop_group() -> None:
        folder.append(desktop(run, args.cache))

    def need_folder() -> Path:
        if not folder:
            import desktop_figures

            folder.append(desktop_figures.build_folder(args.cache, run.sizes.desktop))
        return folder[0]

    with tempfile.TemporaryDirectory(prefix="ws-bench-run-") as name:
        tmp = Path(name)
        plan: dict[str, Callable[[], None]] = {
            "desktop": desktop_group,
            "store": lambda: store(run, need_folder()),
            "stall": lambda: stall(run, need_folder()),
            "sync": lambda: sync(run, tmp),
            "cards": lambda: cards(run),
        }
        for group in GROUPS:
            if group in wanted:
                run.group(group, plan[group])
    rows = run.rows(every=not args.only)
    print()
    print(table(rows))
    print(f"\n{len(rows)} figures in {time.perf_counter() - started:.0f} s", flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        write_json(rows, args.json)
    lost = missing_names(rows, [r.name for r in rows])
    if run.crashed or lost:
        print(f"crashed: {run.crashed}; missing figures: {lost}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
