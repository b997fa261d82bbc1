"""A database restored from a backup is noticed, and workstations are told (a new epoch).

After a restore the server has forgotten what was pushed since the backup, while the
workstations still think those mutations were applied. The pull answer carries the
database's *epoch*: a workstation that sees a new one pulls from the start and pushes
again every mutation the server had acknowledged (`store.pushstate.restart_for_new_epoch`).
A logical restore (``pg_restore``, ``psql < dump``) brings the old epoch back with the
data, so the epoch alone does not change: the server also keeps a *fingerprint* of the
database's physical identity — the OIDs PostgreSQL gave the database and this very table,
which every logical restore makes anew (``--clean`` recreates the tables, a fresh
database has a new OID) — and when it differs at start-up the server takes a new epoch.

A physical restore (a base backup, PITR) keeps the OIDs: run
``workstation server --new-epoch`` once after it. SQLite (the embedded demo) has no
fingerprint; its file is replaced by hand, so ``--new-epoch`` too.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from workstation.server.tables import EPOCH_KEY, MetaRow

FINGERPRINT_KEY = "fingerprint"


def fingerprint(session: Session) -> str:
    """The database's physical identity ('' on SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return ""
    row = session.execute(
        text(
            "SELECT (SELECT oid FROM pg_database WHERE datname = current_database()), "
            "'server_meta'::regclass::oid"
        )
    ).one()
    return f"pg:{row[0]}:{row[1]}"


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value


def check(engine: Engine, *, force_new_epoch: bool = False) -> str | None:
    """At start-up, before serving: a new epoch when the database was restored (its
    fingerprint changed) or when asked; returns it, or None when nothing changed. The
    first start after this check exists only records the fingerprint."""
    with Session(engine) as session, session.begin():
        if engine.dialect.name == "postgresql":  # two servers starting at once: one at a time
            session.execute(text("SELECT pg_advisory_xact_lock(7405001)"))
        current = fingerprint(session)
        stored = session.scalar(select(MetaRow.value).where(MetaRow.key == FINGERPRINT_KEY))
        restored = stored is not None and stored != current
        if stored != current:
            _put(session, FINGERPRINT_KEY, current)
        if not (restored or force_new_epoch):
            return None
        epoch = str(uuid.uuid4())
        _put(session, EPOCH_KEY, epoch)
        return epoch


def unchanged(session: Session, epoch: str) -> bool:
    """Whether the database under a running server is still the one it started on (a
    restore under a running server makes it unready until it is restarted)."""
    stored = session.scalar(select(MetaRow.value).where(MetaRow.key == FINGERPRINT_KEY))
    current_epoch = session.scalar(select(MetaRow.value).where(MetaRow.key == EPOCH_KEY))
    return current_epoch == epoch and (stored is None or stored == fingerprint(session))
