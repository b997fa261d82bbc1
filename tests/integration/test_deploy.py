"""The central server as deployed: several server processes on one PostgreSQL, health and
readiness endpoints, and a restore from a backup (pg_dump/pg_restore) that the
workstations notice and repair by pushing again what the server lost."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests
from sqlalchemy.engine import make_url

from tests.integration.conftest import OFFICER, World, WorldFactory
from tests.integration.convergence import assert_converged, sync_until_drained
from tests.integration.processes import ServerProcess, Workstation
from tests.integration.work import receive_new

ON_POSTGRES = pytest.mark.parametrize("server_database", ["postgresql"], indirect=True)


def _numbers(export: Any) -> list[str]:
    return [app["number"] for app in export["applications"]]


def _libpq(url: str) -> str:
    parsed = make_url(url)
    return f"host={parsed.host} port={parsed.port} user={parsed.username} dbname={parsed.database}"


def _pg_args(url: str) -> list[str]:
    parsed = make_url(url)
    return ["-h", str(parsed.host), "-p", str(parsed.port), "-U", str(parsed.username)]


@pytest.mark.slow
@ON_POSTGRES
def test_two_servers_three_workstations_round_robin(
    world_factory: WorldFactory, server_factory: Callable[..., ServerProcess]
) -> None:
    """Three workstations sync through a balancer that alternates between two server
    processes on the same database: everything converges, every number once."""
    world = world_factory(3)
    servers = [world.server, server_factory(world.database_url)]
    turn = 0

    def sync_through_next(ws: Workstation) -> None:
        nonlocal turn
        world.proxy.retarget(servers[turn % 2].port)  # the balancer's next backend
        turn += 1
        ws.sync()

    for ws in world.workstations:
        sync_through_next(ws)  # number leases, from either process
    made: dict[str, int] = {}
    for round_ in range(3):
        for index, ws in enumerate(world.workstations):
            made[ws.name] = made.get(ws.name, 0) + len(
                receive_new(ws, OFFICER, 4, seed=100 * round_ + index)
            )
            sync_through_next(ws)
    for ws in world.workstations:
        sync_through_next(ws)  # a last round: each pulls what the others pushed

    server = world.server_export()
    assert len(server["applications"]) == sum(made.values()) == 36
    numbers = _numbers(server)
    assert len(set(numbers)) == len(numbers), "an application number was given twice"
    for ws in world.workstations:
        assert ws.export() == server, f"{ws.name} differs from the server"
    # both processes served: each has the same view
    for backend in servers:
        assert requests.get(f"{backend.url}/ready", timeout=10).json()["status"] == "ready"


@pytest.mark.slow
@ON_POSTGRES
def test_restore_from_backup_then_sync_converges(
    world_factory: WorldFactory, tmp_path: Path
) -> None:
    """a pushes A; backup; a pushes B, b takes its first number lease and pushes C
    numbered from it; the server is stopped, the backup restored (A only, b's lease
    forgotten), the server started: it takes a new epoch, a pushes B again, b pushes C
    again (its numbers accepted from the forgotten lease), everything converges, and
    the numbers leased from now on lie above every number already given."""
    world: World = world_factory(2)
    a, b = world.workstations
    server = world.server
    assert requests.get(f"{server.url}/health", timeout=10).json()["status"] == "ok"
    ready = requests.get(f"{server.url}/ready", timeout=10)
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"

    a.sync()  # its number leases: granted before the backup
    first = receive_new(a, OFFICER, 3, seed=1)
    sync_until_drained(a)
    backup = tmp_path / "server.dump"
    subprocess.run(
        ["pg_dump", "-Fc", "-f", str(backup), *_pg_args(world.database_url),
         make_url(world.database_url).database or ""],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    with psycopg.connect(_libpq(world.database_url)) as conn:
        backed_up = conn.execute("SELECT count(*) FROM leases").fetchone()

    second = receive_new(a, OFFICER, 3, seed=2)
    sync_until_drained(a)
    b.sync()  # b's first lease: cut after the backup
    third = receive_new(b, OFFICER, 2, seed=3)
    sync_until_drained(b)
    assert len(b.export()["applications"]) == 8  # b holds A, B and C: all must survive

    server.stop()
    subprocess.run(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "-d",
         make_url(world.database_url).database or "", *_pg_args(world.database_url),
         str(backup)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    with psycopg.connect(_libpq(world.database_url)) as conn:
        restored = conn.execute("SELECT count(*) FROM applications").fetchone()
        leases = conn.execute("SELECT count(*) FROM leases").fetchone()
    assert restored is not None
    assert restored[0] == 3  # the server really went back
    assert leases == backed_up  # a's leases only: b's are forgotten
    server.start()
    assert "the database was restored: new epoch" in server.stderr()

    a.sync()
    b.sync()
    exported = assert_converged(world, a, b)
    ids = {app["id"] for app in exported["applications"]}
    assert ids == {app.id for app in first + second + third}
    numbers = _numbers(exported)
    assert len(set(numbers)) == len(numbers) == 8
    assert all(status["outbox"]["rejected"] == 0 for status in (a.status(), b.status()))
    with psycopg.connect(_libpq(world.database_url)) as conn:
        counter = conn.execute(
            "SELECT next_value FROM lease_counters WHERE kind = 'application'"
        ).fetchone()
    assert counter is not None
    assert counter[0] > max(int(n.rsplit("-", 1)[1]) for n in numbers)


@pytest.mark.slow
def test_migrate_only_and_readiness(
    postgres_database: str, server_factory: Callable[..., ServerProcess]
) -> None:
    """`server --migrate-only` migrates and exits; a server then reports ready, and a
    database restored under the running server makes it unready until restarted."""
    from tests.integration.processes import run_workstation

    done = run_workstation(["server", "--database", postgres_database, "--migrate-only"])
    assert done.stdout.strip() == "database migrated"
    again = run_workstation(["server", "--database", postgres_database, "--migrate-only"])
    assert again.stdout.strip() == "database migrated"  # no restore seen: same epoch

    server = server_factory(postgres_database)
    assert requests.get(f"{server.url}/ready", timeout=10).status_code == 200
    with psycopg.connect(_libpq(postgres_database)) as conn:  # as a restore under it would
        conn.execute("UPDATE server_meta SET value = 'other' WHERE key = 'epoch'")
    answer = requests.get(f"{server.url}/ready", timeout=10)
    assert answer.status_code == 503
    assert "restart" in answer.json()["reason"]
    assert requests.get(f"{server.url}/health", timeout=10).status_code == 200
