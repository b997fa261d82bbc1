"""Entities to and from plain JSON-ready dictionaries.

One shape for everything that leaves the process: the export file, the import file,
the outbox's `changed`/`prev` payloads and (later) the sync protocol and the server's
export. Dates are ISO 8601 text, datetimes ISO 8601 in UTC with a `Z`, money is
decimal text, enums their values. `from_dict` raises `ValueError`/`KeyError`/`TypeError`
on a malformed record; callers turn those into structured errors.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from workstation.domain.model import (
    Application,
    ChecklistItem,
    Decision,
    DocumentType,
    Outcome,
    Permit,
    Person,
    PrintEvent,
    PrintJournalEntry,
    Sex,
    Status,
    StatusChange,
    TravelDocument,
)

JSON = dict[str, Any]


def date_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def datetime_text(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return _datetime_text(value)


@lru_cache(maxsize=1 << 16)
def _datetime_text(value: dt.datetime) -> str:
    """The UTC text of an instant (a naive one read as UTC), remembered: the same instants
    recur in a pull (history entries, decisions). Equal datetimes are the same instant
    (an aware one never equals a naive one), so they share one text."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected a date as text (YYYY-MM-DD), got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def parse_optional_date(value: Any) -> dt.date | None:
    return None if value is None else parse_date(value)


def parse_datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp as text, got {type(value).__name__}")
    if type(value) is str:  # the same instants recur in an import (history, decisions)
        return _parse_datetime_text(value)
    return _parse_datetime_text.__wrapped__(value)


@lru_cache(maxsize=1 << 16)
def _parse_datetime_text(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {value!r}")
    return parsed.astimezone(dt.UTC)


def parse_optional_datetime(value: Any) -> dt.datetime | None:
    return None if value is None else parse_datetime(value)


def _text(data: JSON, key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if type(value) is str:  # the usual case, first
        return value
    if value is None:
        if default is not None:
            return default
        raise KeyError(key)
    if not isinstance(value, str):
        raise TypeError(f"{key}: expected text, got {type(value).__name__}")
    return value


def _money(value: Any) -> Decimal:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise TypeError(f"expected an amount as text, got {type(value).__name__}")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount


def document_to_dict(doc: TravelDocument) -> JSON:
    return {
        "type": doc.type.value,
        "number": doc.number,
        "issuing_state": doc.issuing_state,
        "issue_date": date_text(doc.issue_date),
        "expiry_date": date_text(doc.expiry_date),
    }


def document_from_dict(data: JSON) -> TravelDocument:
    return TravelDocument(
        type=DocumentType(_text(data, "type")),
        number=_text(data, "number"),
        issuing_state=_text(data, "issuing_state"),
        issue_date=parse_optional_date(data.get("issue_date")),
        expiry_date=parse_date(data["expiry_date"]),
    )


PERSON_TEXT_FIELDS = (
    "surname",
    "given_names",
    "patronymic",
    "birth_place",
    "citizenship",
    "pin",
    "fin",
    "phone",
    "email",
    "address",
    "photo_sha256",
)


def person_to_dict(person: Person) -> JSON:
    data: JSON = {"id": person.id}
    for key in PERSON_TEXT_FIELDS:
        data[key] = getattr(person, key)
    data["sex"] = person.sex.value
    data["birth_date"] = date_text(person.birth_date)
    data["document"] = document_to_dict(person.document)
    return data


def person_from_dict(data: JSON, version: int = 0) -> Person:
    if not isinstance(data, dict):
        raise TypeError("a person must be an object")
    document = data["document"]
    if not isinstance(document, dict):
        raise TypeError("document: expected an object")
    optional = {key: _text(data, key, "") for key in PERSON_TEXT_FIELDS}
    optional.pop("surname")
    optional.pop("given_names")
    optional.pop("citizenship")
    return Person(
        id=_text(data, "id"),
        surname=_text(data, "surname"),
        given_names=_text(data, "given_names", ""),
        sex=Sex(_text(data, "sex")),
        birth_date=parse_date(data["birth_date"]),
        citizenship=_text(data, "citizenship"),
        document=document_from_dict(document),
        version=version,
        **optional,
    )


def checklist_to_list(items: tuple[ChecklistItem, ...]) -> list[JSON]:
    return [
        {
            "code": item.code,
            "received": item.received,
            "attachment_sha256": item.attachment_sha256,
            "note": item.note,
        }
        for item in items
    ]


_CHECKLIST_ITEMS: dict[tuple[str, bool, str, str], ChecklistItem] = {}
_CHECKLIST_ITEMS_LIMIT = 1 << 16


def _known_checklist_item(raw: JSON) -> ChecklistItem | None:
    """The item of a well-formed `raw` (items repeat a lot in an import: one shared,
    immutable instance each); None when `raw` needs the full checks."""
    code = raw.get("code")
    received = raw.get("received", False)
    sha = raw.get("attachment_sha256", "")
    note = raw.get("note", "")
    if not (
        type(code) is str and type(received) is bool and type(sha) is str and type(note) is str
    ):
        return None
    key = (code, received, sha, note)
    item = _CHECKLIST_ITEMS.get(key)
    if item is None:
        item = ChecklistItem(code=code, received=received, attachment_sha256=sha, note=note)
        if len(_CHECKLIST_ITEMS) < _CHECKLIST_ITEMS_LIMIT:
            _CHECKLIST_ITEMS[key] = item
    return item


def checklist_from_list(items: Any) -> tuple[ChecklistItem, ...]:
    if not isinstance(items, list):
        raise TypeError("checklist: expected a list")
    result = []
    for raw in items:
        if not isinstance(raw, dict):
            raise TypeError("checklist item: expected an object")
        item = _known_checklist_item(raw)
        if item is not None:
            result.append(item)
            continue
        received = raw.get("received", False)
        if not isinstance(received, bool):
            raise TypeError("checklist item received: expected true or false")
        result.append(
            ChecklistItem(
                code=_text(raw, "code"),
                received=received,
                attachment_sha256=_text(raw, "attachment_sha256", ""),
                note=_text(raw, "note", ""),
            )
        )
    return tuple(result)


def decision_to_dict(decision: Decision | None) -> JSON | None:
    if decision is None:
        return None
    return {
        "outcome": decision.outcome.value,
        "by": decision.by,
        "at": datetime_text(decision.at),
        "reason": decision.reason,
    }


def decision_from_dict(data: Any) -> Decision | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise TypeError("decision: expected an object")
    return Decision(
        outcome=Outcome(_text(data, "outcome")),
        by=_text(data, "by"),
        at=parse_datetime(data["at"]),
        reason=_text(data, "reason", ""),
    )


def history_to_list(history: tuple[StatusChange, ...]) -> list[JSON]:
    return [
        {
            "at": datetime_text(step.at),
            "by": step.by,
            "from": step.from_status.value,
            "to": step.to_status.value,
            "reason": step.reason,
        }
        for step in history
    ]


def history_from_list(items: Any) -> tuple[StatusChange, ...]:
    if not isinstance(items, list):
        raise TypeError("history: expected a list")
    steps = []
    for raw in items:
        if not isinstance(raw, dict):
            raise TypeError("history step: expected an object")
        steps.append(
            StatusChange(
                at=parse_datetime(raw["at"]),
                by=_text(raw, "by"),
                from_status=Status(_text(raw, "from")),
                to_status=Status(_text(raw, "to")),
                reason=_text(raw, "reason", ""),
            )
        )
    return tuple(steps)


def _field_values(data: Any) -> dict[str, str | int | bool | None]:
    if not isinstance(data, dict):
        raise TypeError("fields: expected an object")
    for key, value in data.items():
        if not isinstance(key, str):
            raise TypeError("fields: keys must be text")
        if value is not None and not isinstance(value, (str, int, bool)):
            raise TypeError(f"fields.{key}: expected text, a number or true/false")
    return dict(data)


def application_to_dict(app: Application) -> JSON:
    return {
        "id": app.id,
        "number": app.number,
        "service_code": app.service_code,
        "person_id": app.person_id,
        "status": app.status.value,
        "center_code": app.center_code,
        "received_at": datetime_text(app.received_at),
        "received_by": app.received_by,
        "due_date": date_text(app.due_date),
        "fields": {key: app.fields[key] for key in sorted(app.fields)},
        "checklist": checklist_to_list(app.checklist),
        "fee_tier": app.fee_tier,
        "fee_amount": str(app.fee_amount),
        "payment_ref": app.payment_ref,
        "assignee": app.assignee,
        "decision": decision_to_dict(app.decision),
        "history": history_to_list(app.history),
    }


def application_from_dict(data: JSON, version: int = 0) -> Application:
    if not isinstance(data, dict):
        raise TypeError("an application must be an object")
    return Application(
        id=_text(data, "id"),
        number=_text(data, "number"),
        service_code=_text(data, "service_code"),
        person_id=_text(data, "person_id"),
        status=Status(_text(data, "status")),
        center_code=_text(data, "center_code"),
        received_at=parse_optional_datetime(data.get("received_at")),
        received_by=_text(data, "received_by", ""),
        due_date=parse_optional_date(data.get("due_date")),
        fields=_field_values(data.get("fields", {})),
        checklist=checklist_from_list(data.get("checklist", [])),
        fee_tier=_text(data, "fee_tier", ""),
        fee_amount=_money(data.get("fee_amount", "0")),
        payment_ref=_text(data, "payment_ref", ""),
        assignee=_text(data, "assignee", ""),
        decision=decision_from_dict(data.get("decision")),
        history=history_from_list(data.get("history", [])),
        version=version,
    )


def changed_fields(before: JSON, after: JSON) -> tuple[JSON, JSON]:
    """The top-level keys that differ: (new values, previous values), for the outbox."""
    keys = sorted(k for k in after.keys() | before.keys() if before.get(k) != after.get(k))
    return {k: after.get(k) for k in keys}, {k: before.get(k) for k in keys}


def _journal_entry(entry: PrintJournalEntry) -> JSON:
    item: JSON = {
        "event": entry.event.value,
        "at": datetime_text(entry.at),
        "by": entry.by,
        "workstation_id": entry.workstation_id,
        "reason": entry.reason,
    }
    # sent only when not the default, so entries of older workstations look the same
    if entry.copies != 1:
        item["copies"] = entry.copies
    if entry.approved_by:
        item["approved_by"] = entry.approved_by
    return item


def journal_to_list(entries: tuple[PrintJournalEntry, ...]) -> list[JSON]:
    return [_journal_entry(entry) for entry in entries]


def journal_from_list(items: Any) -> tuple[PrintJournalEntry, ...]:
    if not isinstance(items, list):
        raise TypeError("journal: expected a list")
    entries = []
    for raw in items:
        if not isinstance(raw, dict):
            raise TypeError("journal entry: expected an object")
        entries.append(
            PrintJournalEntry(
                event=PrintEvent(_text(raw, "event")),
                at=parse_datetime(raw["at"]),
                by=_text(raw, "by"),
                workstation_id=_text(raw, "workstation_id"),
                reason=_text(raw, "reason", ""),
                copies=_copies(raw.get("copies", 1)),
                approved_by=_text(raw, "approved_by", ""),
            )
        )
    return tuple(entries)


def _copies(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 100:
        raise ValueError(f"journal entry copies: expected 1 to 100, got {value!r}")
    return value


def permit_to_dict(permit: Permit) -> JSON:
    return {
        "id": permit.id,
        "application_id": permit.application_id,
        "card_number": permit.card_number,
        "card_type": permit.card_type,
        "valid_from": date_text(permit.valid_from),
        "valid_until": date_text(permit.valid_until),
        "printed_at": datetime_text(permit.printed_at),
        "printed_by": permit.printed_by,
        "workstation_id": permit.workstation_id,
        "journal": journal_to_list(permit.journal),
    }


def permit_from_dict(data: JSON, version: int = 0) -> Permit:
    if not isinstance(data, dict):
        raise TypeError("a permit must be an object")
    return Permit(
        id=_text(data, "id"),
        application_id=_text(data, "application_id"),
        card_number=_text(data, "card_number"),
        card_type=_text(data, "card_type"),
        valid_from=parse_date(data["valid_from"]),
        valid_until=parse_date(data["valid_until"]),
        printed_at=parse_optional_datetime(data.get("printed_at")),
        printed_by=_text(data, "printed_by", ""),
        workstation_id=_text(data, "workstation_id", ""),
        journal=journal_from_list(data.get("journal", [])),
        version=version,
    )
