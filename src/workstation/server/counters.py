"""The server's sequences: one counter row each, taken with ``UPDATE … RETURNING``.

The update locks the row until the transaction ends, so two transactions that take the
change sequence commit in the order of their numbers: a pull that has seen number N has
seen every change below N (no late commit is skipped). Works across processes on one
PostgreSQL database; on SQLite the database lock does the same.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from workstation.server.tables import SEQ_COUNTER, CounterRow


def take(session: Session, name: str) -> int:
    value = session.execute(
        update(CounterRow)
        .where(CounterRow.name == name)
        .values(value=CounterRow.value + 1)
        .returning(CounterRow.value)
    ).scalar_one()
    return int(value)


def next_seq(session: Session) -> int:
    """The next number of the pull sequence, inside the caller's transaction."""
    return take(session, SEQ_COUNTER)


def current_seq(session: Session) -> int:
    row = session.get(CounterRow, SEQ_COUNTER)
    return 0 if row is None else int(row.value)
