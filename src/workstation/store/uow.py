"""The unit of work: every local change, with its outbox row and audit event, in ONE
SQLite transaction (``BEGIN IMMEDIATE``, so that writers queue up instead of failing).

    with store.unit_of_work(Actor("aliyev", ws_id)) as uow:
        uow.add_person(person)
        uow.add_application(app)

Commits on a clean exit, rolls everything back when the block raises.

New rows, the outbox, the audit chain and the client_seq bookkeeping are sent to the
driver (`store.driver`: values in their stored form, `bulk_rows`), not through the ORM:
a reception save is a dozen such statements, and the ORM's flush and statement set-up
cost ten times what SQLite spends on them. Changes of existing rows (updates,
transitions of stored applications, conflicts, permits) stay on the ORM session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from workstation.domain import checklist, states
from workstation.domain.errors import Message, TransitionRefused
from workstation.domain.ids import new_id
from workstation.domain.model import Application, AttachmentRef, Permit, Person, Role
from workstation.domain.numbers import application_number
from workstation.domain.serialize import (
    application_to_dict,
    changed_fields,
    datetime_text,
    permit_to_dict,
    person_to_dict,
)
from workstation.store import conflicts, driver, leases, permits, search
from workstation.store.applications import set_applicant_key
from workstation.store.audit import GENESIS, chain_rows
from workstation.store.bulk import BulkInsert
from workstation.store.bulk_json import application_json
from workstation.store.bulk_rows import (
    APPLICATION_COLUMNS,
    AUDIT_COLUMNS,
    CHECKLIST_COLUMNS,
    EMPTY_JSON,
    OUTBOX_COLUMNS,
    PERSON_COLUMNS,
    application_row,
    checklist_rows,
    insert_sql,
    person_row,
)
from workstation.store.columns import dumps
from workstation.store.errors import AlreadyExists, NotFound
from workstation.store.mapping import (
    application_values,
    person_from_row,
    person_values,
)
from workstation.store.outbox import LAST_SEQ_KEY
from workstation.store.pulled import application_sync_state, permit_values
from workstation.store.repositories import Repositories
from workstation.store.tables import (
    ApplicationRow,
    AttachmentRow,
    ChecklistItemRow,
    MetaRow,
    PermitRow,
    PersonRow,
)

if TYPE_CHECKING:
    from workstation.store.db import Store

_INDEXED_PERSON_KEYS = frozenset({"surname", "given_names", "patronymic", "pin", "fin", "document"})
_TRANSITION_ONLY = ("status", "history", "decision")

# the statements sent to the driver (`store.driver`)
_PERSON_SQL = insert_sql(PersonRow.__tablename__, PERSON_COLUMNS)
_APPLICATION_SQL = insert_sql(ApplicationRow.__tablename__, APPLICATION_COLUMNS)
_CHECKLIST_SQL = insert_sql(ChecklistItemRow.__tablename__, CHECKLIST_COLUMNS)
_OUTBOX_SQL = insert_sql("outbox", OUTBOX_COLUMNS)
_AUDIT_SQL = insert_sql("audit_events", AUDIT_COLUMNS)
_SEARCH_SQL = f"INSERT INTO {search.TABLE}(rowid, body) VALUES (?, ?)"
_PERSON_EXISTS = "SELECT 1 FROM persons WHERE id = ?"
_APPLICATION_EXISTS = "SELECT 1 FROM applications WHERE id = ?"
_NUMBER_TAKEN = "SELECT 1 FROM applications WHERE number = ? AND id != ?"
_APPLICANT = (
    "SELECT surname, given_names, patronymic, document_number, fin, pin, name_key"
    " FROM persons WHERE id = ? AND deleted = 0"
)
_LAST_SEQ = 'SELECT (SELECT value FROM meta WHERE "key" = ?), (SELECT max(client_seq) FROM outbox)'
_SET_LAST_SEQ = (
    'INSERT INTO meta ("key", value) VALUES (?, ?)'
    ' ON CONFLICT ("key") DO UPDATE SET value = excluded.value'
)
_AUDIT_HEAD = "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
_LAST_SEARCH_ROWID = "SELECT max(search_rowid) FROM applications"


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


@dataclass(frozen=True, slots=True)
class _Action:
    """A transition to take on an application as it is added (`add_and_transition`)."""

    name: str
    role: Role
    reason: str
    when: dt.datetime | None


class UnitOfWork(Repositories):
    """One write transaction. Reads through the inherited repositories see its changes."""

    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__(store.write_session())
        self.store = store
        self.actor = actor
        self._seq: int | None = None
        self._audit: tuple[int, str] | None = None
        self._search_rowid: int | None = None
        self._cursor: Any = None
        self._added_persons: dict[str, Person] = {}  # by this unit of work, as written

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
                    self._driver().execute(_SET_LAST_SEQ, (LAST_SEQ_KEY, str(self._seq)))
                    driver.expire_row(self.session, MetaRow, LAST_SEQ_KEY)
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            if self._cursor is not None:
                self._cursor.close()
            self.session.close()

    def now(self) -> dt.datetime:
        return self.store.clock()

    def _stamp(self) -> str:
        """`now` as stored (`datetime_text`)."""
        return datetime_text(self.now()) or ""

    def _driver(self) -> Any:
        """The transaction's DB-API cursor, the session's pending changes flushed."""
        if self._cursor is None:
            self._cursor = driver.cursor(self.session)
        else:
            self.session.flush()
        return self._cursor

    # -- bookkeeping: outbox, audit, search rowids -----------------------------------

    def _next_seq(self, count: int = 1) -> int:
        """Reserve `count` client_seq numbers; returns the first."""
        if self._seq is None:
            recorded, highest = self._driver().execute(_LAST_SEQ, (LAST_SEQ_KEY,)).fetchone()
            self._seq = max(int(recorded or 0), int(highest or 0))
        first = self._seq + 1
        self._seq += count
        return first

    def _next_search_rowid(self, count: int = 1) -> int:
        if self._search_rowid is None:
            (highest,) = self._driver().execute(_LAST_SEARCH_ROWID).fetchone()
            self._search_rowid = int(highest or 0)
        first = self._search_rowid + 1
        self._search_rowid += count
        return first

    def _chain_head(self) -> tuple[int, str]:
        if self._audit is None:
            head = self._driver().execute(_AUDIT_HEAD).fetchone()
            self._audit = (0, GENESIS) if head is None else (int(head[0]), str(head[1]))
        return self._audit

    def _audit_row(self, at: str, action: str, entity: str, entity_id: str) -> None:
        (row,) = chain_rows(
            *self._chain_head(),
            actor=self.actor.user,
            workstation_id=self.actor.workstation_id,
            events=[(at, action, entity, entity_id)],
        )
        self._driver().execute(_AUDIT_SQL, row)
        self._audit = (row[0], row[-1])

    def audit_event(self, action: str, entity: str, entity_id: str) -> None:
        """An audit event without a data change (a print, a login, an export…)."""
        self._audit_row(self._stamp(), action, entity, entity_id)

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
        self._record_json(
            entity, entity_id, op, base_version, dumps(changed), dumps(prev), action=action
        )

    def _record_json(  # noqa: PLR0917 - the outbox row's columns
        self,
        entity: str,
        entity_id: str,
        op: str,
        base_version: int,
        changed: str,
        prev: str,
        *,
        action: str,
    ) -> None:
        """One outbox row (`changed` and `prev` as their canonical JSON text) and its
        audit event."""
        seq = self._next_seq()
        row = (
            seq,
            new_id(),
            entity,
            entity_id,
            op,
            base_version,
            changed,
            prev,
            self._stamp(),
            "pending",
            "",
        )
        self._driver().execute(_OUTBOX_SQL, row)
        self._audit_row(self._stamp(), action, entity, entity_id)

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
        cursor = self._driver()
        if cursor.execute(_PERSON_EXISTS, (person.id,)).fetchone() is not None:
            raise AlreadyExists("person", person.id)
        row, changed = person_row(person, self._stamp())
        cursor.execute(_PERSON_SQL, row)
        self._added_persons[person.id] = person
        self._record_json(
            "person",
            person.id,
            "create",
            person.version,
            changed,
            EMPTY_JSON,
            action="person.create",
        )
        return person

    def update_person(self, person: Person) -> bool:
        """Store the changed fields of `person`; False (and nothing written) if none."""
        row = self._person_row(person.id)
        changed, prev = changed_fields(person_to_dict(person_from_row(row)), person_to_dict(person))
        if not changed:
            return False
        self._added_persons.pop(person.id, None)
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

    def _person(self, person_id: str) -> Person:
        """The live person, as this unit of work added it or as stored."""
        added = self._added_persons.get(person_id)
        return added if added is not None else person_from_row(self._person_row(person_id))

    # -- applications --------------------------------------------------------------

    def _application_row(self, application_id: str) -> ApplicationRow:
        row = self.session.get(ApplicationRow, application_id)
        if row is None or row.deleted:
            raise NotFound("application", application_id)
        return row

    def _check_number_free(self, number: str, application_id: str) -> None:
        if not number:
            return
        if self._driver().execute(_NUMBER_TAKEN, (number, application_id)).fetchone():
            raise AlreadyExists("application number", number)

    def _write_checklist(self, app: Application) -> None:
        cursor = self._driver()
        cursor.execute(
            f"DELETE FROM {ChecklistItemRow.__tablename__} WHERE application_id = ?", (app.id,)
        )
        cursor.executemany(_CHECKLIST_SQL, checklist_rows(app))

    def add_application(self, app: Application) -> Application:
        return self._insert_application(app, None)

    def add_and_transition(
        self,
        app: Application,
        action: str,
        role: Role,
        reason: str = "",
        when: dt.datetime | None = None,
    ) -> Application:
        """`add_application` then `transition` with `action` (a reception: add and
        receive), as one step: the same outbox rows and audit events, in that order (the
        server sees a create, then the action), but the application's row, checklist and
        search text are written once, in their final state. `TransitionRefused` (and
        nothing written) when the action is not allowed. Returns the application after
        the action."""
        return self._insert_application(app, _Action(action, role, reason, when))

    def _insert_application(self, app: Application, action: _Action | None) -> Application:
        cursor = self._driver()
        if cursor.execute(_APPLICATION_EXISTS, (app.id,)).fetchone() is not None:
            raise AlreadyExists("application", app.id)
        self._check_number_free(app.number, app.id)
        applicant = cursor.execute(_APPLICANT, (app.person_id,)).fetchone()
        if applicant is None:
            raise NotFound("person", app.person_id)
        surname, given_names, patronymic, document_number, fin, pin, name_key = applicant
        created = self._stamp()
        final, updated = app, created
        if action is not None:
            final = self._after(app, action.name, action.role, action.reason, action.when)
            updated = self._stamp()
        rowid = self._next_search_rowid()
        row, _ = application_row(final, rowid, updated, name_key, changed=False)
        cursor.execute(_APPLICATION_SQL, row)
        # new: no checklist items nor search text of its own yet (foreign key; the rowid
        # is past every application's)
        cursor.executemany(_CHECKLIST_SQL, checklist_rows(final))
        body = search.document_text(
            surname=surname,
            given_names=given_names,
            patronymic=patronymic,
            document_number=document_number,
            fin=fin,
            pin=pin,
            number=final.number or "",
        )
        cursor.execute(_SEARCH_SQL, (rowid, body))
        created_json, _, _ = application_json(app)
        self._record_json(
            "application",
            app.id,
            "create",
            app.version,
            created_json,
            EMPTY_JSON,
            action="application.create",
        )
        if action is not None:
            changed, prev = changed_fields(application_to_dict(app), application_to_dict(final))
            if changed:
                self._record(
                    "application",
                    app.id,
                    "update",
                    base_version=app.version,
                    changed=changed,
                    prev=prev,
                    action=f"application.{action.name}",
                )
        return final

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

    def _after(  # noqa: PLR0917 - what a transition needs
        self,
        stored: Application,
        action: str,
        role: Role,
        reason: str,
        when: dt.datetime | None,
        checklist_complete: bool | None = None,
    ) -> Application:
        """`stored` after `action` (the state machine decides), or `TransitionRefused`."""
        if checklist_complete is None:
            transition = states.find(stored.status, action)
            checklist_complete = (
                transition is None
                or not transition.needs_complete_checklist
                or checklist.checklist_complete(
                    self.store.catalogue,
                    stored,
                    self._person(stored.person_id),
                    self.now().date(),
                )
            )
        step = states.check(
            stored.status, action, role, reason=reason, checklist_complete=checklist_complete
        )
        return states.apply(stored, step, by=self.actor.user, at=when or self.now(), reason=reason)

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
        updated = self._after(stored, action, role, reason, when, checklist_complete)
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
