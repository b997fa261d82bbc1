"""The unit of work's driver statements (`store.driver`): they store what the ORM would
store, stay coherent with the session, and `add_and_transition` leaves what
`add_application` then `transition` leave."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from workstation.domain.errors import TransitionRefused
from workstation.domain.model import ChecklistItem, Role, Status
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, NotFound, Store
from workstation.store.audit import GENESIS, chain_values
from workstation.store.mapping import (
    application_values,
    checklist_values,
    name_key,
    person_values,
)
from workstation.store.outbox import outbox_values
from workstation.store.search import document_text
from workstation.store.tables import (
    ApplicationRow,
    AuditEventRow,
    ChecklistItemRow,
    MetaRow,
    NumberLeaseRow,
    OutboxRow,
    PersonRow,
)

from .store_factory import make_application, make_person
from .tables_dump import dump_tables

AT = dt.datetime(2026, 6, 1, 8, 30, 15, 123456, tzinfo=dt.UTC)
ACTOR = Actor(user="aliyev", workstation_id="WS-BAK-01")
ODD = 'a"b\\c\nd\te\x01f\u2028g😀h ə’'


@dataclasses.dataclass(frozen=True)
class _Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


def _open(tmp_path: Path, name: str) -> Store:
    return open_store(DataDir(tmp_path / name), create=True, clock=lambda: AT)


def _orm_writes(store: Store, persons: list[Any], apps: list[Any]) -> None:
    """What the unit of work stored through the ORM before it sent rows to the driver."""
    session = store.write_session()
    seq, head = 0, (0, GENESIS)

    def record(entity: str, entity_id: str, changed: dict[str, Any]) -> None:
        nonlocal seq, head
        seq += 1
        session.add(
            OutboxRow(
                **outbox_values(
                    client_seq=seq,
                    entity=entity,
                    entity_id=entity_id,
                    op="create",
                    base_version=0,
                    changed=changed,
                    prev={},
                    at=AT,
                )
            )
        )
        values = chain_values(
            *head,
            at=AT,
            actor=ACTOR.user,
            workstation_id=ACTOR.workstation_id,
            action=f"{entity}.create",
            entity=entity,
            entity_id=entity_id,
        )
        session.add(AuditEventRow(**values))
        head = (values["seq"], values["hash"])

    with session.begin():
        for person in persons:
            session.add(PersonRow(**person_values(person), updated_at=AT, deleted=False))
            record("person", person.id, person_to_dict(person))
        session.flush()
        by_id = {p.id: p for p in persons}
        for rowid, app in enumerate(apps, 1):
            p = by_id[app.person_id]
            session.add(
                ApplicationRow(
                    **application_values(app),
                    sync_state="pending",
                    search_rowid=rowid,
                    applicant_key=name_key(p.surname, p.given_names, p.patronymic),
                    updated_at=AT,
                    deleted=False,
                )
            )
            session.flush()
            for item in checklist_values(app):
                session.add(ChecklistItemRow(**item))
            body = document_text(
                surname=p.surname,
                given_names=p.given_names,
                patronymic=p.patronymic,
                document_number=p.document.number,
                fin=p.fin,
                pin=p.pin,
                number=app.number,
            )
            session.execute(
                text("INSERT INTO search_index(rowid, body) VALUES (:r, :b)"),
                {"r": rowid, "b": body},
            )
            record("application", app.id, application_to_dict(app))
        session.add(MetaRow(key="outbox.last_client_seq", value=str(seq)))
    session.close()


def test_driver_rows_are_what_the_orm_stores(tmp_path: Path) -> None:
    rng = random.Random(3)
    persons = [make_person(rng) for _ in range(5)]
    persons.append(make_person(rng, surname="O'Neil", address=ODD, patronymic="Əli oğlu"))
    apps = [make_application(p, i, rng) for i, p in enumerate(persons, 1)]
    apps.append(
        make_application(
            persons[0],
            99,
            rng,
            number="",
            received_at=None,
            due_date=None,
            fields={"z": None, "a": True, ODD: ODD},
            checklist=(ChecklistItem("photo", note=ODD, attachment_sha256="ab" * 32),),
        )
    )
    ours, reference = _open(tmp_path, "ours"), _open(tmp_path, "orm")
    try:
        with ours.unit_of_work(ACTOR) as uow:
            for person in persons:
                uow.add_person(person)
            for app in apps:
                uow.add_application(app)
        _orm_writes(reference, persons, apps)
        expected, got = dump_tables(reference, meta=True), dump_tables(ours, meta=True)
        for table in expected:
            assert got[table] == expected[table], table
    finally:
        ours.close()
        reference.close()


def _draft(rng: random.Random, person: Any) -> Any:
    return make_application(
        person, 7, rng, status=Status.DRAFT, received_at=None, received_by="", history=()
    )


def test_add_and_transition_leaves_what_add_then_transition_leave(tmp_path: Path) -> None:
    rng = random.Random(5)
    person = make_person(rng, address=ODD)
    app = _draft(rng, person)
    dumps = []
    for name in ("two steps", "one step"):
        store = _open(tmp_path, name)
        try:
            with store.unit_of_work(ACTOR) as uow:
                uow.add_person(person)
                if name == "two steps":
                    uow.add_application(app)
                    after = uow.transition(app.id, "receive", Role.OFFICER)
                else:
                    after = uow.add_and_transition(app, "receive", Role.OFFICER)
                assert after.status is Status.RECEIVED
                assert after.received_at == AT
            with store.read() as r:
                assert r.applications.get(app.id) == after
            dumps.append(dump_tables(store, meta=True))
        finally:
            store.close()
    two, one = dumps
    for table in two:
        assert one[table] == two[table], table
    assert [row[3] for row in one["outbox"]] == ["create", "create", "update"]


def test_refused_add_and_transition_writes_nothing(store: Store) -> None:
    rng = random.Random(6)
    person = make_person(rng)
    app = _draft(rng, person)
    with store.unit_of_work(ACTOR) as uow:
        uow.add_person(person)
        with pytest.raises(TransitionRefused):
            uow.add_and_transition(app, "approve", Role.SUPERVISOR)
    with store.read() as r:
        assert r.applications.find(app.id) is None
        assert [e.entity for e in r.outbox.pending()] == ["person"]
        assert len(r.audit.events()) == 1


def test_driver_statements_follow_pending_orm_changes(store: Store) -> None:
    """A person the session holds but has not flushed yet is there for the driver's
    statements (the session is flushed before them)."""
    rng = random.Random(8)
    person = make_person(rng)
    app = make_application(person, 1, rng)
    with store.unit_of_work(ACTOR) as uow:
        uow.session.add(PersonRow(**person_values(person), updated_at=AT, deleted=False))
        uow.add_application(app)
    with store.read() as r:
        assert r.applications.get(app.id).person_id == person.id


def test_session_sees_what_the_driver_changed(store: Store) -> None:
    """A leased number taken by a driver statement is not hidden by the row the session
    held from before (it is expired)."""
    with store.unit_of_work(ACTOR) as uow:
        uow.add_lease(_Lease("L1", "application", "2026", 10, 20))
        held = uow.session.get(NumberLeaseRow, "L1")
        assert held is not None
        assert held.next == 10
        assert [uow.take_number("application", "2026") for _ in range(2)] == [10, 11]
        again = uow.session.get(NumberLeaseRow, "L1")
        assert again is not None
        assert again.next == 12


def test_adding_an_application_of_a_missing_person_is_refused(store: Store) -> None:
    rng = random.Random(9)
    app = make_application(make_person(rng), 1, rng)
    with pytest.raises(NotFound), store.unit_of_work(ACTOR) as uow:
        uow.add_application(app)


def test_document_number_probe_matches_the_lookup(store: Store) -> None:
    """`has_document_number` answers what `by_document_number` finds: case, spaces and
    dashes ignored, deleted persons not, a person the session holds unflushed seen."""
    rng = random.Random(10)
    kept = make_person(rng)
    gone = make_person(rng)
    with store.unit_of_work(ACTOR) as uow:
        uow.add_person(kept)
        uow.add_person(gone)
    with store.read() as r:
        r.session.execute(text("UPDATE persons SET deleted = 1 WHERE id = :id"), {"id": gone.id})
        r.session.commit()
    pending = make_person(rng)
    typed = kept.document.number.lower()
    spaced = f"{typed[:3]} {typed[3:5]}-{typed[5:]}"
    with store.unit_of_work(ACTOR) as uow:
        uow.session.add(PersonRow(**person_values(pending), updated_at=AT, deleted=False))
        for number, found in (
            (spaced, True),
            (gone.document.number, False),
            (pending.document.number, True),
            ("", False),
            ("--", False),
        ):
            assert uow.persons.has_document_number(number) is found, number
            assert bool(uow.persons.by_document_number(number)) is found, number
