"""Legal deadlines in working days of Azerbaijan (DOMAIN.md, reception rules).

A working day is a Monday to Friday that is not a public holiday, or a Saturday or
Sunday that a Cabinet decision made a working day when it moved a day off. Holidays,
their "observed" transfer days and the moved days off come from the `holidays`
package (``country_holidays("AZ")``), loaded once per year; the package is imported
at the first date computed, not with this module (the desktop's start-up imports this
module and computes no date before its first queue lines show).
"""

from __future__ import annotations

import calendar as _stdcal
import datetime as dt
from functools import lru_cache

COUNTRY = "AZ"
_SATURDAY = 5


_GIVEN: dict[int, tuple[frozenset[dt.date], frozenset[dt.date]]] = {}


def remember_year(
    year: int, days_off: frozenset[dt.date], weekend_workdays: frozenset[dt.date]
) -> None:
    """`year`'s table as `year_table` computed it on an earlier run (the desktop keeps it
    between runs: `runtime.holiday_cache`), so that it is not computed again."""
    _GIVEN[year] = (frozenset(days_off), frozenset(weekend_workdays))
    _year_days.cache_clear()


def year_table(year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """(days off, weekend working days) that fall in `year`."""
    return _year_days(year)


@lru_cache(maxsize=256)
def _year_days(year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """(days off, weekend working days) that fall in `year`."""
    given = _GIVEN.get(year)
    if given is not None:
        return given
    import holidays  # noqa: PLC0415 - tens of ms; see the module's docstring

    years = [y for y in (year - 1, year, year + 1) if dt.MINYEAR <= y <= dt.MAXYEAR]
    table = holidays.country_holidays(COUNTRY, years=years)
    days_off = frozenset(d for d in table if isinstance(d, dt.date) and d.year == year)
    moved: set[dt.date] = {
        d for d in getattr(table, "weekend_workdays", ()) if isinstance(d, dt.date)
    }
    return days_off, frozenset(d for d in moved if d.year == year)


def holidays_in(year: int) -> frozenset[dt.date]:
    """The public holidays and days off of `year` (some fall on weekends)."""
    return _year_days(year)[0]


def is_working_day(day: dt.date) -> bool:
    """Whether offices work on `day`."""
    days_off, weekend_workdays = _year_days(day.year)
    if day.weekday() >= _SATURDAY:
        return day in weekend_workdays
    return day not in days_off


def next_working_day(day: dt.date) -> dt.date:
    """The first working day strictly after `day`."""
    step = dt.timedelta(days=1)
    day += step
    while not is_working_day(day):
        day += step
    return day


def previous_working_day(day: dt.date) -> dt.date:
    """The last working day strictly before `day`."""
    step = dt.timedelta(days=1)
    day -= step
    while not is_working_day(day):
        day -= step
    return day


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The `n`-th working day after `start` (the count begins the next working day).

    ``n == 0`` gives `start` itself; a negative `n` counts backwards.
    """
    if n < 0:
        return subtract_working_days(start, -n)
    day = start
    for _ in range(n):
        day = next_working_day(day)
    return day


def subtract_working_days(start: dt.date, n: int) -> dt.date:
    """The `n`-th working day before `start` (a negative `n` counts forwards)."""
    if n < 0:
        return add_working_days(start, -n)
    day = start
    for _ in range(n):
        day = previous_working_day(day)
    return day


def working_days_between(a: dt.date, b: dt.date) -> int:
    """Working days ``d`` with ``a < d <= b``; negative (the same count) when ``b < a``.

    So ``add_working_days(a, working_days_between(a, b)) == b`` for a working day `b`.
    """
    if b < a:
        return -working_days_between(b, a)
    count = 0
    day = a
    step = dt.timedelta(days=1)
    while day < b:
        day += step
        count += is_working_day(day)
    return count


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months, clamped to the month's last day (31.01 → 28.02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _stdcal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
