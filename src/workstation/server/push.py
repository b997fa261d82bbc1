"""Steps 1, 5, 6 and 7 of handling a pushed mutation (docs/protocol-v1.md): replay,
create, update with a field-by-field merge, delete, conflict resolution. The mutations
of a batch share its transaction (`sync.push`); each one's result is stored with it for
replays, and a rejected one writes nothing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from workstation.domain.merge import FieldConflict, merge
from workstation.protocol.v1 import Mutation, MutationResult
from workstation.server import audit, conflicts, counters, records
from workstation.server.checks import (
    JSON,
    Actor,
    Rejected,
    check_checklist,
    check_create_rights,
    check_numbers,
    check_references,
    check_rights,
    normalise,
)
from workstation.server.context import ServerState
from workstation.server.tables import ConflictRow


def _result(m: Mutation, status: str, **kw: object) -> MutationResult:
    return MutationResult.model_validate({"mutation_id": m.mutation_id, "status": status, **kw})


def _audit(session: Session, actor: Actor, m: Mutation, action: str) -> None:
    audit.record(
        session,
        actor=actor.username,
        workstation_id=actor.workstation_id,
        action=action,
        entity=m.entity,
        entity_id=m.entity_id,
    )


def _conflict(
    session: Session, actor: Actor, m: Mutation, fields: list[FieldConflict], version: int
) -> MutationResult:
    row = conflicts.create(
        session,
        center_code=actor.center_code,
        mutation=m,
        workstation_id=actor.workstation_id,
        username=actor.username,
        conflicts=fields,
    )
    _audit(session, actor, m, f"{m.entity}.conflict")
    return _result(
        m,
        "conflict",
        version=version,
        conflict_id=row.id,
        fields=[f.model_dump() for f in conflicts.fields_of(fields)],
    )


def _resolve(session: Session, actor: Actor, m: Mutation) -> MutationResult:
    row = session.get(ConflictRow, m.entity_id, with_for_update=True)
    if row is None or row.center_code != actor.center_code:
        raise Rejected("not_found", "No such conflict in this service center.")
    if m.op != "update" or m.changed.get("resolved") is not True:
        raise Rejected("invalid_record", 'A conflict is resolved by {"resolved": true}.')
    if not row.resolved:
        conflicts.resolve(
            session, row, username=actor.username, resolution=str(m.changed.get("resolution", ""))
        )
        _audit(session, actor, m, "conflict.resolve")
    return _result(m, "applied", version=row.version)


# A create's record in its canonical shape (or why it is refused), by mutation id: it
# depends on the mutation alone, so a batch shapes its creates before it queues for the
# counters' lock (`prepare`), and holds the lock for less.
SHAPED = "push.shaped"


def _shape(state: ServerState, m: Mutation) -> JSON | Rejected:
    try:
        return normalise(m.entity, {**m.changed, "id": m.entity_id}, state.catalogue, state.today())
    except Rejected as exc:
        return exc


def prepare(state: ServerState, mutations: list[Mutation]) -> dict[str, JSON | Rejected]:
    """The shaped records of the batch's creates (`_create` uses them), before its
    transaction."""
    return {
        m.mutation_id: _shape(state, m)
        for m in mutations
        if m.op == "create" and m.entity != "conflict"
    }


def _create(state: ServerState, session: Session, actor: Actor, m: Mutation) -> MutationResult:
    shaped: dict[str, JSON | Rejected] = session.info.get(SHAPED) or {}
    data = shaped.get(m.mutation_id)
    if data is None:
        data = _shape(state, m)
    if isinstance(data, Rejected):
        raise data
    check_create_rights(actor, m.entity, data)
    check_references(session, actor, m.entity, data)
    row = records.find(session, m.entity, m.entity_id, lock=True)
    if row is not None and row.center_code != actor.center_code:
        raise Rejected("not_found", "This id belongs to another service center.")
    check_numbers(session, actor, m.entity, data, {} if row is None else row.data)
    if row is not None:
        if row.data == data and not row.deleted:
            return _result(m, "applied", version=row.version)
        fields = [
            FieldConflict(k, None, data[k], row.data.get(k))
            for k in sorted(data)
            if row.data.get(k) != data[k]
        ]
        return _conflict(session, actor, m, fields, row.version)
    row = records.write(
        session, m.entity, m.entity_id, data, center_code=actor.center_code, existing=None
    )
    _audit(session, actor, m, f"{m.entity}.create")
    return _result(m, "applied", version=row.version)


def _update(state: ServerState, session: Session, actor: Actor, m: Mutation) -> MutationResult:
    row = records.find(session, m.entity, m.entity_id, lock=True)
    if row is None or row.deleted or row.center_code != actor.center_code:
        raise Rejected("not_found", f"No such {m.entity} on the server.")
    if "id" in m.changed and m.changed["id"] != m.entity_id:
        raise Rejected("invalid_record", "The id of a record cannot change.")
    check_rights(actor, m.changed, m.prev)
    merged = merge(row.data, m.changed, m.prev, fresh=m.base_version == row.version)
    data = normalise(m.entity, merged.merged, state.catalogue, state.today())
    check_references(session, actor, m.entity, data)
    if m.entity == "application":
        check_checklist(
            session, state.catalogue, state.today(), changed=m.changed, prev=m.prev, data=data
        )
    check_numbers(session, actor, m.entity, data, row.data)
    version = row.version
    if data != row.data:
        version = records.write(
            session, m.entity, m.entity_id, data, center_code=row.center_code, existing=row
        ).version
        _audit(session, actor, m, f"{m.entity}.update")
    if merged.has_conflict:
        return _conflict(session, actor, m, list(merged.conflicts), version)
    return _result(m, "applied", version=version)


def _delete(session: Session, actor: Actor, m: Mutation) -> MutationResult:
    row = records.find(session, m.entity, m.entity_id, lock=True)
    if row is None or row.center_code != actor.center_code:
        raise Rejected("not_found", f"No such {m.entity} on the server.")
    if m.entity == "application" and row.data.get("status") != "draft":
        raise Rejected("illegal_transition", "Only a draft is deleted; withdraw the others.")
    if not row.deleted:
        records.write(
            session,
            m.entity,
            m.entity_id,
            row.data,
            center_code=row.center_code,
            existing=row,
            deleted=True,
        )
        _audit(session, actor, m, f"{m.entity}.delete")
    return _result(m, "applied", version=row.version)


def apply_mutation(
    state: ServerState, session: Session, actor: Actor, m: Mutation
) -> MutationResult:
    """The result of steps 2 to 7. Every check comes before the first write, so a
    rejection leaves nothing behind, without a savepoint (PostgreSQL keeps a
    subtransaction per savepoint for the whole transaction: slow past 64 of them). The
    writes stay in the session until the batch flushes them together."""
    numbers = counters.snapshot(session)
    try:
        if m.entity == "conflict":
            return _resolve(session, actor, m)
        if m.op == "create":
            return _create(state, session, actor, m)
        if m.op == "update":
            return _update(state, session, actor, m)
        return _delete(session, actor, m)
    except Rejected as exc:
        if counters.snapshot(session) != numbers:  # a write took a sequence number
            raise RuntimeError(f"{m.mutation_id}: rejected after writing") from exc
        return _result(m, "rejected", code=exc.code, reason=exc.reason)


def wrote(session: Session, before: dict[str, int]) -> bool:
    """Whether anything was written since `counters.snapshot` gave `before` (every write
    of a mutation takes a number of the change or the audit sequence)."""
    return counters.snapshot(session) != before
