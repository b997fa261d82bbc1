"""Number leases (DESIGN.md section 3.5): blocks of application and card numbers that the
server leased to this workstation. Numbers are taken in order inside the caller's
transaction (so taking one and writing the outbox row that uses it are one commit),
never reused; unused ones are voided and reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workstation.store import driver
from workstation.store.errors import StoreError
from workstation.store.tables import LEASE_KINDS, NumberLeaseRow, VoidedNumberRow


class LeaseLike(Protocol):
    """What a lease from the server carries (the protocol's ``Lease`` fits)."""

    @property
    def lease_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def series(self) -> str: ...
    @property
    def first(self) -> int: ...
    @property
    def last(self) -> int: ...


@dataclass(frozen=True, slots=True)
class LocalLease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int
    next: int

    @property
    def left(self) -> int:
        return max(0, self.last - self.next + 1)


class NoNumbersLeft(StoreError):
    """No leased number of this kind and series remains: nothing may be numbered or
    printed until the workstation gets a new block from the server."""

    def __init__(self, kind: str, series: str) -> None:
        self.kind = kind
        self.series = series
        super().__init__(
            f"Icarəyə götürülmüş nömrə qalmayıb ({kind} {series}); daha çox nömrə almaq "
            f"üçün serverə qoşulun. / No leased numbers left ({kind} {series}); connect "
            "to the server to get more."
        )


def _check_kind(kind: str) -> None:
    if kind not in LEASE_KINDS:
        raise ValueError(f"not a lease kind: {kind!r}")


def add_lease(session: Session, lease: LeaseLike) -> None:
    """Record a block from the server; the same block again changes nothing (a replayed
    answer must never hand out a number twice)."""
    _check_kind(lease.kind)
    if lease.last < lease.first:
        raise ValueError(f"empty lease {lease.lease_id}: {lease.first}..{lease.last}")
    row = session.get(NumberLeaseRow, lease.lease_id)
    if row is not None:
        if (row.kind, row.series, row.first, row.last) != (
            lease.kind,
            lease.series,
            lease.first,
            lease.last,
        ):
            raise StoreError(f"lease {lease.lease_id} differs from the one recorded")
        return
    session.add(
        NumberLeaseRow(
            lease_id=lease.lease_id,
            kind=lease.kind,
            series=lease.series,
            first=lease.first,
            last=lease.last,
            next=lease.first,
        )
    )
    session.flush()


_TAKE = (
    "SELECT lease_id, next FROM number_leases"
    " WHERE kind = ? AND series = ? AND next <= last ORDER BY first, lease_id LIMIT 1"
)
_TAKEN = "UPDATE number_leases SET next = ? WHERE lease_id = ? AND next = ?"


def take_number(session: Session, kind: str, series: str) -> int:
    """The next unused number of the oldest block of (kind, series) with numbers left;
    `NoNumbersLeft` when there is none. Sent to the driver (`store.driver`): a save
    takes one number, and the ORM's select, update and refresh cost a millisecond."""
    _check_kind(kind)
    cursor = driver.cursor(session)
    try:
        found = cursor.execute(_TAKE, (kind, series)).fetchone()
        if found is None:
            raise NoNumbersLeft(kind, series)
        lease_id, number = found
        cursor.execute(_TAKEN, (number + 1, lease_id, number))
        if cursor.rowcount != 1:  # pragma: no cover - writers are serialised by BEGIN IMMEDIATE
            raise StoreError(f"lease {lease_id} changed while taking a number")
    finally:
        cursor.close()
    driver.expire_row(session, NumberLeaseRow, lease_id)
    return int(number)


def leases_left(session: Session, kind: str, series: str) -> int:
    """How many numbers of (kind, series) this workstation can still give out."""
    total = session.scalar(
        select(func.sum(NumberLeaseRow.last - NumberLeaseRow.next + 1)).where(
            NumberLeaseRow.kind == kind,
            NumberLeaseRow.series == series,
            NumberLeaseRow.next <= NumberLeaseRow.last,
        )
    )
    return int(total or 0)


def local_leases(session: Session) -> list[LocalLease]:
    rows = session.scalars(
        select(NumberLeaseRow).order_by(
            NumberLeaseRow.kind, NumberLeaseRow.series, NumberLeaseRow.first
        )
    )
    return [LocalLease(r.lease_id, r.kind, r.series, r.first, r.last, r.next) for r in rows]


def left_by_series(session: Session) -> dict[str, dict[str, int]]:
    """Numbers left per kind, then per series (``{"application": {"2026": 120}}``)."""
    result: dict[str, dict[str, int]] = {}
    for lease in local_leases(session):
        per_kind = result.setdefault(lease.kind, {})
        per_kind[lease.series] = per_kind.get(lease.series, 0) + lease.left
    return result


def void_remaining(session: Session, lease_id: str, at: dt.datetime) -> list[int]:
    """Void every number of the block not yet taken (e.g. an old year's application
    numbers, or at decommissioning); they are reported to the server by the next sync."""
    row = session.get(NumberLeaseRow, lease_id)
    if row is None:
        raise StoreError(f"no lease {lease_id!r} on this workstation")
    numbers = list(range(row.next, row.last + 1))
    row.next = row.last + 1
    for number in numbers:
        session.add(VoidedNumberRow(lease_id=lease_id, number=number, voided_at=at))
    session.flush()
    return numbers


def void_number(session: Session, lease_id: str, number: int, at: dt.datetime) -> None:
    """Void one taken number that will not be used (a spoiled card)."""
    row = session.get(NumberLeaseRow, lease_id)
    if row is None or not row.first <= number < row.next:
        raise StoreError(f"number {number} was not taken from lease {lease_id!r}")
    if session.get(VoidedNumberRow, (lease_id, number)) is None:
        session.add(VoidedNumberRow(lease_id=lease_id, number=number, voided_at=at))
        session.flush()


def unreported_voids(session: Session) -> dict[str, list[int]]:
    rows = session.execute(
        select(VoidedNumberRow.lease_id, VoidedNumberRow.number)
        .where(VoidedNumberRow.reported.is_(False))
        .order_by(VoidedNumberRow.lease_id, VoidedNumberRow.number)
    )
    result: dict[str, list[int]] = {}
    for lease_id, number in rows:
        result.setdefault(lease_id, []).append(number)
    return result


def mark_voids_reported(session: Session, lease_id: str, numbers: list[int]) -> None:
    session.execute(
        update(VoidedNumberRow)
        .where(VoidedNumberRow.lease_id == lease_id, VoidedNumberRow.number.in_(numbers))
        .values(reported=True)
    )
