"""Synced records on the server: read them, write a new version of one (which takes the
next number of the pull sequence), and show them as pull `Change`s."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import select
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
# id); None when there is no such row. Only while the batch's transaction lasts.
_ROWS = "records.rows"
Key = tuple[str, str]


def _cache(session: Session) -> dict[Key, RecordRow | None] | None:
    return cast("dict[Key, RecordRow | None] | None", session.info.get(_ROWS))


def preload(session: Session, keys: Iterable[Key]) -> None:
    """Read and lock, in one query per table, the rows a batch of mutations is about."""
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


def forget(session: Session, entity: str, entity_id: str) -> None:
    """After a rolled-back savepoint: the row is read again."""
    cache = _cache(session)
    if cache is not None:
        cache.pop((entity, entity_id), None)


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


def _index_columns(row: RecordRow, data: dict[str, Any]) -> None:
    if isinstance(row, ApplicationRow):
        row.number = str(data.get("number", ""))
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
    """Store `data` as the entity's next version, numbered by the pull sequence."""
    seq = next_seq(session)
    row = existing
    if row is None:
        row = TABLES[entity](id=entity_id, center_code=center_code, version=0)
    row.version = int(row.version or 0) + 1
    row.seq = seq
    row.deleted = deleted
    row.updated_at = utc_now()
    row.data = data
    _index_columns(row, data)
    session.add(row)
    session.flush()
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
