"""The task runner: work runs off the GUI thread, outcomes arrive on it, writes go one at
a time in order, failures reach a callback or the runner's signal, a deleted owner gets
nothing."""

from __future__ import annotations

import os
import sys
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from workstation.runtime.tasks import GIL_SWITCH_SECONDS, WORKER_NICE, TaskRunner


def test_read_runs_off_the_gui_thread_and_delivers_on_it(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is runner.thread()
        seen["thread"] = threading.get_ident()

    runner.read(work, done=done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui
    assert seen["thread"] == gui
    assert seen["on_gui"] is True
    assert runner.pending == 0


def test_writes_run_one_at_a_time_in_order(qtbot):
    runner = TaskRunner(readers=4)
    order: list[int] = []
    active = [0]
    overlap = [False]
    lock = threading.Lock()

    def make(i: int):
        def work() -> int:
            with lock:
                active[0] += 1
                overlap[0] |= active[0] > 1
            QThread.msleep(5)
            with lock:
                order.append(i)
                active[0] -= 1
            return i

        return work

    done: list[int] = []
    for i in range(10):
        runner.write(make(i), done=done.append)
    qtbot.waitUntil(lambda: len(done) == 10)
    assert order == list(range(10))
    assert done == list(range(10))
    assert not overlap[0]


def test_a_failure_goes_to_its_callback(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("disk on fire")

    runner.write(boom, failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "disk on fire"


def test_an_unhandled_failure_is_signalled_not_lost(qtbot, caplog):
    runner = TaskRunner()

    def boom() -> None:
        raise OSError("network gone")

    with qtbot.waitSignal(runner.task_failed) as blocker:
        runner.read(boom, label="pull page")
    assert blocker.args[0] == "pull page"
    assert isinstance(blocker.args[1], OSError)
    assert "pull page" in caplog.text


def test_a_deleted_owner_gets_no_outcome(qtbot):
    runner = TaskRunner()
    owner = QWidget()
    got: list[int] = []
    gate = threading.Event()

    def work() -> int:
        gate.wait(5)
        return 1

    runner.read(work, done=got.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert got == []


def test_a_cancelled_task_delivers_nothing(qtbot):
    runner = TaskRunner()
    got: list[int] = []
    gate = threading.Event()
    task = runner.read(lambda: gate.wait(5) and 1, done=got.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert got == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_workers_run_nicer_than_the_gui_thread(qtbot):
    """A sync or a fetch must not take the CPU from the thread that paints."""
    runner = TaskRunner()
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []

    def nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    for start in (runner.read, runner.write, runner.network):
        start(nice, done=seen.append)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert all(n == min(19, gui + WORKER_NICE) for n in seen)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # GUI untouched


def test_a_runner_shortens_the_gil_switch_interval_for_the_gui_thread(qtbot):
    """Workers running Python hand the GIL to the painting GUI thread within
    GIL_SWITCH_SECONDS, not Python's default 5 ms per call into Python."""
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        runner = TaskRunner()
        assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_SECONDS)
        assert GIL_SWITCH_SECONDS <= 0.001
        runner.deleteLater()
        sys.setswitchinterval(0.0001)  # a shorter one set by someone else is kept
        runner = TaskRunner()
        assert sys.getswitchinterval() == pytest.approx(0.0001)
        runner.deleteLater()
    finally:
        sys.setswitchinterval(before)


def test_a_runner_outlives_its_python_object_until_closed_on_the_gui_thread(qtbot):
    """Python's collector may run on a worker thread; a runner it destroyed there would
    take its thread pools down from one of their own threads. A runner without a parent
    belongs to the application until `close` has it deleted by the GUI thread's loop."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    app = QCoreApplication.instance()
    runner = TaskRunner()
    runner.setObjectName("runner-outlives-its-python-object")
    done: list[int] = []
    runner.read(lambda: 1, done=done.append)
    qtbot.waitUntil(lambda: done == [1])
    del runner
    collected = threading.Thread(target=__import__("gc").collect)
    collected.start()
    collected.join()
    kept = app.findChild(TaskRunner, "runner-outlives-its-python-object")
    assert kept is not None  # not destroyed with its Python object
    assert len(kept.findChildren(QThreadPool)) == 3
    assert kept.close() is True
    assert app.findChild(TaskRunner, "runner-outlives-its-python-object") is not None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert app.findChild(TaskRunner, "runner-outlives-its-python-object") is None
