"""The main window against a real `workstation server` process: Sync now (F5) sends the
officer's work and the status bar follows (syncing → online, changes waiting → all sent);
a supervisor's decision made on another enrolled workstation arrives in the officer's
"Ready to print" queue after a sync; a lost login stops sync and offers to log in again,
keeping the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.main_window.world import OFFICER, PASSWORD, SUPERVISOR, World, receive_new
from workstation.domain.catalogue import Catalogue
from workstation.domain.model import Role, Status
from workstation.gui.context import AppContext, Events
from workstation.gui.login import service
from workstation.gui.main_window.window import MainWindow
from workstation.gui.sync_status.controller import SyncController
from workstation.gui.sync_status.state import Connection
from workstation.runtime.tasks import TaskRunner
from workstation.security.datakey import open_store
from workstation.store import DataDir, Store
from workstation.sync.engine import SyncEngine

TIMEOUT = 30_000


@pytest.fixture
def desk(
    qtbot: QtBot, empty_store: Store, catalogue: Catalogue, world: World
) -> Iterator[tuple[AppContext, MainWindow, service.LoginResult]]:
    enrolled = service.enrol(empty_store, world.server.url, world.code(), "desk")
    result = service.login(empty_store, enrolled, OFFICER, PASSWORD)
    assert result.session is not None
    runner = TaskRunner()
    ctx = AppContext(empty_store, runner, catalogue, Events(), session=result.session)
    sync = SyncController(ctx, interval=3600)
    window = MainWindow(ctx, sync)
    qtbot.addWidget(window)
    window.show()
    assert result.api is not None
    assert result.credentials is not None
    sync.start(result.api, result.credentials)  # the first round at once: number leases
    qtbot.waitUntil(lambda: sync.state.last_sync is not None and not sync.running, timeout=TIMEOUT)
    assert sync.state.connection is Connection.ONLINE, sync.state.reason
    yield ctx, window, result
    sync.stop()
    window.close()
    runner.wait_idle()
    qtbot.wait(10)


def _press_f5(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F5)


def _shown_ids(qtbot: QtBot, window: MainWindow) -> list[str]:
    model = window.queue_page.model
    qtbot.waitUntil(lambda: model.complete, timeout=TIMEOUT)
    for row in range(model.rowCount()):
        model.line(row)
    qtbot.waitUntil(lambda: all(model.line(r) for r in range(model.rowCount())))
    return [line.id for r in range(model.rowCount()) if (line := model.line(r))]


def test_sync_now_and_a_decision_from_another_workstation(
    qtbot: QtBot,
    desk: tuple[AppContext, MainWindow, service.LoginResult],
    world: World,
    tmp_path: Path,
) -> None:
    ctx, window, _result = desk
    sync = window.sync
    assert sync is not None
    app = receive_new(ctx.store, ctx.actor)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        uow.transition(app.id, "submit_for_review", Role.OFFICER, checklist_complete=True)
    ctx.events.data_changed.emit()
    qtbot.waitUntil(lambda: sync.state.pending > 0, timeout=TIMEOUT)
    assert "waiting" in window.status.pending.text()

    seen: list[Connection] = []
    sync.state_changed.connect(lambda state: seen.append(state.connection))
    _press_f5(qtbot, window)
    qtbot.waitUntil(
        lambda: Connection.SYNCING in seen and not sync.running and sync.state.pending == 0,
        timeout=TIMEOUT,
    )
    assert sync.state.connection is Connection.ONLINE
    assert window.status.pending.text() == "All changes sent"
    assert "Online" in window.status.connection.text()

    # a supervisor on another workstation decides
    other = open_store(DataDir(tmp_path / "other"), create=True)
    try:
        enrolled = service.enrol(other, world.server.url, world.code(), "supervisor desk")
        login = service.login(other, enrolled, SUPERVISOR, PASSWORD)
        assert login.session is not None
        assert login.api is not None
        assert login.credentials is not None
        engine = SyncEngine(other, login.api, login.credentials, login.session.actor)
        assert engine.sync_once().ok
        with other.unit_of_work(login.session.actor) as uow:
            uow.transition(app.id, "approve", Role.SUPERVISOR)
        assert engine.sync_once().ok
    finally:
        other.close()

    window.sidebar.select("print")
    assert app.id not in _shown_ids(qtbot, window)
    _press_f5(qtbot, window)
    qtbot.waitUntil(lambda: app.id in _shown_ids(qtbot, window), timeout=TIMEOUT)
    with ctx.store.read() as repos:
        arrived = repos.applications.get(app.id)
    assert arrived.status is Status.APPROVED
    assert arrived.decision is not None
    assert arrived.decision.by == SUPERVISOR


def test_a_lost_login_stops_sync_and_keeps_the_outbox(
    qtbot: QtBot, desk: tuple[AppContext, MainWindow, service.LoginResult]
) -> None:
    ctx, window, result = desk
    sync = window.sync
    assert sync is not None
    assert result.credentials is not None
    assert result.api is not None
    receive_new(ctx.store, ctx.actor, seed=5)
    result.credentials.forget()  # the refresh token is gone (revoked, expired, …)
    result.api.access_token = None
    _press_f5(qtbot, window)
    qtbot.waitUntil(
        lambda: sync.state.connection is Connection.LOGIN_REQUIRED and sync.state.pending > 0,
        timeout=TIMEOUT,
    )
    assert window.status.login_again.isVisible()
    assert "Login required" in window.status.connection.text()
    requested: list[bool] = []
    window.login_requested.connect(lambda: requested.append(True))
    qtbot.mouseClick(window.status.login_again, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert requested == [True]
