"""The local "Needs review" list: conflicts pulled from the server or answered to a push."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.store.tables import ConflictRow

_TEXT_KEYS = ("conflict_id", "entity", "entity_id", "mutation_id", "workstation_id", "username")


@dataclass(frozen=True, slots=True)
class LocalConflict:
    conflict_id: str
    entity: str
    entity_id: str
    mutation_id: str
    workstation_id: str
    username: str
    fields: list[dict[str, Any]]
    created_at: str
    resolved: bool
    resolved_by: str
    resolution: str


def upsert_conflict(session: Session, data: dict[str, Any]) -> None:
    """Store a conflict record (the protocol's ``ConflictRecord`` as a dict); a newer
    copy of the same record (e.g. resolved meanwhile) replaces the older one.
    `ValueError` when `data` is not a conflict record."""
    for key in _TEXT_KEYS:
        if not isinstance(data.get(key), str) or not data[key]:
            raise ValueError(f"conflict record: {key} missing")
    fields = data.get("fields", [])
    if not isinstance(fields, list) or not all(isinstance(f, dict) for f in fields):
        raise ValueError("conflict record: fields must be a list of objects")
    values: dict[str, Any] = {key: data[key] for key in _TEXT_KEYS}
    values.update(
        fields=fields,
        created_at=str(data.get("created_at") or ""),
        resolved=bool(data.get("resolved", False)),
        resolved_by=str(data.get("resolved_by") or ""),
        resolution=str(data.get("resolution") or ""),
    )
    row = session.get(ConflictRow, values["conflict_id"])
    if row is None:
        session.add(ConflictRow(**values))
    else:
        for key, value in values.items():
            setattr(row, key, value)
    session.flush()


def open_conflicts(session: Session, limit: int = 1000) -> list[LocalConflict]:
    rows = session.scalars(
        select(ConflictRow)
        .where(ConflictRow.resolved.is_(False))
        .order_by(ConflictRow.created_at, ConflictRow.conflict_id)
        .limit(limit)
    )
    return [
        LocalConflict(
            r.conflict_id,
            r.entity,
            r.entity_id,
            r.mutation_id,
            r.workstation_id,
            r.username,
            list(r.fields),
            r.created_at,
            r.resolved,
            r.resolved_by,
            r.resolution,
        )
        for r in rows
    ]


def count_open(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(ConflictRow).where(ConflictRow.resolved.is_(False))
        )
        or 0
    )


def has_open(session: Session, entity: str, entity_id: str) -> bool:
    return (
        session.scalar(
            select(ConflictRow.conflict_id)
            .where(
                ConflictRow.entity == entity,
                ConflictRow.entity_id == entity_id,
                ConflictRow.resolved.is_(False),
            )
            .limit(1)
        )
        is not None
    )


def _local(r: ConflictRow) -> LocalConflict:
    return LocalConflict(
        r.conflict_id,
        r.entity,
        r.entity_id,
        r.mutation_id,
        r.workstation_id,
        r.username,
        list(r.fields),
        r.created_at,
        r.resolved,
        r.resolved_by,
        r.resolution,
    )


def open_for(session: Session, entity: str, entity_id: str) -> list[LocalConflict]:
    """The open conflicts of one entity, oldest first (the detail page's conflict view)."""
    rows = session.scalars(
        select(ConflictRow)
        .where(
            ConflictRow.entity == entity,
            ConflictRow.entity_id == entity_id,
            ConflictRow.resolved.is_(False),
        )
        .order_by(ConflictRow.created_at, ConflictRow.conflict_id)
    )
    return [_local(r) for r in rows]


def mark_resolved(session: Session, conflict_id: str, by: str, resolution: str) -> LocalConflict:
    """Close a conflict locally (`UnitOfWork.resolve_conflict` also queues the server's
    copy). `KeyError` when there is no such conflict; a closed one stays as it was."""
    row = session.get(ConflictRow, conflict_id)
    if row is None:
        raise KeyError(conflict_id)
    if not row.resolved:
        row.resolved, row.resolved_by, row.resolution = True, by, resolution
        session.flush()
    return _local(row)
