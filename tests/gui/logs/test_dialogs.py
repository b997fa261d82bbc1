"""The log viewer (tail of the real log file, level and area filters), the crash report
shown at the next start (Copy details, seen afterwards), and the About dialog's versions."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from workstation.gui.about.dialog import AboutDialog
from workstation.gui.context import AppContext
from workstation.gui.logs.startup import show_crash_reports
from workstation.gui.logs.viewer import LogViewer
from workstation.runtime import logs
from workstation.runtime.crash import CrashHandler, pending_reports

MIGRATIONS = Path(__file__).resolve().parents[3] / "src/workstation/store/migrations/versions"


def test_log_viewer_filters_by_level_and_area(qtbot: QtBot, context: AppContext) -> None:
    folder = context.store.datadir.logs
    handler = logs.setup(folder, logging.DEBUG)
    try:
        logs.area_logger("sync").info("round 1")
        logs.area_logger("sync").warning("server unreachable")
        logs.area_logger("store").debug("query plan")
        logs.area_logger("print").error("printer offline")
    finally:
        logs.teardown(handler)
    viewer = LogViewer(context)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 4)
    assert viewer.filtered.rowCount() == 3  # information and above by default
    viewer.level.setCurrentIndex(viewer.level.findData(30))
    messages = [viewer.filtered.index(r, 3).data() for r in range(viewer.filtered.rowCount())]
    assert messages == ["server unreachable", "printer offline"]
    viewer.area.setCurrentIndex(viewer.area.findData("print"))
    assert viewer.filtered.rowCount() == 1
    viewer.level.setCurrentIndex(viewer.level.findData(0))
    viewer.area.setCurrentIndex(viewer.area.findData("store"))
    assert viewer.filtered.index(0, 3).data() == "query plan"


def test_a_crash_is_reported_at_the_next_start(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "crash"
    handler = CrashHandler(folder, lambda: [("Workstation", "0.1.0")])
    handler.install(qt_messages=False)
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="writer")
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    # the next start
    shown = show_crash_reports(context, folder)
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    assert "ZeroDivisionError" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "Where: thread writer" in QGuiApplication.clipboard().text()
    dialog.close()
    qtbot.waitUntil(lambda: not pending_reports(folder))
    again = show_crash_reports(context, folder)
    context.runner.wait_idle()
    qtbot.wait(50)
    assert again == []


def test_about_shows_every_version(qtbot: QtBot, context: AppContext) -> None:
    dialog = AboutDialog(context)
    qtbot.addWidget(dialog)
    newest = max(p.name[:4] for p in MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))
    qtbot.waitUntil(lambda: dialog.schema_label.text() != "…")
    assert dialog.schema_label.text().startswith(newest)
    text = dialog.text()
    for name in ("Workstation", "Sync protocol", "Service catalogue", "Qt", "PySide6", "Python"):
        assert f"{name}: " in text
    assert context.catalogue.version in text
    dialog.copy()
    assert QGuiApplication.clipboard().text() == text
