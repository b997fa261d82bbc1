"""The dialogs around a printed card: a reprint (reason and a supervisor's approval,
checked on the writer thread with the offline verifier), a spoiled card (reason), the
hand-over to the holder (the fee receipt checked). Layouts from ``ui/print_*.ui`` and
``ui/detail_reason_dialog.ui``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from workstation.domain.catalogue_model import CatalogueLookupError
from workstation.domain.model import Application, Permit, Person, Role
from workstation.gui import formats
from workstation.gui.context import AppContext
from workstation.gui.detail.dialogs import FormDialog
from workstation.gui.detail.forms import part
from workstation.runtime.i18n import QT_TRANSLATE_NOOP
from workstation.security import offline
from workstation.store import Actor, Store

APPROVERS = frozenset({Role.SUPERVISOR})


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintDialogs", text)


class ApprovalRefused(Exception):
    """The supervisor's approval was not given (the message says why)."""


_REFUSALS = {
    offline.Refusal.UNKNOWN: QT_TRANSLATE_NOOP(
        "PrintDialogs", "This user has never logged in on this workstation."
    ),
    offline.Refusal.EXPIRED: QT_TRANSLATE_NOOP(
        "PrintDialogs", "This user's offline login has expired: log in online once."
    ),
    offline.Refusal.LOCKED: QT_TRANSLATE_NOOP(
        "PrintDialogs", "Too many wrong passwords: this user is locked for a while."
    ),
    offline.Refusal.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "PrintDialogs", "Wrong user name or password (%1 tries left)."
    ),
}


def check_approval(
    store: Store, actor: Actor, username: str, password: str, now: dt.datetime
) -> str:
    """Writer thread: the user name of the supervisor whose password this is, or
    `ApprovalRefused`. A wrong password counts towards that user's lock (committed)."""
    username = username.strip()
    if not username or not password:
        raise ApprovalRefused(
            QCoreApplication.translate(
                "PrintDialogs", "A supervisor must enter their user name and password."
            )
        )
    with store.unit_of_work(actor) as uow:
        result = offline.check(uow.session, username, password, now=now)
        if result.ok:
            uow.audit_event("permit.reprint_approval", "user", username)
    if result.user is None:
        refusal = result.refusal or offline.Refusal.WRONG_PASSWORD
        text = tr(_REFUSALS[refusal]).replace("%1", str(result.failures_left))
        raise ApprovalRefused(text)
    if result.user.role not in APPROVERS:
        raise ApprovalRefused(
            QCoreApplication.translate(
                "PrintDialogs", "%1 is not a supervisor: only a supervisor may approve a reprint."
            ).replace("%1", username)
        )
    return result.user.username


class _Form(FormDialog):
    """The detail page's form dialog; an error does not resize it (its fields stay put)."""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ReprintDialog(_Form):
    """Reason and approval; ``approved_by`` is set when accepted. A supervisor at the
    desk approves by being logged in."""

    def __init__(self, ctx: AppContext, app: Application, permit: Permit, parent: QWidget | None):
        super().__init__("print_reprint.ui", parent)
        self.ctx = ctx
        self.approved_by = ""
        self.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Reprint card"))
        part(self.form, QLabel, "questionLabel").setText(
            QCoreApplication.translate(
                "PrintDialogs",
                "Print card %1 of %2 again? The same number is printed; the reprint is "
                "recorded in the print journal with the reason and the approving supervisor.",
            )
            .replace("%1", permit.card_number)
            .replace("%2", app.number)
        )
        self.reason_edit = part(self.form, QPlainTextEdit, "reasonEdit")
        self.reason_edit.setAccessibleName(
            QCoreApplication.translate("PrintDialogs", "Reason for the reprint")
        )
        self.user_edit = part(self.form, QLineEdit, "userEdit")
        self.user_edit.setAccessibleName(
            QCoreApplication.translate("PrintDialogs", "Supervisor's user name")
        )
        self.password_edit = part(self.form, QLineEdit, "passwordEdit")
        self.password_edit.setAccessibleName(
            QCoreApplication.translate("PrintDialogs", "Supervisor's password")
        )
        note = part(self.form, QLabel, "approvalNote")
        session = ctx.session
        self.self_approved = session is not None and session.role in APPROVERS
        if self.self_approved and session is not None:
            note.setText(
                QCoreApplication.translate(
                    "PrintDialogs", "You are a supervisor: the reprint is approved by you (%1)."
                ).replace("%1", session.username)
            )
            for name in ("userLabel", "passwordLabel"):
                part(self.form, QLabel, name).hide()
            self.user_edit.hide()
            self.password_edit.hide()
        else:
            note.setText(
                QCoreApplication.translate(
                    "PrintDialogs",
                    "A supervisor enters their user name and password here to approve.",
                )
            )
        self.box = part(self.form, QGroupBox, "approvalBox")
        self.ok_button().setText(QCoreApplication.translate("PrintDialogs", "&Approve and preview"))
        self.reason_edit.setFocus()
        self._checking = False

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if self._checking:
            return
        if not self.reason():
            self.show_error(
                QCoreApplication.translate("PrintDialogs", "Write the reason for the reprint.")
            )
            self.reason_edit.setFocus()
            return
        session = self.ctx.session
        if self.self_approved and session is not None:
            self.approved_by = session.username
            super().accept()
            return
        store, actor = self.ctx.store, self.ctx.actor
        user, password = self.user_edit.text(), self.password_edit.text()
        now = store.clock()
        self._checking = True
        self.ok_button().setEnabled(False)
        self.show_error("")
        self.ctx.runner.write(
            lambda: check_approval(store, actor, user, password, now),
            done=self._approved,
            failed=self._refused,
            owner=self,
            label="print.approval",
        )

    def _approved(self, username: str) -> None:
        self._checking = False
        self.ok_button().setEnabled(True)
        self.approved_by = username
        self.password_edit.clear()
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        self.ok_button().setEnabled(True)
        self.password_edit.clear()
        self.show_error(str(exc))
        self.password_edit.setFocus()


class SpoiledDialog(_Form):
    """The reason a printed card is spoiled; its number will be voided."""

    def __init__(self, app: Application, permit: Permit, parent: QWidget | None) -> None:
        super().__init__("detail_reason_dialog.ui", parent)
        self.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Record a spoiled card"))
        part(self.form, QLabel, "questionLabel").setText(
            QCoreApplication.translate(
                "PrintDialogs",
                "Record card %1 of %2 as spoiled? Its number is voided and never used "
                "again; keep the spoiled card for destruction. The next print takes a new "
                "number.",
            )
            .replace("%1", permit.card_number)
            .replace("%2", app.number)
        )
        label = part(self.form, QLabel, "reasonLabel")
        self.reason_edit = part(self.form, QPlainTextEdit, "reasonEdit")
        label.setText(QCoreApplication.translate("PrintDialogs", "&Reason (required):"))
        label.setBuddy(self.reason_edit)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("PrintDialogs", "Reason"))
        self.ok_button().setText(QCoreApplication.translate("PrintDialogs", "Record as &spoiled"))
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.show_error(
                QCoreApplication.translate("PrintDialogs", "Write why the card is spoiled.")
            )
            return
        super().accept()


def tier_label(ctx: AppContext, app: Application) -> str:
    """The application's fee tier by its catalogue name in the UI language; "" when the
    catalogue does not know it (the code is shown then)."""
    try:
        tier = ctx.catalogue.service(app.service_code).tier(app.fee_tier)
    except CatalogueLookupError:
        return ""
    return tier.label.text(ctx.language)  # type: ignore[arg-type]


class HandoverDialog(_Form):
    """Card printed → Issued, once the officer confirms the fee receipt was checked."""

    def __init__(
        self,
        app: Application,
        person: Person,
        permit: Permit,
        parent: QWidget | None,
        *,
        tier_label: str = "",
    ) -> None:
        """``tier_label``: the fee tier's name in the UI language (its code otherwise)."""
        super().__init__("print_handover.ui", parent)
        self.setWindowTitle(QCoreApplication.translate("PrintDialogs", "Hand the card over"))
        part(self.form, QLabel, "questionLabel").setText(
            QCoreApplication.translate(
                "PrintDialogs",
                "Hand the card to its holder. Check the holder's identity and the fee receipt.",
            )
        )
        part(self.form, QLabel, "cardValue").setText(
            f"{permit.card_number}  ({permit.valid_from:%d.%m.%Y} – {permit.valid_until:%d.%m.%Y})"
        )
        part(self.form, QLabel, "holderValue").setText(person.full_name)
        part(self.form, QLabel, "feeValue").setText(
            formats.money_text(app.fee_amount)
            + (f" ({tier_label or app.fee_tier})" if app.fee_tier else "")
        )
        ref = part(self.form, QLabel, "paymentValue")
        ref.setText(
            f"<b>{app.payment_ref}</b>"
            if app.payment_ref
            else QCoreApplication.translate("PrintDialogs", "none recorded")
        )
        self.check = part(self.form, QCheckBox, "receiptCheck")
        self.check.setAccessibleName(
            QCoreApplication.translate("PrintDialogs", "Fee receipt checked")
        )
        self.ok_button().setText(QCoreApplication.translate("PrintDialogs", "&Hand over"))
        self.check.setFocus()

    def accept(self) -> None:
        if not self.check.isChecked():
            self.show_error(
                QCoreApplication.translate(
                    "PrintDialogs", "Tick the box once you have checked the fee receipt."
                )
            )
            self.check.setFocus()
            return
        super().accept()
