"""The one way screens run work off the GUI thread (STYLE.md "background work as an
operation object").

``runner.read(fn, done=..., failed=...)`` runs ``fn()`` on a small pool of reader
threads; ``runner.write(fn, ...)`` runs it on a single writer thread, so database writes
go one at a time and in the order they were asked for. ``done(result)`` or
``failed(exc)`` is then called on the GUI thread — never from a worker — and not at all
when the ``owner`` widget given with the task was deleted meanwhile.

The GUI thread never waits on a task; `wait_idle` exists for shutdown and tests.

The worker threads run at a lower OS priority than the GUI thread (`WORKER_NICE`): on a
busy two-core machine a sync and the line fetching otherwise take the CPU from the
thread that paints, and the queue stalls while it scrolls.

A runner also shortens the interpreter's GIL switch interval (`GIL_SWITCH_SECONDS`).
The GUI thread calls into Python for every cell it paints (`multiData`, `rowCount`,
`hasIndex` ...) and gives the GIL back to C++ in between; each time it wants it back
from a worker running Python (a sync parsing a page), it waits up to the switch
interval, 5 ms by default. One repaint of the queue is hundreds of such calls: with
5 ms the officer saw the table freeze for up to a second during a sync.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

T = TypeVar("T")
log = logging.getLogger("workstation.runtime")

WORKER_NICE = 5  # how much nicer than the GUI thread a worker thread is (Linux)
GIL_SWITCH_SECONDS = 0.0005  # the longest a GUI call into Python waits for a worker's GIL
_lowered = threading.local()


def lower_priority() -> None:
    """The calling (worker) thread yields the CPU to the GUI thread: nice +WORKER_NICE on
    Linux (per thread), Qt's low priority elsewhere. Once a thread; never fails. A modest
    step, not an idle priority: a worker starved outright would keep the GUI waiting for
    the GIL it holds."""
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    try:
        if sys.platform.startswith("linux"):
            thread = threading.get_native_id()
            nice = os.getpriority(os.PRIO_PROCESS, thread)
            os.setpriority(os.PRIO_PROCESS, thread, min(19, nice + WORKER_NICE))
        else:
            QThread.currentThread().setPriority(QThread.Priority.LowPriority)
    except OSError as exc:  # a sandbox may refuse; the work runs anyway
        log.debug("worker priority left as it was: %s", exc)


@dataclass(eq=False)
class Task(Generic[T]):
    """A piece of work and what to call with its outcome (on the GUI thread)."""

    fn: Callable[[], T]
    done: Callable[[T], None] | None = None
    failed: Callable[[BaseException], None] | None = None
    owner: QObject | None = None
    label: str = ""
    cancelled: bool = field(default=False, init=False)

    def cancel(self) -> None:
        """The outcome will not be delivered (the work itself may still run)."""
        self.cancelled = True


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits `finished` and Qt queues the call there."""

    finished = Signal(object, object, object)  # task, result, error


class _Job(QRunnable):
    def __init__(self, task: Task[Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._relay = relay

    def run(self) -> None:
        lower_priority()
        try:
            result = self._task.fn()
        except BaseException as exc:  # delivered to `failed`, never lost
            log.debug(
                "task %s failed: %s",
                self._task.label,
                "".join(traceback.format_exception_only(exc)).strip(),
            )
            self._relay.finished.emit(self._task, None, exc)
        else:
            self._relay.finished.emit(self._task, result, None)


class TaskRunner(QObject):
    """Reader pool + one writer thread; outcomes delivered on the GUI thread.

    ``busy_changed(n)`` tells how many tasks are running or waiting (for a spinner);
    ``task_failed(label, exc)`` is emitted for failures no ``failed`` callback took, so
    that nothing fails silently (the main window shows them).

    A runner made without a parent belongs to the application object, never to Python's
    garbage collector: the collector may run on any thread, a worker's included, and a
    runner destroyed there would destroy its thread pools from one of their own threads
    (a crash, seen once in a test run). `close` waits for its work and deletes it on the
    GUI thread; otherwise it goes with the application."""

    busy_changed = Signal(int)
    task_failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, *, readers: int = 2) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        if sys.getswitchinterval() > GIL_SWITCH_SECONDS:  # never lengthens a shorter one
            sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max(1, readers))
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._network = QThreadPool(self)
        self._network.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending = 0

    @property
    def pending(self) -> int:
        return self._pending

    def read(
        self,
        fn: Callable[[], T],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> Task[T]:
        """Run ``fn`` on a reader thread (queries, rendering, file reading)."""
        return self._start(self._readers, Task(fn, done, failed, owner, label))

    def write(
        self,
        fn: Callable[[], T],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> Task[T]:
        """Run ``fn`` on the writer thread, after every write asked for before it."""
        return self._start(self._writer, Task(fn, done, failed, owner, label))

    def network(
        self,
        fn: Callable[[], T],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str = "",
    ) -> Task[T]:
        """Run ``fn`` on a network thread (login, enrolment, a sync round): long waits on
        a server must hold up neither the readers nor the writer. The work writes through
        its own units of work."""
        return self._start(self._network, Task(fn, done, failed, owner, label))

    def _start(self, pool: QThreadPool, task: Task[T]) -> Task[T]:
        self._pending += 1
        self.busy_changed.emit(self._pending)
        pool.start(_Job(task, self._relay))
        return task

    @Slot(object, object, object)
    def _deliver(self, task: Task[Any], result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        self.busy_changed.emit(self._pending)
        if task.cancelled:
            return
        if task.owner is not None and not shiboken6.isValid(task.owner):
            return
        if error is None:
            if task.done is not None:
                task.done(result)
        elif task.failed is not None:
            task.failed(error)
        else:
            log.error(
                "background task %s failed",
                task.label or getattr(task.fn, "__qualname__", "?"),
                exc_info=error,
            )
            self.task_failed.emit(task.label, error)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the pools are empty (shutdown and tests only). Outcomes still
        arrive through the event loop afterwards."""
        return (
            self._network.waitForDone(msecs)
            and self._writer.waitForDone(msecs)
            and self._readers.waitForDone(msecs)
        )

    def close(self, msecs: int = 30_000) -> bool:
        """Wait for the work in hand (as `wait_idle`), then have the runner deleted by the
        event loop of the GUI thread. Outcomes not yet delivered are dropped. Returns
        whether the pools emptied in time; the runner is deleted either way, once they
        have."""
        idle = self.wait_idle(msecs)
        self.deleteLater()
        return idle
