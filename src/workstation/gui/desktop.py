"""`Shell`: enrolment → login → the main window; login again when sync asks for it.

Imported by the composition root (`workstation.gui.app`) once the main window's shell
is on screen: it brings login, the idle lock, sync, settings and (through the window's
`attach`) every page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from workstation.gui.app import APPLICATION, freeze_startup_objects
from workstation.gui.context import AppContext, UserSession
from workstation.gui.lock.controller import DEFAULT_MINUTES, IdleLock
from workstation.gui.login import service
from workstation.gui.login.dialogs import EnrolDialog, LoginDialog
from workstation.gui.main_window.window import MainWindow
from workstation.gui.settings.desk import Desk, rebuild
from workstation.gui.settings.desk import install as install_desk
from workstation.gui.sync_status.controller import SyncController
from workstation.security.offline import DEFAULT_VALID_DAYS

if TYPE_CHECKING:
    from workstation.gui.app import DemoLogin


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
        window: MainWindow | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.demo = demo
        self.desk = desk
        self.enrolled: service.Enrolled | None = None
        # the shell painted at start-up (`workstation.gui.app.Startup`), given its
        # context at login; made at login when there is none
        self.window: MainWindow | None = window
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

    def enter(self, session: UserSession) -> None:
        """Go in as `session`, already logged in (the start-up benchmark: its data folder
        is not enrolled): the same way to the main window as after a login."""
        self._logged_in(service.LoginResult(session))

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
        if self.window is None or not self.window.is_attached():
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
            self.window = MainWindow(settings=self.settings)
            self.window.show()
        first = not self.window.is_attached()
        if first:
            self.window.attach(self.ctx, self.sync)
            self.window.login_requested.connect(self.ask_login)
            # the idle lock sees input once the first lines are painted: its filter on
            # the application is in the way of every event until then
            self.window.lines_shown.connect(self.idle_lock.watcher.watch_input)
            if self.desk is not None:
                install_desk(self.window, self.desk)
            freeze_startup_objects()
        self.window.update_user()
        self.idle_lock.attach(self.window, self.enrolled, input_later=first)
        self.window.status.set_warning(result.warning)
        if first:
            # the window was just given this session: its queue and the queues' counts
            # are being read for it. The sync's counts and its first round wait for the
            # first lines to be painted; no data_changed (it read the queue's whole order
            # and counted every application again, beside the first lines)
            self.window.lines_shown.connect(lambda: self._sync_after_login(result))
            return
        self.ctx.events.data_changed.emit()
        self._sync_after_login(result)

    def _sync_after_login(self, result: service.LoginResult) -> None:
        if result.session is not self.ctx.session:
            return  # another login came since: it started what it needed
        if result.api is not None and result.credentials is not None:
            self.sync.start(result.api, result.credentials, first_in=0.0)  # counts too
        else:
            self.sync.refresh_counts()

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
