"""The outbox: one row per local mutation, numbered gap-free (DESIGN.md section 3.1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workstation.domain.ids import new_id
from workstation.store.tables import OUTBOX_STATES, ApplicationRow, MetaRow, OutboxRow

LAST_SEQ_KEY = "outbox.last_client_seq"


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A mutation as the push protocol sends it, with its local state."""

    client_seq: int
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    base_version: int
    changed: dict[str, Any]
    prev: dict[str, Any]
    created_at: dt.datetime
    state: str
    result_reason: str


def entry_of(row: OutboxRow) -> OutboxEntry:
    return OutboxEntry(
        client_seq=row.client_seq,
        mutation_id=row.mutation_id,
        entity=row.entity,
        entity_id=row.entity_id,
        op=row.op,
        base_version=row.base_version,
        changed=dict(row.changed),
        prev=dict(row.prev),
        created_at=row.created_at,
        state=row.state,
        result_reason=row.result_reason,
    )


def last_client_seq(session: Session) -> int:
    """The highest client_seq ever given out in this data folder (0: none yet)."""
    recorded = session.get(MetaRow, LAST_SEQ_KEY)
    highest = session.scalar(select(func.max(OutboxRow.client_seq))) or 0
    return max(int(recorded.value) if recorded else 0, int(highest))


def set_last_client_seq(session: Session, seq: int) -> None:
    row = session.get(MetaRow, LAST_SEQ_KEY)
    if row is None:
        session.add(MetaRow(key=LAST_SEQ_KEY, value=str(seq)))
    else:
        row.value = str(seq)


def outbox_values(
    *,
    client_seq: int,
    entity: str,
    entity_id: str,
    op: str,
    base_version: int,
    changed: dict[str, Any],
    prev: dict[str, Any],
    at: dt.datetime,
) -> dict[str, Any]:
    return {
        "client_seq": client_seq,
        "mutation_id": new_id(),
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "base_version": base_version,
        "changed": changed,
        "prev": prev,
        "created_at": at,
        "state": "pending",
        "result_reason": "",
    }


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        """The oldest mutations not yet answered by the server, in client_seq order
        (``pending`` and ``sent``: a sent batch whose answer was lost is sent again)."""
        rows = self.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.state.in_(("pending", "sent")))
            .order_by(OutboxRow.client_seq)
            .limit(limit)
        )
        return [entry_of(row) for row in rows]

    def count(self, state: str | None = "pending") -> int:
        """How many entries are in `state` (None: all of them)."""
        query = select(func.count()).select_from(OutboxRow)
        if state is not None:
            query = query.where(OutboxRow.state == state)
        return int(self.session.scalar(query) or 0)

    def by_state(self, state: str, limit: int = 1000) -> list[OutboxEntry]:
        rows = self.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.state == state)
            .order_by(OutboxRow.client_seq)
            .limit(limit)
        )
        return [entry_of(row) for row in rows]

    def for_entity(self, entity: str, entity_id: str) -> list[OutboxEntry]:
        rows = self.session.scalars(
            select(OutboxRow)
            .where(OutboxRow.entity == entity, OutboxRow.entity_id == entity_id)
            .order_by(OutboxRow.client_seq)
        )
        return [entry_of(row) for row in rows]

    def mark(self, mutation_id: str, state: str, reason: str = "") -> None:
        """Record what the server answered (or that the mutation was sent). An
        application's ``sync_state`` follows: rejected/conflict show in review queues."""
        if state not in OUTBOX_STATES:
            raise ValueError(f"not an outbox state: {state!r}")
        row = self.session.scalar(select(OutboxRow).where(OutboxRow.mutation_id == mutation_id))
        if row is None:
            raise KeyError(mutation_id)
        row.state = state
        row.result_reason = reason
        if row.entity == "application" and state in ("applied", "rejected", "conflict"):
            self.session.flush()
            waiting = self.session.scalar(
                select(func.count())
                .select_from(OutboxRow)
                .where(
                    OutboxRow.entity == "application",
                    OutboxRow.entity_id == row.entity_id,
                    OutboxRow.state.in_(("pending", "sent")),
                )
            )
            sync_state = "synced" if state == "applied" else state
            if state == "applied" and waiting:
                sync_state = "pending"
            self.session.execute(
                update(ApplicationRow)
                .where(ApplicationRow.id == row.entity_id)
                .values(sync_state=sync_state)
            )
