"""The status bar's sync pieces: connection state, pending changes, last sync, buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workstation.gui.sync_status.state import Connection, SyncState

_COLOURS = {
    Connection.ONLINE: "#2e7d32",
    Connection.OFFLINE: "#6d6d6d",
    Connection.SYNCING: "#1565c0",
    Connection.ERROR: "#c62828",
    Connection.LOGIN_REQUIRED: "#b26a00",
}


class SyncStatusBar(QWidget):
    """Emits ``sync_requested`` (Sync now) and ``login_requested`` (Log in again)."""

    sync_requested = Signal()
    login_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(14)
        layout.addStretch(1)
        self.connection = QLabel(self)
        self.connection.setObjectName("connection")
        self.connection.setAccessibleName(self.tr("Connection"))
        self.pending = QLabel(self)
        self.pending.setObjectName("pending")
        self.pending.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.last_sync = QLabel(self)
        self.last_sync.setObjectName("last_sync")
        self.last_sync.setAccessibleName(self.tr("Last sync"))
        self.warning = QLabel(self)
        self.warning.setObjectName("keyring_warning")
        self.warning.setStyleSheet("color: #b26a00;")
        self.warning.hide()
        self.login_again = QPushButton(self.tr("Log in again…"), self)
        self.login_again.setObjectName("login_again")
        self.login_again.clicked.connect(self.login_requested)
        self.login_again.hide()
        self.sync_now = QPushButton(self.tr("Sync now"), self)
        self.sync_now.setObjectName("sync_now")
        self.sync_now.setToolTip(self.tr("Send and receive changes now (F5)"))
        self.sync_now.clicked.connect(self.sync_requested)
        for widget in (
            self.connection,
            self.pending,
            self.last_sync,
            self.warning,
            self.login_again,
            self.sync_now,
        ):
            layout.addWidget(widget)
        self.set_state(SyncState())

    def set_warning(self, text: str | None) -> None:
        """A lasting warning (no OS keyring: the login is kept in memory only)."""
        self.warning.setVisible(bool(text))
        self.warning.setText(self.tr("⚠ Login not remembered") if text else "")
        self.warning.setToolTip(text or "")

    def set_state(self, state: SyncState) -> None:
        colour = _COLOURS[state.connection]
        words = {
            Connection.ONLINE: self.tr("Online"),
            Connection.OFFLINE: self.tr("Offline"),
            Connection.SYNCING: self.tr("Syncing…"),
            Connection.ERROR: self.tr("Sync error"),
            Connection.LOGIN_REQUIRED: self.tr("Login required"),
        }[state.connection]
        text = f"<span style='color:{colour}'>●</span> <b>{words}</b>"
        if state.reason:
            short = state.reason if len(state.reason) <= 60 else state.reason[:57] + "…"
            text += f" — {_escape(short)}"
        self.connection.setText(text)
        self.connection.setToolTip(state.reason)
        pending = state.pending
        if pending:
            self.pending.setText(self.tr("%Ln change(s) waiting", None, pending))
        else:
            self.pending.setText(self.tr("All changes sent"))
        self.last_sync.setText(
            self.tr("Last sync %1").replace("%1", _when(state.last_sync))
            if state.last_sync
            else self.tr("Never synced")
        )
        self.login_again.setVisible(state.connection is Connection.LOGIN_REQUIRED)
        self.sync_now.setEnabled(state.connection is not Connection.SYNCING)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _when(value: dt.datetime) -> str:
    # QDate/QDateTime and decimal: not before the main window's first paint (issue 7)
    from workstation.gui import formats  # noqa: PLC0415

    local = value.astimezone() if value.tzinfo else value
    if local.date() == dt.datetime.now().date():
        return formats.time_text(local)
    return formats.datetime_text(local)
