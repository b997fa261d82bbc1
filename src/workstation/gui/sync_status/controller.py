"""`SyncController`: `SyncEngine.sync_once` off the GUI thread, on a schedule.

Every `interval` seconds while the officer is logged in (60 s by default), after a
failure with jittered exponential backoff (`sync.scheduler.Backoff`), and at once on
*Sync now*. Never two rounds at once. After each round that wrote something:
``events.data_changed`` (the views re-query); after every round the outbox length and
last-sync time are re-read. `LoginRequired` stops the schedule: the status
bar says so and offers to log in again; the outbox is kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.domain.serialize import parse_datetime
from workstation.gui.context import AppContext
from workstation.gui.sync_status.state import Connection, SyncState
from workstation.runtime.logs import area_logger
from workstation.store.syncmeta import CARD_SERIES_KEY, LAST_SYNC_KEY, get_meta
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine, SyncReport
from workstation.sync.errors import LoginRequired, UpdateRequired
from workstation.sync.scheduler import Backoff

log = area_logger("sync")

DEFAULT_INTERVAL = 60.0
# Changes per pull page. A page is parsed (pydantic) holding the GIL: the GUI thread waits
# meanwhile. 100 halves the longest stall of 500 (gui_bench: 190 -> 87 ms), same sync time.
PULL_LIMIT = 100


def _changed_anything(report: SyncReport) -> bool:
    """Whether the round wrote anything the views show: a round that pushed and pulled
    nothing needs no re-query of every queue (each one a walk of a million keys)."""
    return any(
        (
            report.pushed,
            report.applied,
            report.rejected,
            report.conflicts,
            report.pulled,
            report.parked,
            report.uploaded,
            report.leased,
            report.notes,
        )
    )


def _unreachable(text: str) -> bool:
    return "unreachable" in text or "could not be reached" in text


class SyncController(QObject):
    state_changed = Signal(object)  # SyncState
    finished = Signal(object)  # SyncReport | BaseException

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        interval: float = DEFAULT_INTERVAL,
        backoff: Backoff | None = None,
        pull_limit: int = PULL_LIMIT,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval = interval
        self.pull_limit = pull_limit
        self.backoff = backoff or Backoff()
        self.engine: SyncEngine | None = None
        self.running = False
        self._again = False
        self._state = SyncState(
            Connection.ONLINE if ctx.session and ctx.session.online else Connection.OFFLINE
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        ctx.events.data_changed.connect(self.refresh_counts)

    @property
    def state(self) -> SyncState:
        return self._state

    def _set(self, **changes: object) -> None:
        values = {
            "connection": self._state.connection,
            "reason": self._state.reason,
            "pending": self._state.pending,
            "last_sync": self._state.last_sync,
            "next_in": self._state.next_in,
        }
        values.update(changes)
        self._state = SyncState(**values)  # type: ignore[arg-type]
        self.state_changed.emit(self._state)

    # -- who syncs -----------------------------------------------------------------

    def start(self, api: ApiClient, credentials: Credentials, *, first_in: float = 0.0) -> None:
        """Sync as the logged-in user with these credentials; the first round after
        ``first_in`` seconds (0: now). The card series to keep numbers for are read
        from the store first (off the GUI thread)."""
        session = self.ctx.session
        if session is None:
            raise RuntimeError("nobody is logged in")
        store = self.ctx.store
        self.backoff.reset()
        connection = Connection.ONLINE if session.online else Connection.OFFLINE
        reason = "" if session.online else self.tr("logged in offline")
        self._set(connection=connection, reason=reason)

        def series() -> list[str]:
            with store.read() as repos:
                value = get_meta(repos.session, CARD_SERIES_KEY) or ""
            return [s for s in value.split(",") if s]

        def ready(card_series: list[str]) -> None:
            self.engine = SyncEngine(
                store,
                api,
                credentials,
                session.actor,
                card_series=card_series,
                pull_limit=self.pull_limit,
            )
            self._schedule(first_in)

        self.ctx.runner.read(series, done=ready, owner=self, label="sync set-up")
        self.refresh_counts()

    def stop(self) -> None:
        self._timer.stop()
        self.engine = None

    def _schedule(self, seconds: float) -> None:
        self._timer.start(max(0, int(seconds * 1000)))
        self._set(next_in=seconds)

    # -- a round -------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a round now (False when there is nobody to sync as). A round already
        running is followed by another one."""
        if self.engine is None:
            return False
        if self.running:
            self._again = True
            return True
        self._timer.stop()
        self.running = True
        self._set(connection=Connection.SYNCING, reason="", next_in=None)
        engine = self.engine
        self.ctx.runner.network(
            engine.sync_once, done=self._done, failed=self._failed, owner=self, label="sync"
        )
        return True

    def _done(self, report: SyncReport) -> None:
        self.running = False
        if report.ok:
            log.info("sync round done")
        else:
            log.warning("sync round failed: %s", "; ".join(report.errors))
        if report.ok:
            self.backoff.reset()
            self._set(connection=Connection.ONLINE, reason="")
            delay = self.interval
        else:
            text = "; ".join(report.errors)
            offline = all(_unreachable(e) for e in report.errors)
            self._set(connection=Connection.OFFLINE if offline else Connection.ERROR, reason=text)
            delay = self.backoff.next_delay()
        if _changed_anything(report):
            self.ctx.events.data_changed.emit()
        else:  # nothing to re-query (a round every minute): only the last sync time
            self.refresh_counts()
        self.finished.emit(report)
        self._next(delay)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("sync stopped: %s: %s", type(exc).__name__, exc)
        if isinstance(exc, LoginRequired):
            self._timer.stop()
            self._set(
                connection=Connection.LOGIN_REQUIRED,
                reason=self.tr("Log in again to continue syncing; nothing waiting is lost."),
                next_in=None,
            )
            self.finished.emit(exc)
            self.refresh_counts()
            return
        if isinstance(exc, UpdateRequired):
            self._timer.stop()
            self._set(connection=Connection.ERROR, reason=str(exc), next_in=None)
            self.finished.emit(exc)
            return
        self._set(connection=Connection.ERROR, reason=str(exc))
        self.finished.emit(exc)
        self.ctx.events.data_changed.emit()
        self._next(self.backoff.next_delay())

    def _next(self, delay: float) -> None:
        if self._again:
            self._again = False
            delay = 0.0
        if self.engine is not None:
            self._schedule(delay)

    # -- counts --------------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Re-read the outbox length and last sync time (off the GUI thread)."""
        store = self.ctx.store

        def read() -> tuple[int, dt.datetime | None]:
            with store.read() as repos:
                pending = repos.outbox.count("pending") + repos.outbox.count("sent")
                last = get_meta(repos.session, LAST_SYNC_KEY)
            return pending, parse_datetime(last) if last else None

        self.ctx.runner.read(read, done=self._counts_done, owner=self, label="sync counts")

    def _counts_done(self, answer: tuple[int, dt.datetime | None]) -> None:
        pending, last = answer
        self._set(pending=pending, last_sync=last)
