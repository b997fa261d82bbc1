"""The server's audit trail: a SHA-256 hash chain like the workstation's (ids and
action names only, never personal data). The chain position comes from a counter row, so
appending is serialised across processes and the previous event is always committed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.serialize import datetime_text
from workstation.server import counters, records
from workstation.server.db import utc_now
from workstation.server.tables import AUDIT_COUNTER, AuditEventRow, CounterRow

GENESIS = "0" * 64
# The hashes of the events this transaction appended, by seq: the next event's previous
# hash without reading it back. The counter row stays locked until the end of the
# transaction, so no other process appends in between.
_HASHES = "audit.hashes"


def event_hash(row: AuditEventRow) -> str:
    return _hash(
        {
            "seq": row.seq,
            "at": datetime_text(row.at),
            "actor": row.actor,
            "workstation_id": row.workstation_id,
            "action": row.action,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "prev_hash": row.prev_hash,
        }
    )


def _hash(fields: dict[str, object]) -> str:
    canonical = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# The events of a push batch waiting for their numbers (`counters.defer`), in the order
# recorded: they are numbered, linked and hashed by `seal`, with the counter row locked.
_WAITING = "audit.waiting"


def record(
    session: Session, *, actor: str, workstation_id: str, action: str, entity: str, entity_id: str
) -> None:
    """Append an event. In a push batch it waits, as plain values, for the batch's
    multi-row INSERT (`records.write_pending`): it is numbered and hashed by `seal`, after
    the batch has locked the counter (`counters.take_blocks`)."""
    values: dict[str, object] = {
        "seq": 0,
        "at": utc_now(),
        "actor": actor,
        "workstation_id": workstation_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "prev_hash": "",
        "hash": "",
    }
    if counters.deferring(session):
        session.info.setdefault(_WAITING, []).append(values)
        counters.claim(session, AUDIT_COUNTER, partial(values.__setitem__, "seq"))
        return
    values["seq"] = counters.take(session, AUDIT_COUNTER)
    _link(session, values, previous_hash(session, int(str(values["seq"])) - 1))


def waiting(session: Session) -> int:
    """How many events wait for `seal`."""
    return len(session.info.get(_WAITING) or ())


def previous_hash(session: Session, seq: int) -> str:
    """The hash of event `seq` (the one a new event links to): from this transaction's
    own events, else read (committed: the counter row is locked by now)."""
    hashes: dict[int, str] = session.info.setdefault(_HASHES, {})
    prev = hashes.get(seq)
    if prev is None:
        prev = session.scalar(select(AuditEventRow.hash).where(AuditEventRow.seq == seq))
    return prev or GENESIS


def seal(session: Session, prev: str | None = None) -> None:
    """Link and hash the waiting events, numbered by now (`counters.assign_blocks`), in
    their order; `prev` is the hash of the event before the first (read if not given)."""
    events: list[dict[str, object]] = session.info.pop(_WAITING, None) or []
    for values in events:
        seq = int(str(values["seq"]))
        _link(session, values, prev if prev is not None else previous_hash(session, seq - 1))
        prev = str(values["hash"])


def _link(session: Session, values: dict[str, object], prev: str) -> None:
    at = values["at"]
    assert isinstance(at, dt.datetime)
    values["prev_hash"] = prev
    fields = {key: value for key, value in values.items() if key != "hash"}
    fields["at"] = datetime_text(at)
    digest = _hash(fields)
    session.info.setdefault(_HASHES, {})[int(str(values["seq"]))] = digest
    values["hash"] = digest
    if records.batching(session):
        records.insert_later(session, AuditEventRow, values)
    else:
        session.add(AuditEventRow(**values))


@dataclass(frozen=True, slots=True)
class BadEvent:
    """The first event where the chain breaks, and why."""

    seq: int
    reason: str
    action: str = ""
    entity: str = ""
    entity_id: str = ""

    def describe(self) -> str:
        what = f" ({self.action} {self.entity} {self.entity_id})" if self.action else ""
        return f"event {self.seq}{what}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ChainReport:
    count: int
    first_bad: BadEvent | None


def _bad(row: AuditEventRow, reason: str) -> BadEvent:
    return BadEvent(row.seq, reason, row.action, row.entity, row.entity_id)


def _walk(rows: Iterable[AuditEventRow]) -> tuple[int, BadEvent | None]:
    prev, expected, count = GENESIS, 1, 0
    for row in rows:
        if row.seq != expected:
            return count, BadEvent(expected, f"missing (the next event is {row.seq})")
        if event_hash(row) != row.hash:
            return count, _bad(row, "its content does not match its hash (edited)")
        if row.prev_hash != prev:
            return count, _bad(row, "it does not link to the event before it (inserted or moved)")
        prev, expected, count = row.hash, expected + 1, count + 1
    return count, None


def check_chain(session: Session) -> ChainReport:
    """Walk the chain in seq order: an edited event no longer matches its hash, a deleted
    one leaves a gap (or, at the end, a counter beyond the last event), an inserted or
    moved one does not link to the event before it (or lies beyond the counter)."""
    rows = session.scalars(
        select(AuditEventRow).order_by(AuditEventRow.seq).execution_options(yield_per=2000)
    )
    try:  # a server-side cursor on PostgreSQL: closed on an early return too
        count, bad = _walk(rows)
    finally:
        rows.close()
    if bad is not None:
        return ChainReport(count, bad)
    numbered = session.scalar(select(CounterRow.value).where(CounterRow.name == AUDIT_COUNTER))
    numbered = int(numbered or 0)
    if numbered > count:
        return ChainReport(count, BadEvent(count + 1, f"missing (the server numbered {numbered})"))
    if numbered < count:
        extra = session.get(AuditEventRow, numbered + 1)
        assert extra is not None
        return ChainReport(count, _bad(extra, "the server never numbered it (inserted)"))
    return ChainReport(count, None)


def verify(session: Session) -> int | None:
    """The seq of the first event that breaks the chain, or None when it is whole."""
    bad = check_chain(session).first_bad
    return None if bad is None else bad.seq
