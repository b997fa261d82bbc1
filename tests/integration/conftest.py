"""Fixtures of the integration tests: databases, server processes, workstations, proxy.

PostgreSQL at 127.0.0.1:5432 is required: when it does not answer, the tests that need it
FAIL with a message saying how to start it (they are never skipped).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.integration.faultproxy import FaultProxy
from tests.integration.processes import (
    PostgresUnavailable,
    ServerProcess,
    Workstation,
    admin,
    create_pg_database,
    drop_pg_database,
    pg_url,
    sqlite_url,
)
from tests.integration.processes import free_port as _free_port

DATABASE_KINDS = ("sqlite", "postgresql")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[Any]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def _failed(request: pytest.FixtureRequest) -> bool:
    report = getattr(request.node, "rep_call", None)
    return report is None or report.failed


@pytest.fixture
def free_port() -> Callable[[], int]:
    return _free_port


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database with a random name; its SQLAlchemy URL. Dropped after."""
    try:
        name = create_pg_database()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield pg_url(name)
    finally:
        drop_pg_database(name)


@pytest.fixture
def sqlite_database(tmp_path: Path) -> str:
    """The SQLAlchemy URL of a (not yet existing) SQLite file for the server."""
    return sqlite_url(tmp_path / "server.sqlite3")


@pytest.fixture(params=DATABASE_KINDS)
def server_database(request: pytest.FixtureRequest) -> str:
    """The server's database URL: each test runs once on SQLite and once on PostgreSQL."""
    fixture = "sqlite_database" if request.param == "sqlite" else "postgres_database"
    return str(request.getfixturevalue(fixture))


ServerFactory = Callable[..., ServerProcess]


@pytest.fixture
def server_factory(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[ServerFactory]:
    """Starts `workstation server` processes; stops them all after the test and, when the
    test failed, prints the tail of each one's standard error."""
    servers: list[ServerProcess] = []

    def start(database_url: str, **kwargs: Any) -> ServerProcess:
        server = ServerProcess(database_url, tmp_path / "logs", **kwargs)
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()
    if _failed(request):
        for server in servers:
            print(f"\n----- stderr of the server on port {server.port} -----")
            print(server.stderr())


@pytest.fixture
def proxy_factory() -> Iterator[Callable[[int], FaultProxy]]:
    proxies: list[FaultProxy] = []

    def start(upstream_port: int) -> FaultProxy:
        proxy = FaultProxy(upstream_port, io_timeout=30).start()
        proxies.append(proxy)
        return proxy

    yield start
    for proxy in proxies:
        proxy.stop()


@pytest.fixture
def workstation_factory(tmp_path: Path) -> Callable[[str], Workstation]:
    def make(name: str) -> Workstation:
        return Workstation(tmp_path / f"ws-{name}", name=name)

    return make


# --- a whole system: server on a database, proxy in front, enrolled workstations ----------

CENTER = "BAK1"
PASSWORD = "parol-12345"
OFFICER = "officer1"
SUPERVISOR = "supervisor1"


@dataclass
class World:
    database_url: str
    server: ServerProcess
    proxy: FaultProxy
    center: str
    workstations: list[Workstation] = field(default_factory=list)

    def admin(self, *args: str, stdin: str | None = None) -> str:
        """`workstation admin` on the server's database (in this process: it is fast)."""
        return admin(self.database_url, *args, stdin=stdin, in_process=True).stdout

    def server_export(self) -> Any:
        return json.loads(self.admin("export", "--format", "json"))

    def server_conflicts(self) -> list[dict[str, Any]]:
        return json.loads(self.admin("list-conflicts", "--json"))  # type: ignore[no-any-return]

    def enrol(self, *workstations: Workstation, user: str = OFFICER) -> None:
        """Enrols them through the proxy (`workstation enrol` processes, side by side); each
        then syncs as ``user`` (`sync --user U --password-stdin` logs in by itself)."""
        codes = [
            self.admin("enrol-workstation", "--center", self.center).strip() for _ in workstations
        ]
        with ThreadPoolExecutor(max_workers=max(1, len(workstations))) as pool:
            done = [
                pool.submit(ws.enrol, self.proxy.url, code)
                for ws, code in zip(workstations, codes, strict=True)
            ]
            for future in done:
                future.result()
        for ws in workstations:
            ws.use(user, PASSWORD)
            self.workstations.append(ws)


WorldFactory = Callable[..., World]


@pytest.fixture
def world_factory(
    server_database: str,
    server_factory: ServerFactory,
    proxy_factory: Callable[[int], FaultProxy],
    workstation_factory: Callable[[str], Workstation],
) -> WorldFactory:
    """``make(workstations=2, server_args=())``: a server on ``server_database`` (both kinds)
    with center BAK1, users officer1 and supervisor1 (password `PASSWORD`), a fault proxy in
    front of it, and that many workstations enrolled through the proxy, officer1 logged in."""

    def make(workstations: int = 2, server_args: tuple[str, ...] = ()) -> World:
        admin(
            server_database,
            "create-center",
            CENTER,
            "--name",
            "Bakı 1 saylı mərkəz",
            in_process=True,
        )
        for user, role in ((OFFICER, "officer"), (SUPERVISOR, "supervisor")):
            admin(
                server_database,
                "create-user",
                user,
                "--role",
                role,
                "--center",
                CENTER,
                "--password-stdin",
                stdin=PASSWORD + "\n",
                in_process=True,
            )
        server = server_factory(server_database, extra_args=list(server_args))
        world = World(server_database, server, proxy_factory(server.port), CENTER)
        world.enrol(*(workstation_factory(chr(ord("a") + i)) for i in range(workstations)))
        return world

    return make


@pytest.fixture
def world(world_factory: WorldFactory) -> World:
    """Two workstations, a and b, on a fresh server (SQLite and PostgreSQL)."""
    return world_factory(2)
