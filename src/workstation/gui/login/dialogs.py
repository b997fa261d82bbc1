"""The login and enrolment dialogs: forms from `ui/`, work through the task runner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.gui.login import service
from workstation.gui.login.countdown import Clock, LockCountdown, utc_now
from workstation.gui.login.forms import child, load_form
from workstation.gui.reauth.dialog import mark_authenticated
from workstation.security import offline

ERROR_STYLE = "color: #b71c1c;"
BUSY_STYLE = "color: palette(mid);"


def _title_font(label: QLabel) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)


class LoginDialog(QDialog):
    """Asks for user name and password; logs in online, or offline when the server is
    unreachable. After ``accepted``, ``result_`` holds the `LoginResult`."""

    def __init__(
        self,
        ctx: AppContext,
        enrolled: service.Enrolled,
        parent: QWidget | None = None,
        *,
        username: str = "",
        valid_days: int = offline.DEFAULT_VALID_DAYS,
        api_factory: service.ApiFactory | None = None,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enrolled = enrolled
        self.valid_days = valid_days
        self.api_factory = api_factory
        self.result_: service.LoginResult | None = None
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Workstation — log in"))
        self.form = load_form("login", self)
        _title_font(child(self.form, QLabel, "title"))
        self.where = child(self.form, QLabel, "where")
        self.where.setText(
            self.tr("Center %1 · workstation %2\nServer %3")
            .replace("%1", enrolled.center_code or "—")
            .replace("%2", enrolled.workstation_id)
            .replace("%3", enrolled.server_url)
        )
        self.where.setStyleSheet("color: #555555;")
        self.username = child(self.form, QLineEdit, "username")
        self.password = child(self.form, QLineEdit, "password")
        self.message = child(self.form, QLabel, "message")
        self.username.setText(username or enrolled.last_username)
        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("log_in")
        self.login_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.countdown = LockCountdown(
            self.message, [self.password, self.login_button], self, clock=clock
        )
        self.countdown.finished.connect(self.password.setFocus)
        (self.password if self.username.text() else self.username).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not busy)

    def attempt(self) -> None:
        if self.countdown.active:
            return
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self._busy(True)
        self.message.setStyleSheet(BUSY_STYLE)
        self.message.setText(self.tr("Logging in…"))
        store, enrolled, factory = self.ctx.store, self.enrolled, self.api_factory
        days = self.valid_days

        def work() -> service.LoginResult:
            if factory is None:
                return service.login(store, enrolled, username, password, valid_days=days)
            return service.login(
                store, enrolled, username, password, valid_days=days, api_factory=factory
            )

        self.ctx.runner.network(
            work, done=self._done, failed=self._failed, owner=self, label="login"
        )

    def _done(self, result: service.LoginResult) -> None:
        self._busy(False)
        if not result.ok:
            self.password.clear()
            self.password.setFocus()
            self._show_error(result.message)
            if result.locked_until is not None:
                self.countdown.start(result.locked_until, result.message)
            return
        self.result_ = result
        mark_authenticated(self.ctx)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._show_error(self.tr("Login failed: %1").replace("%1", str(exc)))

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)


class EnrolDialog(QDialog):
    """First run: server address and one-time code. After ``accepted``, ``enrolled``
    holds the enrolment."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        api_factory: service.ApiFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.api_factory = api_factory
        self.enrolled: service.Enrolled | None = None
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(self.tr("Workstation — first run"))
        self.form = load_form("enrol", self)
        _title_font(child(self.form, QLabel, "title"))
        self.server = child(self.form, QLineEdit, "server")
        self.code = child(self.form, QLineEdit, "code")
        self.name = child(self.form, QLineEdit, "name")
        self.message = child(self.form, QLabel, "message")
        self.buttons = QDialogButtonBox(self)
        self.enrol_button = self.buttons.addButton(
            self.tr("&Enrol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def attempt(self) -> None:
        url, code, name = self.server.text(), self.code.text(), self.name.text().strip()
        for widget in (self.server, self.code, self.name, self.enrol_button):
            widget.setEnabled(False)
        self.message.setStyleSheet(BUSY_STYLE)
        self.message.setText(self.tr("Enrolling…"))
        store, factory = self.ctx.store, self.api_factory

        def work() -> service.Enrolled:
            if factory is None:
                return service.enrol(store, url, code, name)
            return service.enrol(store, url, code, name, api_factory=factory)

        self.ctx.runner.network(
            work, done=self._done, failed=self._failed, owner=self, label="enrol"
        )

    def _done(self, enrolled: service.Enrolled) -> None:
        self.enrolled = enrolled
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        for widget in (self.server, self.code, self.name, self.enrol_button):
            widget.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(str(exc))
