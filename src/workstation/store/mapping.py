"""Domain entities to column values and back (one place for the flattening)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from workstation.domain.model import (
    Application,
    ChecklistItem,
    Decision,
    DocumentType,
    Outcome,
    Person,
    Sex,
    Status,
    TravelDocument,
)
from workstation.domain.serialize import history_from_list, history_to_list
from workstation.store.search import fold_name, identifier_key
from workstation.store.tables import ApplicationRow, PersonRow


def name_key(surname: str, given_names: str, patronymic: str = "") -> str:
    """The folded full name, the key of name look-ups and of sorting by applicant: the
    `fold` of the parts joined by spaces. `fold` works within words (a space stays a
    space and no step joins or reaches across one), so that is the parts' folds joined,
    and those are remembered (`fold_name`: surnames and given names repeat, whole names
    seldom)."""
    parts = (fold_name(p) for p in (surname, given_names, patronymic) if p)
    return " ".join(" ".join(parts).split())


def person_values(person: Person) -> dict[str, Any]:
    doc = person.document
    return {
        "id": person.id,
        "surname": person.surname,
        "given_names": person.given_names,
        "patronymic": person.patronymic,
        "sex": person.sex.value,
        "birth_date": person.birth_date,
        "birth_place": person.birth_place,
        "citizenship": person.citizenship,
        "document_type": doc.type.value,
        "document_number": doc.number,
        "document_number_key": identifier_key(doc.number),
        "document_issuing_state": doc.issuing_state,
        "document_issue_date": doc.issue_date,
        "document_expiry_date": doc.expiry_date,
        "pin": person.pin,
        "fin": person.fin,
        "phone": person.phone,
        "email": person.email,
        "address": person.address,
        "photo_sha256": person.photo_sha256,
        "name_key": name_key(person.surname, person.given_names, person.patronymic),
        "version": person.version,
    }


def person_from_row(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        surname=row.surname,
        given_names=row.given_names,
        patronymic=row.patronymic,
        sex=Sex(row.sex),
        birth_date=row.birth_date,
        birth_place=row.birth_place,
        citizenship=row.citizenship,
        document=TravelDocument(
            type=DocumentType(row.document_type),
            number=row.document_number,
            issuing_state=row.document_issuing_state,
            issue_date=row.document_issue_date,
            expiry_date=row.document_expiry_date,
        ),
        pin=row.pin,
        fin=row.fin,
        phone=row.phone,
        email=row.email,
        address=row.address,
        photo_sha256=row.photo_sha256,
        version=row.version,
    )


def application_values(app: Application) -> dict[str, Any]:
    """Column values of an application, without ``search_rowid``/``sync_state``/time."""
    decision = app.decision
    return {
        "id": app.id,
        "number": app.number or None,
        "service_code": app.service_code,
        "person_id": app.person_id,
        "status": app.status.value,
        "center_code": app.center_code,
        "received_at": app.received_at,
        "received_by": app.received_by,
        "due_date": app.due_date,
        "fields": {key: app.fields[key] for key in sorted(app.fields)},
        "fee_tier": app.fee_tier,
        "fee_amount": str(app.fee_amount),
        "payment_ref": app.payment_ref,
        "assignee": app.assignee,
        "decision_outcome": decision.outcome.value if decision else None,
        "decision_by": decision.by if decision else None,
        "decision_at": decision.at if decision else None,
        "decision_reason": decision.reason if decision else None,
        "history": history_to_list(app.history),
        "version": app.version,
    }


def checklist_values(app: Application) -> list[dict[str, Any]]:
    return [
        {
            "application_id": app.id,
            "position": position,
            "code": item.code,
            "received": item.received,
            "attachment_sha256": item.attachment_sha256,
            "note": item.note,
        }
        for position, item in enumerate(app.checklist)
    ]


def _decision(row: ApplicationRow) -> Decision | None:
    if row.decision_outcome is None or row.decision_at is None:
        return None
    return Decision(
        outcome=Outcome(row.decision_outcome),
        by=row.decision_by or "",
        at=row.decision_at,
        reason=row.decision_reason or "",
    )


def application_from_row(row: ApplicationRow, checklist: Sequence[ChecklistItem]) -> Application:
    """An application from its row and its checklist (already in position order)."""
    return Application(
        id=row.id,
        number=row.number or "",
        service_code=row.service_code,
        person_id=row.person_id,
        status=Status(row.status),
        center_code=row.center_code,
        received_at=row.received_at,
        received_by=row.received_by,
        due_date=row.due_date,
        fields=dict(row.fields),
        checklist=tuple(checklist),
        fee_tier=row.fee_tier,
        fee_amount=Decimal(row.fee_amount),
        payment_ref=row.payment_ref,
        assignee=row.assignee,
        decision=_decision(row),
        history=history_from_list(row.history),
        version=row.version,
    )


def full_name(surname: str, given_names: str, patronymic: str) -> str:
    return " ".join(p for p in (surname, given_names, patronymic) if p)


def as_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)
