"""The card buttons of the application detail page: Print card (approved, or a card
printed whose card was spoiled), Reprint… and Spoiled… (a live card), Hand over… (the
state machine's ``issue``, with the fee receipt checked), Print receipt (any received
application). The page calls `add_buttons` when it builds its actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QPushButton

from workstation.domain.model import Status
from workstation.gui.detail.data import DetailData
from workstation.gui.printing.dialogs import (
    HandoverDialog,
    ReprintDialog,
    SpoiledDialog,
    tier_label,
)
from workstation.gui.printing.jobs import Kind, PrintRequest
from workstation.gui.printing.preview import PreviewDialog
from workstation.gui.printing.reasons import reason_of
from workstation.gui.reauth import dialog as reauth
from workstation.store import cards

if TYPE_CHECKING:
    from workstation.gui.detail.page import ApplicationDetailPage


def tr(text: str) -> str:
    return QCoreApplication.translate("CardActions", text)


class CardActions(QObject):
    """``dialog`` is the dialog open now (tests drive it); ``done(text)`` after a write."""

    done = Signal(str)
    refused = Signal(str)

    def __init__(self, page: ApplicationDetailPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.dialog: QDialog | None = None

    # -- buttons -------------------------------------------------------------------

    def add_buttons(self, data: DetailData) -> None:
        app, permit = data.app, data.permit
        logged_in = self.ctx.session is not None
        if not logged_in:
            return
        if permit is None and app.status in (Status.APPROVED, Status.CARD_PRINTED):
            self._button(
                "print_card",
                QCoreApplication.translate("CardActions", "&Print card…"),
                self.print_card,
            )
        if permit is not None and app.status is Status.CARD_PRINTED:
            self._button(
                "reprint", QCoreApplication.translate("CardActions", "Re&print…"), self.reprint
            )
            self._button(
                "spoiled", QCoreApplication.translate("CardActions", "Spoi&led…"), self.spoiled
            )
        if app.number:
            self._button(
                "print_receipt",
                QCoreApplication.translate("CardActions", "Print rec&eipt…"),
                self.print_receipt,
            )

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> None:
        button = QPushButton(text, self.page.actions_bar)
        button.setObjectName(f"action-{name}")
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        self.page.actions_layout.addWidget(button)
        self.page.buttons[name] = button

    # -- dialogs -------------------------------------------------------------------

    def _open(self, dialog: QDialog, accepted: Callable[[QDialog], None] | None = None) -> None:
        self.dialog = dialog
        if accepted is not None:
            dialog.accepted.connect(lambda: accepted(dialog))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def preview(self, request: PrintRequest) -> PreviewDialog:
        dialog = PreviewDialog(self.ctx, request, self.page)
        dialog.printed.connect(lambda _o: self.page.reload())
        self._open(dialog)
        return dialog

    def print_card(self) -> None:
        self.preview(PrintRequest(Kind.CARD, (self.page.application_id,)))

    def print_receipt(self) -> None:
        self.preview(PrintRequest(Kind.RECEIPT, (self.page.application_id,)))

    def reprint(self) -> None:
        data = self.page.data
        if data is None or data.permit is None:
            return
        if not reauth.recently_authenticated(self.ctx):  # the password again (issue 6)
            what = QCoreApplication.translate("CardActions", "Reprinting the card of %1").replace(
                "%1", data.app.number
            )
            reauth.ask(self.ctx, self.page, what, self.reprint)
            return
        dialog = ReprintDialog(self.ctx, data.app, data.permit, self.page)
        self._open(dialog, self._reprint_approved)

    def _reprint_approved(self, dialog: QDialog) -> None:
        assert isinstance(dialog, ReprintDialog)
        request = PrintRequest(
            Kind.REPRINT,
            (self.page.application_id,),
            reason=dialog.reason(),
            approved_by=dialog.approved_by,
        )
        self.preview(request)

    def spoiled(self) -> None:
        data = self.page.data
        if data is None or data.permit is None:
            return
        self._open(SpoiledDialog(data.app, data.permit, self.page), self._spoil)

    def _spoil(self, dialog: QDialog) -> None:
        assert isinstance(dialog, SpoiledDialog)
        store, actor, app_id, reason = (
            self.ctx.store,
            self.ctx.actor,
            self.page.application_id,
            dialog.reason(),
        )
        self._write(
            lambda: cards.spoil(store, actor, app_id, reason=reason).card_number,
            lambda number: QCoreApplication.translate(
                "CardActions", "Card %1 recorded as spoiled; its number is voided."
            ).replace("%1", str(number)),
        )

    def hand_over(self) -> None:
        """The page's ``issue`` action."""
        data = self.page.data
        if data is None:
            return
        if data.permit is None:
            self._show_refusal(cards.not_printed(data.app))
            return
        dialog = HandoverDialog(
            data.app,
            data.person,
            data.permit,
            self.page,
            tier_label=tier_label(self.ctx, data.app),
        )
        self._open(dialog, self._issue)

    def _issue(self, _dialog: QDialog) -> None:
        store, actor, role, app_id = (
            self.ctx.store,
            self.ctx.actor,
            self.page.role(),
            self.page.application_id,
        )
        self._write(
            lambda: cards.hand_over(store, actor, app_id, role=role, receipt_checked=True),
            lambda _app: QCoreApplication.translate(
                "CardActions", "Card handed over: the application is issued."
            ),
        )

    # -- writes --------------------------------------------------------------------

    def _write(self, job: Callable[[], object], message: Callable[[object], str]) -> None:
        self.page._set_writing(True)
        self.ctx.runner.write(
            job,
            done=lambda result: self._written(message(result)),
            failed=self._show_refusal,
            owner=self,
            label="print.card_action",
        )

    def _written(self, text: str) -> None:
        self.page._set_writing(False)
        self.page.show_message(text)
        self.ctx.events.status_message.emit(text)
        self.ctx.events.application_saved.emit(self.page.application_id)
        self.ctx.events.data_changed.emit()
        self.done.emit(text)

    def _show_refusal(self, exc: BaseException) -> None:
        self.page._set_writing(False)
        text = reason_of(exc, self.ctx.language)
        self.page.show_message(text, error=True)
        self.refused.emit(text)
        self.page.reload()
