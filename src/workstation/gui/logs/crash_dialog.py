"""The crash report of the previous run, shown at the next start, with "Copy details"
(Anki's "copy debug info"). Reading and marking the files runs on the runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashReportDialog(QDialog):
    def __init__(self, reports: list[tuple[Path, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.setObjectName("crash_report_dialog")
        self.setWindowTitle(self.tr("Workstation stopped unexpectedly"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        intro = QLabel(
            self.tr(
                "The last session ended with an error. Nothing you saved was lost. Please "
                "copy the details below and send them to your IT support; they hold no "
                "personal data and no passwords."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Crash details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText("\n\n".join(text for _path, text in reports))
        self.details.setMinimumSize(640, 300)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
