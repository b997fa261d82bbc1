"""Sync throughput over loopback with a real server process.

    python benchmarks/sync_bench.py [--pull 100000] [--push 10000]
        [--server-db both|sqlite|postgresql] [--json OUT]

  - initial pull: a new workstation pulls N applications (and their persons) from a
    server on SQLite (the embedded default) and on PostgreSQL: records/s and apps/s
  - push: M offline mutations (half new persons, half new applications with leased
    numbers) pushed to a server on PostgreSQL (and SQLite): mutations/s
Prints one row per figure; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchstore import open_store
from workstation.domain.catalogue import load_catalogue
from workstation.domain.interchange import Batch
from workstation.domain.model import Status
from workstation.samples.generator import generate
from workstation.server import admin, seeding
from workstation.server.db import Database, migrate, open_engine
from workstation.store import Actor, Store
from workstation.store.syncmeta import CENTER_CODE_KEY, SERVER_URL_KEY, WORKSTATION_ID_KEY, put_meta
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine

CENTER = "BAK1"
PASSWORD = "bench-password"
TODAY = dt.date(2026, 6, 1)
Row = dict[str, Any]


def row(name: str, value: float, unit: str, note: str = "") -> Row:
    print(f"{name:<52} {value:>12,.1f} {unit:<10} {note}", flush=True)
    return {"name": name, "value": round(value, 3), "unit": unit, "note": note}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def postgres_url() -> Iterator[str]:
    name = f"bench_{secrets.token_hex(4)}"
    admin_url = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def prepare_server(url: str, applications: int) -> None:
    engine = open_engine(url)
    migrate(engine)
    engine.dispose()
    db = Database.open(url)
    try:
        admin.create_center(db, CENTER, "Bench center")
        admin.create_user(db, "officer", role="officer", center=CENTER, password=PASSWORD)
        if applications:
            data = generate(applications, 1, load_catalogue(), center=CENTER, today=TODAY)
            seeding.import_batch(db, CENTER, Batch(data.persons, data.applications))
    finally:
        db.dispose()


@contextmanager
def server_process(url: str, workers: int = 1) -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "workstation", "server", "--database", url]
    command += ["--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(30)


def enrolled_engine(folder: Path, db_url: str, base: str) -> tuple[Store, SyncEngine]:
    db = Database.open(db_url)
    code = admin.enrol_code(db, CENTER)
    db.dispose()
    api = ApiClient(base)
    answer = api.enrol(code, "bench")
    store = open_store(folder, create=True)
    with store.unit_of_work(Actor("bench", answer.workstation_id)) as uow:
        put_meta(uow.session, WORKSTATION_ID_KEY, answer.workstation_id)
        put_meta(uow.session, CENTER_CODE_KEY, CENTER)
        put_meta(uow.session, SERVER_URL_KEY, base)
    creds = Credentials(base, answer.workstation_id, "officer")
    creds.keep_in_memory(api.login("officer", PASSWORD, answer.workstation_id).refresh_token)
    engine = SyncEngine(store, api, creds, Actor("officer", answer.workstation_id))
    return store, engine


def initial_pull(db_url: str, count: int, folder: Path) -> tuple[int, float]:
    """A new workstation (data folder `folder`) pulls everything from a server holding
    `count` generated applications: the records pulled and the seconds it took."""
    prepare_server(db_url, count)
    with server_process(db_url) as base:
        store, engine = enrolled_engine(folder, db_url, base)
        try:
            started = time.perf_counter()
            report = engine.sync_once()
            seconds = time.perf_counter() - started
        finally:
            store.close()
    if not report.ok:
        raise RuntimeError(f"pull failed: {report.errors}")
    return report.pulled, seconds


def bench_pull(label: str, db_url: str, count: int, tmp: Path) -> list[Row]:
    pulled, seconds = initial_pull(db_url, count, tmp / f"pull-{label}")
    return [
        row(
            f"initial pull {count:,} apps, server on {label}",
            pulled / seconds,
            "records/s",
            f"{pulled:,} records in {seconds:.1f} s",
        ),
        row(f"initial pull {count:,} apps, server on {label}", count / seconds, "apps/s"),
    ]


def officer_applications(count: int) -> tuple[dict[str, Any], list[Any]]:
    """`count` applications as an officer creates them offline (status draft or
    received), each with its own new applicant."""
    size = count * 8
    while True:
        data = generate(size, 5, load_catalogue(), center=CENTER, today=TODAY)
        persons = {p.id: p for p in data.persons}
        used: set[str] = set()
        apps = []
        for app in data.applications:
            if app.person_id in used or app.status not in (Status.DRAFT, Status.RECEIVED):
                continue
            used.add(app.person_id)
            apps.append(app)
            if len(apps) == count:
                return persons, apps
        size *= 2


def offline_push(db_url: str, count: int, folder: Path) -> dict[str, float]:
    """`count` offline mutations (half new persons, half their new applications with
    leased numbers) pushed by one workstation: pushed, applied, rejected, the seconds of
    the push phase and of the whole round (which pulls them back)."""
    prepare_server(db_url, 0)
    with server_process(db_url) as base:
        store, engine = enrolled_engine(folder, db_url, base)
        try:
            engine.sync_once()  # leases and an empty pull
            half = count // 2
            lease = engine.api.lease("application", str(TODAY.year), half)
            persons, apps = officer_applications(half)
            with store.unit_of_work(engine.actor) as uow:
                uow.add_lease(lease)
                for app in apps:
                    uow.add_person(persons[app.person_id])
                    number = uow.new_application_number(CENTER, TODAY.year)
                    uow.add_application(
                        type(app)(
                            **{**{f: getattr(app, f) for f in app.__slots__}, "number": number}
                        )
                    )
            with store.read() as repos:
                pending = repos.outbox.count("pending")
            pushed_at: list[float] = []
            engine.progress = lambda stage, _n: (
                pushed_at.append(time.perf_counter()) if stage == "push" else None
            )
            started = time.perf_counter()
            report = engine.sync_once()
            seconds = time.perf_counter() - started
        finally:
            store.close()
    if not report.ok:
        raise RuntimeError(f"push failed: {report.errors}")
    return {
        "pending": pending,
        "pushed": report.pushed,
        "applied": report.applied,
        "rejected": report.rejected,
        "push_seconds": pushed_at[-1] - started,
        "seconds": seconds,
    }


def bench_push(label: str, db_url: str, count: int, tmp: Path) -> list[Row]:
    got = offline_push(db_url, count, tmp / f"push-{label}")
    pending, pushed, seconds = int(got["pending"]), got["pushed"], got["seconds"]
    return [
        row(
            f"push {pending:,} offline mutations to {label}",
            pushed / got["push_seconds"],
            "mutations/s",
            f"push phase only: {got['push_seconds']:.1f} s",
        ),
        row(
            f"push {pending:,} offline mutations to {label}, with pull",
            pushed / seconds,
            "mutations/s",
            f"{int(got['applied']):,} applied, {int(got['rejected'])} rejected, "
            f"{seconds:.1f} s (incl. pulling them back)",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="sync throughput over loopback")
    parser.add_argument("--pull", type=int, default=100_000)
    parser.add_argument("--push", type=int, default=10_000)
    parser.add_argument(
        "--server-db",
        choices=("both", "sqlite", "postgresql"),
        default="both",
        help="the server's database(s) to measure",
    )
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args(argv)
    on_sqlite = args.server_db in ("both", "sqlite")
    on_postgres = args.server_db in ("both", "postgresql")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ws-sync-bench-") as name:
        tmp = Path(name)
        if args.push and on_postgres:
            with postgres_url() as url:
                rows += bench_push("PostgreSQL", url, args.push, tmp)
        if args.push and on_sqlite:
            rows += bench_push("SQLite", f"sqlite:///{tmp / 'push.sqlite3'}", args.push, tmp)
        if args.pull and on_sqlite:
            rows += bench_pull("SQLite", f"sqlite:///{tmp / 'pull.sqlite3'}", args.pull, tmp)
        if args.pull and on_postgres:
            with postgres_url() as url:
                rows += bench_pull("PostgreSQL", url, args.pull, tmp)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
