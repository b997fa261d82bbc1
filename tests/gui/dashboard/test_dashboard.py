# mypy: disable-error-code="no-untyped-call"
"""The dashboard page and the reports dialog show the numbers computed independently from
the generated applications (tests/store/stats_expected.py)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.store.stats_expected import TODAY, expected, fill, sample
from workstation.domain.catalogue import Catalogue
from workstation.domain.model import Application, Role
from workstation.domain.stats import week_start
from workstation.gui.context import AppContext, Events, UserSession
from workstation.gui.dashboard.page import DashboardPage
from workstation.gui.dashboard.reports import ReportsDialog
from workstation.runtime.tasks import TaskRunner
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store
from workstation.store.stats import local_offset


@pytest.fixture
def apps(catalogue: Catalogue) -> list[Application]:
    return [a for part in sample(catalogue) for a in part.applications]


@pytest.fixture
def two_centers(tmp_path: Path, catalogue: Catalogue) -> Iterator[Store]:
    store = open_store(DataDir(tmp_path / "data"), create=True)
    fill(store, sample(catalogue))
    yield store
    store.close()


def _ctx(store: Store, catalogue: Catalogue, role: Role, user: str) -> AppContext:
    return AppContext(
        store=store,
        runner=TaskRunner(),
        catalogue=catalogue,
        events=Events(),
        language="en",
        session=UserSession(user, user, role, "WS-TEST", "BAK1"),
        today=lambda: TODAY,
    )


@pytest.fixture
def supervisor(qtbot: QtBot, two_centers: Store, catalogue: Catalogue) -> Iterator[AppContext]:
    ctx = _ctx(two_centers, catalogue, Role.SUPERVISOR, "supervisor.rahimov")
    yield ctx
    ctx.runner.wait_idle()
    qtbot.wait(10)


def _page(qtbot: QtBot, ctx: AppContext) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    return page


def _tile(page: DashboardPage, key: str) -> int:
    return int(page.tiles[key].value.text().replace(",", ""))


def _column(model: Any, name: str) -> int:
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == name:
            return column
    raise AssertionError(name)


def _cell(model: Any, row_name: str, column_name: str) -> int:
    column = _column(model, column_name)
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == row_name:
            return int(str(model.index(row, column).data()).replace(",", ""))
    raise AssertionError(row_name)


def test_supervisor_sees_the_numbers_of_the_period(
    qtbot: QtBot,
    supervisor: AppContext,
    apps: list[Application],
) -> None:
    page = _page(qtbot, supervisor)
    since, until = TODAY - dt.timedelta(days=29), TODAY
    want = expected(apps, since, until, offset=local_offset())
    week = expected(apps, week_start(TODAY), TODAY, offset=local_offset())
    assert want.total["received"] > 0
    assert _tile(page, "received") == want.total["received"]
    assert _tile(page, "decided") == want.total["decided"]
    assert _tile(page, "printed") == want.total["printed"]
    assert _tile(page, "issued") == want.total["issued"]
    assert _tile(page, "overdue") == want.total["overdue"]
    assert _tile(page, "due_soon") == want.total["due_soon"]
    assert _tile(page, "received_week") == week.total["received"]
    assert _tile(page, "received_today") == week.day["received", TODAY]
    assert sum(page.chart.series[0][2]) == want.total["received"]
    assert sum(page.chart.series[1][2]) == want.total["decided"]
    assert len(page.chart.days) == 30
    for center in ("BAK1", "GNJ1"):
        assert _cell(page.by_center, center, "Received") == want.center["received", center]
        assert _cell(page.by_center, center, "Overdue") == want.center["overdue", center]
    assert (
        _cell(page.by_officer, "officer.aliyeva", "Printed")
        == want.officer["printed", "officer.aliyeva"]
    )
    assert _cell(page.by_service, "Total", "Issued") == want.total["issued"]

    # a longer period, one center: counted again
    year = page.period.findData("year")
    page.center.setCurrentIndex(page.center.findData("GNJ1"))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.period.setCurrentIndex(year)
    want = expected(
        apps, TODAY.replace(month=1, day=1), TODAY, offset=local_offset(), center="GNJ1"
    )
    assert _tile(page, "received") == want.total["received"]
    assert [page.by_center.index(r, 0).data() for r in range(page.by_center.rowCount())] == [
        "GNJ1",
        "Total",
    ]


def test_a_change_is_counted_without_asking(qtbot: QtBot, supervisor: AppContext) -> None:
    page = _page(qtbot, supervisor)
    before = _tile(page, "printed")
    with supervisor.store.read() as repos:
        approved = next(r for r in repos.queue.page(limit=2000) if r.status.value == "approved")
    at = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)
    with supervisor.store.unit_of_work(Actor("officer.aliyeva", "WS-TEST")) as uow:
        uow.transition(approved.id, "print_card", Role.OFFICER, when=at)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        supervisor.events.data_changed.emit()
    assert _tile(page, "printed") == before + 1


def test_an_officer_sees_only_their_own_numbers(
    qtbot: QtBot,
    two_centers: Store,
    catalogue: Catalogue,
    apps: list[Application],
) -> None:
    ctx = _ctx(two_centers, catalogue, Role.OFFICER, "officer.karimova")
    page = _page(qtbot, ctx)
    want = expected(
        apps,
        TODAY - dt.timedelta(days=29),
        TODAY,
        offset=local_offset(),
        officer="officer.karimova",
    )
    assert page.title.text() == "My numbers"
    assert not page.officer.isVisible()
    assert not page.center.isVisible()
    assert _tile(page, "received") == want.total["received"]
    assert _tile(page, "overdue") == want.total["overdue"]
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.views["officer"]))
    ctx.runner.wait_idle()


def test_reports_dialog_writes_the_csv_and_refuses_bad_input(
    qtbot: QtBot,
    supervisor: AppContext,
    apps: list[Application],
    tmp_path: Path,
) -> None:
    dialog = ReportsDialog(supervisor, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.since.setDate(dialog.until.date().addDays(1))  # ends before it starts
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "before it starts" in dialog.message.text()
    dialog.since.setDate(dialog.until.date().addDays(-59))
    dialog.path.setText(str(tmp_path))  # a folder
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "is a folder" in dialog.message.text()
    target = tmp_path / "out" / "may.csv"
    target.parent.mkdir()
    dialog.csv.setChecked(True)
    dialog.center.setText("BAK1")
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    total = next(r for r in rows if r["section"] == "total")
    want = expected(
        apps, TODAY - dt.timedelta(days=59), TODAY, offset=local_offset(), center="BAK1"
    )
    for name in ("received", "decided", "printed", "issued", "overdue"):
        assert int(total[name]) == want.total[name], name
