"""Realistic, deterministic applications for every service of the catalogue.

Same (count, seed, catalogue, center, today), same data — byte for byte once exported.
Used by the tests, the demo and the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from workstation.domain import states
from workstation.domain.calendar import add_months, add_working_days, next_working_day
from workstation.domain.catalogue_model import ApplicantFacts, Catalogue, Service
from workstation.domain.model import (
    Application,
    ChecklistItem,
    Decision,
    FieldValue,
    Outcome,
    Person,
    Status,
    StatusChange,
)
from workstation.domain.numbers import application_number
from workstation.domain.rules import applicant_age
from workstation.samples.fields import field_values, make_voen
from workstation.samples.people import deterministic_id, person

SERVICE_WEIGHTS = {
    "EXT-STAY": 24,
    "TRP": 24,
    "REG-STAY": 16,
    "WP": 12,
    "PRP": 8,
    "ADM": 7,
    "CIT": 5,
    "REF": 4,
}
STATUS_WEIGHTS = {
    Status.DRAFT: 3,
    Status.RECEIVED: 14,
    Status.AWAITING_DOCUMENTS: 9,
    Status.UNDER_REVIEW: 14,
    Status.APPROVED: 10,
    Status.REFUSED: 5,
    Status.CARD_PRINTED: 6,
    Status.ISSUED: 32,
    Status.WITHDRAWN: 7,
}
OFFICERS = ("officer.aliyeva", "officer.mammadov", "officer.huseynli", "officer.karimova")
SUPERVISORS = ("supervisor.rahimov", "supervisor.nasirova")
REFUSAL_REASONS = (
    "Əsas təsdiq olunmadı (ground not proven)",
    "Son 180 gündə 90 gündən çox ölkədən kənarda olub",
    "Sənədlər saxtadır (forged documents)",
)
REUSE_PERSON = 0.12
"""Share of applications by someone who applied before (same person record)."""


@dataclass(frozen=True, slots=True)
class SampleData:
    persons: tuple[Person, ...]
    applications: tuple[Application, ...]


def _received_at(rng: random.Random, today: dt.date) -> dt.datetime:
    day = next_working_day(today - dt.timedelta(days=rng.randint(2, 400)))
    if day >= today:
        day = today - dt.timedelta(days=1)
    minute = rng.randint(9 * 60, 17 * 60 + 30)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60), dt.UTC) - dt.timedelta(
        hours=4  # Baku is UTC+4
    )


def _flags(service: Service, fields: dict[str, FieldValue]) -> frozenset[str]:
    flags: set[str] = set()
    for spec in service.fields:
        choice = spec.choice(str(fields.get(spec.code, ""))) if spec.choices else None
        if choice is not None:
            flags |= choice.flags
    return frozenset(flags)


def _facts(
    service: Service, who: Person, fields: dict[str, FieldValue], on: dt.date
) -> ApplicantFacts:
    flags = _flags(service, fields)
    age = applicant_age(who.birth_date, on)
    employer_kind = None
    if service.applicant == "employer":
        employer_kind = "person" if "employer_person" in flags else "company"
    return ApplicantFacts(
        age=age,
        has_passport=who.document.type.value != "other",
        employer_kind=employer_kind,
        is_extension="extension" in flags,
        family_ground="family" in flags or "family_ground" in flags,
        flags=flags,
    )


def _due(service: Service, tier_code: str, received: dt.date) -> dt.date | None:
    tier = service.tier(tier_code)
    if tier.deadline_working_days is not None:
        return add_working_days(received, tier.deadline_working_days)
    if tier.deadline_months is not None:
        return add_months(received, tier.deadline_months)
    return None


def _history(
    rng: random.Random, status: Status, received_at: dt.datetime, officer: str
) -> tuple[tuple[StatusChange, ...], Decision | None]:
    steps = states.path_to(status) or []
    if status is Status.WITHDRAWN:
        steps = [states.find(Status.DRAFT, "receive"), states.find(Status.RECEIVED, "withdraw")]  # type: ignore[list-item]
    history: list[StatusChange] = []
    decision = None
    at = received_at
    for step in steps:
        by = rng.choice(SUPERVISORS) if step.is_decision else officer
        reason = ""
        if step.needs_reason:
            reason = rng.choice(REFUSAL_REASONS) if step.action == "refuse" else "Ərizəçinin xahişi"
        history.append(StatusChange(at, by, step.source, step.target, reason))
        if step.is_decision:
            outcome = Outcome.APPROVED if step.target is Status.APPROVED else Outcome.REFUSED
            decision = Decision(outcome, by, at, reason)
        at += dt.timedelta(days=rng.randint(0, 6), minutes=rng.randint(5, 300))
    return tuple(history), decision


def _checklist(
    rng: random.Random, service: Service, facts: ApplicantFacts, status: Status
) -> tuple[ChecklistItem, ...]:
    items = []
    complete = status not in (Status.DRAFT, Status.AWAITING_DOCUMENTS)
    for doc in service.documents_for(facts):
        received = complete or rng.random() < 0.6
        if doc.required is False and rng.random() < 0.4:
            received = False
        items.append(ChecklistItem(doc.code, received))
    return tuple(items)


def generate(
    count: int,
    seed: int,
    catalogue: Catalogue,
    *,
    center: str = "BAK1",
    today: dt.date = dt.date(2026, 6, 1),
) -> SampleData:
    """`count` applications (and their applicants) spread over every service and status."""
    rng = random.Random(seed)
    services = [s for s in catalogue.services if s.code in SERVICE_WEIGHTS] or list(
        catalogue.services
    )
    weights = [SERVICE_WEIGHTS.get(s.code, 1) for s in services]
    statuses = list(STATUS_WEIGHTS)
    status_weights = list(STATUS_WEIGHTS.values())
    persons: list[Person] = []
    applications: list[Application] = []
    sequences: dict[int, int] = {}
    for _ in range(count):
        service = rng.choices(services, weights)[0]
        received_at = _received_at(rng, today)
        received = (received_at + dt.timedelta(hours=4)).date()
        adult = service.rules.holder_min_age is not None or service.applicant == "employer"
        applicant = rng.choice(persons) if persons and rng.random() < REUSE_PERSON else None
        too_young = applicant is not None and applicant_age(applicant.birth_date, received) < 18
        if applicant is None or (adult and too_young):
            applicant = person(rng, today, adult=adult)
            persons.append(applicant)
        status = rng.choices(statuses, status_weights)[0]
        fields = field_values(rng, service, received)
        if service.applicant == "employer":
            for spec in service.fields:
                if spec.type == "voen":
                    fields[spec.code] = make_voen(rng)
        facts = _facts(service, applicant, fields, received)
        tier_code = service.default_tier or service.tiers[0].code
        if len(service.tiers) > 1 and rng.random() < 0.3:
            tier_code = rng.choice(service.tiers).code
        term = fields.get("term") if service.terms else None
        fee = service.fee(tier_code, str(term) if term else None, minor=facts.minor)
        officer = rng.choice(OFFICERS)
        history, decision = _history(rng, status, received_at, officer)
        sequences[received.year] = sequences.get(received.year, 0) + 1
        is_draft = status is Status.DRAFT
        applications.append(
            Application(
                id=deterministic_id(rng, received_at),
                number=application_number(center, received.year, sequences[received.year]),
                service_code=service.code,
                person_id=applicant.id,
                status=status,
                center_code=center,
                received_at=None if is_draft else received_at,
                received_by="" if is_draft else officer,
                due_date=None if is_draft else _due(service, tier_code, received),
                fields=fields,
                checklist=_checklist(rng, service, facts, status),
                fee_tier=tier_code,
                fee_amount=fee,
                payment_ref=f"AZ{rng.randint(10**11, 10**12 - 1)}" if fee and not is_draft else "",
                assignee=""
                if status in (Status.DRAFT, Status.RECEIVED) and rng.random() < 0.5
                else officer,
                decision=decision,
                history=history,
            )
        )
    return SampleData(tuple(persons), tuple(applications))


def iter_chunks(data: SampleData, size: int) -> Iterator[SampleData]:
    """The data in pieces of at most `size` applications, each with the persons it needs."""
    by_id = {p.id: p for p in data.persons}
    seen: set[str] = set()
    for start in range(0, len(data.applications), size):
        chunk = data.applications[start : start + size]
        needed = [by_id[a.person_id] for a in chunk if a.person_id not in seen]
        unique = list({p.id: p for p in needed}.values())
        seen.update(p.id for p in unique)
        yield SampleData(tuple(unique), chunk)
