"""The integration fixtures themselves: databases made and dropped, processes started,
found ready, killed and restarted, all on 127.0.0.1 and bounded in time."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
import requests

from tests.integration import processes
from tests.integration.processes import (
    PostgresUnavailable,
    ServerProcess,
    Workstation,
    create_pg_database,
    drop_pg_database,
)

pytestmark = pytest.mark.timeout(120)


class _HttpServerProcess(ServerProcess):
    """The ServerProcess machinery around Python's http.server instead of ours."""

    def command(self) -> list[str]:
        return [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(self.port)]


class _SleepyWorkstation(Workstation):
    def command(self, *args: str | Path) -> list[str]:
        return [sys.executable, "-c", "import time, sys; print('go', flush=True); time.sleep(30)"]


def test_free_port_is_free_and_loopback(free_port: Callable[[], int]) -> None:
    port = free_port()
    assert 1024 <= port <= 65535
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/", timeout=2)


def test_postgres_database_exists_during_the_test(postgres_database: str) -> None:
    assert postgres_database.startswith("postgresql+psycopg://postgres@127.0.0.1:5432/ws_it_")
    name = postgres_database.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 user=postgres dbname={name}") as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (name,)


def test_postgres_database_is_dropped_even_with_open_connections() -> None:
    name = create_pg_database()
    lingering = psycopg.connect(f"host=127.0.0.1 user=postgres dbname={name}")
    try:
        drop_pg_database(name)
    finally:
        lingering.close()
    with processes.pg_admin_connection() as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchall()
    assert found == []


def test_unreachable_postgres_is_a_clear_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        processes, "PG_ADMIN", "host=127.0.0.1 port=1 user=postgres dbname=test connect_timeout=2"
    )
    with pytest.raises(PostgresUnavailable, match=r"127\.0\.0\.1:5432.*scripts/postgres\.sh"):
        create_pg_database()


def test_sqlite_database_url(sqlite_database: str, tmp_path: Path) -> None:
    assert sqlite_database == f"sqlite:///{tmp_path / 'server.sqlite3'}"


def test_server_database_covers_both_kinds(server_database: str) -> None:
    assert server_database.split(":", 1)[0] in ("sqlite", "postgresql+psycopg")


def test_server_process_start_kill_restart_stop(tmp_path: Path) -> None:
    server = _HttpServerProcess("unused", tmp_path / "logs", ready_path="/")
    server.start()
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert requests.get(server.url + "/", timeout=5).status_code == 200
        server.kill()
        assert not server.running
        with pytest.raises(requests.ConnectionError):
            requests.get(server.url + "/", timeout=2)
        server.restart()
        assert requests.get(server.url + "/", timeout=5).status_code == 200
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 12
        assert not server.running
        assert server.starts == 2
        assert "===== start 2 =====" in server.stderr()
    finally:
        server.stop()


def test_server_process_that_dies_at_start_reports_its_stderr(tmp_path: Path) -> None:
    class Broken(ServerProcess):
        def command(self) -> list[str]:
            return [sys.executable, "-c", "import sys; sys.exit('no database, sorry')"]

    with pytest.raises(AssertionError, match="no database, sorry"):
        Broken("unused", tmp_path / "logs").start(timeout=10)


def test_kill9_during_kills_when_the_condition_holds(tmp_path: Path) -> None:
    ws = _SleepyWorkstation(tmp_path / "ws")
    flag = tmp_path / "flag"
    started = time.monotonic()

    def when() -> bool:
        if time.monotonic() - started > 0.3:
            flag.write_text("now")
        return flag.exists()

    assert ws.kill9_during(["anything"], when) is True
    assert time.monotonic() - started < 5


def test_kill9_during_reports_a_command_that_ended_first(tmp_path: Path) -> None:
    ws = Workstation(tmp_path / "ws")
    assert ws.kill9_during(["--version"], lambda: False, timeout=30) is False


def test_run_workstation_failure_quotes_the_output(tmp_path: Path) -> None:
    ws = Workstation(tmp_path / "missing")
    with pytest.raises(processes.CommandFailed, match=r"status --json \(in process\) exited"):
        ws.status()
    with pytest.raises(processes.CommandFailed, match="status --json exited 1"):
        ws.status(in_process=False)
    done = ws.run("status", "--json", check=False)
    assert done.returncode != 0
    assert done.stderr.startswith("workstation:")


def test_workstation_init_status_export(tmp_path: Path) -> None:
    ws = Workstation(tmp_path / "ws")
    ws.init()
    status = ws.status()
    assert isinstance(status, dict)
    assert ws.export() is not None


def test_in_process_run_captures_bytes_and_text_output(tmp_path: Path) -> None:
    ws = Workstation(tmp_path / "ws")
    ws.init()
    assert ws.export() == ws.export(in_process=False)
    assert ws.status()["persons"] == ws.status(in_process=False)["persons"] == 0


def test_children_run_without_a_keyring() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import keyring; print(type(keyring.get_keyring()).__module__)"],
        capture_output=True,
        text=True,
        env=processes.child_env(),
        timeout=30,
        check=True,
    )
    assert done.stdout.strip() == "keyring.backends.fail"
