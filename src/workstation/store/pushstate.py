"""The outbox side of sync: what to push next, and what the server answered.

All results of one push response are recorded in the caller's transaction (one commit).
Attachment rows of the outbox are not pushed as mutations: the file is uploaded, then
`mark_attachment_uploaded` settles them locally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.domain.serialize import datetime_text
from workstation.store.conflicts import upsert_conflict
from workstation.store.outbox import OutboxEntry, OutboxRepository, entry_of
from workstation.store.pulled import WAITING
from workstation.store.syncmeta import CURSOR_KEY, EPOCH_KEY, put_meta
from workstation.store.tables import (
    ApplicationRow,
    AttachmentRow,
    OutboxRow,
    PermitRow,
    PersonRow,
)

_VERSIONED: dict[str, type[PersonRow] | type[ApplicationRow] | type[PermitRow]] = {
    "person": PersonRow,
    "application": ApplicationRow,
    "permit": PermitRow,
}


class ConflictFieldLike(Protocol):
    @property
    def field(self) -> str: ...
    @property
    def base(self) -> Any: ...
    @property
    def client(self) -> Any: ...
    @property
    def server(self) -> Any: ...


class ResultLike(Protocol):
    """One answer of a push (the protocol's ``MutationResult`` fits)."""

    @property
    def mutation_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def version(self) -> int | None: ...
    @property
    def code(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def conflict_id(self) -> str | None: ...
    @property
    def fields(self) -> Sequence[ConflictFieldLike]: ...


@dataclass(slots=True)
class PushSummary:
    applied: int = 0
    rejected: int = 0
    conflicts: int = 0
    unknown: int = 0


def pending_mutations(session: Session, limit: int = 100) -> list[OutboxEntry]:
    """The oldest unanswered mutations to push, in client_seq order (not attachments)."""
    rows = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.state.in_(WAITING), OutboxRow.entity != "attachment")
        .order_by(OutboxRow.client_seq)
        .limit(limit)
    )
    return [entry_of(row) for row in rows]


def _bump_version(session: Session, entity: str, entity_id: str, version: int | None) -> None:
    table = _VERSIONED.get(entity)
    if table is None or version is None:
        return
    session.execute(
        update(table).where(table.id == entity_id, table.version < version).values(version=version)
    )


def _why(result: ResultLike) -> str:
    return f"{result.code}: {result.reason}" if result.code else result.reason


def record_push_results(
    session: Session,
    results: Sequence[ResultLike],
    *,
    workstation_id: str,
    username: str,
    now: dt.datetime,
) -> PushSummary:
    """applied: the entity takes the server's version (``synced`` unless more waits);
    rejected: the local data stays, with the reason (``rejected``); conflict: the
    conflict is kept in the local "Needs review" list (``conflict``)."""
    outbox = OutboxRepository(session)
    summary = PushSummary()
    for result in results:
        row = session.scalar(select(OutboxRow).where(OutboxRow.mutation_id == result.mutation_id))
        if row is None or result.status not in ("applied", "rejected", "conflict"):
            summary.unknown += 1
            continue
        entity, entity_id = row.entity, row.entity_id
        if result.status == "applied":
            _bump_version(session, entity, entity_id, result.version)
            outbox.mark(result.mutation_id, "applied")
            summary.applied += 1
        elif result.status == "rejected":
            outbox.mark(result.mutation_id, "rejected", _why(result))
            summary.rejected += 1
        else:
            _bump_version(session, entity, entity_id, result.version)
            upsert_conflict(
                session,
                {
                    "conflict_id": result.conflict_id or f"local-{result.mutation_id}",
                    "entity": entity,
                    "entity_id": entity_id,
                    "mutation_id": result.mutation_id,
                    "workstation_id": workstation_id,
                    "username": username,
                    "fields": [
                        {"field": f.field, "base": f.base, "client": f.client, "server": f.server}
                        for f in result.fields
                    ],
                    "created_at": datetime_text(now),
                },
            )
            outbox.mark(result.mutation_id, "conflict", _why(result) or "conflict")
            summary.conflicts += 1
    session.flush()
    return summary


def unuploaded_attachments(session: Session) -> list[tuple[str, int]]:
    """(sha256, size) of the files this workstation added and has not uploaded yet."""
    rows = session.execute(
        select(AttachmentRow.sha256, AttachmentRow.size)
        .where(AttachmentRow.uploaded.is_(False))
        .order_by(AttachmentRow.created_at, AttachmentRow.sha256)
    )
    return [(sha, int(size)) for sha, size in rows]


def mark_attachment_uploaded(session: Session, sha256: str) -> None:
    session.execute(
        update(AttachmentRow).where(AttachmentRow.sha256 == sha256).values(uploaded=True)
    )
    session.execute(
        update(OutboxRow)
        .where(
            OutboxRow.entity == "attachment",
            OutboxRow.entity_id == sha256,
            OutboxRow.state.in_(WAITING),
        )
        .values(state="applied")
    )


def restart_for_new_epoch(session: Session, epoch: str) -> int:
    """The server's database was restored from a backup: pull again from the start and
    push again every mutation it had applied (same mutation ids). Returns how many."""
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.state == "applied", OutboxRow.entity != "attachment")
        .values(state="pending")
    )
    put_meta(session, CURSOR_KEY, "0")
    put_meta(session, EPOCH_KEY, epoch)
    session.flush()
    return int(getattr(result, "rowcount", 0) or 0)
