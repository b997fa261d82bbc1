"""What the officer sees while the session is locked: `LockScreen` covers the window it
sits on (opaque: nothing of the work below shows) and asks the same officer's password,
or offers another officer to log in; `Cover` is a plain opaque sheet over any other open
window; `IdleBanner` is the warning strip before the lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.gui.login.countdown import LockCountdown


class _Overlay(QFrame):
    """An opaque child that keeps the whole area of its parent."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = parent
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
        return False


class Cover(_Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        label = QLabel(QCoreApplication.translate("Lock", "Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.show()
        self.raise_()


class LockScreen(_Overlay):
    unlock_requested = Signal(str)
    switch_requested = Signal()

    def __init__(self, parent: QWidget, who: str) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setStyleSheet("#lock_screen { background: #20303f; } QLabel { color: white; }")
        panel = QFrame(self)
        panel.setObjectName("lock_panel")
        panel.setStyleSheet(
            "#lock_panel { background: #2c4257; border-radius: 8px; }QLineEdit { padding: 4px; }"
        )
        panel.setFixedWidth(480)
        title = QLabel(QCoreApplication.translate("Lock", "Workstation locked"), panel)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.who = QLabel(
            QCoreApplication.translate(
                "Lock", "The session of %1 is locked. Enter the password to go on."
            ).replace("%1", who),
            panel,
        )
        self.who.setWordWrap(True)
        self.who.setMinimumHeight(self.who.fontMetrics().lineSpacing() * 2 + 4)
        self.password = QLineEdit(panel)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(QCoreApplication.translate("Lock", "Password"))
        self.password.setPlaceholderText(QCoreApplication.translate("Lock", "Password"))
        self.unlock_button = QPushButton(QCoreApplication.translate("Lock", "&Unlock"), panel)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(
            QCoreApplication.translate("Lock", "Log in as &another officer…"), panel
        )
        self.switch_button.setObjectName("switch_user")
        self.switch_button.setToolTip(
            QCoreApplication.translate(
                "Lock", "Ends this session; unsaved reception forms are kept by their recovery."
            )
        )
        self.message = QLabel(panel)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #ffcdd2;")
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        box = QVBoxLayout(panel)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(12)
        box.addWidget(title)
        box.addWidget(self.who)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.countdown = LockCountdown(self.message, [self.password, self.unlock_button], self)
        self.password.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_button.clicked.connect(self.switch_requested)
        self.show()
        self.raise_()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        if self.countdown.active or not self.password.isEnabled():
            return
        if not self.password.text():
            self.message.setText(QCoreApplication.translate("Lock", "Enter your password."))
            return
        self.busy(True)
        self.unlock_requested.emit(self.password.text())

    def busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        if busy:
            self.message.setText(QCoreApplication.translate("Lock", "Checking…"))


class IdleBanner(QLabel):
    """The strip at the top of the window during the last seconds before the lock."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = parent
        self.setObjectName("idle_banner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "#idle_banner { background: #fff3cd; color: #5c4300; padding: 8px; "
            "border-bottom: 1px solid #d9b650; font-weight: bold; }"
        )
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.setText(
            QCoreApplication.translate(
                "Lock",
                "No activity: the session locks in %1 s. Move the mouse or press a key to stay.",
            ).replace("%1", str(seconds))
        )
        self.setGeometry(0, 0, self.host.width(), self.sizeHint().height())
        self.show()
        self.raise_()
