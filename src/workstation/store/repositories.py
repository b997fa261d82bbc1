"""All repositories over one session, and the export snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.model import Application, Person
from workstation.store.applications import ApplicationRepository
from workstation.store.audit import AuditRepository
from workstation.store.leases import leases_left
from workstation.store.mapping import person_from_row
from workstation.store.outbox import OutboxRepository
from workstation.store.persons import PersonRepository
from workstation.store.queues import QueueRepository
from workstation.store.tables import ApplicationRow, MetaRow, PersonRow


@dataclass(frozen=True, slots=True)
class ExportSnapshot:
    persons: list[Person]
    applications: list[Application]


class Repositories:
    """Read access to everything, over one session (one consistent snapshot)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.persons = PersonRepository(session)
        self.applications = ApplicationRepository(session)
        self.queue = QueueRepository(session)
        self.outbox = OutboxRepository(session)
        self.audit = AuditRepository(session)

    def meta(self, key: str) -> str | None:
        row = self.session.get(MetaRow, key)
        return row.value if row is not None else None

    def leases_left(self, kind: str, series: str) -> int:
        """How many leased numbers of (kind, series) remain to be given out."""
        return leases_left(self.session, kind, series)

    def all_for_export(self) -> ExportSnapshot:
        """Every live person (by id) and application (by number, then id): stable order,
        so that two exports of the same data are byte-identical."""
        persons = [
            person_from_row(row)
            for row in self.session.scalars(
                select(PersonRow).where(PersonRow.deleted.is_(False)).order_by(PersonRow.id)
            )
        ]
        rows = self.session.scalars(
            select(ApplicationRow)
            .where(ApplicationRow.deleted.is_(False))
            .order_by(ApplicationRow.number.nulls_last(), ApplicationRow.id)
        ).all()
        return ExportSnapshot(persons, self.applications.load(rows))
