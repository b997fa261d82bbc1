"""`SyncEngine.sync_once`: number reserves, attachments, push, then pull (DESIGN.md 3).

Every step writes through the local store in short transactions: each push response's
results in one, each pulled page with its cursor in one. A transient failure
(`ServerUnavailable`) stops the round and keeps everything; the same mutation ids are
sent again next time. On 401 the engine refreshes once and retries the same request;
when that fails it raises `LoginRequired` (the outbox is kept).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from workstation.domain.gcpause import collector_paused
from workstation.domain.serialize import datetime_text
from workstation.protocol.v1 import MAX_PULL_PAGE, LeaseKind, PullResponse
from workstation.store import Actor, AttachmentCorrupt, NotFound, Store, deferred_indexes
from workstation.store.leases import leases_left, mark_voids_reported, unreported_voids
from workstation.store.pull import apply_changes, pull_session
from workstation.store.pull_page import Applicants, Prepared, prepare
from workstation.store.pushstate import (
    mark_attachment_uploaded,
    restart_for_new_epoch,
    unuploaded_attachments,
)
from workstation.store.syncmeta import LAST_SYNC_KEY, pull_cursor, put_meta, server_epoch
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.errors import (
    AuthExpired,
    LoginRequired,
    Rejected4xx,
    ServerUnavailable,
)
from workstation.sync.pull_process import Endpoint, PageProcess, ProcessLost
from workstation.sync.push_pipeline import push_outbox

T = TypeVar("T")
log = logging.getLogger("workstation.sync")
Progress = Callable[[str, int], None]
PULL_COMMIT_SECONDS = 1.0
"""Pulled pages are committed together until their transaction has been open this long
(`_Landing`; up to three times as long when a commit takes a quarter of that or more):
a local save waits at most about that long for a pull."""


@dataclass(slots=True)
class SyncReport:
    pushed: int = 0
    applied: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    parked: int = 0
    uploaded: int = 0
    leased: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncEngine:
    def __init__(
        self,
        store: Store,
        api: ApiClient,
        credentials: Credentials,
        actor: Actor,
        *,
        progress: Progress | None = None,
        card_series: Sequence[str] = (),
        application_reserve: int = 50,
        card_reserve: int = 20,
        lease_size: int = 200,
        pull_limit: int = MAX_PULL_PAGE,
        pull_commit_seconds: float = PULL_COMMIT_SECONDS,
        pull_process: bool = True,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.store = store
        self.api = api
        self.credentials = credentials
        self.actor = actor
        self.progress = progress or (lambda _stage, _count: None)
        self.card_series = tuple(card_series)
        self.application_reserve = application_reserve
        self.card_reserve = card_reserve
        self.lease_size = lease_size
        self.pull_limit = pull_limit
        self.pull_commit_seconds = pull_commit_seconds
        self.pull_process = pull_process
        self.clock = clock

    # -- authentication ------------------------------------------------------------

    def refresh(self) -> None:
        """A new access token from the refresh token (rotated and kept); `LoginRequired`
        when there is none or the server refuses it."""
        token = self.credentials.get_refresh_token()
        if not token:
            raise LoginRequired("no stored login")
        try:
            tokens = self.api.refresh(token, self.actor.workstation_id)
        except (AuthExpired, Rejected4xx) as exc:
            raise LoginRequired(exc.code) from exc
        self.credentials.set_refresh_token(tokens.refresh_token)

    def _call(self, request: Callable[[], T]) -> T:
        if self.api.access_token is None:
            self.refresh()
        try:
            return request()
        except AuthExpired:
            self.refresh()
            try:
                return request()
            except AuthExpired as exc:
                raise LoginRequired(exc.code) from exc

    # -- the round -----------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        report = SyncReport()
        try:
            self._leases(report)
            self._attachments(report)
            self._push(report)
            self._pull(report)
        except ServerUnavailable as exc:
            report.errors.append(str(exc))
            return report
        with self.store.unit_of_work(self.actor) as uow:
            put_meta(uow.session, LAST_SYNC_KEY, datetime_text(self.clock()) or "")
        return report

    def _leases(self, report: SyncReport) -> None:
        wanted: list[tuple[LeaseKind, str, int]] = [
            ("application", str(self.clock().year), self.application_reserve)
        ]
        wanted += [("card", series, self.card_reserve) for series in self.card_series]
        for kind, series, reserve in wanted:
            with self.store.read() as repos:
                left = leases_left(repos.session, kind, series)
            if left >= reserve:
                continue
            try:
                lease = self._call(
                    partial(self.api.lease, kind, series, max(self.lease_size, reserve))
                )
            except Rejected4xx as exc:
                report.errors.append(f"lease {kind} {series}: {exc}")
                continue
            with self.store.unit_of_work(self.actor) as uow:
                uow.add_lease(lease)
            report.leased += lease.last - lease.first + 1
            self.progress("leases", report.leased)
        with self.store.read() as repos:
            voids = unreported_voids(repos.session)
        for lease_id, numbers in voids.items():
            self._call(partial(self.api.void, lease_id, numbers))
            with self.store.unit_of_work(self.actor) as uow:
                mark_voids_reported(uow.session, lease_id, numbers)

    def _attachments(self, report: SyncReport) -> None:
        with self.store.read() as repos:
            waiting = unuploaded_attachments(repos.session)
        for sha256, _size in waiting:
            try:
                data = self.store.read_attachment(sha256)
            except (AttachmentCorrupt, NotFound) as exc:
                report.errors.append(str(exc))
                continue
            try:
                self._call(partial(self.api.upload_attachment, sha256, data))
            except Rejected4xx as exc:
                report.errors.append(f"attachment {sha256}: {exc}")
                continue
            with self.store.unit_of_work(self.actor) as uow:
                mark_attachment_uploaded(uow.session, sha256)
            report.uploaded += 1
            self.progress("attachments", report.uploaded)

    def _push(self, report: SyncReport) -> None:
        # the next batch travels while the last answer is stored (`push_pipeline`)
        push_outbox(self, report)

    def _pull(self, report: SyncReport, *, restarted: bool = False) -> None:
        with self.store.read() as repos:
            since = pull_cursor(repos.session)
            known_epoch = server_epoch(repos.session)
        # no cyclic collection while the pages land, nor one set off by them after: a page
        # is hundreds of thousands of objects, alive until written, and a collector let
        # back in after each page walked them (40-odd passes of up to 20 ms in a pull of
        # 3,000 applications, each holding the GIL: the desktop could not paint). It runs
        # again once `_land` has returned and its pages are freed.
        with collector_paused():
            new_epoch = self._land(report, since, known_epoch, restarted=restarted)
        if new_epoch is None:
            return
        with self.store.unit_of_work(self.actor) as uow:
            again = restart_for_new_epoch(uow.session, new_epoch)
        report.notes.append(
            f"the server's database changed (epoch {known_epoch} -> {new_epoch}): "
            f"pulling from the start and pushing {again} mutations again"
        )
        self._push(report)
        self._pull(report, restarted=True)

    def _land(
        self, report: SyncReport, since: int, known_epoch: str | None, *, restarted: bool
    ) -> str | None:
        """The pages from `since` pulled and written; the server's new epoch when it
        changed (nothing written then), else None."""
        ahead = _Prefetch(self.api, processes=self.pull_process)
        full = 0  # full pages in a row so far
        with ahead, _Landing(self, report, first=since == 0) as landing:
            ahead.fetch(since, self.pull_limit)
            while True:
                if not ahead.arrives(landing.time_left()):
                    landing.commit()  # no write lock is held while waiting for the server
                page, prepared = self._call(partial(ahead.take, since, self.pull_limit))
                if known_epoch is not None and page.epoch != known_epoch and not restarted:
                    ahead.drop()
                    return page.epoch
                full = full + 1 if len(page.changes) >= self.pull_limit else 0
                if full == PROCESS_AFTER_PAGES and page.has_more:
                    ahead.apart()  # a large pull: the pages after this one in a process
                if page.has_more and page.cursor > since:
                    # the next page travels while this one is written (it is only used
                    # if this one lands: a failure below drops it)
                    ahead.fetch(page.cursor, self.pull_limit)
                landing.write(page, prepared, last=not page.has_more)
                known_epoch = page.epoch
                if not page.has_more:
                    return None
                if page.cursor <= since:
                    raise ServerUnavailable("pull_stalled", "the pull cursor did not move")
                since = page.cursor


PROCESS_AFTER_PAGES = 5
"""A pull that has landed this many full pages in a row, with more to come, starts a child
process to fetch the rest (`pull_process`), and uses it once it has started, or after as
many pages again. Starting one costs a fresh interpreter's imports, on the other core
while the pull goes on: not worth it for the few pages of a usual sync."""
COMMIT_SHARE = 4  # a transaction is open at least this many times its commit's time
LONGEST = 3  # and at most this many times `SyncEngine.pull_commit_seconds`


class _Landing:
    """Pulled pages written into the store, several to a transaction: each page with its
    cursor, in a savepoint of its own, so a page that fails to land is undone alone and
    the pages before it are committed (the cursor stays before it). The transaction is
    committed once it is due (`time_left`: open `SyncEngine.pull_commit_seconds`, longer
    when commits are slow), after the last page, before waiting for the next page past
    that time (no write lock is held while waiting for the network), and when anything
    stops the pull. A commit writes the
    pages' rows, index entries and cursor once: committing every page rewrote every
    index page touched, and at 100k applications those are most of them.

    The pages are written on a connection of their own (`pull_session`), with the page
    cache of `pull.PULL_CACHE_KIB`, closed when the pull ends.

    A `first` pull (from cursor 0) whose first page is full and has more after it, into a
    store without persons and applications, sets the non-unique indexes of the record
    tables aside (`deferred_indexes.defer`, with that page) and builds them again when it
    ends, however it ends (`deferred_indexes.restore`; after a crash, `Store.open` does)."""

    def __init__(self, engine: SyncEngine, report: SyncReport, *, first: bool = False) -> None:
        self.engine = engine
        self.report = report
        self.first = first  # the first page of a pull from the start is still to come
        self.deferred = False  # indexes were set aside: built again at the end
        self.opened: float | None = None  # when the open transaction began
        self.last_commit = 0.0  # seconds the last commit took
        self.applicants = Applicants()  # persons landed, for their applications after
        self._stack = ExitStack()

    def __enter__(self) -> _Landing:
        self.session = self._stack.enter_context(pull_session(self.engine.store))
        return self

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        with self._stack:
            self.commit()  # the pages written so far land, whatever stopped the pull
            if not self.deferred:
                return
            try:
                deferred_indexes.restore(self.session)
            except Exception:
                if exc_type is None:
                    raise
                # the pull's own error goes on; `Store.open` builds them next time
                self.session.rollback()

    def time_left(self) -> float:
        """Seconds until the open transaction is due to be committed (0: none is open):
        once it has been open `pull_commit_seconds`, and `COMMIT_SHARE` times as long as
        the last commit took (a commit's cost grows with the store, not with the pages
        it holds), up to `LONGEST` times `pull_commit_seconds`."""
        if self.opened is None:
            return 0.0
        least = self.engine.pull_commit_seconds
        due = min(max(least, COMMIT_SHARE * self.last_commit), LONGEST * least)
        return self.opened + due - time.monotonic()

    def write(self, page: PullResponse, prepared: Prepared | None, *, last: bool) -> None:
        if self.opened is None:
            self.opened = time.monotonic()
        session = self.session
        try:
            if self.first and page.has_more and len(page.changes) >= self.engine.pull_limit:
                # a full first page of more: a large pull (for a few rows, building the
                # indexes again would cost more than keeping them)
                self.deferred = deferred_indexes.defer(session.connection()) > 0
            self.first = False
            # (the cyclic collector is paused for the whole pull: `SyncEngine._pull`)
            with session.begin_nested():
                summary = apply_changes(
                    session,
                    page.changes,
                    page.cursor,
                    page.epoch,
                    now=self.engine.clock(),
                    prepared=prepared,
                    applicants=self.applicants,
                )
        except BaseException:
            self.commit()  # the pages before it (its savepoint is rolled back)
            raise
        self.report.pulled += len(page.changes)
        self.report.parked += summary.parked - summary.unparked
        if last or self.time_left() <= 0:
            self.commit()
        self.engine.progress("pull", self.report.pulled)

    def commit(self) -> None:
        if self.opened is None:
            return
        self.opened = None
        started = time.monotonic()
        self.session.commit()
        self.last_commit = time.monotonic() - started


class _Prefetch:
    """At most one pull request in flight on a worker thread, so that the server prepares
    and sends the next page while this one is written; the worker also makes the rows of
    the page it fetched (`pull_page.prepare`: what depends on the page alone), so that the
    writing thread only adds what depends on the store. `take` gives the answer for
    (since, limit): the one fetched ahead when it is for these (its error, if it failed:
    after a 401 the engine refreshes and takes again, which asks anew), else asks now.
    Never two requests at once: `drop` waits for the one in flight.

    Once the pull is known to be large, `apart` starts a child process to fetch the pages
    (`pull_process`: in one process the fetching thread and the writing one take turns at
    the GIL); a plain `ApiClient` only, and only when `processes` allows it. The thread
    goes on fetching while the child starts (a fresh interpreter's imports: half a second
    or more), for at most `PROCESS_AFTER_PAGES` pages, then the pull waits for it. A child
    that stops is reported in the log and the rest is fetched here."""

    def __init__(self, api: ApiClient, *, processes: bool = True) -> None:
        self.api = api
        self.processes = processes
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead")
        self.child: PageProcess | None = None
        self.endpoint: Endpoint | None = None  # the client's settings, for the child
        self.patience = 0  # pages still fetched here while the child starts
        self.apart_pages = 0  # pages the child brought
        self.ahead: tuple[int, int, Future[Any], bool] | None = None  # ..., by the child

    def __enter__(self) -> _Prefetch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.drop()
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.child is not None:
            self.child.close()
        if self.apart_pages:
            log.info("%d pages of the pull were fetched by a child process", self.apart_pages)

    def apart(self) -> None:
        """Start a child process to fetch the pages from now on, where allowed."""
        if self.child is None and self.processes:
            self.endpoint = Endpoint.of(self.api)
            if self.endpoint is not None:
                self.child = PageProcess()
                self.patience = PROCESS_AFTER_PAGES

    def _lost(self, exc: BaseException) -> None:
        log.warning("%s; the pull goes on without it", exc)
        child, self.child = self.child, None
        if child is not None:
            child.close()

    def _ready_child(self) -> PageProcess | None:
        """The child, once it has started (waited for when patience has run out)."""
        child = self.child
        if child is None:
            return None
        if not child.started.done():
            self.patience -= 1
            if self.patience > 0:
                return None
        try:
            child.ready()
        except ProcessLost as exc:
            self._lost(exc)
            return None
        return child

    def _fetch(self, since: int, limit: int) -> tuple[PullResponse, Prepared | None]:
        page = self.api.pull(since, limit)
        return page, prepare(page.changes)  # in `SyncEngine._pull`'s pause of the collector

    def fetch(self, since: int, limit: int) -> None:
        self.drop()
        child = self._ready_child()
        if child is not None and self.endpoint is not None:
            token = self.api.access_token
            try:
                self.ahead = (since, limit, child.fetch(self.endpoint, token, since, limit), True)
            except ProcessLost as exc:
                self._lost(exc)
            else:
                return
        self.ahead = (since, limit, self.pool.submit(self._fetch, since, limit), False)

    def arrives(self, seconds: float) -> bool:
        """Whether the page fetched ahead (if any) has arrived, or failed, within
        `seconds`."""
        return self.ahead is None or not wait([self.ahead[2]], max(seconds, 0.0)).not_done

    def drop(self) -> None:
        ahead, self.ahead = self.ahead, None
        if ahead is not None and not ahead[2].cancel():
            wait([ahead[2]])  # its answer or error is not wanted

    def take(self, since: int, limit: int) -> tuple[PullResponse, Prepared | None]:
        ahead, self.ahead = self.ahead, None
        if ahead is not None and ahead[:2] == (since, limit):
            if not ahead[3]:
                got: tuple[PullResponse, Prepared | None] = ahead[2].result()
                return got
            try:
                got = PageProcess.take(ahead[2])
            except ProcessLost as exc:
                self._lost(exc)
            else:
                self.apart_pages += 1
                return got
        elif ahead is not None and not ahead[2].cancel():
            wait([ahead[2]])
        return self.api.pull(since, limit), None
