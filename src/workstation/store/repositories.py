"""All repositories over one session, and the export snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.engine import Connection
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
    """Read access to everything, over one transaction (one consistent snapshot): a unit
    of work's `session`, or a read's `connection` (`Store.read`), on which the ORM
    session that some repositories need is made the first time one asks for it (the
    queue's queries need none: they run on the connection)."""

    def __init__(self, session: Session | None, connection: Connection | None = None) -> None:
        if session is None and connection is None:
            raise ValueError("repositories need a session or a connection")
        self._session = session
        self._snapshot = connection

    @property
    def session(self) -> Session:
        if self._session is None:
            # its own the read's transaction, as a session of its own had it (a commit
            # commits it, the next query begins another)
            self._session = Session(
                bind=self._snapshot,
                autoflush=False,
                expire_on_commit=False,
                join_transaction_mode="control_fully",
            )
        return self._session

    def _connection(self) -> Connection:
        """The connection of the transaction (a unit of work's: BEGIN IMMEDIATE)."""
        return self._snapshot if self._snapshot is not None else self.session.connection()

    def close_session(self) -> None:
        """Let go of the ORM session made for a read, if one was (its objects detach)."""
        if self._snapshot is not None and self._session is not None:
            self._session.close()
            self._session = None

    @cached_property
    def persons(self) -> PersonRepository:
        return PersonRepository(self.session)

    @cached_property
    def applications(self) -> ApplicationRepository:
        return ApplicationRepository(self.session)

    @cached_property
    def queue(self) -> QueueRepository:
        return QueueRepository(self._connection)

    @cached_property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.session)

    @cached_property
    def audit(self) -> AuditRepository:
        return AuditRepository(self.session)

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
