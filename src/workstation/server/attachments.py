"""Attachments: resumable uploads (PATCH with Upload-Offset/Upload-Length), content
addressed by SHA-256, idempotent by hash. The bytes are kept in the database (table
``attachment_parts``, one row per received piece), so several server processes on one
PostgreSQL share them and a backup of the database holds everything."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workstation.protocol.v1 import MAX_ATTACHMENT_BYTES, AttachmentStatus
from workstation.server import audit
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.tables import AttachmentPartRow, AttachmentRow

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_hash(sha256: str) -> None:
    if not _SHA256.match(sha256):
        raise ApiError(422, "invalid_request", "Not a SHA-256 (64 lowercase hex digits).")


def as_status(row: AttachmentRow) -> AttachmentStatus:
    return AttachmentStatus(
        sha256=row.sha256, size=row.size, received=row.received, complete=row.complete
    )


def status(session: Session, sha256: str) -> AttachmentStatus:
    check_hash(sha256)
    row = session.get(AttachmentRow, sha256)
    if row is None:
        raise ApiError(404, "attachment_unknown", "The server has nothing of this attachment.")
    return as_status(row)


def _offset_mismatch(received: int) -> ApiError:
    return ApiError(
        409,
        "offset_mismatch",
        f"The server holds {received} bytes; continue from there.",
        {"offset": received},
        {"Upload-Offset": str(received)},
    )


def purge_stale(session: Session, max_age: float) -> int:
    """Delete the uploads begun more than `max_age` seconds ago and never finished (their
    workstations upload them again, from the start); how many."""
    cutoff = utc_now() - dt.timedelta(seconds=max_age)
    stale = (
        select(AttachmentRow.sha256)
        .where(AttachmentRow.complete.is_(False), AttachmentRow.created_at < cutoff)
        .with_for_update(skip_locked=True)  # one being appended to, or purged, is left
    )
    hashes = list(session.scalars(stale))
    if hashes:
        session.execute(delete(AttachmentPartRow).where(AttachmentPartRow.sha256.in_(hashes)))
        session.execute(delete(AttachmentRow).where(AttachmentRow.sha256.in_(hashes)))
    return len(hashes)


def append(
    session: Session,
    sha256: str,
    offset: int,
    length: int,
    data: bytes,
    *,
    stale_after: float,
    username: str = "",
    workstation_id: str = "",
) -> AttachmentStatus | None:
    """The status after appending `data` at `offset`; None when the last byte arrived and
    the SHA-256 did not match: the partial upload is discarded (commit that, then 422).
    A new upload first deletes the partial uploads older than `stale_after` seconds."""
    check_hash(sha256)
    if not 0 < length <= MAX_ATTACHMENT_BYTES:
        raise ApiError(413, "too_large", f"Attachments hold 1 to {MAX_ATTACHMENT_BYTES} bytes.")
    row = session.get(AttachmentRow, sha256, with_for_update=True)
    if row is not None and row.complete:
        return as_status(row)
    if row is None:
        if offset != 0:
            raise _offset_mismatch(0)
        purge_stale(session, stale_after)
        row = AttachmentRow(
            sha256=sha256, size=length, received=0, complete=False, created_at=utc_now()
        )
        session.add(row)
        session.flush()
    if row.size != length:
        raise ApiError(
            409,
            "length_mismatch",
            "Upload-Length differs from the upload begun.",
            {"size": row.size},
        )
    if offset != row.received:
        raise _offset_mismatch(row.received)
    if row.received + len(data) > row.size:
        raise ApiError(422, "length_exceeded", "More bytes than Upload-Length.")
    if data:
        session.add(AttachmentPartRow(sha256=sha256, offset=offset, data=data))
        row.received += len(data)
    if row.received == row.size:
        digest = hashlib.sha256()
        for part in _parts(session, sha256):
            digest.update(part)
        if digest.hexdigest() != sha256:
            session.execute(delete(AttachmentPartRow).where(AttachmentPartRow.sha256 == sha256))
            session.delete(row)
            return None
        row.complete = True
        audit.record(
            session,
            actor=username,
            workstation_id=workstation_id,
            action="attachment.store",
            entity="attachment",
            entity_id=sha256,
        )
    return as_status(row)


def _parts(session: Session, sha256: str) -> list[bytes]:
    session.flush()
    return list(
        session.scalars(
            select(AttachmentPartRow.data)
            .where(AttachmentPartRow.sha256 == sha256)
            .order_by(AttachmentPartRow.offset)
        )
    )


def content(session: Session, sha256: str) -> bytes:
    check_hash(sha256)
    row = session.get(AttachmentRow, sha256)
    if row is None or not row.complete:
        raise ApiError(
            404, "attachment_unknown", "The server has no complete attachment of this hash."
        )
    return b"".join(_parts(session, sha256))
