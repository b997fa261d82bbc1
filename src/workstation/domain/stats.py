"""The numbers of the dashboard and of the period reports (issue 8): plain data, no SQL.

`workstation.store.stats` counts them; the desktop shows them and `workstation.printing`
renders them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields

from workstation.domain.errors import DomainError
from workstation.domain.model import Status

MAX_DAYS = 3660
"""The longest period asked for (ten years): a typo in a year is refused, not run."""


class PeriodError(DomainError, ValueError):
    """A period that cannot be counted (ends before it starts, too long)."""


@dataclass(frozen=True, slots=True)
class StatsFilter:
    """Local days `since` to `until`, both included; only `center`'s applications; only
    what `officer` did (received, decided, printed, issued) and the open work assigned
    to them. None: no restriction."""

    since: dt.date
    until: dt.date
    center: str | None = None
    officer: str | None = None

    def __post_init__(self) -> None:
        if self.until < self.since:
            raise PeriodError(
                f"the period ends ({self.until.isoformat()}) before it starts "
                f"({self.since.isoformat()})"
            )
        if (self.until - self.since).days >= MAX_DAYS:
            raise PeriodError(f"the period is longer than {MAX_DAYS} days")

    def days(self) -> Iterator[dt.date]:
        day = self.since
        while day <= self.until:
            yield day
            day += dt.timedelta(days=1)


@dataclass(slots=True)
class Tally:
    """The counts of one line of a table (a day, a service, an officer, a center)."""

    received: int = 0
    decided: int = 0
    approved: int = 0
    refused: int = 0
    printed: int = 0
    issued: int = 0
    open: int = 0
    overdue: int = 0
    due_soon: int = 0

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


TALLY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Tally))


@dataclass(slots=True)
class Stats:
    """The dashboard's numbers for one filter, on `today`."""

    flt: StatsFilter
    today: dt.date
    total: Tally = field(default_factory=Tally)
    by_day: dict[dt.date, Tally] = field(default_factory=dict)
    by_service: dict[str, Tally] = field(default_factory=dict)
    by_officer: dict[str, Tally] = field(default_factory=dict)
    by_center: dict[str, Tally] = field(default_factory=dict)
    by_service_status: dict[str, dict[Status, int]] = field(default_factory=dict)


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())
