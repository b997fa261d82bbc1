"""One fresh process of a start-up measurement (run by `benchmarks/desktop_figures.py`).

    python benchmarks/startup_child.py bare
    python benchmarks/startup_child.py app DATA_DIR

Prints ``shown`` when its main window has been painted for the first time. ``bare``
shows a plain PySide6 ``QMainWindow`` (the floor) and exits. ``app`` builds the desktop
as the composition root does after login (QApplication, store, task runner, catalogue,
`MainWindow` with its sync controller) on ``DATA_DIR``, then prints ``rows`` once the
first lines of the queue it opens on are painted, and ``rss KB`` (resident memory,
``VmRSS``) once that queue's whole order is loaded and the task runner is idle. The
parent takes the times from its own clock (from spawning the process to reading each
line), so the interpreter's start and the imports count.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(word: str, value: str = "") -> None:
    sys.stdout.write(f"{word} {value}\n".rstrip() + "\n")
    sys.stdout.flush()


def _rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def bare() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])

    class Painted(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                _say("shown")
                os._exit(0)
            return False

    window = QMainWindow()
    window.resize(1280, 800)
    spy = Painted()
    window.installEventFilter(spy)
    window.show()
    app.exec()


def desktop(folder: str) -> None:
    import datetime as dt
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from benchstore import open_store
    from workstation.domain.catalogue import load_catalogue
    from workstation.domain.model import Role
    from workstation.gui.app import freeze_startup_objects, make_application
    from workstation.gui.context import AppContext, Events, UserSession
    from workstation.gui.main_window.window import MainWindow
    from workstation.gui.sync_status.controller import SyncController
    from workstation.runtime.tasks import TaskRunner

    make_application([sys.argv[0]])
    store = open_store(Path(folder), lock=False)
    runner = TaskRunner()
    # an officer of the generated data: "My work", the queue it opens on, has lines
    session = UserSession("officer.aliyeva", "Bench Officer", Role.OFFICER, "WS-BENCH-01", "BAK1")
    ctx = AppContext(
        store, runner, load_catalogue(), Events(), session=session, today=dt.date.today
    )
    window = MainWindow(ctx, SyncController(ctx))
    model = window.queue_page.model
    state = {"shown": False, "rows": False}

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint:
                return False
            if obj is window and not state["shown"]:
                state["shown"] = True
                _say("shown")
            elif obj is table_view and model.rowCount() > 0 and not state["rows"]:
                state["rows"] = True
                _say("rows")
            return False

    table_view = window.queue_page.table.viewport()
    spy = Painted()
    window.installEventFilter(spy)
    table_view.installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    freeze_startup_objects()
    deadline = time.monotonic() + 600
    while not (state["rows"] and model.complete and runner.pending == 0):
        if time.monotonic() > deadline:
            _say("timeout")
            os._exit(2)
        QCoreApplication.processEvents()
        time.sleep(0.001)
    _say("rss", str(_rss_kb()))
    sys.stdout.flush()
    os._exit(0)  # PySide6 may crash tearing down thousands of Qt objects


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        bare()
    elif sys.argv[1:2] == ["app"] and len(sys.argv) == 3:
        desktop(sys.argv[2])
    else:
        raise SystemExit(__doc__)
