"""Statements sent straight to the driver inside an ORM session's transaction.

A unit of work sends a few dozen small statements per save; through the ORM each costs
about half a millisecond of Python (flush bookkeeping, statement cache keys, result
set-up) against tens of microseconds in SQLite itself. The hot ones (inserts of new
rows, the outbox and the audit chain, leased numbers) go to a DB-API cursor of the
session's own connection instead: the same transaction, values in their stored form
(`bulk_rows`). Two rules keep the session coherent with what is sent that way:

- the session's pending changes are flushed before (`cursor` does it), so that the
  driver's statements see them and run after them, as the ORM's would;
- a row changed behind the session's back is expired in its identity map
  (`expire_row`), so that the next ORM access reads it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key


def cursor(session: Session) -> Any:
    """A DB-API cursor on the session's transaction, its pending changes flushed."""
    session.flush()
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def expire_row(session: Session, row_class: type[Any], key: Any) -> None:
    """Forget what the session holds of the row `key` of `row_class` (if anything): it
    was changed by a driver statement."""
    held = session.identity_map.get(identity_key(row_class, key))
    if held is not None:
        session.expire(held)
