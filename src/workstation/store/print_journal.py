"""The print journal as a list: every print, reprint, spoiled card and hand-over of the
cards known here, newest first, with the card number and the holder (issue 5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.model import PrintEvent
from workstation.store.tables import ApplicationRow, PermitRow, PersonRow, PrintJournalRow

DEFAULT_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class JournalLine:
    at: dt.datetime
    event: PrintEvent
    card_number: str
    application_id: str
    application_number: str
    holder: str
    by: str
    workstation_id: str
    copies: int
    reason: str
    approved_by: str


@dataclass(frozen=True, slots=True)
class JournalFilter:
    """Entries from `since` to `until` (days, both included, UTC), whose card number
    contains `card_number` (any case)."""

    since: dt.date | None = None
    until: dt.date | None = None
    card_number: str = ""


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def lines(
    session: Session, flt: JournalFilter = JournalFilter(), limit: int = DEFAULT_LIMIT
) -> list[JournalLine]:
    query = (
        select(PrintJournalRow, PermitRow.card_number, ApplicationRow, PersonRow)
        .join(PermitRow, PermitRow.id == PrintJournalRow.permit_id)
        .join(ApplicationRow, ApplicationRow.id == PermitRow.application_id)
        .join(PersonRow, PersonRow.id == ApplicationRow.person_id)
    )
    if flt.since is not None:
        query = query.where(PrintJournalRow.at >= _start(flt.since))
    if flt.until is not None:
        query = query.where(PrintJournalRow.at < _start(flt.until + dt.timedelta(days=1)))
    number = flt.card_number.strip()
    if number:
        query = query.where(PermitRow.card_number.icontains(number, autoescape=True))
    query = query.order_by(PrintJournalRow.at.desc(), PrintJournalRow.position.desc())
    result = []
    for entry, card_number, app, person in session.execute(query.limit(limit)):
        result.append(
            JournalLine(
                at=entry.at,
                event=PrintEvent(entry.event),
                card_number=card_number,
                application_id=app.id,
                application_number=app.number or "",
                holder=f"{person.surname} {person.given_names}".strip(),
                by=entry.by,
                workstation_id=entry.workstation_id,
                copies=entry.copies,
                reason=entry.reason,
                approved_by=entry.approved_by,
            )
        )
    return result
