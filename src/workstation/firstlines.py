"""The first lines of an officer's "My work" queue read straight from the data folder's
database (SQLCipher's DB-API), without SQLAlchemy or the store.

Start-up (`workstation.gui.app.Startup`) uses it when the officer is known before the
store is open: the window's first lines are painted while SQLAlchemy, the store and the
pages are still to be imported (about a second of CPU). It reads exactly what the queue
model's first query reads (`QueueRepository.keys` with a limit, then
`QueueRepository.rows_for`): the SQL below is the text SQLAlchemy compiles for that
shape of filter (`workstation.store.queues`), and a test keeps the two equal. It is a
store-layer module that does not import the `workstation.store` package (whose
``__init__`` imports SQLAlchemy); it imports the domain and the SQLCipher driver only.

Nothing here decides who may see the lines: the caller reads them for the officer who is
logged in, with the data key it was given. Whatever goes wrong (no such file, a wrong
key, a schema it does not know) is `Unavailable`: the caller then takes the store's way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from workstation.domain.model import Status
from workstation.domain.serialize import parse_datetime

DATABASE_NAME = "workstation.sqlite3"  # `workstation.store.datadir.DATABASE_NAME`
KEY_BYTES = 32

# `QueueRepository.keys(QueueFilter(statuses=..., assignee=...), SortKey.DUE_DATE,
# descending=False, limit=...)`: {statuses} is one "?" per status; the statuses are bound
# in sorted order of their values, then the assignee, the limit and the offset.
KEYS_SQL = (
    "SELECT applications.rowid \n"
    "FROM applications \n"
    "WHERE applications.deleted IS 0 AND applications.status IN ({statuses}) AND "
    "applications.assignee = ? ORDER BY applications.due_date ASC NULLS LAST, "
    "applications.id ASC\n"
    " LIMIT ? OFFSET ?"
)
# `QueueRepository.rows_for(keys)`: {keys} is one "?" per key.
ROWS_SQL = (
    "SELECT applications.rowid, applications.id, applications.number, persons.surname, "
    "persons.given_names, persons.patronymic, persons.citizenship, "
    "applications.service_code, applications.status, applications.received_at, "
    "applications.due_date, applications.assignee, applications.sync_state \n"
    "FROM applications JOIN persons ON persons.id = applications.person_id \n"
    "WHERE applications.rowid IN ({keys}) AND +applications.deleted IS 0"
)


class Unavailable(Exception):
    """The first lines cannot be read here: take the store's way."""


class Line(NamedTuple):
    """One queue line, field for field `workstation.store.QueueRow`."""

    id: str
    number: str
    applicant_name: str
    citizenship: str
    service_code: str
    status: Status
    received_at: dt.datetime | None
    due_date: dt.date | None
    assignee: str
    sync_state: str


class FirstLines(NamedTuple):
    """The first `keys` (row keys, in the queue's order) of an officer's "My work" and
    their lines by key."""

    assignee: str
    keys: list[int]
    lines: dict[int, Line]


_STATUSES = {status.value: status for status in Status}


def line(values: Sequence[Any]) -> Line:
    """A line from the stored values of the columns of `ROWS_SQL` after the rowid (as
    `workstation.store.queues` makes a `QueueRow`)."""
    received, due = values[8], values[9]
    return Line(
        values[0],
        values[1] or "",
        " ".join([p for p in (values[2], values[3], values[4]) if p]),
        values[5],
        values[6],
        _STATUSES[values[7]],
        None if received is None else parse_datetime(received),
        None if due is None else dt.date.fromisoformat(due),
        values[10],
        values[11],
    )


def keys_sql(statuses: int) -> str:
    return KEYS_SQL.format(statuses=", ".join(["?"] * statuses))


def rows_sql(keys: int) -> str:
    return ROWS_SQL.format(keys=", ".join(["?"] * keys))


def _connect(database: Path, key: bytes) -> Any:
    """A read-only SQLCipher connection keyed with `key` (checked)."""
    from sqlcipher3 import dbapi2 as sqlcipher  # noqa: PLC0415 - a C module, only here

    if len(key) != KEY_BYTES or not database.is_file():
        raise Unavailable(f"no database to read at {database}")
    conn = sqlcipher.connect(f"{database.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        conn.close()
        raise Unavailable(str(exc)) from exc
    return conn


def read(
    folder: Path, key: bytes, assignee: str, statuses: Collection[Status], limit: int
) -> FirstLines:
    """The first `limit` lines of `assignee`'s applications in `statuses` by due date
    (missing last, then id), from the database of the data folder `folder`."""
    conn = _connect(folder / DATABASE_NAME, key)
    try:
        values = sorted(Status(s).value for s in statuses)
        keys = [
            key
            for (key,) in conn.execute(
                keys_sql(len(values)), (*values, assignee, max(limit, 0), 0)
            ).fetchall()
        ]
        found: dict[int, Line] = {}
        if keys:
            for row in conn.execute(rows_sql(len(keys)), keys).fetchall():
                found[row[0]] = line(row[1:])
    except Exception as exc:  # a schema this does not know, a damaged file…
        raise Unavailable(str(exc)) from exc
    finally:
        conn.close()
    return FirstLines(assignee, keys, found)
