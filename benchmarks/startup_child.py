"""One fresh process of a start-up measurement (run by `benchmarks/desktop_figures.py`).

    python benchmarks/startup_child.py bare
    python benchmarks/startup_child.py app DATA_DIR

Prints ``shown`` when its main window has been painted for the first time. ``bare``
shows a plain PySide6 ``QMainWindow`` (the floor) and exits. ``app`` starts the desktop
as ``workstation`` does (`workstation.gui.app.Startup`: the main window's shell painted
first, then the store, catalogue, task runner, and the window given its context as
after a login) on ``DATA_DIR``, then prints ``rows`` once the first lines of the queue
it opens on are painted (with their values, not "…" lines), and ``rss KB`` (resident memory,
``VmRSS``) once that queue's whole order is loaded and the task runner is idle. The
parent takes the times from its own clock (from spawning the process to reading each
line), so the interpreter's start and the imports count.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from typing import Any

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


def _real_line(model: Any) -> bool:
    """Whether the queue's first line is in (not a "…" line waiting for its values): a
    paint of placeholder lines is not the first rows an officer can read."""
    return bool(model.rowCount() > 0 and model.line(0) is not None)


def desktop(folder: str) -> None:
    """The desktop's own start-up (`workstation.gui.app.Startup`, what ``workstation``
    runs): the shell painted first, then the store opened (with the benchmark's key) and
    the officer let in as if logged in — the bench folder is not enrolled."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings

    from workstation.gui.app import Startup, make_application

    here = str(Path(__file__).resolve().parent)

    def open_bench_store(datadir: Any) -> Any:
        sys.path.insert(0, here)
        from benchstore import open_store  # on the task runner, after the paint

        return open_store(datadir.path, lock=False)

    def session() -> Any:
        # an officer of the generated data: "My work", the queue it opens on, has lines
        context = importlib.import_module("workstation.gui.context")
        role = importlib.import_module("workstation.domain.model").Role
        return context.UserSession(
            "officer.aliyeva", "Bench Officer", role.OFFICER, "WS-BENCH-01", "BAK1"
        )

    app = make_application([sys.argv[0]], icon=False)  # as `workstation.gui.app.run`
    startup = Startup(app, QSettings(), folder, session=session, open_store=open_bench_store)
    state = {"shown": False, "rows": False}
    seen: dict[str, Any] = {}

    class Painted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint:
                return False
            if obj is window and not state["shown"]:
                state["shown"] = True
                _say("shown")
            elif obj is seen.get("viewport") and not state["rows"] and _real_line(seen["model"]):
                state["rows"] = True
                _say("rows")
            return False

    spy = Painted()

    def attached() -> None:
        seen["model"] = window.queue_page.model
        seen["viewport"] = window.queue_page.table.viewport()
        seen["viewport"].installEventFilter(spy)

    window = startup.show()
    window.installEventFilter(spy)
    window.attached.connect(attached)
    deadline = time.monotonic() + 600
    while not (state["rows"] and seen["model"].complete and startup.runner.pending == 0):
        if time.monotonic() > deadline or startup.error is not None:
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
