"""The bulk path of the unit of work: many new records with core multi-row inserts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, insert, select

from workstation.domain.model import Application, Person
from workstation.domain.serialize import application_to_dict, person_to_dict
from workstation.store import search
from workstation.store.errors import AlreadyExists, NotFound
from workstation.store.mapping import application_values, checklist_values, person_values
from workstation.store.outbox import outbox_values
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
        people = self._check(persons, applications)
        uow = self.uow
        now = uow.now()
        outbox: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        seq = uow._next_seq(len(persons) + len(applications))

        def record(entity: str, entity_id: str, changed: dict[str, Any], version: int) -> None:
            nonlocal seq
            outbox.append(
                outbox_values(
                    client_seq=seq,
                    entity=entity,
                    entity_id=entity_id,
                    op="create",
                    base_version=version,
                    changed=changed,
                    prev={},
                    at=now,
                )
            )
            audit.append(uow._audit_values(f"{entity}.create", entity, entity_id))
            seq += 1

        person_rows = []
        for person in persons:
            person_rows.append({**person_values(person), "updated_at": now, "deleted": False})
            record("person", person.id, person_to_dict(person), person.version)

        rowid = uow._next_search_rowid(len(applications))
        app_rows: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        index: list[tuple[int, str]] = []
        for app in applications:
            app_rows.append(
                {
                    **application_values(app),
                    "sync_state": "pending",
                    "search_rowid": rowid,
                    "updated_at": now,
                    "deleted": False,
                }
            )
            items.extend(checklist_values(app))
            index.append((rowid, search.document_text(**people[app.person_id], number=app.number)))
            record("application", app.id, application_to_dict(app), app.version)
            rowid += 1

        for table, rows in (
            (PersonRow, person_rows),
            (ApplicationRow, app_rows),
            (ChecklistItemRow, items),
            (OutboxRow, outbox),
            (AuditEventRow, audit),
        ):
            if rows:
                self.session.execute(insert(table), rows)
        search.put_many(self.session, index)
        return len(persons) + len(applications)
