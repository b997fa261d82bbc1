"""Applying a page of pulled changes (DESIGN.md section 3.2) — without outbox rows.

    with store.unit_of_work(actor) as uow:
        summary = apply_changes(uow.session, page.changes, page.cursor, page.epoch)

The page's changes and the new cursor are written in the caller's transaction: either
both land or neither does. Persons go first, then applications, then permits, so that a
page never refers forward to itself; a change whose referenced record has not arrived
yet (it comes on a later page) or whose data cannot be read is *parked* in
``parked_changes`` and applied as soon as possible — never dropped, never blocking.

Most changes of a page are written in batches (`pull_page`): consecutive changes of one
kind with no tombstone, no local mutation waiting and nothing parked for them. The
others — rebased rows, tombstones, permits, conflicts, parked entities — go one by one
through the writers of `pulled`, in their place in the page's order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workstation.store import pull_page
from workstation.store.conflicts import upsert_conflict
from workstation.store.db import writer
from workstation.store.pull_page import ChangeData
from workstation.store.pulled import (
    Incoming,
    MissingReference,
    application_sync_state,
    write_application,
    write_permit,
    write_person,
)
from workstation.store.syncmeta import CURSOR_KEY, EPOCH_KEY, put_meta
from workstation.store.tables import ApplicationRow, ParkedChangeRow

if TYPE_CHECKING:
    from workstation.store.db import Store

_ORDER = {"person": 0, "application": 1, "permit": 2, "conflict": 3}
_MAX_ROUNDS = 5
PULL_CACHE_KIB = 128 * 1024
"""The page cache of a connection that applies pulled pages, at least (KiB)."""


@dataclass(slots=True)
class PullSummary:
    applied: int = 0
    parked: int = 0
    unparked: int = 0
    conflicts: int = 0


Writer = Callable[[Session, Incoming, dt.datetime], None]
_ROW_WRITERS: dict[str, Writer] = {
    "person": write_person,
    "application": write_application,
    "permit": write_permit,
}
# batches of changes: the positions of those to park come back
BatchWriter = Callable[
    [
        Session,
        Sequence[Incoming],
        dt.datetime,
        pull_page.Prepared | None,
        pull_page.Applicants | None,
    ],
    list[int],
]
_WRITERS: dict[str, BatchWriter] = {
    "person": pull_page.write_persons,
    "application": pull_page.write_applications,
}


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ChangeLike(ChangeData, Protocol):
    """One pulled change (the protocol's ``Change`` fits)."""

    @property
    def seq(self) -> int: ...


class _Applier:
    def __init__(
        self,
        session: Session,
        now: dt.datetime,
        prepared: pull_page.Prepared | None,
        applicants: pull_page.Applicants,
    ) -> None:
        self.session = session
        self.now = now
        self.prepared = prepared
        self.applicants = applicants
        self.summary = PullSummary()
        self.waiting: set[pull_page.Key] = set()
        self.parked: set[pull_page.Key] | None = None  # None: nothing parked at all
        self.batch: list[ChangeLike] = []
        self.batch_ids: set[str] = set()

    def apply_page(self, changes: Sequence[ChangeLike]) -> None:
        """Apply `changes` (in page order): batches where possible, else one by one."""
        keys = {(c.entity, c.entity_id) for c in changes if c.entity in _WRITERS}
        self.waiting = pull_page.waiting_keys(self.session, keys)
        self.parked = pull_page.parked_keys(self.session, keys)
        for change in changes:
            key = (change.entity, change.entity_id)
            if (
                change.entity not in _WRITERS
                or change.deleted
                or key in self.waiting
                or (self.parked is not None and key in self.parked)
            ):
                self.write_batch()
                self.apply(change)
                continue
            if self.batch and (
                self.batch[0].entity != change.entity or change.entity_id in self.batch_ids
            ):
                self.write_batch()
            self.batch.append(change)
            self.batch_ids.add(change.entity_id)
        self.write_batch()

    def write_batch(self) -> None:
        if not self.batch:
            return
        batch = self.batch
        self.batch, self.batch_ids = [], set()
        incoming = [Incoming(c.entity, c.entity_id, c.version, c.deleted, c.data) for c in batch]
        rejected = _WRITERS[batch[0].entity](
            self.session, incoming, self.now, self.prepared, self.applicants
        )
        for position in rejected:
            self._park(batch[position], None)
        self.summary.applied += len(batch) - len(rejected)

    def _write(self, change: Incoming) -> None:
        """Write one change inside a savepoint; raises when it must be parked."""
        if change.entity == "person":  # rebased, deleted or parked: not as a page has it
            self.applicants.forget(change.entity_id)
        with self.session.begin_nested():
            if change.entity == "conflict":
                upsert_conflict(self.session, change.data)
                self._touch_conflicted(change.data)
                self.summary.conflicts += 1
                return
            writer = _ROW_WRITERS.get(change.entity)
            if writer is None:
                raise ValueError(f"unknown entity {change.entity!r}")
            writer(self.session, change, self.now)

    def _touch_conflicted(self, data: dict[str, Any]) -> None:
        if data.get("entity") != "application":
            return
        row = self.session.get(ApplicationRow, str(data.get("entity_id")))
        if row is not None:
            row.sync_state = application_sync_state(self.session, row.id, row.sync_state)

    def apply(self, change: ChangeLike) -> None:
        parked = self.session.get(ParkedChangeRow, (change.entity, change.entity_id))
        if parked is not None and parked.seq > change.seq:
            return  # a newer state is already parked
        try:
            self._write(
                Incoming(
                    change.entity,
                    change.entity_id,
                    change.version,
                    change.deleted,
                    dict(change.data),
                )
            )
        except (MissingReference, ValueError, KeyError, TypeError):
            self._park(change, parked)
            return
        if parked is not None:
            self.session.delete(parked)
            self.session.flush()
        self.summary.applied += 1

    def _park(self, change: ChangeLike, parked: ParkedChangeRow | None) -> None:
        values = {
            "seq": change.seq,
            "version": change.version,
            "deleted": change.deleted,
            "data": dict(change.data),
        }
        if parked is None:
            self.session.add(
                ParkedChangeRow(entity=change.entity, entity_id=change.entity_id, **values)
            )
        else:
            for key, value in values.items():
                setattr(parked, key, value)
        self.session.flush()
        self.summary.parked += 1
        if self.parked is None:
            self.parked = set()
        self.parked.add((change.entity, change.entity_id))

    def retry_parked(self) -> None:
        """Apply parked changes whose references have arrived (until nothing moves)."""
        for _ in range(_MAX_ROUNDS):
            moved = 0
            rows = self.session.scalars(select(ParkedChangeRow).order_by(ParkedChangeRow.seq))
            for row in list(rows):
                try:
                    self._write(
                        Incoming(row.entity, row.entity_id, row.version, row.deleted, row.data)
                    )
                except (MissingReference, ValueError, KeyError, TypeError):
                    continue
                self.session.execute(
                    delete(ParkedChangeRow).where(
                        ParkedChangeRow.entity == row.entity,
                        ParkedChangeRow.entity_id == row.entity_id,
                    )
                )
                moved += 1
            self.summary.unparked += moved
            if not moved:
                return


def apply_changes(
    session: Session,
    changes: Sequence[ChangeLike],
    cursor: int,
    epoch: str,
    *,
    now: dt.datetime | None = None,
    prepared: pull_page.Prepared | None = None,
    applicants: pull_page.Applicants | None = None,
) -> PullSummary:
    """Upsert the server's state of every changed entity at the server's version (rows
    with unpushed local mutations are rebased), store conflicts, then write the cursor
    and epoch — all in `session`'s transaction, which the caller commits. `prepared`:
    `pull_page.prepare` of these changes, made beforehand (else rows are made here);
    `applicants`: the pull's `pull_page.Applicants`, kept from page to page (else this
    page's own)."""
    _roomy_cache(session)
    if applicants is None:  # this page's own
        applicants = pull_page.Applicants()
    applicants.check(session.connection())
    applier = _Applier(session, now or _utc_now(), prepared, applicants)
    applier.apply_page(sorted(changes, key=lambda c: (_ORDER.get(c.entity, 9), c.seq)))
    if applier.parked is not None:  # something is parked: maybe it can go now
        applier.retry_parked()
    put_meta(session, CURSOR_KEY, str(cursor))
    put_meta(session, EPOCH_KEY, epoch)
    session.flush()
    return applier.summary


def _roomy_cache(session: Session) -> None:
    """Give the connection a page cache of `PULL_CACHE_KIB` (kept: it serves the next
    page too). A page's rows go to some twenty indexes at random places and to the search
    index; with SQLite's default 2 MiB, at 100k applications nearly every one of those
    index pages is read and decrypted again for each page pulled. The cache only grows
    as pages are read."""
    connection = session.connection()
    size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    if size > -PULL_CACHE_KIB:  # negative: KiB; positive: a number of pages
        connection.exec_driver_sql(f"PRAGMA cache_size = -{PULL_CACHE_KIB}")


@contextmanager
def pull_session(store: Store) -> Iterator[Session]:
    """A write session for a whole pull, on a connection of its own that is closed at the
    end (not returned to the pool): the page cache of `PULL_CACHE_KIB` that serves every
    page, and the statements prepared for them, go with it instead of staying with a
    pooled connection. Each ``commit`` ends a transaction (``BEGIN IMMEDIATE``, as a unit
    of work's); the session's first use after it begins the next one. A transaction still
    open at the end is rolled back."""
    connection = writer(store.engine).connect()
    try:
        connection.detach()  # closed below, not pooled
        session = Session(bind=connection, expire_on_commit=False, autoflush=True)
        try:
            yield session
        finally:
            session.close()
    finally:
        connection.close()


def parked_count(session: Session) -> int:
    return len(session.scalars(select(ParkedChangeRow.entity_id)).all())
