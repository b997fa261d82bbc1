"""domain.checklist: the one rule of "checklist complete" for review, shared by the
workstation and the server."""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.domain.catalogue import Catalogue, load_catalogue
from workstation.domain.checklist import checklist_complete, missing_documents
from workstation.domain.model import (
    Application,
    ChecklistItem,
    DocumentType,
    Person,
    Sex,
    Status,
    TravelDocument,
)

TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def _person(birth: dt.date, passport: str = "U12345678") -> Person:
    return Person(
        id="p-1",
        surname="Məmmədova",
        given_names="Ayşə",
        sex=Sex.FEMALE,
        birth_date=birth,
        citizenship="TUR",
        document=TravelDocument(
            DocumentType.ORDINARY, passport, "TUR", dt.date(2020, 1, 1), dt.date(2035, 1, 1)
        ),
    )


def _app(service: str, *items: tuple[str, bool]) -> Application:
    return Application(
        id="a-1",
        number="BAK1-2026-0000001",
        service_code=service,
        person_id="p-1",
        status=Status.RECEIVED,
        center_code="BAK1",
        checklist=tuple(ChecklistItem(code, received) for code, received in items),
    )


def test_optional_documents_may_be_missing(catalogue: Catalogue) -> None:
    app = _app(
        "REF", ("application_form", True), ("interview_record", True), ("identity_documents", False)
    )
    assert checklist_complete(catalogue, app, _person(dt.date(1990, 1, 1)), TODAY)


def test_a_required_document_unreceived_or_unlisted_is_missing(catalogue: Catalogue) -> None:
    adult = _person(dt.date(1990, 1, 1))
    unreceived = _app("REF", ("application_form", True), ("interview_record", False))
    assert [e.field for e in missing_documents(catalogue, unreceived, adult, TODAY)] == [
        "checklist.interview_record"
    ]
    unlisted = _app("REF", ("application_form", True))
    assert not checklist_complete(catalogue, unlisted, adult, TODAY)


def test_a_conditional_document_is_asked_only_when_it_applies(catalogue: Catalogue) -> None:
    app = _app("REG-STAY", ("application_form", True), ("passport_visa_entry", True))
    assert checklist_complete(catalogue, app, _person(dt.date(1990, 1, 1)), TODAY)
    child_without_passport = _person(dt.date(2020, 1, 1), passport="")
    missing = missing_documents(catalogue, app, child_without_passport, TODAY)
    assert [e.field for e in missing] == ["checklist.birth_certificate"]
