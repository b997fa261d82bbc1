"""Secondary indexes set aside while a new workstation's first pull fills its store.

A row inserted into a table is also inserted into each of the table's indexes, most of
them at a random place: at 100,000 pulled applications, the fourteen non-unique indexes
of ``applications`` cost three quarters of its inserts, and every commit rewrote (and
encrypted) their pages again. Building an index once its rows are there is a sort and
one sequential write instead. So a pull into a store that holds no persons and no
applications yet (`defer`) drops the non-unique indexes of the record tables, and writes
their SQL into ``meta`` in the same transaction; the pull builds them again when it ends
(`restore`), one index a transaction, so that a local save waits for one index at most,
not for all of them. Unique indexes (primary keys, application and card numbers, search
rowids) are never dropped: they keep the data whole while it arrives.

A store whose pull was killed still has the SQL in ``meta``: `Store.open` builds those
indexes first thing (`restore_at_open`, before any migration, whose steps may expect
them), so no store stays without its indexes. Until then queries are right, only slower.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy import Engine

KEY = "store.deferred_indexes"
"""``meta`` key: a JSON list of [name, CREATE INDEX sql] still to build."""
TABLES = ("persons", "applications", "checklist_items", "permits")
_PLAIN = re.compile(r"^\s*CREATE\s+INDEX\s+", re.IGNORECASE)
_EMPTY = "SELECT EXISTS (SELECT 1 FROM persons) OR EXISTS (SELECT 1 FROM applications)"
_INDEXES = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    f" AND tbl_name IN ({', '.join(repr(t) for t in TABLES)}) ORDER BY tbl_name, name"
)
_GET = 'SELECT value FROM meta WHERE "key" = ?'
_PUT = (
    'INSERT INTO meta ("key", value) VALUES (?, ?)'
    ' ON CONFLICT ("key") DO UPDATE SET value = excluded.value'
)
_DROP = 'DELETE FROM meta WHERE "key" = ?'


def pending(connection: Connection) -> list[tuple[str, str]]:
    """The (name, sql) of the indexes set aside and not built again yet."""
    value = connection.exec_driver_sql(_GET, (KEY,)).scalar()
    if not value:
        return []
    return [(str(name), str(sql)) for name, sql in json.loads(value)]


def _keep(connection: Connection, indexes: list[tuple[str, str]]) -> None:
    if indexes:
        connection.exec_driver_sql(_PUT, (KEY, json.dumps([list(i) for i in indexes])))
    else:
        connection.exec_driver_sql(_DROP, (KEY,))


def defer(connection: Connection) -> int:
    """In the caller's write transaction: when the store holds no persons and no
    applications, drop the non-unique indexes of the record tables and remember them (to
    be built again by `restore`). How many were dropped (0: the store is not empty)."""
    if connection.exec_driver_sql(_EMPTY).scalar():
        return 0
    dropped = [(str(n), str(s)) for n, s in connection.exec_driver_sql(_INDEXES) if _PLAIN.match(s)]
    if not dropped:
        return 0
    _keep(connection, pending(connection) + dropped)
    for name, _sql in dropped:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return len(dropped)


def _create_sql(sql: str) -> str:
    """The index's own ``CREATE INDEX``, as ``CREATE INDEX IF NOT EXISTS``."""
    return _PLAIN.sub("CREATE INDEX IF NOT EXISTS ", sql, count=1)


def restore(session: Session) -> int:
    """Build every index set aside again, each in a transaction of its own committed
    through `session` (a write session: ``BEGIN IMMEDIATE``), and forget it in the same
    transaction. How many were built."""
    built = 0
    while True:
        connection = session.connection()
        left = pending(connection)
        if not left:
            session.rollback()  # nothing was written
            return built
        _name, sql = left[0]
        connection.exec_driver_sql(_create_sql(sql))
        _keep(connection, left[1:])
        session.commit()
        built += 1


def restore_at_open(engine: Engine, writer: Engine) -> int:
    """`restore` on a store being opened, if a pull left indexes to build: one read of
    ``meta`` when there are none. `writer`: the engine whose transactions are
    ``BEGIN IMMEDIATE``."""
    with engine.connect() as connection:
        try:
            left = pending(connection)
        except DBAPIError:  # no meta table yet: a new database, migrated next
            return 0
    if not left:
        return 0
    with Session(bind=writer) as session:
        return restore(session)
