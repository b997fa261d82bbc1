"""SQLite engine, schema migrations, and the `Store` that bundles them with the data folder."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from workstation.domain.catalogue import Catalogue, load_catalogue
from workstation.store import cipher, deferred_indexes
from workstation.store.attachments import AttachmentFiles
from workstation.store.datadir import DataDir
from workstation.store.errors import NotFound
from workstation.store.repositories import Repositories
from workstation.store.tables import AttachmentRow
from workstation.store.uow import Actor, UnitOfWork

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "workstation_sqlite_begin"

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy (below) emit BEGIN itself, so that writers can use BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    if mode == "DEFERRED":
        # takes no lock, so it neither waits nor fails: straight to the driver (a read's
        # BEGIN costs a few microseconds instead of a statement's set-up, ~40)
        conn.connection.driver_connection.execute("BEGIN DEFERRED")  # type: ignore[union-attr]
    else:  # may wait for the other writers, and time out: through SQLAlchemy's errors
        conn.exec_driver_sql(f"BEGIN {mode}")


def open_engine(path: str | Path, key: bytes | None = None) -> Engine:
    """An engine on the SQLite file at `path`: WAL journal, foreign keys on, durable
    (``synchronous=FULL``) commits, and a busy timeout on every connection. With `key`
    (the data key) the file is a SQLCipher database keyed on every connection; without,
    plain SQLite (schema tests only: `Store.open` always passes the key)."""
    if key is None:
        engine = create_engine(
            f"sqlite:///{Path(path)}",
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        )
    else:
        file, secret = Path(path), cipher.check_key(key)
        engine = create_engine(
            f"sqlite:///{file}",
            module=cipher.dbapi,
            creator=lambda: cipher.connect(
                file, secret, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - Alembic only when migrating

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database's schema up to `revision` (Alembic ``upgrade``)."""
    from alembic import command  # noqa: PLC0415 - Alembic only when migrating

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command  # noqa: PLC0415 - Alembic only when migrating

    command.downgrade(alembic_config(engine), revision)


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


@cache
def script_head() -> str | None:
    """The newest migration's revision, read from the migration scripts' text without
    importing Alembic (a third of a second); None when that is not one revision (no
    script sources, a branch): then `Store.open` lets Alembic decide."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(text))
        parents.update(_DOWN_REVISION.findall(text))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def at_head(engine: Engine) -> bool:
    """Whether the database's schema is at `script_head` already (nothing to migrate)."""
    head = script_head()
    if head is None:
        return False
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:  # no version table: a new database
        return False
    return [row[0] for row in rows] == [head]


class Store:
    """The open local database of one data folder. Use `Store.open`, then
    ``store.unit_of_work(actor)`` to change things and ``store.read()`` to look."""

    def __init__(
        self, datadir: DataDir, engine: Engine, key: bytes, *, clock: Clock = utc_now
    ) -> None:
        self.datadir = datadir
        self.engine = engine
        self.clock = clock
        self.attachments = AttachmentFiles(datadir.attachments, key)
        self._writer = sessionmaker(bind=writer(engine), expire_on_commit=False, autoflush=True)

    @classmethod
    def open(
        cls,
        datadir: DataDir,
        *,
        key: bytes,
        create: bool = False,
        lock: bool = True,
        clock: Clock = utc_now,
    ) -> Store:
        """Open (with ``create``: initialise) the data folder's database and migrate it.

        `key` is the data key: the database and the attachments are encrypted with it
        (`workstation.security.datakey.open_store` finds it in the keyring or asks for the
        passphrase). With ``lock`` (the default) the folder is locked for this process until
        `close`; raises `DataDirLocked` when another process holds it, `DataDirMissing` when
        the folder was never initialised and ``create`` is false, `WrongKey` when `key`
        does not open the database, `PlainDatabase` when it was never encrypted."""
        if create:
            datadir.init()
        elif not datadir.exists():
            datadir.require()
        if lock:
            datadir.lock()
        try:
            if cipher.is_plain_sqlite(datadir.database):
                raise cipher.PlainDatabase(datadir.database)
            datadir.attachments.mkdir(parents=True, exist_ok=True)
            engine = open_engine(datadir.database, key)
            try:
                with engine.connect():
                    pass  # WrongKey here, before Alembic wraps it
                # indexes a killed pull set aside, built with the schema they belong to
                deferred_indexes.restore_at_open(engine, writer(engine))
                if not at_head(engine):  # Alembic only when there is something to do
                    migrate(engine)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            if lock:
                datadir.unlock()
            raise
        return cls(datadir, engine, key, clock=clock)

    @cached_property
    def catalogue(self) -> Catalogue:
        """The service catalogue the local rules read (the shipped one), read once."""
        return load_catalogue()

    def close(self) -> None:
        self.engine.dispose()
        self.datadir.unlock()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def write_session(self) -> Session:
        """A session whose transaction begins IMMEDIATE (used by `UnitOfWork`)."""
        return self._writer()

    @contextmanager
    def read(self) -> Iterator[Repositories]:
        """Repositories over one read transaction (a consistent snapshot), then rolled back.

        The transaction is a pool connection's (``BEGIN DEFERRED``: the snapshot is taken
        at its first read); the ORM session some repositories use is made on it only when
        one is asked for, so that a queue query pays for no session."""
        connection = self.engine.connect()
        try:
            connection.begin()
            repos = Repositories(None, connection)
            try:
                yield repos
            finally:
                repos.close_session()
        finally:
            connection.close()  # rolls the transaction back, returns the connection

    def read_attachment(self, sha256: str) -> bytes:
        """The bytes of a recorded attachment, checked against its hash and size:
        `NotFound` if never recorded, `AttachmentCorrupt` if missing or tampered with."""
        with self.read() as repos:
            row = repos.session.get(AttachmentRow, sha256)
            size = None if row is None else row.size
        if size is None:
            raise NotFound("attachment", sha256)
        return self.attachments.read(sha256, size)

    def unit_of_work(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(self, actor)
