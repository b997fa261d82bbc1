"""Sync through a misbehaving network and dying processes (DESIGN.md section 3 and 6):
real server processes on SQLite and PostgreSQL, real `workstation` processes, the fault
proxy between them. Each scenario ends with everyone converged and every mutation applied
exactly once."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.integration.conftest import OFFICER, World, WorldFactory
from tests.integration.convergence import (
    PULL,
    PUSH,
    REFRESH,
    assert_converged,
    expected_versions,
    outbox,
    report,
    server_versions,
    sync_until_drained,
    wait_until,
)
from tests.integration.processes import Workstation, tail
from tests.integration.work import (
    add_persons,
    cursor,
    outbox_rows,
    receive_new,
    receive_unleased,
)
from workstation.protocol.v1 import MAX_PULL_PAGE

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]


def _assert_applied_once(world: World, ws_rows: list[dict[str, Any]], ws: Workstation) -> None:
    applied = [row for row in ws_rows if row["state"] != "rejected"]
    expected = expected_versions(applied)
    got = server_versions(world, ws)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("parallel", [False, True], ids=["in-turn", "racing"])
def test_push_delivered_several_times_is_applied_once(world: World, parallel: bool) -> None:
    a, b = world.workstations
    a.sync()  # leases
    receive_new(a, OFFICER, 5)
    world.proxy.duplicate(times=3, parallel=parallel, path=PUSH)
    done = a.sync()
    assert report(done)["rejected"] == report(done)["conflicts"] == 0
    assert world.proxy.snapshot()["duplicated"] >= 1
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    _assert_applied_once(world, outbox_rows(a), a)
    assert world.server_conflicts() == []
    world.proxy.passthrough()
    assert_converged(world, a, b)


def test_client_killed_after_the_server_commit_before_its_acknowledgement(
    world: World,
) -> None:
    a, b = world.workstations
    a.sync()
    receive_new(a, OFFICER, 5)
    pending = outbox(a)["pending"]
    held = world.proxy.delay(response=60, count=1, path=PUSH)  # the answer never gets back
    killed = a.kill9_during(a.sync_args(), lambda: held.answered >= 1, stdin=a.password)
    assert killed, "sync ended before the server had answered its push"
    assert outbox(a)["pending"] == pending  # nothing was acknowledged locally
    world.proxy.passthrough()
    done = a.sync()
    assert report(done)["rejected"] == report(done)["conflicts"] == 0
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    _assert_applied_once(world, outbox_rows(a), a)
    assert world.server_conflicts() == []
    assert_converged(world, a, b)


def test_server_killed_in_the_middle_of_a_batch(world: World) -> None:
    a, b = world.workstations
    a.sync()
    receive_new(a, OFFICER, 100)  # 300 mutations: three batches of 100
    world.proxy.pass_through(1, path=PUSH)
    # the second batch's answer, if the server gets to send one, is held back: the
    # client cannot go on to the third batch before the server is killed (a server on
    # SQLite may apply a whole batch of 100 in less than the 50 ms below)
    second = world.proxy.delay(response=5.0, count=1, path=PUSH)
    process = a.start(*a.sync_args(), stdin=a.password)
    try:
        wait_until(lambda: second.taken >= 1, 30, "the second push batch")
        time.sleep(0.05)  # the server is applying it
        world.server.kill()
        assert process.wait(60) != 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    world.proxy.passthrough()
    world.server.start()
    sync_until_drained(a)
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    _assert_applied_once(world, outbox_rows(a), a)
    assert world.server_conflicts() == []
    assert_converged(world, a, b)


def test_truncated_pull_page_keeps_the_cursor(world: World) -> None:
    a, b = world.workstations
    b.sync()
    before = cursor(b)
    a.sync()
    receive_new(a, OFFICER, 10)
    a.sync()
    cut = world.proxy.truncate(after_bytes=300, count=1, path=PULL)
    failed = b.sync(check=False)
    assert cut.taken == 1
    assert failed.returncode != 0
    assert cursor(b) == before
    assert b.status()["applications"]["total"] == 0
    b.sync()
    assert cursor(b) > before
    assert_converged(world, a, b)


def test_truncated_second_pull_page_keeps_the_first(world: World) -> None:
    a, b = world.workstations
    # more than one page of the CLI's pull (the engine's default page, MAX_PULL_PAGE)
    persons = add_persons(a, OFFICER, MAX_PULL_PAGE * 3 // 2)
    assert persons > MAX_PULL_PAGE
    sync_until_drained(a)
    world.proxy.pass_through(1, path=PULL)
    world.proxy.truncate(after_bytes=1000, count=1, path=PULL)
    assert b.sync(check=False).returncode != 0
    first_page = cursor(b)
    kept = b.status()["persons"]
    assert first_page > 0
    assert 0 < kept < persons  # the first page landed with its cursor, the second did not
    b.sync()
    assert cursor(b) > first_page
    assert b.status()["persons"] == persons
    assert_converged(world, a, b)


def test_minutes_of_5xx_then_recovery(world: World) -> None:
    a, b = world.workstations
    a.sync()
    receive_new(a, OFFICER, 5)
    pending = outbox(a)["pending"]
    outage = world.proxy.error_5xx()
    failed = a.sync(check=False)
    assert failed.returncode != 0
    assert outbox(a)["pending"] == pending
    world.proxy.expire(outage, seconds=3)  # "minutes" of 5xx, compressed
    started = time.monotonic()
    while True:
        done = a.sync(check=False)
        if done.returncode == 0:
            break
        assert time.monotonic() - started < 30, done.stderr
        assert outbox(a)["pending"] == pending  # nothing lost, nothing half-acknowledged
        time.sleep(0.5)
    assert world.proxy.snapshot()["errors_5xx"] >= 1
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    _assert_applied_once(world, outbox_rows(a), a)
    assert_converged(world, a, b)


def test_access_token_expiring_in_the_middle_of_a_sync(world_factory: WorldFactory) -> None:
    world = world_factory(2, server_args=("--access-ttl", "1"))
    a, b = world.workstations
    a.sync()
    receive_new(a, OFFICER, 100)  # three push batches, each held back 0.8 s
    world.proxy.delay(request=0.8, path=PUSH)
    done = a.sync()
    assert report(done)["rejected"] == 0
    trail = [(e.path, e.status) for e in world.proxy.log]
    expired = [i for i, (path, status) in enumerate(trail) if status == 401]
    assert expired, f"no access token expired during the sync: {trail}"
    assert (REFRESH, 200) in trail[expired[0] :]
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    _assert_applied_once(world, outbox_rows(a), a)
    world.proxy.passthrough()
    assert_converged(world, a, b)


def test_a_rejected_mutation_does_not_block_the_good_ones(world: World) -> None:
    a, b = world.workstations
    a.sync()
    bad = receive_unleased(a, OFFICER)
    good = receive_new(a, OFFICER, 3, seed=2)
    done = a.sync()
    assert report(done)["rejected"] >= 1
    rows = outbox_rows(a)
    rejected = [row for row in rows if row["state"] == "rejected"]
    assert {row["entity_id"] for row in rejected} == {bad.id}
    assert all(row["result_reason"] for row in rejected)
    assert outbox(a)["pending"] == 0
    server = world.server_export()
    numbers = {app["number"] for app in server["applications"]}
    assert numbers == {app.number for app in good}
    again = a.sync()  # the rejected one is not sent again and blocks nothing
    assert report(again)["pushed"] == 0
    assert outbox(a)["rejected"] == len(rejected)
    b.sync()
    assert b.export() == world.server_export()


def test_continuous_sync_recovers_by_itself_after_5xx(world: World) -> None:
    a, b = world.workstations
    a.sync()
    receive_new(a, OFFICER, 5)
    outage = world.proxy.error_5xx(path=PUSH)
    process = a.start(
        "sync", "--interval", "1", "--user", OFFICER, "--password-stdin", stdin=a.password
    )

    def running(then: Callable[[], bool]) -> Callable[[], bool]:
        def check() -> bool:
            if process.poll() is not None:
                assert a.last_output is not None
                raise AssertionError(f"sync exited {process.returncode}: {tail(a.last_output[1])}")
            return then()

        return check

    try:
        wait_until(running(lambda: outage.taken >= 1), 30, "a push answered 503")
        world.proxy.expire(outage, seconds=3)  # a period of 5xx, then the server is back
        wait_until(
            running(lambda: all(row["state"] == "applied" for row in outbox_rows(a))),
            45,
            "the outbox drained by the background sync",
            interval=0.5,
        )
    finally:
        process.kill()
        process.wait(10)
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    _assert_applied_once(world, outbox_rows(a), a)
    assert_converged(world, a, b)
