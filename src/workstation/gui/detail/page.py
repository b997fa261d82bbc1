"""`ApplicationDetailPage(ctx, application_id)`: one application, loaded off the GUI
thread — overview, documents with preview, history, sync state, the status actions the
user's role allows, and the conflict view when the application needs review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import TransitionRefused
from workstation.domain.model import Application, Role, Status
from workstation.gui.conflicts import ConflictPanel
from workstation.gui.context import AppContext
from workstation.gui.detail import actions
from workstation.gui.detail.data import DetailData, load_detail
from workstation.gui.detail.dialogs import ReasonDialog, RequestDocumentsDialog
from workstation.gui.detail.documents import DocumentsPanel
from workstation.gui.detail.forms import load_form, part
from workstation.gui.detail.history import HistoryPanel
from workstation.gui.detail.overview import Overview
from workstation.gui.detail.texts import (
    action_button_text,
    action_plain_text,
    lang_of,
    status_text,
    sync_text,
    tr,
)
from workstation.gui.reauth import dialog as reauth
from workstation.runtime.i18n import QT_TRANSLATE_NOOP
from workstation.store import NotFound

_CHIP = "padding: 3px 10px; border-radius: 10px; color: white; background: %s;"
_STATUS_COLOURS = {
    Status.DRAFT: "#6b6b6b",
    Status.RECEIVED: "#2f5f9e",
    Status.AWAITING_DOCUMENTS: "#8a5a00",
    Status.UNDER_REVIEW: "#5b3f9e",
    Status.APPROVED: "#1b6e20",
    Status.REFUSED: "#b3261e",
    Status.CARD_PRINTED: "#1b6e20",
    Status.ISSUED: "#30553a",
    Status.WITHDRAWN: "#6b6b6b",
}
_SYNC_COLOURS = {"synced": "#1b6e20", "pending": "#6b6b6b", "sent": "#6b6b6b"}
_INFO = "background: #e8f3ea; color: #1b4d20; padding: 6px; border-radius: 4px;"
_ERROR = "background: #fbe9e7; color: #8c1d18; padding: 6px; border-radius: 4px;"
_QUESTIONS = {
    "approve": QT_TRANSLATE_NOOP(
        "ApplicationDetail", "Approve this application? The decision is recorded with your name."
    ),
    "refuse": QT_TRANSLATE_NOOP(
        "ApplicationDetail", "Refuse this application? The applicant will be told the reason."
    ),
    "withdraw": QT_TRANSLATE_NOOP(
        "ApplicationDetail", "Withdraw this application? It cannot be reopened afterwards."
    ),
    "issue": QT_TRANSLATE_NOOP(
        "ApplicationDetail", "Confirm that the card was handed to the holder."
    ),
}
_DONE = {
    "request_documents": QT_TRANSLATE_NOOP("ApplicationDetail", "Documents requested."),
    "documents_received": QT_TRANSLATE_NOOP("ApplicationDetail", "Marked as having its documents."),
    "submit_for_review": QT_TRANSLATE_NOOP("ApplicationDetail", "Sent to review."),
    "approve": QT_TRANSLATE_NOOP("ApplicationDetail", "Approved."),
    "refuse": QT_TRANSLATE_NOOP("ApplicationDetail", "Refused."),
    "withdraw": QT_TRANSLATE_NOOP("ApplicationDetail", "Withdrawn."),
    "issue": QT_TRANSLATE_NOOP("ApplicationDetail", "Marked as issued."),
}


class ApplicationDetailPage(QWidget):
    loaded = Signal()  # the data is on screen
    action_done = Signal(str)  # an action was written
    action_refused = Signal(str)  # the message shown

    def __init__(self, ctx: AppContext, application_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.application_id = ctx, application_id
        self.data: DetailData | None = None
        self.dialog: QDialog | None = None
        self._loading = False
        self._stale = False
        self._writing = False
        self.setObjectName("applicationDetailPage")
        self.form = load_form("detail.ui", self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(self.form)
        inner = self.form.layout()
        if inner is not None:
            inner.setContentsMargins(0, 0, 0, 0)
        self.title = part(self.form, QLabel, "titleLabel")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = part(self.form, QLabel, "subtitleLabel")
        self.status_chip = part(self.form, QLabel, "statusChip")
        self.sync_chip = part(self.form, QLabel, "syncChip")
        self.message = part(self.form, QLabel, "messageLabel")
        self.actions_bar = part(self.form, QWidget, "actionsBar")
        bar_layout = self.actions_bar.layout()
        assert isinstance(bar_layout, QHBoxLayout)
        self.actions_layout = bar_layout
        self.buttons: dict[str, QPushButton] = {}
        self.tabs = part(self.form, QTabWidget, "tabs")
        self.overview = Overview(self.form, ctx)
        self.documents = DocumentsPanel(ctx, self)
        self._tab_layout("documentsTab").addWidget(self.documents)
        self.history = HistoryPanel(self)
        self._tab_layout("historyTab").addWidget(self.history)
        self.sync_detail = part(self.form, QLabel, "syncDetail")
        self.conflicts = ConflictPanel(ctx, self)
        self.conflicts.resolved.connect(self._conflict_resolved)
        self.conflicts_scroll = QScrollArea(self)
        self.conflicts_scroll.setWidgetResizable(True)
        self.conflicts_scroll.setWidget(self.conflicts)
        self.conflicts_scroll.setObjectName("conflictsScroll")
        self.conflicts_scroll.hide()  # a tab of its own while conflicts are open
        self._conflict_tab = -1
        # print, reprint, spoiled, hand-over, receipt (imported here: gui.printing uses
        # this package's forms and data, so a top-level import would be a cycle)
        from workstation.gui.printing.detail_actions import CardActions  # noqa: PLC0415

        self.card_actions = CardActions(self)
        ctx.events.data_changed.connect(self.reload)
        self.reload()

    def _tab_layout(self, name: str) -> QLayout:
        layout = part(self.form, QWidget, name).layout()
        assert layout is not None, name
        return layout

    # -- loading -------------------------------------------------------------------

    def reload(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading, self._stale = True, False
        store, catalogue, app_id, today = (
            self.ctx.store,
            self.ctx.catalogue,
            self.application_id,
            self.ctx.today(),
        )
        self.ctx.runner.read(
            lambda: load_detail(store, catalogue, app_id, today),
            done=self._show,
            failed=self._load_failed,
            owner=self,
            label="detail.load",
        )

    def _after_load(self) -> bool:
        self._loading = False
        if self._stale:
            self.reload()
            return True
        return False

    def _load_failed(self, exc: BaseException) -> None:
        if self._after_load():
            return
        if isinstance(exc, NotFound):
            self.title.setText(
                QCoreApplication.translate("ApplicationDetail", "Application not found")
            )
            self.show_message(
                QCoreApplication.translate(
                    "ApplicationDetail", "This application is not in the local database."
                ),
                error=True,
            )
        else:
            self.title.setText(
                QCoreApplication.translate(
                    "ApplicationDetail", "The application could not be shown"
                )
            )
            self.show_message(str(exc), error=True)
        self.loaded.emit()

    def _show(self, data: DetailData) -> None:
        if self._after_load():
            return
        self.data = data
        app = data.app
        draft = QCoreApplication.translate("ApplicationDetail", "Draft")
        self.title.setText(f"{app.number or draft} — {data.person.full_name}")
        lang = lang_of(self.ctx)
        service = data.service.name.text(lang) if data.service is not None else app.service_code
        self.subtitle.setText(service)
        self.status_chip.setText(status_text(app.status))
        self.status_chip.setStyleSheet(_CHIP % _STATUS_COLOURS.get(app.status, "#6b6b6b"))
        self.sync_chip.setText(sync_text(data.sync_state))
        self.sync_chip.setStyleSheet(_CHIP % _SYNC_COLOURS.get(data.sync_state, "#b3261e"))
        self.sync_chip.setToolTip("\n".join(data.rejected_reasons))
        self.overview.show_data(data)
        self.documents.show_data(data)
        self.history.show_data(data)
        self._show_sync(data)
        self._show_conflicts(data)
        self._build_actions(data)
        self.loaded.emit()

    def _show_sync(self, data: DetailData) -> None:
        lines = [f"<b>{sync_text(data.sync_state)}</b>"]
        for reason in data.rejected_reasons:
            lines.append(
                QCoreApplication.translate(
                    "ApplicationDetail", "The server refused a change: %1"
                ).replace("%1", reason)
            )
        conflicts = len(data.conflicts)
        if conflicts:
            lines.append(
                self.tr("%Ln open conflict(s): see the Needs review tab.", None, conflicts)
            )
        lines.append(
            QCoreApplication.translate("ApplicationDetail", "Version on the server: %1").replace(
                "%1", str(data.app.version)
            )
        )
        self.sync_detail.setText("<br>".join(lines))

    def _show_conflicts(self, data: DetailData) -> None:
        self.conflicts.show_data(data)
        if data.conflicts and self._conflict_tab < 0:
            self._conflict_tab = self.tabs.addTab(
                self.conflicts_scroll,
                QCoreApplication.translate("ApplicationDetail", "&Needs review"),
            )
            self.tabs.setCurrentIndex(self._conflict_tab)
        elif not data.conflicts and self._conflict_tab >= 0:
            self.tabs.removeTab(self._conflict_tab)
            self._conflict_tab = -1

    # -- actions -------------------------------------------------------------------

    def role(self) -> Role:
        return self.ctx.session.role if self.ctx.session is not None else Role.OFFICER

    def _build_actions(self, data: DetailData) -> None:
        while self.actions_layout.count():
            item = self.actions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for action in actions.available_actions(data.app.status, self.role()):
            button = QPushButton(action_button_text(action), self.actions_bar)
            button.setObjectName(f"action-{action}")
            button.setAccessibleName(action_plain_text(action))
            button.clicked.connect(lambda _=False, a=action: self.start_action(a))
            button.setEnabled(not self._writing)
            self.actions_layout.addWidget(button)
            self.buttons[action] = button
        self.card_actions.add_buttons(data)
        if not self.buttons:
            note = QLabel(
                QCoreApplication.translate(
                    "ApplicationDetail", "No status action is open to you for this application."
                ),
                self.actions_bar,
            )
            note.setObjectName("noActions")
            self.actions_layout.addWidget(note)
        self.actions_layout.addStretch(1)

    def start_action(self, action: str) -> None:
        if self.data is None or self._writing:
            return
        data = self.data
        if action in ("approve", "refuse") and not reauth.recently_authenticated(self.ctx):
            what = (
                QCoreApplication.translate("ApplicationDetail", "Approving %1")
                if action == "approve"
                else QCoreApplication.translate("ApplicationDetail", "Refusing %1")
            ).replace("%1", data.app.number)
            reauth.ask(self.ctx, self, what, lambda: self.start_action(action))
            return
        if action == "issue":  # the hand-over: fee receipt checked, print journal
            self.card_actions.hand_over()
        elif action == "request_documents":
            self._open(RequestDocumentsDialog(self.ctx, data, self), action)
        elif action in actions.WITH_DIALOG:
            question = tr(_QUESTIONS.get(action, ""))
            self._open(ReasonDialog(self.ctx, data.app.status, action, question, self), action)
        else:
            self._write(action, "", None)

    def _open(self, dialog: QDialog, action: str) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_accepted(dialog, action))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _dialog_accepted(self, dialog: QDialog, action: str) -> None:
        if isinstance(dialog, RequestDocumentsDialog):
            self._write(action, dialog.reason(), dialog.missing_codes())
        elif isinstance(dialog, ReasonDialog):
            self._write(action, dialog.reason(), None)

    def _write(self, action: str, reason: str, missing: list[str] | None) -> None:
        store, actor, role, app_id = (
            self.ctx.store,
            self.ctx.actor,
            self.role(),
            self.application_id,
        )
        today = self.ctx.today()

        def job() -> Application:
            if missing is not None:
                return actions.request_documents(
                    store, actor, app_id, role=role, missing=missing, reason=reason, today=today
                )
            return actions.take_action(
                store, actor, app_id, action=action, role=role, reason=reason
            )

        self._set_writing(True)
        self.ctx.runner.write(
            job,
            done=lambda app: self._written(action, app),
            failed=lambda exc: self._refused(action, exc),
            owner=self,
            label=f"detail.{action}",
        )

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        for button in self.buttons.values():
            button.setEnabled(not writing)

    def _written(self, action: str, app: Application) -> None:
        self._set_writing(False)
        text = tr(_DONE.get(action, "Done."))
        self.show_message(text)
        self.ctx.events.status_message.emit(f"{app.number}: {text}")
        self.ctx.events.application_saved.emit(app.id)
        self.ctx.events.data_changed.emit()
        self.action_done.emit(action)

    def _refused(self, action: str, exc: BaseException) -> None:
        self._set_writing(False)
        if isinstance(exc, TransitionRefused):
            text = exc.message.text(lang_of(self.ctx))
            if exc.code == "checklist_incomplete" and self.data is not None and self.data.missing:
                text += " " + " ".join(e.message.text(lang_of(self.ctx)) for e in self.data.missing)
        else:
            text = (
                QCoreApplication.translate("ApplicationDetail", "%1 failed: %2")
                .replace("%1", action_plain_text(action))
                .replace("%2", str(exc))
            )
        self.show_message(text, error=True)
        self.action_refused.emit(text)
        self.reload()

    def _conflict_resolved(self, _conflict_id: str) -> None:
        self.show_message(
            QCoreApplication.translate(
                "ApplicationDetail", "Conflict resolved. The choice will be sent to the server."
            )
        )
        self.ctx.events.application_saved.emit(self.application_id)
        self.ctx.events.data_changed.emit()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_ERROR if error else _INFO)
        self.message.setVisible(bool(text))
