"""The raw state of a reception form (exactly what was typed, valid or not) and what the
domain makes of it: a `Person`, the application's field values, its checklist, the
errors of every field. Qt-free, so that the autosave file and the tests use it too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workstation.domain.calendar import add_months, add_working_days
from workstation.domain.catalogue_model import ApplicantFacts, FieldSpec, Service
from workstation.domain.errors import FieldError, Lang
from workstation.domain.model import (
    ChecklistItem,
    DocumentType,
    FieldValue,
    Person,
    Sex,
    TravelDocument,
)
from workstation.domain.rules import applicant_age
from workstation.domain.rules_timing import selected_flags
from workstation.domain.validation import (
    ADULT_AGE,
    ScreenDateError,
    parse_screen_date,
    validate_person,
    validate_screen_date,
)

PERSON_KEYS = (
    "surname",
    "given_names",
    "patronymic",
    "sex",
    "birth_date",
    "birth_place",
    "citizenship",
    "document.type",
    "document.number",
    "document.issuing_state",
    "document.issue_date",
    "document.expiry_date",
    "pin",
    "fin",
    "phone",
    "email",
    "address",
)
"""The applicant's fields, named by the paths that `validate_person` uses."""

_DATE_KEYS = ("birth_date", "document.issue_date", "document.expiry_date")
STATE_VERSION = 1


@dataclass
class Attached:
    """A file attached to a checklist item (already in the store's attachments)."""

    sha256: str
    mime_type: str
    size: int
    name: str


@dataclass
class ItemState:
    received: bool = False
    note: str = ""
    file: Attached | None = None


@dataclass
class FormState:
    """Everything the officer typed or chose; serialisable to JSON as it is."""

    key: str
    application_id: str | None = None
    application_version: int = 0
    person_id: str | None = None
    service_code: str = ""
    person: dict[str, str] = field(default_factory=dict)
    photo: Attached | None = None
    fields: dict[str, str | bool] = field(default_factory=dict)
    checklist: dict[str, ItemState] = field(default_factory=dict)
    fee_tier: str = ""
    payment_ref: str = ""
    mrz: str = ""
    duplicate_ack: str = ""

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["state_version"] = STATE_VERSION
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FormState:
        def attached(raw: object) -> Attached | None:
            return Attached(**raw) if isinstance(raw, dict) else None

        items = {
            code: ItemState(
                bool(v.get("received")), str(v.get("note", "")), attached(v.get("file"))
            )
            for code, v in dict(data.get("checklist") or {}).items()
        }
        return cls(
            key=str(data["key"]),
            application_id=data.get("application_id"),
            application_version=int(data.get("application_version") or 0),
            person_id=data.get("person_id"),
            service_code=str(data.get("service_code") or ""),
            person={str(k): str(v) for k, v in dict(data.get("person") or {}).items()},
            photo=attached(data.get("photo")),
            fields=dict(data.get("fields") or {}),
            checklist=items,
            fee_tier=str(data.get("fee_tier") or ""),
            payment_ref=str(data.get("payment_ref") or ""),
            mrz=str(data.get("mrz") or ""),
            duplicate_ack=str(data.get("duplicate_ack") or ""),
        )

    def text(self, key: str) -> str:
        return self.person.get(key, "").strip()


def _date(text: str) -> dt.date | None:
    try:
        return parse_screen_date(text) if text.strip() else None
    except ScreenDateError:
        return None


def field_values(service: Service, state: FormState) -> dict[str, FieldValue]:
    """The application's field values as the domain stores them (dates as ISO text).
    A date that does not parse is kept as typed, so that the rules name it."""
    values: dict[str, FieldValue] = {}
    for spec in service.fields:
        raw = state.fields.get(spec.code)
        if raw is None or raw == "":
            continue
        values[spec.code] = _field_value(spec, raw)
    return values


def _field_value(spec: FieldSpec, raw: str | bool) -> FieldValue:
    if spec.type == "bool":
        return bool(raw)
    text = str(raw).strip()
    if spec.type == "date":
        day = _date(text)
        return day.isoformat() if day is not None else text
    if spec.type == "int":
        try:
            return int(text)
        except ValueError:
            return text
    return text


_STAND_IN = dt.date(2000, 1, 1)


def build_person(state: FormState, *, stand_in: bool = False) -> Person | None:
    """The applicant, when the dates that a person cannot be without parse; else None
    (or, with `stand_in`, a person with a stand-in date, to check the other fields)."""
    birth = _date(state.text("birth_date"))
    expiry = _date(state.text("document.expiry_date"))
    if stand_in:
        birth, expiry = birth or _STAND_IN, expiry or _STAND_IN.replace(year=2100)
    if birth is None or expiry is None:
        return None
    doc_type = state.text("document.type") or DocumentType.ORDINARY.value
    sex = state.text("sex")
    return Person(
        id=state.person_id or "",
        surname=state.text("surname"),
        given_names=state.text("given_names"),
        patronymic=state.text("patronymic"),
        sex=Sex(sex) if sex in {s.value for s in Sex} else sex,  # type: ignore[arg-type]
        birth_date=birth,
        birth_place=state.text("birth_place"),
        citizenship=state.text("citizenship").upper(),
        document=TravelDocument(
            type=DocumentType(doc_type)
            if doc_type in {t.value for t in DocumentType}
            else doc_type,  # type: ignore[arg-type]
            number=state.text("document.number").upper(),
            issuing_state=state.text("document.issuing_state").upper(),
            issue_date=_date(state.text("document.issue_date")),
            expiry_date=expiry,
        ),
        pin=state.text("pin"),
        fin=state.text("fin"),
        phone=state.text("phone"),
        email=state.text("email"),
        address=state.text("address"),
        photo_sha256=state.photo.sha256 if state.photo else "",
    )


def person_errors(state: FormState, today: dt.date) -> list[FieldError]:
    """The applicant's field errors: screen dates first, then the person rules."""
    errors: list[FieldError] = []
    for key in _DATE_KEYS:
        required = key != "document.issue_date"
        errors += validate_screen_date(state.text(key), key, required=required)
    person = build_person(state, stand_in=True)
    assert person is not None
    bad_dates = {e.field for e in errors}
    errors += [e for e in validate_person(person, today) if e.field not in bad_dates]
    order = {key: i for i, key in enumerate(PERSON_KEYS)}
    return sorted(errors, key=lambda e: order.get(e.field, len(order)))


def facts(service: Service, state: FormState, today: dt.date) -> ApplicantFacts:
    """What the checklist conditions look at; an adult until a birth date is typed."""
    values = field_values(service, state)
    flags = selected_flags(service, values)
    birth = _date(state.text("birth_date"))
    employer = (
        "company"
        if "employer_company" in flags
        else "person"
        if "employer_person" in flags
        else None
    )
    return ApplicantFacts(
        age=applicant_age(birth, today) if birth is not None else ADULT_AGE,
        has_passport=bool(state.text("document.number")),
        employer_kind=employer,
        is_extension="extension" in flags,
        family_ground="family_ground" in flags,
        flags=flags,
    )


def checklist_items(service: Service, state: FormState, today: dt.date) -> list[ChecklistItem]:
    """The checklist as stored: every document that applies, in catalogue order."""
    items = []
    for doc in service.documents_for(facts(service, state, today)):
        item = state.checklist.get(doc.code, ItemState())
        sha = item.file.sha256 if item.file else ""
        items.append(ChecklistItem(doc.code, item.received or bool(sha), sha, item.note))
    return items


def permit_end(service: Service, state: FormState, today: dt.date) -> dt.date | None:
    """When the permit asked for would end (the chosen term, else the service's validity)."""
    term_code = state.fields.get("term")
    term = next((t for t in service.terms if t.code == term_code), None)
    if term is not None and term.months:
        return add_months(today, term.months)
    if term is not None and term.days:
        return today + dt.timedelta(days=term.days)
    months = service.result.validity.months
    return add_months(today, months) if months else None


def due_date(service: Service, tier_code: str, received: dt.date) -> dt.date | None:
    """The legal deadline of the tier, counted from the day of reception."""
    tier = next((t for t in service.tiers if t.code == tier_code), None)
    if tier is None:
        return None
    if tier.deadline_working_days is not None:
        return add_working_days(received, tier.deadline_working_days)
    if tier.deadline_months is not None:
        return add_months(received, tier.deadline_months)
    return None


def messages_by_field(errors: list[FieldError], lang: Lang) -> dict[str, str]:
    """The first message of each field, in the UI language."""
    out: dict[str, str] = {}
    for error in errors:
        out.setdefault(error.field, error.message.text(lang))
    return out
