"""Work queues: counts, filtered and sorted pages, and full-text search — all in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, column, func, select, text
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


_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.NUMBER: A.number,
    SortKey.APPLICANT: P.name_key,
    SortKey.CITIZENSHIP: P.citizenship,
    SortKey.SERVICE: A.service_code,
    SortKey.STATUS: A.status,
    SortKey.RECEIVED_AT: A.received_at,
    SortKey.DUE_DATE: A.due_date,
    SortKey.ASSIGNEE: A.assignee,
}


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


def _conditions(flt: QueueFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [A.deleted.is_(False)]
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


class QueueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _counts(self, column: Any) -> dict[Any, int]:
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
        flt = flt or QueueFilter()
        query = select(func.count()).select_from(A).join(P, P.id == A.person_id)
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
        column = _SORT_COLUMNS[SortKey(sort)]
        ordered = column.desc() if descending else column.asc()
        id_order = A.id.desc() if descending else A.id.asc()
        query = (
            select(*_ROW_COLUMNS)
            .join(P, P.id == A.person_id)
            .where(*_conditions(flt or QueueFilter()))
            .order_by(ordered.nulls_last(), id_order)
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        return [_queue_row(values) for values in self.session.execute(query)]

    def search(self, query: str, limit: int = 50) -> list[QueueRow]:
        """Applications whose applicant's names, document number, FIN, PIN or number
        start with every word typed (folded: ``mammadov`` finds ``Məmmədov``); a
        fragment of three characters or more of an identifier also matches."""
        condition = _search_condition(query)
        if condition is None:
            return []
        rows = self.session.execute(
            select(*_ROW_COLUMNS)
            .join(P, P.id == A.person_id)
            .where(A.deleted.is_(False), condition)
            .order_by(P.name_key, A.number, A.id)
            .limit(max(limit, 0))
        )
        return [_queue_row(values) for values in rows]
