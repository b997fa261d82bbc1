"""Gallery pictures of the settings, about, log viewer and crash report dialogs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workstation.gui.about.dialog import AboutDialog
from workstation.gui.context import AppContext
from workstation.gui.logs.crash_dialog import CrashReportDialog
from workstation.gui.logs.viewer import LogViewer
from workstation.gui.settings.dialog import SettingsDialog
from workstation.runtime import logs
from workstation.runtime.crash import format_report
from workstation.runtime.settings import Settings


def _settle(ctx: AppContext) -> None:
    for _ in range(2000):
        QCoreApplication.processEvents()
        if ctx.runner.pending == 0:
            break
        ctx.runner.wait_idle()
    QCoreApplication.processEvents()


def sample_log(folder: Path) -> None:
    handler = logs.setup(folder, logging.DEBUG)
    try:
        logs.area_logger("runtime").info("desktop started, data folder opened")
        logs.area_logger("security").info("user officer logged in online")
        logs.area_logger("sync").info("sync round: pushed 3 changes, pulled 120 (2 pages)")
        logs.area_logger("sync").warning(
            "server unreachable (connection refused); next try in 37 s, token=abc123"
        )
        logs.area_logger("store").debug("queue 'received' ordered: 14,512 keys in 41 ms")
        logs.area_logger("print").info("card MYİ0001234 printed on Zebra ZC300 (1 copy)")
        logs.area_logger("gui").error("background task failed (queue counts): disk I/O error")
        logs.area_logger("sync").info("sync round: pushed 0 changes, pulled 4 (1 page)")
    finally:
        logs.teardown(handler)


def sample_report() -> str:
    def receive() -> None:
        raise ValueError("passport 'C01234567' of applicant 'Məmmədov' has no expiry date")

    try:
        receive()
    except ValueError as exc:
        return format_report(
            type(exc),
            exc,
            exc.__traceback__,
            [("Workstation", "0.1.0"), ("Qt", "6.11.3")],
            "main thread",
        )
    return ""


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    settings = SettingsDialog(ctx, Settings(language=ctx.language, server_url=""))
    settings.server.setText("https://workstation.migration.gov.az")
    settings.show()
    _settle(ctx)
    settings.adjustSize()
    yield "settings_dialog", settings
    settings.server.setText("ftp://central")
    settings.accept()
    _settle(ctx)
    yield "settings_dialog_bad_server", settings
    settings.close()

    about = AboutDialog(ctx)
    about.show()
    _settle(ctx)
    about.adjustSize()
    yield "about_dialog", about
    about.close()

    sample_log(ctx.store.datadir.logs)
    viewer = LogViewer(ctx)
    viewer.show()
    _settle(ctx)
    yield "log_viewer", viewer
    viewer.level.setCurrentIndex(viewer.level.findData(30))
    QCoreApplication.processEvents()
    yield "log_viewer_warnings", viewer
    viewer.close()

    crash = CrashReportDialog([(Path("crash-sample.txt"), sample_report())])
    crash.show()
    _settle(ctx)
    crash.adjustSize()
    yield "crash_report_dialog", crash
    crash.close()
