"""The dialogs of the status actions: a reason (refuse, withdraw, approve…) and the
request for documents. Layouts come from ``ui/detail_*_dialog.ui``; the rule of the
state machine (a reason is mandatory for some actions) is asked before the dialog
closes, so that the officer sees the rule's message and loses nothing typed."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import states
from workstation.domain.errors import Lang, TransitionRefused
from workstation.domain.model import Role, Status
from workstation.gui.context import AppContext
from workstation.gui.detail.data import DetailData
from workstation.gui.detail.forms import load_form, part
from workstation.gui.detail.texts import action_plain_text, lang_of

ERROR_STYLE = "color: #b3261e; font-weight: bold;"


def document_label(data: DetailData, code: str, lang: str) -> str:
    if data.service is not None:
        for doc in data.service.documents:
            if doc.code == code:
                return doc.label.text(cast(Lang, lang))
    return code


class FormDialog(QDialog):
    def __init__(self, form_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.form)
        inner = self.form.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        self.error = part(self.form, QLabel, "errorLabel")
        self.error.setStyleSheet(ERROR_STYLE)
        self.buttons = part(self.form, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()


class ReasonDialog(FormDialog):
    """Asks for the reason of `action`; mandatory when the state machine says so."""

    def __init__(
        self, ctx: AppContext, status: Status, action: str, question: str, parent: QWidget | None
    ) -> None:
        super().__init__("detail_reason_dialog.ui", parent)
        self.ctx, self.status, self.action = ctx, status, action
        transition = states.find(status, action)
        self.required = transition is not None and transition.needs_reason
        self.setWindowTitle(action_plain_text(action))
        part(self.form, QLabel, "questionLabel").setText(question)
        label = part(self.form, QLabel, "reasonLabel")
        self.reason_edit = part(self.form, QPlainTextEdit, "reasonEdit")
        label.setBuddy(self.reason_edit)
        label.setText(
            QCoreApplication.translate("ApplicationDetail", "&Reason (required):")
            if self.required
            else QCoreApplication.translate("ApplicationDetail", "&Comment (optional):")
        )
        self.reason_edit.setAccessibleName(label.text().replace("&", ""))
        self.ok_button().setText(action_plain_text(action))
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        role = self.ctx.session.role if self.ctx.session is not None else Role.OFFICER
        try:
            states.check(self.status, self.action, role, reason=self.reason())
        except TransitionRefused as refused:
            self.show_error(refused.message.text(lang_of(self.ctx)))
            self.reason_edit.setFocus()
            return
        super().accept()


class RequestDocumentsDialog(FormDialog):
    """Lists the documents not received yet; the officer ticks what is missing."""

    def __init__(self, ctx: AppContext, data: DetailData, parent: QWidget | None) -> None:
        super().__init__("detail_request_documents_dialog.ui", parent)
        self.ctx, self.data = ctx, data
        self.setWindowTitle(QCoreApplication.translate("ApplicationDetail", "Request documents"))
        self.list = part(self.form, QListWidget, "missingList")
        self.list.setAccessibleName(
            QCoreApplication.translate("ApplicationDetail", "Documents not received")
        )
        self.note_edit = part(self.form, QPlainTextEdit, "noteEdit")
        part(self.form, QLabel, "noteLabel").setBuddy(self.note_edit)
        self.note_edit.setAccessibleName(
            QCoreApplication.translate("ApplicationDetail", "Note to the applicant")
        )
        required = {e.field.removeprefix("checklist.") for e in data.missing}
        received = {item.code for item in data.app.checklist if item.received}
        codes = [c for c in data.applicable_documents if c not in received]
        codes += [
            item.code for item in data.app.checklist if not item.received and item.code not in codes
        ]
        for code in codes:
            text = document_label(data, code, ctx.language)
            if code in required:
                text += "  " + QCoreApplication.translate("ApplicationDetail", "(required)")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in required else Qt.CheckState.Unchecked
            )
        if not codes:
            info = QListWidgetItem(
                QCoreApplication.translate(
                    "ApplicationDetail", "Every document on the checklist has been received."
                )
            )
            info.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(info)
        self.ok_button().setText(
            QCoreApplication.translate("ApplicationDetail", "Request documents")
        )
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)

    def missing_codes(self) -> list[str]:
        codes = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            if code and item.checkState() == Qt.CheckState.Checked:
                codes.append(str(code))
        return codes

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def reason(self) -> str:
        """What goes into the application's history: the missing documents and the note."""
        labels = [document_label(self.data, c, self.ctx.language) for c in self.missing_codes()]
        parts = []
        if labels:
            parts.append(
                QCoreApplication.translate("ApplicationDetail", "Missing: %1").replace(
                    "%1", "; ".join(labels)
                )
            )
        if self.note():
            parts.append(self.note())
        return ". ".join(parts)

    def accept(self) -> None:
        if not self.missing_codes() and not self.note():
            self.show_error(
                QCoreApplication.translate(
                    "ApplicationDetail", "Tick at least one missing document or write a note."
                )
            )
            return
        super().accept()
