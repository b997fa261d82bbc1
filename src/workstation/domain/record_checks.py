"""The checks an imported (or otherwise received) record must pass before it is stored.

Field rules of the person and of the service's fields, the catalogue codes an
application refers to, and the consistency of its status, decision and history with the
state machine. Timing windows (apply N days before …) are rules of reception, checked
when an officer receives an application, not of records that already exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from workstation.domain import states
from workstation.domain.catalogue_model import Catalogue, CatalogueLookupError
from workstation.domain.model import Application, Outcome, Person, Status
from workstation.domain.numbers import parse_application_number
from workstation.domain.rules_fields import check_fields
from workstation.domain.validation import validate_person

Problem = tuple[str, str]
"""(field, reason) in English: the import report is for the IT staff who run it."""

_DECISION_STATUSES = {
    Status.APPROVED: Outcome.APPROVED,
    Status.CARD_PRINTED: Outcome.APPROVED,
    Status.ISSUED: Outcome.APPROVED,
    Status.REFUSED: Outcome.REFUSED,
}


def person_problems(person: Person, today: dt.date) -> Iterator[Problem]:
    for error in validate_person(person, today):
        yield error.field, error.message.en


def _was_received(app: Application) -> bool:
    """Every status but a draft follows reception, except a withdrawal: a draft may be
    withdrawn too (DESIGN.md section 2), and then it never was received."""
    if app.status is Status.DRAFT:
        return False
    if app.status is Status.WITHDRAWN:
        return any(step.to_status is Status.RECEIVED for step in app.history)
    return True


def _history_problems(app: Application) -> Iterator[Problem]:
    current = states.INITIAL
    for index, step in enumerate(app.history):
        if step.from_status is not current:
            yield (
                f"history[{index}]",
                f"starts from {step.from_status.value}, expected {current.value}",
            )
            return
        if not any(t.target is step.to_status for t in states.transitions_from(current)):
            yield (
                f"history[{index}]",
                f"{current.value} → {step.to_status.value} is not a legal transition",
            )
            return
        current = step.to_status
    if app.history and current is not app.status:
        yield "history", f"ends in {current.value} but the status is {app.status.value}"


def application_problems(
    app: Application, catalogue: Catalogue, today: dt.date
) -> Iterator[Problem]:
    try:
        service = catalogue.service(app.service_code)
    except CatalogueLookupError as exc:
        yield "service_code", exc.message.en
        return
    if app.status is not Status.DRAFT or app.number:
        try:
            parse_application_number(app.number)
        except ValueError as exc:
            yield "number", str(exc)
    if _was_received(app) and app.received_at is None:
        yield "received_at", f"required once the application is {app.status.value}"
    for error in check_fields(service, app.fields, today):
        if error.code == "required" and not _was_received(app):
            continue  # a draft is saved half-filled; reception asks for every field
        yield error.field, error.message.en
    known_documents = {d.code for d in service.documents}
    seen: set[str] = set()
    for item in app.checklist:
        if item.code not in known_documents:
            yield f"checklist.{item.code}", f"service {service.code} has no such document"
        if item.code in seen:
            yield f"checklist.{item.code}", "listed twice"
        seen.add(item.code)
    if app.fee_tier:
        try:
            service.tier(app.fee_tier)
        except CatalogueLookupError as exc:
            yield "fee_tier", exc.message.en
    if app.fee_amount < 0:
        yield "fee_amount", "may not be negative"
    expected = _DECISION_STATUSES.get(app.status)
    if expected is None and app.decision is not None:
        yield "decision", f"an application in status {app.status.value} has no decision yet"
    elif expected is not None and app.decision is None:
        yield "decision", f"required in status {app.status.value}"
    elif expected is not None and app.decision is not None:
        if app.decision.outcome is not expected:
            yield "decision.outcome", f"must be {expected.value} in status {app.status.value}"
        if app.decision.outcome is Outcome.REFUSED and not app.decision.reason.strip():
            yield "decision.reason", "a refusal needs a reason"
    yield from _history_problems(app)
