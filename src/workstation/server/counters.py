"""The server's sequences: one counter row each, taken with ``UPDATE … RETURNING``.

The update locks the row until the transaction ends, so two transactions that take the
change sequence commit in the order of their numbers: a pull that has seen number N has
seen every change below N (no late commit is skipped). Works across processes on one
PostgreSQL database; on SQLite the database lock does the same.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.server.tables import AUDIT_COUNTER, SEQ_COUNTER, CounterRow

# An import locks the counters for its whole transaction and numbers in memory (one
# row updated once, not a long chain of row versions); `write_back` stores the values.
_LOCAL = "counters.local"
# A push batch numbers its writes at its very end (`defer`, `claim`): what waits for a
# number of each counter, in the order the writes were made.
_CLAIMS = "counters.claims"
NAMES = (AUDIT_COUNTER, SEQ_COUNTER)
"""The counters in the order they are locked (every transaction that takes both)."""


def defer(session: Session) -> None:
    """From now on, this transaction's writes claim their numbers (`claim`) and get them
    when it takes its blocks of numbers (`take_blocks`), just before it commits: the
    counters' rows are locked from then until the commit, not for the whole batch."""
    session.info[_CLAIMS] = {name: [] for name in NAMES}


def deferring(session: Session) -> bool:
    """Whether this transaction's writes wait for `take_blocks` for their numbers."""
    return _CLAIMS in session.info


def claim(session: Session, name: str, assign: Callable[[int], None]) -> None:
    """`assign` the next number of the counter `name`: now, or (after `defer`) when the
    transaction takes its numbers, in the order claimed."""
    claims: dict[str, list[Callable[[int], None]]] | None = session.info.get(_CLAIMS)
    if claims is None:
        assign(take(session, name))
    else:
        claims[name].append(assign)


def claimed(session: Session) -> dict[str, int]:
    """How many numbers of each counter wait for `take_blocks` (none without `defer`)."""
    claims: dict[str, list[Callable[[int], None]]] = session.info.get(_CLAIMS) or {}
    return {name: len(waiting) for name, waiting in claims.items() if waiting}


def number_in_blocks(session: Session) -> None:
    """Give each claim its place in its counter's block (0, 1, … in the order claimed),
    for what is written before the numbers are known; the claims stay, and
    `assign_blocks` gives them their numbers."""
    claims: dict[str, list[Callable[[int], None]]] = session.info.get(_CLAIMS) or {}
    for waiting in claims.values():
        for offset, assign in enumerate(waiting):
            assign(offset)


def assign_blocks(session: Session, firsts: dict[str, int]) -> None:
    """Hand out the claimed numbers: the counter `name`'s claims get ``firsts[name]``,
    ``firsts[name] + 1``, … in the order they were claimed; the claims are settled."""
    claims: dict[str, list[Callable[[int], None]]] = session.info.pop(_CLAIMS, None) or {}
    for name, waiting in claims.items():
        for offset, assign in enumerate(waiting):
            assign(firsts[name] + offset)


def take_blocks(session: Session) -> dict[str, int]:
    """Lock the counters (in `NAMES` order) and take the claimed numbers of each in one
    block: the first number of each block. From here until the commit every other
    transaction that numbers a write waits, so numbers are committed in their order (the
    pull's guarantee). Portable version: one statement per counter."""
    firsts: dict[str, int] = {}
    for name, count in claimed(session).items():
        if count:
            last = session.execute(
                update(CounterRow)
                .where(CounterRow.name == name)
                .values(value=CounterRow.value + count)
                .returning(CounterRow.value)
            ).scalar_one()
            firsts[name] = int(last) - count + 1
    return firsts


def take(session: Session, name: str) -> int:
    local: dict[str, int] | None = session.info.get(_LOCAL)
    if local is not None and name in local:
        local[name] += 1
        return local[name]
    value = session.execute(
        update(CounterRow)
        .where(CounterRow.name == name)
        .values(value=CounterRow.value + 1)
        .returning(CounterRow.value)
    ).scalar_one()
    return int(value)


def lock_all(session: Session) -> None:
    """Lock the change and audit sequences now, in one order, for the whole transaction
    (a push batch takes them before any row lock, so two batches cannot deadlock)."""
    rows = session.execute(
        select(CounterRow.name, CounterRow.value)
        .where(CounterRow.name.in_((AUDIT_COUNTER, SEQ_COUNTER)))
        .order_by(CounterRow.name)
        .with_for_update()
    ).all()
    session.info[_LOCAL] = {str(name): int(value) for name, value in rows}
    session.info[_LOCAL + ".stored"] = dict(session.info[_LOCAL])


def snapshot(session: Session) -> dict[str, int]:
    """The numbers taken (or claimed) so far: it changes with every numbered write."""
    if _CLAIMS in session.info:
        return claimed(session)
    return dict(session.info.get(_LOCAL) or {})


def write_back(session: Session) -> None:
    """Store the numbers taken in memory (before the batch's transaction commits)."""
    local: dict[str, int] = session.info.get(_LOCAL) or {}
    stored: dict[str, int] = session.info.get(_LOCAL + ".stored") or {}
    for name, value in local.items():
        if stored.get(name) != value:
            session.execute(update(CounterRow).where(CounterRow.name == name).values(value=value))
            stored[name] = value


def next_seq(session: Session) -> int:
    """The next number of the pull sequence, inside the caller's transaction."""
    return take(session, SEQ_COUNTER)


def current_seq(session: Session) -> int:
    local: dict[str, int] | None = session.info.get(_LOCAL)
    if local is not None and SEQ_COUNTER in local:
        return local[SEQ_COUNTER]
    row = session.get(CounterRow, SEQ_COUNTER)
    return 0 if row is None else int(row.value)
