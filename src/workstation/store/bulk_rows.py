"""Rows of new records as the database stores them, for the bulk insert.

Each builder gives a tuple in the order of its ``*_COLUMNS``, with every value already in
its stored form (what the column types of `tables` would bind: dates as ISO text,
timestamps as `datetime_text`, JSON as canonical `dumps` text, booleans as 0/1), so
that thousands of rows go to SQLite in one ``executemany`` without per-value work in
SQLAlchemy. `tests/store/test_bulk.py` checks them against the ORM's own binding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from workstation.domain.model import Application, Person
from workstation.domain.serialize import datetime_text
from workstation.store.bulk_json import application_json, columns_json, person_json
from workstation.store.columns import dumps
from workstation.store.mapping import name_key
from workstation.store.search import identifier_key

Row = tuple[Any, ...]

PERSON_COLUMNS = (
    "id",
    "surname",
    "given_names",
    "patronymic",
    "sex",
    "birth_date",
    "birth_place",
    "citizenship",
    "document_type",
    "document_number",
    "document_number_key",
    "document_issuing_state",
    "document_issue_date",
    "document_expiry_date",
    "pin",
    "fin",
    "phone",
    "email",
    "address",
    "photo_sha256",
    "name_key",
    "version",
    "updated_at",
    "deleted",
)
APPLICATION_COLUMNS = (
    "id",
    "number",
    "service_code",
    "person_id",
    "status",
    "center_code",
    "received_at",
    "received_by",
    "due_date",
    "fields",
    "fee_tier",
    "fee_amount",
    "payment_ref",
    "assignee",
    "decision_outcome",
    "decision_by",
    "decision_at",
    "decision_reason",
    "history",
    "sync_state",
    "search_rowid",
    "version",
    "updated_at",
    "deleted",
    "applicant_key",
)
CHECKLIST_COLUMNS = (
    "application_id",
    "position",
    "code",
    "received",
    "attachment_sha256",
    "note",
)
OUTBOX_COLUMNS = (
    "client_seq",
    "mutation_id",
    "entity",
    "entity_id",
    "op",
    "base_version",
    "changed",
    "prev",
    "created_at",
    "state",
    "result_reason",
)
AUDIT_COLUMNS = (
    "seq",
    "at",
    "actor",
    "workstation_id",
    "action",
    "entity",
    "entity_id",
    "prev_hash",
    "hash",
)
EMPTY_JSON = dumps({})


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def date_value(value: dt.date | None) -> str | None:
    """A date as SQLAlchemy's SQLite ``DATE`` stores it (the date part of a datetime)."""
    if value is None:
        return None
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def person_row(person: Person, now: str, *, changed: bool = True) -> tuple[Row, str]:
    """The person's row, and its outbox payload (the JSON of `person_to_dict`; "" without
    `changed`)."""
    doc = person.document
    row = (
        person.id,
        person.surname,
        person.given_names,
        person.patronymic,
        person.sex.value,
        date_value(person.birth_date),
        person.birth_place,
        person.citizenship,
        doc.type.value,
        doc.number,
        identifier_key(doc.number),
        doc.issuing_state,
        date_value(doc.issue_date),
        date_value(doc.expiry_date),
        person.pin,
        person.fin,
        person.phone,
        person.email,
        person.address,
        person.photo_sha256,
        name_key(person.surname, person.given_names, person.patronymic),
        person.version,
        now,
        0,
    )
    return row, person_json(person) if changed else ""


def application_row(
    app: Application,
    search_rowid: int,
    now: str,
    applicant_key: str,
    *,
    changed: bool = True,
    sync_state: str = "pending",
) -> tuple[Row, str]:
    """The application's row, and its outbox payload (the JSON of `application_to_dict`;
    "" without `changed`); `applicant_key` is the ``name_key`` of its applicant."""
    if changed:
        payload, fields, history = application_json(app)
    else:
        payload, (fields, history) = "", columns_json(app)
    decision = app.decision
    row = (
        app.id,
        app.number or None,
        app.service_code,
        app.person_id,
        app.status.value,
        app.center_code,
        datetime_text(app.received_at),
        app.received_by,
        date_value(app.due_date),
        fields,
        app.fee_tier,
        str(app.fee_amount),
        app.payment_ref,
        app.assignee,
        decision.outcome.value if decision else None,
        decision.by if decision else None,
        datetime_text(decision.at) if decision else None,
        decision.reason if decision else None,
        history,
        sync_state,
        search_rowid,
        app.version,
        now,
        0,
        applicant_key,
    )
    return row, payload


def checklist_rows(app: Application) -> list[Row]:
    return [
        (app.id, position, item.code, int(item.received), item.attachment_sha256, item.note)
        for position, item in enumerate(app.checklist)
    ]
