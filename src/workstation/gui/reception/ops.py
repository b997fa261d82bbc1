"""What the reception form asks of the store and the disk: plain functions, run off the
GUI thread through ``ctx.runner`` (reads on a reader, writes on the writer thread)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from workstation.domain.catalogue_model import Catalogue
from workstation.domain.ids import new_id
from workstation.domain.model import Application, AttachmentRef, Person, Role, Status
from workstation.domain.validation import format_screen_date
from workstation.gui.reception.checks import fee_of
from workstation.gui.reception.formstate import (
    Attached,
    FormState,
    ItemState,
    build_person,
    checklist_items,
    due_date,
    field_values,
)
from workstation.store import Actor, Store
from workstation.store.search import identifier_key
from workstation.store.tables import AttachmentRow

MAX_FILE_BYTES = 20 * 1024 * 1024
SEARCH_LIMIT = 30
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


class FileRejected(Exception):
    """A file that may not be attached; `reason` is ``empty``, ``too_big``, ``bad_type``
    or ``unreadable``."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path.name}: {reason} {detail}".strip())


class DuplicatePerson(Exception):
    """A new applicant's passport number is already known: officer must choose."""

    def __init__(self, persons: list[Person]) -> None:
        self.persons = persons
        super().__init__(f"{len(persons)} person(s) with this document number")


class NotADraft(Exception):
    """The application was received (elsewhere?) meanwhile: the form may not change it."""

    def __init__(self, status: Status) -> None:
        self.status = status
        super().__init__(status.value)


@dataclass(frozen=True, slots=True)
class Saved:
    application_id: str
    person_id: str
    person_version: int
    status: Status
    number: str
    due_date: dt.date | None


# -- reading -----------------------------------------------------------------------------


def search_persons(store: Store, query: str, limit: int = SEARCH_LIMIT) -> list[Person]:
    """Persons whose passport number is `query` (ignoring spaces, dashes and case) or whose
    name starts with it, transliteration-insensitive (``mammadov`` finds ``Məmmədov``)."""
    if not query.strip():
        return []
    with store.read() as repos:
        found = repos.persons.by_document_number(query) if identifier_key(query) else []
        found += repos.persons.by_name(query, limit)
    unique = {p.id: p for p in found}
    return list(unique.values())[:limit]


def persons_with_document(store: Store, number: str, except_id: str | None) -> list[Person]:
    with store.read() as repos:
        return [p for p in repos.persons.by_document_number(number) if p.id != except_id]


def load_draft(
    store: Store, catalogue: Catalogue, application_id: str, key: str
) -> tuple[FormState, Application]:
    """The form state of a stored draft (or of any application, shown read-only)."""
    with store.read() as repos:
        app = repos.applications.get(application_id)
        person = repos.persons.get(app.person_id)
        shas = [i.attachment_sha256 for i in app.checklist if i.attachment_sha256]
        if person.photo_sha256:
            shas.append(person.photo_sha256)
        rows = {sha: repos.session.get(AttachmentRow, sha) for sha in shas}

    def attached(sha: str) -> Attached | None:
        row = rows.get(sha)
        if not sha or row is None:
            return None
        extension = {"application/pdf": "pdf", "image/png": "png"}.get(row.mime_type, "jpg")
        return Attached(sha, row.mime_type, row.size, f"{row.kind}-{sha[:8]}.{extension}")

    service = catalogue.service(app.service_code)
    fields: dict[str, str | bool] = {}
    for spec in service.fields:
        value = app.fields.get(spec.code)
        if value is None:
            continue
        if spec.type == "date" and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = format_screen_date(dt.date.fromisoformat(value))
        fields[spec.code] = value if isinstance(value, bool) else str(value)
    state = FormState(
        key=key,
        application_id=app.id,
        application_version=app.version,
        person_id=person.id,
        service_code=app.service_code,
        person=person_texts(person),
        photo=attached(person.photo_sha256),
        fields=fields,
        checklist={
            i.code: ItemState(i.received, i.note, attached(i.attachment_sha256))
            for i in app.checklist
        },
        fee_tier=app.fee_tier,
        payment_ref=app.payment_ref,
    )
    return state, app


def person_texts(person: Person) -> dict[str, str]:
    """A stored person as the applicant fields show it."""
    doc = person.document
    return {
        "surname": person.surname,
        "given_names": person.given_names,
        "patronymic": person.patronymic,
        "sex": person.sex.value,
        "birth_date": format_screen_date(person.birth_date),
        "birth_place": person.birth_place,
        "citizenship": person.citizenship,
        "document.type": doc.type.value,
        "document.number": doc.number,
        "document.issuing_state": doc.issuing_state,
        "document.issue_date": format_screen_date(doc.issue_date) if doc.issue_date else "",
        "document.expiry_date": format_screen_date(doc.expiry_date),
        "pin": person.pin,
        "fin": person.fin,
        "phone": person.phone,
        "email": person.email,
        "address": person.address,
    }


# -- files -------------------------------------------------------------------------------


def sniff(head: bytes) -> str | None:
    """The mime type of a PDF, JPEG or PNG by its first bytes, else None."""
    return next((mime for magic, mime in _MAGIC if head.startswith(magic)), None)


def read_document(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[bytes, str]:
    """The bytes and mime type of a file that may be attached, or `FileRejected`."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileRejected(path, "too_big", f"{size}")
        data = path.read_bytes()
    except OSError as exc:
        raise FileRejected(path, "unreadable", exc.strerror or str(exc)) from exc
    if not data:
        raise FileRejected(path, "empty")
    if len(data) > max_bytes:
        raise FileRejected(path, "too_big", f"{len(data)}")
    mime = sniff(data[:16])
    if mime is None:
        raise FileRejected(path, "bad_type")
    return data, mime


def store_attachment(
    store: Store, actor: Actor, data: bytes, mime_type: str, kind: str
) -> AttachmentRef:
    with store.unit_of_work(actor) as uow:
        return uow.add_attachment(data, mime_type, kind)


def attach_file(store: Store, actor: Actor, path: Path, kind: str) -> Attached:
    """Check a file and keep it in the store's attachments (content-addressed)."""
    data, mime = read_document(path)
    ref = store_attachment(store, actor, data, mime, kind)
    return Attached(ref.sha256, ref.mime_type, ref.size, path.name)


# -- saving ------------------------------------------------------------------------------


def save(  # noqa: PLR0917 - what a save needs, given by the form
    store: Store,
    catalogue: Catalogue,
    actor: Actor,
    role: Role,
    center: str,
    state: FormState,
    today: dt.date,
    *,
    receive: bool,
) -> Saved:
    """Write the form as a draft (and, with `receive`, receive it under a new leased
    number) in ONE unit of work: nothing is written when any step fails
    (`DuplicatePerson`, `NotADraft`, `NoNumbersLeft`, `TransitionRefused`)."""
    service = catalogue.service(state.service_code)
    person = build_person(state)
    if person is None:
        raise ValueError("the applicant's dates do not parse")
    tier = state.fee_tier or service.default_tier or service.tiers[0].code
    fee = fee_of(service, state, today).amount
    with store.unit_of_work(actor) as uow:
        if state.person_id is None:
            number = person.document.number
            if identifier_key(number) != state.duplicate_ack and uow.persons.has_document_number(
                number
            ):
                raise DuplicatePerson(uow.persons.by_document_number(number))
            person = dataclasses.replace(person, id=new_id())
            uow.add_person(person)
        else:
            stored_person = uow.persons.get(state.person_id)
            person = dataclasses.replace(person, id=stored_person.id, version=stored_person.version)
            uow.update_person(person)
        values: dict[str, object] = {
            "service_code": service.code,
            "person_id": person.id,
            "fields": field_values(service, state),
            "checklist": tuple(checklist_items(service, state, today)),
            "fee_tier": tier,
            "fee_amount": fee if fee is not None else 0,
            "payment_ref": state.payment_ref.strip(),
        }
        if receive:
            values["number"] = uow.new_application_number(center, today.year)
            values["due_date"] = due_date(service, tier, today)
        if state.application_id is not None:
            stored = uow.applications.get(state.application_id)
            if stored.status is not Status.DRAFT:
                raise NotADraft(stored.status)
            app = dataclasses.replace(stored, **values)  # type: ignore[arg-type]
            uow.update_application(app)
            if receive:
                app = uow.transition(app.id, "receive", role)
        else:
            values.setdefault("number", "")
            app = Application(id=new_id(), status=Status.DRAFT, center_code=center, **values)  # type: ignore[arg-type]
            if receive:  # added and received at once: one row written, two outbox rows
                app = uow.add_and_transition(app, "receive", role)
            else:
                uow.add_application(app)
        if state.person_id is not None:
            person = uow.persons.get(person.id)  # its version as stored
    return Saved(app.id, person.id, person.version, app.status, app.number, app.due_date)
