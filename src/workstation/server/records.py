"""Synced records on the server: read them, write a new version of one (which takes the
next number of the pull sequence), and show them as pull `Change`s."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

import orjson
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from workstation.protocol.v1 import Change
from workstation.server import counters
from workstation.server.db import utc_now
from workstation.server.tables import SEQ_COUNTER, ApplicationRow, CounterRow, PermitRow, PersonRow

RecordTable = type[PersonRow] | type[ApplicationRow] | type[PermitRow]


class NewRow:
    """A record a push batch creates: its column values as plain attributes, inserted with
    the batch's other new rows at its end (`take_new`). Not an ORM object: making and
    filling one of those for each new record cost the batch more than the record's
    checks; nothing but the batch sees these rows until they are inserted."""

    __slots__ = (
        "card_number",
        "center_code",
        "data",
        "deleted",
        "id",
        "number",
        "seq",
        "service_code",
        "status",
        "table",
        "updated_at",
        "version",
    )

    def __init__(self, table: RecordTable, entity_id: str, center_code: str) -> None:
        self.table = table
        self.id = entity_id
        self.center_code = center_code
        self.version = 0
        self.seq = 0
        self.deleted = False
        self.updated_at: dt.datetime | None = None
        self.data: dict[str, Any] = {}
        self.number = ""
        self.status = ""
        self.service_code = ""
        self.card_number = ""

    def values(self) -> dict[str, Any]:
        """The row's values by column, for its INSERT."""
        return {c.key: getattr(self, c.key) for c in self.table.__table__.columns}


RecordRow = PersonRow | ApplicationRow | PermitRow | NewRow

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
# What a batch read that no lock of its own protects (`unchanged` checks it again), and
# the holders of application numbers as it read them.
_READ = "records.read"
_HELD = "records.held"
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


def take_new(session: Session) -> list[tuple[type[Any], list[dict[str, Any]]]]:
    """The batch's new records as rows of values, by table (then none is new)."""
    new: dict[int, NewRow] = session.info.get(_NEW) or {}
    by_table: dict[type[Any], list[dict[str, Any]]] = {}
    for row in new.values():
        by_table.setdefault(row.table, []).append(row.values())
    new.clear()
    return [(table, rows) for table, rows in by_table.items() if rows]


def take_rows(session: Session, table: type[Any]) -> list[dict[str, Any]]:
    """The batch's pending rows of `table` (then none of them is pending)."""
    pending: dict[type[Any], list[dict[str, Any]]] = session.info.get(_PENDING) or {}
    return pending.pop(table, [])


def take_pending(session: Session) -> list[tuple[type[Any], list[dict[str, Any]]]]:
    """The batch's new rows by table, records first (then nothing is pending)."""
    pending: dict[type[Any], list[dict[str, Any]]] = session.info.get(_PENDING) or {}
    taken = [*take_new(session), *((table, rows) for table, rows in pending.items() if rows)]
    pending.clear()
    return taken


def write_pending(session: Session) -> None:
    """Insert the batch's new rows: one INSERT per table, records first (plain values: no
    unit of work, no row objects for the events and results); on PostgreSQL as one JSON
    document each (`populate`), elsewhere with one executemany each."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    for table, rows in take_pending(session):
        if postgresql:
            sql, document = populate(table, rows)
            session.execute(text(sql.replace("%s", ":rows")), {"rows": document})
        else:
            session.execute(insert(table.__table__), rows)


def _json_value(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _document(rows: list[dict[str, Any]]) -> str:
    """`rows` as one JSON text. orjson writes it several times faster than `json` (a push
    batch's rows were a tenth of its server time) and writes datetimes in ISO 8601 as
    `_json_value` does; what it cannot write (an integer beyond 64 bits) goes through
    `json`, which can."""
    try:
        return orjson.dumps(rows).decode()
    except orjson.JSONEncodeError:
        return json.dumps(rows, default=_json_value)


def populate(table: type[Any], rows: list[dict[str, Any]]) -> tuple[str, str]:
    """``INSERT … SELECT … FROM json_populate_recordset(…)`` of `rows` on PostgreSQL: the
    statement (one ``%s`` parameter) and that parameter, the rows as one JSON document
    (one statement for the database to run, little for the driver to encode). JSON
    columns keep their values' JSON text."""
    name = f'"{table.__table__.name}"'
    columns = ", ".join(f'"{key}"' for key in rows[0])
    sql = (
        f"INSERT INTO {name} ({columns}) SELECT {columns} "
        f"FROM json_populate_recordset(NULL::{name}, CAST(%s AS json))"
    )
    return sql, _document(rows)


def populate_numbered(
    table: type[Any], rows: list[dict[str, Any]], counter: str, claimed: int
) -> tuple[str, tuple[str, int, str]]:
    """`populate` of rows whose ``seq`` is their place (0, 1, …) in the block of `claimed`
    numbers that the transaction takes of `counter` (`counters.number_in_blocks`): the
    statement adds the block's first number, read from the counter's row, which must be
    taken (locked and moved on) earlier in the same transaction. So the rows are encoded
    before the counters are locked, and written without waiting for their numbers."""
    name = f'"{table.__table__.name}"'
    columns = [f'"{key}"' for key in rows[0]]
    first = f'(SELECT value FROM "{CounterRow.__tablename__}" WHERE name = %s) - %s'
    values = ", ".join(f"{c} + {first}" if c == '"seq"' else c for c in columns)
    sql = (
        f"INSERT INTO {name} ({', '.join(columns)}) SELECT {values} "
        f"FROM json_populate_recordset(NULL::{name}, CAST(%s AS json))"
    )
    return sql, (counter, claimed - 1, _document(rows))


def _cache(session: Session) -> dict[Key, RecordRow | None] | None:
    return cast("dict[Key, RecordRow | None] | None", session.info.get(_ROWS))


def _numbers(session: Session) -> dict[str, str] | None:
    return cast("dict[str, str] | None", session.info.get(_NUMBERS))


@dataclass(frozen=True, slots=True)
class Preload:
    """What `preload` reads: the ids of each entity not read yet (sorted: the order their
    rows are locked in), the application numbers whose holders are not known yet."""

    wanted: dict[str, list[str]]
    numbers: list[str]


def preload_plan(session: Session, keys: Iterable[Key], numbers: Iterable[str] = ()) -> Preload:
    cache: dict[Key, RecordRow | None] = session.info.setdefault(_ROWS, {})
    wanted: dict[str, set[str]] = {}
    for entity, entity_id in keys:
        if entity in TABLES and (entity, entity_id) not in cache:
            wanted.setdefault(entity, set()).add(entity_id)
    holders: dict[str, str] = session.info.setdefault(_NUMBERS, {})
    return Preload(
        {entity: sorted(ids) for entity, ids in sorted(wanted.items())},
        sorted({n for n in numbers if n and n not in holders}),
    )


# `preload`'s reads for the driver (a push sends them in a pipeline with others): the
# ids of an entity's rows among ``%s`` (an array), locked in id order; the holders of the
# application numbers among ``%s``. Run unprepared (planned for each batch): a plan kept
# from the first batches, when the tables were nearly empty, made PostgreSQL spend 12 ms
# a batch instead of 6 in a push of 10,000 new records.
LOCK_PG = {
    entity: f'SELECT id FROM "{table.__tablename__}" WHERE id = ANY(%s) ORDER BY id FOR UPDATE'
    for entity, table in TABLES.items()
}
HOLDERS_PG = 'SELECT number, id FROM "applications" WHERE number = ANY(%s)'


def preload(session: Session, keys: Iterable[Key], numbers: Iterable[str] = ()) -> None:
    """Read and lock, in one query per table (tables and rows in one order, so that two
    batches never wait for each other's rows), the rows a batch of mutations is about;
    and, in one more query, which applications hold the application `numbers` it uses."""
    preloaded(session, preload_plan(session, keys, numbers))


def preloaded(
    session: Session,
    plan: Preload,
    locked: dict[str, list[str]] | None = None,
    held: Iterable[tuple[str, str]] | None = None,
) -> None:
    """Keep what `plan` reads: read here, or given as read by `LOCK_PG` (the ids of each
    entity found, their rows locked by now: only those are read here, with no lock of
    their own) and `HOLDERS_PG` (number, id)."""
    cache: dict[Key, RecordRow | None] = session.info.setdefault(_ROWS, {})
    for entity, ids in plan.wanted.items():
        table = TABLES[entity]
        rows: list[RecordRow] = []
        if locked is None:
            query = select(table).where(table.id.in_(ids)).order_by(table.id).with_for_update()
            rows = cast("list[RecordRow]", list(session.scalars(query)))
        elif locked.get(entity):
            query = select(table).where(table.id.in_(locked[entity]))
            rows = cast("list[RecordRow]", list(session.scalars(query)))
        found = {row.id: row for row in rows}
        for entity_id in ids:
            cache[(entity, entity_id)] = found.get(entity_id)
            if entity_id not in found:
                _read(session)[(entity, entity_id)] = None
    if not plan.numbers:
        return
    if held is None:
        held = [
            (str(number), str(app_id))
            for number, app_id in session.execute(
                select(ApplicationRow.number, ApplicationRow.id).where(
                    ApplicationRow.number.in_(plan.numbers)
                )
            )
        ]
    holders = dict.fromkeys(plan.numbers, "")
    for number, app_id in held:
        holders[str(number)] = min(holders[str(number)] or str(app_id), str(app_id))
    session.info.setdefault(_NUMBERS, {}).update(holders)
    session.info.setdefault(_HELD, {}).update(holders)


def _read(session: Session) -> dict[Key, int | None]:
    """The rows this transaction read without holding their lock (or found missing, which
    no lock covers), by key: their version then (None: missing)."""
    read: dict[Key, int | None] = session.info.setdefault(_READ, {})
    return read


def number_holder(session: Session, number: str, other_than: str) -> str | None:
    """The id of an application other than `other_than` with this number, if any."""
    holders = _numbers(session)
    if holders is not None and number in holders:
        holder = holders[number]
        return holder if holder and holder != other_than else None
    held = (
        session.execute(select(ApplicationRow.id).where(ApplicationRow.number == number))
        .scalars()
        .all()
    )
    if holders is not None:
        holders[number] = held[0] if held else ""
        session.info.setdefault(_HELD, {})[number] = holders[number]
    return next((app_id for app_id in held if app_id != other_than), None)


def find(session: Session, entity: str, entity_id: str, *, lock: bool = False) -> RecordRow | None:
    cache = _cache(session)
    if cache is not None and (entity, entity_id) in cache:
        return cache[(entity, entity_id)]
    table = TABLES[entity]
    query = select(table).where(table.id == entity_id)
    if lock:
        query = query.with_for_update()
    row = cast("RecordRow | None", session.execute(query).scalar_one_or_none())
    if cache is not None and (lock or row is None):
        cache[(entity, entity_id)] = row
    if cache is not None and (not lock or row is None):
        _read(session)[(entity, entity_id)] = None if row is None else row.version
    return row


@dataclass(frozen=True, slots=True)
class Reads:
    """What a batch read that no lock of its own protects: the rows read unlocked or
    found missing (version then, None: missing), by entity and id; the holders of the
    application numbers it looked up ("" for none)."""

    rows: dict[str, dict[str, int | None]]
    holders: dict[str, str]

    def hold(self, rows: dict[str, dict[str, int]], holders: Iterable[tuple[str, str]]) -> bool:
        """Whether they are still so, given the rows' versions and the (number, id)
        pairs read now (with the counters locked)."""
        for entity, expected in self.rows.items():
            if {key: rows.get(entity, {}).get(key) for key in expected} != expected:
                return False
        now = dict.fromkeys(self.holders, "")
        for number, app_id in holders:
            now[number] = min(now[number] or app_id, app_id)
        return now == self.holders


def reads(session: Session) -> Reads:
    """`Reads` of this transaction. A row it found missing and then created itself is not
    asked again: another transaction that created it meanwhile makes its INSERT fail."""
    cache = _cache(session) or {}
    rows: dict[str, dict[str, int | None]] = {}
    for (entity, entity_id), version in (session.info.get(_READ) or {}).items():
        if version is None and cache.get((entity, entity_id)) is not None:
            continue
        rows.setdefault(entity, {})[entity_id] = version
    return Reads(rows, dict(session.info.get(_HELD) or {}))


def unchanged(session: Session) -> bool:
    """Whether what this transaction read without a lock is still so (`Reads`). Asked
    with the counters locked, just before a push batch writes: when it is so, the batch
    is as if it had run with the counters locked from its start."""
    read = reads(session)
    rows: dict[str, dict[str, int]] = {}
    for entity, expected in read.rows.items():
        table = TABLES[entity]
        query = select(table.id, table.version).where(table.id.in_(sorted(expected)))
        rows[entity] = {str(i): int(v) for i, v in session.execute(query)}
    holders: list[tuple[str, str]] = []
    if read.holders:
        held = select(ApplicationRow.number, ApplicationRow.id).where(
            ApplicationRow.number.in_(sorted(read.holders))
        )
        holders = [(str(n), str(i)) for n, i in session.execute(held)]
    return read.hold(rows, holders)


def _index_columns(session: Session, entity: str, row: RecordRow, data: dict[str, Any]) -> None:
    if entity == "application":
        assert isinstance(row, ApplicationRow | NewRow)
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
    elif entity == "permit":
        assert isinstance(row, PermitRow | NewRow)
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
    row = existing
    new: dict[int, NewRow] | None = session.info.get(_NEW)
    if row is None:
        if new is None:
            row = TABLES[entity](id=entity_id, center_code=center_code, version=0)
        else:
            row = NewRow(TABLES[entity], entity_id, center_code)
            new[id(row)] = row
    row.version = int(row.version or 0) + 1
    counters.claim(session, SEQ_COUNTER, partial(setattr, row, "seq"))
    row.deleted = deleted
    row.updated_at = utc_now()
    row.data = data
    _index_columns(session, entity, row, data)
    if not isinstance(row, NewRow):
        session.add(row)
    cache = _cache(session)
    if cache is not None:
        cache[(entity, entity_id)] = row
    return row


def entity_of(row: RecordRow) -> str:
    for entity, table in TABLES.items():
        if isinstance(row, table) or (isinstance(row, NewRow) and row.table is table):
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
