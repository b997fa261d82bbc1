"""Writing the server's state of one entity into the local tables (no outbox, no audit).

Rows are built by the store's own mapping (`person_values`, `application_values`,
`checklist_values`) and indexed by the same search code as local changes. Rows with
local mutations still waiting to be pushed are rebased: the server's state, then the
pending mutations' ``changed`` keys on top, in client_seq order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from workstation.domain.model import Permit
from workstation.domain.serialize import (
    application_from_dict,
    permit_from_dict,
    person_from_dict,
)
from workstation.store import search
from workstation.store.applications import set_applicant_key
from workstation.store.conflicts import has_open
from workstation.store.mapping import application_values, checklist_values, person_values
from workstation.store.tables import (
    ApplicationRow,
    ChecklistItemRow,
    OutboxRow,
    PermitRow,
    PersonRow,
    PrintJournalRow,
)

WAITING = ("pending", "sent")


@dataclass(frozen=True, slots=True)
class Incoming:
    """The server's state of one entity, as a pulled change carries it."""

    entity: str
    entity_id: str
    version: int
    deleted: bool
    data: dict[str, Any]


class MissingReference(Exception):
    """The change refers to a record that is not here yet (parked until it is)."""


def waiting_changes(session: Session, entity: str, entity_id: str) -> list[dict[str, Any]]:
    """The ``changed`` payloads of the entity's mutations not yet answered, in order."""
    rows = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.entity == entity,
            OutboxRow.entity_id == entity_id,
            OutboxRow.state.in_(WAITING),
        )
        .order_by(OutboxRow.client_seq)
    )
    return [dict(row.changed) for row in rows if row.op != "delete"]


def rebased(data: dict[str, Any], waiting: list[dict[str, Any]]) -> dict[str, Any]:
    merged = dict(data)
    for changed in waiting:
        merged.update(changed)
    return merged


def _search_body(person: PersonRow, number: str | None) -> str:
    return search.document_text(
        surname=person.surname,
        given_names=person.given_names,
        patronymic=person.patronymic,
        document_number=person.document_number,
        fin=person.fin,
        pin=person.pin,
        number=number or "",
    )


def application_sync_state(session: Session, app_id: str, current: str | None) -> str:
    """pending (local mutations wait) > conflict (open "Needs review" entry) >
    rejected (kept until the officer acts) > synced."""
    waiting = session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(
            OutboxRow.entity == "application",
            OutboxRow.entity_id == app_id,
            OutboxRow.state.in_(WAITING),
        )
    )
    if waiting:
        return "pending"
    if has_open(session, "application", app_id):
        return "conflict"
    return "rejected" if current == "rejected" else "synced"


def write_person(session: Session, change: Incoming, now: dt.datetime) -> None:
    entity_id, version, deleted, data = (
        change.entity_id,
        change.version,
        change.deleted,
        change.data,
    )
    row = session.get(PersonRow, entity_id)
    if deleted:
        if row is not None:
            row.deleted, row.version, row.updated_at = True, version, now
        return
    person = person_from_dict(rebased(data, waiting_changes(session, "person", entity_id)), version)
    if person.id != entity_id:
        raise ValueError(f"person data for {entity_id} carries id {person.id}")
    values = person_values(person)
    if row is None:
        row = PersonRow(**values, updated_at=now, deleted=False)
        session.add(row)
        session.flush()
        return
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at, row.deleted = now, False
    session.flush()
    set_applicant_key(session, row.id, row.name_key)
    for app_row in session.scalars(
        select(ApplicationRow).where(ApplicationRow.person_id == row.id)
    ):
        search.put(session, app_row.search_rowid, _search_body(row, app_row.number))


def write_application(session: Session, change: Incoming, now: dt.datetime) -> None:
    entity_id, version, deleted, data = (
        change.entity_id,
        change.version,
        change.deleted,
        change.data,
    )
    row = session.get(ApplicationRow, entity_id)
    if deleted:
        if row is not None:
            row.deleted, row.version, row.updated_at = True, version, now
            search.remove(session, [row.search_rowid])
        return
    merged = rebased(data, waiting_changes(session, "application", entity_id))
    app = application_from_dict(merged, version)
    if app.id != entity_id:
        raise ValueError(f"application data for {entity_id} carries id {app.id}")
    person = session.get(PersonRow, app.person_id)
    if person is None:
        raise MissingReference(f"person {app.person_id}")
    values = application_values(app)
    if row is None:
        rowid = int(session.scalar(select(func.max(ApplicationRow.search_rowid))) or 0) + 1
        row = ApplicationRow(**values, search_rowid=rowid, sync_state="pending", updated_at=now)
        row.deleted = False
        session.add(row)
        current = None
    else:
        current = row.sync_state
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at, row.deleted = now, False
    row.applicant_key = person.name_key
    session.flush()
    row.sync_state = application_sync_state(session, app.id, current)
    session.execute(delete(ChecklistItemRow).where(ChecklistItemRow.application_id == app.id))
    items = checklist_values(app)
    if items:
        session.execute(insert(ChecklistItemRow), items)
    search.put(session, row.search_rowid, _search_body(person, app.number))


def permit_values(permit: Permit) -> dict[str, Any]:
    return {
        "id": permit.id,
        "application_id": permit.application_id,
        "card_number": permit.card_number,
        "card_type": permit.card_type,
        "valid_from": permit.valid_from,
        "valid_until": permit.valid_until,
        "printed_at": permit.printed_at,
        "printed_by": permit.printed_by,
        "workstation_id": permit.workstation_id,
        "version": permit.version,
    }


def write_permit(session: Session, change: Incoming, now: dt.datetime) -> None:
    entity_id, version, deleted, data = (
        change.entity_id,
        change.version,
        change.deleted,
        change.data,
    )
    row = session.get(PermitRow, entity_id)
    if deleted:
        if row is not None:
            row.deleted, row.version, row.updated_at = True, version, now
        return
    permit = permit_from_dict(rebased(data, waiting_changes(session, "permit", entity_id)), version)
    if permit.id != entity_id:
        raise ValueError(f"permit data for {entity_id} carries id {permit.id}")
    if session.get(ApplicationRow, permit.application_id) is None:
        raise MissingReference(f"application {permit.application_id}")
    values = permit_values(permit)
    if row is None:
        session.add(PermitRow(**values, updated_at=now, deleted=False))
    else:
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at, row.deleted = now, False
    session.flush()
    session.execute(delete(PrintJournalRow).where(PrintJournalRow.permit_id == permit.id))
    journal = [
        {
            "permit_id": permit.id,
            "position": position,
            "event": entry.event.value,
            "at": entry.at,
            "by": entry.by,
            "workstation_id": entry.workstation_id,
            "reason": entry.reason,
            "copies": entry.copies,
            "approved_by": entry.approved_by,
        }
        for position, entry in enumerate(permit.journal)
    ]
    if journal:
        session.execute(insert(PrintJournalRow), journal)
