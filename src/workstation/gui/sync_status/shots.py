"""Gallery pictures of the sync status bar in each state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

from workstation.gui.context import AppContext
from workstation.gui.sync_status.bar import SyncStatusBar
from workstation.gui.sync_status.state import Connection, SyncState

WIDTH = 1000
C = Connection

# name, connection, reason, pending changes, minutes since the last sync
STATES = (
    ("online", C.ONLINE, "", 0, 2),
    ("offline", C.OFFLINE, "the server could not be reached", 14, 95),
    ("syncing", C.SYNCING, "", 5, 1),
    ("error", C.ERROR, "the server answered 503 Service Unavailable (HTTP 503)", 5, 12),
    ("login_required", C.LOGIN_REQUIRED, "Log in again to continue syncing.", 8, 30),
)


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    del ctx
    now = dt.datetime.now(dt.UTC)
    bar = SyncStatusBar()
    for name, connection, reason, pending, minutes in STATES:
        last = now - dt.timedelta(minutes=minutes)
        bar.set_state(SyncState(connection, reason, pending, last))
        bar.set_warning(None)
        bar.resize(WIDTH, bar.sizeHint().height() + 8)
        yield f"sync_status_{name}", bar
    bar.set_state(SyncState(C.ONLINE, "", 0, now))
    bar.set_warning("No OS keyring is available: the login is kept in memory only.")
    bar.resize(WIDTH, bar.sizeHint().height() + 8)
    yield "sync_status_no_keyring", bar
