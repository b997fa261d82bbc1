"""Conflict records: what a stale mutation could not merge, shown under "Needs review"
on every workstation of the center (pulled as entity ``conflict``), and resolved by a
later mutation on that entity."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.domain.ids import new_id
from workstation.domain.merge import FieldConflict
from workstation.domain.serialize import datetime_text
from workstation.protocol.v1 import Change, ConflictField, ConflictRecord, Mutation
from workstation.server import counters
from workstation.server.db import utc_now
from workstation.server.tables import SEQ_COUNTER, ConflictRow


def fields_of(conflicts: Sequence[FieldConflict]) -> list[ConflictField]:
    return [
        ConflictField(field=c.field, base=c.base, client=c.client, server=c.server)
        for c in conflicts
    ]


def create(
    session: Session,
    *,
    center_code: str,
    mutation: Mutation,
    workstation_id: str,
    username: str,
    conflicts: Sequence[FieldConflict],
) -> ConflictRow:
    row = ConflictRow(
        id=new_id(),
        center_code=center_code,
        version=1,
        entity=mutation.entity,
        entity_id=mutation.entity_id,
        mutation_id=mutation.mutation_id,
        workstation_id=workstation_id,
        username=username,
        fields=[f.model_dump(mode="json") for f in fields_of(conflicts)],
        created_at=utc_now(),
        resolved=False,
        resolved_by="",
        resolution="",
    )
    counters.claim(session, SEQ_COUNTER, partial(setattr, row, "seq"))
    session.add(row)
    return row


def resolve(session: Session, row: ConflictRow, *, username: str, resolution: str) -> None:
    row.resolved = True
    row.resolved_by = username
    row.resolution = resolution
    row.version += 1
    counters.claim(session, SEQ_COUNTER, partial(setattr, row, "seq"))


def as_record(row: ConflictRow) -> ConflictRecord:
    return ConflictRecord(
        conflict_id=row.id,
        entity=row.entity,  # type: ignore[arg-type]  # stored from a Mutation's entity
        entity_id=row.entity_id,
        mutation_id=row.mutation_id,
        workstation_id=row.workstation_id,
        username=row.username,
        fields=[ConflictField.model_validate(f) for f in row.fields],
        created_at=datetime_text(row.created_at) or "",
        resolved=row.resolved,
        resolved_by=row.resolved_by,
        resolution=row.resolution,
    )


def as_change(row: ConflictRow) -> Change:
    return Change(
        seq=row.seq,
        entity="conflict",
        entity_id=row.id,
        version=row.version,
        data=as_record(row).model_dump(mode="json"),
    )


def listing(
    session: Session, center_code: str | None, resolved: bool | None
) -> list[ConflictRecord]:
    query = select(ConflictRow).order_by(ConflictRow.created_at, ConflictRow.id)
    if center_code is not None:
        query = query.where(ConflictRow.center_code == center_code)
    if resolved is not None:
        query = query.where(ConflictRow.resolved == resolved)
    return [as_record(row) for row in session.scalars(query)]
