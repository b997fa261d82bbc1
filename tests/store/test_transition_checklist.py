"""submit_for_review in the unit of work asks the catalogue's rule (domain.checklist):
every REQUIRED document that applies received; an optional one may be missing, and a
required one that is not even listed blocks it."""

from __future__ import annotations

import pytest

from tests.store.store_factory import make_application, make_person
from workstation.domain.errors import TransitionRefused
from workstation.domain.model import ChecklistItem, Role, Status
from workstation.store import Actor, Store

# REF: application_form and interview_record required, identity_documents optional.
OPTIONAL_MISSING = (
    ChecklistItem("application_form", received=True),
    ChecklistItem("interview_record", received=True),
    ChecklistItem("identity_documents", received=False),
)
REQUIRED_NOT_LISTED = (
    ChecklistItem("application_form", received=True),
    ChecklistItem("identity_documents", received=True),
)


def _received(store: Store, actor: Actor, checklist: tuple[ChecklistItem, ...]) -> str:
    person = make_person()
    app = make_application(
        person, 1, service_code="REF", status=Status.RECEIVED, history=(), checklist=checklist
    )
    with store.unit_of_work(actor) as uow:
        uow.add_person(person)
        uow.add_application(app)
    return app.id


def test_an_optional_document_missing_does_not_block_review(store: Store, actor: Actor) -> None:
    app_id = _received(store, actor, OPTIONAL_MISSING)
    with store.unit_of_work(actor) as uow:
        submitted = uow.transition(app_id, "submit_for_review", Role.OFFICER)
    assert submitted.status is Status.UNDER_REVIEW


def test_a_required_document_not_listed_blocks_review(store: Store, actor: Actor) -> None:
    app_id = _received(store, actor, REQUIRED_NOT_LISTED)
    with store.unit_of_work(actor) as uow, pytest.raises(TransitionRefused) as refused:
        uow.transition(app_id, "submit_for_review", Role.OFFICER)
    assert refused.value.code == "checklist_incomplete"
    with store.read() as repos:
        assert repos.applications.get(app_id).status is Status.RECEIVED
