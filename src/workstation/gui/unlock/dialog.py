"""`PassphraseDialog`: the data folder's passphrase (or a new one, typed twice), asked
before the store opens where this computer has no keyring (`security.datakey`).

`ask_passphrase` is the `Ask` hook that `open_store` calls: a modal dialog, None when the
officer cancels (the program then stops; nothing is opened in plain text)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.security.datakey import PassphraseRequest
from workstation.security.keycustody import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Unlock the workstation's data"))
        self.setMinimumWidth(460)
        if request.new:
            text = self.tr(
                "This computer has no keyring to keep the key of the data folder. Choose a "
                "passphrase: it encrypts the applicants' data on this computer, and it is asked "
                "at every start. Without it the data can only be synced again from the server."
            )
        else:
            text = self.tr("Type the passphrase that encrypts the data folder.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        folder = QLabel(str(request.folder))
        folder.setStyleSheet("color: palette(mid);")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.error = QLabel(request.error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(bool(request.error))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if request.new:
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _check(self) -> None:
        value = self.passphrase.text()
        if not value:
            self._refuse(self.tr("Type the passphrase."))
        elif self.request.new and len(value) < MIN_PASSPHRASE:
            self._refuse(self.tr("Use at least %n characters.", "", MIN_PASSPHRASE))
        elif self.request.new and value != self.again.text():
            self._refuse(self.tr("The two passphrases differ."))
        else:
            self.accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(request: PassphraseRequest) -> str | None:
    """The `Ask` hook of `open_store` for the desktop."""
    dialog = PassphraseDialog(request)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()
