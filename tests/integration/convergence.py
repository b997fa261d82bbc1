"""Checks shared by the sync scenarios: outbox drained, everyone holds the same data, each
mutation applied exactly once (server versions)."""

from __future__ import annotations

import json
import subprocess
import time
from typing import Any

from tests.integration.conftest import PASSWORD, World
from tests.integration.processes import Workstation
from tests.integration.serverapi import versions
from workstation.protocol.v1 import API_PREFIX

PUSH = f"{API_PREFIX}/sync/push"
PULL = f"{API_PREFIX}/sync/pull"
REFRESH = f"{API_PREFIX}/auth/refresh"


def report(done: subprocess.CompletedProcess[str]) -> dict[str, int]:
    """The JSON line `sync --once` prints."""
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from sync: {done.stdout!r} {done.stderr!r}"
    return json.loads(lines[-1])  # type: ignore[no-any-return]


def outbox(ws: Workstation) -> dict[str, int]:
    return ws.status()["outbox"]  # type: ignore[no-any-return]


def sync_until_drained(ws: Workstation, *, attempts: int = 5) -> None:
    """Syncs until nothing is pending (a bounded number of rounds)."""
    for _ in range(attempts):
        ws.sync()
        if outbox(ws)["pending"] == 0:
            return
    raise AssertionError(f"outbox of {ws.name} still pending: {outbox(ws)}")


def assert_converged(world: World, *workstations: Workstation) -> Any:
    """Every workstation syncs once more; then each one's export equals the server's."""
    for ws in workstations:
        ws.sync()
    server = world.server_export()
    for ws in workstations:
        assert ws.export() == server, f"{ws.name} differs from the server"
    return server


def server_versions(world: World, ws: Workstation) -> dict[str, int]:
    assert ws.user is not None
    return versions(world.server.url, ws.user, PASSWORD, ws.status()["workstation_id"])


def expected_versions(mutations: list[dict[str, Any]]) -> dict[str, int]:
    """What the server's version of each entity must be when each of these (applied)
    outbox rows was applied exactly once: one version per mutation."""
    counts: dict[str, int] = {}
    for row in mutations:
        counts[row["entity_id"]] = counts.get(row["entity_id"], 0) + 1
    return counts


def wait_until(predicate: Any, timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
