"""What the dashboard loads on a reader thread: the period's numbers and this week's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from workstation.domain.stats import Stats, StatsFilter, week_start
from workstation.gui.context import AppContext
from workstation.store.stats import dashboard


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"
    LAST_7 = "last_7"
    LAST_30 = "last_30"
    MONTH = "month"
    LAST_MONTH = "last_month"
    YEAR = "year"


def period_days(period: Period, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of `period` seen from `today`."""
    if period is Period.TODAY:
        return today, today
    if period is Period.WEEK:
        return week_start(today), today
    if period is Period.LAST_7:
        return today - dt.timedelta(days=6), today
    if period is Period.LAST_30:
        return today - dt.timedelta(days=29), today
    if period is Period.MONTH:
        return today.replace(day=1), today
    if period is Period.LAST_MONTH:
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    return today.replace(month=1, day=1), today


@dataclass(frozen=True, slots=True)
class DashboardData:
    stats: Stats
    week: Stats  # this week so far, for the "received today / this week" tiles


def load(ctx: AppContext, flt: StatsFilter) -> DashboardData:
    """On a reader thread: the period's numbers, then this week's (one snapshot)."""
    today = ctx.today()
    week = StatsFilter(week_start(today), today, flt.center, flt.officer)
    with ctx.store.read() as repos:
        return DashboardData(
            dashboard(repos.session, flt, today), dashboard(repos.session, week, today)
        )
