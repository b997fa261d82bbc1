"""Gallery pictures of the idle lock: the warning strip, the lock screen over the main
window (and after a wrong password), and the re-authentication dialog."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from workstation.gui.context import AppContext
from workstation.gui.lock.controller import IdleLock
from workstation.gui.lock.idle import IdleWatcher
from workstation.gui.login.service import Enrolled
from workstation.gui.main_window.window import MainWindow
from workstation.gui.reauth.dialog import ReauthDialog


def _settle(ctx: AppContext) -> None:
    for _ in range(200):
        QCoreApplication.processEvents()
        if ctx.runner.pending == 0:
            break
        ctx.runner.wait_idle()


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    # Windows left open by earlier screens of the gallery would get the lock screen (it
    # sits on an open modal dialog) and leave this window only its plain cover.
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    window = MainWindow(ctx, None, None)
    window.resize(1280, 800)
    window.show()
    _settle(ctx)
    now = [0.0]
    lock = IdleLock(ctx, watcher=IdleWatcher(600, clock=lambda: now[0]))
    enrolled = Enrolled("https://workstation.migration.gov.az", "WS-BAK1-0007", "BAK1")
    lock.attach(window, enrolled)
    now[0] = 577.0
    lock.watcher.check()
    _settle(ctx)
    yield "idle_warning", window
    lock.lock()
    _settle(ctx)
    yield "idle_locked", window
    assert lock.screen is not None
    lock.screen.message.setText(
        QCoreApplication.translate(
            "Login", "Wrong password (%1 tries left before it locks)."
        ).replace("%1", "4")
    )
    yield "idle_locked_wrong_password", window
    lock.watcher.stop()
    window.close()
    dialog = ReauthDialog(ctx, "Approving BAK1-2026-00012")
    dialog.adjustSize()
    yield "reauth", dialog
    dialog.close()
