"""Permits (cards) in the local database: the one of an application, a new one written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from workstation.domain.model import Permit, PrintEvent, PrintJournalEntry
from workstation.store.pulled import permit_values
from workstation.store.tables import PermitRow, PrintJournalRow


def permit_for(session: Session, application_id: str) -> Permit | None:
    """The live permit of the application (with its print journal), if any."""
    row = session.scalar(
        select(PermitRow)
        .where(PermitRow.application_id == application_id, PermitRow.deleted.is_(False))
        .order_by(PermitRow.printed_at, PermitRow.id)
        .limit(1)
    )
    if row is None:
        return None
    return _permit(session, row)


def permit_by_id(session: Session, permit_id: str) -> Permit | None:
    """The permit with this id (a spoiled one too: its row is kept, marked deleted)."""
    row = session.get(PermitRow, permit_id)
    return None if row is None else _permit(session, row)


def _permit(session: Session, row: PermitRow) -> Permit:
    journal = tuple(
        PrintJournalEntry(
            event=PrintEvent(j.event),
            at=j.at,
            by=j.by,
            workstation_id=j.workstation_id,
            reason=j.reason,
            copies=j.copies,
            approved_by=j.approved_by,
        )
        for j in session.scalars(
            select(PrintJournalRow)
            .where(PrintJournalRow.permit_id == row.id)
            .order_by(PrintJournalRow.position)
        )
    )
    return Permit(
        id=row.id,
        application_id=row.application_id,
        card_number=row.card_number,
        card_type=row.card_type,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        printed_at=row.printed_at,
        printed_by=row.printed_by,
        workstation_id=row.workstation_id,
        journal=journal,
        version=row.version,
    )


def insert_permit(session: Session, permit: Permit, now: dt.datetime) -> None:
    session.add(PermitRow(**permit_values(permit), updated_at=now, deleted=False))
    session.flush()
    write_journal(session, permit)


def write_journal(session: Session, permit: Permit) -> None:
    """The permit's print journal rows, replacing those stored."""
    session.execute(delete(PrintJournalRow).where(PrintJournalRow.permit_id == permit.id))
    rows = [
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
    if rows:
        session.execute(insert(PrintJournalRow), rows)
