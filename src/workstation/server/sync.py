"""Push and pull for one workstation: the batch loop around `push.apply_mutation`, and
the pages of changes of its service center in sequence order."""

from __future__ import annotations

from sqlalchemy import ScalarResult, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from workstation.domain.model import Role
from workstation.protocol.v1 import (
    Change,
    MutationResult,
    PullResponse,
    PushRequest,
    PushResponse,
)
from workstation.server import conflicts, records
from workstation.server.checks import Actor
from workstation.server.context import ServerState
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.push import apply_mutation
from workstation.server.tables import ConflictRow, MutationRow, UserRow, WorkstationRow
from workstation.server.tokens import Principal


def actor_of(session: Session, caller: Principal) -> Actor | MutationRejection:
    """The pushing user and workstation as the database knows them now."""
    user = session.get(UserRow, caller.username)
    workstation = session.get(WorkstationRow, caller.workstation_id)
    if user is None or user.disabled:
        raise ApiError(403, "user_disabled", "This user account is disabled.")
    if workstation is None:
        raise ApiError(403, "workstation_unknown", "This workstation is not enrolled.")
    if user.center_code != workstation.center_code:
        return MutationRejection("wrong_center", "The user belongs to another service center.")
    return Actor(user.username, Role(user.role), workstation.id, workstation.center_code)


class MutationRejection:
    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        self.reason = reason


def _is_transient(exc: DBAPIError) -> bool:
    return isinstance(exc, OperationalError) or exc.connection_invalidated


def _one(
    state: ServerState, caller: Principal, mutation_index: int, request: PushRequest
) -> MutationResult:
    m = request.mutations[mutation_index]
    with state.db.transaction() as session:
        stored = session.get(MutationRow, (caller.workstation_id, m.mutation_id))
        if stored is not None:
            return MutationResult.model_validate(stored.result)
        actor = actor_of(session, caller)
        if isinstance(actor, MutationRejection):
            result = MutationResult(
                mutation_id=m.mutation_id, status="rejected", code=actor.code, reason=actor.reason
            )
        else:
            result = apply_mutation(state, session, actor, m)
        session.add(
            MutationRow(
                workstation_id=caller.workstation_id,
                mutation_id=m.mutation_id,
                result=result.model_dump(mode="json"),
                created_at=utc_now(),
            )
        )
    return result


def push(state: ServerState, caller: Principal, request: PushRequest) -> PushResponse:
    """Each mutation in `client_seq` order, each in its own transaction. A transient
    database failure stops the batch with 503; what was done is stored and replays."""
    order = sorted(range(len(request.mutations)), key=lambda i: request.mutations[i].client_seq)
    results: list[MutationResult] = []
    for index in order:
        try:
            try:
                results.append(_one(state, caller, index, request))
            except IntegrityError:  # the same mutation, pushed twice at once: replay it
                results.append(_one(state, caller, index, request))
        except DBAPIError as exc:
            if not _is_transient(exc):
                raise
            raise ApiError(
                503,
                "server_unavailable",
                "The server's database is unavailable; push again later.",
                {"done": [r.model_dump(mode="json") for r in results]},
                {"Retry-After": "5"},
            ) from exc
    return PushResponse(results=results)


def pull(state: ServerState, caller: Principal, since: int, limit: int) -> PullResponse:
    """Changes of the caller's center with ``seq > since``, in sequence order."""
    with state.db.snapshot() as session:
        workstation = session.get(WorkstationRow, caller.workstation_id)
        if workstation is None:
            raise ApiError(403, "workstation_unknown", "This workstation is not enrolled.")
        center = workstation.center_code
        changes: list[Change] = []
        for table in records.TABLES.values():
            rows: ScalarResult[records.RecordRow] = session.scalars(
                select(table)
                .where(table.center_code == center, table.seq > since)
                .order_by(table.seq)
                .limit(limit + 1)
            )
            changes.extend(records.as_change(row) for row in rows)
        conflict_rows = session.scalars(
            select(ConflictRow)
            .where(ConflictRow.center_code == center, ConflictRow.seq > since)
            .order_by(ConflictRow.seq)
            .limit(limit + 1)
        )
        changes.extend(conflicts.as_change(row) for row in conflict_rows)
    changes.sort(key=lambda c: c.seq)
    page = changes[:limit]
    return PullResponse(
        changes=page,
        cursor=page[-1].seq if page else since,
        has_more=len(changes) > limit,
        epoch=state.epoch,
    )
