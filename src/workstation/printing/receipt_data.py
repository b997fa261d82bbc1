"""What the acknowledgement receipt shows, gathered from plain domain objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from workstation.domain.catalogue_model import CatalogueLookupError, Service
from workstation.domain.model import Application, Person
from workstation.domain.rules import applicant_facts

STATUS_PREFIX = "WS-STATUS:"
"""The receipt's QR code: this prefix and the application number, for status look-up."""


@dataclass(frozen=True, slots=True)
class ReceiptData:
    application_number: str
    service_code: str
    service_az: str
    service_en: str
    applicant: str
    document_number: str
    received_at: dt.datetime | None
    officer: str
    center: str
    received: tuple[tuple[str, str], ...]
    """Documents received: (Azerbaijani, English) labels."""
    missing: tuple[tuple[str, str], ...]
    fee: Decimal
    tier: str
    payment_ref: str
    due_date: dt.date | None

    @property
    def status_code(self) -> str:
        return STATUS_PREFIX + self.application_number


def receipt_data(
    app: Application,
    person: Person,
    service: Service,
    *,
    officer: str,
    center: str,
    today: dt.date,
) -> ReceiptData:
    """The receipt of `app`: the documents that apply to this applicant, ticked or not."""
    facts = applicant_facts(service, person, app.fields, today)
    ticked = {item.code for item in app.checklist if item.received}
    received: list[tuple[str, str]] = []
    missing: list[tuple[str, str]] = []
    for doc in service.documents_for(facts):
        label = (doc.label.az, doc.label.en)
        if doc.code in ticked:
            received.append(label)
        elif doc.required:
            missing.append(label)
    tier = ""
    if app.fee_tier:
        try:
            tier = service.tier(app.fee_tier).label.az
        except CatalogueLookupError:
            tier = app.fee_tier
    return ReceiptData(
        application_number=app.number,
        service_code=service.code,
        service_az=service.name.az,
        service_en=service.name.en,
        applicant=person.full_name,
        document_number=person.document.number,
        received_at=app.received_at,
        officer=officer or app.received_by,
        center=center or app.center_code,
        received=tuple(received),
        missing=tuple(missing),
        fee=app.fee_amount,
        tier=tier,
        payment_ref=app.payment_ref,
        due_date=app.due_date,
    )
