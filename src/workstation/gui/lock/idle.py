"""Watching for input: `IdleWatcher` sees every key, mouse and wheel event of the
application (an event filter on the QApplication) and says when the officer has been
idle long enough to warn (``warning(seconds_left)`` each second of the last
``warn_seconds``) and then to lock (``timed_out``). Any input during the warning clears
it (``warning_cleared``). A clock can be given (tests move time instead of waiting).

The filter is on the application only while the watcher runs (`start` to `stop`): an
application-wide Python filter makes every event of the desktop cross into Python, and
the first event of an object of a Qt class PySide6 has not wrapped yet makes it build
the Python enums of many classes (tens of ms) — not while nothing is watched."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
WARN_SECONDS = 30.0
INPUT_LATER_SECONDS = 10.0  # the longest `start(input_later=True)` goes without the filter


def application_filter(watcher: QObject, on: bool) -> bool:
    """`watcher`'s event filter put on the whole application (`on`) or taken off it;
    False when there is no application (nothing done)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    if on:
        app.installEventFilter(watcher)
    else:
        app.removeEventFilter(watcher)
    return True


class IdleWatcher(QObject):
    warning = Signal(int)
    warning_cleared = Signal()
    timed_out = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        parent: QObject | None = None,
        *,
        warn_seconds: float = WARN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout_seconds
        self.warn = min(warn_seconds, timeout_seconds)
        self.clock = clock
        self.last_input = clock()
        self.running = False
        self.warning_shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)
        self._filtering = False
        self._input_by = 0.0  # `check` puts the filter on from then at the latest

    @property
    def watching_input(self) -> bool:
        """Whether input reaches the watcher (its filter is on the application)."""
        return self._filtering

    def start(self, *, input_later: bool = False) -> None:
        """Count idle time from now. With `input_later` the input filter waits for
        `watch_input` (start-up: until the opening queue's first lines are painted), at
        most `INPUT_LATER_SECONDS`: input is not seen meanwhile, so the lock can only
        come sooner than its time, never later."""
        self.running = True
        self.touch()
        self.timer.start()
        if input_later and not self._filtering:
            self._input_by = self.clock() + INPUT_LATER_SECONDS
        else:
            self.watch_input()

    def watch_input(self) -> None:
        """Put the input filter on now (when the watcher runs)."""
        if self.running:
            self._filter(True)

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        self._filter(False)
        self._clear()

    def _filter(self, on: bool) -> None:
        """The event filter on the application, while the watcher runs."""
        if on != self._filtering and application_filter(self, on):
            self._filtering = on

    def touch(self) -> None:
        self.last_input = self.clock()
        self._clear()

    def _clear(self) -> None:
        if self.warning_shown:
            self.warning_shown = False
            self.warning_cleared.emit()

    def idle_for(self) -> float:
        return self.clock() - self.last_input

    def check(self) -> None:
        if not self.running:
            return
        if not self._filtering and self.clock() >= self._input_by:
            self._filter(True)
        left = self.timeout - self.idle_for()
        if left <= 0:
            self.stop()
            self.timed_out.emit()
        elif left <= self.warn:
            self.warning_shown = True
            self.warning.emit(math.ceil(left))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.running and event.type() in INPUT_EVENTS:
            self.touch()
        return False
