"""Asks which documents are missing before requesting them (the reason is required)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class RequestDocumentsDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request_documents_dialog")
        self.setWindowTitle(self.tr("Request documents"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "Which documents are missing? The applicants of the %Ln application(s) are "
                "asked for them.",
                None,
                count,
            ),
            self,
        )
        label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Missing documents"))
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Request"))
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda: ok.setEnabled(bool(self.text())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(420, 220)

    def text(self) -> str:
        return self.reason.toPlainText().strip()
