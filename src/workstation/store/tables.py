"""The local database's tables (SQLAlchemy 2.0 typed ORM).

Synced rows carry ``version`` (the server's row version), ``updated_at`` (informational)
and a ``deleted`` tombstone flag: nothing is ever hard-deleted. The full-text index
``search_index`` is an FTS5 table outside this metadata (see `workstation.store.search`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workstation.store.columns import JSONText, UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SYNC_STATES = ("pending", "synced", "rejected", "conflict")
OUTBOX_STATES = ("pending", "sent", "applied", "rejected", "conflict")
OUTBOX_ENTITIES = ("person", "application", "attachment", "permit")
OUTBOX_OPS = ("create", "update", "delete")

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    surname: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200))
    patronymic: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(200))
    citizenship: Mapped[str] = mapped_column(String(3))
    document_type: Mapped[str] = mapped_column(String(20))
    document_number: Mapped[str] = mapped_column(String(40))
    document_number_key: Mapped[str] = mapped_column(String(40))
    document_issuing_state: Mapped[str] = mapped_column(String(3))
    document_issue_date: Mapped[dt.date | None] = mapped_column(Date)
    document_expiry_date: Mapped[dt.date] = mapped_column(Date)
    pin: Mapped[str] = mapped_column(String(20))
    fin: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text)
    photo_sha256: Mapped[str] = mapped_column(String(64))
    name_key: Mapped[str] = mapped_column(String(600))
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # no index on document_number or pin: no query reads one (migration 0010)
        Index("ix_persons_document_number_key", "document_number_key"),
        Index("ix_persons_fin", "fin"),
        Index("ix_persons_name_key", "name_key"),
    )


STATS_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_applications_stats_received": (
        "deleted",
        "received_at",
        "center_code",
        "service_code",
        "received_by",
    ),
    "ix_applications_stats_decided": (
        "deleted",
        "decision_at",
        "center_code",
        "service_code",
        "decision_by",
        "decision_outcome",
    ),
    "ix_applications_stats_printed": (
        "deleted",
        "printed_at",
        "center_code",
        "service_code",
        "printed_by",
    ),
    "ix_applications_stats_issued": (
        "deleted",
        "issued_at",
        "center_code",
        "service_code",
        "issued_by",
    ),
    "ix_applications_stats_open": (
        "deleted",
        "status",
        "center_code",
        "service_code",
        "assignee",
        "due_date",
    ),
}


class ApplicationRow(Base):
    __tablename__ = "applications"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    service_code: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("persons.id"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    center_code: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    received_by: Mapped[str] = mapped_column(String(100))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONText)
    fee_tier: Mapped[str] = mapped_column(String(40))
    fee_amount: Mapped[str] = mapped_column(String(40))
    payment_ref: Mapped[str] = mapped_column(String(100))
    assignee: Mapped[str] = mapped_column(String(100))
    decision_outcome: Mapped[str | None] = mapped_column(String(20))
    decision_by: Mapped[str | None] = mapped_column(String(100))
    decision_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    history: Mapped[list[Any]] = mapped_column(JSONText)
    sync_state: Mapped[str] = mapped_column(String(10), default="pending")
    search_rowid: Mapped[int] = mapped_column(Integer, unique=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The applicant's `PersonRow.name_key`, copied here (migration 0003) so that sorting a
    # queue by applicant reads one index; the writers keep it equal to the person's.
    applicant_key: Mapped[str] = mapped_column(String(600), default="", server_default="")
    # The first history step into card_printed and into issued (migration 0006): filled by
    # SQLite triggers from ``history`` whoever writes the row; read by `store.stats`.
    printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    printed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    issued_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    # Queue indexes (0003): ``deleted`` first (queries say ``deleted IS 0``), then the
    # filter, the sort key and ``id`` (the tie-break): a page is a walk along one index.
    __table_args__ = (
        Index("ix_applications_live_status_due", "deleted", "status", "due_date", "id"),
        Index(
            "ix_applications_live_service_status_due",
            "deleted",
            "service_code",
            "status",
            "due_date",
            "id",
        ),
        Index("ix_applications_live_assignee_status", "deleted", "assignee", "status"),
        # 0008: an officer's open work ("My work") by due date, the statuses inside.
        Index(
            "ix_applications_live_assignee_due", "deleted", "assignee", "due_date", "id", "status"
        ),
        Index("ix_applications_live_due", "deleted", "due_date", "id"),
        # 0007: the status last, so that several statuses filter inside the index.
        # 0008: and the search rowid, so that a search of many matches walks it alone.
        Index(
            "ix_applications_live_received_at",
            "deleted",
            "received_at",
            "id",
            "status",
            "search_rowid",
        ),
        Index("ix_applications_live_applicant", "deleted", "applicant_key", "id", "status"),
        Index("ix_applications_sync_state", "sync_state"),
        # Dashboard and reports (0006): a period's events, and open work by deadline,
        # grouped from the index alone.
        *(Index(name, *columns) for name, columns in STATS_INDEXES.items()),
    )


class ChecklistItemRow(Base):
    __tablename__ = "checklist_items"

    application_id: Mapped[str] = mapped_column(ID, ForeignKey("applications.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    attachment_sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text)


class PermitRow(Base):
    __tablename__ = "permits"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    application_id: Mapped[str] = mapped_column(ID, ForeignKey("applications.id"), index=True)
    card_number: Mapped[str] = mapped_column(String(20), unique=True)
    card_type: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    printed_by: Mapped[str] = mapped_column(String(100))
    workstation_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class PrintJournalRow(Base):
    __tablename__ = "print_journal"

    permit_id: Mapped[str] = mapped_column(ID, ForeignKey("permits.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    event: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(100))
    workstation_id: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    copies: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    approved_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class AttachmentRow(Base):
    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxRow(Base):
    """One local mutation waiting to be pushed (DESIGN.md section 3.1)."""

    __tablename__ = "outbox"

    client_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    mutation_id: Mapped[str] = mapped_column(ID, unique=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(10))
    base_version: Mapped[int] = mapped_column(Integer)
    changed: Mapped[dict[str, Any]] = mapped_column(JSONText)
    prev: Mapped[dict[str, Any]] = mapped_column(JSONText)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    result_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_outbox_state_client_seq", "state", "client_seq"),
        Index("ix_outbox_entity_entity_id", "entity", "entity_id"),
    )


class AuditEventRow(Base):
    """One link of the audit hash chain. Holds no personal data: ids and action names only."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    workstation_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    # 0004: one entity's history (the detail page) without scanning the trail.
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id", "seq"),)


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- sync (migration 0002) ------------------------------------------------------------

LEASE_KINDS = ("application", "card")


class NumberLeaseRow(Base):
    """A block of numbers the server leased to this workstation: ``first``..``last``
    (inclusive); ``next`` is the next one to take (taken in order, never reused)."""

    __tablename__ = "number_leases"

    lease_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    series: Mapped[str] = mapped_column(String(8))
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_number_leases_kind_series_first", "kind", "series", "first"),)


class VoidedNumberRow(Base):
    """A leased number that will never be used; ``reported`` once the server knows."""

    __tablename__ = "voided_numbers"

    lease_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    voided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    reported: Mapped[bool] = mapped_column(Boolean, default=False)


class ConflictRow(Base):
    """A "Needs review" entry (protocol ``ConflictRecord``), pulled or from a push."""

    __tablename__ = "conflicts"

    conflict_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(64))
    mutation_id: Mapped[str] = mapped_column(String(64))
    workstation_id: Mapped[str] = mapped_column(String(100))
    username: Mapped[str] = mapped_column(String(100))
    fields: Mapped[list[Any]] = mapped_column(JSONText)
    created_at: Mapped[str] = mapped_column(String(40))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_conflicts_resolved", "resolved"),
        Index("ix_conflicts_entity_entity_id", "entity", "entity_id"),
    )


class ParkedChangeRow(Base):
    """A pulled change whose referenced record (an application's person, a permit's
    application) has not arrived yet: applied as soon as it does, never dropped."""

    __tablename__ = "parked_changes"

    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSONText)
