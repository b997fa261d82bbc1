"""The end of a push batch: take its numbers, check what it read, link its audit events,
write its rows. From the first statement here until the commit the counters' rows are
locked, so every other push (and every audited action) waits: on PostgreSQL this part
is sent as two pipelines, the second ending with the commit (two round trips to the
database, each one a wait for a core on a busy machine), not a round trip per
statement.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from workstation.server import audit, counters, records
from workstation.server.tables import AUDIT_COUNTER, SEQ_COUNTER, CounterRow, MutationRow

_TAKE = (
    f'UPDATE "{CounterRow.__tablename__}" SET value = value + %s WHERE name = %s RETURNING value'
)
# Read after the counter's row is locked (a statement of its own: it sees what the
# transaction that held the lock before committed).
_PREVIOUS = (
    'SELECT hash FROM "audit_events" WHERE seq = '
    f'(SELECT value FROM "{CounterRow.__tablename__}" WHERE name = %s) - %s'
)


class Changed(Exception):
    """What the batch read without a lock changed before it took its numbers."""


def finish(session: Session) -> None:
    """Number, check, link and write what the batch did (before its commit); `Changed`
    when another transaction changed what it read."""
    if session.get_bind().dialect.name == "postgresql":
        _finish_postgresql(session)
        return
    firsts = counters.take_blocks(session)  # the counters stay locked from here
    if not records.unchanged(session):
        raise Changed
    counters.assign_blocks(session, firsts)
    audit.seal(session)
    records.write_pending(session)
    session.flush()  # updated rows and conflicts, numbered by now


def _finish_postgresql(session: Session) -> None:
    """`finish` with the driver's pipelines; its errors are raised as SQLAlchemy's (an
    `IntegrityError` runs the batch again, an `OperationalError` is transient)."""
    dbapi = session.get_bind().dialect.loaded_dbapi
    try:
        _pipelined(session)
    except dbapi.Error as exc:
        raise DBAPIError.instance(None, None, exc, dbapi.Error) from exc


def _pipelined(session: Session) -> None:
    claims = counters.claimed(session)
    read = records.reads(session)
    # Encoded before the counters are locked: the stored results (they need no number)
    # and the new records, numbered by their place in the block of change numbers (the
    # statement adds the block's first number). With the lock held, only the audit
    # events are left to link, hash and encode.
    counters.number_in_blocks(session)
    results = records.take_rows(session, MutationRow)
    early = [records.populate(MutationRow, results)] if results else []
    numbered = [
        records.populate_numbered(table, rows, SEQ_COUNTER, claims[SEQ_COUNTER])
        for table, rows in records.take_new(session)
    ]
    driver: Any = session.connection().connection.driver_connection
    with driver.pipeline():
        for sql, document in early:  # run before the counters are locked
            driver.execute(sql, (document,))
        # the counters in their order, then what is read after them
        taken = {name: driver.execute(_TAKE, (count, name)) for name, count in claims.items()}
        events = claims.get(AUDIT_COUNTER, 0)
        previous = driver.execute(_PREVIOUS, (AUDIT_COUNTER, events)) if events else None
        versions = {
            entity: driver.execute(
                f'SELECT id, version FROM "{records.TABLES[entity].__tablename__}" '
                "WHERE id = ANY(%s)",
                (sorted(expected),),
            )
            for entity, expected in read.rows.items()
        }
        holders = (
            driver.execute(
                'SELECT number, id FROM "applications" WHERE number = ANY(%s)',
                (sorted(read.holders),),
            )
            if read.holders
            else None
        )
        for sql, parameters in numbered:  # rolled back with the rest if a check fails
            driver.execute(sql, parameters)
    if not read.hold(
        {entity: dict(cursor.fetchall()) for entity, cursor in versions.items()},
        holders.fetchall() if holders is not None else [],
    ):
        raise Changed
    counters.assign_blocks(
        session,
        {name: int(cursor.fetchone()[0]) - claims[name] + 1 for name, cursor in taken.items()},
    )
    if previous is not None:
        row = previous.fetchone()
        audit.seal(session, row[0] if row is not None else audit.GENESIS)
    session.flush()  # updated rows and conflicts, numbered by now
    pending = records.take_pending(session)
    if pending:
        # the rows and the commit in one round trip: the session has nothing left to
        # write (its own commit then finds the transaction ended and sends nothing)
        if session.new or session.dirty or session.deleted:
            raise RuntimeError("a push batch has unwritten rows at its commit")
        with driver.pipeline():
            for table, rows in pending:
                sql, document = records.populate(table, rows)
                driver.execute(sql, (document,))
            driver.execute("COMMIT")
