"""Working days of Azerbaijan: weekends, public holidays, observed and moved days off."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.domain.calendar import (
    add_months,
    add_working_days,
    holidays_in,
    is_working_day,
    next_working_day,
    previous_working_day,
    subtract_working_days,
    working_days_between,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 1, 1), False),  # New Year (Wednesday)
        (D(2025, 1, 2), False),  # New Year, second day
        (D(2025, 1, 3), False),  # day off moved from Sunday 29.12.2024
        (D(2025, 1, 6), True),  # Monday
        (D(2025, 3, 20), False),  # Novruz
        (D(2025, 3, 24), False),  # Novruz (Monday)
        (D(2025, 3, 26), False),  # Novruz observed for the weekend days
        (D(2025, 3, 31), False),  # Ramazan bayramı
        (D(2025, 4, 1), True),  # its observed day moved to 28.03
        (D(2025, 5, 28), False),  # Independence Day
        (D(2025, 7, 5), False),  # ordinary Saturday
        (D(2025, 7, 6), False),  # ordinary Sunday
        (D(2025, 7, 7), True),  # ordinary Monday
        (D(2024, 12, 28), True),  # Saturday made a working day (swapped with 30.12)
        (D(2024, 12, 29), True),  # Sunday made a working day (swapped with 03.01.2025)
        (D(2024, 12, 30), False),
    ],
)
def test_is_working_day(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_deadline_across_a_weekend() -> None:
    friday = D(2025, 7, 4)
    assert add_working_days(friday, 1) == D(2025, 7, 7)
    assert add_working_days(friday, 3) == D(2025, 7, 9)
    assert add_working_days(friday, 0) == friday
    saturday = D(2025, 7, 5)
    assert add_working_days(saturday, 1) == D(2025, 7, 7)  # counting starts the next working day


def test_new_year_is_skipped() -> None:
    # 31.12 (holiday), 1–3.01 (days off), 4–5.01 weekend.
    assert add_working_days(D(2024, 12, 31), 1) == D(2025, 1, 6)
    assert add_working_days(D(2024, 12, 27), 1) == D(2024, 12, 28)  # the working Saturday


def test_novruz_is_skipped() -> None:
    # Novruz 20–28.03.2025, then Ramazan bayramı 30–31.03.2025.
    assert add_working_days(D(2025, 3, 19), 1) == D(2025, 4, 1)
    # A 20-working-day residence decision received the day before Novruz 2024.
    assert add_working_days(D(2024, 3, 19), 1) == D(2024, 3, 27)


def test_subtract_and_between() -> None:
    # 29.12.2024 was a working Sunday: its day off moved to 03.01.2025.
    assert subtract_working_days(D(2025, 1, 6), 1) == D(2024, 12, 29)
    assert subtract_working_days(D(2025, 1, 6), 2) == D(2024, 12, 28)
    assert subtract_working_days(D(2025, 7, 7), 1) == D(2025, 7, 4)
    assert add_working_days(D(2025, 7, 7), -1) == D(2025, 7, 4)
    assert subtract_working_days(D(2025, 7, 4), -1) == D(2025, 7, 7)
    assert working_days_between(D(2025, 7, 4), D(2025, 7, 11)) == 5
    assert working_days_between(D(2025, 7, 11), D(2025, 7, 4)) == -5
    assert working_days_between(D(2025, 3, 19), D(2025, 4, 1)) == 1
    assert working_days_between(D(2025, 7, 4), D(2025, 7, 4)) == 0


def test_neighbours() -> None:
    assert next_working_day(D(2025, 3, 19)) == D(2025, 4, 1)
    assert previous_working_day(D(2025, 4, 1)) == D(2025, 3, 19)


def test_holidays_are_cached_per_year() -> None:
    assert holidays_in(2025) is holidays_in(2025)
    assert D(2025, 3, 21) in holidays_in(2025)
    assert all(day.year == 2025 for day in holidays_in(2025))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 3, 15), -3, D(2024, 12, 15)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


dates = st.dates(min_value=D(2005, 1, 1), max_value=D(2030, 12, 31))


@given(dates, st.integers(min_value=0, max_value=60))
def test_add_then_count(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    if n:
        assert is_working_day(end)
        assert end > start


@given(dates, st.integers(min_value=0, max_value=60))
def test_add_then_subtract(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    back = subtract_working_days(end, n)
    if is_working_day(start) or n == 0:
        assert back == start
    else:
        assert back == previous_working_day(start)


def test_holidays_package_is_imported_at_the_first_date_not_with_the_module() -> None:
    """Start-up cost (issue 7): the desktop imports this module before its first queue
    lines show and computes no date by then; `holidays` costs tens of milliseconds."""
    import subprocess
    import sys

    probe = (
        "import sys, datetime as dt\n"
        "import workstation.domain.calendar as c\n"
        "before = 'holidays' in sys.modules\n"
        "c.is_working_day(dt.date(2026, 3, 20))\n"
        "print(before, 'holidays' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
