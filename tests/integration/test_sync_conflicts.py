"""Offline work on several workstations, then sync (DESIGN.md section 3.3 and 3.5): field
merges, conflicts that both sides see, decisions through the state machine, and leased
application numbers that never collide. Real processes, SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.integration.conftest import OFFICER, PASSWORD, SUPERVISOR, World, WorldFactory
from tests.integration.convergence import assert_converged, outbox
from tests.integration.processes import Workstation
from tests.integration.work import act, application, conflicts, edit, leases, receive_new
from workstation.domain.model import Role

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]


def _shared_application(world: World) -> str:
    """An application received on a, known to every workstation; its id."""
    first = world.workstations[0]
    first.sync()
    app = receive_new(first, OFFICER, 1, seed=5)[0]
    for ws in world.workstations:
        ws.sync()
    for ws in world.workstations:
        assert application(ws, app.id).status == app.status
    return app.id


def _server_app(world: World, app_id: str) -> dict[str, Any]:
    found = [a for a in world.server_export()["applications"] if a["id"] == app_id]
    assert len(found) == 1
    return found[0]  # type: ignore[no-any-return]


def _conflict_ids(ws: Workstation) -> set[str]:
    return {c["conflict_id"] for c in conflicts(ws)}


def test_same_field_edited_offline_on_two_workstations(world: World) -> None:
    a, b = world.workstations
    app_id = _shared_application(world)
    edit(a, OFFICER, app_id, payment_ref="AZ111111111111")
    edit(b, OFFICER, app_id, payment_ref="AZ222222222222")
    a.sync()
    b.sync()
    a.sync()
    on_server = world.server_conflicts()
    assert len(on_server) == 1, on_server
    record = on_server[0]
    assert record["entity_id"] == app_id
    assert [f["field"] for f in record["fields"]] == ["payment_ref"]
    assert _server_app(world, app_id)["payment_ref"] == "AZ111111111111"
    assert _conflict_ids(a) == _conflict_ids(b) == {record["conflict_id"]}
    assert a.status()["conflicts"] == b.status()["conflicts"] == 1
    assert outbox(b)["pending"] == 0
    assert_converged(world, a, b)


def test_different_fields_edited_offline_merge(world: World) -> None:
    a, b = world.workstations
    app_id = _shared_application(world)
    edit(a, OFFICER, app_id, payment_ref="AZ333333333333")
    edit(b, OFFICER, app_id, assignee="officer1")
    a.sync()
    b.sync()
    a.sync()
    assert world.server_conflicts() == []
    merged = _server_app(world, app_id)
    assert (merged["payment_ref"], merged["assignee"]) == ("AZ333333333333", "officer1")
    assert conflicts(a) == conflicts(b) == []
    assert outbox(a)["conflict"] == outbox(b)["conflict"] == 0
    assert_converged(world, a, b)


def test_two_decisions_on_one_application_are_a_conflict(world: World) -> None:
    a, b = world.workstations
    app_id = _shared_application(world)
    stored = application(a, app_id)
    checklist = tuple(dataclasses.replace(item, received=True) for item in stored.checklist)
    edit(a, OFFICER, app_id, checklist=checklist)
    act(a, OFFICER, app_id, "submit_for_review", Role.OFFICER)
    a.sync()
    b.sync()
    assert application(b, app_id).status.value == "under_review"
    a.use(SUPERVISOR, PASSWORD)
    b.use(SUPERVISOR, PASSWORD)
    act(a, SUPERVISOR, app_id, "approve", Role.SUPERVISOR)
    act(b, SUPERVISOR, app_id, "refuse", Role.SUPERVISOR, reason="Sənədlər natamamdır")
    a.sync()
    b.sync()
    a.sync()
    on_server = world.server_conflicts()
    assert len(on_server) == 1, on_server
    assert on_server[0]["entity_id"] == app_id
    decided = _server_app(world, app_id)
    assert decided["status"] == "approved"
    assert decided["decision"]["by"] == SUPERVISOR
    assert [h["to"] for h in decided["history"]].count("approved") == 1
    assert "refused" not in [h["to"] for h in decided["history"]]
    assert _conflict_ids(a) == _conflict_ids(b) == {on_server[0]["conflict_id"]}
    assert_converged(world, a, b)


def _side_by_side(calls: Iterable[Callable[[], object]]) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        for future in [pool.submit(call) for call in calls]:
            future.result()


def _sequence(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def test_three_workstations_take_numbers_offline(world_factory: WorldFactory) -> None:
    world = world_factory(3)
    _side_by_side(ws.sync for ws in world.workstations)  # leases, while online
    blocks = {ws.name: leases(ws) for ws in world.workstations}
    made = {  # offline: nobody syncs
        ws.name: receive_new(ws, OFFICER, 20, seed=10 + i)
        for i, ws in enumerate(world.workstations)
    }
    _side_by_side(ws.sync for ws in world.workstations)  # back online, all at once
    numbers = [app.number for apps in made.values() for app in apps]
    assert len(numbers) == len(set(numbers)) == 60
    for name, apps in made.items():
        own = [(first, last) for kind, _s, first, last in blocks[name] if kind == "application"]
        assert own, f"{name} had no application lease"
        for app in apps:
            assert any(first <= _sequence(app.number) <= last for first, last in own), app.number
    ranges = sorted(
        (first, last)
        for held in blocks.values()
        for kind, _s, first, last in held
        if kind == "application"
    )
    for (_f1, last1), (first2, _l2) in itertools.pairwise(ranges):
        assert last1 < first2, f"leases overlap: {ranges}"
    for ws in world.workstations:
        assert outbox(ws) == {"pending": 0, "rejected": 0, "conflict": 0}
    server = assert_converged(world, *world.workstations)
    assert sorted(app["number"] for app in server["applications"]) == sorted(numbers)
