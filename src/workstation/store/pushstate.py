"""The outbox side of sync: what to push next, and what the server answered.

All results of one push response are recorded in the caller's transaction (one commit).
Attachment rows of the outbox are not pushed as mutations: the file is uploaded, then
`mark_attachment_uploaded` settles them locally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from workstation.domain.serialize import datetime_text
from workstation.store.conflicts import upsert_conflict
from workstation.store.outbox import OutboxEntry, entry_of
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


_COUNTERS = {"applied": "applied", "rejected": "rejected", "conflict": "conflicts"}


@dataclass(slots=True)
class PushSummary:
    applied: int = 0
    rejected: int = 0
    conflicts: int = 0
    unknown: int = 0


def pending_mutations(
    session: Session, limit: int = 100, *, after: int | None = None
) -> list[OutboxEntry]:
    """The oldest unanswered mutations to push, in client_seq order (not attachments);
    with `after`, only those after that client_seq (the ones already sent, whose answer
    is not stored yet, stay unanswered until it is)."""
    query = select(OutboxRow).where(OutboxRow.state.in_(WAITING), OutboxRow.entity != "attachment")
    if after is not None:
        query = query.where(OutboxRow.client_seq > after)
    rows = session.scalars(query.order_by(OutboxRow.client_seq).limit(limit))
    return [entry_of(row) for row in rows]


def _why(result: ResultLike) -> str:
    return f"{result.code}: {result.reason}" if result.code else result.reason


def _conflict_of(
    result: ResultLike,
    entity: str,
    entity_id: str,
    *,
    workstation_id: str,
    username: str,
    now: str | None,
) -> dict[str, Any]:
    return {
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
        "created_at": now,
    }


def _sync_states(session: Session, last_state: dict[str, str]) -> None:
    """An answered application shows its last answer (``synced`` for applied, unless
    more of its mutations wait: ``pending``), as `OutboxRepository.mark` sets it."""
    if not last_state:
        return
    waiting = set(
        session.scalars(
            select(OutboxRow.entity_id).where(
                OutboxRow.entity == "application",
                OutboxRow.entity_id.in_(last_state),
                OutboxRow.state.in_(("pending", "sent")),
            )
        )
    )
    params = [
        {"app_id": app_id, "sync": "pending" if app_id in waiting else "synced"}
        if state == "applied"
        else {"app_id": app_id, "sync": state}
        for app_id, state in last_state.items()
    ]
    app = cast(Table, ApplicationRow.__table__)
    session.connection().execute(
        update(app).where(app.c.id == bindparam("app_id")).values(sync_state=bindparam("sync")),
        params,
    )


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
    conflict is kept in the local "Needs review" list (``conflict``). One query reads
    the outbox rows, and each kind of update runs once for all of them."""
    summary = PushSummary()
    session.flush()
    found = {
        mutation_id: (entity, entity_id)
        for mutation_id, entity, entity_id in session.execute(
            select(OutboxRow.mutation_id, OutboxRow.entity, OutboxRow.entity_id).where(
                OutboxRow.mutation_id.in_({r.mutation_id for r in results})
            )
        )
    }
    marks: list[dict[str, str]] = []
    bumps: dict[str, list[dict[str, Any]]] = {}
    last_state: dict[str, str] = {}
    for result in results:
        key = found.get(result.mutation_id)
        if key is None or result.status not in ("applied", "rejected", "conflict"):
            summary.unknown += 1
            continue
        entity, entity_id = key
        reason = "" if result.status == "applied" else _why(result)
        if result.status != "rejected" and entity in _VERSIONED and result.version is not None:
            bumps.setdefault(entity, []).append({"row_id": entity_id, "v": result.version})
        if result.status == "conflict":
            reason = reason or "conflict"
            upsert_conflict(
                session,
                _conflict_of(
                    result,
                    entity,
                    entity_id,
                    workstation_id=workstation_id,
                    username=username,
                    now=datetime_text(now),
                ),
            )
        setattr(summary, _COUNTERS[result.status], getattr(summary, _COUNTERS[result.status]) + 1)
        marks.append({"mid": result.mutation_id, "st": result.status, "why": reason})
        if entity == "application":
            last_state[entity_id] = result.status
    connection = session.connection()
    for entity, params in bumps.items():
        table = cast(Table, _VERSIONED[entity].__table__)
        connection.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"), table.c.version < bindparam("v"))
            .values(version=bindparam("v")),
            params,
        )
    if marks:
        outbox = cast(Table, OutboxRow.__table__)
        connection.execute(
            update(outbox)
            .where(outbox.c.mutation_id == bindparam("mid"))
            .values(state=bindparam("st"), result_reason=bindparam("why")),
            marks,
        )
    _sync_states(session, last_state)
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
