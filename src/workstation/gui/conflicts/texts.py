"""Labels and readable values of conflicting fields (catalogue labels for service
fields and documents, dd.mm.yyyy dates, "empty" for nothing)."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QCoreApplication

from workstation.domain.catalogue_model import Service
from workstation.domain.errors import Lang
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

_CTX = "ConflictView"

_LABELS = {
    "number": QT_TRANSLATE_NOOP("ConflictView", "Number"),
    "service_code": QT_TRANSLATE_NOOP("ConflictView", "Service"),
    "person_id": QT_TRANSLATE_NOOP("ConflictView", "Applicant"),
    "center_code": QT_TRANSLATE_NOOP("ConflictView", "Service center"),
    "received_at": QT_TRANSLATE_NOOP("ConflictView", "Received"),
    "received_by": QT_TRANSLATE_NOOP("ConflictView", "Received by"),
    "due_date": QT_TRANSLATE_NOOP("ConflictView", "Legal due date"),
    "fields": QT_TRANSLATE_NOOP("ConflictView", "Service fields"),
    "checklist": QT_TRANSLATE_NOOP("ConflictView", "Documents"),
    "fee_tier": QT_TRANSLATE_NOOP("ConflictView", "Fee tier"),
    "fee_amount": QT_TRANSLATE_NOOP("ConflictView", "Fee"),
    "payment_ref": QT_TRANSLATE_NOOP("ConflictView", "Payment reference"),
    "assignee": QT_TRANSLATE_NOOP("ConflictView", "Assignee"),
    "surname": QT_TRANSLATE_NOOP("ConflictView", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("ConflictView", "Given names"),
    "patronymic": QT_TRANSLATE_NOOP("ConflictView", "Patronymic"),
    "birth_place": QT_TRANSLATE_NOOP("ConflictView", "Birth place"),
    "birth_date": QT_TRANSLATE_NOOP("ConflictView", "Birth date"),
    "citizenship": QT_TRANSLATE_NOOP("ConflictView", "Citizenship"),
    "sex": QT_TRANSLATE_NOOP("ConflictView", "Sex"),
    "pin": QT_TRANSLATE_NOOP("ConflictView", "PIN"),
    "fin": QT_TRANSLATE_NOOP("ConflictView", "FIN"),
    "phone": QT_TRANSLATE_NOOP("ConflictView", "Phone"),
    "email": QT_TRANSLATE_NOOP("ConflictView", "E-mail"),
    "address": QT_TRANSLATE_NOOP("ConflictView", "Address"),
    "photo_sha256": QT_TRANSLATE_NOOP("ConflictView", "Photo"),
    "document": QT_TRANSLATE_NOOP("ConflictView", "Travel document"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(key: str) -> str:
    return tr(_LABELS.get(key, key.replace("_", " ").capitalize()))


def _date(value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return str(value)


def _service_field_label(service: Service | None, code: str, lang: Lang) -> str:
    spec = service.field(code) if service is not None else None
    return spec.label.text(lang) if spec is not None else code


def _service_value(service: Service | None, code: str, value: Any, lang: Lang) -> str:
    spec = service.field(code) if service is not None else None
    if value is None or value == "":
        return QCoreApplication.translate("ConflictView", "empty")
    if spec is not None:
        choice = spec.choice(str(value))
        if choice is not None:
            return choice.label.text(lang)
        if spec.type == "date":
            return _date(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictView", "yes")
            if value
            else QCoreApplication.translate("ConflictView", "no")
        )
    return str(value)


def _document_label(service: Service | None, code: str, lang: Lang) -> str:
    if service is not None:
        for doc in service.documents:
            if doc.code == code:
                return doc.label.text(lang)
    return code


def value_text(key: str, value: Any, other: Any, service: Service | None, lang: str) -> str:
    """`value` of `key` for people; for nested values only what differs from `other`."""
    language = cast(Lang, lang)
    if value is None or value in ("", [], {}):
        return QCoreApplication.translate("ConflictView", "empty")
    if key == "fields" and isinstance(value, dict):
        theirs = other if isinstance(other, dict) else {}
        codes = [c for c in sorted(set(value) | set(theirs)) if value.get(c) != theirs.get(c)]
        return "\n".join(
            f"{_service_field_label(service, c, language)}: "
            f"{_service_value(service, c, value.get(c), language)}"
            for c in codes
        ) or QCoreApplication.translate("ConflictView", "(same)")
    if key == "checklist" and isinstance(value, list):
        received = [
            _document_label(service, str(i.get("code")), language)
            for i in value
            if isinstance(i, dict) and i.get("received")
        ]
        return QCoreApplication.translate("ConflictView", "Received: %1").replace(
            "%1", "; ".join(received) or QCoreApplication.translate("ConflictView", "none")
        )
    if key == "document" and isinstance(value, dict):
        return (
            f"{value.get('number', '')} ({value.get('issuing_state', '')}), "
            + QCoreApplication.translate("ConflictView", "expires %1").replace(
                "%1", _date(value.get("expiry_date", ""))
            )
        )
    if key in ("due_date", "birth_date"):
        return _date(value)
    if key == "received_at":
        return _date(value)
    if key == "fee_amount":
        return f"{value} AZN"
    if key == "service_code" and service is not None:
        return service.name.text(language) if value == service.code else str(value)
    return str(value)
