"""Engines for PostgreSQL (production) and SQLite (the embedded demo), and migrations.

Migrations run programmatically (`migrate`): no alembic.ini is needed at run time. On
SQLite every transaction starts with ``BEGIN IMMEDIATE`` so that writers queue on the
database lock instead of failing on a lock upgrade; on PostgreSQL the row locks of the
counters do the ordering.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from workstation.server.tables import EPOCH_KEY, SECRET_KEY, MetaRow

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here; a bare path means a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


IDLE_PING_SECONDS = 2.0
"""A pooled PostgreSQL connection idle this long is asked whether it still works before it
is used (the database may have restarted meanwhile); one used more recently is not: on
a busy server, a ping before every transaction was one more round trip to the database
in each request (a wait for a core when the machine is busy), for connections that had
just worked. A connection lost within that time fails its request as any lost
connection does (a push answers 503 and is sent again), and the pool replaces it."""
_IDLE_SINCE = "idle_since"


def _checked_in(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    record.info[_IDLE_SINCE] = time.monotonic()


def _ping_if_idle(engine: Engine) -> Any:
    dialect = engine.dialect

    def checkout(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is None or time.monotonic() - since < IDLE_PING_SECONDS:
            return  # new, or used a moment ago
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            # the pool drops this connection and checks out another (a new one)
            raise DisconnectionError("a pooled connection no longer works") from exc

    return checkout


def open_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url)
    event.listen(engine, "checkin", _checked_in)
    event.listen(engine, "checkout", _ping_if_idle(engine))
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`; the first run also makes the epoch and secret."""
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


class Database:
    """An engine and its sessions: ``with db.transaction() as s:`` commits or rolls back."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        snapshot_engine = engine
        if not is_sqlite(engine):
            snapshot_engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self._snapshots = sessionmaker(snapshot_engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Database:
        return cls(open_engine(url))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A transaction whose statements all see one snapshot (for reading pages that
        span several tables)."""
        with self._snapshots() as session, session.begin():
            yield session

    def meta(self, key: str) -> str:
        with self.transaction() as session:
            value = session.scalar(select(MetaRow.value).where(MetaRow.key == key))
        if value is None:
            raise RuntimeError(f"the server database has no {key!r}: run the migrations")
        return value

    def epoch(self) -> str:
        return self.meta(EPOCH_KEY)

    def token_secret(self) -> bytes:
        return bytes.fromhex(self.meta(SECRET_KEY))

    def dispose(self) -> None:
        self.engine.dispose()
