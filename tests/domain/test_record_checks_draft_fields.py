"""A draft is saved half-filled at the counter (the reception form's Save draft) and is
pushed like any change: the record checks, which the server applies to every pushed
record, must not ask a draft for required fields — but must still refuse a malformed
value in one, and must ask a received application for every required field."""

from __future__ import annotations

import dataclasses
import datetime as dt

from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Application, Status
from workstation.domain.record_checks import application_problems
from workstation.samples.generator import generate

TODAY = dt.date(2026, 6, 1)
CATALOGUE = load_catalogue()


def _app_with_required_field() -> tuple[Application, str]:
    for app in generate(40, 5, CATALOGUE, today=TODAY).applications:
        service = CATALOGUE.service(app.service_code)
        required = [f.code for f in service.fields if f.required and f.code in app.fields]
        if required and app.status is Status.RECEIVED:
            return app, required[0]
    raise AssertionError("no received application with a required field in the sample")


def _as_draft(app: Application) -> Application:
    return dataclasses.replace(
        app, status=Status.DRAFT, received_at=None, received_by="", due_date=None, history=()
    )


def test_a_draft_may_leave_required_fields_blank() -> None:
    app, code = _app_with_required_field()
    fields = {k: v for k, v in app.fields.items() if k != code}
    draft = dataclasses.replace(_as_draft(app), fields=fields)
    assert list(application_problems(draft, CATALOGUE, TODAY)) == []


def test_a_received_application_needs_every_required_field() -> None:
    app, code = _app_with_required_field()
    fields = {k: v for k, v in app.fields.items() if k != code}
    received = dataclasses.replace(app, fields=fields)
    problems = list(application_problems(received, CATALOGUE, TODAY))
    assert [(field, reason.endswith("this field is required.")) for field, reason in problems] == [
        (f"fields.{code}", True)
    ]


def test_a_draft_still_may_not_hold_an_unknown_field() -> None:
    app, _ = _app_with_required_field()
    draft = dataclasses.replace(_as_draft(app), fields={**app.fields, "shoe_size": "44"})
    problems = list(application_problems(draft, CATALOGUE, TODAY))
    assert [field for field, _ in problems] == ["fields.shoe_size"]
