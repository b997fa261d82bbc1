"""Rows of new records as the database stores them, for the bulk insert.

Each builder gives a tuple in the order of its ``*_COLUMNS``, with every value already in
its stored form (what the column types of `tables` would bind: dates as ISO text,
timestamps as `datetime_text`, JSON as canonical `dumps` text, booleans as 0/1), so
that thousands of rows go to SQLite in one ``executemany`` without per-value work in
SQLAlchemy. `tests/store/test_bulk.py` checks them against the ORM's own binding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

from workstation.domain.model import Application, Person, Status
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
MILESTONE_COLUMNS = ("printed_at", "printed_by", "issued_at", "issued_by")
"""Filled from the history by the insert trigger when a writer leaves them out (0006);
given here, so that the trigger does not parse the history again (0009)."""
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
    *MILESTONE_COLUMNS,
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


def insert_sql(table: str, columns: tuple[str, ...], rows: int = 1) -> str:
    """``INSERT INTO table (columns) VALUES (?, ...)``, with `rows` rows of placeholders."""
    marks = f"({', '.join('?' * len(columns))})"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([marks] * rows)}"


MAX_VARIABLES = 32766
"""Parameters one SQLite statement may take at most (``SQLITE_MAX_VARIABLE_NUMBER``'s
default since 3.32, the lowest among the builds the store runs on)."""


@lru_cache(maxsize=256)
def _values_sql(table: str, columns: tuple[str, ...], rows: int) -> str:
    return insert_sql(table, columns, rows)


def insert_many(
    execute: Callable[[str, Sequence[Any]], object],
    table: str,
    columns: tuple[str, ...],
    rows: Sequence[Row],
) -> None:
    """Insert `rows` (tuples in the order of `columns`) with multi-row ``VALUES``
    statements through ``execute(sql, parameters)``.

    Not ``executemany``: that runs and resets its statement once per row, and on a table
    with a trigger every run sets the trigger's program up again, even when its WHEN
    clause is false (20-30 µs per application: migration 0009's milestones trigger and
    some twenty indexes); and fewer, larger statements are faster anyway (20,000 pulled
    applications in 1,000-row statements: three quarters of the CPU of ``executemany``
    with no trigger at all). The statements hold a power of two of rows each (at most
    `MAX_VARIABLES` parameters), largest first: a connection prepares a dozen texts per
    table and then finds them in its statement cache, whatever the number of rows."""
    most = 1 << (max(1, MAX_VARIABLES // len(columns)).bit_length() - 1)
    start = 0
    while start < len(rows):
        size = min(most, 1 << ((len(rows) - start).bit_length() - 1))
        part = rows[start : start + size]
        execute(_values_sql(table, columns, size), tuple(chain.from_iterable(part)))
        start += size


def date_value(value: dt.date | None) -> str | None:
    """A date as SQLAlchemy's SQLite ``DATE`` stores it (the date part of a datetime)."""
    if value is None:
        return None
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def person_head(person: Person) -> Row:
    """The person's row up to ``version``: all but ``updated_at`` and ``deleted``, which
    the writer adds (`person_row`); it depends on nothing stored, so a pulled page's rows
    are made while the page before it is written (`pull_page.prepare`)."""
    doc = person.document
    return (
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
    )


def person_row(person: Person, now: str, *, changed: bool = True) -> tuple[Row, str]:
    """The person's row, and its outbox payload (the JSON of `person_to_dict`; "" without
    `changed`)."""
    return (*person_head(person), now, 0), person_json(person) if changed else ""


def milestones(app: Application) -> tuple[str | None, str, str | None, str]:
    """``printed_at``, ``printed_by``, ``issued_at``, ``issued_by`` as migration 0006's
    trigger sets them: the instant and officer of the first history step into
    card_printed and into issued (NULL and "" when there is none)."""
    printed = issued = None
    for step in app.history:
        if step.to_status is Status.CARD_PRINTED:
            if printed is None:
                printed = step
        elif step.to_status is Status.ISSUED and issued is None:
            issued = step
    return (
        None if printed is None else datetime_text(printed.at),
        "" if printed is None else printed.by,
        None if issued is None else datetime_text(issued.at),
        "" if issued is None else issued.by,
    )


def application_parts(app: Application, fields: str, history: str) -> tuple[Row, Row]:
    """The application's row but for what the writer knows (`application_row`): the
    columns up to ``history``, and the milestones (`MILESTONE_COLUMNS`); `fields` and
    `history` are the JSON of those columns. They depend on nothing stored, so a pulled
    page's rows are made while the page before it is written (`pull_page.prepare`)."""
    decision = app.decision
    head = (
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
    )
    return head, milestones(app)


def application_row_of(
    parts: tuple[Row, Row],
    version: int,
    *,
    search_rowid: int,
    now: str,
    applicant_key: str,
    sync_state: str,
) -> Row:
    """The row in the order of `APPLICATION_COLUMNS`, from `application_parts`."""
    head, tail = parts
    return (*head, sync_state, search_rowid, version, now, 0, applicant_key, *tail)


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
    parts = application_parts(app, fields, history)
    row = application_row_of(
        parts,
        app.version,
        search_rowid=search_rowid,
        now=now,
        applicant_key=applicant_key,
        sync_state=sync_state,
    )
    return row, payload


def checklist_rows(app: Application) -> list[Row]:
    return [
        (app.id, position, item.code, int(item.received), item.attachment_sha256, item.note)
        for position, item in enumerate(app.checklist)
    ]
