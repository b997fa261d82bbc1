"""The server's sequences: one counter row each, taken with ``UPDATE … RETURNING``.

The update locks the row until the transaction ends, so two transactions that take the
change sequence commit in the order of their numbers: a pull that has seen number N has
seen every change below N (no late commit is skipped). Works across processes on one
PostgreSQL database; on SQLite the database lock does the same.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.server.tables import AUDIT_COUNTER, SEQ_COUNTER, CounterRow

# A push batch locks the counters for its whole transaction and numbers in memory (one
# row updated once, not a long chain of row versions); `write_back` stores the values.
_LOCAL = "counters.local"


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
