"""Everything the detail page shows about one application, read in one snapshot.

`load_detail` runs on a reader thread (``ctx.runner.read``); it imports no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from workstation.domain.catalogue_model import Catalogue, CatalogueLookupError, Service
from workstation.domain.checklist import missing_documents
from workstation.domain.errors import FieldError
from workstation.domain.model import Application, Permit, Person
from workstation.domain.rules import applicant_facts
from workstation.store import AuditEvent, Store
from workstation.store.conflicts import LocalConflict, open_for
from workstation.store.permits import permit_for
from workstation.store.tables import AttachmentRow


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    sha256: str
    mime_type: str
    size: int
    kind: str


@dataclass(frozen=True, slots=True)
class DetailData:
    """One application as the detail page shows it."""

    app: Application
    person: Person
    service: Service | None
    sync_state: str
    rejected_reasons: tuple[str, ...]
    events: tuple[AuditEvent, ...]
    conflicts: tuple[LocalConflict, ...]
    attachments: dict[str, AttachmentInfo] = field(default_factory=dict)
    missing: tuple[FieldError, ...] = ()
    applicable_documents: tuple[str, ...] = ()  # document codes that apply to the applicant
    permit: Permit | None = None  # the live card, once printed (gui/printing)


def load_detail(
    store: Store, catalogue: Catalogue, application_id: str, today: dt.date
) -> DetailData:
    """The application, its applicant and what surrounds them; `NotFound` if it is gone."""
    with store.read() as repos:
        app = repos.applications.get(application_id)
        person = repos.persons.get(app.person_id)
        sync_state = repos.applications.sync_state(app.id) or "pending"
        rejected = tuple(
            e.result_reason
            for e in repos.outbox.for_entity("application", app.id)
            if e.state == "rejected"
        )
        events = [*repos.audit.for_entity("application", app.id)]
        events += repos.audit.for_entity("person", person.id)
        conflicts = open_for(repos.session, "application", app.id)
        permit = permit_for(repos.session, app.id)
        conflicts += open_for(repos.session, "person", person.id)
        for conflict in conflicts:
            events += repos.audit.for_entity("conflict", conflict.conflict_id)
        shas = {item.attachment_sha256 for item in app.checklist if item.attachment_sha256}
        if person.photo_sha256:
            shas.add(person.photo_sha256)
        attachments = {
            row.sha256: AttachmentInfo(row.sha256, row.mime_type, row.size, row.kind)
            for row in repos.session.scalars(
                select(AttachmentRow).where(AttachmentRow.sha256.in_(shas))
            )
        }
    service: Service | None
    try:
        service = catalogue.service(app.service_code)
    except CatalogueLookupError:
        service = None
    missing: list[FieldError] = []
    applicable: tuple[str, ...] = ()
    if service is not None:
        missing = missing_documents(catalogue, app, person, today)
        facts = applicant_facts(service, person, app.fields, today)
        applicable = tuple(doc.code for doc in service.documents_for(facts))
    events.sort(key=lambda e: e.seq)
    return DetailData(
        app=app,
        person=person,
        service=service,
        sync_state=sync_state,
        rejected_reasons=rejected,
        events=tuple(events),
        conflicts=tuple(conflicts),
        attachments=attachments,
        missing=tuple(missing),
        applicable_documents=applicable,
        permit=permit,
    )
