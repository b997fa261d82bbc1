"""The sync controller without a server: an unreachable server shows "Offline" with the
reason and schedules the next round by backoff; Sync now while a round runs asks for one
more round, never two at once; the status bar shows each state."""

from __future__ import annotations

import random

from pytestqt.qtbot import QtBot

from tests.integration.processes import free_port
from workstation.gui.context import AppContext
from workstation.gui.sync_status.bar import SyncStatusBar
from workstation.gui.sync_status.controller import SyncController
from workstation.gui.sync_status.state import Connection
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncReport
from workstation.sync.scheduler import Backoff


def test_unreachable_server_goes_offline_and_backs_off(qtbot: QtBot, context: AppContext) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    credentials = Credentials(url, "WS-TEST-01", "officer")
    credentials.keep_in_memory("a-refresh-token-of-sixteen+")
    sync = SyncController(context, interval=3600, backoff=Backoff(base=600, rng=random.Random(1)))
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    sync.state_changed.connect(bar.set_state)
    seen: list[Connection] = []
    sync.state_changed.connect(lambda state: seen.append(state.connection))
    sync.start(ApiClient(url, timeout=(1, 1)), credentials, first_in=3600)
    qtbot.waitUntil(lambda: sync.engine is not None)
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        assert sync.sync_now()
        assert sync.running
        assert sync.sync_now()  # while running: one more round afterwards, not a second one
    state = sync.state
    assert Connection.SYNCING in seen
    assert state.connection is Connection.OFFLINE
    assert state.next_in == 0  # the round asked for meanwhile comes at once
    assert state.pending > 0  # the generated applications wait to be sent
    assert "Offline" in bar.connection.text()
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        pass
    assert sync.state.connection is Connection.OFFLINE
    assert "could not be reached" in sync.state.reason
    assert "Offline" in bar.connection.text()
    assert sync.backoff.failures == 2
    assert sync.state.next_in is not None  # then the backoff: within [0, 2 x 600 s]
    assert 0 < sync.state.next_in <= 1200
    sync.stop()
    assert not sync.sync_now()  # stopped: nobody to sync as


def test_only_a_round_that_wrote_something_makes_the_views_requery(
    qtbot: QtBot, context: AppContext
) -> None:
    """A round every minute that pushed and pulled nothing must not re-query every queue
    (a walk of a million keys each, and the queue page's lines fetched again)."""
    sync = SyncController(context, interval=3600)
    requeried: list[bool] = []
    context.events.data_changed.connect(lambda: requeried.append(True))
    counted: list[int] = []
    sync.state_changed.connect(lambda state: counted.append(state.pending))
    sync._done(SyncReport())
    qtbot.waitUntil(lambda: context.runner.pending == 0 and len(counted) >= 2)
    assert not requeried  # but the outbox length and last sync time were read again
    sync._done(SyncReport(pulled=3))
    assert requeried == [True]
    sync._done(SyncReport(pushed=1, applied=1))
    assert requeried == [True, True]
    qtbot.waitUntil(lambda: context.runner.pending == 0)
