"""`POST /sync/push` for one workstation: the batch loop around `push.apply_mutation`.

A batch is one transaction. Its mutations are applied in `client_seq` order with the
rows they are about locked, but without the counters' lock: their writes claim their
numbers of the pull sequence and the audit chain (`counters.claim`) and are kept in
memory. At its end the batch locks the counters and takes its numbers in one block of
each, checks that what it read without a lock is still so (`records.unchanged`), links
its audit events, writes everything and commits. So the counters stay locked only from
the taking of numbers to the commit (DESIGN.md 3.2: numbers are committed in their
order, and a pull never skips a late commit), not for the whole batch. A batch that
finds what it read changed (another push committed in between) is run again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, PendingRollbackError
from sqlalchemy.orm import Session

from workstation.domain.model import Role
from workstation.protocol.v1 import Mutation, MutationResult, PushRequest, PushResponse
from workstation.server import audit, counters, leases, push_end, records
from workstation.server.checks import JSON, Actor
from workstation.server.context import (
    ACCOUNT_PG,
    Account,
    ServerState,
    account_in,
    account_of,
    account_parameters,
)
from workstation.server.db import utc_now
from workstation.server.errors import ApiError
from workstation.server.push import SHAPED, apply_mutation, prepare, wrote
from workstation.server.tables import ConflictRow, MutationRow
from workstation.server.tokens import Principal

ATTEMPTS = 3
"""Runs of a batch at most: the last with the counters locked from its start (it then
cannot find what it read changed)."""


class MutationRejection:
    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        self.reason = reason


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


def _is_transient(exc: DBAPIError) -> bool:
    return isinstance(exc, OperationalError) or exc.connection_invalidated


# One primary-key probe per id, whatever the planner believes of the table. Written as
# ``workstation_id = … AND mutation_id IN (…100 values…)``, PostgreSQL's cached plan may
# scan every stored result of the workstation and compare each with the 100 ids (it did
# while the table had no statistics: 9 ms a batch at 3,000 stored results, growing with
# every push).
STORED_PG = text(
    "SELECT k.id, (SELECT m.result FROM mutations AS m "
    "WHERE m.workstation_id = :workstation_id AND m.mutation_id = k.id) "
    "FROM unnest(CAST(:ids AS text[])) AS k(id)"
)


def _stored(session: Session, workstation_id: str, request: PushRequest) -> dict[str, JSON]:
    """The stored results of the batch's mutations that were pushed before."""
    ids = sorted({m.mutation_id for m in request.mutations})
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(STORED_PG, {"workstation_id": workstation_id, "ids": ids})
        return {str(key): dict(result) for key, result in rows if result is not None}
    found = session.execute(
        select(MutationRow.mutation_id, MutationRow.result).where(
            MutationRow.workstation_id == workstation_id, MutationRow.mutation_id.in_(ids)
        )
    )
    return {str(mutation_id): dict(result) for mutation_id, result in found}


def _open(
    session: Session, who: Account | Principal, request: PushRequest
) -> tuple[Account, dict[str, JSON]]:
    """The caller (checked: `context.account_in`) and the stored results of the batch's
    mutations pushed before. On PostgreSQL, for a caller known by their token, the
    caller's check, the reads of the leases the batch's numbers need
    (`leases.remember`), the locks of the records it is about and the holders of its
    application numbers (`records.preloaded`: only rows found are read again, by the
    ORM) go in one pipeline of the driver with the transaction's BEGIN: one round trip
    to the database, not seven, each a wait for a core when the machine is busy. (The
    records are locked before the batch knows whether it replays: a batch of replays
    holds them until its commit, as a batch that applies does.)"""
    if isinstance(who, Account) or session.get_bind().dialect.name != "postgresql":
        caller = who if isinstance(who, Account) else account_in(session, who)
        return caller, _stored(session, caller.workstation_id, request)
    keys = {
        key for m in request.mutations if (key := leases.series_of(m.entity, m.changed)) is not None
    }
    about, numbers, _conflicts = _about(request.mutations)
    plan = records.preload_plan(session, about, numbers)
    dbapi = session.get_bind().dialect.loaded_dbapi
    driver: Any = session.connection().connection.driver_connection
    try:
        with driver.pipeline():
            account = driver.execute(ACCOUNT_PG, account_parameters(who))
            parameters = leases.lease_parameters(who.workstation_id, keys)
            leased = driver.execute(leases.LEASES_PG, parameters) if keys else None
            voided = driver.execute(leases.VOIDED_PG, parameters) if keys else None
            locks = {  # planned for their ids, not prepared (see records.LOCK_PG)
                entity: driver.execute(records.LOCK_PG[entity], (ids,), prepare=False)
                for entity, ids in plan.wanted.items()
            }
            held = (
                driver.execute(records.HOLDERS_PG, (plan.numbers,), prepare=False)
                if plan.numbers
                else None
            )
        row = account.fetchone()
        if leased is not None and voided is not None:
            leases.remember(session, who.workstation_id, keys, leased.fetchall(), voided.fetchall())
        locked = {
            entity: [str(i) for (i,) in cursor.fetchall()] for entity, cursor in locks.items()
        }
        held_rows = [] if held is None else [(str(n), str(i)) for n, i in held.fetchall()]
    except dbapi.Error as exc:  # raised as SQLAlchemy's (an OperationalError is transient)
        raise DBAPIError.instance(None, None, exc, dbapi.Error) from exc
    caller = account_of(session, who, None if row is None else tuple(row))
    records.preloaded(session, plan, locked, held_rows)
    return caller, _stored(session, caller.workstation_id, request)


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


def _about(mutations: list[Mutation]) -> tuple[list[records.Key], list[str], set[str]]:
    """The records the batch is about or refers to, the application numbers it uses and
    the conflicts it resolves."""
    keys: list[records.Key] = []
    numbers: list[str] = []
    conflict_ids: set[str] = set()
    for m in mutations:
        keys.append((m.entity, m.entity_id))
        if m.entity == "application":
            keys.append(("person", str(m.changed.get("person_id", ""))))
            numbers.append(str(m.changed.get("number", "")))
        elif m.entity == "permit":
            keys.append(("application", str(m.changed.get("application_id", ""))))
        elif m.entity == "conflict":
            conflict_ids.add(m.entity_id)
    return keys, numbers, conflict_ids


def _preload(session: Session, mutations: list[Mutation]) -> None:
    """Lock the rows the batch is about or refers to (records, then conflicts; each in
    id order), and read the application numbers it uses (what `_open` read already is
    not read again)."""
    keys, numbers, conflict_ids = _about(mutations)
    records.preload(session, keys, numbers)
    if conflict_ids:
        session.scalars(
            select(ConflictRow)
            .where(ConflictRow.id.in_(sorted(conflict_ids)))
            .order_by(ConflictRow.id)
            .with_for_update()
        ).all()


def _finish(session: Session, *, late: bool) -> None:
    """Number, link and write what the batch did (before its commit)."""
    if late:
        push_end.finish(session)
        return
    audit.seal(session)
    records.write_pending(session)
    session.flush()
    counters.write_back(session)


def _batch(
    state: ServerState, who: Account | Principal, request: PushRequest, *, late: bool = True
) -> tuple[list[MutationResult], DBAPIError | None]:
    """The batch in one transaction; its rows, results and audit events are written
    together at its end. A transient failure stops it: what was done before is committed
    if the database still can and the failed mutation wrote nothing yet; otherwise
    nothing is (and the results are empty). `late`: the counters are locked at the end
    (else from the start, as an import does). A caller known by their token alone is
    checked in the batch's transaction (`context.account_in`), not in one of its own."""
    order = sorted(request.mutations, key=lambda m: m.client_seq)
    results: list[MutationResult] = []
    failure: DBAPIError | None = None
    shaped = prepare(state, order)  # before the transaction: it needs no database
    try:
        with state.db.transaction() as session, session.no_autoflush:
            if late:
                counters.defer(session)
            else:
                counters.lock_all(session)
            records.start_batch(session)
            session.info[SHAPED] = shaped
            caller, stored = _open(session, who, request)
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
            _finish(session, late=late)
    except (DBAPIError, PendingRollbackError) as exc:
        if failure is not None:
            return [], failure
        if isinstance(exc, DBAPIError) and _is_transient(exc):
            return [], exc
        raise
    return results, failure


def push(state: ServerState, caller: Account | Principal, request: PushRequest) -> PushResponse:
    """Each mutation in `client_seq` order, in one transaction (committed at the end of
    the batch), the caller's check (`context.account_in`) in it too. A transient
    database failure stops the batch with 503; what was done is stored and replays. A
    batch that another one changed under it (or the same mutation pushed twice at once:
    the stored results then replay) runs again."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            results, failure = _batch(state, caller, request, late=attempt < ATTEMPTS)
            break
        except (IntegrityError, push_end.Changed):
            if attempt == ATTEMPTS:
                raise
    if failure is not None:
        raise ApiError(
            503,
            "server_unavailable",
            "The server's database is unavailable; push again later.",
            {"done": [r.model_dump(mode="json") for r in results]},
            {"Retry-After": "5"},
        ) from failure
    return PushResponse(results=results)
