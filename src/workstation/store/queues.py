"""Work queues: counts, filtered and sorted pages, and full-text search — all in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from math import isqrt
from typing import Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Integer,
    Select,
    bindparam,
    column,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from workstation.domain.model import Status
from workstation.domain.serialize import datetime_text, parse_datetime
from workstation.store.search import TABLE as SEARCH_TABLE
from workstation.store.search import match_expression
from workstation.store.tables import ApplicationRow, PersonRow

A = ApplicationRow
P = PersonRow


class SortKey(StrEnum):
    NUMBER = "number"
    APPLICANT = "applicant"  # by the folded full name, surname first
    CITIZENSHIP = "citizenship"
    SERVICE = "service"
    STATUS = "status"
    RECEIVED_AT = "received_at"
    DUE_DATE = "due_date"
    ASSIGNEE = "assignee"


# The ORDER BY of each sort, ascending and descending, missing values last in both. NULL is
# the smallest value in SQLite: descending puts it last by itself, and SQLite still walks
# an index for ``ASC NULLS LAST`` (the keys, then the NULLs). Sorting by applicant reads
# `ApplicationRow.applicant_key` (the person's ``name_key``, on the application).
_SORTS: dict[SortKey, tuple[Any, Any]] = {
    SortKey.NUMBER: (A.number.asc().nulls_last(), A.number.desc()),
    SortKey.APPLICANT: (A.applicant_key.asc(), A.applicant_key.desc()),
    SortKey.CITIZENSHIP: (P.citizenship.asc(), P.citizenship.desc()),
    SortKey.SERVICE: (A.service_code.asc(), A.service_code.desc()),
    SortKey.STATUS: (A.status.asc(), A.status.desc()),
    SortKey.RECEIVED_AT: (A.received_at.asc().nulls_last(), A.received_at.desc()),
    SortKey.DUE_DATE: (A.due_date.asc().nulls_last(), A.due_date.desc()),
    SortKey.ASSIGNEE: (A.assignee.asc(), A.assignee.desc()),
}
# The due date with SQLite's unary "+": the same order, but no index can give it, so the
# planner takes the index of the filter and sorts the keys it finds there (a covering
# index: no table reads) instead of walking every application in due-date order.
_DUE_PLAIN = literal_column("+applications.due_date", Date)
_DUE_SORTED = (_DUE_PLAIN.asc().nulls_last(), _DUE_PLAIN.desc())


def _narrowed_unordered(shape: _Shape) -> bool:
    """Whether the filter narrows by status or service in a way whose index does not hold
    the rows in due-date order (several statuses or services, a service without status).
    An assignee's queue ("My work": several statuses of one officer) walks the assignee's
    index (0008) in due-date order and filters the statuses inside it."""
    statuses, services = shape.statuses, shape.services
    if shape.assignee and services is None:
        return False
    if statuses is None:
        return services is not None
    return statuses > 1 or (services is not None and services > 1)


_ROWID = literal_column("applications.rowid", Integer)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What a queue shows. Every field narrows; None (or empty) means no restriction.

    ``received_since`` is inclusive and ``received_before`` exclusive (convert a local
    calendar day to that pair of instants); ``due_before`` keeps due dates strictly
    earlier; ``assignee=""`` selects unassigned applications; ``search`` is matched
    through the full-text index like `QueueRepository.search`.
    """

    statuses: frozenset[Status] | None = None
    service_codes: frozenset[str] | None = None
    assignee: str | None = None
    received_since: dt.datetime | None = None
    received_before: dt.datetime | None = None
    due_before: dt.date | None = None
    search: str = ""
    sync_states: frozenset[str] | None = None


class QueueRow(NamedTuple):
    """One line of a queue: light, for tables of thousands of rows (a named tuple: made
    in a fraction of a frozen dataclass's time, a page of them per query)."""

    id: str
    number: str
    applicant_name: str
    citizenship: str
    service_code: str
    status: Status
    received_at: dt.datetime | None
    due_date: dt.date | None
    assignee: str
    sync_state: str


_ROW_COLUMNS = (
    A.id,
    A.number,
    P.surname,
    P.given_names,
    P.patronymic,
    P.citizenship,
    A.service_code,
    A.status,
    A.received_at,
    A.due_date,
    A.assignee,
    A.sync_state,
)
_STATUSES = {status.value: status for status in Status}


_instant = dt.datetime.fromisoformat  # stored as UTC with a "Z" (`datetime_text`)
_day = dt.date.fromisoformat
_line = tuple.__new__  # a QueueRow without its generated __new__'s Python frame


def _queue_row(values: Sequence[Any]) -> QueueRow:
    """A line from the raw values of `_ROW_COLUMNS` (text as stored: the queries run on
    the driver, without SQLAlchemy's result processing). A page makes a hundred: the
    values are unpacked once, the usual names joined without a list."""
    (
        key,
        number,
        surname,
        given_names,
        patronymic,
        citizenship,
        service,
        status,
        received,
        due,
        assignee,
        sync_state,
    ) = values
    if surname and given_names:
        name = f"{surname} {given_names} {patronymic}" if patronymic else f"{surname} {given_names}"
    else:
        name = " ".join([p for p in (surname, given_names, patronymic) if p])
    when = None
    if received is not None:
        when = _instant(received)
        if when.tzinfo is not dt.UTC:  # not as `datetime_text` writes it: the strict way
            when = parse_datetime(received)
    return _line(
        QueueRow,
        (
            key,
            number or "",
            name,
            citizenship,
            service,
            _STATUSES[status],
            when,
            None if due is None else _day(due),
            assignee,
            sync_state,
        ),
    )


# --- statements -------------------------------------------------------------------------
#
# The queue's queries run often (every page, every keystroke of a search) and take well
# under a millisecond in SQLite; building, compiling and running them through SQLAlchemy
# Core cost several times that. So each query's SQL is built once per shape of filter
# (which fields narrow, how many values each) with named parameters, compiled once, and
# run on a DB-API cursor of the read's connection (`_driver_rows`); the values are bound
# by name.


@dataclass(frozen=True, slots=True)
class _Shape:
    """What of a `QueueFilter` changes the SQL: which fields narrow, with how many values
    (``search``: 0 none, 1 a match expression, 2 typed but nothing can match)."""

    statuses: int | None
    services: int | None
    assignee: bool
    received_since: bool
    received_before: bool
    due_before: bool
    sync_states: int | None
    search: int


def _count(values: frozenset[Any] | None) -> int | None:
    return None if values is None else len(values)


def _shape(flt: QueueFilter) -> tuple[_Shape, dict[str, Any]]:
    """The filter's shape and its values by parameter name, as stored."""
    values: dict[str, Any] = {}
    if flt.statuses is not None:
        for i, status in enumerate(sorted(Status(s).value for s in flt.statuses)):
            values[f"status_{i}"] = status
    if flt.service_codes is not None:
        for i, code in enumerate(sorted(flt.service_codes)):
            values[f"service_{i}"] = code
    if flt.assignee is not None:
        values["assignee"] = flt.assignee
    if flt.received_since is not None:
        values["received_since"] = datetime_text(flt.received_since)
    if flt.received_before is not None:
        values["received_before"] = datetime_text(flt.received_before)
    if flt.due_before is not None:
        values["due_before"] = flt.due_before.isoformat()
    if flt.sync_states is not None:
        for i, state in enumerate(sorted(flt.sync_states)):
            values[f"sync_{i}"] = state
    search = 0
    if flt.search.strip():
        expression = match_expression(flt.search)
        search = 2 if expression is None else 1
        if expression is not None:
            values["match"] = expression
    shape = _Shape(
        _count(flt.statuses),
        _count(flt.service_codes),
        flt.assignee is not None,
        flt.received_since is not None,
        flt.received_before is not None,
        flt.due_before is not None,
        _count(flt.sync_states),
        search,
    )
    return shape, values


def _params(name: str, n: int) -> list[BindParameter[Any]]:
    return [bindparam(f"{name}_{i}") for i in range(n)]


_MATCHES = (
    text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match")
    .columns(column("rowid", Integer))
    .scalar_subquery()
)


# ``deleted`` with SQLite's unary "+": the term can't pick an index, so a search starts
# from its matches (one look-up each on ``search_rowid``), never from a walk of the queue.
_LIVE_UNINDEXED = literal_column("+applications.deleted").is_(False)


def _conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    live = _LIVE_UNINDEXED if shape.search else A.deleted.is_(False)
    conditions: list[ColumnElement[bool]] = [live]
    if shape.statuses is not None:
        conditions.append(A.status.in_(_params("status", shape.statuses)))
    if shape.services is not None:
        conditions.append(A.service_code.in_(_params("service", shape.services)))
    if shape.assignee:
        conditions.append(A.assignee == bindparam("assignee"))
    if shape.received_since:
        conditions.append(A.received_at >= bindparam("received_since"))
    if shape.received_before:
        conditions.append(A.received_at < bindparam("received_before"))
    if shape.due_before:
        conditions.append(A.due_date < bindparam("due_before"))
    if shape.sync_states is not None:
        conditions.append(A.sync_state.in_(_params("sync", shape.sync_states)))
    if shape.search == 1:
        conditions.append(A.search_rowid.in_(_MATCHES))
    elif shape.search == 2:  # only punctuation: nothing can match
        conditions.append(A.id.is_(None))
    return conditions


@dataclass(frozen=True, slots=True)
class _Sql:
    """A compiled statement: its text and the names of its parameters, in order."""

    text: str
    names: tuple[str, ...]

    def params(self, values: dict[str, Any]) -> tuple[Any, ...]:
        return tuple([values[name] for name in self.names])


_DIALECT = sqlite.dialect()


def _compiled(statement: Any) -> _Sql:
    compiled = statement.compile(dialect=_DIALECT)
    return _Sql(compiled.string, tuple(compiled.positiontup or ()))


def _order(shape: _Shape, sort: SortKey, descending: bool) -> list[Any]:
    """The ORDER BY of `QueueRepository.page` (ties broken by id)."""
    ascending, descending_order = _SORTS[SortKey(sort)]
    if sort == SortKey.DUE_DATE and _narrowed_unordered(shape):
        ascending, descending_order = _DUE_SORTED
    return [descending_order, A.id.desc()] if descending else [ascending, A.id.asc()]


_LIMIT = bindparam("limit", type_=Integer)
_OFFSET = bindparam("offset", type_=Integer)


def _keys(shape: _Shape, order: Sequence[Any], person: bool, limited: bool) -> Select[Any]:
    """The rowids of the queue, in order: a walk along a queue index where one fits (the
    filter's columns, then the sort key), reading the table only for what the index lacks."""
    query = select(_ROWID).select_from(A)
    if person:  # sorted by a column of the applicant
        query = query.join(P, P.id == A.person_id)
    query = query.where(*_conditions(shape)).order_by(*order)
    if limited:  # SQLite's LIMIT always comes with an OFFSET
        query = query.limit(_LIMIT).offset(_OFFSET)
    return query


def _rows_of(keys: Select[Any], order: Sequence[Any]) -> Select[*tuple[Any, ...]]:
    """The lines of these keys (one page's), fetched afterwards for these few rows only."""
    return (
        select(*_ROW_COLUMNS)
        .join(P, P.id == A.person_id)
        .where(_ROWID.in_(keys.scalar_subquery()))
        .order_by(*order)
    )


@lru_cache(maxsize=512)
def _page_sql(shape: _Shape, sort: SortKey, descending: bool) -> _Sql:
    order = _order(shape, sort, descending)
    keys = _keys(shape, order, sort == SortKey.CITIZENSHIP, True)
    return _compiled(_rows_of(keys, order))


@lru_cache(maxsize=512)
def _keys_sql(shape: _Shape, sort: SortKey, descending: bool, limited: bool) -> _Sql:
    order = _order(shape, sort, descending)
    return _compiled(_keys(shape, order, sort == SortKey.CITIZENSHIP, limited))


@lru_cache(maxsize=512)
def _count_sql(shape: _Shape) -> _Sql:
    return _compiled(select(func.count()).select_from(A).where(*_conditions(shape)))


@lru_cache(maxsize=256)
def _rows_for_sql(count: int) -> _Sql:
    keys = _params("key", count)
    return _compiled(
        select(_ROWID, *_ROW_COLUMNS)
        .join(P, P.id == A.person_id)
        .where(_ROWID.in_(keys), _LIVE_UNINDEXED)
    )  # "+deleted": one look-up per key, never a walk of a ``deleted`` index


_NEWEST: list[Any] = [A.received_at.desc(), A.id.desc()]
_SEARCH_SHAPE = _Shape(None, None, False, False, False, False, None, 1)
# A search that matches few applications starts from its matches (one look-up each on
# ``search_rowid``, a table read, then a sort: `_SEARCH_FEW`); one that matches many (a
# common surname: tens of thousands at a million) walks the received-at index from the
# newest and keeps the matches (``+`` on ``search_rowid``: its own index would start
# from every match again), reading neither the table (the index holds ``search_rowid``,
# 0008) nor more than the page needs: `_SEARCH_MANY`. The probe counts the matches only
# up to the point where walking gets cheaper (`search_walks`).
_SEARCH_PROBE = _Sql(
    f"SELECT count(*) FROM (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? LIMIT ?)",
    ("match", "most"),
)
_SEARCH_SIZE = _Sql("SELECT max(search_rowid) FROM applications", ())
_SEARCH_FEW = _compiled(_rows_of(_keys(_SEARCH_SHAPE, _NEWEST, False, True), _NEWEST))
_SEARCH_MANY = _compiled(
    _rows_of(
        select(_ROWID)
        .where(A.deleted.is_(False), literal_column("+applications.search_rowid").in_(_MATCHES))
        .order_by(*_NEWEST)
        .limit(_LIMIT)
        .offset(_OFFSET),
        _NEWEST,
    )
)
# A look-up of a match (index, table read, sort) costs about as much as walking eight
# entries of the index (measured on SQLCipher at 100,000 and 1,000,000 applications).
_LOOKUP_PER_WALK = 8


def _walk_threshold(applications: int, limit: int) -> int:
    return isqrt(max(limit, 1) * max(applications, 1) // _LOOKUP_PER_WALK)


def search_walks(matches: int, applications: int, limit: int) -> bool:
    """Whether a search for `limit` lines among `matches` of `applications` walks the
    received-at index (about ``limit * applications / matches`` entries) rather than look
    up each match (``matches`` look-ups of about eight entries' cost each): when there
    are more matches than ``sqrt(limit * applications / 8)``."""
    return matches > _walk_threshold(applications, limit)


# Rows of a long result (a queue's keys: up to a million) built at a time: fewer than the
# cyclic collector's first threshold (700 new objects by default). A row is a tuple, which
# the collector tracks; a million of them alive at once (``fetchall``) set off its passes,
# and the full ones walk the whole heap while holding the GIL: the GUI thread, which needs
# the GIL for every cell it paints, stalled for the length of such a pass. Rows taken in
# chunks are dropped before the collector counts them.
FETCH_CHUNK = 500


def _driver_rows(
    connection: Connection, statement: str, params: tuple[Any, ...], *, single: bool = False
) -> list[Any]:
    """The rows of `statement` run on a DB-API cursor of `connection`, in its transaction.

    `Connection.exec_driver_sql` would send the same text to the same cursor, but build an
    execution context, a `CursorResult` and its metadata from the cursor's description,
    and a `Row` a line, every call: about as much Python as SQLite's own work for a page
    of a small queue. What it does that matters here is kept: the transaction begins
    first if none has (the read's snapshot), the engine's ``before_cursor_execute`` and
    ``after_cursor_execute`` listeners are called with the statement when there are any
    (tools and tests that watch the SQL see the queue's too), and a driver error is raised
    as SQLAlchemy's (`DBAPIError` and its subclasses, with the statement).

    With `single`, the values of its one column, fetched `FETCH_CHUNK` rows at a time."""
    if not connection.in_transaction():
        connection.begin()  # as an execute would: every query of the read, one snapshot
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    dispatch = connection.dispatch
    try:
        if dispatch.before_cursor_execute:
            dispatch.before_cursor_execute(connection, cursor, statement, params, None, False)
        cursor.execute(statement, params)
        if single:
            rows: list[Any] = []
            while chunk := cursor.fetchmany(FETCH_CHUNK):
                rows += [value for (value,) in chunk]
        else:
            rows = cursor.fetchall()
        if dispatch.after_cursor_execute:
            dispatch.after_cursor_execute(connection, cursor, statement, params, None, False)
    except connection.dialect.loaded_dbapi.Error as exc:
        base = connection.dialect.loaded_dbapi.Error
        raise DBAPIError.instance(statement, params, exc, base, dialect=connection.dialect) from exc
    finally:
        cursor.close()
    return rows


class QueueRepository:
    """The queue's queries, on the connection of a read (or of a unit of work):
    `connection` gives it, the same for every query of one snapshot."""

    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection

    def _run(self, sql: _Sql, values: dict[str, Any]) -> Sequence[Any]:
        """The rows of a compiled statement, as the driver gives them: executed on a
        DB-API cursor of the transaction's own connection (`_driver_rows`)."""
        return _driver_rows(self._connection(), sql.text, sql.params(values))

    def _value(self, sql: _Sql, values: dict[str, Any]) -> int:
        ((value,),) = self._run(sql, values)
        return int(value or 0)

    def _counts(self, column: Any) -> dict[Any, int]:
        """Live applications per value of `column`: one walk of the queue index that
        starts with ``deleted`` and `column`. Exact, so it reads an index entry per
        application (about 60-100 ms per million)."""
        rows = self._connection().execute(
            select(column, func.count()).where(A.deleted.is_(False)).group_by(column)
        )
        return {key: int(n) for key, n in rows}

    def counts_by_status(self) -> dict[Status, int]:
        return {Status(k): n for k, n in self._counts(A.status).items()}

    def counts_by_service(self) -> dict[str, int]:
        return dict(self._counts(A.service_code))

    def counts_by_assignee(self) -> dict[str, int]:
        """Applications per assignee (``""``: not assigned)."""
        return dict(self._counts(A.assignee))

    def count(self, flt: QueueFilter | None = None) -> int:
        """Applications in the queue: counted on an index when the filter's columns are
        in one (every application has its person: no join needed)."""
        shape, values = _shape(flt or QueueFilter())
        return self._value(_count_sql(shape), values)

    def page(
        self,
        flt: QueueFilter | None = None,
        sort: SortKey = SortKey.RECEIVED_AT,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[QueueRow]:
        """One page of the queue, filtered and sorted in SQL. Missing values (no due date,
        no number) sort last in both directions; ties are broken by id."""
        shape, values = _shape(flt or QueueFilter())
        values["offset"], values["limit"] = max(offset, 0), max(limit, 0)
        rows = self._run(_page_sql(shape, SortKey(sort), descending), values)
        return [_queue_row(row) for row in rows]

    def search(self, query: str, limit: int = 50) -> list[QueueRow]:
        """Applications whose applicant's names, document number, FIN, PIN or number
        start with every word typed (folded: ``mammadov`` finds ``Məmmədov``); a
        fragment of three characters or more of an identifier also matches.

        Newest first: by received time, latest first (not yet received last), then id.
        All words match as prefixes, so there is no better match to rank first; an
        officer looking someone up wants their current case."""
        expression = match_expression(query)
        if expression is None or limit <= 0:
            return []
        applications = self._value(_SEARCH_SIZE, {})
        most = _walk_threshold(applications, limit) + 1
        matches = self._value(_SEARCH_PROBE, {"match": expression, "most": most})
        if matches == 0:
            return []
        sql = _SEARCH_MANY if search_walks(matches, applications, limit) else _SEARCH_FEW
        rows = self._run(sql, {"match": expression, "limit": limit, "offset": 0})
        return [_queue_row(row) for row in rows]

    def keys(
        self,
        flt: QueueFilter | None = None,
        sort: SortKey = SortKey.RECEIVED_AT,
        descending: bool = False,
        limit: int | None = None,
    ) -> list[int]:
        """The row keys of the whole queue (or of its first `limit` lines), in the order
        of `page`: for a view that holds the order and fetches its visible lines with
        `rows_for` (Anki's browser). One walk of a queue index; no table reads for the
        sorts an index holds."""
        shape, values = _shape(flt or QueueFilter())
        if limit is not None:
            values["limit"], values["offset"] = max(limit, 0), 0
        sql = _keys_sql(shape, SortKey(sort), descending, limit is not None)
        return _driver_rows(self._connection(), sql.text, sql.params(values), single=True)

    def rows_for(self, keys: Sequence[int]) -> dict[int, QueueRow]:
        """The queue lines of these row keys (from `keys`); keys of applications that are
        gone meanwhile are missing from the answer."""
        if not keys:
            return {}
        values = {f"key_{i}": key for i, key in enumerate(keys)}
        rows = self._run(_rows_for_sql(len(keys)), values)
        return {row[0]: _queue_row(row[1:]) for row in rows}
