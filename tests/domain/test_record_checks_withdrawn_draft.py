"""Regression: a draft withdrawn on a workstation (legal: DESIGN.md section 2, "withdrawn
from any state before a decision") was rejected by the server's record checks
("received_at: required once the application is withdrawn"), leaving the workstation
and the server apart for good. Found by tests/integration/test_sync_statemachine.py."""

from __future__ import annotations

import dataclasses
import datetime as dt

from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Application, Status, StatusChange
from workstation.domain.record_checks import application_problems
from workstation.samples.generator import generate

TODAY = dt.date(2026, 6, 1)
AT = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
CATALOGUE = load_catalogue()


def _draft() -> Application:
    app = generate(1, 3, CATALOGUE, today=TODAY).applications[0]
    return dataclasses.replace(
        app,
        status=Status.DRAFT,
        received_at=None,
        received_by="",
        due_date=None,
        decision=None,
        history=(),
        payment_ref="",
        assignee="",
    )


def _step(source: Status, target: Status) -> StatusChange:
    return StatusChange(at=AT, by="o1", from_status=source, to_status=target, reason="asked to")


def test_a_withdrawn_draft_needs_no_reception() -> None:
    app = dataclasses.replace(
        _draft(),
        status=Status.WITHDRAWN,
        history=(_step(Status.DRAFT, Status.WITHDRAWN),),
    )
    assert list(application_problems(app, CATALOGUE, TODAY)) == []


def test_an_application_withdrawn_after_reception_still_needs_received_at() -> None:
    app = dataclasses.replace(
        _draft(),
        status=Status.WITHDRAWN,
        history=(_step(Status.DRAFT, Status.RECEIVED), _step(Status.RECEIVED, Status.WITHDRAWN)),
    )
    assert ("received_at", "required once the application is withdrawn") in list(
        application_problems(app, CATALOGUE, TODAY)
    )


def test_a_received_application_without_received_at_is_still_refused() -> None:
    app = dataclasses.replace(
        _draft(), status=Status.RECEIVED, history=(_step(Status.DRAFT, Status.RECEIVED),)
    )
    assert ("received_at", "required once the application is received") in list(
        application_problems(app, CATALOGUE, TODAY)
    )
