"""When to sync: periodically, and after a failure with jittered exponential backoff
(base 2 s, cap 300 s, "full jitter"; reset on success)."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from typing import Protocol

from workstation.sync.errors import LoginRequired, SyncError, UpdateRequired

log = logging.getLogger(__name__)


class Backoff:
    def __init__(
        self, base: float = 2.0, cap: float = 300.0, rng: random.Random | None = None
    ) -> None:
        self.base = base
        self.cap = cap
        self.rng = rng or random.Random()
        self.failures = 0

    def ceiling(self) -> float:
        """The longest wait after the current number of failures."""
        return min(self.cap, self.base * float(2 ** max(self.failures - 1, 0)))

    def next_delay(self) -> float:
        """Record one more failure; a random wait in [0, min(cap, base·2^(n-1))]."""
        self.failures += 1
        return self.rng.uniform(0, self.ceiling())

    def reset(self) -> None:
        self.failures = 0


class _Report(Protocol):
    @property
    def ok(self) -> bool: ...


class _Engine(Protocol):
    def sync_once(self) -> _Report: ...


def run_forever(
    engine: _Engine,
    interval: float,
    stop_event: threading.Event,
    *,
    backoff: Backoff | None = None,
    wake: threading.Event | None = None,
    on_report: Callable[[_Report], None] | None = None,
) -> None:
    """Sync every `interval` seconds until `stop_event` is set; after a failure wait
    by `backoff` instead. `wake` (set on a new outbox row, on reconnect) cuts a wait
    short. `LoginRequired` and `UpdateRequired` end the loop (raised): they need a
    person, not a retry."""
    backoff = backoff or Backoff()
    while not stop_event.is_set():
        ok = False
        try:
            report = engine.sync_once()
            ok = report.ok
            if on_report is not None:
                on_report(report)
        except (LoginRequired, UpdateRequired):
            raise
        except SyncError as exc:
            log.warning("sync failed: %s", exc)
        if ok:
            backoff.reset()
            delay = interval
        else:
            delay = backoff.next_delay()
        if wake is None:
            stop_event.wait(delay)
        else:
            _wait_either(stop_event, wake, delay)


def _wait_either(stop_event: threading.Event, wake: threading.Event, delay: float) -> None:
    step = 0.2
    waited = 0.0
    while waited < delay and not stop_event.is_set():
        if wake.wait(min(step, delay - waited)):
            wake.clear()
            return
        waited += step
