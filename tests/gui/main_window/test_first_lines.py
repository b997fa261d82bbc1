"""Start-up with the officer already known (issue 7: first queue rows within 1 s): the
first lines of "My work" are read without the store and painted in the shell's table
before SQLAlchemy, the store or the pages are imported; the queue page takes them over.
Without a known officer nothing is read before login."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import fill
from workstation.domain.catalogue import load_catalogue
from workstation.firstlines import FirstLines, Line
from workstation.gui.context import AppContext
from workstation.gui.main_window.window import MainWindow
from workstation.gui.queue.definitions import BY_KEY
from workstation.gui.queue.lines import WIDTHS, FirstLinesModel
from workstation.gui.queue.model import FIRST_LINES
from workstation.store import DataDir, Store

KEY = bytes(range(32))
OFFICER = "officer.aliyeva"  # has open applications in the generated data


def _read(context: AppContext, officer: str) -> FirstLines:
    queue = BY_KEY["mine"]
    with context.store.read() as repos:
        keys = repos.queue.keys(
            queue.filter_for(officer), queue.sort, queue.descending, limit=FIRST_LINES
        )
        rows = repos.queue.rows_for(keys)
    return FirstLines(officer, keys, {key: Line(*row) for key, row in rows.items()})


def _shell_with_lines(qtbot: QtBot, context: AppContext, first: FirstLines) -> MainWindow:
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    model = FirstLinesModel(
        first.keys,
        first.lines,
        catalogue=context.catalogue,
        language="en",
        today=context.today(),
        soon=None,
        parent=window,
    )
    with qtbot.waitSignal(window.first_lines_shown):
        window.show_first_lines(first, model, WIDTHS)
    assert window.loading is not None
    assert window.loading.table.model() is model
    assert window.loading.label.isHidden()
    return window


def _labels(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the tasks started from now on."""
    labels: list[str] = []
    start = context.runner._start

    def counting(pool: Any, task: Any) -> Any:
        labels.append(task.label)
        return start(pool, task)

    monkeypatch.setattr(context.runner, "_start", counting)
    return labels


def test_the_queue_page_takes_over_the_lines_of_the_officer_logged_in(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert context.session is not None
    context.session = dataclasses.replace(context.session, username=OFFICER)
    first = _read(context, OFFICER)
    assert first.keys
    window = _shell_with_lines(qtbot, context, first)
    labels = _labels(context, monkeypatch)
    window.attach(context)
    model = window.queue_page.model
    assert model.rowCount() == len(first.keys)  # shown at once: no empty table meanwhile
    assert model.line(0) is not None
    assert tuple(model.line(0) or ()) == tuple(first.lines[first.keys[0]])
    qtbot.waitUntil(lambda: model.complete)
    assert "queue: first lines" not in labels


def test_lines_read_for_another_officer_are_not_shown_to_this_one(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert context.session is not None
    context.session = dataclasses.replace(context.session, username="officer.mammadov")
    window = _shell_with_lines(qtbot, context, _read(context, OFFICER))
    labels = _labels(context, monkeypatch)
    window.attach(context)
    model = window.queue_page.model
    qtbot.waitUntil(lambda: model.complete)
    assert "queue: first lines" in labels
    shown = [model.line(row) for row in range(min(model.rowCount(), 20))]
    assert all(line.assignee == "officer.mammadov" for line in shown if line is not None)


# Start-up as the start-up benchmark runs it (the officer given as logged in, the data
# key given), stopped once the first lines are painted: what was imported by then.
CHILD = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from workstation.gui.app import Startup, make_application

def officer():
    from workstation.domain.model import Role
    from workstation.gui.context import UserSession
    return UserSession(sys.argv[3], "Officer", Role.OFFICER, "WS-1", "BAK1")

key = {"key": bytes(range(32)), "wrong": bytes(32)}.get(sys.argv[4])
app = make_application([sys.argv[0]], icon=False)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
startup = Startup(
    app, settings, sys.argv[1], session=officer,
    open_store=lambda d: __import__("workstation.store").store.Store.open(d, key=bytes(range(32))),
    data_key=(lambda _path: key) if key is not None else None,
)
window = startup.show()

def report(where):
    page = window.queue_page if window.is_attached() else None
    table = page.table if page is not None else window.loading.table
    model = table.model()
    print(json.dumps({
        "where": where,
        "modules": sorted(sys.modules),
        "rows": model.rowCount() if model is not None else 0,
        "first": model.index(0, 0).data() if model is not None and model.rowCount() else None,
    }), flush=True)
    os._exit(0)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window.loading.table.viewport():
            report("early")
        return False

spy = Painted()
window.first_lines_shown.connect(lambda: window.loading.table.viewport().installEventFilter(spy))
window.attached.connect(lambda: window.queue_page.model.first_rows.connect(lambda: report("page")))
app.exec()
"""

LATER = ("sqlalchemy", "alembic", "workstation.store", "workstation.gui.queue.page", "keyring")


def _start(tmp_path: Path, officer: str, key: str) -> dict[str, Any]:
    folder = tmp_path / "data"
    if not folder.exists():
        store = Store.open(DataDir(folder), key=KEY, create=True)
        try:
            fill(store, load_catalogue(), 120)
        finally:
            store.close()
    settings = tmp_path / "settings.ini"
    settings.write_text("[desk]\nlanguage=en\n", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(settings), officer, key],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_the_first_lines_are_painted_before_the_store_is_imported(tmp_path: Path) -> None:
    seen = _start(tmp_path, OFFICER, "key")
    assert seen["where"] == "early"
    assert seen["rows"] > 0
    assert seen["first"]
    loaded = set(seen["modules"])
    early = sorted(n for n in loaded if any(n == h or n.startswith(h + ".") for h in LATER))
    assert early == [], f"imported before the first lines were painted: {early}"


@pytest.mark.parametrize("key", ["none", "wrong"])
def test_without_the_data_key_the_lines_come_from_the_store(tmp_path: Path, key: str) -> None:
    seen = _start(tmp_path, OFFICER, key)
    assert seen["where"] == "page"
    assert "sqlalchemy" in seen["modules"]


def test_start_up_reads_as_many_first_lines_as_the_queue_model() -> None:
    from workstation.gui import app

    assert app.FIRST_LINES == FIRST_LINES


def test_lines_read_while_the_desktop_closes_start_nothing_more(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workstation.gui.app import EarlyLines, Startup

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    startup = Startup(qapp, settings, tmp_path / "data", session=lambda: context.session)  # type: ignore[arg-type, return-value]
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    startup.window = window
    startup.closing = True  # the officer closed the window while the lines were read
    startup._first_lines(EarlyLines(_read(context, OFFICER), context.catalogue, None))
    assert startup._runner is None  # no warm-up: nothing was started
    assert window.loading is not None
    assert not window.loading.label.isHidden()  # no lines were put in
