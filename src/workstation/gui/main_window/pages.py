"""The pages the main window opens besides the queue: the reception form (new
application) and the application detail. Until those screens exist they are
placeholders that say so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workstation.gui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


class Placeholder(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder_page")
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text, self)
        body.setWordWrap(True)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)


def reception_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    del ctx
    return Placeholder(
        _tr("New application"),
        _tr("The reception form is not available in this build yet."),
        parent,
    )


def detail_page(ctx: AppContext, application_id: str, parent: QWidget | None = None) -> QWidget:
    del ctx
    return Placeholder(
        _tr("Application"),
        _tr("The detail page of application %1 is not available in this build yet.").replace(
            "%1", application_id
        ),
        parent,
    )
