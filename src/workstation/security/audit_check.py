"""Checking the workstation's audit chain (`workstation audit verify`, DESIGN.md section 7)
and saying what was done to it.

Each event's hash covers its fields, its seq and the hash of the event before it
(`workstation.store.audit`). Walking the events in seq order, the first one that does not
fit names the tampering:

- **edited**: its content no longer matches its hash, at any position;
- **deleted**: a gap in the seqs; or, when the later events were renumbered to close
  the gap, an event whose content matches a later seq and whose predecessor is nowhere;
- **inserted**: an event that is not part of the chain: the event after it fits one seq
  earlier and links to the event before it (a forged hash changes nothing: the event
  after the insertion still tells);
- **reordered**: an event whose content matches another seq and whose predecessor is
  still in the trail, elsewhere.

A checker without a key cannot tell a chain rewritten from its first changed event to the
end (every hash recomputed), nor events cut off at the end; the events the workstation
sends the server are the remedy for those (not here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.store.audit import GENESIS, event_hash
from workstation.store.tables import AuditEventRow

WINDOW = 64
"""How far from its seq an event's original place is looked for."""


class Tampering(StrEnum):
    EDITED = "edited"
    DELETED = "deleted"
    INSERTED = "inserted"
    REORDERED = "reordered"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class BadEvent:
    seq: int
    kind: Tampering
    detail: str

    def describe(self) -> str:
        return f"event {self.seq} ({self.kind.value}): {self.detail}"


@dataclass(frozen=True, slots=True)
class ChainReport:
    count: int  # events checked before the first bad one (all of them when intact)
    first_bad: BadEvent | None

    @property
    def intact(self) -> bool:
        return self.first_bad is None


@dataclass(frozen=True, slots=True)
class _Row:
    seq: int
    at: dt.datetime
    actor: str
    workstation_id: str
    action: str
    entity: str
    entity_id: str
    prev_hash: str
    hash: str

    def hash_at(self, seq: int) -> str:
        """The hash this event's content would have at ``seq``."""
        return event_hash(
            seq=seq,
            at=self.at,
            actor=self.actor,
            workstation_id=self.workstation_id,
            action=self.action,
            entity=self.entity,
            entity_id=self.entity_id,
            prev_hash=self.prev_hash,
        )


def _row(row: AuditEventRow) -> _Row:
    return _Row(
        row.seq,
        row.at,
        row.actor,
        row.workstation_id,
        row.action,
        row.entity,
        row.entity_id,
        row.prev_hash,
        row.hash,
    )


def _rows(session: Session, after: int = 0) -> Iterator[_Row]:
    while True:
        batch = session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.seq > after)
            .order_by(AuditEventRow.seq)
            .limit(2000)
        ).all()
        if not batch:
            return
        for row in batch:
            yield _row(row)
        after = batch[-1].seq


def _seq_of_hash(session: Session, digest: str) -> int | None:
    if digest == GENESIS:
        return 0
    found = session.scalar(select(AuditEventRow.seq).where(AuditEventRow.hash == digest))
    return None if found is None else int(found)


def _original_seq(row: _Row) -> int | None:
    """The seq at which this event's content matches its hash (None: edited)."""
    for offset in range(1, WINDOW + 1):
        for seq in (row.seq - offset, row.seq + offset):
            if seq > 0 and row.hash_at(seq) == row.hash:
                return seq
    return None


def _next(session: Session, seq: int) -> _Row | None:
    return next(_rows(session, seq), None)


def _diagnose(session: Session, row: _Row, expected: int, prev: str) -> BadEvent:
    """What is wrong at ``row``, the first event that does not fit (``expected`` its seq
    and ``prev`` the hash it should link to)."""
    if row.seq != expected:
        gap = f"{expected}" if row.seq == expected + 1 else f"{expected} to {row.seq - 1}"
        return BadEvent(
            expected, Tampering.DELETED, f"missing (event {gap} deleted; next is {row.seq})"
        )
    if row.hash_at(row.seq) == row.hash:  # intact itself, linked to something else
        linked = _seq_of_hash(session, row.prev_hash)
        if linked is not None:
            return BadEvent(
                row.seq,
                Tampering.REORDERED,
                f"it follows event {linked} in the chain, not event {row.seq - 1}",
            )
        return BadEvent(
            row.seq - 1,
            Tampering.EDITED,
            f"replaced: event {row.seq} does not link to it (edited, or inserted, with a "
            "recomputed hash)",
        )
    original = _original_seq(row)
    if original is None:
        after = _next(session, row.seq)
        if (
            after is not None
            and after.hash_at(after.seq - 1) == after.hash
            and after.prev_hash == prev
        ):
            return BadEvent(
                row.seq,
                Tampering.INSERTED,
                f"not part of the chain: event {after.seq} was event {row.seq} before",
            )
        return BadEvent(row.seq, Tampering.EDITED, "its content does not match its hash")
    if original < row.seq:  # pushed later: something came in before it
        if _seq_of_hash(session, row.prev_hash) == original - 1:
            return BadEvent(
                original,
                Tampering.INSERTED,
                f"not part of the chain: event {row.seq} was event {original} before "
                f"({row.seq - original} event(s) inserted before it)",
            )
        return BadEvent(row.seq, Tampering.REORDERED, f"event {row.seq} was event {original}")
    linked = _seq_of_hash(session, row.prev_hash)
    if linked is None:
        missing = original - row.seq
        return BadEvent(
            row.seq,
            Tampering.DELETED,
            f"{missing} event(s) before it deleted and the rest renumbered "
            f"(event {row.seq} was event {original})",
        )
    return BadEvent(
        row.seq,
        Tampering.REORDERED,
        f"event {row.seq} was event {original} (it follows event {linked} in the chain)",
    )


def check_chain(session: Session) -> ChainReport:
    """Walk the whole chain; the count of good events and the first bad one, if any."""
    expected, prev, count = 1, GENESIS, 0
    rows = _rows(session)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return ChainReport(count, None)
        except (ValueError, TypeError) as exc:  # a column no longer parses (a date…)
            return ChainReport(
                count,
                BadEvent(expected, Tampering.UNREADABLE, f"it cannot be read ({exc})"),
            )
        if row.seq != expected or row.prev_hash != prev or row.hash_at(row.seq) != row.hash:
            bad = _diagnose(session, row, expected, prev)
            return ChainReport(min(count, bad.seq - 1), bad)
        expected, prev, count = expected + 1, row.hash, count + 1
