"""Number leases: blocks of application or card numbers cut for one workstation.

Each (kind, series) has a counter row holding its next free number; a lease moves it on
with ``UPDATE … RETURNING`` (row-locked until commit), so blocks never overlap, whichever
server process cuts them. Voided numbers are recorded and never accepted afterwards.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workstation.domain.ids import new_id
from workstation.domain.numbers import card_number, parse_application_number, parse_card_number
from workstation.protocol.v1 import Lease, LeaseKind
from workstation.server import audit, rewind
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.tables import LeaseCounterRow, LeaseRow, VoidedNumberRow

MAX_NUMBER = 9_999_999
_YEAR = re.compile(r"^(19|2\d|3\d)\d\d$")


class NumberRefused(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def check_series(kind: LeaseKind, series: str) -> None:
    if kind == "application" and not (_YEAR.match(series) and 2000 <= int(series) <= 9999):
        raise ApiError(422, "series_invalid", "For application numbers the series is a year.")
    if kind == "card":
        try:
            card_number(series, 1)
        except ValueError as exc:
            raise ApiError(422, "series_invalid", str(exc)) from exc


def _advance(session: Session, kind: str, series: str, size: int) -> int | None:
    value = session.execute(
        update(LeaseCounterRow)
        .where(LeaseCounterRow.kind == kind, LeaseCounterRow.series == series)
        .values(next_value=LeaseCounterRow.next_value + size)
        .returning(LeaseCounterRow.next_value)
    ).scalar_one_or_none()
    return None if value is None else int(value) - size


def _first_number(session: Session, kind: str, series: str, size: int) -> int:
    first = _advance(session, kind, series, size)
    if first is not None:
        return first
    try:
        with session.begin_nested():
            start = rewind.first_of_new_series(session)  # above a restore's gap
            session.add(LeaseCounterRow(kind=kind, series=series, next_value=start))
    except IntegrityError:
        pass  # another transaction made the row meanwhile: its lock orders us
    first = _advance(session, kind, series, size)
    assert first is not None
    return first


def as_lease(row: LeaseRow) -> Lease:
    kind: LeaseKind = "card" if row.kind == "card" else "application"
    return Lease(lease_id=row.id, kind=kind, series=row.series, first=row.first, last=row.last)


def allocate(
    session: Session, workstation_id: str, username: str, *, kind: LeaseKind, series: str, size: int
) -> Lease:
    check_series(kind, series)
    first = _first_number(session, kind, series, size)
    last = first + size - 1
    if last > MAX_NUMBER:
        raise ApiError(409, "series_exhausted", f"The series {series} has no {size} numbers left.")
    row = LeaseRow(
        id=new_id(),
        workstation_id=workstation_id,
        kind=kind,
        series=series,
        first=first,
        last=last,
        created_at=utc_now(),
    )
    session.add(row)
    session.info.pop(_LEASES, None)
    audit.record(
        session,
        actor=username,
        workstation_id=workstation_id,
        action="lease.allocate",
        entity="lease",
        entity_id=row.id,
    )
    return as_lease(row)


def of_workstation(session: Session, workstation_id: str) -> list[Lease]:
    rows = session.scalars(
        select(LeaseRow)
        .where(LeaseRow.workstation_id == workstation_id)
        .order_by(LeaseRow.kind, LeaseRow.series, LeaseRow.first)
    )
    return [as_lease(row) for row in rows]


def void(
    session: Session, workstation_id: str, username: str, lease_id: str, numbers: list[int]
) -> None:
    row = session.get(LeaseRow, lease_id)
    if row is None or row.workstation_id != workstation_id:
        raise ApiError(404, "lease_unknown", "This workstation has no such lease.")
    outside = sorted({n for n in numbers if not row.first <= n <= row.last})
    if outside:
        raise ApiError(
            422, "number_not_in_lease", "Some numbers are not in the lease.", {"numbers": outside}
        )
    now = utc_now()
    for number in sorted(set(numbers)):
        if session.get(VoidedNumberRow, (row.kind, row.series, number)) is None:
            session.add(
                VoidedNumberRow(
                    kind=row.kind, series=row.series, number=number, lease_id=row.id, voided_at=now
                )
            )
    audit.record(
        session,
        actor=username,
        workstation_id=workstation_id,
        action="lease.void",
        entity="lease",
        entity_id=row.id,
    )
    session.info.pop(_VOIDED, None)


# Per transaction: the leases of a workstation and the numbers voided in them (a push
# batch checks many numbers against the same few leases).
_LEASES = "leases.of"
_VOIDED = "leases.voided"


LeaseKey = tuple[str, str]
"""(kind, series) of leased numbers."""


def series_of(entity: str, changed: dict[str, Any]) -> LeaseKey | None:
    """The lease series a mutation's number would be checked against, if it sets one."""
    try:
        if entity == "application" and changed.get("number"):
            year = parse_application_number(str(changed["number"])).year
            return ("application", f"{year:04d}")
        if entity == "permit" and changed.get("card_number"):
            return ("card", parse_card_number(str(changed["card_number"]))[0])
    except ValueError:
        return None  # refused by the check itself
    return None


# The same reads as `_leased` and `_voided`, for many series at once, in a pipeline of
# the driver (`push_batch`): the rows of the workstation's leases of those kinds and
# series, and its numbers voided in them.
LEASES_PG = (
    'SELECT kind, series, "first", "last" FROM leases '
    "WHERE workstation_id = %s AND kind = ANY(%s) AND series = ANY(%s)"
)
VOIDED_PG = (
    "SELECT v.kind, v.series, v.number FROM voided_numbers AS v "
    "JOIN leases AS l ON l.id = v.lease_id "
    "WHERE l.workstation_id = %s AND v.kind = ANY(%s) AND v.series = ANY(%s)"
)


def lease_parameters(workstation_id: str, keys: set[LeaseKey]) -> tuple[str, list[str], list[str]]:
    """The parameters of `LEASES_PG` and `VOIDED_PG` for these series."""
    return workstation_id, sorted({k for k, _ in keys}), sorted({s for _, s in keys})


def remember(
    session: Session,
    workstation_id: str,
    keys: set[LeaseKey],
    leased: list[tuple[str, str, int, int]],
    voided: list[tuple[str, str, int]],
) -> None:
    """Keep what `LEASES_PG` and `VOIDED_PG` read for these series, as `_leased` and
    `_voided` would have read it (they then send no query for them)."""
    leases: dict[tuple[str, str, str], list[tuple[int, int]]] = session.info.setdefault(_LEASES, {})
    numbers: dict[tuple[str, str, str], set[int]] = session.info.setdefault(_VOIDED, {})
    for kind, series in keys:
        leases[(workstation_id, kind, series)] = []
        numbers[(workstation_id, kind, series)] = set()
    for kind, series, first, last in leased:
        if (kind, series) in keys:
            leases[(workstation_id, kind, series)].append((int(first), int(last)))
    for kind, series, number in voided:
        if (kind, series) in keys:
            numbers[(workstation_id, kind, series)].add(int(number))


def _leased(session: Session, workstation_id: str, kind: str, series: str, n: int) -> bool:
    cache: dict[tuple[str, str, str], list[tuple[int, int]]] = session.info.setdefault(_LEASES, {})
    key = (workstation_id, kind, series)
    if key not in cache:
        cache[key] = [
            (int(first), int(last))
            for first, last in session.execute(
                select(LeaseRow.first, LeaseRow.last).where(
                    LeaseRow.workstation_id == workstation_id,
                    LeaseRow.kind == kind,
                    LeaseRow.series == series,
                )
            )
        ]
    return any(first <= n <= last for first, last in cache[key])


def _voided(session: Session, workstation_id: str, kind: str, series: str, n: int) -> bool:
    """Whether `n`, in a lease of this workstation, was voided (a number is voided only
    under its own lease, by the workstation that holds it)."""
    cache: dict[tuple[str, str, str], set[int]] = session.info.setdefault(_VOIDED, {})
    key = (workstation_id, kind, series)
    if key not in cache:
        cache[key] = {
            int(number)
            for number in session.scalars(
                select(VoidedNumberRow.number)
                .join(LeaseRow, LeaseRow.id == VoidedNumberRow.lease_id)
                .where(
                    LeaseRow.workstation_id == workstation_id,
                    VoidedNumberRow.kind == kind,
                    VoidedNumberRow.series == series,
                )
            )
        }
    return n in cache[key]


def _check_leased(session: Session, workstation_id: str, kind: str, series: str, n: int) -> None:
    if not _leased(session, workstation_id, kind, series, n) and not rewind.in_gap(
        session, kind, series, n
    ):  # from a lease cut after the backup the database was restored from
        raise NumberRefused(
            "number_not_leased", "The number is not in a lease of this workstation."
        )
    if _voided(session, workstation_id, kind, series, n):
        raise NumberRefused("number_voided", "The number was voided and may not be used.")


def check_application_number(
    session: Session, workstation_id: str, center_code: str, number: str
) -> None:
    try:
        parsed = parse_application_number(number)
    except ValueError as exc:
        raise NumberRefused("number_invalid", str(exc)) from exc
    if parsed.center != center_code:
        raise NumberRefused("number_not_leased", "The number belongs to another service center.")
    _check_leased(session, workstation_id, "application", f"{parsed.year:04d}", parsed.sequence)


def check_card_number(session: Session, workstation_id: str, number: str) -> None:
    try:
        series, sequence = parse_card_number(number)
    except ValueError as exc:
        raise NumberRefused("number_invalid", str(exc)) from exc
    _check_leased(session, workstation_id, "card", series, sequence)
