"""Synced records on the server: read them, write a new version of one (which takes the
next number of the pull sequence), and show them as pull `Change`s."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from workstation.protocol.v1 import Change
from workstation.server.counters import next_seq
from workstation.server.db import utc_now
from workstation.server.tables import ApplicationRow, PermitRow, PersonRow

RecordRow = PersonRow | ApplicationRow | PermitRow
RecordTable = type[PersonRow] | type[ApplicationRow] | type[PermitRow]

TABLES: dict[str, RecordTable] = {
    "person": PersonRow,
    "application": ApplicationRow,
    "permit": PermitRow,
}


# The rows a push batch has read (locked) or written in this transaction, by (entity,
# id); None when there is no such row. Only while the batch's transaction lasts. A push
# batch writes its rows at its end (one INSERT per table), so until then a row it made
# is found here, not by a query.
_ROWS = "records.rows"
# The application numbers a push batch is about, and which application holds each ("" for
# none), kept up to date as the batch writes.
_NUMBERS = "records.numbers"
# The rows a push batch adds (new records, audit events, stored results), by table, to
# be inserted at its end with one executemany per table, without the ORM's unit of
# work (`write_pending`). A new record's row object stays out of the session: the batch
# reads it from `_ROWS` and may write it again (its last state is inserted).
_PENDING = "records.pending"
_NEW = "records.new"
Key = tuple[str, str]


def start_batch(session: Session) -> None:
    """From now on, this transaction's new rows wait for `write_pending`."""
    session.info.setdefault(_ROWS, {})
    session.info[_PENDING] = {}
    session.info[_NEW] = {}


def batching(session: Session) -> bool:
    return _PENDING in session.info


def insert_later(session: Session, table: type[Any], values: dict[str, Any]) -> None:
    """Insert a row of `table` at `write_pending` (in a batch only)."""
    pending: dict[type[Any], list[dict[str, Any]]] = session.info[_PENDING]
    pending.setdefault(table, []).append(values)


def write_pending(session: Session) -> None:
    """Insert the batch's new rows: one executemany per table, records first (plain
    Core: no unit of work, no row objects for the events and results)."""
    new: dict[int, RecordRow] = session.info.get(_NEW) or {}
    pending: dict[type[Any], list[dict[str, Any]]] = session.info.get(_PENDING) or {}
    by_table: dict[type[Any], list[dict[str, Any]]] = {}
    for row in new.values():
        columns = type(row).__table__.columns
        by_table.setdefault(type(row), []).append({c.key: getattr(row, c.key) for c in columns})
    for table, rows in [*by_table.items(), *pending.items()]:
        if rows:  # psycopg sends the rows in one pipeline
            session.execute(insert(table.__table__), rows)
    new.clear()
    pending.clear()


def _cache(session: Session) -> dict[Key, RecordRow | None] | None:
    return cast("dict[Key, RecordRow | None] | None", session.info.get(_ROWS))


def _numbers(session: Session) -> dict[str, str] | None:
    return cast("dict[str, str] | None", session.info.get(_NUMBERS))


def preload(session: Session, keys: Iterable[Key], numbers: Iterable[str] = ()) -> None:
    """Read and lock, in one query per table, the rows a batch of mutations is about; and,
    in one more query, which applications hold the application `numbers` it uses."""
    cache: dict[Key, RecordRow | None] = session.info.setdefault(_ROWS, {})
    wanted: dict[str, set[str]] = {}
    for entity, entity_id in keys:
        if entity in TABLES and (entity, entity_id) not in cache:
            wanted.setdefault(entity, set()).add(entity_id)
    for entity, ids in wanted.items():
        table = TABLES[entity]
        query = select(table).where(table.id.in_(sorted(ids))).order_by(table.id)
        rows = cast("list[RecordRow]", list(session.scalars(query.with_for_update())))
        found = {row.id: row for row in rows}
        for entity_id in ids:
            cache[(entity, entity_id)] = found.get(entity_id)
    holders: dict[str, str] = session.info.setdefault(_NUMBERS, {})
    missing = sorted({n for n in numbers if n and n not in holders})
    if missing:
        held = session.execute(
            select(ApplicationRow.number, ApplicationRow.id).where(
                ApplicationRow.number.in_(missing)
            )
        )
        holders.update(dict.fromkeys(missing, ""))
        holders.update({str(number): str(app_id) for number, app_id in held})


def number_holder(session: Session, number: str, other_than: str) -> str | None:
    """The id of an application other than `other_than` with this number, if any."""
    holders = _numbers(session)
    if holders is not None and number in holders:
        holder = holders[number]
        return holder if holder and holder != other_than else None
    return session.scalar(
        select(ApplicationRow.id).where(
            ApplicationRow.number == number, ApplicationRow.id != other_than
        )
    )


def find(session: Session, entity: str, entity_id: str, *, lock: bool = False) -> RecordRow | None:
    cache = _cache(session)
    if cache is not None and (entity, entity_id) in cache:
        return cache[(entity, entity_id)]
    table = TABLES[entity]
    query = select(table).where(table.id == entity_id)
    if lock:
        query = query.with_for_update()
    row = cast("RecordRow | None", session.execute(query).scalar_one_or_none())
    if cache is not None and lock:
        cache[(entity, entity_id)] = row
    return row


def _index_columns(session: Session, row: RecordRow, data: dict[str, Any]) -> None:
    if isinstance(row, ApplicationRow):
        holders = _numbers(session)
        number = str(data.get("number", ""))
        if holders is not None and number != row.number:
            if row.number and holders.get(row.number) == row.id:
                holders[row.number] = ""
            if number:
                holders[number] = row.id
        row.number = number
        row.status = str(data.get("status", ""))
        row.service_code = str(data.get("service_code", ""))
    elif isinstance(row, PermitRow):
        row.card_number = str(data.get("card_number", ""))


def write(
    session: Session,
    entity: str,
    entity_id: str,
    data: dict[str, Any],
    *,
    center_code: str,
    existing: RecordRow | None,
    deleted: bool = False,
) -> RecordRow:
    """Store `data` as the entity's next version, numbered by the pull sequence. The row
    is written when the session flushes (a push batch: at its end, with the others)."""
    seq = next_seq(session)
    row = existing
    new: dict[int, RecordRow] | None = session.info.get(_NEW)
    if row is None:
        row = TABLES[entity](id=entity_id, center_code=center_code, version=0)
        if new is not None:
            new[id(row)] = row
    row.version = int(row.version or 0) + 1
    row.seq = seq
    row.deleted = deleted
    row.updated_at = utc_now()
    row.data = data
    _index_columns(session, row, data)
    if new is None or id(row) not in new:
        session.add(row)
    cache = _cache(session)
    if cache is not None:
        cache[(entity, entity_id)] = row
    return row


def entity_of(row: RecordRow) -> str:
    for entity, table in TABLES.items():
        if isinstance(row, table):
            return entity
    raise TypeError(type(row).__name__)


def as_change(row: RecordRow) -> Change:
    return Change(
        seq=row.seq,
        entity=entity_of(row),  # type: ignore[arg-type]  # one of the Entity literals
        entity_id=row.id,
        version=row.version,
        deleted=row.deleted,
        data=dict(row.data),
    )
