"""store.stats against numbers computed independently from the generated applications."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.store.stats_expected import BAKU, TODAY, Expected, expected, fill, sample
from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Application, Role, Status
from workstation.store import Actor, Store
from workstation.store.stats import TALLY_FIELDS, PeriodError, Stats, StatsFilter, dashboard
from workstation.store.tables import ApplicationRow

MONTH = (TODAY - dt.timedelta(days=29), TODAY)
DESK = Actor("desk.officer", "WS-TEST")
YEAR = (TODAY - dt.timedelta(days=364), TODAY)


@pytest.fixture(scope="module")
def data() -> list[Application]:
    return [a for part in sample(load_catalogue()) for a in part.applications]


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store, sample(load_catalogue()))
    return store


def _stats(store: Store, flt: StatsFilter, offset: dt.timedelta = BAKU) -> Stats:
    with store.read() as repos:
        return dashboard(repos.session, flt, TODAY, offset)


def _check(stats: Stats, want: Expected) -> None:
    for name in TALLY_FIELDS:
        assert getattr(stats.total, name) == want.total[name], name
        for key, tally in stats.by_service.items():
            assert getattr(tally, name) == want.service[name, key], (name, key)
        for key, tally in stats.by_officer.items():
            assert getattr(tally, name) == want.officer[name, key], (name, key)
        for key, tally in stats.by_center.items():
            assert getattr(tally, name) == want.center[name, key], (name, key)
    for name in ("received", "decided", "approved", "refused", "printed", "issued"):
        for day, tally in stats.by_day.items():
            assert getattr(tally, name) == want.day[name, day], (name, day)
    # nothing expected is missing from the tables
    assert {k for (n, k) in want.service if want.service[n, k]} <= set(stats.by_service)
    assert {k for (n, k) in want.officer if want.officer[n, k]} <= set(stats.by_officer)
    assert {k for (n, k) in want.center if want.center[n, k]} <= set(stats.by_center)
    got_status = {
        (service, status): n
        for service, counts in stats.by_service_status.items()
        for status, n in counts.items()
    }
    assert got_status == dict(want.status)


@pytest.mark.parametrize("period", [MONTH, YEAR], ids=["30 days", "365 days"])
def test_counts_match_the_generated_applications(
    filled: Store, data: list[Application], period: tuple[dt.date, dt.date]
) -> None:
    stats = _stats(filled, StatsFilter(*period))
    want = expected(data, *period)
    assert want.total["received"] > 0
    assert want.total["printed"] > 0
    assert want.total["issued"] > 0
    assert want.total["overdue"] > 0
    _check(stats, want)
    assert list(stats.by_day) == list(StatsFilter(*period).days())
    assert set(stats.by_center) == {"BAK1", "GNJ1"}


def test_one_center_and_one_officer(filled: Store, data: list[Application]) -> None:
    _check(_stats(filled, StatsFilter(*YEAR, center="GNJ1")), expected(data, *YEAR, center="GNJ1"))
    officer = "officer.karimova"
    stats = _stats(filled, StatsFilter(*YEAR, officer=officer))
    want = expected(data, *YEAR, officer=officer)
    assert want.total["received"] > 0
    _check(stats, want)
    assert set(stats.by_officer) == {officer}


def test_days_are_local_days(filled: Store, data: list[Application]) -> None:
    # Received 09:00-17:30 in Baku is 05:00-13:30 UTC: a shift of -8 hours moves the
    # earlier ones to the previous day, and the counts follow.
    offset = dt.timedelta(hours=-8)
    stats = _stats(filled, StatsFilter(*MONTH), offset)
    _check(stats, expected(data, *MONTH, offset=offset))


def test_a_card_printed_and_issued_here_is_counted_that_day(filled: Store) -> None:
    with filled.read() as repos:
        approved = repos.session.query(ApplicationRow).filter_by(status="approved").first()
        assert approved is not None
        app_id = approved.id
    before = _stats(filled, StatsFilter(TODAY, TODAY), dt.timedelta(0)).total
    at = dt.datetime.combine(TODAY, dt.time(10), dt.UTC)
    with filled.unit_of_work(DESK) as uow:
        uow.transition(app_id, "print_card", Role.OFFICER, when=at)
    with filled.unit_of_work(DESK) as uow:
        uow.transition(app_id, "issue", Role.OFFICER, when=at + dt.timedelta(hours=1))
    after = _stats(filled, StatsFilter(TODAY, TODAY), dt.timedelta(0))
    assert (after.total.printed, after.total.issued) == (before.printed + 1, before.issued + 1)
    assert after.by_officer["desk.officer"].printed >= 1
    with filled.read() as repos:
        row = repos.session.get(ApplicationRow, app_id)
        assert row is not None
        assert row.status == Status.ISSUED.value
        assert (row.printed_at, row.printed_by) == (at, "desk.officer")
        assert row.issued_at == at + dt.timedelta(hours=1)


def test_bad_periods_are_refused_with_a_reason() -> None:
    with pytest.raises(PeriodError, match=r"ends .*2026-05-01.* before it starts .*2026-06-01"):
        StatsFilter(dt.date(2026, 6, 1), dt.date(2026, 5, 1))
    with pytest.raises(PeriodError, match="longer than"):
        StatsFilter(dt.date(1990, 1, 1), dt.date(2026, 1, 1))
