"""Progressive start-up (issue 7: start-up to the main window within 1.5 × a bare
`QMainWindow`): the window's shell is painted before the store, the catalogue or any
page is imported; then `Startup` opens the store and gives the shell its context."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workstation.domain.model import Role
from workstation.gui import app as app_module
from workstation.gui.app import Startup
from workstation.gui.context import UserSession
from workstation.gui.main_window.queue_names import QUEUE_NAMES
from workstation.gui.main_window.window import MainWindow
from workstation.gui.queue.definitions import QUEUES
from workstation.gui.queue.page import QueuePage
from workstation.security import datakey
from workstation.store import DataDir, Store

# Painting the shell must not wait for any of these (each is tens to hundreds of ms).
HEAVY = (
    "sqlalchemy",
    "alembic",
    "pydantic",
    "reportlab",
    "pypdfium2",
    "holidays",
    "keyring",
    "requests",
    "workstation.store",
    "workstation.domain.catalogue",
    "workstation.gui.queue.page",
    "workstation.gui.desktop",
)

# The composition root's start-up as `workstation` runs it, stopped at the first paint
# of the main window: which modules were loaded then, and what the shell shows.
CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QSettings
from workstation.gui.app import Startup, make_application

app = make_application([sys.argv[0]], icon=False)
startup = Startup(app, QSettings(sys.argv[2], QSettings.Format.IniFormat), sys.argv[1])
window = startup.show()

class Painted(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.Paint:
            loaded = sorted(sys.modules)
            items = window.sidebar.items
            print(json.dumps({
                "modules": loaded,
                "queues": [items.item(row).text() for row in range(items.rowCount())],
                "loading": window.loading.label.text() if window.loading else None,
                "attached": window.is_attached(),
            }), flush=True)
            os._exit(0)
        return False

spy = Painted()
window.installEventFilter(spy)
app.exec()
"""


def test_the_shell_is_painted_before_the_heavy_modules_are_imported(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    settings.write_text("[desk]\nlanguage=ru\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(settings)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = set(seen["modules"])
    early = sorted(
        name for name in loaded if any(name == h or name.startswith(h + ".") for h in HEAVY)
    )
    assert early == [], f"imported before the main window was painted: {early}"
    # the shell: every queue's name, in the stored language, and the loading state
    assert seen["queues"][0] == "Мои дела"
    assert len(seen["queues"]) == len(QUEUES)
    assert seen["loading"] == "Загрузка…"
    assert seen["attached"] is False
    assert not (tmp_path / "data").exists()  # the store is opened only after the paint


def test_the_shells_queue_names_are_the_queues() -> None:
    assert [(q.key, q.title) for q in QUEUES] == list(QUEUE_NAMES)


def test_startup_opens_the_store_after_the_paint_and_fills_the_shell(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/language", "en")

    def officer() -> UserSession:
        return UserSession("officer", "Demo Officer", Role.OFFICER, "WS-1", "BAK1")

    startup = Startup(app, settings, tmp_path / "data", session=officer)
    try:
        window = startup.show()
        qtbot.addWidget(window)
        assert isinstance(window, MainWindow)
        assert not window.is_attached()
        assert window.loading is not None
        assert not window.new_action.isEnabled()
        qtbot.waitUntil(window.is_attached, timeout=30_000)
        assert startup.error is None
        assert startup.store is not None
        assert window.ctx.session is not None
        assert window.ctx.session.username == "officer"
        assert isinstance(window.stack.currentWidget(), QueuePage)
        assert window.loading is None
        assert window.new_action.isEnabled()
        assert window.new_action.shortcut().toString() == "Ctrl+N"
        assert window.sync_action.shortcut().toString() == "F5"
        assert window.user_label.text().startswith("Demo Officer")
        qtbot.waitUntil(lambda: window.queue_page.model.complete, timeout=30_000)
        assert (tmp_path / "data" / "workstation.sqlite3").exists()
        assert startup.shell is not None
        assert startup.shell.idle_lock.watcher.running
    finally:
        startup.close()
    # closed: the idle lock counts no more (one left counting failed a test ten minutes on)
    assert not startup.shell.idle_lock.watcher.running


def test_a_window_given_its_context_at_once_is_the_same_window(qtbot: QtBot, context) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.is_attached()
    assert window.loading is None
    find = QKeySequence(QKeySequence.StandardKey.Find)
    assert not find.isEmpty()
    assert window.search_action.shortcut() == find
    assert window.queue_actions[1].shortcut().toString() == "Ctrl+2"
    assert window.print_action.isEnabled()


def _officer() -> UserSession:
    return UserSession("officer", "Demo Officer", Role.OFFICER, "WS-1", "BAK1")


def _settings(tmp_path: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/language", "en")  # the other tests read English
    return settings


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice: Linux")
def test_the_warm_up_and_the_store_open_run_at_the_gui_threads_priority(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 7: the officer waits for the warm-up and the store's opening with nothing
    else on screen to do: not on the task runner's niced workers (on a busy machine they
    got less of the CPU than any other program), and not on the GUI thread."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = _settings(tmp_path)
    seen: dict[str, tuple[int, int]] = {}
    warm_up = app_module._warm_up

    def recording_warm_up() -> object:
        seen["warm-up"] = (threading.get_ident(), _nice())
        return warm_up()

    def opener(datadir: DataDir) -> Store:
        seen["open"] = (threading.get_ident(), _nice())
        return datakey.open_store(datadir, create=True)

    monkeypatch.setattr(app_module, "_warm_up", recording_warm_up)
    startup = Startup(app, settings, tmp_path / "data", session=_officer, open_store=opener)
    try:
        window = startup.show()
        qtbot.addWidget(window)
        qtbot.waitUntil(window.is_attached, timeout=30_000)
        assert startup.error is None
        gui = (threading.get_ident(), _nice())
        for step in ("warm-up", "open"):
            thread, nice = seen[step]
            assert thread != gui[0], step
            assert nice == gui[1], step
    finally:
        startup.close()


def test_collection_is_paused_while_starting_and_resumed_once_attached(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cyclic collector waits during start-up (the warm-up's objects all live on),
    and runs again once the window has its context, or when start-up ends before."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert gc.isenabled()
    settings = _settings(tmp_path)
    during: list[bool] = []
    warm_up = app_module._warm_up

    def recording_warm_up() -> object:
        during.append(gc.isenabled())
        return warm_up()

    monkeypatch.setattr(app_module, "_warm_up", recording_warm_up)
    startup = Startup(app, settings, tmp_path / "data", session=_officer)
    try:
        window = startup.show()
        qtbot.addWidget(window)
        assert not gc.isenabled()
        qtbot.waitUntil(window.is_attached, timeout=30_000)
        assert during == [False]
        assert gc.isenabled()
    finally:
        startup.close()
    assert gc.isenabled()

    # closed before the window had its context: the collector runs again too
    early = Startup(app, settings, tmp_path / "data2", session=_officer)
    window = early.show()
    qtbot.addWidget(window)
    assert not gc.isenabled()
    early.close()
    assert gc.isenabled()


def test_the_idle_lock_watches_input_once_the_first_lines_are_painted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The idle watcher counts from the login, but its filter on the application (every
    event through Python) goes on once the opening queue's first lines are on screen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = _settings(tmp_path)
    startup = Startup(app, settings, tmp_path / "data", session=_officer)
    seen: list[tuple[bool, bool]] = []  # (running, watching input) as the lines show

    def shown() -> None:  # connected before the shell's own slot: called first
        assert startup.shell is not None
        watcher = startup.shell.idle_lock.watcher
        seen.append((watcher.running, watcher.watching_input))

    try:
        window = startup.show()
        qtbot.addWidget(window)
        window.lines_shown.connect(shown)
        qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
        assert seen == [(True, False)]
        assert startup.shell is not None
        assert startup.shell.idle_lock.watcher.watching_input
    finally:
        startup.close()
    assert not startup.shell.idle_lock.watcher.watching_input


def test_the_first_login_reads_the_sync_counts_after_the_first_lines_and_no_more(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the first login the window was just made for this session: no data_changed
    (the queue's whole order again, every application counted again, beside the first
    lines); the sync's counts are read once the first lines are painted."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    startup = Startup(app, _settings(tmp_path), tmp_path / "data", session=_officer)
    events: list[str] = []
    window = startup.show()
    qtbot.addWidget(window)
    window.lines_shown.connect(lambda: events.append("lines shown"))
    read = startup.runner.read

    def recording(fn: Any, **kwargs: Any) -> Any:
        events.append(str(kwargs.get("label", "")))
        return read(fn, **kwargs)

    monkeypatch.setattr(startup.runner, "read", recording)

    def attached() -> None:
        assert startup.ctx is not None
        startup.ctx.events.data_changed.connect(lambda: events.append("data changed"))

    window.attached.connect(attached)
    try:
        qtbot.waitUntil(lambda: "sync counts" in events, timeout=30_000)
        assert window.queue_page.model.lines_in
        startup.runner.wait_idle()
        qtbot.wait(400)  # past the model's and the sidebar's refresh delays
        assert "data changed" not in events
        assert events.count("queue: order") == 1
        assert events.count("queue counts") == 1
        assert events.index("lines shown") < events.index("sync counts")
    finally:
        startup.close()
