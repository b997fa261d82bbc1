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

Number leases cut after the backup are lost with it, while workstations keep taking
numbers from them. So a new epoch also opens a *gap* of `RESTORE_GAP` numbers at the
counter of every series (and below `RESTORE_GAP` + 1 in a series that had no counter):
new leases start above it, so they never hand out a lost lease's numbers again, and a
number pushed from inside a gap is accepted as from a lease the server forgot (the
unique-number check still refuses a second application with the same number).
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from workstation.server.tables import EPOCH_KEY, LeaseCounterRow, MetaRow

FINGERPRINT_KEY = "fingerprint"
GAPS_KEY = "restore_gaps"  # JSON [[kind, series, first, last], ...]
NEW_SERIES_FROM_KEY = "restore_new_series_from"
RESTORE_GAP = 10_000  # numbers per series skipped at a restore (of 9,999,999)
_CACHE = "rewind.gaps"


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
        _open_gaps(session)
        return epoch


def _meta(session: Session, key: str) -> str | None:
    return session.scalar(select(MetaRow.value).where(MetaRow.key == key))


def _open_gaps(session: Session) -> None:
    gaps: list[list[str | int]] = json.loads(_meta(session, GAPS_KEY) or "[]")
    for counter in session.scalars(select(LeaseCounterRow).with_for_update()):
        first = int(counter.next_value)
        gaps.append([counter.kind, counter.series, first, first + RESTORE_GAP - 1])
        counter.next_value = first + RESTORE_GAP
    _put(session, GAPS_KEY, json.dumps(gaps))
    _put(session, NEW_SERIES_FROM_KEY, str(RESTORE_GAP + 1))


def first_of_new_series(session: Session) -> int:
    """Where the counter of a series starts: 1, or above the gap after a restore."""
    return int(_meta(session, NEW_SERIES_FROM_KEY) or 1)


def in_gap(session: Session, kind: str, series: str, n: int) -> bool:
    """Whether `n` may come from a lease that a restore made the server forget."""
    cached: tuple[list[list[str | int]], int] | None = session.info.get(_CACHE)
    if cached is None:
        gaps = json.loads(_meta(session, GAPS_KEY) or "[]")
        cached = (gaps, first_of_new_series(session))
        session.info[_CACHE] = cached
    gaps, new_series_from = cached
    known = [g for g in gaps if g[0] == kind and g[1] == series]
    if any(int(g[2]) <= n <= int(g[3]) for g in known):
        return True
    # a series without a counter at the restore: its lost leases started at 1
    return not known and 1 <= n < new_series_from


def unchanged(session: Session, epoch: str) -> bool:
    """Whether the database under a running server is still the one it started on (a
    restore under a running server makes it unready until it is restarted)."""
    stored = session.scalar(select(MetaRow.value).where(MetaRow.key == FINGERPRINT_KEY))
    current_epoch = session.scalar(select(MetaRow.value).where(MetaRow.key == EPOCH_KEY))
    return current_epoch == epoch and (stored is None or stored == fingerprint(session))
