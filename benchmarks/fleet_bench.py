"""Many workstations syncing at once against one server on PostgreSQL.

    python benchmarks/fleet_bench.py [--workstations 50] [--rounds 4] [--per-round 10]
                                     [--workers 2]

Each simulated workstation is a real data folder, enrolled and logged in with the real
sync engine, in a process of its own (forked: real workstations are separate machines;
threads in one process would add the client's own GIL queueing to every latency). All
start together; each does ``--rounds`` rounds of: receive ``--per-round`` applications
of new applicants offline, then one sync round (push, then pull).

The push latency is the server's answer time as the workstation sees it over loopback:
from handing the request to `requests` (`ApiClient._send` of ``POST /sync/push``: it
encodes the JSON body, sends it) to having read the whole answer; not the client's
building of the mutations, nor its parsing and storing of the results. On this machine
the workstations, the server workers and PostgreSQL share the same cores, so it
includes waiting for a core too. Prints errors (failed rounds, rejected mutations), the
push latency p50/p99, the CPU time the server's processes took while the fleet ran
(in all, for each sync round, and by worker: how evenly the workers shared the work; on
Linux), and the CPU time the workstations took for their rounds: where the two cores
went. Figures only: nothing here asserts a time.

``--client-nice N`` runs the simulated workstations at that nice value (default 0, as
the benchmark's figure is taken): with N > 0 the server and PostgreSQL get the cores
first, closer to workstations that are machines of their own; for comparison only.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
import traceback
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
    server_cpu_s: float = float("nan")
    """CPU time of the server's processes (supervisor and workers) while the fleet ran."""
    worker_cpu_s: tuple[float, ...] = ()
    """The same, by worker: how evenly the workers shared the requests."""
    client_cpu_s: float = float("nan")
    """CPU time the workstations' processes took for their rounds, in all."""


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of process `pid` so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_pids(base: str) -> tuple[list[int], list[int]]:
    """The server process serving `base` and its workers (Linux /proc; none elsewhere)."""
    port = f"--port {base.rsplit(':', 1)[1]} "
    stats: dict[int, tuple[int, str]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc/self/stat").exists() else ():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, UnicodeDecodeError):
                continue
            stats[int(entry.name)] = (parent, command)
    servers = [pid for pid, (_, command) in stats.items() if port in command + " "]
    workers = [
        pid for pid, (parent, command) in stats.items() if parent in servers and "spawn" in command
    ]
    return servers, workers


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _workstation(  # noqa: PLR0917 - one simulated workstation, in its own process
    folder: Path,
    db_url: str,
    base: str,
    persons: dict[str, Any],
    mine: list[Any],
    rounds: int,
    per_round: int,
    ready: Any,
    go: Any,
    out: Any,
    nice: int = 0,
) -> None:
    if nice:
        os.nice(nice)
    latencies: list[float] = []
    errors: list[str] = []
    pushed = 0
    cpu = 0.0
    store = None
    try:
        store, engine = enrolled_engine(folder, db_url, base)
        engine.sync_once()  # its leases and an empty pull, before the clock starts
        lease = engine.api.lease("application", str(TODAY.year), rounds * per_round)
        with store.unit_of_work(engine.actor) as uow:
            uow.add_lease(lease)
        request = engine.api._send

        def timed(method: str, path: str, **kwargs: Any) -> Any:
            if path != "/sync/push":
                return request(method, path, **kwargs)
            started = time.perf_counter()
            try:
                return request(method, path, **kwargs)
            finally:
                latencies.append((time.perf_counter() - started) * 1000)

        engine.api._send = timed  # type: ignore[method-assign]
        ready.put(True)
        go.wait()
        cpu = time.process_time()
        for r in range(rounds):
            with store.unit_of_work(engine.actor) as uow:
                for app in mine[r * per_round : (r + 1) * per_round]:
                    uow.add_person(persons[app.person_id])
                    number = uow.new_application_number(CENTER, TODAY.year)
                    fields = {f: getattr(app, f) for f in app.__slots__}
                    uow.add_application(type(app)(**{**fields, "number": number}))
            report = engine.sync_once()
            pushed += report.pushed
            if not report.ok:
                errors.append(f"round failed: {report.errors}")
            if report.rejected:
                errors.append(f"{report.rejected} mutations rejected")
        cpu = time.process_time() - cpu
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc} {traceback.format_exc(limit=3)}")
        ready.put(False)
    finally:
        if store is not None:
            store.close()
    out.put((latencies, errors, pushed, cpu))


def run_fleet(  # noqa: PLR0917 - the sizes of one run
    db_url: str,
    workstations: int,
    rounds: int,
    per_round: int,
    workers: int,
    tmp: Path,
    client_nice: int = 0,
) -> Fleet:
    prepare_server(db_url, 0)
    persons, apps = officer_applications(workstations * rounds * per_round)
    context = multiprocessing.get_context("fork")
    ready, out = context.Queue(), context.Queue()
    go = context.Event()
    latencies: list[float] = []
    errors: list[str] = []
    mutations = 0
    client_cpu = 0.0
    with server_process(db_url, workers=workers) as base:
        processes = []
        for i in range(workstations):
            mine = apps[i * rounds * per_round : (i + 1) * rounds * per_round]
            needed = {app.person_id: persons[app.person_id] for app in mine}
            process = context.Process(
                target=_workstation,
                args=(tmp / f"ws-{i}", db_url, base, needed, mine, rounds, per_round),
                kwargs={"ready": ready, "go": go, "out": out, "nice": client_nice},
            )
            process.start()
            processes.append(process)
        for _ in processes:
            ready.get(timeout=600)
        servers, worker_pids = _server_pids(base)
        cpu_before = {pid: _cpu_seconds(pid) for pid in servers + worker_pids}
        started = time.perf_counter()
        go.set()
        for _ in processes:
            got_latencies, got_errors, pushed, got_cpu = out.get(timeout=900)
            client_cpu += got_cpu
            latencies += got_latencies
            errors += got_errors
            mutations += pushed
        seconds = time.perf_counter() - started
        cpu = {pid: _cpu_seconds(pid) - before for pid, before in cpu_before.items()}
        for process in processes:
            process.join(60)
    return Fleet(
        workstations,
        len(latencies),
        mutations,
        len(errors),
        _percentile(latencies, 0.5),
        _percentile(latencies, 0.99),
        seconds,
        errors[0] if errors else "",
        sum(cpu.values()) if cpu else float("nan"),
        tuple(round(cpu[pid], 2) for pid in worker_pids),
        client_cpu,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="workstations syncing at once")
    parser.add_argument("--workstations", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--per-round", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--client-nice", type=int, default=0)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory(prefix="ws-fleet-") as name, postgres_url() as url:
        got = run_fleet(
            url,
            args.workstations,
            args.rounds,
            args.per_round,
            args.workers,
            Path(name),
            args.client_nice,
        )
    print(
        f"{got.workstations} workstations, {got.pushes} pushes, {got.mutations:,} mutations "
        f"in {got.seconds:.1f} s: {got.errors} errors, push p50 {got.p50_ms:.0f} ms, "
        f"p99 {got.p99_ms:.0f} ms; server CPU {got.server_cpu_s:.1f} s "
        f"({1000 * got.server_cpu_s / max(got.pushes, 1):.0f} ms a sync round; "
        f"by worker {', '.join(f'{w:.1f}' for w in got.worker_cpu_s)} s); "
        f"workstations' CPU {got.client_cpu_s:.1f} s {got.first_error}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
