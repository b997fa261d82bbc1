"""Watching for input: `IdleWatcher` sees every key, mouse and wheel event of the
application (an event filter on the QApplication) and says when the officer has been
idle long enough to warn (``warning(seconds_left)`` each second of the last
``warn_seconds``) and then to lock (``timed_out``). Any input during the warning clears
it (``warning_cleared``). A clock can be given (tests move time instead of waiting)."""

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
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.running = True
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        self._clear()

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
