"""Gallery pictures of the main window: each queue, search results, offline state."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workstation.gui.context import AppContext
from workstation.gui.main_window.window import MainWindow
from workstation.gui.queue.definitions import QUEUES
from workstation.gui.sync_status.controller import SyncController
from workstation.gui.sync_status.state import Connection, SyncState

SIZE = (1280, 800)


def settle(ctx: AppContext, until: Callable[[], bool] = lambda: True, seconds: float = 20) -> None:
    """Let background work finish and its outcomes arrive."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if ctx.runner.pending == 0 and until():
            QCoreApplication.processEvents()
            return
        time.sleep(0.01)


def window(ctx: AppContext) -> MainWindow:
    shown = MainWindow(ctx, SyncController(ctx))
    shown.resize(*SIZE)
    shown.status.set_state(
        SyncState(
            Connection.ONLINE,
            pending=3,
            last_sync=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=4),
        )
    )
    shown.show()
    settle(ctx, lambda: shown.queue_page.model.complete)
    return shown


def loaded(ctx: AppContext, shown: MainWindow) -> None:
    """Wait for the queue's lines, including those the first paint asked for."""
    model = shown.queue_page.model
    settle(ctx, lambda: model.complete)
    shown.grab()  # paints: visible lines not fetched yet are asked for
    settle(ctx, lambda: model.complete)


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    shown = window(ctx)
    for queue in QUEUES:
        shown.sidebar.select(queue.key)
        loaded(ctx, shown)
        yield f"main_window_{queue.key}", shown
    shown.search.setText("mammad")
    shown.show_search("mammad")
    loaded(ctx, shown)
    yield "main_window_search_results", shown
    shown.search.clear()
    shown.sidebar.select("received")
    loaded(ctx, shown)
    shown.status.set_state(
        SyncState(
            Connection.OFFLINE,
            reason="logged in offline",
            pending=12,
            last_sync=dt.datetime.now(dt.UTC) - dt.timedelta(hours=3),
        )
    )
    yield "main_window_offline", shown
    shown.status.set_state(
        SyncState(Connection.ONLINE, pending=0, last_sync=dt.datetime.now(dt.UTC))
    )
    model = shown.queue_page.model
    first = model.application_id(0)
    if first is not None:  # the detail page inside the shell
        ctx.events.open_application.emit(first)
        settle(ctx, lambda: shown.detail is not None and shown.current_page() is shown.detail)
        settle(ctx)
        yield "main_window_detail", shown
    ctx.events.new_application.emit()  # the reception form inside the shell
    settle(ctx, lambda: shown.current_page() is shown.reception)
    settle(ctx)
    yield "main_window_new_application", shown
    shown.close()
