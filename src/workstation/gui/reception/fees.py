"""Fee tier, amount, payment reference and the legal due date, from the catalogue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from workstation.domain.catalogue_model import Service
from workstation.domain.errors import Lang
from workstation.domain.validation import format_screen_date
from workstation.gui import formats
from workstation.gui.reception.checks import fee_of
from workstation.gui.reception.formstate import FormState, due_date
from workstation.gui.reception.widgets import child


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionFees", text)


class FeePanel:
    def __init__(self, root: QWidget, lang: Lang) -> None:
        self.lang = lang
        self.tier: QComboBox = child(root, QComboBox, "tierCombo")
        self.fee: QLabel = child(root, QLabel, "feeLabel")
        self.payment: QLineEdit = child(root, QLineEdit, "paymentEdit")
        self.due: QLabel = child(root, QLabel, "dueLabel")
        self._service = ""

    def set_service(self, service: Service | None, tier: str = "") -> None:
        code = service.code if service else ""
        if code != self._service:
            self._service = code
            self.tier.blockSignals(True)
            self.tier.clear()
            for t in service.tiers if service else ():
                self.tier.addItem(t.label.text(self.lang), t.code)
            self.tier.blockSignals(False)
        if service is not None:
            wanted = tier or service.default_tier or service.tiers[0].code
            self.tier.setCurrentIndex(max(0, self.tier.findData(wanted)))

    def tier_code(self) -> str:
        return str(self.tier.currentData() or "")

    def show(self, service: Service | None, state: FormState, today: dt.date) -> None:
        """The fee of the tier (and term, and a minor's reduction) and the due date if
        received today."""
        if service is None:
            self.fee.setText("—")
            self.due.setText("—")
            return
        fee = fee_of(service, state, today)
        if fee.amount is None:
            self.fee.setText(QCoreApplication.translate("ReceptionFees", "choose the term first"))
        elif fee.amount == 0:
            self.fee.setText(QCoreApplication.translate("ReceptionFees", "free of charge"))
        else:
            self.fee.setText(formats.money_text(fee.amount))
        tier = state.fee_tier or service.default_tier or service.tiers[0].code
        due = due_date(service, tier, today)
        t = service.tier(tier)
        if due is None:
            self.due.setText("—")
        elif t.deadline_working_days is not None:
            self.due.setText(
                QCoreApplication.translate("ReceptionFees", "%1 (%2 working days from today)")
                .replace("%1", format_screen_date(due))
                .replace("%2", str(t.deadline_working_days))
            )
        else:
            self.due.setText(
                QCoreApplication.translate("ReceptionFees", "%1 (%2 months from today)")
                .replace("%1", format_screen_date(due))
                .replace("%2", str(t.deadline_months))
            )
