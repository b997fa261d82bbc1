"""The import/export file: one JSON document with persons and applications.

Export is stable (same data, same bytes): records sorted (persons by id, applications by
number then id), keys sorted, UTF-8 with letters as written. Import checks every record
and rejects the whole file with each bad record's place, field and reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from workstation.domain.errors import DomainError
from workstation.domain.gcpause import collector_paused
from workstation.domain.model import Application, Person
from workstation.domain.serialize import (
    application_from_dict,
    application_to_dict,
    person_from_dict,
    person_to_dict,
)

FORMAT = "workstation-export"
FORMAT_VERSION = 1
MAX_ERRORS_SHOWN = 20


@dataclass(frozen=True, slots=True)
class RecordError:
    """What is wrong with one record: where (``applications[12]``), which field, why."""

    where: str
    field: str
    reason: str

    def __str__(self) -> str:
        field = f" {self.field}" if self.field else ""
        return f"{self.where}{field}: {self.reason}"


class ImportRejected(DomainError):
    """The file was not imported at all; `errors` lists every bad record found."""

    def __init__(self, errors: list[RecordError]) -> None:
        self.errors = tuple(errors)
        shown = "; ".join(str(e) for e in self.errors[:MAX_ERRORS_SHOWN])
        more = len(self.errors) - MAX_ERRORS_SHOWN
        suffix = f"; and {more} more" if more > 0 else ""
        super().__init__(f"file rejected, nothing imported: {shown}{suffix}")


@dataclass(frozen=True, slots=True)
class Batch:
    persons: tuple[Person, ...]
    applications: tuple[Application, ...]


PersonCheck = Callable[[Person], Iterable[tuple[str, str]]]
ApplicationCheck = Callable[[Application], Iterable[tuple[str, str]]]
"""A check returns (field, reason) pairs; an empty iterable means the record is fine."""


def dumps(persons: Iterable[Person], applications: Iterable[Application]) -> bytes:
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "persons": [person_to_dict(p) for p in sorted(persons, key=lambda p: p.id)],
        "applications": [
            application_to_dict(a) for a in sorted(applications, key=lambda a: (a.number, a.id))
        ],
    }
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode("utf-8")


def _reason(exc: Exception) -> tuple[str, str]:
    if isinstance(exc, KeyError):
        return str(exc.args[0]) if exc.args else "", "is missing"
    return "", str(exc) or type(exc).__name__


def _decode(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportRejected([RecordError("file", "", f"not UTF-8 text ({exc.reason})")]) from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise ImportRejected([RecordError("file", "", f"not JSON: {exc.msg} at {where}")]) from exc
    if not isinstance(document, dict):
        raise ImportRejected([RecordError("file", "", "expected a JSON object")])
    problems = []
    if document.get("format") != FORMAT:
        problems.append(RecordError("file", "format", f"expected {FORMAT!r}"))
    if document.get("version") != FORMAT_VERSION:
        problems.append(RecordError("file", "version", f"expected {FORMAT_VERSION}"))
    for key in ("persons", "applications"):
        if not isinstance(document.get(key), list):
            problems.append(RecordError("file", key, "expected a list"))
    unknown = sorted(set(document) - {"format", "version", "persons", "applications"})
    if unknown:
        problems.append(RecordError("file", ", ".join(unknown), "unknown keys"))
    if problems:
        raise ImportRejected(problems)
    return document


def loads(
    data: bytes,
    check_person: PersonCheck,
    check_application: ApplicationCheck,
    known_person_ids: Callable[[set[str]], set[str]] = lambda ids: set(),
) -> Batch:
    """Parse and check a whole file; raise `ImportRejected` listing every bad record.

    `known_person_ids(ids)` answers which of the given person ids already exist where the
    file is going (so an application may refer to a person stored earlier).
    """
    with collector_paused():
        return _loads(data, check_person, check_application, known_person_ids)


def _loads(
    data: bytes,
    check_person: PersonCheck,
    check_application: ApplicationCheck,
    known_person_ids: Callable[[set[str]], set[str]],
) -> Batch:
    document = _decode(data)
    errors: list[RecordError] = []
    persons: list[Person] = []
    person_ids: set[str] = set()
    for index, raw in enumerate(document["persons"]):
        where = f"persons[{index}]"
        try:
            person = person_from_dict(raw)
        except (KeyError, TypeError, ValueError) as exc:
            errors.append(RecordError(where, *_reason(exc)))
            continue
        if person.id in person_ids:
            errors.append(RecordError(where, "id", f"duplicate id {person.id}"))
        person_ids.add(person.id)
        errors.extend(RecordError(where, f, r) for f, r in check_person(person))
        persons.append(person)

    applications: list[tuple[int, Application]] = []
    ids: set[str] = set()
    numbers: set[str] = set()
    for index, raw in enumerate(document["applications"]):
        where = f"applications[{index}]"
        try:
            app = application_from_dict(raw)
        except (KeyError, TypeError, ValueError) as exc:
            errors.append(RecordError(where, *_reason(exc)))
            continue
        if app.id in ids:
            errors.append(RecordError(where, "id", f"duplicate id {app.id}"))
        if app.number in numbers:
            errors.append(RecordError(where, "number", f"duplicate number {app.number}"))
        ids.add(app.id)
        numbers.add(app.number)
        errors.extend(RecordError(where, f, r) for f, r in check_application(app))
        applications.append((index, app))

    missing = {a.person_id for _, a in applications} - person_ids
    if missing:
        missing -= known_person_ids(missing)
    for index, app in applications:
        if app.person_id in missing:
            errors.append(
                RecordError(f"applications[{index}]", "person_id", f"no person {app.person_id}")
            )
    if errors:
        errors.sort(key=_error_order)
        raise ImportRejected(errors)
    return Batch(tuple(persons), tuple(a for _, a in applications))


def _error_order(error: RecordError) -> tuple[int, int, str]:
    head, _, rest = error.where.partition("[")
    index = int(rest.rstrip("]")) if rest else -1
    return ({"file": 0, "persons": 1, "applications": 2}.get(head, 3), index, error.field)
