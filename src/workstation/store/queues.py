"""Work queues: counts, filtered and sorted pages, and full-text search — all in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    column,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from workstation.domain.model import Status
from workstation.store.mapping import full_name
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


def _narrowed_unordered(flt: QueueFilter) -> bool:
    """Whether the filter narrows by status or service in a way whose index does not hold
    the rows in due-date order (several statuses or services, a service without status)."""
    statuses, services = flt.statuses, flt.service_codes
    if statuses is None:
        return services is not None
    return len(statuses) > 1 or (services is not None and len(services) > 1)


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


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One line of a queue: light, for tables of thousands of rows."""

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


def _queue_row(values: Sequence[Any]) -> QueueRow:
    return QueueRow(
        id=values[0],
        number=values[1] or "",
        applicant_name=full_name(values[2], values[3], values[4]),
        citizenship=values[5],
        service_code=values[6],
        status=Status(values[7]),
        received_at=values[8],
        due_date=values[9],
        assignee=values[10],
        sync_state=values[11],
    )


def _search_condition(query: str) -> ColumnElement[bool] | None:
    expression = match_expression(query)
    if expression is None:
        return None
    matches = (
        text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q")
        .bindparams(q=expression)
        .columns(column("rowid", Integer))
    )
    return A.search_rowid.in_(matches)


# ``deleted`` with SQLite's unary "+": the term can't pick an index, so a search starts
# from its matches (one look-up each on ``search_rowid``), never from a walk of the queue.
_LIVE_UNINDEXED = literal_column("+applications.deleted").is_(False)


def _conditions(flt: QueueFilter) -> list[ColumnElement[bool]]:
    live = _LIVE_UNINDEXED if flt.search.strip() else A.deleted.is_(False)
    conditions: list[ColumnElement[bool]] = [live]
    if flt.statuses is not None:
        conditions.append(A.status.in_(sorted(Status(s).value for s in flt.statuses)))
    if flt.service_codes is not None:
        conditions.append(A.service_code.in_(sorted(flt.service_codes)))
    if flt.assignee is not None:
        conditions.append(A.assignee == flt.assignee)
    if flt.received_since is not None:
        conditions.append(A.received_at >= flt.received_since)
    if flt.received_before is not None:
        conditions.append(A.received_at < flt.received_before)
    if flt.due_before is not None:
        conditions.append(A.due_date < flt.due_before)
    if flt.sync_states is not None:
        conditions.append(A.sync_state.in_(sorted(flt.sync_states)))
    if flt.search.strip():
        condition = _search_condition(flt.search)
        if condition is None:  # only punctuation: nothing can match
            conditions.append(A.id.is_(None))
        else:
            conditions.append(condition)
    return conditions


def _keys(
    flt: QueueFilter, order: Sequence[Any], offset: int, limit: int, person: bool = False
) -> Select[int]:
    """The rowids of one page, in order: a walk along a queue index where one fits (the
    filter's columns, then the sort key), reading the table only for what the index
    lacks; the page's columns are fetched afterwards for these few rows only."""
    query = select(_ROWID).select_from(A)
    if person:  # sorted by a column of the applicant
        query = query.join(P, P.id == A.person_id)
    return query.where(*_conditions(flt)).order_by(*order).offset(offset).limit(limit)


def _rows_of(keys: Select[int], order: Sequence[Any]) -> Select[*tuple[Any, ...]]:
    return (
        select(*_ROW_COLUMNS)
        .join(P, P.id == A.person_id)
        .where(_ROWID.in_(keys.scalar_subquery()))
        .order_by(*order)
    )


def _order(flt: QueueFilter, sort: SortKey, descending: bool) -> list[Any]:
    """The ORDER BY of `QueueRepository.page` (ties broken by id)."""
    ascending, descending_order = _SORTS[SortKey(sort)]
    if sort == SortKey.DUE_DATE and _narrowed_unordered(flt):
        ascending, descending_order = _DUE_SORTED
    return [descending_order, A.id.desc()] if descending else [ascending, A.id.asc()]


class QueueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _counts(self, column: Any) -> dict[Any, int]:
        """Live applications per value of `column`: one walk of the queue index that
        starts with ``deleted`` and `column`. Exact, so it reads an index entry per
        application (about 60-100 ms per million)."""
        rows = self.session.execute(
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
        flt = flt or QueueFilter()
        query = select(func.count()).select_from(A)
        return int(self.session.scalar(query.where(*_conditions(flt))) or 0)

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
        flt = flt or QueueFilter()
        ascending, descending_order = _SORTS[SortKey(sort)]
        if sort == SortKey.DUE_DATE and _narrowed_unordered(flt):
            ascending, descending_order = _DUE_SORTED
        order = [descending_order, A.id.desc()] if descending else [ascending, A.id.asc()]
        person = sort == SortKey.CITIZENSHIP
        keys = _keys(flt, order, max(offset, 0), max(limit, 0), person)
        return [_queue_row(values) for values in self.session.execute(_rows_of(keys, order))]

    def search(self, query: str, limit: int = 50) -> list[QueueRow]:
        """Applications whose applicant's names, document number, FIN, PIN or number
        start with every word typed (folded: ``mammadov`` finds ``Məmmədov``); a
        fragment of three characters or more of an identifier also matches.

        Newest first: by received time, latest first (not yet received last), then id.
        All words match as prefixes, so there is no better match to rank first; an
        officer looking someone up wants their current case."""
        if _search_condition(query) is None:
            return []
        flt = QueueFilter(search=query)
        order = [A.received_at.desc(), A.id.desc()]
        keys = _keys(flt, order, 0, max(limit, 0))
        return [_queue_row(values) for values in self.session.execute(_rows_of(keys, order))]

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
        flt = flt or QueueFilter()
        query = select(_ROWID).select_from(A)
        if sort == SortKey.CITIZENSHIP:
            query = query.join(P, P.id == A.person_id)
        query = query.where(*_conditions(flt)).order_by(*_order(flt, sort, descending))
        if limit is not None:
            query = query.limit(max(limit, 0))
        return list(self.session.scalars(query))

    def rows_for(self, keys: Sequence[int]) -> dict[int, QueueRow]:
        """The queue lines of these row keys (from `keys`); keys of applications that are
        gone meanwhile are missing from the answer."""
        if not keys:
            return {}
        query = (
            select(_ROWID, *_ROW_COLUMNS)
            .join(P, P.id == A.person_id)
            .where(_ROWID.in_(list(keys)), A.deleted.is_(False))
        )
        return {values[0]: _queue_row(values[1:]) for values in self.session.execute(query)}
