"""Canonical JSON (`columns.dumps`) of new persons and applications, written out directly.

``dumps(person_to_dict(p))`` builds a dictionary and sorts its keys for every record; a
bulk import of a million records spends much of its time there. These functions write
the same text from the entity's attributes, keys in sorted order, each string through
the very encoder `json.dumps` uses; `application_json` also gives the JSON of the
``fields`` and ``history`` columns, which are parts of it. When a value is not of the
type the model declares, they fall back to the plain way (`tests/store/test_bulk.py`
checks that both agree).
"""

from __future__ import annotations

import json
from typing import Any

from workstation.domain.model import Application, Person
from workstation.domain.serialize import (
    application_to_dict,
    datetime_text,
    history_to_list,
    person_to_dict,
)
from workstation.store.columns import dumps

_str = json.encoder.encode_basestring  # raises TypeError on anything but text


def _opt(value: str | None) -> str:
    return "null" if value is None else _str(value)


def _bool(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise TypeError("not a bool")


def _date(value: Any) -> str:
    return "null" if value is None else _str(value.isoformat())


def _person(p: Person) -> str:
    doc = p.document
    return (
        f'{{"address":{_str(p.address)},"birth_date":{_date(p.birth_date)},'
        f'"birth_place":{_str(p.birth_place)},"citizenship":{_str(p.citizenship)},'
        f'"document":{{"expiry_date":{_date(doc.expiry_date)},'
        f'"issue_date":{_date(doc.issue_date)},"issuing_state":{_str(doc.issuing_state)},'
        f'"number":{_str(doc.number)},"type":{_str(doc.type.value)}}},'
        f'"email":{_str(p.email)},"fin":{_str(p.fin)},"given_names":{_str(p.given_names)},'
        f'"id":{_str(p.id)},"patronymic":{_str(p.patronymic)},"phone":{_str(p.phone)},'
        f'"photo_sha256":{_str(p.photo_sha256)},"pin":{_str(p.pin)},'
        f'"sex":{_str(p.sex.value)},"surname":{_str(p.surname)}}}'
    )


def person_json(person: Person) -> str:
    """``dumps(person_to_dict(person))``."""
    try:
        return _person(person)
    except (TypeError, AttributeError):
        return dumps(person_to_dict(person))


def _history(app: Application) -> str:
    steps = [
        f'{{"at":{_opt(datetime_text(s.at))},"by":{_str(s.by)},"from":{_str(s.from_status.value)},'
        f'"reason":{_str(s.reason)},"to":{_str(s.to_status.value)}}}'
        for s in app.history
    ]
    return f"[{','.join(steps)}]"


def _application(app: Application, fields: str, history: str) -> str:
    checklist = ",".join(
        f'{{"attachment_sha256":{_str(i.attachment_sha256)},"code":{_str(i.code)},'
        f'"note":{_str(i.note)},"received":{_bool(i.received)}}}'
        for i in app.checklist
    )
    d = app.decision
    decision = (
        "null"
        if d is None
        else f'{{"at":{_opt(datetime_text(d.at))},"by":{_str(d.by)},'
        f'"outcome":{_str(d.outcome.value)},"reason":{_str(d.reason)}}}'
    )
    return (
        f'{{"assignee":{_str(app.assignee)},"center_code":{_str(app.center_code)},'
        f'"checklist":[{checklist}],"decision":{decision},"due_date":{_date(app.due_date)},'
        f'"fee_amount":{_str(str(app.fee_amount))},"fee_tier":{_str(app.fee_tier)},'
        f'"fields":{fields},"history":{history},"id":{_str(app.id)},'
        f'"number":{_str(app.number)},"payment_ref":{_str(app.payment_ref)},'
        f'"person_id":{_str(app.person_id)},"received_at":{_opt(datetime_text(app.received_at))},'
        f'"received_by":{_str(app.received_by)},"service_code":{_str(app.service_code)},'
        f'"status":{_str(app.status.value)}}}'
    )


def columns_json(app: Application) -> tuple[str, str]:
    """``dumps`` of the application's ``fields`` and of its ``history`` (its stored
    columns; without the whole record's JSON, which a pulled row does not need)."""
    fields = dumps({key: app.fields[key] for key in sorted(app.fields)})
    try:
        return fields, _history(app)
    except (TypeError, AttributeError):
        return fields, dumps(history_to_list(app.history))


def application_json(app: Application) -> tuple[str, str, str]:
    """``dumps`` of `application_to_dict`, of its ``fields`` and of its ``history``."""
    fields = dumps({key: app.fields[key] for key in sorted(app.fields)})
    try:
        history = _history(app)
        return _application(app, fields, history), fields, history
    except (TypeError, AttributeError):
        return dumps(application_to_dict(app)), fields, dumps(history_to_list(app.history))
