"""Re-authentication for sensitive actions (decisions, reprints): the officer types their
password again unless they authenticated within the last two minutes (a login, an
unlock, an earlier re-authentication). The password is checked against the offline
verifier, so it works while the server is down; wrong passwords count towards the same
lock as offline login, and the lock's countdown shows. Every attempt is audited
(``user.reauth`` / ``user.reauth_failed``).

Callers that re-enter themselves check `recently_authenticated` and call `ask`;
``require(ctx, parent, what, then)`` runs ``then`` now when the last authentication is
recent, otherwise after the dialog succeeds (never when it is cancelled).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.context import AppContext
from workstation.gui.login import service
from workstation.gui.login.countdown import LockCountdown
from workstation.security import offline

AUTH_AT_KEY = "security.authenticated_at"
RECENT_SECONDS = 120.0
ERROR_STYLE = "color: #b71c1c;"


def mark_authenticated(ctx: AppContext, when: float | None = None) -> None:
    """The officer just proved who they are (login, unlock, re-authentication)."""
    ctx.extras[AUTH_AT_KEY] = time.monotonic() if when is None else when


def recently_authenticated(ctx: AppContext, within: float = RECENT_SECONDS) -> bool:
    at = ctx.extras.get(AUTH_AT_KEY)
    return isinstance(at, float) and time.monotonic() - at <= within


class ReauthDialog(QDialog):
    """Asks the logged-in officer's password for ``what`` (e.g. "Approve BAK1-2026-00012")."""

    def __init__(
        self,
        ctx: AppContext,
        what: str,
        parent: QWidget | None = None,
        *,
        valid_days: int = offline.DEFAULT_VALID_DAYS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.valid_days = valid_days
        self.setObjectName("reauth_dialog")
        self.setWindowTitle(self.tr("Confirm with your password"))
        session = ctx.session
        who = f"{session.full_name} ({session.username})" if session else ""
        self.intro = intro = QLabel(
            self.tr("%1 needs your password again.\nLogged in as %2.")
            .replace("%1", what)
            .replace("%2", who),
            self,
        )
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        label = QLabel(self.tr("&Password:"), self)
        label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(label, self.password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.confirm = self.buttons.addButton(
            self.tr("&Confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.countdown = LockCountdown(self.message, [self.password, self.confirm], self)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def attempt(self) -> None:
        session, password = self.ctx.session, self.password.text()
        if session is None or self.countdown.active:
            return
        if not password:
            self.message.setText(self.tr("Enter your password."))
            return
        self.confirm.setEnabled(False)
        self.password.setEnabled(False)
        store, days = self.ctx.store, self.valid_days
        user, ws = session.username, session.workstation_id

        def work() -> offline.OfflineResult:
            return service.check_password(store, ws, user, password, "user.reauth", valid_days=days)

        self.ctx.runner.write(
            work, done=self._checked, failed=self._failed, owner=self, label="re-authentication"
        )

    def _checked(self, result: offline.OfflineResult) -> None:
        self.confirm.setEnabled(True)
        self.password.setEnabled(True)
        self.password.clear()
        if result.ok:
            mark_authenticated(self.ctx)
            self.accept()
            return
        text = service.refusal_text(result, self.valid_days)
        self.message.setText(text)
        if result.locked_until is not None:
            self.countdown.start(result.locked_until, text)
        self.password.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        self.password.setEnabled(True)
        self.message.setText(
            self.tr("The password could not be checked: %1").replace("%1", str(exc))
        )


def ask(ctx: AppContext, parent: QWidget, what: str, then: Callable[[], None]) -> ReauthDialog:
    """Open the dialog (window-modal, not blocking); ``then`` runs if it succeeds."""
    dialog = ReauthDialog(ctx, what, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(then)
    dialog.open()
    return dialog


def require(ctx: AppContext, parent: QWidget, what: str, then: Callable[[], None]) -> bool:
    """Run ``then`` once the officer is (recently) authenticated. True when it ran now;
    False when the dialog was opened (``then`` runs if it succeeds)."""
    if recently_authenticated(ctx):
        then()
        return True
    ask(ctx, parent, what, then)
    return False
