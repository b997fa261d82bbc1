"""Entities and value objects of the migration service (DESIGN.md section 2).

Plain dataclasses: they carry data and invariants of shape; the rules that need
context (the catalogue, today's date) live in `validation` and `rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import TypeAlias

FieldValue: TypeAlias = str | int | bool | None
"""What a service-specific field of an application may hold (dates as ISO text)."""


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"


class DocumentType(StrEnum):
    ORDINARY = "ordinary"
    SERVICE = "service"
    DIPLOMATIC = "diplomatic"
    OTHER = "other"


class Status(StrEnum):
    DRAFT = "draft"
    RECEIVED = "received"
    AWAITING_DOCUMENTS = "awaiting_documents"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REFUSED = "refused"
    CARD_PRINTED = "card_printed"
    ISSUED = "issued"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Outcome(StrEnum):
    APPROVED = "approved"
    REFUSED = "refused"


class PrintEvent(StrEnum):
    PRINT = "print"
    REPRINT = "reprint"
    SPOILED = "spoiled"
    ISSUED = "issued"


@dataclass(frozen=True, slots=True)
class TravelDocument:
    """A passport or another travel document as it is written."""

    type: DocumentType
    number: str
    issuing_state: str
    issue_date: dt.date | None
    expiry_date: dt.date


@dataclass(frozen=True, slots=True)
class Person:
    """An applicant (or the holder of a permit). Names are kept exactly as written."""

    id: str
    surname: str
    given_names: str
    sex: Sex
    birth_date: dt.date
    citizenship: str
    document: TravelDocument
    patronymic: str = ""
    birth_place: str = ""
    pin: str = ""
    fin: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    photo_sha256: str = ""
    version: int = 0

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_names, self.patronymic) if p)


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A file the application refers to, addressed by the SHA-256 of its bytes."""

    sha256: str
    mime_type: str
    size: int
    kind: str


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One line of an application's document checklist."""

    code: str
    received: bool = False
    attachment_sha256: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    by: str
    at: dt.datetime
    reason: str = ""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One step of an application's history."""

    at: dt.datetime
    by: str
    from_status: Status
    to_status: Status
    reason: str = ""


def _frozen_fields(values: Mapping[str, FieldValue] | None) -> Mapping[str, FieldValue]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True, slots=True)
class Application:
    """An application for one service of the catalogue, by one applicant."""

    id: str
    number: str
    service_code: str
    person_id: str
    status: Status
    center_code: str
    received_at: dt.datetime | None = None
    received_by: str = ""
    due_date: dt.date | None = None
    fields: Mapping[str, FieldValue] = field(default_factory=lambda: _frozen_fields(None))
    checklist: tuple[ChecklistItem, ...] = ()
    fee_tier: str = ""
    fee_amount: Decimal = Decimal(0)
    payment_ref: str = ""
    assignee: str = ""
    decision: Decision | None = None
    history: tuple[StatusChange, ...] = ()
    version: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.fields, MappingProxyType):
            object.__setattr__(self, "fields", _frozen_fields(self.fields))


@dataclass(frozen=True, slots=True)
class PrintJournalEntry:
    event: PrintEvent
    at: dt.datetime
    by: str
    workstation_id: str
    reason: str = ""
    copies: int = 1
    approved_by: str = ""  # the supervisor who authorised a reprint


@dataclass(frozen=True, slots=True)
class Permit:
    """A card (or certificate) produced by an approved application."""

    id: str
    application_id: str
    card_number: str
    card_type: str
    valid_from: dt.date
    valid_until: dt.date
    printed_at: dt.datetime | None = None
    printed_by: str = ""
    workstation_id: str = ""
    journal: tuple[PrintJournalEntry, ...] = ()
    version: int = 0
