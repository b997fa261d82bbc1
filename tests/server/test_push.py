"""Push: create, replay, rejections, merges, conflicts, decisions, roles, numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.server.harness import Harness, Session
from tests.server.records import pair, without_id

NUMBER = "BAK1-2026-0000001"


@dataclass
class World:
    officer: Session
    supervisor: Session
    person: dict[str, Any]
    app: dict[str, Any]


@pytest.fixture
def world(server: Harness, center: str) -> World:
    officer = server.station("officer1")
    supervisor = server.station("super1")
    officer.lease("application", "2026", 100)
    person, app = pair("under_review", NUMBER)
    results = officer.push(
        officer.mutation("person", person["id"], "create", changed=without_id(person)),
        officer.mutation("application", app["id"], "create", changed=without_id(app)),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return World(officer, supervisor, person, app)


def _decision(app: dict[str, Any], outcome: str, by: str, reason: str = "") -> dict[str, Any]:
    at = "2026-06-02T10:00:00.000000Z"
    step = {"at": at, "by": by, "from": "under_review", "to": outcome, "reason": reason}
    return {
        "status": outcome,
        "history": [*app["history"], step],
        "decision": {"outcome": outcome, "by": by, "at": at, "reason": reason},
    }


def _prev(app: dict[str, Any], keys: Any) -> dict[str, Any]:
    return {k: app.get(k) for k in keys}


def test_replay_returns_the_stored_result(world: World) -> None:
    m = world.officer.mutation(
        "application",
        world.app["id"],
        "update",
        base_version=1,
        changed={"assignee": "officer1"},
        prev={"assignee": world.app["assignee"]},
    )
    first = world.officer.push_one(m)
    assert first["status"] == "applied"
    assert first["version"] == 2
    again = world.officer.push_one(m)
    assert again == first
    assert world.officer.pull()["changes"][-1]["version"] == 2


def test_a_rejected_mutation_does_not_block_the_next(world: World) -> None:
    bad = world.officer.mutation("person", "p-1", "create", changed={"surname": "X"})
    unknown = world.officer.mutation("person", "nope", "update", changed={"phone": "1"})
    good = world.officer.mutation(
        "person",
        world.person["id"],
        "update",
        base_version=1,
        changed={"phone": "+994501234567"},
        prev={"phone": world.person["phone"]},
    )
    results = world.officer.push(bad, unknown, good)
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert results[0]["code"] == "invalid_record"
    assert results[1]["code"] == "not_found"
    assert results[0]["reason"]


def test_stale_update_of_other_fields_merges(world: World) -> None:
    a = world.officer.mutation(
        "application",
        world.app["id"],
        "update",
        base_version=1,
        changed={"assignee": "officer1"},
        prev={"assignee": world.app["assignee"]},
    )
    b = world.supervisor.mutation(
        "application",
        world.app["id"],
        "update",
        base_version=1,
        changed={"payment_ref": "PAY-42"},
        prev={"payment_ref": world.app["payment_ref"]},
    )
    assert world.officer.push_one(a)["status"] == "applied"
    result = world.supervisor.push_one(b)
    assert result["status"] == "applied"
    assert result["version"] == 3
    data = world.officer.pull()["changes"][-1]["data"]
    assert (data["assignee"], data["payment_ref"]) == ("officer1", "PAY-42")


def test_stale_update_of_the_same_field_is_one_conflict(world: World) -> None:
    a = world.officer.mutation(
        "application",
        world.app["id"],
        "update",
        base_version=1,
        changed={"assignee": "officer1", "payment_ref": "A"},
        prev={"assignee": world.app["assignee"], "payment_ref": world.app["payment_ref"]},
    )
    b = world.supervisor.mutation(
        "application",
        world.app["id"],
        "update",
        base_version=1,
        changed={"assignee": "super1", "fee_tier": world.app["fee_tier"]},
        prev={"assignee": world.app["assignee"], "fee_tier": world.app["fee_tier"]},
    )
    assert world.officer.push_one(a)["status"] == "applied"
    result = world.supervisor.push_one(b)
    assert result["status"] == "conflict"
    assert [f["field"] for f in result["fields"]] == ["assignee"]
    assert result["fields"][0] == {
        "field": "assignee",
        "base": world.app["assignee"],
        "client": "super1",
        "server": "officer1",
    }
    assert world.supervisor.push_one(b) == result  # a replay: still one conflict
    pulled = [c for c in world.officer.pull()["changes"] if c["entity"] == "conflict"]
    assert len(pulled) == 1
    assert pulled[0]["entity_id"] == result["conflict_id"]
    listed = world.officer.get("/conflicts").json()
    assert [c["conflict_id"] for c in listed] == [result["conflict_id"]]
    assert listed[0]["username"] == "super1"
    app = [c for c in world.officer.pull()["changes"] if c["entity"] == "application"][-1]
    assert app["data"]["assignee"] == "officer1"

    resolve = world.supervisor.mutation(
        "conflict",
        result["conflict_id"],
        "update",
        changed={"resolved": True, "resolution": "officer1 keeps it"},
    )
    assert world.supervisor.push_one(resolve)["status"] == "applied"
    assert world.officer.get("/conflicts").json() == []
    resolved = world.officer.get("/conflicts", params={"resolved": "true"}).json()
    assert resolved[0]["resolved_by"] == "super1"
    latest = [c for c in world.officer.pull()["changes"] if c["entity"] == "conflict"]
    assert latest[-1]["data"]["resolved"] is True


def test_two_decisions_are_a_conflict(world: World, server: Harness) -> None:
    server.user("super2", role="supervisor")
    other = server.station("super2")
    approve = _decision(world.app, "approved", "super1")
    refuse = _decision(world.app, "refused", "super2", "documents forged")
    keys = ("status", "history", "decision")
    first = world.supervisor.push_one(
        world.supervisor.mutation(
            "application",
            world.app["id"],
            "update",
            base_version=1,
            changed=approve,
            prev=_prev(world.app, keys),
        )
    )
    assert first["status"] == "applied", first
    second = other.push_one(
        other.mutation(
            "application",
            world.app["id"],
            "update",
            base_version=1,
            changed=refuse,
            prev=_prev(world.app, keys),
        )
    )
    assert second["status"] == "conflict"
    assert {f["field"] for f in second["fields"]} == set(keys)
    app = [c for c in other.pull()["changes"] if c["entity"] == "application"][-1]["data"]
    assert app["status"] == "approved"
    assert app["decision"]["by"] == "super1"


def test_stale_status_change_replays_from_the_server_status(world: World) -> None:
    """An edit and a status change made on the same base both land, history appended."""
    keys = ("status", "history", "decision")
    edit = world.officer.mutation(
        "application",
        world.app["id"],
        "update",
        base_version=1,
        changed={"assignee": "officer1"},
        prev={"assignee": world.app["assignee"]},
    )
    assert world.officer.push_one(edit)["status"] == "applied"
    approve = _decision(world.app, "approved", "super1")
    result = world.supervisor.push_one(
        world.supervisor.mutation(
            "application",
            world.app["id"],
            "update",
            base_version=1,
            changed=approve,
            prev=_prev(world.app, keys),
        )
    )
    assert result["status"] == "applied"
    app = [c for c in world.officer.pull()["changes"] if c["entity"] == "application"][-1]
    assert (app["data"]["status"], app["data"]["assignee"]) == ("approved", "officer1")
    assert app["data"]["history"][-1]["to"] == "approved"


def test_an_officer_cannot_decide(world: World) -> None:
    keys = ("status", "history", "decision")
    result = world.officer.push_one(
        world.officer.mutation(
            "application",
            world.app["id"],
            "update",
            base_version=1,
            changed=_decision(world.app, "approved", "officer1"),
            prev=_prev(world.app, keys),
        )
    )
    assert (result["status"], result["code"]) == ("rejected", "role_not_allowed")


def test_numbers_must_be_leased_to_the_workstation(world: World, server: Harness) -> None:
    for number in ("BAK1-2026-0000500", "BAK1-2025-0000002", "GNC1-2026-0000002"):
        person, app = pair("received", number)
        results = world.officer.push(
            world.officer.mutation("person", person["id"], "create", changed=without_id(person)),
            world.officer.mutation("application", app["id"], "create", changed=without_id(app)),
        )
        assert results[0]["status"] == "applied"
        assert (results[1]["status"], results[1]["code"]) == ("rejected", "number_not_leased")
    # leased to the officer's workstation, not to the supervisor's
    person, app = pair("received", "BAK1-2026-0000002")
    results = world.supervisor.push(
        world.supervisor.mutation("person", person["id"], "create", changed=without_id(person)),
        world.supervisor.mutation("application", app["id"], "create", changed=without_id(app)),
    )
    assert results[1]["code"] == "number_not_leased"


def test_create_of_an_existing_id(world: World) -> None:
    same = world.supervisor.mutation(
        "person", world.person["id"], "create", changed=without_id(world.person)
    )
    assert world.supervisor.push_one(same) == {**world.supervisor.push_one(same)}
    assert world.supervisor.push_one(same)["status"] == "applied"
    changed = {**without_id(world.person), "phone": "+994551112233"}
    other = world.supervisor.mutation("person", world.person["id"], "create", changed=changed)
    result = world.supervisor.push_one(other)
    assert result["status"] == "conflict"
    assert [f["field"] for f in result["fields"]] == ["phone"]


def test_delete_is_a_tombstone(world: World) -> None:
    person, _ = pair()
    assert (
        world.officer.push_one(
            world.officer.mutation("person", person["id"], "create", changed=without_id(person))
        )["status"]
        == "applied"
    )
    gone = world.officer.push_one(world.officer.mutation("person", person["id"], "delete"))
    assert gone["status"] == "applied"
    change = [c for c in world.officer.pull()["changes"] if c["entity_id"] == person["id"]]
    assert change[-1]["deleted"] is True
    app_delete = world.officer.push_one(
        world.officer.mutation("application", world.app["id"], "delete")
    )
    assert app_delete["status"] == "rejected"


def test_admin_export_has_the_pushed_records(world: World, server: Harness) -> None:
    import json

    from workstation.server import admin

    exported = json.loads(admin.export(server.db))
    assert [p["id"] for p in exported["persons"]] == [world.person["id"]]
    assert exported["applications"] == [world.app]


def test_a_transient_database_error_stops_the_batch_with_503(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from workstation.server import push_batch

    real = push_batch.apply_mutation
    calls = {"n": 0}

    def flaky(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OperationalError("UPDATE counters", {}, Exception("connection lost"))
        return real(*args)

    monkeypatch.setattr(push_batch, "apply_mutation", flaky)
    mutations = [
        world.officer.mutation(
            "person",
            world.person["id"],
            "update",
            base_version=1,
            changed={"phone": "+99450000000" + str(i)},
            prev={"phone": world.person["phone"]},
        )
        for i in range(3)
    ]
    response = world.officer.post("/sync/push", {"mutations": mutations})
    assert response.status_code == 503
    body = response.json()
    assert body["code"] == "server_unavailable"
    assert [r["status"] for r in body["details"]["done"]] == ["applied"]
    again = world.officer.push(*mutations)  # the first replays, the others run now
    assert again[0] == body["details"]["done"][0]
    assert [r["status"] for r in again] == ["applied", "conflict", "conflict"]
