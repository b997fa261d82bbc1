"""Push and pull for one workstation: the batch loop around `push.apply_mutation`, and
the pages of changes of its service center in sequence order."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, Text, cast, literal, select, union_all
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, PendingRollbackError
from sqlalchemy.orm import Session

from workstation.domain.model import Role
from workstation.protocol.v1 import (
    Mutation,
    MutationResult,
    PullResponse,
    PushRequest,
    PushResponse,
)
from workstation.server import conflicts, counters, records
from workstation.server.checks import JSON, Actor
from workstation.server.context import Account, ServerState
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.push import SHAPED, apply_mutation, prepare, wrote
from workstation.server.tables import ConflictRow, MutationRow


def actor_of(caller: Account) -> Actor | MutationRejection:
    """The pushing user and workstation (checked active by `context.account`); an
    admin changes no records."""
    if caller.user_center != caller.center_code:
        return MutationRejection("wrong_center", "The user belongs to another service center.")
    if caller.role == Role.ADMIN:
        return MutationRejection(
            "role_not_allowed",
            "An admin manages users and workstations; officers and supervisors change records.",
        )
    return Actor(caller.username, Role(caller.role), caller.workstation_id, caller.center_code)


class MutationRejection:
    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        self.reason = reason


def _is_transient(exc: DBAPIError) -> bool:
    return isinstance(exc, OperationalError) or exc.connection_invalidated


def _stored(session: Session, workstation_id: str, request: PushRequest) -> dict[str, JSON]:
    """The stored results of the batch's mutations that were pushed before."""
    ids = {m.mutation_id for m in request.mutations}
    rows = session.execute(
        select(MutationRow.mutation_id, MutationRow.result).where(
            MutationRow.workstation_id == workstation_id, MutationRow.mutation_id.in_(ids)
        )
    )
    return {str(mutation_id): dict(result) for mutation_id, result in rows}


def _one(
    state: ServerState,
    session: Session,
    caller: Account,
    *,
    actor: Actor | MutationRejection | None,
    stored: dict[str, JSON],
    m: Mutation,
) -> MutationResult:
    """One mutation: its changes, sequence numbers and audit events in the batch's
    transaction (written at its end), and its stored result beside them."""
    if m.mutation_id in stored:
        return MutationResult.model_validate(stored[m.mutation_id])
    assert actor is not None
    if isinstance(actor, MutationRejection):
        result = MutationResult(
            mutation_id=m.mutation_id, status="rejected", code=actor.code, reason=actor.reason
        )
    else:
        result = apply_mutation(state, session, actor, m)
    stored[m.mutation_id] = result.model_dump(mode="json")
    records.insert_later(
        session,
        MutationRow,
        {
            "workstation_id": caller.workstation_id,
            "mutation_id": m.mutation_id,
            "result": stored[m.mutation_id],
            "created_at": utc_now(),
        },
    )
    return result


def _preload(session: Session, mutations: list[Mutation]) -> None:
    """The rows the batch is about or refers to, and the application numbers it uses."""
    keys: list[records.Key] = []
    numbers: list[str] = []
    for m in mutations:
        keys.append((m.entity, m.entity_id))
        if m.entity == "application":
            keys.append(("person", str(m.changed.get("person_id", ""))))
            numbers.append(str(m.changed.get("number", "")))
        elif m.entity == "permit":
            keys.append(("application", str(m.changed.get("application_id", ""))))
    records.preload(session, keys, numbers)


def _batch(
    state: ServerState, caller: Account, request: PushRequest
) -> tuple[list[MutationResult], DBAPIError | None]:
    """The batch in one transaction; its rows, results and audit events are written
    together at its end. A transient failure stops it: what was done before is committed
    if the database still can and the failed mutation wrote nothing yet; otherwise
    nothing is (and the results are empty)."""
    order = sorted(request.mutations, key=lambda m: m.client_seq)
    results: list[MutationResult] = []
    failure: DBAPIError | None = None
    shaped = prepare(state, order)  # outside the lock: other pushes go on meanwhile
    try:
        with state.db.transaction() as session:
            counters.lock_all(session)  # pushes queue here, before taking any row lock
            records.start_batch(session)
            session.info[SHAPED] = shaped
            stored = _stored(session, caller.workstation_id, request)
            actor: Actor | MutationRejection | None = None
            for m in order:
                if actor is None and m.mutation_id not in stored:
                    actor = actor_of(caller)
                    if not isinstance(actor, MutationRejection):
                        _preload(session, order)
                before = counters.snapshot(session)
                try:
                    results.append(_one(state, session, caller, actor=actor, stored=stored, m=m))
                except DBAPIError as exc:
                    if not _is_transient(exc):
                        raise
                    failure = exc
                    if wrote(session, before):  # half a mutation: commit nothing
                        raise
                    break
            if failure is not None:
                session.execute(select(1))  # raises if the transaction is lost
            records.write_pending(session)
            counters.write_back(session)
    except (DBAPIError, PendingRollbackError) as exc:
        if failure is not None:
            return [], failure
        if isinstance(exc, DBAPIError) and _is_transient(exc):
            return [], exc
        raise
    return results, failure


def push(state: ServerState, caller: Account, request: PushRequest) -> PushResponse:
    """Each mutation in `client_seq` order, in one transaction (committed at the end of
    the batch). A transient database failure stops the batch with 503; what was done is
    stored and replays."""
    try:
        results, failure = _batch(state, caller, request)
    except IntegrityError:  # the same mutation, pushed twice at once: replay it
        results, failure = _batch(state, caller, request)
    if failure is not None:
        raise ApiError(
            503,
            "server_unavailable",
            "The server's database is unavailable; push again later.",
            {"done": [r.model_dump(mode="json") for r in results]},
            {"Retry-After": "5"},
        ) from failure
    return PushResponse(results=results)


def _record_pages(since: int, limit: int, center: str) -> Select[Any]:
    """The first ``limit`` records of the center after `since` across the record tables,
    in seq order: their data as the stored JSON text (no decoding, no re-encoding)."""
    parts = [
        select(
            table.seq.label("seq"),
            literal(entity).label("entity"),
            table.id.label("id"),
            table.version.label("version"),
            table.deleted.label("deleted"),
            cast(table.data, Text).label("data"),
        )
        .where(table.center_code == center, table.seq > since)
        .order_by(table.seq)
        .limit(limit)
        .subquery()
        .select()
        for entity, table in records.TABLES.items()
    ]
    merged = union_all(*parts).subquery()
    return select(*merged.c).order_by(merged.c.seq).limit(limit)


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def pull_body(state: ServerState, caller: Account, since: int, limit: int) -> bytes:
    """`pull` as the JSON text of its `PullResponse`: the records' stored data goes out
    as it is kept (the same JSON values; `pull` gives the same answer as a model)."""
    with state.db.snapshot() as session:
        center = caller.center_code
        rows: list[Any] = list(session.execute(_record_pages(since, limit + 1, center)))
        conflict_rows = session.scalars(
            select(ConflictRow)
            .where(ConflictRow.center_code == center, ConflictRow.seq > since)
            .order_by(ConflictRow.seq)
            .limit(limit + 1)
        )
        items = [
            (
                seq,
                f'{{"seq":{int(seq)},"entity":"{entity}","entity_id":{_json_text(entity_id)},'
                f'"version":{int(version)},"deleted":{"true" if deleted else "false"},'
                f'"data":{data}}}',
            )
            for seq, entity, entity_id, version, deleted, data in rows
        ]
        items += [(row.seq, conflicts.as_change(row).model_dump_json()) for row in conflict_rows]
    if len(items) > len(rows):  # conflicts among the records
        items.sort(key=lambda item: item[0])
    page = items[:limit]
    cursor = page[-1][0] if page else since
    body = (
        f'{{"changes":[{",".join(text for _seq, text in page)}],"cursor":{int(cursor)},'
        f'"has_more":{"true" if len(items) > limit else "false"},'
        f'"epoch":{_json_text(state.epoch)}}}'
    )
    return body.encode()


def pull(state: ServerState, caller: Account, since: int, limit: int) -> PullResponse:
    """Changes of the caller's center with ``seq > since``, in sequence order."""
    return PullResponse.model_validate_json(pull_body(state, caller, since, limit))
