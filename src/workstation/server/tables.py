"""The central server's tables (SQLAlchemy 2.0), for PostgreSQL and SQLite alike.

Synced records (persons, applications, permits, conflicts) keep the `serialize` shape in
``data`` plus a few indexed columns; each carries the server ``version`` and the ``seq``
of its latest change, which is what a pull pages through.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SEQ_COUNTER = "change_seq"
AUDIT_COUNTER = "audit_seq"
EPOCH_KEY = "epoch"
SECRET_KEY = "token_secret"

UTCDateTime = DateTime(timezone=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MetaRow(Base):
    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CounterRow(Base):
    """Named counters; taking a value (``UPDATE … RETURNING``) locks the row until commit."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class CenterRow(Base):
    __tablename__ = "centers"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class UserRow(Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class LoginThrottleRow(Base):
    """Failed logins from one client address (``addr:<host>``) in the current window, and
    until when that address is refused."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class WorkstationRow(Base):
    __tablename__ = "workstations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    name: Mapped[str] = mapped_column(String(100), default="")
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class EnrolCodeRow(Base):
    __tablename__ = "enrol_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    workstation_id: Mapped[str | None] = mapped_column(String(36))


class RefreshTokenRow(Base):
    """A refresh token (its hash). One login starts a family; each refresh exchanges a
    token for its successor (`rotated_at`), and `revoked_at` ends a token for good."""

    __tablename__ = "refresh_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("users.username"), index=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstations.id"))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    family_id: Mapped[str] = mapped_column(String(64), index=True)
    parent_hash: Mapped[str | None] = mapped_column(String(64))
    successor_hash: Mapped[str | None] = mapped_column(String(64))
    rotated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class _Record:
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(10), index=True)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PersonRow(_Record, Base):
    __tablename__ = "persons"


class ApplicationRow(_Record, Base):
    __tablename__ = "applications"
    number: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    service_code: Mapped[str] = mapped_column(String(32), index=True)


class PermitRow(_Record, Base):
    __tablename__ = "permits"
    card_number: Mapped[str] = mapped_column(String(16), index=True)


class ConflictRow(Base):
    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(10), index=True)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(String(64))
    mutation_id: Mapped[str] = mapped_column(String(64))
    workstation_id: Mapped[str] = mapped_column(String(36))
    username: Mapped[str] = mapped_column(String(100))
    fields: Mapped[list[Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")


class MutationRow(Base):
    """The stored answer to each pushed mutation, so that a replay gets the same one."""

    __tablename__ = "mutations"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class LeaseCounterRow(Base):
    """The next free number of a (kind, series): leases are cut from it under its lock."""

    __tablename__ = "lease_counters"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    series: Mapped[str] = mapped_column(String(8), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger)


class LeaseRow(Base):
    __tablename__ = "leases"
    __table_args__ = (UniqueConstraint("kind", "series", "first"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(ForeignKey("workstations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    series: Mapped[str] = mapped_column(String(8))
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class VoidedNumberRow(Base):
    __tablename__ = "voided_numbers"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    series: Mapped[str] = mapped_column(String(8), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    lease_id: Mapped[str] = mapped_column(ForeignKey("leases.id"))
    voided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AttachmentRow(Base):
    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class AttachmentPartRow(Base):
    """The bytes of an attachment, one row per received PATCH, in offset order."""

    __tablename__ = "attachment_parts"
    sha256: Mapped[str] = mapped_column(
        ForeignKey("attachments.sha256", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEventRow(Base):
    """A hash chain of who did what, where, on which id: never personal data."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    workstation_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


Index("ix_conflicts_open", ConflictRow.center_code, ConflictRow.resolved)
