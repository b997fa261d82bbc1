"""Filling the Overview tab of ``ui/detail.ui``: the applicant, the application and its
service fields with their catalogue labels."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from workstation.domain import calendar, states
from workstation.domain.catalogue_model import CatalogueLookupError
from workstation.domain.errors import Lang
from workstation.domain.model import FieldValue
from workstation.gui.context import AppContext
from workstation.gui.detail.data import DetailData
from workstation.gui.detail.forms import part
from workstation.gui.detail.texts import date_text, datetime_text, money_text, status_text, tr
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
SOON_STYLE = "color: #8a5a00; font-weight: bold;"
_SEX = {
    "M": QT_TRANSLATE_NOOP("ApplicationDetail", "Male"),
    "F": QT_TRANSLATE_NOOP("ApplicationDetail", "Female"),
    "X": QT_TRANSLATE_NOOP("ApplicationDetail", "Unspecified"),
}
_DOCUMENT_TYPES = {
    "ordinary": QT_TRANSLATE_NOOP("ApplicationDetail", "Ordinary"),
    "service": QT_TRANSLATE_NOOP("ApplicationDetail", "Service"),
    "diplomatic": QT_TRANSLATE_NOOP("ApplicationDetail", "Diplomatic"),
    "other": QT_TRANSLATE_NOOP("ApplicationDetail", "Other"),
}
_OUTCOMES = {
    "approved": QT_TRANSLATE_NOOP("ApplicationDetail", "Approved"),
    "refused": QT_TRANSLATE_NOOP("ApplicationDetail", "Refused"),
}


def due_state(data: DetailData, ctx: AppContext) -> str:
    """'overdue', 'soon' (due within 3 working days) or '' (also once decided)."""
    due = data.app.due_date
    if due is None or data.app.status in states.DECIDED or data.app.status in states.TERMINAL:
        return ""
    today = ctx.today()
    if due < today:
        return "overdue"
    if calendar.working_days_between(today, due) <= 3:
        return "soon"
    return ""


def field_value_text(data: DetailData, code: str, value: FieldValue, lang: Lang) -> str:
    spec = data.service.field(code) if data.service is not None else None
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ApplicationDetail", "Yes")
            if value
            else QCoreApplication.translate("ApplicationDetail", "No")
        )
    if spec is not None:
        choice = spec.choice(str(value))
        if choice is not None:
            return choice.label.text(lang)
        if spec.type == "term" and data.service is not None:
            term = next((t for t in data.service.terms if t.code == str(value)), None)
            if term is not None:
                return term.label.text(lang)
        if spec.type == "date":
            try:
                return date_text(dt.date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
    return str(value)


class Overview:
    def __init__(self, form: QWidget, ctx: AppContext) -> None:
        self.form, self.ctx = form, ctx
        self.fields_box = part(form, QGroupBox, "serviceFieldsGroup")
        layout = self.fields_box.layout()
        self.fields_form = cast(QFormLayout, layout)

    def _set(self, name: str, text: str, style: str = "") -> None:
        label = part(self.form, QLabel, f"{name}Value")
        label.setText(text or "—")
        label.setStyleSheet(style)

    def show_data(self, data: DetailData) -> None:
        lang = cast(Lang, self.ctx.language)
        p, app = data.person, data.app
        self._set("surname", p.surname)
        self._set("givenNames", p.given_names)
        self._set("patronymic", p.patronymic)
        self._set("sex", tr(_SEX.get(p.sex.value, p.sex.value)))
        self._set("birthDate", date_text(p.birth_date))
        self._set("birthPlace", p.birth_place)
        self._set("citizenship", p.citizenship)
        doc = p.document
        kind = tr(_DOCUMENT_TYPES.get(doc.type.value, doc.type.value))
        self._set("document", f"{doc.number} · {doc.issuing_state} · {kind}")
        self._set("documentDates", f"{date_text(doc.issue_date)} / {date_text(doc.expiry_date)}")
        self._set("fin", p.fin)
        self._set("pin", p.pin)
        self._set("phone", p.phone)
        self._set("email", p.email)
        self._set("address", p.address)
        self._set(
            "number",
            app.number or QCoreApplication.translate("ApplicationDetail", "(no number yet)"),
        )
        service = data.service.name.text(lang) if data.service is not None else app.service_code
        self._set("service", f"{service} ({app.service_code})")
        self._set("status", status_text(app.status))
        received = datetime_text(app.received_at)
        if app.received_by:
            received += " · " + app.received_by
        self._set("received", received if app.received_at else "—")
        due = due_state(data, self.ctx)
        due_text = date_text(app.due_date)
        if due == "overdue":
            due_text += "  " + QCoreApplication.translate("ApplicationDetail", "(overdue)")
        elif due == "soon":
            due_text += "  " + QCoreApplication.translate("ApplicationDetail", "(due soon)")
        self._set("due", due_text, OVERDUE_STYLE if due == "overdue" else SOON_STYLE if due else "")
        self._set(
            "assignee", app.assignee or QCoreApplication.translate("ApplicationDetail", "nobody")
        )
        fee = money_text(app.fee_amount)
        if data.service is not None and app.fee_tier:
            try:
                fee = f"{data.service.tier(app.fee_tier).label.text(lang)} — {fee}"
            except CatalogueLookupError:  # an unknown tier code: show the code
                fee = f"{app.fee_tier} — {fee}"
        self._set("fee", fee)
        self._set("payment", app.payment_ref)
        decision = "—"
        if app.decision is not None:
            outcome = app.decision.outcome.value
            decision = (
                f"{tr(_OUTCOMES.get(outcome, outcome))} · {app.decision.by} · "
                f"{datetime_text(app.decision.at)}"
            )
            if app.decision.reason:
                decision += "\n" + QCoreApplication.translate(
                    "ApplicationDetail", "Reason: %1"
                ).replace("%1", app.decision.reason)
        self._set("decision", decision)
        self._set("center", app.center_code)
        self._fill_service_fields(data, lang)

    def _fill_service_fields(self, data: DetailData, lang: Lang) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        codes = [spec.code for spec in data.service.fields] if data.service is not None else []
        codes += sorted(c for c in data.app.fields if c not in codes)
        shown = 0
        for code in codes:
            if code not in data.app.fields:
                continue
            spec = data.service.field(code) if data.service is not None else None
            label = spec.label.text(lang) if spec is not None else code
            value = QLabel(field_value_text(data, code, data.app.fields[code], lang))
            value.setWordWrap(True)
            value.setObjectName(f"field-{code}")
            self.fields_form.addRow(label + ":", value)
            shown += 1
        if not shown:
            self.fields_form.addRow(
                QLabel(
                    QCoreApplication.translate(
                        "ApplicationDetail", "This service has no fields of its own."
                    )
                )
            )
