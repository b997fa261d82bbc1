"""Many workstations syncing at once against one server process on PostgreSQL.

    python benchmarks/fleet_bench.py [--workstations 50] [--rounds 4] [--per-round 10]
                                     [--workers 2]

Each simulated workstation is a real data folder, enrolled and logged in with the real
sync engine (one thread each, in this process). All start together; each does
``--rounds`` rounds of: receive ``--per-round`` applications of new applicants offline,
then one sync round (push, then pull). Every push request's latency is taken at the
client. Prints errors (failed rounds, rejected mutations) and the push latency p50/p99.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_bench import (
    CENTER,
    TODAY,
    enrolled_engine,
    officer_applications,
    postgres_url,
    prepare_server,
    server_process,
)


@dataclass(frozen=True, slots=True)
class Fleet:
    workstations: int
    pushes: int
    mutations: int
    errors: int
    p50_ms: float
    p99_ms: float
    seconds: float
    first_error: str


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_fleet(  # noqa: PLR0917 - the sizes of one run
    db_url: str, workstations: int, rounds: int, per_round: int, workers: int, tmp: Path
) -> Fleet:
    prepare_server(db_url, 0)
    persons, apps = officer_applications(workstations * rounds * per_round)
    latencies: list[float] = []
    errors: list[str] = []
    mutations = [0]
    lock = threading.Lock()
    with server_process(db_url, workers=workers) as base:
        fleet = []
        for i in range(workstations):
            store, engine = enrolled_engine(tmp / f"ws-{i}", db_url, base)
            engine.sync_once()  # its leases and an empty pull, before the clock starts
            lease = engine.api.lease("application", str(TODAY.year), rounds * per_round)
            with store.unit_of_work(engine.actor) as uow:
                uow.add_lease(lease)
            push = engine.api.push

            def timed_push(mutations_: Any, push: Any = push) -> Any:
                started = time.perf_counter()
                answer = push(mutations_)
                with lock:
                    latencies.append((time.perf_counter() - started) * 1000)
                return answer

            engine.api.push = timed_push  # type: ignore[method-assign,assignment]
            mine = apps[i * rounds * per_round : (i + 1) * rounds * per_round]
            fleet.append((store, engine, mine))
        gate = threading.Barrier(workstations)

        def work(store: Any, engine: Any, mine: list[Any]) -> None:
            try:
                gate.wait()
                for r in range(rounds):
                    with store.unit_of_work(engine.actor) as uow:
                        for app in mine[r * per_round : (r + 1) * per_round]:
                            uow.add_person(persons[app.person_id])
                            number = uow.new_application_number(CENTER, TODAY.year)
                            fields = {f: getattr(app, f) for f in app.__slots__}
                            uow.add_application(type(app)(**{**fields, "number": number}))
                    report = engine.sync_once()
                    with lock:
                        mutations[0] += report.pushed
                        if not report.ok:
                            errors.append(f"round failed: {report.errors}")
                        if report.rejected:
                            errors.append(f"{report.rejected} mutations rejected")
            except Exception as exc:
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=work, args=entry) for entry in fleet]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        seconds = time.perf_counter() - started
        for store, _engine, _mine in fleet:
            store.close()
    return Fleet(
        workstations,
        len(latencies),
        mutations[0],
        len(errors),
        _percentile(latencies, 0.5),
        _percentile(latencies, 0.99),
        seconds,
        errors[0] if errors else "",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="workstations syncing at once")
    parser.add_argument("--workstations", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--per-round", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory(prefix="ws-fleet-") as name, postgres_url() as url:
        got = run_fleet(
            url, args.workstations, args.rounds, args.per_round, args.workers, Path(name)
        )
    print(
        f"{got.workstations} workstations, {got.pushes} pushes, {got.mutations:,} mutations "
        f"in {got.seconds:.1f} s: {got.errors} errors, push p50 {got.p50_ms:.0f} ms, "
        f"p99 {got.p99_ms:.0f} ms {got.first_error}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
