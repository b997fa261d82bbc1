"""Steps 2 to 4 of handling a pushed mutation (docs/protocol-v1.md): the shape and
record checks, the user's rights through the state machine, and the leased numbers.
Each failure is a `Rejected` with a stable code; nothing is stored then."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from workstation.domain import states
from workstation.domain.catalogue import Catalogue
from workstation.domain.checklist import missing_documents
from workstation.domain.errors import TransitionRefused
from workstation.domain.merge import new_steps, transition_between
from workstation.domain.model import Role, Status
from workstation.domain.record_checks import application_problems, person_problems
from workstation.domain.serialize import (
    application_from_dict,
    application_to_dict,
    permit_from_dict,
    permit_to_dict,
    person_from_dict,
    person_to_dict,
)
from workstation.server import leases, records

JSON = dict[str, Any]


class Rejected(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Actor:
    """Who pushes: the user (from the token) on the workstation (from the database)."""

    username: str
    role: Role
    workstation_id: str
    center_code: str


def normalise(entity: str, data: JSON, catalogue: Catalogue, today: dt.date) -> JSON:
    """The record in its canonical `serialize` shape, or `Rejected` with every problem."""
    try:
        if entity == "person":
            person = person_from_dict(data)
            problems = list(person_problems(person, today))
            shaped = person_to_dict(person)
        elif entity == "application":
            app = application_from_dict(data)
            problems = list(application_problems(app, catalogue, today))
            shaped = application_to_dict(app)
        else:
            shaped = permit_to_dict(permit_from_dict(data))
            problems = []
    except KeyError as exc:
        raise Rejected("invalid_record", f"{exc.args[0] if exc.args else ''}: is missing") from exc
    except (ValueError, TypeError) as exc:
        raise Rejected("invalid_record", str(exc)) from exc
    if problems:
        raise Rejected("invalid_record", "; ".join(f"{f}: {r}" for f, r in problems))
    unknown = sorted(set(data) - set(shaped))
    if unknown:
        raise Rejected("invalid_record", f"unknown fields: {', '.join(unknown)}")
    return shaped


def check_rights(actor: Actor, changed: JSON, prev: JSON) -> None:
    """Every status change the mutation makes must be a transition the user's role may
    take (an officer cannot approve or refuse)."""
    for step in new_steps(changed, prev):
        transition = transition_between(step.source, step.target)
        if transition is None:
            raise Rejected(
                "illegal_transition", f"{step.source} → {step.target} is not a legal transition"
            )
        try:
            states.check(
                Status(step.source),
                transition.action,
                actor.role,
                reason=str(step.entry.get("reason", "")) if step.entry else "(not given)",
            )
        except TransitionRefused as exc:
            raise Rejected(exc.code, exc.message.en) from exc


def check_create_rights(actor: Actor, entity: str, data: JSON) -> None:
    """A create's history is checked step by step from a draft; one that arrives beyond
    a draft with no history (an import) must lie where the user's role could have taken
    it (an officer cannot create an approved application)."""
    check_rights(actor, data, {"status": "draft", "history": []})
    if entity != "application" or data.get("history"):
        return
    for transition in states.path_to(Status(str(data.get("status")))) or ():
        if actor.role not in transition.roles:
            raise Rejected(
                "role_not_allowed",
                f"The role '{actor.role.value}' may not create an application "
                f"in status '{data.get('status')}'.",
            )


_REVIEWED = frozenset({Status.UNDER_REVIEW, *states.DECIDED})


def check_checklist(
    session: Session, catalogue: Catalogue, today: dt.date, *, changed: JSON, prev: JSON, data: JSON
) -> None:
    """An update that submits for review (and leaves the application under review or
    beyond) needs every required document that applies received: the rule of
    `domain.checklist`, which the workstation applies too. `data` is the application as
    it will be stored (after the merge). Like the reception timing rules, this is a rule
    of the step, not of records that already exist: a create (an import) is not asked."""
    submits = False
    for step in new_steps(changed, prev):
        transition = transition_between(step.source, step.target)
        submits = submits or (transition is not None and transition.needs_complete_checklist)
    if not submits or Status(str(data.get("status"))) not in _REVIEWED:
        return
    person = records.find(session, "person", str(data.get("person_id")))
    if person is None:
        raise Rejected("person_unknown", "The applicant is not known to the server.")
    missing = missing_documents(
        catalogue, application_from_dict(data), person_from_dict(person.data), today
    )
    if missing:
        raise Rejected(
            "checklist_incomplete",
            "Not all required documents have been received: "
            + " ".join(error.message.en for error in missing),
        )


def check_references(session: Session, actor: Actor, entity: str, data: JSON) -> None:
    if entity == "application":
        if data.get("center_code") != actor.center_code:
            raise Rejected("wrong_center", "The application belongs to another service center.")
        person = records.find(session, "person", str(data.get("person_id")))
        if person is None or person.center_code != actor.center_code:
            raise Rejected("person_unknown", "The applicant is not known to the server.")
    elif entity == "permit":
        app = records.find(session, "application", str(data.get("application_id")))
        if app is None or app.center_code != actor.center_code:
            raise Rejected("application_unknown", "The application is not known to the server.")


def check_numbers(session: Session, actor: Actor, entity: str, data: JSON, before: JSON) -> None:
    """A number that is new or changed must lie in a lease of this workstation."""
    try:
        if entity == "application":
            number = str(data.get("number", ""))
            if number and number != before.get("number"):
                leases.check_application_number(
                    session, actor.workstation_id, actor.center_code, number
                )
                if records.number_holder(session, number, str(data.get("id"))) is not None:
                    raise Rejected("number_taken", "Another application has this number.")
        elif entity == "permit":
            number = str(data.get("card_number", ""))
            if number != before.get("card_number"):
                leases.check_card_number(session, actor.workstation_id, number)
    except leases.NumberRefused as exc:
        raise Rejected(exc.code, exc.reason) from exc
