"""The idle lock of a session (issue 6): after ``minutes`` without input (default 10)
the main window is covered by the lock screen, with a warning strip counting down the
last 30 s. Only the same officer's password unlocks it, checked against the offline
verifier (so it works while the server is down; wrong passwords count towards its lock,
whose countdown shows); or another officer logs in, which ends the session (``switched``
carries the `LoginResult`: the shell takes it as any login; unsaved reception forms are
kept by their own recovery). While locked, every other open window is covered too and
no key, click or shortcut reaches anything but the lock screen (an event filter on the
application, there only while locked: every event of the desktop crosses into Python
through it). Audited: ``session.lock``, ``session.unlock``, ``session.unlock_failed``."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from workstation.gui.context import AppContext
from workstation.gui.lock.idle import IdleWatcher, application_filter
from workstation.gui.lock.screen import Cover, IdleBanner, LockScreen
from workstation.gui.login import service
from workstation.gui.login.dialogs import LoginDialog
from workstation.gui.reauth.dialog import mark_authenticated
from workstation.security import offline
from workstation.store import Actor

DEFAULT_MINUTES = 10
BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
    }
)


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()
    switched = Signal(object)  # LoginResult of another officer

    def __init__(
        self,
        ctx: AppContext,
        minutes: float = DEFAULT_MINUTES,
        parent: QObject | None = None,
        *,
        valid_days: int = offline.DEFAULT_VALID_DAYS,
        watcher: IdleWatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.valid_days = valid_days
        self.watcher = watcher or IdleWatcher(minutes * 60.0, self)
        self.watcher.warning.connect(self._warn)
        self.watcher.warning_cleared.connect(self._clear_warning)
        self.watcher.timed_out.connect(self.lock)
        self.window: QWidget | None = None
        self.enrolled: service.Enrolled | None = None
        self.banner: IdleBanner | None = None
        self.screen: LockScreen | None = None
        self.covers: list[Cover] = []
        self.login_dialog: LoginDialog | None = None
        self._attached = 0  # windows attached so far
        self._filtering = False

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: float) -> None:
        self.watcher.timeout = minutes * 60.0

    def attach(
        self, window: QWidget, enrolled: service.Enrolled | None, *, input_later: bool = False
    ) -> None:
        """Watch this (new) main window; a lock in place moves onto it. `input_later`:
        the watcher's input filter waits for ``watcher.watch_input()`` (start-up)."""
        if window is self.window:  # the same window, a new login
            self.enrolled = enrolled
            if not self.is_locked:
                self.watcher.start(input_later=input_later)
            return
        was_locked = self.is_locked
        if was_locked:
            self._remove_screens()
        self.window, self.enrolled = window, enrolled
        if self.banner is not None:
            self.banner.deleteLater()
        self.banner = IdleBanner(window)
        self._attached += 1
        attached = self._attached
        window.destroyed.connect(lambda _window=None: self._window_gone(attached))
        if was_locked:
            self._put_screens()
        else:
            self.watcher.start(input_later=input_later)

    def _window_gone(self, attached: int) -> None:
        """The watched window (and the banner on it) was destroyed: stop watching, until
        a new window is attached. A warning due later must not reach a deleted banner."""
        if attached != self._attached or not shiboken6.isValid(self):
            return  # a window replaced earlier, or this lock is gone too
        self.watcher.stop()
        self.window = None
        self.banner = None
        self.screen = None
        self.covers = []
        self._block_input(False)

    def stop(self) -> None:
        """The desktop is closing: no more warnings or locks, no more input watched."""
        self.watcher.stop()
        self._block_input(False)

    def _block_input(self, on: bool) -> None:
        """The event filter that keeps input from everything but the lock screen: on the
        application while the lock screen is up, and only then."""
        if on != self._filtering and application_filter(self, on):
            self._filtering = on

    # -- warning and lock ------------------------------------------------------------

    def _warn(self, seconds: int) -> None:
        if self.banner is not None and not self.is_locked:
            self.banner.show_seconds(seconds)

    def _clear_warning(self) -> None:
        if self.banner is not None:
            self.banner.hide()

    def lock(self) -> None:
        if self.window is None or self.ctx.session is None or self.is_locked:
            return
        self.watcher.stop()
        self._clear_warning()
        self._put_screens()
        self._audit("session.lock")
        self.locked.emit()

    def _put_screens(self) -> None:
        assert self.window is not None
        session = self.ctx.session
        who = f"{session.full_name} ({session.username})" if session else ""
        # the lock screen goes where input can reach it: on top of a modal dialog if one
        # is open (it blocks the main window), else on the main window
        host = QApplication.activeModalWidget() or self.window
        self._block_input(True)
        self.screen = LockScreen(host, who)
        self.screen.unlock_requested.connect(self._check)
        self.screen.switch_requested.connect(self._switch)
        for widget in QApplication.topLevelWidgets():
            if widget is not host and widget.isVisible() and widget is not self.login_dialog:
                self.covers.append(Cover(widget))

    def _remove_screens(self) -> None:
        for cover in self.covers:
            cover.deleteLater()
        self.covers = []
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None
        self._block_input(False)

    def _audit(self, action: str) -> None:
        session, store = self.ctx.session, self.ctx.store
        if session is None:
            return
        actor = Actor(session.username, session.workstation_id)

        def work() -> None:
            with store.unit_of_work(actor) as uow:
                uow.audit_event(action, "user", actor.user)

        self.ctx.runner.write(work, owner=self, label=action)

    # -- unlocking -------------------------------------------------------------------

    def _check(self, password: str) -> None:
        session, store, days = self.ctx.session, self.ctx.store, self.valid_days
        if session is None:
            return

        def work() -> offline.OfflineResult:
            return service.check_password(
                store,
                session.workstation_id,
                session.username,
                password,
                "session.unlock",
                valid_days=days,
            )

        self.ctx.runner.write(
            work, done=self._checked, failed=self._check_failed, owner=self, label="unlock"
        )

    def _checked(self, result: offline.OfflineResult) -> None:
        screen = self.screen
        if screen is None:
            return
        screen.busy(False)
        screen.password.clear()
        if result.ok:
            self._unlock()
            return
        text = service.refusal_text(result, self.valid_days)
        screen.message.setText(text)
        if result.locked_until is not None:
            screen.countdown.start(result.locked_until, text)
        screen.password.setFocus()

    def _check_failed(self, exc: BaseException) -> None:
        if self.screen is not None:
            self.screen.busy(False)
            self.screen.message.setText(
                QCoreApplication.translate("Lock", "The password could not be checked: %1").replace(
                    "%1", str(exc)
                )
            )

    def _unlock(self) -> None:
        self._remove_screens()
        mark_authenticated(self.ctx)
        self.watcher.start()
        self.unlocked.emit()

    def _switch(self) -> None:
        """Another officer logs in (online, or offline with their own verifier)."""
        if self.enrolled is None or self.screen is None:
            return
        dialog = LoginDialog(self.ctx, self.enrolled, self.screen, valid_days=self.valid_days)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog = dialog
        dialog.accepted.connect(lambda: self._switched(dialog.result_))
        dialog.finished.connect(lambda _code: setattr(self, "login_dialog", None))
        dialog.open()

    def _switched(self, result: service.LoginResult | None) -> None:
        if result is None or result.session is None:
            return
        self._unlock()
        self.switched.emit(result)

    # -- input while locked ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.screen is None or event.type() not in BLOCKED:
            return False
        if isinstance(watched, QWidget):
            if watched is self.screen or self.screen.isAncestorOf(watched):
                return False
            dialog = self.login_dialog
            in_dialog = dialog is not None and (watched is dialog or dialog.isAncestorOf(watched))
            return not in_dialog  # else: the work under the lock, other windows, menus
        # the shortcuts of the window's actions; windows pass events on to their widgets
        return event.type() == QEvent.Type.Shortcut
