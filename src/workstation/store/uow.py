"""The unit of work: every local change, with its outbox row and audit event, in ONE
SQLite transaction (``BEGIN IMMEDIATE``, so that writers queue up instead of failing).

    with store.unit_of_work(Actor("aliyev", ws_id)) as uow:
        uow.add_person(person)
        uow.add_application(app)

Commits on a clean exit, rolls everything back when the block raises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select

from workstation.domain import checklist, states
from workstation.domain.errors import Message, TransitionRefused
from workstation.domain.model import Application, AttachmentRef, Permit, Person, Role
from workstation.domain.numbers import application_number
from workstation.domain.serialize import (
    application_to_dict,
    changed_fields,
    permit_to_dict,
    person_to_dict,
)
from workstation.store import conflicts, leases, permits, search
from workstation.store.applications import set_applicant_key
from workstation.store.audit import chain_head, chain_values
from workstation.store.bulk import BulkInsert
from workstation.store.errors import AlreadyExists, NotFound
from workstation.store.mapping import (
    application_values,
    checklist_values,
    person_from_row,
    person_values,
)
from workstation.store.outbox import last_client_seq, outbox_values, set_last_client_seq
from workstation.store.pulled import application_sync_state, permit_values
from workstation.store.repositories import Repositories
from workstation.store.tables import (
    ApplicationRow,
    AttachmentRow,
    AuditEventRow,
    ChecklistItemRow,
    MetaRow,
    OutboxRow,
    PermitRow,
    PersonRow,
)

if TYPE_CHECKING:
    from workstation.store.db import Store

_INDEXED_PERSON_KEYS = frozenset({"surname", "given_names", "patronymic", "pin", "fin", "document"})
_TRANSITION_ONLY = ("status", "history", "decision")


@dataclass(frozen=True, slots=True)
class Actor:
    """Who makes the change, and on which workstation."""

    user: str
    workstation_id: str


def search_body(person: PersonRow, number: str | None) -> str:
    return search.document_text(
        surname=person.surname,
        given_names=person.given_names,
        patronymic=person.patronymic,
        document_number=person.document_number,
        fin=person.fin,
        pin=person.pin,
        number=number or "",
    )


class UnitOfWork(Repositories):
    """One write transaction. Reads through the inherited repositories see its changes."""

    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__(store.write_session())
        self.store = store
        self.actor = actor
        self._seq: int | None = None
        self._audit: tuple[int, str] | None = None
        self._search_rowid: int | None = None

    # -- transaction ---------------------------------------------------------------

    def __enter__(self) -> UnitOfWork:
        self.session.connection()  # BEGIN IMMEDIATE now: wait for other writers here
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                if self._seq is not None:
                    set_last_client_seq(self.session, self._seq)
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    def now(self) -> dt.datetime:
        return self.store.clock()

    # -- bookkeeping: outbox, audit, search rowids -----------------------------------

    def _next_seq(self, count: int = 1) -> int:
        """Reserve `count` client_seq numbers; returns the first."""
        if self._seq is None:
            self._seq = last_client_seq(self.session)
        first = self._seq + 1
        self._seq += count
        return first

    def _next_search_rowid(self, count: int = 1) -> int:
        if self._search_rowid is None:
            highest = self.session.scalar(select(func.max(ApplicationRow.search_rowid)))
            self._search_rowid = int(highest or 0)
        first = self._search_rowid + 1
        self._search_rowid += count
        return first

    def _audit_values(self, action: str, entity: str, entity_id: str) -> dict[str, Any]:
        if self._audit is None:
            self._audit = chain_head(self.session)
        values = chain_values(
            *self._audit,
            at=self.now(),
            actor=self.actor.user,
            workstation_id=self.actor.workstation_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
        )
        self._audit = (values["seq"], values["hash"])
        return values

    def audit_event(self, action: str, entity: str, entity_id: str) -> None:
        """An audit event without a data change (a print, a login, an export…)."""
        self.session.execute(insert(AuditEventRow), [self._audit_values(action, entity, entity_id)])

    def _record(
        self,
        entity: str,
        entity_id: str,
        op: str,
        *,
        base_version: int,
        changed: dict[str, Any],
        prev: dict[str, Any],
        action: str,
    ) -> None:
        row = outbox_values(
            client_seq=self._next_seq(),
            entity=entity,
            entity_id=entity_id,
            op=op,
            base_version=base_version,
            changed=changed,
            prev=prev,
            at=self.now(),
        )
        self.session.execute(insert(OutboxRow), [row])
        self.audit_event(action, entity, entity_id)

    def set_meta(self, key: str, value: str) -> None:
        """Local bookkeeping (workstation id, pull cursor): no outbox row, no audit."""
        row = self.session.get(MetaRow, key)
        if row is None:
            self.session.add(MetaRow(key=key, value=value))
        else:
            row.value = value
        self.session.flush()

    # -- leased numbers ------------------------------------------------------------

    def add_lease(self, lease: leases.LeaseLike) -> None:
        """Record a block of numbers the server leased to this workstation."""
        leases.add_lease(self.session, lease)

    def take_number(self, kind: str, series: str) -> int:
        """The next leased number of (kind, series), taken in this transaction: it is
        used up only if the transaction commits. `NoNumbersLeft` when none remain."""
        return leases.take_number(self.session, kind, series)

    def new_application_number(self, center: str, year: int) -> str:
        """``CENTER-YEAR-SEQ`` with SEQ from this workstation's lease for that year."""
        return application_number(center, year, self.take_number("application", str(year)))

    # -- persons -------------------------------------------------------------------

    def _person_row(self, person_id: str) -> PersonRow:
        row = self.session.get(PersonRow, person_id)
        if row is None or row.deleted:
            raise NotFound("person", person_id)
        return row

    def add_person(self, person: Person) -> Person:
        if self.session.get(PersonRow, person.id) is not None:
            raise AlreadyExists("person", person.id)
        self.session.add(PersonRow(**person_values(person), updated_at=self.now(), deleted=False))
        self.session.flush()
        self._record(
            "person",
            person.id,
            "create",
            base_version=person.version,
            changed=person_to_dict(person),
            prev={},
            action="person.create",
        )
        return person

    def update_person(self, person: Person) -> bool:
        """Store the changed fields of `person`; False (and nothing written) if none."""
        row = self._person_row(person.id)
        changed, prev = changed_fields(person_to_dict(person_from_row(row)), person_to_dict(person))
        if not changed:
            return False
        base_version, row_key_before = row.version, row.name_key
        for key, value in person_values(person).items():
            if key not in ("id", "version"):
                setattr(row, key, value)
        row.updated_at = self.now()
        self.session.flush()
        if row.name_key != row_key_before:
            set_applicant_key(self.session, row.id, row.name_key)
        if _INDEXED_PERSON_KEYS & changed.keys():
            for app_row in self.session.scalars(
                select(ApplicationRow).where(ApplicationRow.person_id == person.id)
            ):
                search.put(self.session, app_row.search_rowid, search_body(row, app_row.number))
        self._record(
            "person",
            person.id,
            "update",
            base_version=base_version,
            changed=changed,
            prev=prev,
            action="person.update",
        )
        return True

    # -- applications --------------------------------------------------------------

    def _application_row(self, application_id: str) -> ApplicationRow:
        row = self.session.get(ApplicationRow, application_id)
        if row is None or row.deleted:
            raise NotFound("application", application_id)
        return row

    def _check_number_free(self, number: str, application_id: str) -> None:
        if not number:
            return
        other = self.session.scalar(
            select(ApplicationRow.id).where(
                ApplicationRow.number == number, ApplicationRow.id != application_id
            )
        )
        if other is not None:
            raise AlreadyExists("application number", number)

    def _write_checklist(self, app: Application) -> None:
        self.session.execute(
            delete(ChecklistItemRow).where(ChecklistItemRow.application_id == app.id)
        )
        items = checklist_values(app)
        if items:
            self.session.execute(insert(ChecklistItemRow), items)

    def add_application(self, app: Application) -> Application:
        if self.session.get(ApplicationRow, app.id) is not None:
            raise AlreadyExists("application", app.id)
        self._check_number_free(app.number, app.id)
        person = self._person_row(app.person_id)
        rowid = self._next_search_rowid()
        self.session.add(
            ApplicationRow(
                **application_values(app),
                sync_state="pending",
                search_rowid=rowid,
                applicant_key=person.name_key,
                updated_at=self.now(),
                deleted=False,
            )
        )
        self.session.flush()
        self._write_checklist(app)
        search.put(self.session, rowid, search_body(person, app.number))
        self._record(
            "application",
            app.id,
            "create",
            base_version=app.version,
            changed=application_to_dict(app),
            prev={},
            action="application.create",
        )
        return app

    def _stored_application(self, row: ApplicationRow) -> Application:
        return self.applications.load([row])[0]

    def _save_application(
        self, row: ApplicationRow, before: Application, after: Application, action: str
    ) -> bool:
        changed, prev = changed_fields(application_to_dict(before), application_to_dict(after))
        if not changed:
            return False
        if "number" in changed:
            self._check_number_free(after.number, after.id)
        person = self._person_row(after.person_id)
        base_version = row.version
        for key, value in application_values(after).items():
            if key not in ("id", "version"):
                setattr(row, key, value)
        row.applicant_key = person.name_key
        row.sync_state = "pending"
        row.updated_at = self.now()
        self.session.flush()
        if "checklist" in changed:
            self._write_checklist(after)
        if changed.keys() & {"number", "person_id"}:
            search.put(self.session, row.search_rowid, search_body(person, after.number))
        self._record(
            "application",
            after.id,
            "update",
            base_version=base_version,
            changed=changed,
            prev=prev,
            action=action,
        )
        return True

    def update_application(self, app: Application) -> bool:
        """Store the changed fields of `app`; False (nothing written) if none. Status,
        history and decision change only through `transition`."""
        row = self._application_row(app.id)
        stored = self._stored_application(row)
        if any(getattr(stored, key) != getattr(app, key) for key in _TRANSITION_ONLY):
            raise TransitionRefused(
                "use_transition",
                Message(
                    az="Müraciətin vəziyyəti yalnız müvafiq əməliyyatla dəyişdirilə bilər.",
                    en="An application's status changes only through an action.",
                    ru="Статус заявления меняется только через действие.",
                ),
            )
        return self._save_application(row, stored, app, "application.update")

    def transition(
        self,
        application_id: str,
        action: str,
        role: Role,
        reason: str = "",
        when: dt.datetime | None = None,
        *,
        checklist_complete: bool | None = None,
    ) -> Application:
        """Take `action` on the application (the state machine decides); appends to its
        history, records a decision when the action is one. `TransitionRefused` (and
        nothing written) when not allowed. ``checklist_complete`` defaults to the
        catalogue's rule (`domain.checklist`): every required document that applies
        is received."""
        row = self._application_row(application_id)
        stored = self._stored_application(row)
        if checklist_complete is None:
            transition = states.find(stored.status, action)
            checklist_complete = (
                transition is None
                or not transition.needs_complete_checklist
                or checklist.checklist_complete(
                    self.store.catalogue,
                    stored,
                    person_from_row(self._person_row(stored.person_id)),
                    self.now().date(),
                )
            )
        step = states.check(
            stored.status, action, role, reason=reason, checklist_complete=checklist_complete
        )
        updated = states.apply(
            stored, step, by=self.actor.user, at=when or self.now(), reason=reason
        )
        self._save_application(row, stored, updated, f"application.{action}")
        return updated

    # -- conflicts ("Needs review") -------------------------------------------------

    def resolve_conflict(self, conflict_id: str, resolution: str) -> conflicts.LocalConflict:
        """Close an open conflict: locally now, on the server through an outbox mutation
        (entity ``conflict``, ``{"resolved": true, "resolution": ...}``) pushed after the
        changes made before it. The data change that resolves it (if any) is made first
        with `update_application`/`update_person`. `KeyError` if there is no such conflict."""
        closed = conflicts.mark_resolved(self.session, conflict_id, self.actor.user, resolution)
        self._record(
            "conflict",
            conflict_id,
            "update",
            base_version=0,
            changed={"resolved": True, "resolution": resolution},
            prev={"resolved": False},
            action="conflict.resolve",
        )
        if closed.entity == "application":
            row = self.session.get(ApplicationRow, closed.entity_id)
            if row is not None:
                row.sync_state = application_sync_state(self.session, row.id, row.sync_state)
                self.session.flush()
        return closed

    # -- permits -------------------------------------------------------------------

    def add_permit(self, permit: Permit) -> Permit:
        """A new card (its number taken from a lease in this transaction), with its print
        journal; one outbox row and a ``permit.print`` audit event."""
        self._application_row(permit.application_id)
        if self.session.get(PermitRow, permit.id) is not None:
            raise AlreadyExists("permit", permit.id)
        taken = self.session.scalar(
            select(PermitRow.id).where(PermitRow.card_number == permit.card_number)
        )
        if taken is not None:
            raise AlreadyExists("card number", permit.card_number)
        permits.insert_permit(self.session, permit, self.now())
        self._record(
            "permit",
            permit.id,
            "create",
            base_version=permit.version,
            changed=permit_to_dict(permit),
            prev={},
            action="permit.print",
        )
        return permit

    def update_permit(self, permit: Permit, action: str) -> bool:
        """Store the changed fields of `permit` (in practice its print journal: a reprint,
        a spoiled card, the hand-over); one outbox row and an `action` audit event.
        False (nothing written) when nothing changed."""
        row = self.session.get(PermitRow, permit.id)
        if row is None or row.deleted:
            raise NotFound("permit", permit.id)
        before = permits.permit_by_id(self.session, permit.id)
        assert before is not None
        changed, prev = changed_fields(permit_to_dict(before), permit_to_dict(permit))
        if not changed:
            return False
        base_version = row.version
        for key, value in permit_values(permit).items():
            if key not in ("id", "version"):
                setattr(row, key, value)
        row.updated_at = self.now()
        self.session.flush()
        permits.write_journal(self.session, permit)
        self._record(
            "permit",
            permit.id,
            "update",
            base_version=base_version,
            changed=changed,
            prev=prev,
            action=action,
        )
        return True

    def delete_permit(self, permit_id: str, action: str) -> None:
        """Tombstone a permit (a spoiled card): kept with its journal, no longer the
        application's card; one outbox row (op ``delete``) and an `action` audit event."""
        row = self.session.get(PermitRow, permit_id)
        if row is None or row.deleted:
            raise NotFound("permit", permit_id)
        row.deleted, row.updated_at = True, self.now()
        self.session.flush()
        self._record(
            "permit",
            permit_id,
            "delete",
            base_version=row.version,
            changed={},
            prev={},
            action=action,
        )

    # -- attachments ---------------------------------------------------------------

    def add_attachment(self, data: bytes, mime_type: str, kind: str) -> AttachmentRef:
        """Store the file (durably, before the database row) and record it once: adding
        the same bytes again returns the existing reference and writes nothing."""
        digest = self.store.attachments.write(data)
        row = self.session.get(AttachmentRow, digest)
        if row is not None:
            return AttachmentRef(digest, row.mime_type, row.size, row.kind)
        ref = AttachmentRef(sha256=digest, mime_type=mime_type, size=len(data), kind=kind)
        self.session.add(
            AttachmentRow(
                sha256=digest,
                mime_type=mime_type,
                size=len(data),
                kind=kind,
                created_at=self.now(),
                uploaded=False,
            )
        )
        self.session.flush()
        changed = {"sha256": digest, "mime_type": mime_type, "size": len(data), "kind": kind}
        self._record(
            "attachment",
            digest,
            "create",
            base_version=0,
            changed=changed,
            prev={},
            action="attachment.create",
        )
        return ref

    # -- bulk import ---------------------------------------------------------------

    def add_many(self, persons: Sequence[Person], applications: Sequence[Application]) -> int:
        """Insert many new persons and applications at once (imports of 100k+ records),
        with one outbox row and one audit event per entity. Returns how many entities.
        `AlreadyExists`/`NotFound` (and nothing written by this call) on bad references."""
        return BulkInsert(self).run(persons, applications)
