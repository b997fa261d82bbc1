"""Resolving a "Needs review" conflict locally: closed here, queued for the server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.store.store_factory import make_application, make_person
from workstation.store import Actor, Store
from workstation.store.conflicts import count_open, open_for
from workstation.store.pull import apply_changes
from workstation.store.pushstate import pending_mutations


@dataclass(frozen=True)
class Change:
    seq: int
    entity: str
    entity_id: str
    version: int
    data: dict[str, Any]
    deleted: bool = False


def _conflict(app_id: str) -> dict[str, Any]:
    return {
        "conflict_id": "C-1",
        "entity": "application",
        "entity_id": app_id,
        "mutation_id": "M-1",
        "workstation_id": "WS-2",
        "username": "karimov",
        "fields": [{"field": "payment_ref", "base": "", "client": "A1", "server": "B2"}],
        "created_at": "2026-05-04T10:00:00Z",
    }


def test_resolve_closes_locally_and_queues_the_server_copy(store: Store, actor: Actor) -> None:
    person = make_person()
    app = make_application(person, 1)
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(app)
    with store.unit_of_work(actor) as uow:
        for m in pending_mutations(uow.session):
            uow.outbox.mark(m.mutation_id, "applied")
        apply_changes(uow.session, [Change(5, "conflict", "C-1", 1, _conflict(app.id))], 5, "E")
    with store.read() as r:
        assert [c.conflict_id for c in open_for(r.session, "application", app.id)] == ["C-1"]
        assert r.applications.sync_state(app.id) == "conflict"
    with store.unit_of_work(actor) as uow:
        closed = uow.resolve_conflict("C-1", "kept the server's payment_ref")
    assert (closed.resolved, closed.resolved_by) == (True, "aliyev")
    with store.read() as r:
        assert count_open(r.session) == 0
        assert open_for(r.session, "application", app.id) == []
        assert r.applications.sync_state(app.id) == "synced"
        [queued] = pending_mutations(r.session)
        assert (queued.entity, queued.entity_id, queued.op) == ("conflict", "C-1", "update")
        assert queued.changed == {"resolved": True, "resolution": "kept the server's payment_ref"}
        assert r.audit.for_entity("conflict", "C-1")[-1].action == "conflict.resolve"


def test_resolving_an_unknown_conflict_writes_nothing(store: Store, actor: Actor) -> None:
    with pytest.raises(KeyError), store.unit_of_work(actor) as uow:
        uow.resolve_conflict("nope", "")
    with store.read() as r:
        assert pending_mutations(r.session) == []
