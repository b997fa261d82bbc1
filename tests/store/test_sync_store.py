"""Store additions for sync: leased numbers, pulled changes, push results."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.store.store_factory import make_application, make_person
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.store import Actor, Store
from workstation.store import pull as pull_module
from workstation.store.conflicts import count_open, open_conflicts
from workstation.store.leases import NoNumbersLeft, leases_left, void_remaining
from workstation.store.pull import apply_changes
from workstation.store.pushstate import pending_mutations, record_push_results
from workstation.store.syncmeta import pull_cursor, server_epoch
from workstation.store.tables import ApplicationRow, OutboxRow, ParkedChangeRow

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


@dataclass(frozen=True)
class Change:
    seq: int
    entity: str
    entity_id: str
    version: int
    data: dict[str, Any]
    deleted: bool = False


@dataclass(frozen=True)
class Field:
    field: str
    base: Any = None
    client: Any = None
    server: Any = None


@dataclass(frozen=True)
class Result:
    mutation_id: str
    status: str
    version: int | None = None
    code: str = ""
    reason: str = ""
    conflict_id: str | None = None
    fields: list[Field] = field(default_factory=list)


def _outbox_count(store: Store) -> int:
    with store.read() as r:
        return int(r.session.scalar(select(func.count()).select_from(OutboxRow)) or 0)


# -- leased numbers ----------------------------------------------------------------------


def test_numbers_are_taken_in_order_and_never_twice(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        uow.add_lease(Lease("L2", "application", "2026", 11, 12))
        uow.add_lease(Lease("L1", "application", "2026", 1, 2))
        uow.add_lease(Lease("L1", "application", "2026", 1, 2))  # a replayed answer: no-op
    taken = []
    for _ in range(4):
        with store.unit_of_work(actor) as uow:
            taken.append(uow.take_number("application", "2026"))
    assert taken == [1, 2, 11, 12]
    with (
        pytest.raises(NoNumbersLeft, match="connect to the server"),
        store.unit_of_work(actor) as uow,
    ):
        uow.take_number("application", "2026")
    with store.read() as r:
        assert r.leases_left("application", "2026") == 0


def test_number_and_outbox_row_commit_together(store: Store, actor: Actor) -> None:
    person = make_person()
    with store.unit_of_work(actor) as uow:
        uow.add_lease(Lease("L1", "application", "2026", 1, 100))
        uow.add_person(person)
    before = _outbox_count(store)

    def crash() -> None:
        with store.unit_of_work(actor) as uow:
            number = uow.new_application_number("BAK", 2026)
            assert number == "BAK-2026-0000001"
            uow.add_application(make_application(person, 0, number=number))
            raise RuntimeError("power cut before commit")

    with pytest.raises(RuntimeError):
        crash()
    assert _outbox_count(store) == before
    with store.read() as r:
        assert r.leases_left("application", "2026") == 100  # the number came back

    with store.unit_of_work(actor) as uow:
        number = uow.new_application_number("BAK", 2026)
        uow.add_application(make_application(person, 0, number=number))
    assert number == "BAK-2026-0000001"
    assert _outbox_count(store) == before + 1
    with store.read() as r:
        assert r.leases_left("application", "2026") == 99
        assert r.applications.by_number(number) is not None


def test_void_remaining_uses_up_the_block(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        uow.add_lease(Lease("C1", "card", "MYİ", 5, 9))
        assert uow.take_number("card", "MYİ") == 5
        assert void_remaining(uow.session, "C1", NOW) == [6, 7, 8, 9]
        assert leases_left(uow.session, "card", "MYİ") == 0


# -- pulled changes ---------------------------------------------------------------------


def _server_pair(version: int = 3) -> tuple[Change, Change, Any, Any]:
    person = make_person()
    app = make_application(person, 42, number="BAK-2026-0000042")
    return (
        Change(1, "person", person.id, version, person_to_dict(person)),
        Change(2, "application", app.id, version, application_to_dict(app)),
        person,
        app,
    )


def test_apply_changes_upserts_at_server_version_without_outbox(store: Store, actor: Actor) -> None:
    p_change, a_change, person, app = _server_pair()
    with store.unit_of_work(actor) as uow:
        # the application first: the page is reordered so that its person comes first
        summary = apply_changes(uow.session, [a_change, p_change], 2, "E1")
    assert summary.applied == 2
    assert _outbox_count(store) == 0
    with store.read() as r:
        stored = r.applications.get(app.id)
        assert stored == dataclasses.replace(app, version=3)
        assert r.persons.get(person.id).version == 3
        assert r.applications.sync_state(app.id) == "synced"
        assert [row.id for row in r.queue.search(person.surname)] == [app.id]
        assert (pull_cursor(r.session), server_epoch(r.session)) == (2, "E1")

    newer = dataclasses.replace(app, assignee="karimov")
    with store.unit_of_work(actor) as uow:
        apply_changes(
            uow.session, [Change(5, "application", app.id, 4, application_to_dict(newer))], 5, "E1"
        )
    with store.read() as r:
        assert r.applications.get(app.id).assignee == "karimov"
        assert r.applications.get(app.id).version == 4


def test_tombstone_marks_deleted(store: Store, actor: Actor) -> None:
    p_change, a_change, _person, app = _server_pair()
    with store.unit_of_work(actor) as uow:
        apply_changes(uow.session, [p_change, a_change], 2, "E1")
    with store.unit_of_work(actor) as uow:
        apply_changes(
            uow.session, [dataclasses.replace(a_change, seq=3, version=4, deleted=True)], 3, "E1"
        )
    with store.read() as r:
        assert r.applications.find(app.id) is None
        row = r.session.get(ApplicationRow, app.id)
        assert row is not None
        assert (row.deleted, row.version) == (True, 4)


def test_pending_local_change_is_rebased_not_overwritten(store: Store, actor: Actor) -> None:
    p_change, a_change, _person, app = _server_pair()
    with store.unit_of_work(actor) as uow:
        apply_changes(uow.session, [p_change, a_change], 2, "E1")
    with store.unit_of_work(actor) as uow:  # a local edit, not pushed yet
        uow.update_application(
            dataclasses.replace(uow.applications.get(app.id), payment_ref="PAY-1")
        )
    server = dataclasses.replace(app, assignee="hasanova")  # someone else's edit
    with store.unit_of_work(actor) as uow:
        apply_changes(
            uow.session, [Change(7, "application", app.id, 4, application_to_dict(server))], 7, "E1"
        )
    with store.read() as r:
        stored = r.applications.get(app.id)
        assert (stored.assignee, stored.payment_ref, stored.version) == ("hasanova", "PAY-1", 4)
        assert r.applications.sync_state(app.id) == "pending"
        assert len(r.outbox.pending()) == 1


def test_failure_mid_page_keeps_the_old_cursor(
    store: Store, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    p_change, a_change, person, app = _server_pair()
    with store.unit_of_work(actor) as uow:
        apply_changes(uow.session, [p_change], 1, "E1")

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setitem(pull_module._WRITERS, "application", broken)
    with pytest.raises(OSError, match="disk full"), store.unit_of_work(actor) as uow:
        apply_changes(
            uow.session,
            [dataclasses.replace(p_change, seq=3, version=4), dataclasses.replace(a_change, seq=4)],
            4,
            "E1",
        )
    with store.read() as r:
        assert pull_cursor(r.session) == 1
        assert r.persons.get(person.id).version == 3
        assert r.applications.find(app.id) is None


def test_change_before_its_person_is_parked_then_applied(store: Store, actor: Actor) -> None:
    p_change, a_change, _person, app = _server_pair()
    with store.unit_of_work(actor) as uow:
        summary = apply_changes(uow.session, [a_change], 2, "E1")
    assert summary.parked == 1
    with store.read() as r:
        assert r.applications.find(app.id) is None
        assert pull_cursor(r.session) == 2
    with store.unit_of_work(actor) as uow:
        summary = apply_changes(uow.session, [dataclasses.replace(p_change, seq=3)], 3, "E1")
    assert summary.unparked == 1
    with store.read() as r:
        assert r.applications.get(app.id).version == 3
        assert r.session.scalar(select(func.count()).select_from(ParkedChangeRow)) == 0


def test_pulled_conflicts_are_stored(store: Store, actor: Actor) -> None:
    record = {
        "conflict_id": "C-1",
        "entity": "application",
        "entity_id": "A-1",
        "mutation_id": "M-1",
        "workstation_id": "WS-2",
        "username": "karimov",
        "fields": [{"field": "assignee", "base": "", "client": "a", "server": "b"}],
        "created_at": "2026-05-04T10:00:00Z",
    }
    with store.unit_of_work(actor) as uow:
        apply_changes(uow.session, [Change(9, "conflict", "C-1", 1, record)], 9, "E1")
    with store.read() as r:
        assert count_open(r.session) == 1
    with store.unit_of_work(actor) as uow:
        apply_changes(
            uow.session, [Change(10, "conflict", "C-1", 2, {**record, "resolved": True})], 10, "E1"
        )
    with store.read() as r:
        assert count_open(r.session) == 0


# -- push results -----------------------------------------------------------------------


def test_push_results_are_recorded(store: Store, actor: Actor) -> None:
    people = [make_person() for _ in range(3)]
    with store.unit_of_work(actor) as uow:
        for i, person in enumerate(people):
            uow.add_person(person)
            uow.add_application(make_application(person, i + 1))
    with store.read() as r:
        batch = pending_mutations(r.session, 100)
    apps = [m for m in batch if m.entity == "application"]
    assert [m.client_seq for m in batch] == sorted(m.client_seq for m in batch)
    results = [Result(m.mutation_id, "applied", version=1) for m in batch if m.entity == "person"]
    results += [
        Result(apps[0].mutation_id, "applied", version=1),
        Result(apps[1].mutation_id, "rejected", code="number_not_leased", reason="not leased"),
        Result(
            apps[2].mutation_id,
            "conflict",
            version=2,
            conflict_id="C-9",
            fields=[Field("assignee", "", "a", "b")],
        ),
    ]
    with store.unit_of_work(actor) as uow:
        summary = record_push_results(
            uow.session, results, workstation_id="WS", username="aliyev", now=NOW
        )
    assert (summary.applied, summary.rejected, summary.conflicts) == (4, 1, 1)
    with store.read() as r:
        assert r.applications.sync_state(apps[0].entity_id) == "synced"
        assert r.applications.get(apps[0].entity_id).version == 1
        assert r.applications.sync_state(apps[1].entity_id) == "rejected"
        assert r.applications.find(apps[1].entity_id) is not None  # local data stays
        [rejected] = r.outbox.by_state("rejected")
        assert "not leased" in rejected.result_reason
        assert r.applications.sync_state(apps[2].entity_id) == "conflict"
        [conflict] = open_conflicts(r.session)
        assert (conflict.conflict_id, conflict.entity_id) == ("C-9", apps[2].entity_id)
        assert pending_mutations(r.session) == []
