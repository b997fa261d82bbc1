"""The audit trail: a SHA-256 hash chain of events (who, when, where, what, on which id).

Each event's hash covers a canonical JSON of its fields and the previous event's hash,
so that removing or editing an event breaks the chain at that point. Events hold ids
and action names only, never personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.serialize import datetime_text
from workstation.store.errors import StoreError
from workstation.store.tables import AuditEventRow

GENESIS = "0" * 64


class AuditChainBroken(StoreError):
    """An audit event does not link to the one before it, or was altered."""

    def __init__(self, seq: int, detail: str) -> None:
        self.seq = seq
        super().__init__(f"the audit trail is broken at event {seq}: {detail}")


@dataclass(frozen=True, slots=True)
class AuditEvent:
    seq: int
    at: dt.datetime
    actor: str
    workstation_id: str
    action: str
    entity: str
    entity_id: str
    prev_hash: str
    hash: str


_text = json.encoder.encode_basestring  # how `dumps` (ensure_ascii=False) writes text


Event = tuple[str | None, str, str, str, str, str]
"""at (as stored text), actor, workstation_id, action, entity, entity_id."""


def _canonical(seq: int, prev_hash: str, event: Event) -> str:
    """``dumps`` of the event's fields (keys sorted), written out directly: the same text."""
    at, actor, workstation_id, action, entity, entity_id = event
    return (
        f'{{"action":{_text(action)},"actor":{_text(actor)},'
        f'"at":{"null" if at is None else _text(at)},'
        f'"entity":{_text(entity)},"entity_id":{_text(entity_id)},'
        f'"prev_hash":{_text(prev_hash)},"seq":{int(seq)!r},'
        f'"workstation_id":{_text(workstation_id)}}}'
    )


def event_hash(
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    workstation_id: str,
    action: str,
    entity: str,
    entity_id: str,
    prev_hash: str,
) -> str:
    event = (datetime_text(at), actor, workstation_id, action, entity, entity_id)
    canonical = _canonical(seq, prev_hash, event)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def chain_values(
    prev_seq: int,
    prev_hash: str,
    *,
    at: dt.datetime,
    actor: str,
    workstation_id: str,
    action: str,
    entity: str,
    entity_id: str,
) -> dict[str, Any]:
    """Column values of the event that follows (`prev_seq`, `prev_hash`)."""
    fields: dict[str, Any] = {
        "seq": prev_seq + 1,
        "at": at,
        "actor": actor,
        "workstation_id": workstation_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "prev_hash": prev_hash,
    }
    return {**fields, "hash": event_hash(**fields)}


AuditRow = tuple[int, str, str, str, str, str, str, str, str]
"""seq, at (as stored), actor, workstation_id, action, entity, entity_id, prev_hash, hash."""


def chain_rows(
    prev_seq: int,
    prev_hash: str,
    *,
    actor: str,
    workstation_id: str,
    events: Iterable[tuple[str, str, str, str]],
) -> list[AuditRow]:
    """The events that follow (`prev_seq`, `prev_hash`), from (at as stored text, action,
    entity, entity_id) each: the bulk form of `chain_values`."""
    rows: list[AuditRow] = []
    seq, prev = prev_seq, prev_hash
    sha256 = hashlib.sha256
    for at, action, entity, entity_id in events:
        seq += 1
        canonical = _canonical(seq, prev, (at, actor, workstation_id, action, entity, entity_id))
        digest = sha256(canonical.encode("utf-8")).hexdigest()
        rows.append((seq, at, actor, workstation_id, action, entity, entity_id, prev, digest))
        prev = digest
    return rows


def chain_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the last event, or (0, GENESIS) when there is none."""
    row = session.execute(
        select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def _event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        workstation_id=row.workstation_id,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def events(self, after_seq: int = 0, limit: int = 1000) -> list[AuditEvent]:
        rows = self.session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.seq > after_seq)
            .order_by(AuditEventRow.seq)
            .limit(limit)
        )
        return [_event(row) for row in rows]

    def for_entity(self, entity: str, entity_id: str) -> list[AuditEvent]:
        rows = self.session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.entity == entity, AuditEventRow.entity_id == entity_id)
            .order_by(AuditEventRow.seq)
        )
        return [_event(row) for row in rows]

    def _all(self) -> Iterator[AuditEvent]:
        after = 0
        while batch := self.events(after, 5000):
            yield from batch
            after = batch[-1].seq

    def verify(self) -> int:
        """Check the whole chain; the number of events, or `AuditChainBroken`."""
        expected_seq, prev = 1, GENESIS
        count = 0
        for event in self._all():
            if event.seq != expected_seq:
                raise AuditChainBroken(event.seq, f"expected event {expected_seq}")
            if event.prev_hash != prev:
                raise AuditChainBroken(event.seq, "it does not link to the previous event")
            recomputed = event_hash(
                seq=event.seq,
                at=event.at,
                actor=event.actor,
                workstation_id=event.workstation_id,
                action=event.action,
                entity=event.entity,
                entity_id=event.entity_id,
                prev_hash=event.prev_hash,
            )
            if recomputed != event.hash:
                raise AuditChainBroken(event.seq, "its content does not match its hash")
            prev, expected_seq, count = event.hash, expected_seq + 1, count + 1
        return count
