"""The bulk path of the unit of work: many new records with core multi-row inserts."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.exc import DBAPIError

from workstation.domain.gcpause import collector_paused
from workstation.domain.ids import new_ids
from workstation.domain.model import Application, Person
from workstation.domain.serialize import datetime_text
from workstation.store import search
from workstation.store.audit import GENESIS, chain_head, chain_rows
from workstation.store.bulk_rows import (
    APPLICATION_COLUMNS,
    AUDIT_COLUMNS,
    CHECKLIST_COLUMNS,
    EMPTY_JSON,
    OUTBOX_COLUMNS,
    PERSON_COLUMNS,
    Row,
    application_row,
    checklist_rows,
    insert_sql,
    person_row,
)
from workstation.store.errors import AlreadyExists, NotFound
from workstation.store.mapping import name_key
from workstation.store.tables import (
    ApplicationRow,
    AuditEventRow,
    ChecklistItemRow,
    OutboxRow,
    PersonRow,
)

if TYPE_CHECKING:
    from workstation.store.uow import UnitOfWork

CHUNK = 500
WRITE_CHUNK = 5000
CACHE_KIB = 256 * 1024

_PERSON_SQL = insert_sql(PersonRow.__tablename__, PERSON_COLUMNS)
_APPLICATION_SQL = insert_sql(ApplicationRow.__tablename__, APPLICATION_COLUMNS)
_CHECKLIST_SQL = insert_sql(ChecklistItemRow.__tablename__, CHECKLIST_COLUMNS)
_OUTBOX_SQL = insert_sql(OutboxRow.__tablename__, OUTBOX_COLUMNS)
_AUDIT_SQL = insert_sql(AuditEventRow.__tablename__, AUDIT_COLUMNS)
_SEARCH_SQL = f"INSERT INTO {search.TABLE}(rowid, body) VALUES (?, ?)"


def _duplicate(values: Iterable[str]) -> str | None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None


class BulkInsert:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.session = uow.session

    def _existing(self, make: Any, keys: Sequence[str]) -> list[Any]:
        """Rows of ``make(chunk)`` for every chunk of `keys` (IN lists stay short)."""
        found: list[Any] = []
        for start in range(0, len(keys), CHUNK):
            query: Select[Any] = make(keys[start : start + CHUNK])
            found.extend(self.session.execute(query).all())
        return found

    def _check(
        self, persons: Sequence[Person], applications: Sequence[Application]
    ) -> dict[str, dict[str, str]]:
        """Refuse duplicates and dangling references; the identifying fields of every
        applicant (for the search index), by person id."""
        for entity, values in (
            ("person", [p.id for p in persons]),
            ("application", [a.id for a in applications]),
            ("application number", [a.number for a in applications if a.number]),
        ):
            dup = _duplicate(values)
            if dup is not None:
                raise AlreadyExists(entity, dup)
        taken = self._existing(
            lambda c: select(PersonRow.id).where(PersonRow.id.in_(c)), [p.id for p in persons]
        )
        if taken:
            raise AlreadyExists("person", taken[0][0])
        taken = self._existing(
            lambda c: select(ApplicationRow.id).where(ApplicationRow.id.in_(c)),
            [a.id for a in applications],
        )
        if taken:
            raise AlreadyExists("application", taken[0][0])
        taken = self._existing(
            lambda c: select(ApplicationRow.number).where(ApplicationRow.number.in_(c)),
            [a.number for a in applications if a.number],
        )
        if taken:
            raise AlreadyExists("application number", taken[0][0])

        people = {
            p.id: {
                "surname": p.surname,
                "given_names": p.given_names,
                "patronymic": p.patronymic,
                "document_number": p.document.number,
                "fin": p.fin,
                "pin": p.pin,
            }
            for p in persons
        }
        missing = sorted({a.person_id for a in applications} - people.keys())
        stored = self._existing(
            lambda c: select(
                PersonRow.id,
                PersonRow.surname,
                PersonRow.given_names,
                PersonRow.patronymic,
                PersonRow.document_number,
                PersonRow.fin,
                PersonRow.pin,
            ).where(PersonRow.id.in_(c), PersonRow.deleted.is_(False)),
            missing,
        )
        for row in stored:
            people[row[0]] = {
                "surname": row[1],
                "given_names": row[2],
                "patronymic": row[3],
                "document_number": row[4],
                "fin": row[5],
                "pin": row[6],
            }
        for app in applications:
            if app.person_id not in people:
                raise NotFound("person", app.person_id)
        return people

    def run(self, persons: Sequence[Person], applications: Sequence[Application]) -> int:
        connection = self.session.connection()
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        # A bigger page cache while the indexes of 100k+ new rows are written (their keys
        # are random: ids, hashes); the connection's own setting afterwards.
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
        try:
            with collector_paused():
                return self._run(persons, applications)
        finally:
            with contextlib.suppress(DBAPIError):  # best effort: never hide the real error
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or 0)}")

    def _run(self, persons: Sequence[Person], applications: Sequence[Application]) -> int:
        people = self._check(persons, applications)
        self.session.flush()
        uow = self.uow
        now = datetime_text(uow.now()) or ""
        count = len(persons) + len(applications)
        seq = uow._next_seq(count)
        mutation_ids = iter(new_ids(count))
        if uow._audit is None:
            uow._audit = chain_head(self.session)
        writer = _Writer(self.session.connection())
        outbox: list[Row] = []
        events: list[tuple[str, str, str, str]] = []

        def record(entity: str, entity_id: str, version: int, changed: str) -> None:
            nonlocal seq
            outbox.append(
                (
                    seq,
                    next(mutation_ids),
                    entity,
                    entity_id,
                    "create",
                    version,
                    changed,
                    EMPTY_JSON,
                    now,
                    "pending",
                    "",
                )
            )
            at = datetime_text(uow.now()) or ""
            events.append((at, f"{entity}.create", entity, entity_id))
            seq += 1

        def flush() -> None:
            audit = chain_rows(
                *(uow._audit or (0, GENESIS)),
                actor=uow.actor.user,
                workstation_id=uow.actor.workstation_id,
                events=events,
            )
            if audit:
                uow._audit = (audit[-1][0], audit[-1][-1])
            writer.write(_OUTBOX_SQL, outbox)
            writer.write(_AUDIT_SQL, audit)
            outbox.clear()
            events.clear()

        for start in range(0, len(persons), WRITE_CHUNK):
            rows = []
            for person in persons[start : start + WRITE_CHUNK]:
                row, changed = person_row(person, now)
                rows.append(row)
                record("person", person.id, person.version, changed)
            writer.write(_PERSON_SQL, rows)
            flush()

        rowid = uow._next_search_rowid(len(applications))
        words: dict[str, list[str]] = {}
        keys: dict[str, str] = {}
        for start in range(0, len(applications), WRITE_CHUNK):
            rows, items, index = [], [], []
            for app in applications[start : start + WRITE_CHUNK]:
                names = people[app.person_id]
                key = keys.get(app.person_id)
                if key is None:
                    key = keys[app.person_id] = name_key(
                        names["surname"], names["given_names"], names["patronymic"]
                    )
                row, changed = application_row(app, rowid, now, key)
                rows.append(row)
                items += checklist_rows(app)
                applicant = words.get(app.person_id)
                if applicant is None:
                    applicant = words[app.person_id] = search.person_words(**names)
                index.append((rowid, search.text_of(applicant, app.number)))
                record("application", app.id, app.version, changed)
                rowid += 1
            writer.write(_APPLICATION_SQL, rows)
            writer.write(_CHECKLIST_SQL, items)
            writer.write(_SEARCH_SQL, index)
            flush()
        return count


class _Writer:
    """Rows to SQLite with ``executemany``, in the order they are given."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def write(self, sql: str, rows: list[Row]) -> None:
        if rows:
            self.connection.exec_driver_sql(sql, rows)
