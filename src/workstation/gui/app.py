"""Composition root of the desktop (DESIGN.md section 1): builds the QApplication, the
store, the task runner, the catalogue and the `AppContext`, then walks the officer
through first-run enrolment and login to the main window. Nothing else builds these
objects; everything below gets them through constructors.

`run(datadir)` is ``workstation`` with no subcommand; `run(datadir, demo=...)` is
``workstation demo``: logged in as the demo officer without a login dialog.
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation import __version__
from workstation.domain.catalogue import load_catalogue
from workstation.gui.about.versions import static_versions
from workstation.gui.context import AppContext, Events
from workstation.gui.lock.controller import DEFAULT_MINUTES, IdleLock
from workstation.gui.login import service
from workstation.gui.login.dialogs import EnrolDialog, LoginDialog
from workstation.gui.logs.startup import show_crash_reports
from workstation.gui.main_window.window import MainWindow
from workstation.gui.settings.desk import Desk, rebuild
from workstation.gui.settings.desk import install as install_desk
from workstation.gui.sync_status.controller import SyncController
from workstation.gui.unlock.dialog import ask_passphrase
from workstation.resources import ResourceMissing, resource_path
from workstation.runtime import logs
from workstation.runtime.appearance import Appearance
from workstation.runtime.crash import CrashHandler
from workstation.runtime.i18n import Translations
from workstation.runtime.tasks import TaskRunner
from workstation.security.datakey import open_store
from workstation.security.offline import DEFAULT_VALID_DAYS
from workstation.store import DataDir

log = logging.getLogger("workstation.gui")

ORGANIZATION = "Migration Service"
ORGANIZATION_DOMAIN = "migration.gov.az"
APPLICATION = "Workstation"


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """Log this user in at start-up, without the login dialog (``workstation demo``)."""

    username: str
    password: str


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with high-DPI defaults, names for QSettings, and the icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("workstation")
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "workstation.svg"))))
    except ResourceMissing:
        log.warning("the application icon is missing")
    return app


class Shell(QObject):
    """Enrolment → login → main window; login again when sync asks for it."""

    def __init__(
        self,
        ctx: AppContext,
        settings: QSettings,
        *,
        demo: DemoLogin | None = None,
        parent: QObject | None = None,
        desk: Desk | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.demo = demo
        self.desk = desk
        self.enrolled: service.Enrolled | None = None
        self.window: MainWindow | None = None
        self.sync = SyncController(ctx, self)
        self.valid_days = int(
            str(settings.value("security/offline_login_days", DEFAULT_VALID_DAYS))
        )
        if desk is not None:  # issue 8: typed settings, language switched at run time
            self.valid_days = desk.settings.offline_login_days
            self.sync.interval = float(desk.settings.sync_interval_seconds)
            desk.sync_interval_target = lambda seconds: setattr(self.sync, "interval", seconds)
            desk.rebuild_requested.connect(self.rebuild_window)
        self.dialog: LoginDialog | EnrolDialog | None = None
        # issue 6: the idle lock (minutes from Settings; the same officer unlocks, or
        # another one logs in: taken as any login)
        minutes = float(str(settings.value("security/idle_lock_minutes", DEFAULT_MINUTES)))
        if desk is not None:
            minutes = desk.settings.idle_lock_minutes
        self.idle_lock = IdleLock(ctx, minutes, self, valid_days=self.valid_days)
        self.idle_lock.switched.connect(self._logged_in)

    def start(self) -> None:
        store = self.ctx.store
        self.ctx.runner.read(
            lambda: service.read_enrolment(store), done=self._enrolment_read, owner=self
        )

    def _enrolment_read(self, enrolled: service.Enrolled | None) -> None:
        if enrolled is None:
            dialog = EnrolDialog(self.ctx)
            dialog.accepted.connect(lambda: self._enrolled(dialog.enrolled))
            dialog.rejected.connect(QCoreApplication.quit)
            self._show(dialog)
            return
        self._enrolled(enrolled)

    def _enrolled(self, enrolled: service.Enrolled | None) -> None:
        if enrolled is None:
            QCoreApplication.quit()
            return
        self.enrolled = enrolled
        if self.demo is not None:
            demo, store, days = self.demo, self.ctx.store, self.valid_days
            self.ctx.runner.network(
                lambda: service.login(
                    store, enrolled, demo.username, demo.password, valid_days=days
                ),
                done=self._logged_in,
                failed=self._login_failed,
                owner=self,
                label="demo login",
            )
            return
        self.ask_login()

    def ask_login(self) -> None:
        if self.enrolled is None:
            return
        username = self.ctx.session.username if self.ctx.session else ""
        dialog = LoginDialog(
            self.ctx, self.enrolled, self.window, username=username, valid_days=self.valid_days
        )
        dialog.accepted.connect(lambda: self._logged_in(dialog.result_))
        if self.window is None:
            dialog.rejected.connect(QCoreApplication.quit)
        self._show(dialog)

    def _show(self, dialog: LoginDialog | EnrolDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _login_failed(self, exc: BaseException) -> None:
        QMessageBox.critical(None, APPLICATION, str(exc))
        self.ask_login()

    def _logged_in(self, result: service.LoginResult | None) -> None:
        if result is None or result.session is None:
            if result is not None:
                QMessageBox.warning(None, APPLICATION, result.message)
            self.ask_login()
            return
        self.ctx.session = result.session
        if self.window is None:
            self.window = MainWindow(self.ctx, self.sync, self.settings)
            self.window.login_requested.connect(self.ask_login)
            if self.desk is not None:
                install_desk(self.window, self.desk)
            self.window.show()
            freeze_startup_objects()
        self.window.update_user()
        self.idle_lock.attach(self.window, self.enrolled)
        self.window.status.set_warning(result.warning)
        self.ctx.events.data_changed.emit()
        if result.api is not None and result.credentials is not None:
            self.sync.start(result.api, result.credentials, first_in=0.0)

    def rebuild_window(self) -> None:
        """The main window made again in the language just chosen in Settings."""
        if self.window is None or self.desk is None:
            return
        desk = self.desk

        def make() -> MainWindow:
            window = MainWindow(self.ctx, self.sync, self.settings)
            window.login_requested.connect(self.ask_login)
            install_desk(window, desk)
            return window

        self.window = rebuild(self.window, make)
        self.idle_lock.attach(self.window, self.enrolled)
        self.window.update_user()


def freeze_startup_objects() -> None:
    """Move what start-up made (modules, catalogue, widgets: hundreds of thousands of
    objects that live as long as the program) out of the cyclic collector's reach. A
    full collection walked them all: a pause of ~110 ms in the middle of scrolling a
    queue (gui_bench). Reference counting still frees everything that is dropped; no
    collection first (it would be that pause, at start-up): start-up's few cycles stay."""
    gc.freeze()


def stop_on_signals() -> None:
    """Ctrl+C and SIGTERM close the application cleanly (the store is closed, the data
    folder released). Python runs signal handlers only between bytecodes: a timer gives
    it the chance while Qt's event loop waits."""

    def stop(_signum: int, _frame: FrameType | None) -> None:
        QCoreApplication.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    timer = QTimer(QCoreApplication.instance())
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run(
    datadir: DataDir, *, demo: DemoLogin | None = None, argv: Sequence[str] | None = None
) -> int:
    """Open the desktop on the data folder; returns the exit code."""
    app = make_application(argv)
    settings = QSettings()
    # No keyring on this computer: the data folder's passphrase is asked in a dialog.
    store = open_store(datadir, create=True, ask=ask_passphrase)
    log_handler = logs.setup(datadir.logs)
    catalogue = load_catalogue()
    crash = CrashHandler(datadir.path / "crash", lambda: static_versions(catalogue))
    crash.install()
    runner = TaskRunner()
    ctx = AppContext(store=store, runner=runner, catalogue=catalogue, events=Events())
    desk = Desk(ctx, settings, Translations(app), Appearance(app), app)
    desk.start()
    shell = Shell(ctx, settings, demo=demo, desk=desk)
    shell.start()
    show_crash_reports(ctx, datadir.path / "crash")
    stop_on_signals()
    try:
        code = app.exec()
    finally:
        shell.sync.stop()
        runner.wait_idle()
        QCoreApplication.processEvents()
        store.close()
        crash.uninstall()
        logs.teardown(log_handler)
    return int(code)
