"""The server's audit trail: a SHA-256 hash chain like the workstation's (ids and
action names only, never personal data). The chain position comes from a counter row, so
appending is serialised across processes and the previous event is always committed."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.serialize import datetime_text
from workstation.server import counters
from workstation.server.db import utc_now
from workstation.server.tables import AUDIT_COUNTER, AuditEventRow

GENESIS = "0" * 64
# The hashes of the events this transaction appended, by seq: the next event's previous
# hash without reading it back. The counter row stays locked until the end of the
# transaction, so no other process appends in between.
_HASHES = "audit.hashes"


def event_hash(row: AuditEventRow) -> str:
    canonical = json.dumps(
        {
            "seq": row.seq,
            "at": datetime_text(row.at),
            "actor": row.actor,
            "workstation_id": row.workstation_id,
            "action": row.action,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "prev_hash": row.prev_hash,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session, *, actor: str, workstation_id: str, action: str, entity: str, entity_id: str
) -> None:
    seq = counters.take(session, AUDIT_COUNTER)
    hashes: dict[int, str] = session.info.setdefault(_HASHES, {})
    prev = hashes.get(seq - 1)
    if prev is None:
        prev = session.scalar(select(AuditEventRow.hash).where(AuditEventRow.seq == seq - 1))
    row = AuditEventRow(
        seq=seq,
        at=utc_now(),
        actor=actor,
        workstation_id=workstation_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        prev_hash=prev or GENESIS,
    )
    row.hash = hashes[seq] = event_hash(row)
    session.add(row)


def verify(session: Session) -> int | None:
    """The seq of the first event that breaks the chain, or None when it is whole."""
    prev = GENESIS
    expected_seq = 1
    for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)):
        if row.seq != expected_seq or row.prev_hash != prev or event_hash(row) != row.hash:
            return row.seq
        prev, expected_seq = row.hash, expected_seq + 1
    return None
