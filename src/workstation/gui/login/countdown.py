"""A lock-out countdown for the login, lock and re-authentication dialogs: while a lock
lasts, the password field and the button are disabled and a label counts down
("Try again in 4:59"); when it ends, they come back."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def remaining_text(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss`` beyond an hour) of a wait, rounded up."""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class LockCountdown(QObject):
    """Counts down to ``until`` in ``label`` (under ``reason``), ``widgets`` disabled."""

    finished = Signal()

    def __init__(
        self,
        label: QLabel,
        widgets: Sequence[QWidget],
        parent: QObject | None = None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.widgets = list(widgets)
        self.clock = clock
        self.until: dt.datetime | None = None
        self.reason = ""
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    @property
    def active(self) -> bool:
        return self.until is not None

    def start(self, until: dt.datetime, reason: str) -> None:
        self.until, self.reason = until, reason
        for widget in self.widgets:
            widget.setEnabled(False)
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        if self.until is None:
            return
        left = (self.until - self.clock()).total_seconds()
        if left <= 0:
            self.until = None
            self.timer.stop()
            for widget in self.widgets:
                widget.setEnabled(True)
            self.label.setText(
                QCoreApplication.translate("Login", "The lock has ended: you can try again.")
            )
            self.finished.emit()
            return
        wait = QCoreApplication.translate("Login", "Try again in %1.").replace(
            "%1", remaining_text(left)
        )
        self.label.setText(f"{self.reason}\n{wait}" if self.reason else wait)
