"""Counts for the dashboard and the period reports (issue 8), aggregated in SQL.

Four events happen to an application, each with its instant and who did it on the row:

- received: ``received_at``/``received_by``;
- decided: ``decision_at``/``decision_by`` (``decision_outcome`` approved or refused);
- printed: ``printed_at``/``printed_by``, the first history step into ``card_printed``;
- issued: ``issued_at``/``issued_by``, the first history step into ``issued``
  (both kept from ``history`` by triggers, migration 0006).

A period's counts are one ``GROUP BY`` per event over the local day, center, service and
officer, read from one index (0006); the handful of groups is then summed per day, per
service, per officer and per center here. Open work (received, awaiting documents, under
review) is counted the same way by deadline: overdue (due before today) and due soon
(due within `DUE_SOON_WORKING_DAYS` working days, as in the queues).

Days are local calendar days: the instants (UTC) are shifted by ``utc_offset``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from workstation.domain.calendar import add_working_days
from workstation.domain.model import Outcome, Status
from workstation.domain.stats import (
    MAX_DAYS,
    TALLY_FIELDS,
    PeriodError,
    Stats,
    StatsFilter,
    Tally,
    week_start,
)
from workstation.store.tables import ApplicationRow

A = ApplicationRow

__all__ = [
    "MAX_DAYS",
    "TALLY_FIELDS",
    "Event",
    "PeriodError",
    "Stats",
    "StatsFilter",
    "Tally",
    "dashboard",
    "event_groups",
    "local_offset",
    "open_groups",
    "status_counts",
    "week_start",
]

UNDECIDED = (Status.RECEIVED, Status.AWAITING_DOCUMENTS, Status.UNDER_REVIEW)
DUE_SOON_WORKING_DAYS = 3


class Event(StrEnum):
    RECEIVED = "received"
    DECIDED = "decided"
    PRINTED = "printed"
    ISSUED = "issued"


_COLUMNS: dict[Event, tuple[Any, Any]] = {
    Event.RECEIVED: (A.received_at, A.received_by),
    Event.DECIDED: (A.decision_at, A.decision_by),
    Event.PRINTED: (A.printed_at, A.printed_by),
    Event.ISSUED: (A.issued_at, A.issued_by),
}


def local_offset() -> dt.timedelta:
    """This machine's current offset from UTC."""
    return dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)


def _start(day: dt.date, offset: dt.timedelta) -> dt.datetime:
    """The instant local `day` begins."""
    return dt.datetime.combine(day, dt.time(), dt.timezone(offset)).astimezone(dt.UTC)


def _modifier(offset: dt.timedelta) -> str:
    return f"{int(offset.total_seconds() // 60):+d} minutes"


@dataclass(frozen=True, slots=True)
class EventGroup:
    """How many `event`s on one local day, at one center, of one service, by one user."""

    event: Event
    day: dt.date
    center: str
    service: str
    by: str
    outcome: str
    count: int


def event_groups(
    session: Session, flt: StatsFilter, offset: dt.timedelta | None = None
) -> Iterator[EventGroup]:
    """The period's events grouped in SQL: one index range walk per event."""
    offset = local_offset() if offset is None else offset
    start, end = _start(flt.since, offset), _start(flt.until + dt.timedelta(days=1), offset)
    for event, (at, by) in _COLUMNS.items():
        day = func.date(at, _modifier(offset))
        keys = [day, A.center_code, A.service_code, by]
        if event is Event.DECIDED:
            keys.append(A.decision_outcome)
        query = select(*keys, func.count()).where(A.deleted.is_(False), at >= start, at < end)
        if flt.center is not None:
            query = query.where(A.center_code == flt.center)
        if flt.officer is not None:
            query = query.where(by == flt.officer)
        for row in session.execute(query.group_by(*keys)):
            outcome = row[4] if event is Event.DECIDED else ""
            yield EventGroup(
                event,
                dt.date.fromisoformat(row[0]),
                row[1],
                row[2],
                row[3] or "",
                outcome or "",
                int(row[-1]),
            )


@dataclass(frozen=True, slots=True)
class OpenGroup:
    """Open applications at one center, of one service, assigned to one user (``""``:
    nobody), and how many of them are overdue and due soon."""

    center: str
    service: str
    assignee: str
    open: int
    overdue: int
    due_soon: int


def open_groups(session: Session, flt: StatsFilter, today: dt.date) -> Iterator[OpenGroup]:
    """Open work by deadline on `today` (the period does not matter: it is now). Grouped
    in the order of its index (0006), so the groups stream out without a sort."""
    soon = add_working_days(today, DUE_SOON_WORKING_DAYS)
    overdue = func.sum(case((A.due_date < today, 1), else_=0))
    due_soon = func.sum(case(((A.due_date >= today) & (A.due_date <= soon), 1), else_=0))
    query = select(A.center_code, A.service_code, A.assignee, func.count(), overdue, due_soon)
    query = query.where(A.deleted.is_(False), A.status.in_([s.value for s in UNDECIDED]))
    if flt.center is not None:
        query = query.where(A.center_code == flt.center)
    if flt.officer is not None:
        query = query.where(A.assignee == flt.officer)
    query = query.group_by(A.status, A.center_code, A.service_code, A.assignee)
    for row in session.execute(query):
        yield OpenGroup(row[0], row[1], row[2] or "", int(row[3]), int(row[4]), int(row[5]))


def status_counts(session: Session, flt: StatsFilter) -> dict[str, dict[Status, int]]:
    """Applications per service and current status (the officer's: assigned to them)."""
    query = select(A.service_code, A.status, func.count()).where(A.deleted.is_(False))
    if flt.center is not None:
        query = query.where(A.center_code == flt.center)
    if flt.officer is not None:
        query = query.where(A.assignee == flt.officer)
    result: dict[str, dict[Status, int]] = {}
    for service, status, n in session.execute(query.group_by(A.service_code, A.status)):
        result.setdefault(service, {})[Status(status)] = int(n)
    return result


def _tally(table: dict[Any, Tally], key: Any) -> Tally:
    found = table.get(key)
    if found is None:
        found = table[key] = Tally()
    return found


def _count_event(tallies: Iterable[Tally], group: EventGroup) -> None:
    for tally in tallies:
        if group.event is Event.RECEIVED:
            tally.received += group.count
        elif group.event is Event.DECIDED:
            tally.decided += group.count
            if group.outcome == Outcome.APPROVED.value:
                tally.approved += group.count
            elif group.outcome == Outcome.REFUSED.value:
                tally.refused += group.count
        elif group.event is Event.PRINTED:
            tally.printed += group.count
        else:
            tally.issued += group.count


def _count_open(tallies: Iterable[Tally], group: OpenGroup) -> None:
    for tally in tallies:
        tally.open += group.open
        tally.overdue += group.overdue
        tally.due_soon += group.due_soon


def dashboard(
    session: Session,
    flt: StatsFilter,
    today: dt.date,
    offset: dt.timedelta | None = None,
) -> Stats:
    """Everything the dashboard and a period report show for `flt` on `today`."""
    stats = Stats(flt, today, by_day={day: Tally() for day in flt.days()})
    for group in event_groups(session, flt, offset):
        _count_event(
            (
                stats.total,
                _tally(stats.by_day, group.day),
                _tally(stats.by_service, group.service),
                _tally(stats.by_officer, group.by),
                _tally(stats.by_center, group.center),
            ),
            group,
        )
    for found in open_groups(session, flt, today):
        _count_open(
            (
                stats.total,
                _tally(stats.by_service, found.service),
                _tally(stats.by_officer, found.assignee),
                _tally(stats.by_center, found.center),
            ),
            found,
        )
    stats.by_service_status = status_counts(session, flt)
    for name in ("by_service", "by_officer", "by_center"):
        table = getattr(stats, name)
        setattr(stats, name, dict(sorted(table.items())))
    return stats
