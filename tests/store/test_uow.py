from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random

import pytest
from sqlalchemy import func, select, text, update

from tests.store.store_factory import make_application, make_person
from workstation.domain.errors import TransitionRefused
from workstation.domain.model import Outcome, Role, Status
from workstation.store import Actor, AlreadyExists, AuditChainBroken, NotFound, Store
from workstation.store.tables import (
    ApplicationRow,
    AuditEventRow,
    OutboxRow,
    PersonRow,
)


def _counts(store: Store) -> tuple[int, int, int, int]:
    with store.read() as r:
        s = r.session
        return (
            s.scalar(select(func.count()).select_from(PersonRow)) or 0,
            s.scalar(select(func.count()).select_from(ApplicationRow)) or 0,
            s.scalar(select(func.count()).select_from(OutboxRow)) or 0,
            s.scalar(select(func.count()).select_from(AuditEventRow)) or 0,
        )


def test_mutation_writes_entity_outbox_and_audit(store: Store, actor: Actor) -> None:
    person = make_person()
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
    assert _counts(store) == (1, 0, 1, 1)
    with store.read() as r:
        assert r.persons.get(person.id) == person
        [entry] = r.outbox.pending()
        assert (entry.entity, entry.entity_id, entry.op, entry.base_version) == (
            "person",
            person.id,
            "create",
            0,
        )
        assert entry.changed["surname"] == person.surname
        [event] = r.audit.events()
        assert (event.action, event.entity_id, event.actor) == (
            "person.create",
            person.id,
            "aliyev",
        )
        assert event.workstation_id == "WS-BAK-01"


def test_exception_inside_unit_of_work_leaves_nothing(store: Store, actor: Actor) -> None:
    person = make_person()

    def crash() -> None:
        with store.unit_of_work(actor) as uow:
            uow.add_person(person)
            uow.add_application(make_application(person, 1))
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        crash()
    assert _counts(store) == (0, 0, 0, 0)
    with store.read() as r:
        assert r.persons.find(person.id) is None
        assert r.queue.search(person.surname) == []


def test_duplicates_and_dangling_references_are_refused(store: Store, actor: Actor) -> None:
    person = make_person()
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(make_application(person, 1))
    with pytest.raises(AlreadyExists), store.unit_of_work(actor) as uow:
        uow.add_person(person)
    with pytest.raises(AlreadyExists, match="BAK-2024-0000001"), store.unit_of_work(actor) as uow:
        uow.add_application(make_application(person, 1))
    with pytest.raises(NotFound), store.unit_of_work(actor) as uow:
        uow.add_application(make_application(make_person(), 2))
    assert _counts(store) == (1, 1, 2, 2)


def test_client_seq_strictly_increasing_without_gaps(store: Store, actor: Actor) -> None:
    rng = random.Random(1)
    people = [make_person(rng) for _ in range(5)]
    with store.unit_of_work(actor) as uow:
        for p in people[:3]:
            uow.add_person(p)

    def crash() -> None:
        with store.unit_of_work(actor) as uow:
            uow.add_person(people[3])
            raise RuntimeError("rolled back: its seq must be reused")

    with pytest.raises(RuntimeError):
        crash()
    with store.unit_of_work(actor) as uow:
        uow.add_person(people[4])
        uow.update_person(dataclasses.replace(people[4], phone="+994501234567"))
    with store.unit_of_work(actor) as uow:
        uow.add_many(people[3:4], [make_application(p, i) for i, p in enumerate(people, 1)])
    with store.read() as r:
        entries = r.outbox.pending(1000)
    assert [e.client_seq for e in entries] == list(range(1, len(entries) + 1))
    assert len(entries) == 3 + 2 + 1 + 5
    assert len({e.mutation_id for e in entries}) == len(entries)


def test_update_writes_only_changed_keys_and_base_version(store: Store, actor: Actor) -> None:
    person = make_person(phone="+994501112233")
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
    with store.read() as r:  # the server applied it at version 7
        r.session.execute(update(PersonRow).values(version=7))
        r.session.commit()
    edited = dataclasses.replace(
        person,
        phone="+994559998877",
        document=dataclasses.replace(person.document, number="C99999999"),
    )
    with store.unit_of_work(actor) as uow:
        assert uow.update_person(edited) is True
        assert uow.update_person(edited) is False  # nothing more changed
    with store.read() as r:
        entry = r.outbox.pending()[-1]
        assert r.persons.get(person.id) == dataclasses.replace(edited, version=7)
        assert r.persons.by_document_number("c 9999-9999")[0].id == person.id
        assert r.outbox.count() == 2
    assert entry.op == "update"
    assert entry.base_version == 7
    assert set(entry.changed) == {"phone", "document"}
    assert entry.changed["phone"] == "+994559998877"
    assert entry.prev["phone"] == "+994501112233"
    assert entry.prev["document"]["number"] == person.document.number


def test_update_application_changes_fields_but_not_status(store: Store, actor: Actor) -> None:
    person = make_person()
    app = make_application(person, 1, status=Status.RECEIVED)
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(app)
    edited = dataclasses.replace(app, assignee="karimov", fields={**app.fields, "months": 3})
    with store.unit_of_work(actor) as uow:
        assert uow.update_application(edited)
    with store.read() as r:
        assert r.applications.get(app.id) == edited
        entry = r.outbox.pending()[-1]
    assert set(entry.changed) == {"assignee", "fields"}
    with pytest.raises(TransitionRefused), store.unit_of_work(actor) as uow:
        uow.update_application(dataclasses.replace(edited, status=Status.APPROVED))


def test_transitions_append_history_and_decision(store: Store, actor: Actor) -> None:
    person = make_person()
    app = make_application(person, 1, status=Status.UNDER_REVIEW, history=())
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(app)
    when = dt.datetime(2024, 5, 2, 10, 0, tzinfo=dt.UTC)
    boss = Actor("hasanova", "WS-BAK-01")
    with store.unit_of_work(boss) as uow:
        result = uow.transition(app.id, "approve", Role.SUPERVISOR, when=when)
    assert result.status == Status.APPROVED
    assert result.decision is not None
    assert (result.decision.outcome, result.decision.by, result.decision.at) == (
        Outcome.APPROVED,
        "hasanova",
        when,
    )
    with store.read() as r:
        stored = r.applications.get(app.id)
        entry = r.outbox.pending()[-1]
        events = r.audit.for_entity("application", app.id)
    assert stored == result
    assert stored.history[-1].from_status == Status.UNDER_REVIEW
    assert set(entry.changed) == {"status", "history", "decision"}
    assert entry.prev["status"] == "under_review"
    assert events[-1].action == "application.approve"


def test_refused_transition_writes_nothing(store: Store, actor: Actor) -> None:
    person = make_person()
    app = make_application(person, 1, status=Status.UNDER_REVIEW)
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(app)
    before = _counts(store)
    with store.unit_of_work(actor) as uow:
        with pytest.raises(TransitionRefused) as refused:
            uow.transition(app.id, "approve", Role.OFFICER)  # officers do not decide
        assert refused.value.code == "role_not_allowed"
        with pytest.raises(TransitionRefused):
            uow.transition(app.id, "refuse", Role.SUPERVISOR)  # no reason
        with pytest.raises(TransitionRefused):
            uow.transition(app.id, "issue", Role.OFFICER)  # not from under_review
    assert _counts(store) == before
    with store.read() as r:
        assert r.applications.get(app.id) == app


def test_audit_hash_chain_links_and_detects_tampering(store: Store, actor: Actor) -> None:
    rng = random.Random(3)
    for i in range(4):
        person = make_person(rng)
        with store.unit_of_work(actor) as uow:
            uow.add_person(person)
            uow.add_application(make_application(person, i + 1))
            uow.audit_event("permit.print", "application", person.id)
    with store.read() as r:
        events = r.audit.events()
        assert r.audit.verify() == 12
    assert [e.seq for e in events] == list(range(1, 13))
    assert events[0].prev_hash == "0" * 64
    for previous, event in itertools.pairwise(events):
        assert event.prev_hash == previous.hash
    with store.read() as r:
        r.session.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 5"))
        r.session.commit()
        with pytest.raises(AuditChainBroken, match="event 5"):
            r.audit.verify()


def test_audit_events_hold_no_personal_data(store: Store, actor: Actor) -> None:
    person = make_person(surname="Məmmədov", given_names="Gülnarə")
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
    with store.read() as r:
        rows = r.session.execute(text("SELECT * FROM audit_events")).all()
    flat = " ".join(str(v) for row in rows for v in row)
    assert "Məmmədov" not in flat
    assert person.document.number not in flat


def test_add_many_bulk_import(store: Store, actor: Actor) -> None:
    rng = random.Random(5)
    people = [make_person(rng) for _ in range(300)]
    apps = [make_application(p, i, rng) for i, p in enumerate(people, 1)]
    with store.unit_of_work(actor) as uow:
        assert uow.add_many(people, apps) == 600
    assert _counts(store) == (300, 300, 600, 600)
    with store.read() as r:
        assert r.applications.get(apps[17].id) == apps[17]
        assert r.persons.get(people[42].id) == people[42]
        assert r.audit.verify() == 600
        assert r.queue.search(apps[99].number)[0].id == apps[99].id
        snapshot = r.all_for_export()
    assert [a.number for a in snapshot.applications] == sorted(a.number for a in apps)
    assert len(snapshot.persons) == 300
    with pytest.raises(AlreadyExists), store.unit_of_work(actor) as uow:
        uow.add_many([], [dataclasses.replace(apps[0], id="x")])
    with pytest.raises(NotFound), store.unit_of_work(actor) as uow:
        uow.add_many([], [make_application(make_person(), 9999)])
    assert _counts(store) == (300, 300, 600, 600)


def test_outbox_mark_updates_sync_state(store: Store, actor: Actor) -> None:
    person = make_person()
    app = make_application(person, 1)
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(app)
    with store.read() as r:
        entries = r.outbox.pending()
    with store.unit_of_work(actor) as uow:
        uow.outbox.mark(entries[0].mutation_id, "applied")
        uow.outbox.mark(entries[1].mutation_id, "rejected", "unknown service")
    with store.read() as r:
        assert r.outbox.count() == 0
        assert r.applications.sync_state(app.id) == "rejected"
        assert r.outbox.by_state("rejected")[0].result_reason == "unknown service"
